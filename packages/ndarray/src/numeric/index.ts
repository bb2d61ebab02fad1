/** Numeric helpers NumPy users reach for first: covariance, polynomials, differences, slices along an axis. */
export { cov, corrcoef } from './cov.js';
export type { CorrcoefOptions, CovOptions } from './cov.js';
export { poly, polyval, roots } from './poly.js';
export { polyfit } from './polyfit.js';
export type { PolyfitCov, PolyfitFull, PolyfitOptions } from './polyfit.js';
export { ediff1d } from './ediff1d.js';
export type { Ediff1dOptions } from './ediff1d.js';
export { applyAlongAxis } from './along.js';
export { Polynomial } from './polynomial.js';
export type { Interval, PolynomialFitOptions, PolynomialOptions } from './polynomial.js';
