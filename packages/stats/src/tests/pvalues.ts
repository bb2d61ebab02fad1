/**
 * Tail probabilities of the reference distributions the tests use, straight from the special
 * function kernels (no per-call validation): normal, chi-square, F, t.
 */
import { kernels } from '@stride/special';
import type { Alternative } from '../hypothesis.js';

/** P(Z > z) for a standard normal Z. */
export function normSf(z: number): number {
  return kernels.ndtr(-z);
}

/** P(Z ≤ z) for a standard normal Z. */
export function normCdf(z: number): number {
  return kernels.ndtr(z);
}

/** SciPy's p-value of a statistic with a symmetric null distribution (given its cdf and sf). */
export function symmetricP(z: number, alternative: Alternative, cdf = normCdf, sf = normSf): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (alternative === 'less') return cdf(z);
  if (alternative === 'greater') return sf(z);
  return Math.min(1, 2 * sf(Math.abs(z)));
}

/** P(X > x) for X ~ chi-square with `df` degrees of freedom. */
export function chi2Sf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (x <= 0) return 1;
  return kernels.gammaincc(df / 2, x / 2);
}

/** P(X > x) for X ~ F(dfn, dfd). */
export function fSf(x: number, dfn: number, dfd: number): number {
  if (Number.isNaN(x) || !(dfn > 0) || !(dfd > 0)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return kernels.betainc(dfd / 2, dfn / 2, dfd / (dfd + dfn * x));
}
