/**
 * The Riemann zeta function zeta(s) and the Hurwitz zeta function zeta(s, q).
 *
 * Method (DLMF 25.2.9, 25.4.1, 25.11.5; P. Borwein, "An efficient algorithm for the Riemann zeta
 * function", CMS Conf. Proc. 27 (2000)):
 * - s > 1: Euler–Maclaurin summation of sum (k + q)^-s: N direct terms, the integral
 *   (N + q)^(1-s)/(s - 1), half the next term and the Bernoulli corrections B_2j/(2j)! (s)_(2j-1)
 *   (N + q)^(-s-2j+1); the direct sum alone when its terms fall below the rounding level first;
 * - -1/2 <= s < 1 (Riemann): the alternating series eta(s) = (1 - 2^(1-s)) zeta(s) with Borwein's
 *   Chebyshev-derived weights (26 terms, error below 1e-20), 1 - 2^(1-s) as -expm1((1-s) log 2);
 * - s < -1/2 (Riemann): the functional equation zeta(s) = 2^s pi^(s-1) sin(pi s/2) Gamma(1-s) zeta(1-s),
 *   in logarithms where Gamma(1 - s) would overflow.
 */
import { BORWEIN_ETA, ZETA_EM } from './coefficients.generated.js';
import { gamma, gammaln } from './gamma.js';
import { sinpi } from './util.js';

const EPS = 1.1102230246251565e-16;

/** Euler–Maclaurin sum for zeta(s, q), s > 1, q > 0. */
function hurwitzEM(s: number, q: number): number {
  let sum = 0;
  const n = 9;
  for (let k = 0; k < n; k++) {
    const t = (q + k) ** -s;
    sum += t;
    if (t <= EPS * sum * 1e-2) return sum;
  }
  const w = q + n;
  const tw = w ** -s;
  let tail = (w * tw) / (s - 1) + 0.5 * tw;
  // Bernoulli corrections: B_2j/(2j)! * s (s+1) ... (s+2j-2) * w^(-s-2j+1)
  let fac = (s * tw) / w;
  const w2 = w * w;
  for (let j = 0; j < ZETA_EM.length; j++) {
    const term = (ZETA_EM[j] as number) * fac;
    tail += term;
    if (Math.abs(term) <= EPS * 1e-2 * (sum + tail)) break;
    fac *= ((s + 2 * j + 1) * (s + 2 * j + 2)) / w2;
  }
  return sum + tail;
}

/** zeta(s) for -1/2 <= s < 1 by Borwein's alternating series. */
function zetaBorwein(s: number): number {
  let eta = 0;
  for (let k = BORWEIN_ETA.length - 1; k >= 0; k--) {
    const term = (BORWEIN_ETA[k] as number) * (k + 1) ** -s;
    eta += k % 2 === 0 ? term : -term;
  }
  return eta / -Math.expm1((1 - s) * Math.LN2);
}

/**
 * The Riemann zeta function (SciPy's `zeta(x)`): inf at 1, zero at the negative even integers.
 *
 * @example
 * ```ts
 * riemannZeta(2); // 1.6449340668482264
 * riemannZeta(-1); // -0.0833333333333333
 * ```
 */
export function riemannZeta(s: number): number {
  if (Number.isNaN(s)) return s;
  if (s === 1) return Number.POSITIVE_INFINITY;
  if (s > 1) {
    if (s > 60) return 1 + 2 ** -s + 3 ** -s;
    return hurwitzEM(s, 1);
  }
  if (s >= -0.5) return zetaBorwein(s);
  if (s === Number.NEGATIVE_INFINITY) return Number.NaN;
  // functional equation with Gamma(1 - s) = -s Gamma(-s) (1 - s is not rounded there)
  const sn = sinpi(0.5 * s);
  if (sn === 0) return 0;
  const z1 = riemannZeta(1 - s);
  const y = -s;
  if (y < 170) {
    return (2 * Math.PI) ** s * (sn * y * gamma(y)) * (z1 / Math.PI);
  }
  const lg = s * Math.log(2 * Math.PI) + Math.log(y / Math.PI) + gammaln(y);
  return Math.sign(sn) * Math.exp(lg + Math.log(Math.abs(sn) * z1));
}

/**
 * The Hurwitz zeta function sum_{k>=0} (k + q)^-s (SciPy's `zeta(x, q)`), for s > 1; NaN for s < 1,
 * inf at s = 1 and at the poles q = 0, -1, -2, ...
 *
 * @example
 * ```ts
 * hurwitzZeta(2, 1); // 1.6449340668482264
 * hurwitzZeta(3, 2.5); // 0.11810202582086368
 * ```
 */
export function hurwitzZeta(s: number, q: number): number {
  if (Number.isNaN(s) || Number.isNaN(q)) return Number.NaN;
  if (s === 1) return Number.POSITIVE_INFINITY;
  if (s < 1) return Number.NaN;
  if (q <= 0) {
    if (Number.isInteger(q)) return Number.POSITIVE_INFINITY;
    // (q + k)^-s is real only for integer s
    if (!Number.isInteger(s)) return Number.NaN;
    // shift q into (1, 2]: zeta(s, q) = sum_{k<m} (q + k)^-s + zeta(s, q + m); the terms at q + k
    // of opposite signs cancel exactly in pairs when q is a half-integer, and less is lost than with (0, 1]
    const m = Math.ceil(-q) + 1;
    let head = 0;
    for (let k = 0; k < m; k++) head += (q + k) ** -s;
    return head + hurwitzZeta(s, q + m);
  }
  if (q === Number.POSITIVE_INFINITY) return 0;
  if (s === Number.POSITIVE_INFINITY) return q < 1 ? Number.POSITIVE_INFINITY : q === 1 ? 1 : 0;
  return hurwitzEM(s, q);
}
