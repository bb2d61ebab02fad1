/**
 * Rank tests (`scipy.stats.mannwhitneyu`, `wilcoxon`, `kruskal`, `friedmanchisquare`): average
 * ranks with tie corrections, exact null distributions for small samples as SciPy chooses them.
 */
import { type ArrayInput, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import type { Alternative } from '../hypothesis.js';
import type { NanPolicy } from '../rows.js';
import { alternativeCheck, axisCheck, nanPolicyCheck, perLane } from './lanes.js';
import { chi2Sf, normSf, symmetricP } from './pvalues.js';
import { rankAverage, rankSums, tieSum } from './ranks.js';

/**
 * A statistic with its p-value; each field a number for one-dimensional samples, an NDArray of
 * the other axes' shape otherwise.
 *
 * @example
 * ```ts
 * kruskal([1, 2, 3], [4, 5, 6]).pvalue; // 0.0495346134356269
 * ```
 */
export interface TestResult {
  statistic: number | NDArray;
  pvalue: number | NDArray;
}

/**
 * Options of `mannwhitneyu`.
 *
 * @example
 * ```ts
 * mannwhitneyu([1, 2, 3], [4, 5, 6], { method: 'exact' }).pvalue; // 0.1
 * ```
 */
export interface MannwhitneyuOptions {
  useContinuity?: boolean;
  alternative?: Alternative;
  axis?: number | null;
  method?: 'auto' | 'exact' | 'asymptotic';
  nanPolicy?: NanPolicy;
}
const parseMwu = signature<MannwhitneyuOptions>('mannwhitneyu', ['useContinuity', 'alternative', 'axis', 'method'], {
  useContinuity: is.boolean,
  alternative: alternativeCheck,
  axis: axisCheck,
  method: is.choice('auto', 'exact', 'asymptotic'),
  nanPolicy: nanPolicyCheck,
});

/**
 * Null distribution of the Mann–Whitney U statistic of samples of sizes m and n: P(U = u) for
 * u = 0..mn, by the recurrence p(m, n; u) = m/(m+n) p(m-1, n; u-n) + n/(m+n) p(m, n-1; u)
 * (Mann and Whitney 1947), which stays in probabilities (no large counts).
 */
function mwuPmf(m: number, n: number): Float64Array {
  if (m > n) [m, n] = [n, m];
  // row[i] = pmf of U for sizes (i, j) at the current j
  let rows: Float64Array[] = [];
  for (let i = 0; i <= m; i++) rows.push(new Float64Array([1]));
  for (let j = 1; j <= n; j++) {
    const next: Float64Array[] = [new Float64Array([1])];
    for (let i = 1; i <= m; i++) {
      const cur = new Float64Array(i * j + 1);
      const left = next[i - 1] as Float64Array; // sizes (i-1, j), shifted by j
      const up = rows[i] as Float64Array; // sizes (i, j-1)
      const wl = i / (i + j);
      const wu = j / (i + j);
      for (let u = 0; u < left.length; u++) cur[u + j] = (cur[u + j] as number) + wl * (left[u] as number);
      for (let u = 0; u < up.length; u++) cur[u] = (cur[u] as number) + wu * (up[u] as number);
      next.push(cur);
    }
    rows = next;
  }
  return rows[m] as Float64Array;
}

/** P(X ≥ k) from a pmf over 0..N (the shorter tail summed directly). */
function pmfSf(pmf: Float64Array, k: number): number {
  const n = pmf.length;
  if (k <= 0) return 1;
  if (k >= n) return 0;
  let s = 0;
  if (k > (n - 1) / 2) {
    for (let u = n - 1; u >= k; u--) s += pmf[u] as number;
    return s;
  }
  for (let u = 0; u < k; u++) s += pmf[u] as number;
  return 1 - s;
}

/** P(X ≤ k) from a pmf over 0..N. */
function pmfCdf(pmf: Float64Array, k: number): number {
  const n = pmf.length;
  if (k < 0) return 0;
  if (k >= n - 1) return 1;
  let s = 0;
  if (k <= (n - 1) / 2) {
    for (let u = 0; u <= k; u++) s += pmf[u] as number;
    return s;
  }
  for (let u = n - 1; u > k; u--) s += pmf[u] as number;
  return 1 - s;
}

/**
 * The Mann–Whitney U rank test on two independent samples (`scipy.stats.mannwhitneyu`). The
 * statistic is U of the first sample; `method: 'auto'` uses the exact null distribution when a
 * sample has at most 8 values and there are no ties, else the normal approximation with SciPy's
 * tie correction (and continuity correction unless `useContinuity: false`).
 *
 * @example
 * ```ts
 * mannwhitneyu([1, 4, 2, 8], [3, 9, 7, 6, 5]).statistic; // 5
 * mannwhitneyu([1, 4, 2, 8], [3, 9, 7, 6, 5]).pvalue; // 0.285714285714286
 * ```
 */
export function mannwhitneyu(x: ArrayInput, y: ArrayInput, options?: MannwhitneyuOptions): TestResult;
export function mannwhitneyu(
  x: ArrayInput,
  y: ArrayInput,
  useContinuity?: boolean,
  alternative?: Alternative,
  axis?: number | null,
  method?: 'auto' | 'exact' | 'asymptotic',
  options?: MannwhitneyuOptions,
): TestResult;
export function mannwhitneyu(x: ArrayInput, y: ArrayInput, ...rest: unknown[]): TestResult {
  const {
    useContinuity = true,
    alternative = 'two-sided',
    axis = 0,
    method = 'auto',
    nanPolicy = 'propagate',
  } = parseMwu(rest);
  return perLane({ fn: 'mannwhitneyu', names: ['x', 'y'], samples: [x, y], axis, nanPolicy }, ([u, v]) => {
    const a = u as Float64Array;
    const b = v as Float64Array;
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, pvalue: Number.NaN };
    const { sums, tieSum: tie } = rankSums([a, b]);
    const u1 = (sums[0] as number) - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const stat = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
    const factor = alternative === 'two-sided' ? 2 : 1;
    const tied = tie > 0;
    const exact = method === 'exact' || (method === 'auto' && !(n1 > 8 && n2 > 8) && !tied);
    let p: number;
    if (exact) {
      p = pmfSf(mwuPmf(n1, n2), Math.trunc(stat));
    } else {
      const n = n1 + n2;
      const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tie / (n * (n - 1))));
      const z = (stat - (n1 * n2) / 2 - (useContinuity ? 0.5 : 0)) / s;
      p = normSf(z);
    }
    return { statistic: u1, pvalue: Math.min(1, Math.max(0, p * factor)) };
  });
}

/**
 * Options of `wilcoxon`.
 *
 * @example
 * ```ts
 * wilcoxon([1, -2, 3, 4, 5], { method: 'asymptotic' }).zstatistic; // -1.4832396974191326
 * ```
 */
export interface WilcoxonOptions {
  zeroMethod?: 'wilcox' | 'pratt' | 'zsplit';
  correction?: boolean;
  alternative?: Alternative;
  method?: 'auto' | 'exact' | 'asymptotic';
  axis?: number | null;
  nanPolicy?: NanPolicy;
}

/**
 * The result of `wilcoxon`: `zstatistic` (the normal score) is there with `method: 'asymptotic'`.
 *
 * @example
 * ```ts
 * wilcoxon([1, -2, 3, 4, 5]).statistic; // 2
 * ```
 */
export interface WilcoxonResult extends TestResult {
  zstatistic?: number | NDArray;
}
const parseWilcoxon = signature<WilcoxonOptions>('wilcoxon', ['zeroMethod', 'correction', 'alternative', 'method'], {
  zeroMethod: is.choice('wilcox', 'pratt', 'zsplit'),
  correction: is.boolean,
  alternative: alternativeCheck,
  method: is.choice('auto', 'exact', 'asymptotic'),
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
});

/** The exact null distribution of the signed-rank statistic for n untied, non-zero differences. */
function signedRankPmf(n: number): Float64Array {
  const top = (n * (n + 1)) / 2;
  const c = new Float64Array(top + 1);
  c[0] = 1;
  for (let k = 1; k <= n; k++)
    for (let s = (k * (k + 1)) / 2; s >= k; s--) c[s] = (c[s] as number) + (c[s - k] as number);
  const scale = 2 ** -n;
  for (let s = 0; s <= top; s++) c[s] = (c[s] as number) * scale;
  return c;
}

interface SignedRanks {
  rPlus: number;
  rMinus: number;
  /** rank of |d| (0 for a dropped zero) and the sign of d */
  ranks: Float64Array;
  count: number;
  se: number;
  mean: number;
  tiedOrZero: boolean;
  /** what the zeros add to R+ (zsplit: half their ranks) */
  zeroShare: number;
}

function signedRanks(d: Float64Array, zeroMethod: 'wilcox' | 'pratt' | 'zsplit'): SignedRanks {
  const n = d.length;
  const keep: number[] = [];
  let zeros = 0;
  for (let k = 0; k < n; k++) {
    if (d[k] === 0) zeros++;
    if (zeroMethod !== 'wilcox' || d[k] !== 0) keep.push(k);
  }
  const abs = Float64Array.from(keep, (k) => Math.abs(d[k] as number));
  const { ranks: r, ties } = rankAverage(abs);
  const ranks = new Float64Array(n);
  keep.forEach((k, i) => {
    ranks[k] = r[i] as number;
  });
  let rPlus = 0;
  let rMinus = 0;
  let rZero = 0;
  for (let k = 0; k < n; k++) {
    const dk = d[k] as number;
    if (dk > 0) rPlus += ranks[k] as number;
    else if (dk < 0) rMinus += ranks[k] as number;
    else rZero += ranks[k] as number;
  }
  if (zeroMethod === 'zsplit') {
    rPlus += rZero / 2;
    rMinus += rZero / 2;
  }
  const count = keep.length;
  let mean = (count * (count + 1)) / 4;
  let se = count * (count + 1) * (2 * count + 1);
  let tieGroups = ties;
  if (zeroMethod === 'pratt') {
    mean -= (zeros * (zeros + 1)) / 4;
    se -= zeros * (zeros + 1) * (2 * zeros + 1);
    // the zeros' tie group (the smallest values) is left out of the tie correction
    if (zeros > 0) tieGroups = ties.slice(1);
  }
  se = Math.sqrt((se - tieSum(tieGroups) / 2) / 24);
  return {
    rPlus,
    rMinus,
    ranks,
    count,
    se,
    mean,
    tiedOrZero: zeros > 0 || ties.some((t) => t > 1),
    zeroShare: zeroMethod === 'zsplit' ? rZero / 2 : 0,
  };
}

/**
 * The p-value from all 2^n sign flips of the differences (what SciPy's permutation test
 * enumerates for n ≤ 13 with ties or zeros).
 */
function signFlipP(
  d: Float64Array,
  ranks: Float64Array,
  observed: number,
  base: number,
  alternative: Alternative,
): number {
  const n = d.length;
  const total = 2 ** n;
  const mags: number[] = [];
  for (let k = 0; k < n; k++) if (d[k] !== 0) mags.push(ranks[k] as number);
  // null distribution of r+ : each non-zero difference positive or negative (zeros add nothing,
  // and their 2^zeros flips repeat every value)
  const zerosFactor = 2 ** (n - mags.length);
  const gamma = Math.abs(observed) * 100 * Number.EPSILON;
  let ge = 0;
  let le = 0;
  const m = mags.length;
  const limit = 2 ** m;
  for (let mask = 0; mask < limit; mask++) {
    let s = base;
    for (let i = 0; i < m; i++) if (mask & (1 << i)) s += mags[i] as number;
    if (s >= observed - gamma) ge += zerosFactor;
    if (s <= observed + gamma) le += zerosFactor;
  }
  const pg = ge / total;
  const pl = le / total;
  if (alternative === 'greater') return pg;
  if (alternative === 'less') return pl;
  return Math.min(1, 2 * Math.min(pg, pl));
}

/**
 * The Wilcoxon signed-rank test (`scipy.stats.wilcoxon`) of the differences `x − y` (or of `x`
 * alone). As SciPy: `method: 'auto'` is exact for n ≤ 50 without ties or zeros, the exact
 * enumeration of all sign flips for n ≤ 13 with them, the normal approximation otherwise; the
 * statistic is min(R+, R−) for the two-sided test and R+ for one-sided ones.
 *
 * @example
 * ```ts
 * wilcoxon([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75]).pvalue; // 0.041259765625
 * ```
 */
export function wilcoxon(x: ArrayInput, options?: WilcoxonOptions): WilcoxonResult;
export function wilcoxon(x: ArrayInput, y: ArrayInput | null, options?: WilcoxonOptions): WilcoxonResult;
export function wilcoxon(
  x: ArrayInput,
  y: ArrayInput | null,
  zeroMethod?: 'wilcox' | 'pratt' | 'zsplit',
  correction?: boolean,
  alternative?: Alternative,
  method?: 'auto' | 'exact' | 'asymptotic',
  options?: WilcoxonOptions,
): WilcoxonResult;
export function wilcoxon(x: ArrayInput, ...rest: unknown[]): WilcoxonResult {
  let y: ArrayInput | null = null;
  const first = rest[0];
  if (first === null || (first !== undefined && !isOptionsObject(first))) {
    y = first as ArrayInput | null;
    rest = rest.slice(1);
  }
  const {
    zeroMethod = 'wilcox',
    correction = false,
    alternative = 'two-sided',
    method = 'auto',
    axis = 0,
    nanPolicy = 'propagate',
  } = parseWilcoxon(rest);
  const samples = y === null ? [x] : [x, y];
  const res = perLane({ fn: 'wilcoxon', names: ['x', 'y'], samples, axis, nanPolicy, paired: true }, (ls) => {
    const a = ls[0] as Float64Array;
    const d = ls.length === 1 ? a : a.map((v, k) => v - ((ls[1] as Float64Array)[k] as number));
    const nan = { statistic: Number.NaN, pvalue: Number.NaN, zstatistic: Number.NaN };
    if (d.length === 0) return nan;
    const sr = signedRanks(d, zeroMethod);
    const statistic = alternative === 'two-sided' ? Math.min(sr.rPlus, sr.rMinus) : sr.rPlus;
    let use: 'exact' | 'asymptotic' | 'flips' = method === 'auto' ? (d.length > 50 ? 'asymptotic' : 'exact') : method;
    if (method === 'auto' && use === 'exact' && sr.tiedOrZero) use = d.length <= 13 ? 'flips' : 'asymptotic';
    let z = (sr.rPlus - sr.mean) / sr.se;
    let pvalue: number;
    if (use === 'asymptotic') {
      if (correction) {
        const sign = alternative === 'greater' ? 1 : alternative === 'less' ? -1 : Math.sign(z);
        z -= (sign * 0.5) / sr.se;
      }
      pvalue = symmetricP(z, alternative);
      if (alternative === 'two-sided') z = -Math.abs(z);
    } else if (use === 'exact') {
      const pmf = signedRankPmf(sr.count);
      const lo = pmfCdf(pmf, Math.ceil(sr.rPlus));
      const hi = pmfSf(pmf, Math.floor(sr.rPlus));
      pvalue = alternative === 'less' ? lo : alternative === 'greater' ? hi : Math.min(1, 2 * Math.min(lo, hi));
    } else {
      pvalue = signFlipP(d, sr.ranks, sr.rPlus, sr.zeroShare, alternative);
    }
    return { statistic, pvalue, zstatistic: z };
  });
  const out: WilcoxonResult = { statistic: res.statistic, pvalue: res.pvalue };
  if (method === 'asymptotic') out.zstatistic = res.zstatistic;
  return out;
}

function isOptionsObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && !('re' in v);
}

/**
 * Options of the k-sample tests (`kruskal`, `friedmanchisquare`, `fOneway`, `bartlett`, `levene`).
 *
 * @example
 * ```ts
 * kruskal([[1, 2], [3, 4]], [[5, 6], [7, 8]], { axis: 1 }).pvalue; // NDArray float64 [0.121335250358484, 0.121335250358484]
 * ```
 */
export interface KSampleOptions {
  axis?: number | null;
  nanPolicy?: NanPolicy;
}
const kChecks = { axis: axisCheck, nanPolicy: nanPolicyCheck };

/** Splits `...samples, options?` into the samples and the parsed options. */
export function splitSamples<T extends object>(
  fn: string,
  args: unknown[],
  parse: (rest: readonly unknown[]) => T,
): { samples: ArrayInput[]; options: T } {
  const last = args[args.length - 1];
  const hasOptions = args.length > 0 && isOptionsObject(last);
  const samples = (hasOptions ? args.slice(0, -1) : args) as ArrayInput[];
  const options = parse(hasOptions ? [last] : []);
  if (samples.length === 0) throw new ValueError(`${fn}: at least one sample is required, got none`);
  return { samples, options };
}
const parseK = signature<KSampleOptions>('kruskal', [], kChecks);

function names(k: number): string[] {
  return Array.from({ length: k }, (_, i) => `samples[${i}]`);
}

/**
 * The Kruskal–Wallis H test (`scipy.stats.kruskal`): do the samples come from one distribution?
 * H from the average ranks of the pooled data with the tie correction, p from chi-square with
 * k − 1 degrees of freedom.
 *
 * @example
 * ```ts
 * kruskal([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]).statistic; // 0.2727272727272734
 * ```
 */
export function kruskal(...args: [...samples: ArrayInput[], options: KSampleOptions] | ArrayInput[]): TestResult {
  const { samples, options } = splitSamples('kruskal', args, (r) => parseK(r, 'kruskal'));
  const { axis = 0, nanPolicy = 'propagate' } = options;
  if (samples.length < 2) throw new ValueError(`kruskal: at least two samples are required, got ${samples.length}`);
  return perLane({ fn: 'kruskal', names: names(samples.length), samples, axis, nanPolicy }, (ls) => {
    if (ls.some((v) => v.length === 0)) return { statistic: Number.NaN, pvalue: Number.NaN };
    const n = ls.reduce((acc, v) => acc + v.length, 0);
    const { sums, tieSum: tie } = rankSums(ls);
    const c = 1 - tie / (n * n * n - n);
    if (c === 0) throw new ValueError('kruskal: all numbers are identical');
    let h = 0;
    ls.forEach((v, j) => {
      const r = sums[j] as number;
      h += (r * r) / v.length;
    });
    h = ((12 / (n * (n + 1))) * h - 3 * (n + 1)) / c;
    return { statistic: h, pvalue: chi2Sf(h, ls.length - 1) };
  });
}

const parseFriedman = signature<KSampleOptions>('friedmanchisquare', [], kChecks);

/**
 * The Friedman test for repeated measurements (`scipy.stats.friedmanchisquare`): k ≥ 3
 * treatments measured on the same n subjects, ranked within each subject, with the tie
 * correction; p from chi-square with k − 1 degrees of freedom.
 *
 * @example
 * ```ts
 * friedmanchisquare([72, 96, 88, 92], [120, 95, 110, 100], [76, 95, 85, 84]).statistic; // 3.33333333333333
 * ```
 */
export function friedmanchisquare(
  ...args: [...samples: ArrayInput[], options: KSampleOptions] | ArrayInput[]
): TestResult {
  const { samples, options } = splitSamples('friedmanchisquare', args, (r) => parseFriedman(r, 'friedmanchisquare'));
  const { axis = 0, nanPolicy = 'propagate' } = options;
  const k = samples.length;
  if (k < 3)
    throw new ValueError(`friedmanchisquare: at least 3 samples must be given for the Friedman test, got ${k}`);
  return perLane({ fn: 'friedmanchisquare', names: names(k), samples, axis, nanPolicy, paired: true }, (ls) => {
    const n = (ls[0] as Float64Array).length;
    if (n === 0) return { statistic: Number.NaN, pvalue: Number.NaN };
    const rsum = new Float64Array(k);
    let ties = 0;
    const row = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < k; j++) row[j] = (ls[j] as Float64Array)[i] as number;
      const r = rankAverage(row);
      for (let j = 0; j < k; j++) rsum[j] = (rsum[j] as number) + (r.ranks[j] as number);
      ties += tieSum(r.ties);
    }
    const c = 1 - ties / (k * (k * k - 1) * n);
    let ssr = 0;
    for (let j = 0; j < k; j++) ssr += (rsum[j] as number) ** 2;
    const stat = ((12 / (n * k * (k + 1))) * ssr - 3 * n * (k + 1)) / c;
    return { statistic: stat, pvalue: chi2Sf(stat, k - 1) };
  });
}
