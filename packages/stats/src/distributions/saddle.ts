/**
 * Binomial and Poisson probabilities by Loader's saddle-point expansion (C. Loader, "Fast and
 * accurate computation of binomial probabilities", 2000): the deviance term bd0 and Stirling's
 * remainder are each computed without cancellation, so the mass keeps full relative accuracy for
 * large n where a difference of log-gamma values would lose it.
 */
import { kernels as sp } from '@stride/special';

const LOG_2PI = 1.8378770664093453;
const LOG_SQRT_2PI = 0.9189385332046728;

/** delta(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n), Stirling's remainder at n > 0. */
export function stirlerr(n: number): number {
  if (n >= 10) return sp.stirlingCorrection(n);
  return sp.gammaln(n + 1) - (n + 0.5) * Math.log(n) + n - LOG_SQRT_2PI;
}

/** bd0(x, m) = x log(x/m) + m - x, the deviance term, accurate when x is close to m. */
export function bd0(x: number, m: number): number {
  if (m === 0) return x === 0 ? 0 : Number.POSITIVE_INFINITY;
  const u = (x - m) / m;
  if (Math.abs(u) < 0.5) return m * (sp.log1pmx(u) + u * Math.log1p(u));
  return x * Math.log(x / m) + m - x;
}

/** log of the binomial mass at x of n trials with success probability p (x, n real, 0 <= x <= n). */
export function binomLogPmf(x: number, n: number, p: number): number {
  const q = 1 - p;
  if (p === 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (q === 0) return x === n ? 0 : Number.NEGATIVE_INFINITY;
  if (x === 0) return n === 0 ? 0 : p < 0.5 ? n * Math.log1p(-p) : n * Math.log(q);
  if (x === n) return n * Math.log(p);
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LOG_2PI + Math.log(x) + Math.log1p(-x / n);
  return lc - 0.5 * lf;
}

/** log of the Poisson mass at x with mean mu. */
export function poissonLogPmf(x: number, mu: number): number {
  if (mu === 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (x === 0) return -mu;
  return -stirlerr(x) - bd0(x, mu) - 0.5 * (LOG_2PI + Math.log(x));
}
