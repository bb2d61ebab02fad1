/** The Riemann and Hurwitz zeta functions over arrays: zeta(x) and zeta(x, q). */
import { type ArrayInput, is, type NDArray, signature } from '@stride/ndarray';
import { type ArrayArg, applyKernel } from './elementwise.js';
import { hurwitzZeta, riemannZeta } from './kernels/zeta.js';

/**
 * Options of {@link zeta}.
 *
 * @example
 * ```ts
 * zeta(2, { q: 1 }); // 1.64493406684823
 * ```
 */
export interface ZetaOptions {
  /** The Hurwitz shift: zeta(x, q) = sum_k (k + q)^-x. Omitted: the Riemann zeta function. */
  q?: ArrayInput | null;
}

const parseZeta = signature<ZetaOptions>('zeta', ['q'], { q: is.nullable(is.arrayLike) });

/**
 * The Riemann zeta function zeta(x), or the Hurwitz zeta function zeta(x, q) when q is given,
 * broadcast (SciPy's `zeta(x, q=None)`): inf at x = 1; the Hurwitz form is NaN for x < 1.
 *
 * @param x - exponent(s)
 * @param q - Hurwitz shift(s) (positionally or as `{ q }`)
 * @returns zeta(x) or zeta(x, q)
 *
 * @example
 * ```ts
 * zeta(2); // 1.64493406684823
 * zeta(-1); // -0.0833333333333333
 * zeta(3, 2.5); // 0.118102025820864
 * zeta([2, 4]).toArray(); // [1.64493406684823, 1.08232323371114]
 * ```
 */
export function zeta(x: number, q?: number | null): number;
export function zeta(x: number, options: { q?: number | null }): number;
export function zeta(x: ArrayArg, ...rest: unknown[]): NDArray;
export function zeta(x: ArrayInput, q: ArrayArg, ...rest: unknown[]): NDArray;
export function zeta(x: ArrayInput, ...rest: unknown[]): number | NDArray;
export function zeta(x: ArrayInput, ...rest: unknown[]): number | NDArray {
  if (rest.length === 0 && typeof x === 'number') return riemannZeta(x);
  const { q = null } = parseZeta(rest);
  if (q === null) return applyKernel('zeta', ['x'], riemannZeta, [x]);
  return applyKernel('zeta', ['x', 'q'], hurwitzZeta, [x, q]);
}
