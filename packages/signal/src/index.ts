/**
 * @stride/signal — NumPy's and SciPy's signal processing for TypeScript. The `fft` namespace
 * holds NumPy's `numpy.fft` (every length, every norm, N-d, float32 kept as complex64).
 * @packageDocumentation
 */
export * as fft from './fft/index.js';
export type { FFTNOptions, FFTNorm, FFTOptions } from './fft/index.js';
export * as windows from './windows/index.js';
export { get as getWindow } from './windows/get.js';
export type { WindowSpec } from './windows/get.js';
export * from './spectral/index.js';
export * from './peaks/index.js';
export * from './filter/index.js';
export * from './design/index.js';
export * from './resample/index.js';
