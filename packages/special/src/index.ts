/**
 * @stride/special — SciPy's special functions for TypeScript, elementwise over any array with
 * ufunc broadcasting; a number in gives a number out. The raw scalar kernels are the `kernels`
 * namespace (and the `@stride/special/kernels` subpath).
 * @packageDocumentation
 */
export { ArgumentError, DTypeError, ShapeError, ValueError } from '@stride/ndarray';
export { i0, i1, iv, j0, j1, jv, kv, y0, y1, yv } from './bessel.js';
export { comb, factorial } from './combinatorics.js';
export type { CombOptions, FactorialOptions } from './combinatorics.js';
export { expit, logExpit, logit, xlog1py, xlogy } from './elementary.js';
export type { ArrayArg, Ufunc1, Ufunc2, Ufunc3 } from './elementwise.js';
export { erf, erfc, erfcinv, erfcx, erfinv } from './erf.js';
export { beta, betaln, digamma, gamma, gammaln, psi, rgamma } from './gamma.js';
export { betainc, betaincc, betaincinv, gammainc, gammaincc, gammainccinv, gammaincinv } from './incomplete.js';
export { logNdtr, ndtr, ndtri } from './ndtr.js';
export * as kernels from './kernels/index.js';
export { zeta } from './zeta.js';
export type { ZetaOptions } from './zeta.js';
