/**
 * The t-tests, Pearson correlation and simple linear regression (`scipy.stats.ttest_1samp`,
 * `ttest_ind`, `ttest_rel`, `pearsonr`, `linregress`) for one-dimensional samples, p-values from
 * the t distribution's tails (computed directly, never as 1 - cdf).
 */
import { type ArrayInput, is, type NDArray, ShapeError, signature, ValueError } from '@stride/ndarray';
import { perLane } from './tests/lanes.js';
import { t as tDist } from './distributions/continuous.js';
import { lanes, laneMean, laneOf, type NanPolicy } from './rows.js';

/**
 * Which side the alternative hypothesis is on.
 *
 * @example
 * ```ts
 * ttest1samp([1, 2, 3, 4], 0, { alternative: 'greater' }).df; // 3
 * ```
 */
export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * The result of a test: the statistic, its p-value and the degrees of freedom.
 *
 * @example
 * ```ts
 * ttest1samp([1, 2, 3, 4], 2.5).statistic; // 0
 * ```
 */
export interface TtestResult {
  statistic: number | NDArray;
  pvalue: number | NDArray;
  df: number | NDArray;
}

const alternativeCheck = is.choice('two-sided', 'less', 'greater');
const nanPolicyCheck = is.oneOf('propagate', 'omit', 'raise');

/** A one-dimensional sample as float64 values after the NaN policy. */
function sample(fn: string, name: string, a: ArrayInput, nanPolicy: NanPolicy): Float64Array {
  if (a === undefined || a === null || typeof a === 'string') is.arrayLike(a, fn, name);
  return laneOf(fn, lanes(fn, a, null), 0, nanPolicy);
}

function sampleVar(v: Float64Array, m: number): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) {
    const d = (v[k] as number) - m;
    s += d * d;
  }
  return s / (v.length - 1);
}

/** p-value of a t statistic for the alternative. */
function tPvalue(stat: number, df: number, alternative: Alternative): number {
  if (Number.isNaN(stat) || Number.isNaN(df)) return Number.NaN;
  if (alternative === 'less') return tDist.cdf(stat, { df });
  if (alternative === 'greater') return tDist.sf(stat, { df });
  return Math.min(1, 2 * tDist.sf(Math.abs(stat), { df }));
}

/**
 * Options of the t-tests.
 *
 * @example
 * ```ts
 * ttestRel([1, 2, 3], [2, 3, 5], { alternative: 'less' }).df; // 2
 * ```
 */
export interface TtestOptions {
  alternative?: Alternative;
  nanPolicy?: NanPolicy;
  /** The axis along which the samples lie (default 0; null: all values as one sample). */
  axis?: number | null;
}
const axisCheck = is.nullable(is.axisInt);
const parse1 = signature<TtestOptions>('ttest1samp', [], {
  alternative: alternativeCheck,
  nanPolicy: nanPolicyCheck,
  axis: axisCheck,
});

/**
 * One-sample t-test (`scipy.stats.ttest_1samp`): is the mean of `a` equal to `popmean`?
 *
 * @example
 * ```ts
 * ttest1samp([5.1, 4.9, 5.6, 5.8, 6.0], 5).pvalue; // 0.08256829674577396
 * ```
 */
export function ttest1samp(a: ArrayInput, popmean: number, options?: TtestOptions): TtestResult {
  is.number(popmean, 'ttest1samp', 'popmean');
  const {
    alternative = 'two-sided',
    nanPolicy = 'propagate',
    axis = 0,
  } = parse1(options === undefined ? [] : [options]);
  return perLane({ fn: 'ttest1samp', names: ['a'], samples: [a], axis, nanPolicy }, ([v]) =>
    oneSample(v as Float64Array, popmean, alternative),
  );
}

/** The one-sample t-test of the values `v`. */
function oneSample(
  v: Float64Array,
  popmean: number,
  alternative: Alternative,
): { statistic: number; pvalue: number; df: number } {
  const n = v.length;
  const df = n - 1;
  const m = laneMean(v);
  const statistic = n < 2 ? Number.NaN : (m - popmean) / Math.sqrt(sampleVar(v, m) / n);
  return { statistic, pvalue: tPvalue(statistic, df, alternative), df };
}

/**
 * Options of `ttestInd`.
 *
 * @example
 * ```ts
 * ttestInd([1, 2, 3, 4], [3, 4, 5, 6, 7], { equalVar: false }).statistic; // -2.6111648393354674
 * ```
 */
export interface TtestIndOptions extends TtestOptions {
  equalVar?: boolean;
}
const parseInd = signature<TtestIndOptions>('ttestInd', [], {
  alternative: alternativeCheck,
  nanPolicy: nanPolicyCheck,
  equalVar: is.boolean,
  axis: axisCheck,
});

/**
 * Two independent samples t-test (`scipy.stats.ttest_ind`): Student's pooled test, or Welch's
 * with `equalVar: false`.
 *
 * @example
 * ```ts
 * ttestInd([1, 2, 3, 4], [3, 4, 5, 6, 7]).statistic; // -2.545875386086578
 * ```
 */
export function ttestInd(a: ArrayInput, b: ArrayInput, options?: TtestIndOptions): TtestResult {
  const {
    alternative = 'two-sided',
    nanPolicy = 'propagate',
    equalVar = true,
    axis = 0,
  } = parseInd(options === undefined ? [] : [options]);
  return perLane({ fn: 'ttestInd', names: ['a', 'b'], samples: [a, b], axis, nanPolicy }, ([x, y]) =>
    twoSample(x as Float64Array, y as Float64Array, equalVar, alternative),
  );
}

/** Student's or Welch's t-test of two lanes. */
function twoSample(
  x: Float64Array,
  y: Float64Array,
  equalVar: boolean,
  alternative: Alternative,
): { statistic: number; pvalue: number; df: number } {
  const n1 = x.length;
  const n2 = y.length;
  const m1 = laneMean(x);
  const m2 = laneMean(y);
  const v1 = sampleVar(x, m1);
  const v2 = sampleVar(y, m2);
  let df: number;
  let se: number;
  if (equalVar) {
    df = n1 + n2 - 2;
    const sp = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
    se = Math.sqrt(sp * (1 / n1 + 1 / n2));
  } else {
    const a1 = v1 / n1;
    const a2 = v2 / n2;
    se = Math.sqrt(a1 + a2);
    df = ((a1 + a2) * (a1 + a2)) / ((a1 * a1) / (n1 - 1) + (a2 * a2) / (n2 - 1));
  }
  const statistic = n1 < 2 || n2 < 2 ? Number.NaN : (m1 - m2) / se;
  return { statistic, pvalue: tPvalue(statistic, df, alternative), df };
}

const parseRel = signature<TtestOptions>('ttestRel', [], {
  alternative: alternativeCheck,
  nanPolicy: nanPolicyCheck,
  axis: axisCheck,
});

/**
 * Paired samples t-test (`scipy.stats.ttest_rel`): the one-sample test of the differences.
 *
 * @example
 * ```ts
 * ttestRel([1, 2, 3, 4], [1.5, 2.1, 3.9, 4.2]).df; // 3
 * ```
 */
export function ttestRel(a: ArrayInput, b: ArrayInput, options?: TtestOptions): TtestResult {
  const {
    alternative = 'two-sided',
    nanPolicy = 'propagate',
    axis = 0,
  } = parseRel(options === undefined ? [] : [options]);
  return perLane({ fn: 'ttestRel', names: ['a', 'b'], samples: [a, b], axis, nanPolicy, paired: true }, ([x, y]) => {
    const u = x as Float64Array;
    const d = new Float64Array(u.length);
    for (let k = 0; k < d.length; k++) d[k] = (u[k] as number) - ((y as Float64Array)[k] as number);
    return oneSample(d, 0, alternative);
  });
}

/**
 * The result of `pearsonr`.
 *
 * @example
 * ```ts
 * pearsonr([1, 2, 3], [2, 4, 7]).statistic; // 0.9933992677987827
 * ```
 */
export interface PearsonResult {
  statistic: number;
  pvalue: number;
}
const parsePearson = signature<{ alternative?: Alternative }>('pearsonr', [], { alternative: alternativeCheck });

/** Paired 1-D samples of equal length (at least `min`), as float64. */
function pairs(fn: string, x: ArrayInput, y: ArrayInput, min: number): [Float64Array, Float64Array] {
  const u = sample(fn, 'x', x, 'propagate');
  const v = sample(fn, 'y', y, 'propagate');
  if (u.length !== v.length)
    throw new ShapeError(`${fn}: x and y must have the same length, got ${u.length} and ${v.length}`);
  if (u.length < min) throw new ValueError(`${fn}: x and y must have length at least ${min}, got ${u.length}`);
  return [u, v];
}

/** Sums of squares and cross products about the means. */
function moments2(u: Float64Array, v: Float64Array): { mu: number; mv: number; suu: number; svv: number; suv: number } {
  const mu = laneMean(u);
  const mv = laneMean(v);
  let suu = 0;
  let svv = 0;
  let suv = 0;
  for (let k = 0; k < u.length; k++) {
    const a = (u[k] as number) - mu;
    const b = (v[k] as number) - mv;
    suu += a * a;
    svv += b * b;
    suv += a * b;
  }
  return { mu, mv, suu, svv, suv };
}

/**
 * Pearson's correlation coefficient and the p-value of the test of no correlation
 * (`scipy.stats.pearsonr`), exact under normality (t with n - 2 degrees of freedom).
 *
 * @example
 * ```ts
 * pearsonr([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).statistic; // 0.8
 * ```
 */
export function pearsonr(x: ArrayInput, y: ArrayInput, options?: { alternative?: Alternative }): PearsonResult {
  const { alternative = 'two-sided' } = parsePearson(options === undefined ? [] : [options]);
  const [u, v] = pairs('pearsonr', x, y, 2);
  const n = u.length;
  const { suu, svv, suv } = moments2(u, v);
  let r = suv / Math.sqrt(suu) / Math.sqrt(svv);
  r = Math.max(-1, Math.min(1, r));
  if (n === 2) return { statistic: r, pvalue: Number.isNaN(r) ? Number.NaN : 1 };
  const df = n - 2;
  const stat = Math.abs(r) === 1 ? Math.sign(r) * Number.POSITIVE_INFINITY : r * Math.sqrt(df / ((1 - r) * (1 + r)));
  return { statistic: r, pvalue: tPvalue(stat, df, alternative) };
}

/**
 * The result of `linregress`.
 *
 * @example
 * ```ts
 * linregress([0, 1, 2], [1, 3, 5]).intercept; // 1
 * ```
 */
export interface LinregressResult {
  slope: number;
  intercept: number;
  rvalue: number;
  pvalue: number;
  stderr: number;
  interceptStderr: number;
}
const parseLinregress = signature<{ alternative?: Alternative }>('linregress', [], { alternative: alternativeCheck });

/**
 * Least-squares line through (x, y) (`scipy.stats.linregress`) with the p-value of the slope's
 * t-test and the standard errors of slope and intercept.
 *
 * @example
 * ```ts
 * linregress([0, 1, 2, 3], [1, 3, 5, 7.5]).slope; // 2.15
 * ```
 */
export function linregress(x: ArrayInput, y: ArrayInput, options?: { alternative?: Alternative }): LinregressResult {
  const { alternative = 'two-sided' } = parseLinregress(options === undefined ? [] : [options]);
  const [u, v] = pairs('linregress', x, y, 2);
  const n = u.length;
  const { mu, mv, suu, svv, suv } = moments2(u, v);
  if (suu === 0) throw new ValueError('linregress: cannot compute the slope, all x values are identical');
  const slope = suv / suu;
  const intercept = mv - slope * mu;
  let r = svv === 0 ? 0 : suv / Math.sqrt(suu * svv);
  r = Math.max(-1, Math.min(1, r));
  if (n === 2) return { slope, intercept, rvalue: r, pvalue: 1, stderr: 0, interceptStderr: 0 };
  const df = n - 2;
  const stat = r * Math.sqrt(df / ((1 - r + 1e-300) * (1 + r + 1e-300)));
  const pvalue = tPvalue(stat, df, alternative);
  const stderr = Math.sqrt(((1 - r * r) * svv) / suu / df);
  let sxx2 = 0;
  for (let k = 0; k < n; k++) sxx2 += (u[k] as number) * (u[k] as number);
  const interceptStderr = stderr * Math.sqrt(sxx2 / n);
  return { slope, intercept, rvalue: r, pvalue, stderr, interceptStderr };
}
