/**
 * Filter design: SciPy's IIR families, the conversions between representations, the analog
 * frequency transformations, the bilinear transform and frequency responses.
 * @module
 */
export { bessel, butter, cheby1, cheby2, ellip, iirfilter } from './iir.js';
export type { BesselOptions, BType, FilterOutput, FType, IIROptions, IIRResult, IirfilterOptions } from './iir.js';
export type { BA, ZPK } from './common.js';
export type { BesselNorm } from './prototypes.js';
export type { Pairing } from './sosops.js';
export {
  bilinear,
  bilinearZpk,
  lp2bpZpk,
  lp2bsZpk,
  lp2hpZpk,
  lp2lpZpk,
  sos2tf,
  sos2zpk,
  tf2sos,
  tf2zpk,
  zpk2sos,
  zpk2tf,
} from './convert.js';
export type { Zpk2sosOptions } from './convert.js';
export { freqz, groupDelay, sosfreqz } from './freqz.js';
export type { FreqResponse, FreqzOptions, GroupDelayOptions } from './freqz.js';
export { firwin, firwin2, kaiserAtten, kaiserBeta, kaiserord } from './firwin.js';
export type { Firwin2Options, FirwinOptions } from './firwin.js';
export { buttord, cheb1ord, cheb2ord, ellipord } from './order.js';
export type { OrdOptions, OrdResult } from './order.js';
