/** The standard normal CDF, its logarithm and its inverse over arrays: ndtr, logNdtr, ndtri. */
import { type Ufunc1, ufunc1 } from './elementwise.js';
import * as k from './kernels/ndtr.js';
import * as q from './kernels/ndtri.js';

/**
 * The standard normal CDF, elementwise (SciPy's `ndtr`), with full relative accuracy in the left tail.
 *
 * @example
 * ```ts
 * ndtr(1.96); // 0.97500210485178
 * ndtr(-37); // 5.72557122252458e-300
 * ```
 */
export const ndtr: Ufunc1 = /* @__PURE__ */ ufunc1('ndtr', k.ndtr);

/**
 * log of the standard normal CDF, elementwise (SciPy's `log_ndtr`), accurate in both tails.
 *
 * @example
 * ```ts
 * logNdtr(-40); // -804.608442013754
 * logNdtr(10); // -7.61985302416047e-24
 * ```
 */
export const logNdtr: Ufunc1 = /* @__PURE__ */ ufunc1('logNdtr', k.logNdtr);

/**
 * The normal quantile (inverse of {@link ndtr}), elementwise (SciPy's `ndtri`), down to p = 5e-324.
 *
 * @example
 * ```ts
 * ndtri(0.975); // 1.95996398454005
 * ndtri(1e-300); // -37.0470962993612
 * ```
 */
export const ndtri: Ufunc1 = /* @__PURE__ */ ufunc1('ndtri', q.ndtri, 'p');
