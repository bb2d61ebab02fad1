/** The error-function family over arrays: erf, erfc, erfcx, erfinv, erfcinv. */
import { type Ufunc1, ufunc1 } from './elementwise.js';
import * as k from './kernels/erf.js';

/**
 * The error function, elementwise (SciPy's `erf`).
 *
 * @param x - real argument(s)
 * @returns erf(x) in [-1, 1]
 *
 * @example
 * ```ts
 * erf(0.5); // 0.520499877813047
 * erf(new Float32Array([0, 1])); // NDArray float32 [0, 0.8427007794380188]
 * ```
 */
export const erf: Ufunc1 = /* @__PURE__ */ ufunc1('erf', k.erf);

/**
 * The complementary error function 1 - erf(x), elementwise (SciPy's `erfc`), accurate in the far tail.
 *
 * @example
 * ```ts
 * erfc(10); // 2.08848758376254e-45
 * ```
 */
export const erfc: Ufunc1 = /* @__PURE__ */ ufunc1('erfc', k.erfc);

/**
 * The scaled complementary error function exp(x^2) erfc(x), elementwise (SciPy's `erfcx`).
 *
 * @example
 * ```ts
 * erfcx(1e10); // 5.64189583547756e-11
 * ```
 */
export const erfcx: Ufunc1 = /* @__PURE__ */ ufunc1('erfcx', k.erfcx);

/**
 * The inverse error function, elementwise (SciPy's `erfinv`): ±inf at ±1, NaN outside [-1, 1].
 *
 * @example
 * ```ts
 * erfinv(0.5); // 0.47693627620447
 * ```
 */
export const erfinv: Ufunc1 = /* @__PURE__ */ ufunc1('erfinv', k.erfinv, 'y');

/**
 * The inverse complementary error function, elementwise (SciPy's `erfcinv`), for z in [0, 2].
 *
 * @example
 * ```ts
 * erfcinv(1e-300); // 26.2094699605161
 * ```
 */
export const erfcinv: Ufunc1 = /* @__PURE__ */ ufunc1('erfcinv', k.erfcinv, 'z');
