/**
 * The normal quantile ndtri(p) (the inverse of the standard normal CDF).
 *
 * Method (the structure of P. J. Acklam's and M. J. Wichura's, "Algorithm AS 241: the percentage
 * points of the normal distribution", Appl. Statist. 37 (1988), with our own fits): for |p - 1/2| <=
 * 0.425, ndtri(1/2 + q) = q g(q^2) with g a Chebyshev series in q^2; in the tails, with
 * r = sqrt(-log p), ndtri(p) = -r h(r) with h a Chebyshev series on [1.6, 5] and [5, 28] (p down to
 * the smallest subnormal). The fits come from scripts/gen_coefficients.py (mpmath, 60 digits).
 */
import { NDTRI_CENTRAL, NDTRI_TAIL_A, NDTRI_TAIL_B } from './coefficients.generated.js';
import { chebyshev } from './util.js';

/**
 * g(s) with ndtri(1/2 + q) = q g(q^2), for s = q^2 <= 0.425^2.
 *
 * @example
 * ```ts
 * ndtriCentral(0); // 2.5066282746310002
 * ```
 */
export function ndtriCentral(s: number): number {
  return chebyshev(NDTRI_CENTRAL, 0, 0.180625, s);
}

/**
 * ndtri(p) for 0 <= p <= 0.075 (the lower tail; -inf at 0).
 *
 * @example
 * ```ts
 * ndtriTail(1e-10); // -6.36134090240406
 * ```
 */
export function ndtriTail(p: number): number {
  if (p === 0) return Number.NEGATIVE_INFINITY;
  const r = Math.sqrt(-Math.log(p));
  return -r * (r <= 5 ? chebyshev(NDTRI_TAIL_A, 1.6, 5, r) : chebyshev(NDTRI_TAIL_B, 5, 28, r));
}

/**
 * The normal quantile: ndtr(ndtri(p)) = p for p in [0, 1]; -inf at 0, inf at 1, NaN outside.
 *
 * @example
 * ```ts
 * ndtri(0.975); // 1.95996398454005
 * ndtri(1e-300); // -37.0470962993612
 * ```
 */
export function ndtri(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * ndtriCentral(q * q);
  if (q < 0) return ndtriTail(p);
  return -ndtriTail(1 - p);
}
