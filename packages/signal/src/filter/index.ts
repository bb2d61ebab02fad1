/**
 * Filtering: SciPy's linear filters (lfilter, sosfilt, filtfilt, sosfiltfilt and their
 * initial states), convolution and correlation, and the smoothing and analytic-signal tools.
 * @module
 */
export { lfilter, lfilterZi } from './lfilter.js';
export type { LfilterOptions } from './lfilter.js';
export { sosfilt, sosfiltZi } from './sosfilt.js';
export type { SosfiltOptions } from './sosfilt.js';
export { filtfilt, sosfiltfilt } from './filtfilt.js';
export type { FiltfiltOptions, PadType, SosfiltfiltOptions } from './filtfilt.js';
export { chooseConvMethod, convolve, correlate, fftconvolve, oaconvolve } from './convolve.js';
export type { ConvMethod, ConvMode, ConvolveOptions, FftconvolveOptions } from './convolve.js';
export { convolve2d, correlate2d } from './convolve2d.js';
export type { Boundary, Convolve2dOptions } from './convolve2d.js';
export { medfilt } from './medfilt.js';
export type { MedfiltOptions } from './medfilt.js';
export { savgolCoeffs, savgolFilter } from './savgol.js';
export type { SavgolCoeffsOptions, SavgolFilterOptions } from './savgol.js';
export { detrend } from './detrend.js';
export type { DetrendOptions } from './detrend.js';
export { hilbert } from './hilbert.js';
export type { HilbertOptions } from './hilbert.js';
