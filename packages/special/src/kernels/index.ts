/**
 * The scalar kernels of @stride/special: plain `(number, ...) => number` functions with no
 * validation, allocation or broadcasting — the same code the array functions run per element, for
 * callers such as @stride/stats that evaluate them inside their own loops. Also exported from the
 * package root as the `kernels` namespace (`import { kernels } from '@stride/special'`).
 * @packageDocumentation
 */
export { i0, i1, iv, j0, j1, jv, kv, y0, y1, yv } from './bessel.js';
export { binom, comb, expit, factorial, logExpit, logit, xlog1py, xlogy } from './elementary.js';
export { erf, erfc, erfcinv, erfcx, erfinv } from './erf.js';
export { beta, betaln, digamma, gamma, gammaln, gammasgn, lgamma1p, rgamma, stirlingCorrection } from './gamma.js';
export { betainc, betaincc, betaincinv, betaPrefactor } from './ibeta.js';
export { gammainc, gammaincc, gammainccinv, gammaincinv, gammaPrefactor } from './igamma.js';
export { logNdtr, ndtr } from './ndtr.js';
export { ndtri } from './ndtri.js';
export { cospi, expmxy, log1pmx, sinpi } from './util.js';
export { hurwitzZeta, riemannZeta } from './zeta.js';
