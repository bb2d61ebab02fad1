/**
 * The discrete distributions. Quantiles are exact: `ppf(q)` is the smallest integer k with
 * `cdf(k) >= q` (and `isf(q)` the smallest with `sf(k) <= q`), found by a bracketing integer
 * search from a first guess, so a cdf that lands an ulp short of a step never moves the answer.
 */
import { kernels as sp } from '@stride/special';
import { build, type Definition, type Draws } from './factory.js';
import { binomLogPmf, poissonLogPmf } from './saddle.js';
import type { DiscreteDistribution } from './types.js';

const INF = Number.POSITIVE_INFINITY;
const zero = (): number => 0;
const inf = (): number => INF;
const isInt = (v: number): boolean => Number.isFinite(v) && Math.floor(v) === v;
const isProb = (p: number): boolean => p >= 0 && p <= 1;

function discrete<K extends string>(d: Definition): DiscreteDistribution<K | 'loc'> {
  return build(d, 'discrete') as DiscreteDistribution<K | 'loc'>;
}

/** The normal approximation mean + sd z(q), a starting point for the exact search. */
function normalGuess(
  mean: (a: number, b: number, c: number) => number,
  variance: (a: number, b: number, c: number) => number,
) {
  return (q: number, a: number, b: number, c: number): number =>
    Math.floor(mean(a, b, c) + Math.sqrt(variance(a, b, c)) * sp.ndtri(q));
}

const binomMean = (n: number, p: number): number => n * p;
const binomVar = (n: number, p: number): number => n * p * (1 - p);

/**
 * The binomial distribution (`scipy.stats.binom`), parameters `{ n, p, loc }`. The mass by
 * Loader's saddle-point formula; `cdf`/`sf` by the incomplete beta function and its complement.
 *
 * @example
 * ```ts
 * binom.pmf(3, { n: 10, p: 0.5 }); // 0.1171875
 * binom.cdf(3, { n: 10, p: 0.5 }); // 0.171875
 * binom.ppf(0.171875, { n: 10, p: 0.5 }); // 3
 * ```
 */
export const binom = discrete<'n' | 'p'>({
  name: 'binom',
  shapes: ['n', 'p'],
  valid: (n, p) => isInt(n) && n >= 0 && isProb(p),
  lower: zero,
  upper: (n) => n,
  logDensity: (k, n, p) => binomLogPmf(k, n, p),
  cdf: (k, n, p) => sp.betaincc(k + 1, n - k, p),
  sf: (k, n, p) => sp.betainc(k + 1, n - k, p),
  guess: normalGuess(binomMean, binomVar),
  mean: binomMean,
  var: binomVar,
});

/**
 * The Bernoulli distribution (`scipy.stats.bernoulli`), parameters `{ p, loc }`.
 *
 * @example
 * ```ts
 * bernoulli.pmf([0, 1], { p: 0.3 }).toArray(); // [0.7, 0.3]
 * bernoulli.var({ p: 0.3 }); // 0.21
 * ```
 */
export const bernoulli = discrete<'p'>({
  name: 'bernoulli',
  shapes: ['p'],
  valid: isProb,
  lower: zero,
  upper: () => 1,
  density: (k, p) => (k === 0 ? 1 - p : p),
  cdf: (_k, p) => 1 - p,
  sf: (_k, p) => p,
  guess: zero,
  mean: (p) => p,
  var: (p) => p * (1 - p),
});

/**
 * One Poisson variate with NumPy's Generator stream (what SciPy's `poisson.rvs` draws): below mu = 10
 * the product of uniforms until it falls under e^-mu; from 10 on Hörmann's transformed rejection
 * with squeeze, PTRS ("The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12, 1993), whose constants are the paper's.
 */
function poissonDraw(g: Draws, mu: number): number {
  if (mu === 0) return 0;
  if (mu < 10) {
    const floor = Math.exp(-mu);
    let k = 0;
    let prod = 1;
    for (;;) {
      prod *= g.random() as number;
      if (prod > floor) k++;
      else return k;
    }
  }
  const slam = Math.sqrt(mu);
  const logMu = Math.log(mu);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = (g.random() as number) - 0.5;
    const v = g.random() as number;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mu + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mu + k * logMu - sp.gammaln(k + 1)) return k;
  }
}

/**
 * The Poisson distribution (`scipy.stats.poisson`), parameters `{ mu, loc }`. `rvs` with a numeric
 * `mu` draws the same numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * poisson.pmf(3, { mu: 2 }); // 0.18044704431548364
 * poisson.sf(30, { mu: 2 }); // 3.769552855325799e-26
 * ```
 */
export const poisson = discrete<'mu'>({
  name: 'poisson',
  shapes: ['mu'],
  valid: (mu) => mu >= 0,
  lower: zero,
  upper: inf,
  logDensity: (k, mu) => poissonLogPmf(k, mu),
  cdf: (k, mu) => sp.gammaincc(k + 1, mu),
  sf: (k, mu) => sp.gammainc(k + 1, mu),
  guess: normalGuess(
    (mu) => mu,
    (mu) => mu,
  ),
  mean: (mu) => mu,
  var: (mu) => mu,
  drawOne: (g, mu) => poissonDraw(g, mu),
});

/**
 * The geometric distribution (`scipy.stats.geom`): trials up to the first success, `{ p, loc }`; support k >= 1.
 *
 * @example
 * ```ts
 * geom.pmf(2, { p: 0.5 }); // 0.25
 * geom.sf(100, { p: 0.5 }); // 7.888609052210105e-31
 * ```
 */
export const geom = discrete<'p'>({
  name: 'geom',
  shapes: ['p'],
  valid: (p) => p > 0 && p <= 1,
  lower: () => 1,
  upper: inf,
  logDensity: (k, p) => sp.xlog1py(k - 1, -p) + Math.log(p),
  cdf: (k, p) => -Math.expm1(k * Math.log1p(-p)),
  sf: (k, p) => Math.exp(k * Math.log1p(-p)),
  logsf: (k, p) => k * Math.log1p(-p),
  guess: (q, p) => Math.ceil(Math.log1p(-q) / Math.log1p(-p)),
  mean: (p) => 1 / p,
  var: (p) => (1 - p) / (p * p),
});

/**
 * The negative binomial distribution (`scipy.stats.nbinom`): failures before the n-th success,
 * parameters `{ n, p, loc }` (n real and positive).
 *
 * @example
 * ```ts
 * nbinom.pmf(2, { n: 3, p: 0.5 }); // 0.1875
 * nbinom.cdf(2, { n: 3, p: 0.5 }); // 0.5
 * ```
 */
export const nbinom = discrete<'n' | 'p'>({
  name: 'nbinom',
  shapes: ['n', 'p'],
  valid: (n, p) => n > 0 && p > 0 && p <= 1,
  lower: zero,
  upper: inf,
  logDensity: (k, n, p) => Math.log(n / (n + k)) + binomLogPmf(n, n + k, p),
  cdf: (k, n, p) => sp.betainc(n, k + 1, p),
  sf: (k, n, p) => sp.betaincc(n, k + 1, p),
  guess: normalGuess(
    (n, p) => (n * (1 - p)) / p,
    (n, p) => (n * (1 - p)) / (p * p),
  ),
  mean: (n, p) => (n * (1 - p)) / p,
  var: (n, p) => (n * (1 - p)) / (p * p),
});

/** The hypergeometric mass: k successes among N draws from M items of which n are successes. */
function hypergeomLogPmf(k: number, M: number, n: number, N: number): number {
  if (N === M) return k === n ? 0 : Number.NEGATIVE_INFINITY;
  const p = N / M;
  return binomLogPmf(k, n, p) + binomLogPmf(N - k, M - n, p) - binomLogPmf(N, M, p);
}
const hypergeomPmf = (k: number, M: number, n: number, N: number): number => Math.exp(hypergeomLogPmf(k, M, n, N));
const hgLower = (M: number, n: number, N: number): number => Math.max(0, N - (M - n));
const hgUpper = (_M: number, n: number, N: number): number => Math.min(n, N);
const hgMean = (M: number, n: number, N: number): number => (N * n) / M;
/** Sum of the mass over [from, to] (both in the support), from the small end up. */
function hgSum(from: number, to: number, M: number, n: number, N: number, fromTop: boolean): number {
  let s = 0;
  if (fromTop) for (let k = to; k >= from; k--) s += hypergeomPmf(k, M, n, N);
  else for (let k = from; k <= to; k++) s += hypergeomPmf(k, M, n, N);
  return s;
}
const hgCdf = (k: number, M: number, n: number, N: number): number =>
  k < hgMean(M, n, N) ? hgSum(hgLower(M, n, N), k, M, n, N, false) : 1 - hgSum(k + 1, hgUpper(M, n, N), M, n, N, true);
const hgSf = (k: number, M: number, n: number, N: number): number =>
  k >= hgMean(M, n, N) ? hgSum(k + 1, hgUpper(M, n, N), M, n, N, true) : 1 - hgSum(hgLower(M, n, N), k, M, n, N, false);

/**
 * The hypergeometric distribution (`scipy.stats.hypergeom`), parameters `{ M, n, N, loc }`:
 * M items, n of them successes, N drawn without replacement.
 *
 * @example
 * ```ts
 * hypergeom.pmf(1, { M: 20, n: 7, N: 12 }); // 0.004334365325077415
 * hypergeom.mean({ M: 20, n: 7, N: 12 }); // 4.2
 * ```
 */
export const hypergeom = discrete<'M' | 'n' | 'N'>({
  name: 'hypergeom',
  shapes: ['M', 'n', 'N'],
  valid: (M, n, N) => isInt(M) && isInt(n) && isInt(N) && M >= 0 && n >= 0 && N >= 0 && n <= M && N <= M,
  lower: hgLower,
  upper: hgUpper,
  logDensity: hypergeomLogPmf,
  cdf: hgCdf,
  sf: hgSf,
  guess: normalGuess(hgMean, (M, n, N) => (M > 1 ? (N * n * (M - n) * (M - N)) / (M * M * (M - 1)) : 0)),
  mean: hgMean,
  var: (M, n, N) => (N * n * (M - n) * (M - N)) / (M * M * (M - 1)),
});
