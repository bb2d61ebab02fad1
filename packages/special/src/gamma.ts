/** The gamma family over arrays: gamma, gammaln, digamma (psi), rgamma, beta, betaln. */
import { type Ufunc1, type Ufunc2, ufunc1, ufunc2 } from './elementwise.js';
import * as k from './kernels/gamma.js';

/**
 * The gamma function, elementwise (SciPy's `gamma`): +inf at 0, -inf at -0, NaN at the negative
 * integers and -inf, +inf above 171.62.
 *
 * @param x - real argument(s)
 * @returns Gamma(x): a number for a number, an NDArray of x's shape otherwise
 * @throws {TypeError} when x is not an array or number
 *
 * @example
 * ```ts
 * gamma(5); // 24
 * gamma(-1.5); // 2.36327180120735
 * gamma([0.5, 1, 1.5]).toArray(); // [1.77245385090552, 1, 0.886226925452758]
 * ```
 */
export const gamma: Ufunc1 = /* @__PURE__ */ ufunc1('gamma', k.gamma);

/**
 * log|Gamma(x)|, elementwise (SciPy's `gammaln`), accurate near its zeros at 1 and 2 and for huge x.
 *
 * @param x - real argument(s)
 * @returns log|Gamma(x)|; +inf at the poles
 *
 * @example
 * ```ts
 * gammaln(10); // 12.8018274800815
 * gammaln(1e300); // 6.89775527898214e+302
 * ```
 */
export const gammaln: Ufunc1 = /* @__PURE__ */ ufunc1('gammaln', k.gammaln);

/**
 * The digamma function psi(x) = Gamma'(x)/Gamma(x), elementwise (SciPy's `psi` / `digamma`).
 *
 * @param x - real argument(s)
 * @returns psi(x); NaN at the negative integers
 *
 * @example
 * ```ts
 * digamma(1); // -0.577215664901533
 * ```
 */
export const digamma: Ufunc1 = /* @__PURE__ */ ufunc1('digamma', k.digamma);

/**
 * Alias of {@link digamma} (SciPy's `psi`).
 *
 * @example
 * ```ts
 * psi(0.5); // -1.96351002602142
 * ```
 */
export const psi: Ufunc1 = /* @__PURE__ */ ufunc1('psi', k.digamma);

/**
 * 1 / Gamma(x), elementwise (SciPy's `rgamma`): 0 at the poles.
 *
 * @example
 * ```ts
 * rgamma(3); // 0.5
 * rgamma(-2); // 0
 * ```
 */
export const rgamma: Ufunc1 = /* @__PURE__ */ ufunc1('rgamma', k.rgamma);

/**
 * The beta function B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b), broadcast (SciPy's `beta`).
 *
 * @param a - first argument(s)
 * @param b - second argument(s)
 * @returns B(a, b)
 *
 * @example
 * ```ts
 * beta(2, 3); // 0.0833333333333333
 * beta([1, 2], 3).toArray(); // [0.333333333333333, 0.0833333333333333]
 * ```
 */
export const beta: Ufunc2 = /* @__PURE__ */ ufunc2('beta', k.beta, ['a', 'b']);

/**
 * log|B(a, b)|, broadcast (SciPy's `betaln`), accurate when an argument is large.
 *
 * @example
 * ```ts
 * betaln(1e10, 2); // -46.0517018599809
 * ```
 */
export const betaln: Ufunc2 = /* @__PURE__ */ ufunc2('betaln', k.betaln, ['a', 'b']);
