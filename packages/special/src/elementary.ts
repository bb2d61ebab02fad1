/** The elementary helpers over arrays: xlogy, xlog1py, expit, logExpit, logit. */
import { type Ufunc1, type Ufunc2, ufunc1, ufunc2 } from './elementwise.js';
import * as k from './kernels/elementary.js';

/**
 * x * log(y), 0 where x = 0 (unless y is NaN), broadcast (SciPy's `xlogy`).
 *
 * @example
 * ```ts
 * xlogy(0, 0); // 0
 * xlogy([1, 2], 3).toArray(); // [1.09861228866811, 2.19722457733622]
 * ```
 */
export const xlogy: Ufunc2 = /* @__PURE__ */ ufunc2('xlogy', k.xlogy, ['x', 'y']);

/**
 * x * log1p(y), 0 where x = 0 (unless y is NaN), broadcast (SciPy's `xlog1py`).
 *
 * @example
 * ```ts
 * xlog1py(2, 1e-20); // 2e-20
 * ```
 */
export const xlog1py: Ufunc2 = /* @__PURE__ */ ufunc2('xlog1py', k.xlog1py, ['x', 'y']);

/**
 * The logistic sigmoid 1 / (1 + exp(-x)), elementwise (SciPy's `expit`).
 *
 * @example
 * ```ts
 * expit(0); // 0.5
 * expit([-800, 800]).toArray(); // [0, 1]
 * ```
 */
export const expit: Ufunc1 = /* @__PURE__ */ ufunc1('expit', k.expit);

/**
 * log(expit(x)), elementwise (SciPy's `log_expit`), accurate for large |x|.
 *
 * @example
 * ```ts
 * logExpit(-1000); // -1000
 * ```
 */
export const logExpit: Ufunc1 = /* @__PURE__ */ ufunc1('logExpit', k.logExpit);

/**
 * The logit log(p / (1 - p)), elementwise (SciPy's `logit`).
 *
 * @example
 * ```ts
 * logit(0.9); // 2.19722457733622
 * logit([0, 1]).toArray(); // [-Infinity, Infinity]
 * ```
 */
export const logit: Ufunc1 = /* @__PURE__ */ ufunc1('logit', k.logit, 'p');
