/** Bessel functions of real order over arrays: j0 j1 jv y0 y1 yv i0 i1 iv kv. */
import { type Ufunc1, type Ufunc2, ufunc1, ufunc2 } from './elementwise.js';
import * as k from './kernels/bessel.js';

/**
 * The Bessel function of the first kind of order 0, elementwise (SciPy's `j0`).
 *
 * @example
 * ```ts
 * j0(1); // 0.765197686557967
 * ```
 */
export const j0: Ufunc1 = /* @__PURE__ */ ufunc1('j0', k.j0);

/**
 * The Bessel function of the first kind of order 1, elementwise (SciPy's `j1`).
 *
 * @example
 * ```ts
 * j1(1); // 0.440050585744934
 * ```
 */
export const j1: Ufunc1 = /* @__PURE__ */ ufunc1('j1', k.j1);

/**
 * The Bessel function of the first kind of real order v, broadcast (SciPy's `jv`).
 *
 * @param v - order(s)
 * @param x - argument(s); negative x only for integer v (NaN otherwise)
 *
 * @example
 * ```ts
 * jv(2.5, 30); // 0.141202858799282
 * jv([0, 1, 2], 1).toArray(); // [0.765197686557967, 0.440050585744934, 0.114903484931901]
 * ```
 */
export const jv: Ufunc2 = /* @__PURE__ */ ufunc2('jv', k.jv, ['v', 'x']);

/**
 * The Bessel function of the second kind of order 0, elementwise (SciPy's `y0`).
 *
 * @example
 * ```ts
 * y0(1); // 0.088256964215677
 * ```
 */
export const y0: Ufunc1 = /* @__PURE__ */ ufunc1('y0', k.y0);

/**
 * The Bessel function of the second kind of order 1, elementwise (SciPy's `y1`).
 *
 * @example
 * ```ts
 * y1(1); // -0.781212821300289
 * ```
 */
export const y1: Ufunc1 = /* @__PURE__ */ ufunc1('y1', k.y1);

/**
 * The Bessel function of the second kind of real order v, broadcast (SciPy's `yv`): -inf at x = 0.
 *
 * @example
 * ```ts
 * yv(1.5, 20); // -0.166521109094283
 * ```
 */
export const yv: Ufunc2 = /* @__PURE__ */ ufunc2('yv', k.yv, ['v', 'x']);

/**
 * The modified Bessel function of the first kind of order 0, elementwise (SciPy's `i0`).
 *
 * @example
 * ```ts
 * i0(1); // 1.26606587775201
 * ```
 */
export const i0: Ufunc1 = /* @__PURE__ */ ufunc1('i0', k.i0);

/**
 * The modified Bessel function of the first kind of order 1, elementwise (SciPy's `i1`).
 *
 * @example
 * ```ts
 * i1(1); // 0.565159103992485
 * ```
 */
export const i1: Ufunc1 = /* @__PURE__ */ ufunc1('i1', k.i1);

/**
 * The modified Bessel function of the first kind of real order v, broadcast (SciPy's `iv`).
 *
 * @example
 * ```ts
 * iv(1.5, 10); // 2500.90615494212
 * ```
 */
export const iv: Ufunc2 = /* @__PURE__ */ ufunc2('iv', k.iv, ['v', 'x']);

/**
 * The modified Bessel function of the second kind of real order v, broadcast (SciPy's `kv`).
 *
 * @example
 * ```ts
 * kv(0, 1); // 0.421024438240708
 * ```
 */
export const kv: Ufunc2 = /* @__PURE__ */ ufunc2('kv', k.kv, ['v', 'x']);
