/**
 * The continuous distributions, each in standard form (loc 0, scale 1) on top of @stride/special's
 * scalar kernels. Tails are computed directly: `sf` from the complementary function, `isf` from
 * the inverse of the complement, `logcdf`/`logsf` from log-space kernels where they exist.
 */
import { kernels as sp } from '@stride/special';
import { build, type Definition, type Draws } from './factory.js';
import type { ContinuousDistribution } from './types.js';

const LN2 = Math.LN2;
const LOG_SQRT_2PI = 0.9189385332046728; // log(sqrt(2 pi))
const EULER = 0.5772156649015329;
const LOG_PI = 1.1447298858494002;
const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;
const zero = (): number => 0;
const inf = (): number => INF;
const ninf = (): number => -INF;
const always = (): boolean => true;
const positive = (a: number): boolean => a > 0;

function continuous<K extends string>(d: Definition): ContinuousDistribution<K | 'loc' | 'scale'> {
  return build(d, 'continuous') as ContinuousDistribution<K | 'loc' | 'scale'>;
}

/** The tail methods of a law symmetric about 0: each upper tail is the lower tail reflected. */
function symmetricTails(cdf: (x: number) => number, logcdf: (x: number) => number, ppf: (q: number) => number) {
  return {
    cdf: (x: number) => cdf(x),
    sf: (x: number) => cdf(-x),
    logcdf: (x: number) => logcdf(x),
    logsf: (x: number) => logcdf(-x),
    ppf: (q: number) => ppf(q),
    isf: (q: number) => -ppf(q),
  };
}

// ---- normal -------------------------------------------------------------------------------
const normDef: Definition = {
  name: 'norm',
  shapes: [],
  valid: always,
  lower: ninf,
  upper: inf,
  logDensity: (x) => -0.5 * x * x - LOG_SQRT_2PI,
  ...symmetricTails(sp.ndtr, sp.logNdtr, sp.ndtri),
  mean: zero,
  var: () => 1,
  median: zero,
  entropy: () => 0.5 + LOG_SQRT_2PI,
  draw: (g, shape) => g.standardNormal(shape),
};

/**
 * The normal distribution (`scipy.stats.norm`), parameters `{ loc, scale }`. Tails from `ndtr`
 * of the reflected argument and `logNdtr`, so `norm.sf(40)` keeps its digits. `rvs` draws the
 * same numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * norm.cdf(1.96); // 0.9750021048517795
 * norm.sf(10); // 7.619853024160525e-24
 * norm.ppf(0.975, { loc: 1, scale: 2 }); // 4.919927969080106
 * norm({ loc: 1, scale: 2 }).mean(); // 1
 * ```
 */
export const norm = continuous<never>(normDef);

// ---- Student t ----------------------------------------------------------------------------
/** log of the t density's constant, 1 / (sqrt(df) B(df/2, 1/2)). */
function tLogConst(df: number): number {
  return -0.5 * Math.log(df) - sp.betaln(0.5 * df, 0.5);
}
/**
 * psi(x + 1/2) - psi(x) without cancellation at large x (the asymptotic series of psi, differenced:
 * 1/(2x) + 1/(8x^2) - 1/(64x^4) + 1/(128 x^6), error below 1e-25 from x = 1e4).
 */
function digammaHalfStep(x: number): number {
  if (x < 1e4) return sp.digamma(x + 0.5) - sp.digamma(x);
  const r = 1 / x;
  const r2 = r * r;
  return r * (0.5 + r * (0.125 + r2 * (-1 / 64 + r2 / 128)));
}
/**
 * P(T <= x) for x <= 0 at large df by Hill's normalizing transformation (Hill 1970, CACM
 * algorithm 395): with a = df - 1/2, b = 48a^2 and y = a log(1 + x^2/df), the normal deviate
 * z = sqrt(y) (1 + (y + 3 - (0.4y^3 + 3.3y^2 + 24y + 85.5)/(0.8y^2 + 100 + b))/b). Its error is
 * O(df^-3): from df = 1e5 on it is below the rounding of z itself, where the incomplete beta
 * function at a huge first parameter loses about df * 1e-17.
 */
function tLowerHill(x: number, df: number): number {
  const a = df - 0.5;
  const b = 48 * a * a;
  const y = a * Math.log1p((x * x) / df);
  if (y === INF) return 0;
  const z = (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * Math.sqrt(y);
  return sp.ndtr(-z);
}
/** P(T <= x) for x <= 0 (the lower tail), by the incomplete beta function. */
function tLower(x: number, df: number): number {
  if (df === INF) return sp.ndtr(x);
  if (df >= 1e5) return tLowerHill(x, df);
  const x2 = x * x;
  if (df / x2 < 1e-250) {
    // far tail, where df/(df + x^2) underflows: P ~ c df^((df-1)/2) |x|^-df (relative error ~ df/x^2)
    return Math.exp(tLogConst(df) + 0.5 * (df - 1) * Math.log(df) - df * Math.log(-x));
  }
  // choose the argument that does not round away: w = x^2/(df + x^2) or z = df/(df + x^2)
  if (x2 < df) return 0.5 * sp.betaincc(0.5, 0.5 * df, x2 / (df + x2));
  return 0.5 * sp.betainc(0.5 * df, 0.5, df / (df + x2));
}
// log of the density's constant for the last df seen (a loop over q at one df computes it once)
let constDf = Number.NaN;
let constLog = Number.NaN;
function tLogConstCached(df: number): number {
  if (df !== constDf) {
    constLog = tLogConst(df);
    constDf = df;
  }
  return constLog;
}

/**
 * The lower-tail quantile for p < 1/2 and 1 <= df < 1e5 from G. W. Hill's approximation (Hill 1970,
 * CACM algorithm 396, "Student's t-quantiles": a series in the normal deviate in the body, an
 * expansion in (d p)^(2/df) in the tail), refined by Taylor steps on P(T <= x) = p
 * (the inverse's Taylor series to third order in u = (F - p)/f, with psi = f'/f = -(df + 1) x /
 * (df + x^2)). A step below 1e-5 relative leaves an error of order u^4, below an ulp, so one
 * evaluation of the CDF usually suffices. NaN when it does not settle (the caller then inverts
 * the incomplete beta function instead).
 */
function tLowerInvHill(p: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * (Math.PI / 2)) * df;
  const p2 = 2 * p; // Hill's two-sided probability
  let y = (d * p2) ** (2 / df);
  let x: number;
  if (y > 0.05 + a) {
    const z = -sp.ndtri(p); // upper normal deviate
    const z2 = z * z;
    if (df < 5) c += 0.3 * (df - 4.5) * (z + 0.6);
    c = (((0.05 * d * z - 5) * z - 7) * z - 2) * z + b + c;
    y = (((((0.4 * z2 + 6.3) * z2 + 36) * z2 + 94.5) / c - z2 - 3) / b + 1) * z;
    x = -Math.sqrt(df * Math.expm1(a * y * y));
  } else {
    y =
      ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
        ((df + 1) / (df + 2)) +
      1 / y;
    x = -Math.sqrt(df * y);
  }
  const k = tLogConstCached(df);
  for (let it = 0; it < 8; it++) {
    if (!(x < 0) || !Number.isFinite(x)) return Number.NaN;
    const r = 1 + (x * x) / df;
    const f = Math.exp(k - 0.5 * (df + 1) * Math.log(r));
    const u = (tLower(x, df) - p) / f;
    // the inverse's Taylor series to third order: x - u - psi u^2/2 - (2 psi^2 - psi') u^3/6
    const psi = (-(df + 1) * x) / (df * r);
    const dpsi = (-(df + 1) * (df - x * x)) / (df * df * r * r);
    const next = x - u * (1 + u * (psi / 2 + (u * (2 * psi * psi - dpsi)) / 6));
    if (Math.abs(u) <= 1e-5 * Math.abs(x)) return next;
    x = next;
  }
  return Number.NaN;
}

/** The quantile x <= 0 with P(T <= x) = p, for p <= 1/2. */
function tLowerInv(p: number, df: number): number {
  if (df === INF) return sp.ndtri(p);
  if (p === 0.5) return 0;
  if (df >= 1 && df < 1e5 && p > 1e-100) {
    const x = tLowerInvHill(p, df);
    if (!Number.isNaN(x)) return x;
  }
  if (p < 0.25) {
    const z = sp.betaincinv(0.5 * df, 0.5, 2 * p); // z = df/(df + x^2)
    if (z < 1e-250) {
      // far tail: P ~ c df^((df-1)/2) |x|^-df with c the density's constant (relative error ~ df/x^2)
      return -Math.exp((tLogConst(df) + 0.5 * (df - 1) * Math.log(df) - Math.log(p)) / df);
    }
    return -Math.sqrt(df * ((1 - z) / z));
  }
  const w = sp.betaincinv(0.5, 0.5 * df, 1 - 2 * p); // w = x^2/(df + x^2)
  return -Math.sqrt(df * (w / (1 - w)));
}
const tDef: Definition = {
  name: 't',
  shapes: ['df'],
  valid: positive,
  lower: ninf,
  upper: inf,
  logDensity: (x, df) => {
    if (df === INF) return -0.5 * x * x - LOG_SQRT_2PI;
    return tLogConst(df) - 0.5 * (df + 1) * Math.log1p((x * x) / df);
  },
  cdf: (x, df) => (x <= 0 ? tLower(x, df) : 1 - tLower(-x, df)),
  sf: (x, df) => (x >= 0 ? tLower(-x, df) : 1 - tLower(x, df)),
  logcdf: (x, df) => (x <= 0 ? Math.log(tLower(x, df)) : Math.log1p(-tLower(-x, df))),
  logsf: (x, df) => (x >= 0 ? Math.log(tLower(-x, df)) : Math.log1p(-tLower(x, df))),
  ppf: (q, df) => (q <= 0.5 ? tLowerInv(q, df) : -tLowerInv(1 - q, df)),
  isf: (q, df) => (q <= 0.5 ? -tLowerInv(q, df) : tLowerInv(1 - q, df)),
  mean: (df) => (df > 1 ? 0 : INF), // SciPy's convention for df <= 1
  var: (df) => (df > 2 ? (df === INF ? 1 : df / (df - 2)) : df > 1 ? INF : NAN),
  median: zero,
  entropy: (df) => {
    if (df === INF) return 0.5 + LOG_SQRT_2PI;
    const h = 0.5 * (df + 1);
    return h * digammaHalfStep(0.5 * df) - tLogConst(df);
  },
};

/**
 * Student's t distribution (`scipy.stats.t`), parameters `{ df, loc, scale }`; `df: Infinity`
 * is the normal distribution. The density stays exact at any df (no ratio of gamma functions).
 *
 * @example
 * ```ts
 * t.ppf(0.975, { df: 3 }); // 3.18244630528371
 * t.pdf(0, { df: 1e6 }); // 0.39894218066587517
 * t.cdf(-40, { df: 5 }); // 9.205981085886476e-8
 * ```
 */
export const t = continuous<'df'>(tDef);

/**
 * One beta variate with NumPy's Generator stream: for a, b <= 1 Johnk's rejection (U^(1/a),
 * V^(1/b) kept when their sum is at most 1, the ratio taken in logarithms if both underflow),
 * otherwise the ratio G_a / (G_a + G_b) of two standard gamma variates.
 */
function standardBeta(g: Draws, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = g.random() as number;
      const v = g.random() as number;
      const x = u ** (1 / a);
      const y = v ** (1 / b);
      const s = x + y;
      if (s <= 1) {
        if (s > 0) return x / s;
        let lx = Math.log(u) / a;
        let ly = Math.log(v) / b;
        const m = Math.max(lx, ly);
        lx -= m;
        ly -= m;
        return Math.exp(lx - Math.log(Math.exp(lx) + Math.exp(ly)));
      }
    }
  }
  const ga = standardGamma(g, a);
  const gb = standardGamma(g, b);
  return ga / (ga + gb);
}

// ---- gamma family ---------------------------------------------------------------------------
/**
 * One standard gamma variate with NumPy's Generator stream (what SciPy's `gamma.rvs` draws): for
 * a > 1 Marsaglia & Tsang's squeeze-and-reject on a cubed normal ("A simple method for generating
 * gamma variables", ACM TOMS 26, 2000); for a < 1 Ahrens & Dieter's GS rejection from the
 * power and exponential envelopes (Computing 12, 1974); a = 1 an exponential variate.
 */
function standardGamma(g: Draws, a: number): number {
  if (a === 1) return g.standardExponential() as number;
  if (a === 0) return 0;
  if (a < 1) {
    for (;;) {
      const u = g.random() as number;
      const v = g.standardExponential() as number;
      if (u <= 1 - a) {
        const x = u ** (1 / a);
        if (x <= v) return x;
      } else {
        const y = -Math.log((1 - u) / a);
        const x = (1 - a + a * y) ** (1 / a);
        if (x <= v + y) return x;
      }
    }
  }
  const b = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = g.standardNormal() as number;
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = g.random() as number;
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (Math.log(u) < 0.5 * x * x + b * (1 - v + Math.log(v))) return b * v;
  }
}

const gammaLogDensity = (x: number, a: number): number => sp.xlogy(a - 1, x) - x - sp.gammaln(a);
const gammaEntropy = (a: number): number => sp.digamma(a) * (1 - a) + a + sp.gammaln(a);

/**
 * The gamma distribution (`scipy.stats.gamma`), parameters `{ a, loc, scale }`. `rvs` with a numeric `a`
 * draws the same numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * gamma.cdf(2, { a: 3 }); // 0.32332358381693654
 * gamma.isf(1e-20, { a: 3 }); // 53.34977407102548
 * ```
 */
export const gamma = continuous<'a'>({
  name: 'gamma',
  shapes: ['a'],
  valid: positive,
  lower: zero,
  upper: inf,
  logDensity: gammaLogDensity,
  cdf: (x, a) => sp.gammainc(a, x),
  sf: (x, a) => sp.gammaincc(a, x),
  ppf: (q, a) => sp.gammaincinv(a, q),
  isf: (q, a) => sp.gammainccinv(a, q),
  mean: (a) => a,
  var: (a) => a,
  entropy: gammaEntropy,
  drawOne: (g, a) => standardGamma(g, a),
});

/**
 * The chi-squared distribution (`scipy.stats.chi2`), parameters `{ df, loc, scale }`.
 *
 * @example
 * ```ts
 * chi2.sf(3.84, { df: 1 }); // 0.0500435212487051
 * chi2.ppf(0.95, { df: 10 }); // 18.3070380532751
 * ```
 */
export const chi2 = continuous<'df'>({
  name: 'chi2',
  shapes: ['df'],
  valid: positive,
  lower: zero,
  upper: inf,
  logDensity: (x, df) => gammaLogDensity(x / 2, df / 2) - LN2,
  cdf: (x, df) => sp.gammainc(df / 2, x / 2),
  sf: (x, df) => sp.gammaincc(df / 2, x / 2),
  ppf: (q, df) => 2 * sp.gammaincinv(df / 2, q),
  isf: (q, df) => 2 * sp.gammainccinv(df / 2, q),
  mean: (df) => df,
  var: (df) => 2 * df,
  entropy: (df) => gammaEntropy(df / 2) + LN2,
});

// ---- beta family ----------------------------------------------------------------------------
/**
 * The beta distribution (`scipy.stats.beta`), parameters `{ a, b, loc, scale }`. `rvs` with numeric
 * shape parameters draws the same numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * beta.cdf(0.5, { a: 2, b: 3 }); // 0.6875
 * beta.mean({ a: 2, b: 3 }); // 0.4
 * ```
 */
export const beta = continuous<'a' | 'b'>({
  name: 'beta',
  shapes: ['a', 'b'],
  valid: (a, b) => a > 0 && b > 0,
  lower: zero,
  upper: () => 1,
  logDensity: (x, a, b) => sp.xlog1py(b - 1, -x) + sp.xlogy(a - 1, x) - sp.betaln(a, b),
  cdf: (x, a, b) => sp.betainc(a, b, x),
  sf: (x, a, b) => sp.betaincc(a, b, x),
  drawOne: (g, a, b) => standardBeta(g, a, b),
  ppf: (q, a, b) => (q <= 0.5 ? sp.betaincinv(a, b, q) : 1 - sp.betaincinv(b, a, 1 - q)),
  isf: (q, a, b) => (q <= 0.5 ? 1 - sp.betaincinv(b, a, q) : sp.betaincinv(a, b, 1 - q)),
  mean: (a, b) => a / (a + b),
  var: (a, b) => (a * b) / ((a + b) * (a + b) * (a + b + 1)),
  entropy: (a, b) =>
    sp.betaln(a, b) - (a - 1) * sp.digamma(a) - (b - 1) * sp.digamma(b) + (a + b - 2) * sp.digamma(a + b),
});

/** F's x from the beta variable w = n x / (m + n x) or its complement v = m / (m + n x). */
const fFromW = (w: number, n: number, m: number): number => (m * w) / (n * (1 - w));
const fFromV = (v: number, n: number, m: number): number => (m * (1 - v)) / (n * v);

/**
 * The F distribution (`scipy.stats.f`), parameters `{ dfn, dfd, loc, scale }`. The density is
 * formed in logs with `log1p`, so it is finite at large degrees of freedom (`f.pdf(1, {dfn: 100,
 * dfd: 100})`).
 *
 * @example
 * ```ts
 * f.pdf(1, { dfn: 100, dfd: 100 }); // 1.9897309346795113
 * f.sf(4, { dfn: 2, dfd: 10 }); // 0.05292214940134464
 * ```
 */
export const f = continuous<'dfn' | 'dfd'>({
  name: 'f',
  shapes: ['dfn', 'dfd'],
  valid: (n, m) => n > 0 && m > 0,
  lower: zero,
  upper: inf,
  logDensity: (x, n, m) => {
    const nx = n * x;
    return (
      sp.xlogy(n / 2 - 1, x) +
      (n / 2) * Math.log(n) -
      (n / 2) * Math.log(m + nx) -
      (m / 2) * Math.log1p(nx / m) -
      sp.betaln(n / 2, m / 2)
    );
  },
  cdf: (x, n, m) => sp.betainc(n / 2, m / 2, (n * x) / (m + n * x)),
  sf: (x, n, m) => sp.betainc(m / 2, n / 2, m / (m + n * x)),
  ppf: (q, n, m) =>
    q <= 0.5 ? fFromW(sp.betaincinv(n / 2, m / 2, q), n, m) : fFromV(sp.betaincinv(m / 2, n / 2, 1 - q), n, m),
  isf: (q, n, m) =>
    q <= 0.5 ? fFromV(sp.betaincinv(m / 2, n / 2, q), n, m) : fFromW(sp.betaincinv(n / 2, m / 2, 1 - q), n, m),
  mean: (_n, m) => (m > 2 ? m / (m - 2) : INF),
  var: (n, m) => (m > 4 ? (2 * m * m * (n + m - 2)) / (n * (m - 2) * (m - 2) * (m - 4)) : INF),
  entropy: (n, m) => {
    const a = n / 2;
    const b = m / 2;
    return (
      Math.log(m / n) +
      sp.betaln(a, b) -
      (a - 1) * sp.digamma(a) -
      (b + 1) * sp.digamma(b) +
      (a + b) * sp.digamma(a + b)
    );
  },
});

// ---- elementary ---------------------------------------------------------------------------
/**
 * The exponential distribution (`scipy.stats.expon`), parameters `{ loc, scale }`. `rvs` draws
 * the same numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * expon.cdf(1e-20); // 1e-20
 * expon.isf(1e-300); // 690.7755278982137
 * ```
 */
export const expon = continuous<never>({
  name: 'expon',
  shapes: [],
  valid: always,
  lower: zero,
  upper: inf,
  logDensity: (x) => -x,
  cdf: (x) => -Math.expm1(-x),
  sf: (x) => Math.exp(-x),
  logcdf: (x) => (x > LN2 ? Math.log1p(-Math.exp(-x)) : Math.log(-Math.expm1(-x))),
  logsf: (x) => -x,
  ppf: (q) => -Math.log1p(-q),
  isf: (q) => -Math.log(q),
  mean: () => 1,
  var: () => 1,
  median: () => LN2,
  entropy: () => 1,
  draw: (g, shape) => g.standardExponential(shape),
});

/**
 * The uniform distribution on [loc, loc + scale] (`scipy.stats.uniform`). `rvs` draws the same
 * numbers as SciPy with the same seed.
 *
 * @example
 * ```ts
 * uniform.cdf(0.25, { loc: 0, scale: 2 }); // 0.125
 * uniform.var(); // 0.08333333333333333
 * ```
 */
export const uniform = continuous<never>({
  name: 'uniform',
  shapes: [],
  valid: always,
  lower: zero,
  upper: () => 1,
  density: () => 1,
  cdf: (x) => x,
  sf: (x) => 1 - x,
  ppf: (q) => q,
  isf: (q) => 1 - q,
  mean: () => 0.5,
  var: () => 1 / 12,
  median: () => 0.5,
  entropy: zero,
  draw: (g, shape) => g.random(shape),
});

/**
 * The log-normal distribution (`scipy.stats.lognorm`), parameters `{ s, loc, scale }`.
 *
 * @example
 * ```ts
 * lognorm.cdf(1, { s: 0.5 }); // 0.5
 * lognorm.mean({ s: 1 }); // 1.6487212707001282
 * ```
 */
export const lognorm = continuous<'s'>({
  name: 'lognorm',
  shapes: ['s'],
  valid: positive,
  lower: zero,
  upper: inf,
  logDensity: (x, s) => {
    if (x === 0) return -INF;
    const l = Math.log(x) / s;
    return -0.5 * l * l - LOG_SQRT_2PI - Math.log(s * x);
  },
  cdf: (x, s) => sp.ndtr(Math.log(x) / s),
  sf: (x, s) => sp.ndtr(-Math.log(x) / s),
  logcdf: (x, s) => sp.logNdtr(Math.log(x) / s),
  logsf: (x, s) => sp.logNdtr(-Math.log(x) / s),
  ppf: (q, s) => Math.exp(s * sp.ndtri(q)),
  isf: (q, s) => Math.exp(-s * sp.ndtri(q)),
  mean: (s) => Math.exp(0.5 * s * s),
  var: (s) => Math.expm1(s * s) * Math.exp(s * s),
  median: () => 1,
  entropy: (s) => 0.5 + LOG_SQRT_2PI + Math.log(s),
});

/** tan(pi (q - 1/2)) without losing the digits of small q. */
function cauchyPpf(q: number): number {
  if (q < 0.25) return -1 / Math.tan(Math.PI * q);
  if (q > 0.75) return 1 / Math.tan(Math.PI * (1 - q));
  return Math.tan(Math.PI * (q - 0.5));
}

/**
 * The Cauchy distribution (`scipy.stats.cauchy`), parameters `{ loc, scale }`.
 *
 * @example
 * ```ts
 * cauchy.cdf(1); // 0.75
 * cauchy.sf(1e10); // 3.183098861837907e-11
 * ```
 */
export const cauchy = continuous<never>({
  name: 'cauchy',
  shapes: [],
  valid: always,
  lower: ninf,
  upper: inf,
  logDensity: (x) => {
    const ax = Math.abs(x);
    // log(pi (1 + x^2)) without overflow of x^2
    return -LOG_PI - (ax > 1e150 ? 2 * Math.log(ax) : Math.log1p(ax * ax));
  },
  cdf: (x) => Math.atan2(1, -x) / Math.PI,
  sf: (x) => Math.atan2(1, x) / Math.PI,
  ppf: cauchyPpf,
  isf: (q) => -cauchyPpf(q),
  mean: () => NAN,
  var: () => NAN,
  median: zero,
  entropy: () => Math.log(4 * Math.PI),
});

const laplaceCdf = (x: number): number => (x < 0 ? 0.5 * Math.exp(x) : 1 - 0.5 * Math.exp(-x));
const laplacePpf = (q: number): number => (q <= 0.5 ? Math.log(2 * q) : -Math.log(2 * (1 - q)));

/**
 * The Laplace distribution (`scipy.stats.laplace`), parameters `{ loc, scale }`.
 *
 * @example
 * ```ts
 * laplace.cdf(-50); // 9.643749239819589e-23
 * laplace.ppf(0.75); // 0.6931471805599453
 * ```
 */
export const laplace = continuous<never>({
  name: 'laplace',
  shapes: [],
  valid: always,
  lower: ninf,
  upper: inf,
  logDensity: (x) => -LN2 - Math.abs(x),
  cdf: laplaceCdf,
  sf: (x) => laplaceCdf(-x),
  logcdf: (x) => (x < 0 ? x - LN2 : Math.log1p(-0.5 * Math.exp(-x))),
  logsf: (x) => (x > 0 ? -x - LN2 : Math.log1p(-0.5 * Math.exp(x))),
  ppf: laplacePpf,
  isf: (q) => -laplacePpf(q),
  mean: zero,
  var: () => 2,
  median: zero,
  entropy: () => 1 + LN2,
});

/**
 * The logistic distribution (`scipy.stats.logistic`), parameters `{ loc, scale }`.
 *
 * @example
 * ```ts
 * logistic.cdf(0); // 0.5
 * logistic.sf(800); // 0
 * logistic.logsf(800); // -800
 * ```
 */
export const logistic = continuous<never>({
  name: 'logistic',
  shapes: [],
  valid: always,
  lower: ninf,
  upper: inf,
  logDensity: (x) => {
    const ax = Math.abs(x);
    return -ax - 2 * Math.log1p(Math.exp(-ax));
  },
  ...symmetricTails(sp.expit, sp.logExpit, sp.logit),
  mean: zero,
  var: () => (Math.PI * Math.PI) / 3,
  median: zero,
  entropy: () => 2,
});

/**
 * The Weibull minimum distribution (`scipy.stats.weibull_min`), parameters `{ c, loc, scale }`.
 *
 * @example
 * ```ts
 * weibullMin.cdf(1, { c: 2 }); // 0.6321205588285577
 * weibullMin.mean({ c: 1 }); // 1
 * ```
 */
export const weibullMin = continuous<'c'>({
  name: 'weibullMin',
  shapes: ['c'],
  valid: positive,
  lower: zero,
  upper: inf,
  logDensity: (x, c) => Math.log(c) + sp.xlogy(c - 1, x) - x ** c,
  cdf: (x, c) => -Math.expm1(-(x ** c)),
  sf: (x, c) => Math.exp(-(x ** c)),
  logsf: (x, c) => -(x ** c),
  ppf: (q, c) => (-Math.log1p(-q)) ** (1 / c),
  isf: (q, c) => (-Math.log(q)) ** (1 / c),
  mean: (c) => sp.gamma(1 + 1 / c),
  var: (c) => {
    const g1 = sp.gamma(1 + 1 / c);
    return sp.gamma(1 + 2 / c) - g1 * g1;
  },
  median: (c) => LN2 ** (1 / c),
  entropy: (c) => EULER * (1 - 1 / c) - Math.log(c) + 1,
});

/**
 * The Pareto distribution (`scipy.stats.pareto`), parameters `{ b, loc, scale }`; support x >= 1.
 *
 * @example
 * ```ts
 * pareto.sf(10, { b: 2 }); // 0.01
 * pareto.ppf(0.75, { b: 2 }); // 2
 * ```
 */
export const pareto = continuous<'b'>({
  name: 'pareto',
  shapes: ['b'],
  valid: positive,
  lower: () => 1,
  upper: inf,
  logDensity: (x, b) => Math.log(b) - (b + 1) * Math.log(x),
  cdf: (x, b) => -Math.expm1(-b * Math.log(x)),
  sf: (x, b) => x ** -b,
  logsf: (x, b) => -b * Math.log(x),
  ppf: (q, b) => Math.exp(-Math.log1p(-q) / b),
  isf: (q, b) => q ** (-1 / b),
  mean: (b) => (b > 1 ? b / (b - 1) : INF),
  var: (b) => (b > 2 ? b / ((b - 1) * (b - 1) * (b - 2)) : INF),
  median: (b) => 2 ** (1 / b),
  entropy: (b) => 1 / b + 1 - Math.log(b),
});
