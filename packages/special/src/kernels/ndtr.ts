/**
 * The standard normal CDF and its logarithm: ndtr, logNdtr.
 *
 * ndtr(x) = erfc(-x / sqrt 2) / 2, but written as exp(-x^2/2) erfcx(-x/sqrt 2) / 2 for x < -1/sqrt 2
 * with x*x formed exactly: the usual form rounds -x/sqrt 2 first, and in the far tail the CDF's
 * relative sensitivity to its argument (about x^2) turns that half ulp into hundreds. log ndtr uses
 * the same split, -x^2/2 + log(erfcx(-x/sqrt 2) / 2), which is the asymptotic expansion of the log
 * tail carried to full accuracy, and log1p(-ndtr(-x)) on the right.
 */
import { erf, erfcx, erfcxLarge } from './erf.js';
import { expmxy } from './util.js';

const SQRT1_2 = Math.SQRT1_2;

/**
 * The standard normal CDF: (1 + erf(x / sqrt 2)) / 2, accurate in both tails.
 *
 * @example
 * ```ts
 * ndtr(1.96); // 0.9750021048517795
 * ndtr(-40); // 0 (the true 3.66e-350 is below the smallest float64)
 * ```
 */
export function ndtr(x: number): number {
  // one straight path for both tails (the upper one reflected): inlines into callers' loops
  const z = Math.abs(x) * SQRT1_2;
  if (z < 0.5) return 0.5 + 0.5 * erf(x * SQRT1_2);
  if (!(z < 27.23)) return Number.isNaN(x) ? x : x < 0 ? 0 : 1;
  const lower = 0.5 * expmxy(x, 0.5 * x) * erfcxLarge(z);
  return x < 0 ? lower : 1 - lower;
}

/**
 * log(ndtr(x)) (SciPy's `log_ndtr`), accurate in the left tail (-x^2/2 - log(-x sqrt(2 pi)) - ...) and
 * near 0 on the right.
 *
 * @example
 * ```ts
 * logNdtr(0); // -0.6931471805599453
 * logNdtr(-40); // -804.6084420137538
 * logNdtr(10); // -7.619853024160525e-24
 * ```
 */
export function logNdtr(x: number): number {
  if (x > 0) {
    if (x === Number.POSITIVE_INFINITY) return 0;
    return Math.log1p(-ndtr(-x));
  }
  if (x > -1) return Math.log(ndtr(x));
  if (Number.isNaN(x)) return x;
  if (x === Number.NEGATIVE_INFINITY) return x;
  return Math.log(0.5 * erfcx(-x * SQRT1_2)) - 0.5 * x * x;
}
