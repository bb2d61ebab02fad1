/** Scalar kernels of the elementary helpers: xlogy, xlog1py, expit, logit, logExpit, binom, comb, factorial. */
import { beta, gamma } from './gamma.js';

/**
 * x * log(y), 0 when x = 0 and y is not NaN (SciPy's `xlogy`).
 *
 * @example
 * ```ts
 * xlogy(0, 0); // 0
 * xlogy(2, 3); // 2.19722457733622
 * ```
 */
export function xlogy(x: number, y: number): number {
  if (x === 0 && !Number.isNaN(y)) return 0;
  return x * Math.log(y);
}

/**
 * x * log1p(y), 0 when x = 0 and y is not NaN (SciPy's `xlog1py`).
 *
 * @example
 * ```ts
 * xlog1py(0, -1); // 0
 * xlog1py(2, 1e-20); // 2e-20
 * ```
 */
export function xlog1py(x: number, y: number): number {
  if (x === 0 && !Number.isNaN(y)) return 0;
  return x * Math.log1p(y);
}

/**
 * The logistic sigmoid 1 / (1 + exp(-x)) (SciPy's `expit`), without overflow for large |x|.
 *
 * @example
 * ```ts
 * expit(0); // 0.5
 * expit(-800); // 0
 * ```
 */
export function expit(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * log(expit(x)) = -log(1 + exp(-x)) (SciPy's `log_expit`), accurate for large |x|.
 *
 * @example
 * ```ts
 * logExpit(-1000); // -1000
 * ```
 */
export function logExpit(x: number): number {
  if (x >= 0) return -Math.log1p(Math.exp(-x));
  return x - Math.log1p(Math.exp(x));
}

/**
 * The logit log(p / (1 - p)) (SciPy's `logit`): -inf at 0, inf at 1, NaN outside [0, 1].
 *
 * @example
 * ```ts
 * logit(0.5); // 0
 * logit(0.9); // 2.1972245773362196
 * ```
 */
export function logit(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p < 0.25) return Math.log(p) - Math.log1p(-p);
  // 2p - 1 and 1 - p are exact here
  if (p <= 0.75) return Math.log1p((2 * p - 1) / (1 - p));
  return Math.log(p) - Math.log(1 - p);
}

/**
 * The binomial coefficient as a real function, Gamma(n+1) / (Gamma(k+1) Gamma(n-k+1)) (SciPy's `binom`).
 *
 * @example
 * ```ts
 * binom(5, 2); // 10
 * binom(5.5, 2); // 12.375
 * ```
 */
export function binom(n: number, k: number): number {
  if (Number.isNaN(n) || Number.isNaN(k)) return Number.NaN;
  if (Number.isInteger(k)) {
    if (k < 0) return 0;
    let kk = k;
    // symmetric for a non-negative integer n
    if (Number.isInteger(n) && n >= 0 && n - k < k) kk = n - k;
    if (kk < 0) return 0;
    if (kk === 0) return 1;
    if (kk <= 1000) {
      let r = 1;
      for (let i = 1; i <= kk; i++) r = (r * (n - kk + i)) / i;
      return r;
    }
    if (Number.isInteger(n) && n < 0) {
      // binom(n, k) = (-1)^k binom(k - n - 1, k)
      const v = binom(k - n - 1, k);
      return k % 2 === 0 ? v : -v;
    }
  }
  if (n > -1 && n - k > -1 && k > -1) return 1 / ((n + 1) * beta(1 + n - k, 1 + k));
  return gamma(n + 1) / (gamma(k + 1) * gamma(n - k + 1));
}

/**
 * The number of combinations of N things taken k at a time (SciPy's `comb` with exact=False):
 * 0 when k > N, N < 0 or k < 0.
 *
 * @example
 * ```ts
 * comb(10, 3); // 120
 * comb(5, 6); // 0
 * ```
 */
export function comb(n: number, k: number): number {
  if (Number.isNaN(n) || Number.isNaN(k)) return Number.NaN;
  if (k > n || n < 0 || k < 0) return 0;
  return binom(n, k);
}

/**
 * n! = Gamma(n + 1) for n >= 0, 0 for n < 0 (SciPy's `factorial` with exact=False).
 *
 * @example
 * ```ts
 * factorial(5); // 120
 * factorial(-1); // 0
 * ```
 */
export function factorial(n: number): number {
  if (Number.isNaN(n)) return n;
  if (n < 0) return 0;
  return gamma(n + 1);
}
