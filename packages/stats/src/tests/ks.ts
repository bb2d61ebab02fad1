/**
 * Kolmogorov–Smirnov tests (`scipy.stats.kstest`, `ks_1samp`, `ks_2samp`) with the exact null
 * distributions SciPy uses: the one-sided Smirnov tail (Birnbaum–Tingey), the two-sided
 * Kolmogorov distribution by Durbin's matrix (Marsaglia, Tsang and Wang 2003), and for two samples
 * the lattice-path probabilities (Hodges 1958) computed as probabilities, never as large counts.
 */
import { ArgumentError, type ArrayInput, asarray, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { kernels } from '@stride/special';
import * as continuous from '../distributions/continuous.js';
import type { Alternative } from '../hypothesis.js';
import type { NanPolicy } from '../rows.js';
import { alternativeCheck, axisCheck, nanPolicyCheck, perLane } from './lanes.js';

/**
 * The result of the Kolmogorov–Smirnov tests: the statistic, its p-value, where the largest
 * difference is (`statisticLocation`) and its sign (`statisticSign`: +1 when the first ECDF is above).
 *
 * @example
 * ```ts
 * ks2samp([1, 2, 3], [2.5, 4, 5, 6]).statisticSign; // 1
 * ```
 */
export interface KstestResult {
  statistic: number | NDArray;
  pvalue: number | NDArray;
  statisticLocation: number | NDArray;
  statisticSign: number | NDArray;
}

// ---- the one-sample null distributions --------------------------------------------------------

/** log C(n, j). */
function logBinom(n: number, j: number): number {
  return kernels.gammaln(n + 1) - kernels.gammaln(j + 1) - kernels.gammaln(n - j + 1);
}

/**
 * P(D⁺ₙ ≥ d), the one-sided Smirnov tail, by the Birnbaum–Tingey sum
 * d Σ_{j ≤ n(1−d)} C(n, j) (1 − d − j/n)^(n−j) (d + j/n)^(j−1), each term in logarithms.
 *
 * @example
 * ```ts
 * smirnov(5, 0.3); // 0.34282
 * ```
 */
export function smirnov(n: number, d: number): number {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isInteger(n)) return Number.NaN;
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const jmax = Math.floor(n * (1 - d) + 1e-12 * n);
  let s = 0;
  for (let j = 0; j <= jmax; j++) {
    const u = 1 - d - j / n;
    if (u <= 0) {
      if (j === n) s += (d + j / n) ** (j - 1);
      continue;
    }
    const lt = logBinom(n, j) + (n - j) * Math.log(u) + (j - 1) * Math.log(d + j / n);
    s += Math.exp(lt);
  }
  return Math.min(1, d * s);
}

/**
 * P(Dₙ < d) for the two-sided statistic by Durbin's matrix: with d = (k − h)/n, the (k, k)
 * element of Hⁿ times n!/nⁿ, H the (2k − 1)-square matrix of Marsaglia, Tsang and Wang (2003),
 * powers taken by squaring with a running power-of-two scale.
 */
function kolmogorovDurbin(n: number, d: number): number {
  const nd = n * d;
  if (d >= 1) return 1;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const fact = [1];
  for (let i = 1; i <= m + 1; i++) fact.push((fact[i - 1] as number) * i);
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) if (i - j + 1 >= 0) H[i * m + j] = 1 / (fact[i - j + 1] as number);
  for (let i = 0; i < m; i++) {
    H[i * m] = (H[i * m] as number) - h ** (i + 1) / (fact[i + 1] as number);
    H[(m - 1) * m + i] = (H[(m - 1) * m + i] as number) - h ** (m - i) / (fact[m - i] as number);
  }
  if (2 * h - 1 > 0) H[(m - 1) * m] = (H[(m - 1) * m] as number) + (2 * h - 1) ** m / (fact[m] as number);
  const mul = (A: Float64Array<ArrayBufferLike>, B: Float64Array<ArrayBufferLike>): Float64Array<ArrayBufferLike> => {
    const C = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
      for (let l = 0; l < m; l++) {
        const a = A[i * m + l] as number;
        if (a === 0) continue;
        for (let j = 0; j < m; j++) C[i * m + j] = (C[i * m + j] as number) + a * (B[l * m + j] as number);
      }
    return C;
  };
  // result = H^n with log2 scale `e`
  let result: Float64Array<ArrayBufferLike> | null = null;
  let re = 0;
  let base: Float64Array<ArrayBufferLike> = H;
  let be = 0;
  let p = n;
  const renorm = (A: Float64Array): number => {
    let mx = 0;
    for (const v of A) mx = Math.max(mx, Math.abs(v));
    if (mx === 0) return 0;
    const e = Math.floor(Math.log2(mx));
    const s = 2 ** -e;
    for (let i = 0; i < A.length; i++) A[i] = (A[i] as number) * s;
    return e;
  };
  while (p > 0) {
    if (p & 1) {
      if (result === null) {
        result = Float64Array.from(base);
        re = be;
      } else {
        result = mul(result, base);
        re += be;
      }
      re += renorm(result);
    }
    p >>= 1;
    if (p > 0) {
      base = mul(base, base);
      be = 2 * be + renorm(base);
    }
  }
  let v = (result as Float64Array)[(k - 1) * m + (k - 1)] as number;
  // times n!/n^n, with the scale 2^re folded in as we go
  let e2 = re;
  for (let i = 1; i <= n; i++) {
    v *= i / n;
    if (v !== 0 && Math.abs(v) < 2 ** -500) {
      v *= 2 ** 500;
      e2 -= 500;
    }
  }
  while (e2 > 0) {
    const s = Math.min(e2, 1000);
    v *= 2 ** s;
    e2 -= s;
  }
  while (e2 < 0) {
    const s = Math.max(e2, -1000);
    v *= 2 ** s;
    e2 -= s;
  }
  return Math.min(1, Math.max(0, v));
}

/**
 * P(Dₙ ≥ d), the two-sided Kolmogorov–Smirnov tail for n values (`scipy.stats.kstwo.sf`):
 * closed forms at the ends (Ruben and Gambino 1982), twice the Smirnov tail where it is exact
 * (d ≥ 1/2) or accurate (n d² large), else one minus Durbin's matrix value (exact, where SciPy
 * switches to the Pelz–Good expansion beyond 140 values; above 3000 values Kolmogorov's limit with
 * Stephens' correction).
 *
 * @example
 * ```ts
 * kstwoSf(10, 0.3); // 0.2705355748
 * ```
 */
export function kstwoSf(n: number, d: number): number {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isInteger(n)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob = 1;
    for (let i = 1; i <= n; i++) prob *= (i / n) * (2 * t - 1);
    return Math.min(1, Math.max(0, 1 - prob));
  }
  if (t >= n - 1) return Math.min(1, 2 * (1 - d) ** n);
  if (d >= 0.5) return Math.min(1, 2 * smirnov(n, d));
  const nx2 = t * d;
  if (n <= 140) {
    if (nx2 <= 4) return Math.min(1, Math.max(0, 1 - kolmogorovDurbin(n, d)));
    return Math.min(1, 2 * smirnov(n, d));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return Math.min(1, 2 * smirnov(n, d));
  // Durbin's matrix is exact but costs (2nd)³ log n: beyond a few thousand values, Kolmogorov's
  // limit with Stephens' (1970) finite-n correction of the argument
  if (n > 3000) {
    const r = Math.sqrt(n);
    return kolmogorov(d * (r + 0.12 + 0.11 / r));
  }
  return Math.min(1, Math.max(0, 1 - kolmogorovDurbin(n, d)));
}

/**
 * P(K ≥ y) for Kolmogorov's limiting distribution (`scipy.special.kolmogorov`,
 * `scipy.stats.kstwobign.sf`): 2 Σ (−1)^(k−1) exp(−2k²y²), or one minus the Jacobi-transformed
 * series √(2π)/y Σ exp(−(2k−1)²π²/(8y²)) for small y.
 *
 * @example
 * ```ts
 * kolmogorov(1); // 0.26999967167735456
 * ```
 */
export function kolmogorov(y: number): number {
  if (Number.isNaN(y)) return Number.NaN;
  if (y <= 0) return 1;
  if (y < 1) {
    let s = 0;
    const w = (Math.PI * Math.PI) / (8 * y * y);
    for (let k = 1; k < 20; k++) {
      const term = Math.exp(-(2 * k - 1) * (2 * k - 1) * w);
      s += term;
      if (term < 1e-17 * s) break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / y) * s;
  }
  let s = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * y * y);
    s += k % 2 ? term : -term;
    if (term < 1e-17 * Math.abs(s)) break;
  }
  return Math.min(1, 2 * s);
}

// ---- one sample --------------------------------------------------------------------------------

type Cdf = (x: Float64Array) => Float64Array;
type Dist = { cdf: (x: ArrayInput, params?: Record<string, unknown>) => number | NDArray };

const DISTS = continuous as unknown as Record<string, Dist | undefined>;

function isDist(v: unknown): v is Dist {
  return (typeof v === 'function' || (typeof v === 'object' && v !== null)) && typeof (v as Dist).cdf === 'function';
}

/** A cdf over a lane of values from a distribution name, a distribution object or a function. */
function cdfOf(fn: string, cdf: unknown, params: Record<string, unknown> | undefined): Cdf {
  if (typeof cdf === 'string') {
    const d = Object.hasOwn(DISTS, cdf) ? DISTS[cdf] : undefined;
    if (!isDist(d))
      throw new ValueError(`${fn}: cdf must name a continuous distribution (such as 'norm'), got "${cdf}"`);
    cdf = d;
  }
  if (isDist(cdf)) {
    const d = cdf;
    return (x) => {
      const r = params === undefined ? d.cdf(x) : d.cdf(x, params);
      return typeof r === 'number' ? Float64Array.of(r) : Float64Array.from(r.data as ArrayLike<number>);
    };
  }
  if (typeof cdf === 'function') {
    const f = cdf as (x: number) => number;
    return (x) => x.map((v) => Number(f(v)));
  }
  throw new ArgumentError(`${fn}: cdf must be a distribution name, a distribution object, a function or a sample`);
}

/** D⁺, D⁻ with their locations for sorted values `x` with cdf values `c`. */
function dPlusMinus(x: Float64Array, c: Float64Array): { dp: number; lp: number; dm: number; lm: number } {
  const n = x.length;
  let dp = Number.NEGATIVE_INFINITY;
  let dm = Number.NEGATIVE_INFINITY;
  let lp = Number.NaN;
  let lm = Number.NaN;
  for (let i = 0; i < n; i++) {
    const a = (i + 1) / n - (c[i] as number);
    const b = (c[i] as number) - i / n;
    if (a > dp) {
      dp = a;
      lp = x[i] as number;
    }
    if (b > dm) {
      dm = b;
      lm = x[i] as number;
    }
  }
  return { dp, lp, dm, lm };
}

/**
 * Options of `kstest`, `ks1samp` and `ks2samp`: `args` holds the parameters of a named
 * distribution (`{ df: 3 }`), `method` picks the exact or asymptotic p-value.
 *
 * @example
 * ```ts
 * kstest([0.1, 0.5, 1.2, 2.5], 't', { args: { df: 3 }, alternative: 'greater' }).statistic; // 0.0438533235040328
 * ```
 */
export interface KstestOptions {
  args?: Record<string, ArrayInput>;
  alternative?: Alternative;
  method?: 'auto' | 'exact' | 'asymp';
  axis?: number | null;
  nanPolicy?: NanPolicy;
}
const ksChecks = {
  args: is.any,
  alternative: alternativeCheck,
  method: is.choice('auto', 'exact', 'asymp'),
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
};
const parse1 = signature<KstestOptions>('ks1samp', [], ksChecks);
const parse2 = signature<KstestOptions>('ks2samp', [], ksChecks);
const parseK = signature<KstestOptions>('kstest', [], ksChecks);

function oneSample(fn: string, x: ArrayInput, cdf: unknown, o: KstestOptions): KstestResult {
  const { alternative = 'two-sided', method = 'auto', axis = 0, nanPolicy = 'propagate' } = o;
  const F = cdfOf(fn, cdf, o.args as Record<string, unknown> | undefined);
  return perLane({ fn, names: ['x'], samples: [x], axis, nanPolicy }, ([lane]) => {
    const v = Float64Array.from(lane as Float64Array).sort();
    const n = v.length;
    if (n === 0)
      return { statistic: Number.NaN, pvalue: Number.NaN, statisticLocation: Number.NaN, statisticSign: Number.NaN };
    const { dp, lp, dm, lm } = dPlusMinus(v, F(v));
    if (alternative === 'greater')
      return { statistic: dp, pvalue: smirnov(n, dp), statisticLocation: lp, statisticSign: 1 };
    if (alternative === 'less')
      return { statistic: dm, pvalue: smirnov(n, dm), statisticLocation: lm, statisticSign: -1 };
    const plus = dp > dm;
    const d = plus ? dp : dm;
    const p = method === 'asymp' ? kolmogorov(d * Math.sqrt(n)) : kstwoSf(n, d);
    return {
      statistic: d,
      pvalue: Math.min(1, Math.max(0, p)),
      statisticLocation: plus ? lp : lm,
      statisticSign: plus ? 1 : -1,
    };
  }) as KstestResult;
}

/**
 * The one-sample Kolmogorov–Smirnov test (`scipy.stats.ks_1samp`) of `x` against a continuous
 * distribution: a name with `args`, a distribution object (frozen or not) or a cdf function. The
 * two-sided p-value is exact (`method: 'asymp'` for Kolmogorov's limit); one-sided ones are exact
 * Smirnov tails.
 *
 * @example
 * ```ts
 * ks1samp([-1.2, -0.4, 0.1, 0.3, 0.9, 1.7], 'norm').pvalue; // 0.916605286951078
 * ```
 */
export function ks1samp(x: ArrayInput, cdf: unknown, options?: KstestOptions): KstestResult {
  return oneSample('ks1samp', x, cdf, parse1(options === undefined ? [] : [options]));
}

// ---- two samples --------------------------------------------------------------------------------

/**
 * P(the ECDF difference reaches h·g / (n1·n2) on the given sides), for a uniformly random
 * ordering of the pooled samples: the probability that a random lattice path from (0, 0) to
 * (n1, n2) touches the boundary, by q(i, j) = i/(i+j) q(i−1, j) + j/(i+j) q(i, j−1) with q = 1 on
 * and beyond the boundary — probabilities throughout, so nothing overflows or cancels.
 */
function pathsOutside(n1: number, n2: number, hg: number, twoSided: boolean): number {
  let prev = new Float64Array(n2 + 1);
  let cur = new Float64Array(n2 + 1);
  for (let i = 0; i <= n1; i++) {
    for (let j = 0; j <= n2; j++) {
      const diff = i * n2 - j * n1;
      if (diff >= hg || (twoSided && -diff >= hg)) {
        cur[j] = 1;
        continue;
      }
      if (i === 0 && j === 0) {
        cur[j] = 0;
        continue;
      }
      const a = i > 0 ? (i / (i + j)) * (prev[j] as number) : 0;
      const b = j > 0 ? (j / (i + j)) * (cur[j - 1] as number) : 0;
      cur[j] = a + b;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n2] as number;
}

/** NumPy's rounding: halves to the even neighbour. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Insertion point of v in sorted s (side 'right'). */
function searchRight(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function twoSample(fn: string, x: ArrayInput, y: ArrayInput, o: KstestOptions): KstestResult {
  const { alternative = 'two-sided', method = 'auto', axis = 0, nanPolicy = 'propagate' } = o;
  return perLane({ fn, names: ['data1', 'data2'], samples: [x, y], axis, nanPolicy }, ([u, v]) => {
    const a = Float64Array.from(u as Float64Array).sort();
    const b = Float64Array.from(v as Float64Array).sort();
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0) throw new ValueError(`${fn}: the samples must not be empty`);
    let maxS = Number.NEGATIVE_INFINITY;
    let minS = Number.POSITIVE_INFINITY;
    let lmax = Number.NaN;
    let lmin = Number.NaN;
    const all = [...a, ...b];
    for (const z of all) {
      const dz = searchRight(a, z) / n1 - searchRight(b, z) / n2;
      if (dz > maxS) {
        maxS = dz;
        lmax = z;
      }
      if (dz < minS) {
        minS = dz;
        lmin = z;
      }
    }
    minS = Math.min(1, Math.max(0, -minS));
    let d: number;
    let loc: number;
    let sign: number;
    if (alternative === 'less' || (alternative === 'two-sided' && minS > maxS)) {
      d = minS;
      loc = lmin;
      sign = -1;
    } else {
      d = maxS;
      loc = lmax;
      sign = 1;
    }
    const g = gcd(n1, n2);
    let mode = method === 'auto' ? (Math.max(n1, n2) <= 10000 ? 'exact' : 'asymp') : method;
    if (mode === 'exact' && n1 / g >= 2147483647 / (n2 / g)) mode = 'asymp';
    let p: number;
    if (mode === 'exact') {
      const lcm = (n1 / g) * n2;
      const h = Math.round(d * lcm);
      d = h / lcm;
      // one-sided 'less' is 'greater' with the samples swapped: the same path count by symmetry
      p = h === 0 ? 1 : pathsOutside(n1, n2, h * g, alternative === 'two-sided');
    } else {
      const m = Math.max(n1, n2);
      const n = Math.min(n1, n2);
      const en = (m * n) / (m + n);
      if (alternative === 'two-sided') p = kstwoSf(roundHalfEven(en), d);
      else {
        const z = Math.sqrt(en) * d;
        p = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
      }
    }
    return { statistic: d, pvalue: Math.min(1, Math.max(0, p)), statisticLocation: loc, statisticSign: sign };
  }) as KstestResult;
}

/**
 * The two-sample Kolmogorov–Smirnov test (`scipy.stats.ks_2samp`): exact lattice-path p-values
 * when both samples have at most 10000 values (`method: 'auto'`), else the asymptotic ones SciPy
 * uses.
 *
 * @example
 * ```ts
 * ks2samp([1, 2, 3], [2.5, 4, 5, 6]).pvalue; // 0.228571428571429
 * ```
 */
export function ks2samp(data1: ArrayInput, data2: ArrayInput, options?: KstestOptions): KstestResult {
  return twoSample('ks2samp', data1, data2, parse2(options === undefined ? [] : [options]));
}

/**
 * The Kolmogorov–Smirnov test (`scipy.stats.kstest`): one-sample against `cdf` (a distribution
 * name with `args`, a distribution object or a cdf function), two-sample when `cdf` is a sample.
 *
 * @example
 * ```ts
 * kstest([-1.2, -0.4, 0.1, 0.3, 0.9, 1.7], 'norm').statistic; // 0.206494503943696
 * kstest([1, 2, 3], [2.5, 4, 5, 6]).statistic; // 0.75
 * ```
 */
export function kstest(rvs: ArrayInput, cdf: unknown, options?: KstestOptions): KstestResult {
  const o = parseK(options === undefined ? [] : [options]);
  if (typeof cdf === 'string' || typeof cdf === 'function' || isDist(cdf)) return oneSample('kstest', rvs, cdf, o);
  if (cdf === undefined || cdf === null) is.arrayLike(cdf, 'kstest', 'cdf');
  return twoSample('kstest', rvs, asarray(cdf as ArrayInput), o);
}
