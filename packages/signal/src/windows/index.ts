/**
 * `windows` — SciPy's `signal.windows`: every window with its parameters, symmetric (filter
 * design) or periodic (spectral analysis), and `get` (SciPy's `get_window`) by name.
 * @packageDocumentation
 */
export {
  barthann,
  bartlett,
  blackman,
  blackmanharris,
  bohman,
  boxcar,
  cosine,
  flattop,
  generalCosine,
  generalHamming,
  hamming,
  hann,
  lanczos,
  nuttall,
  parzen,
  triang,
} from './cosine.js';
export type { GeneralCosineOptions, GeneralHammingOptions, PlainWindow, WindowOptions } from './cosine.js';
export { exponential, gaussian, generalGaussian, kaiser, kaiserBesselDerived, taylor, tukey } from './params.js';
export type {
  ExponentialOptions,
  GaussianOptions,
  GeneralGaussianOptions,
  KaiserOptions,
  TaylorOptions,
  TukeyOptions,
} from './params.js';
export { chebwin, dpss } from './special.js';
export type { ChebwinOptions, DpssOptions } from './special.js';
export { get, windowNames } from './get.js';
export type { GetWindowOptions, WindowParam, WindowSpec } from './get.js';
