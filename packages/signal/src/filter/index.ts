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
