/** Operations along sampled sequences: differences, gradient, trapezoid integration, interpolation, convolution. */
export { diff } from './diff.js';
export type { DiffOptions } from './diff.js';
export { gradient } from './gradient.js';
export type { GradientOptions } from './gradient.js';
export { trapezoid } from './trapezoid.js';
export type { TrapezoidOptions } from './trapezoid.js';
export { interp } from './interp.js';
export type { InterpOptions } from './interp.js';
export { convolve, correlate } from './convolve.js';
export type { ConvolveMode, ConvolveOptions } from './convolve.js';
