/**
 * Resampling: SciPy's Fourier-method `resample`, the polyphase `resample_poly` and `upfirdn`,
 * and `decimate`.
 * @module
 */
export { resample } from './resample.js';
export type { ResampleOptions } from './resample.js';
export { resamplePoly, upfirdn } from './poly.js';
export type { ResamplePolyOptions, UpfirdnOptions } from './poly.js';
export { decimate } from './decimate.js';
export type { DecimateOptions } from './decimate.js';
