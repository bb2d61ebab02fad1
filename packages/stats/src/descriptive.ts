/**
 * Descriptive statistics (`scipy.stats.skew`, `kurtosis`, `sem`, `zscore`, `iqr`, `mode`,
 * `describe`): one pass per lane along `axis`, SciPy's bias corrections and NaN policy.
 */
import { type ArrayInput, is, moveaxis, NDArray, signature, ValueError } from '@stride/ndarray';
import { centralMoment, laneMean, laneOf, lanes, type NanPolicy, reduceLanes } from './rows.js';

const nanPolicyCheck = is.oneOf('propagate', 'omit', 'raise');
/** The checks every reduction shares. */
const AXIS_NAN = { axis: is.nullable(is.axisInt), nanPolicy: nanPolicyCheck };

/**
 * The options every reduction shares: the sample axis (null: all elements) and the NaN policy.
 *
 * @example
 * ```ts
 * sem([[1, 2], [3, NaN]], { axis: 0, nanPolicy: 'omit' }); // NDArray float64 [1, NaN]
 * ```
 */
export interface AxisNanOptions {
  axis?: number | null;
  nanPolicy?: NanPolicy;
}

/**
 * Options of `skew`.
 *
 * @example
 * ```ts
 * skew([1, 2, 3, 10], { bias: false }); // 1.763632614803888
 * ```
 */
export interface SkewOptions extends AxisNanOptions {
  bias?: boolean;
}
const parseSkew = signature<SkewOptions>('skew', ['axis', 'bias'], {
  ...AXIS_NAN,
  bias: is.boolean,
});

function skewLane(v: Float64Array, bias: boolean): number {
  const n = v.length;
  if (n === 0) return Number.NaN;
  const m = laneMean(v);
  const m2 = centralMoment(v, m, 2);
  const m3 = centralMoment(v, m, 3);
  // all values equal to machine precision: SciPy answers NaN
  if (m2 <= (Number.EPSILON * m) ** 2) return Number.NaN;
  const g1 = m3 / m2 ** 1.5;
  if (bias || n < 3) return g1;
  return (Math.sqrt(n * (n - 1)) / (n - 2)) * g1;
}

/**
 * Sample skewness (`scipy.stats.skew`), the Fisher–Pearson coefficient m3 / m2^1.5, corrected
 * for bias when `bias: false`.
 *
 * @example
 * ```ts
 * skew([1, 2, 3, 10]); // 1.0182337649086284
 * skew([[1, 2], [3, 9], [4, 4]], { axis: 0 }).toArray(); // [-0.3818017741606059, 0.47033046033698594]
 * ```
 */
export function skew(a: ArrayInput, axis?: number | null, bias?: boolean, options?: SkewOptions): number | NDArray;
export function skew(a: ArrayInput, options?: SkewOptions): number | NDArray;
export function skew(a: ArrayInput, ...rest: unknown[]): number | NDArray {
  const { axis = 0, bias = true, nanPolicy = 'propagate' } = parseSkew(rest);
  return reduceLanes('skew', a, axis, nanPolicy, (v) => skewLane(v, bias));
}

/**
 * Options of `kurtosis`.
 *
 * @example
 * ```ts
 * kurtosis([1, 2, 3, 10], { fisher: false }); // 2.2304
 * ```
 */
export interface KurtosisOptions extends AxisNanOptions {
  fisher?: boolean;
  bias?: boolean;
}
const parseKurtosis = signature<KurtosisOptions>('kurtosis', ['axis', 'fisher', 'bias'], {
  ...AXIS_NAN,
  fisher: is.boolean,
  bias: is.boolean,
});

function kurtosisLane(v: Float64Array, fisher: boolean, bias: boolean): number {
  const n = v.length;
  if (n === 0) return Number.NaN;
  const m = laneMean(v);
  const m2 = centralMoment(v, m, 2);
  const m4 = centralMoment(v, m, 4);
  if (m2 <= (Number.EPSILON * m) ** 2) return Number.NaN;
  let g = m4 / (m2 * m2);
  if (!bias && n > 3) g = ((n * n - 1) * g - 3 * (n - 1) * (n - 1)) / ((n - 2) * (n - 3)) + 3;
  return fisher ? g - 3 : g;
}

/**
 * Sample kurtosis (`scipy.stats.kurtosis`): m4 / m2^2, minus 3 with `fisher` (the default), corrected
 * for bias when `bias: false`.
 *
 * @example
 * ```ts
 * kurtosis([1, 2, 3, 10]); // -0.7696
 * kurtosis([1, 2, 3, 10], { fisher: false }); // 2.2304
 * ```
 */
export function kurtosis(
  a: ArrayInput,
  axis?: number | null,
  fisher?: boolean,
  bias?: boolean,
  options?: KurtosisOptions,
): number | NDArray;
export function kurtosis(a: ArrayInput, options?: KurtosisOptions): number | NDArray;
export function kurtosis(a: ArrayInput, ...rest: unknown[]): number | NDArray {
  const { axis = 0, fisher = true, bias = true, nanPolicy = 'propagate' } = parseKurtosis(rest);
  return reduceLanes('kurtosis', a, axis, nanPolicy, (v) => kurtosisLane(v, fisher, bias));
}

/**
 * Options of `sem`.
 *
 * @example
 * ```ts
 * sem([1, 2, 3, 4, 5], { ddof: 0 }); // 0.6324555320336759
 * ```
 */
export interface SemOptions extends AxisNanOptions {
  ddof?: number;
}
const parseSem = signature<SemOptions>('sem', ['axis', 'ddof'], {
  ...AXIS_NAN,
  ddof: is.nonNegInt,
});

/** Sample variance of a lane with `ddof` degrees of freedom removed. */
function laneVar(v: Float64Array, ddof: number): number {
  const n = v.length;
  if (n - ddof <= 0) return Number.NaN;
  return (centralMoment(v, laneMean(v), 2) * n) / (n - ddof);
}

/**
 * Standard error of the mean (`scipy.stats.sem`): std(ddof) / sqrt(n), ddof 1 by default.
 *
 * @example
 * ```ts
 * sem([1, 2, 3, 4, 5]); // 0.7071067811865476
 * ```
 */
export function sem(a: ArrayInput, axis?: number | null, ddof?: number, options?: SemOptions): number | NDArray;
export function sem(a: ArrayInput, options?: SemOptions): number | NDArray;
export function sem(a: ArrayInput, ...rest: unknown[]): number | NDArray {
  const { axis = 0, ddof = 1, nanPolicy = 'propagate' } = parseSem(rest);
  return reduceLanes('sem', a, axis, nanPolicy, (v) => Math.sqrt(laneVar(v, ddof) / v.length));
}

/**
 * Options of `zscore`.
 *
 * @example
 * ```ts
 * zscore([[1, 2], [3, 4]], { axis: null }).shape; // [2, 2]
 * ```
 */
export interface ZscoreOptions {
  axis?: number | null;
  ddof?: number;
}
const parseZscore = signature<ZscoreOptions>('zscore', ['axis', 'ddof'], {
  axis: is.nullable(is.axisInt),
  ddof: is.nonNegInt,
});

/**
 * Standard scores (`scipy.stats.zscore`): (a - mean) / std along `axis` (0 by default), same shape as `a`.
 *
 * @example
 * ```ts
 * zscore([1, 2, 3]).toArray(); // [-1.224744871391589, 0, 1.224744871391589]
 * ```
 */
export function zscore(a: ArrayInput, axis?: number | null, ddof?: number, options?: ZscoreOptions): NDArray;
export function zscore(a: ArrayInput, options?: ZscoreOptions): NDArray;
export function zscore(a: ArrayInput, ...rest: unknown[]): NDArray {
  const { axis = 0, ddof = 0 } = parseZscore(rest);
  const l = lanes('zscore', a, axis);
  const out = new Float64Array(l.data.length);
  for (let i = 0; i < l.count; i++) {
    const v = l.data.subarray(i * l.length, (i + 1) * l.length);
    const m = laneMean(v);
    const sd = Math.sqrt(laneVar(v, ddof));
    for (let k = 0; k < v.length; k++) out[i * l.length + k] = ((v[k] as number) - m) / sd;
  }
  if (axis === null || l.input.length === 0) return new NDArray<'float64'>('float64', out, l.input);
  // the lanes hold the axis last: move it back to its place
  const back = moveaxis as unknown as (v: NDArray, from: number, to: number) => NDArray;
  return back(new NDArray<'float64'>('float64', out, [...l.shape, l.length]), -1, axis);
}

/**
 * Options of `iqr`.
 *
 * @example
 * ```ts
 * iqr([[1, 2], [3, 10]], { axis: 0 }).toArray(); // [1, 4]
 * ```
 */
export interface IqrOptions extends AxisNanOptions {}
const parseIqr = signature<IqrOptions>('iqr', ['axis'], AXIS_NAN);

/** The q-th quantile (0..1) of sorted values by linear interpolation (NumPy's default method). */
function quantileSorted(s: Float64Array, q: number): number {
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

/**
 * Interquartile range (`scipy.stats.iqr`): the 75th minus the 25th percentile, linear
 * interpolation, over all elements by default.
 *
 * @example
 * ```ts
 * iqr([1, 2, 3, 4, 10]); // 2
 * ```
 */
export function iqr(a: ArrayInput, axis?: number | null, options?: IqrOptions): number | NDArray;
export function iqr(a: ArrayInput, options?: IqrOptions): number | NDArray;
export function iqr(a: ArrayInput, ...rest: unknown[]): number | NDArray {
  const { axis = null, nanPolicy = 'propagate' } = parseIqr(rest);
  return reduceLanes('iqr', a, axis, nanPolicy, (v) => {
    if (v.length === 0) return Number.NaN;
    for (let k = 0; k < v.length; k++) if (Number.isNaN(v[k] as number)) return Number.NaN;
    const s = Float64Array.from(v).sort();
    return quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
  });
}

/**
 * Options of `mode`.
 *
 * @example
 * ```ts
 * mode([[1, 1], [2, 2]], { axis: 1 }).count; // NDArray float64 [2, 2]
 * ```
 */
export interface ModeOptions extends AxisNanOptions {}
const parseMode = signature<ModeOptions>('mode', ['axis'], {
  ...AXIS_NAN,
});

/**
 * The most frequent value and its count (`scipy.stats.mode`); ties go to the smallest value.
 *
 * @example
 * ```ts
 * mode([3, 1, 3, 2, 1]); // { mode: 1, count: 2 }
 * ```
 */
export function mode(
  a: ArrayInput,
  axis?: number | null,
  options?: ModeOptions,
): { mode: number | NDArray; count: number | NDArray };
export function mode(a: ArrayInput, options?: ModeOptions): { mode: number | NDArray; count: number | NDArray };
export function mode(a: ArrayInput, ...rest: unknown[]): { mode: number | NDArray; count: number | NDArray } {
  const { axis = 0, nanPolicy = 'propagate' } = parseMode(rest);
  const l = lanes('mode', a, axis);
  const modes = new Float64Array(l.count);
  const counts = new Float64Array(l.count);
  for (let i = 0; i < l.count; i++) {
    const v = laneOf('mode', l, i, nanPolicy);
    if (v.length === 0) {
      modes[i] = Number.NaN;
      counts[i] = 0;
      continue;
    }
    const s = Float64Array.from(v).sort(); // NaNs sort last
    let best = s[0] as number;
    let bestCount = 0;
    for (let k = 0; k < s.length; ) {
      let j = k;
      while (j < s.length && (s[j] === s[k] || (Number.isNaN(s[j] as number) && Number.isNaN(s[k] as number)))) j++;
      if (j - k > bestCount) {
        bestCount = j - k;
        best = s[k] as number;
      }
      k = j;
    }
    modes[i] = best;
    counts[i] = bestCount;
  }
  if (l.shape.length === 0) return { mode: modes[0] as number, count: counts[0] as number };
  return {
    mode: new NDArray<'float64'>('float64', modes, l.shape),
    count: new NDArray<'float64'>('float64', counts, l.shape),
  };
}

/**
 * Options of `describe`.
 *
 * @example
 * ```ts
 * describe([1, 2, 3, 10], { ddof: 0 }).variance; // 12.5
 * ```
 */
export interface DescribeOptions extends AxisNanOptions {
  ddof?: number;
  bias?: boolean;
}
const parseDescribe = signature<DescribeOptions>('describe', ['axis', 'ddof', 'bias'], {
  ...AXIS_NAN,
  ddof: is.nonNegInt,
  bias: is.boolean,
});

/**
 * The result of `describe`.
 *
 * @example
 * ```ts
 * describe([1, 2, 3, 10]).minmax; // [1, 10]
 * ```
 */
export interface DescribeResult {
  nobs: number;
  minmax: [number | NDArray, number | NDArray];
  mean: number | NDArray;
  variance: number | NDArray;
  skewness: number | NDArray;
  kurtosis: number | NDArray;
}

/**
 * Summary statistics (`scipy.stats.describe`): count, min and max, mean, variance (ddof 1),
 * skewness and excess kurtosis.
 *
 * @example
 * ```ts
 * describe([1, 2, 3, 10]).variance; // 16.666666666666668
 * ```
 */
export function describe(
  a: ArrayInput,
  axis?: number | null,
  ddof?: number,
  bias?: boolean,
  options?: DescribeOptions,
): DescribeResult;
export function describe(a: ArrayInput, options?: DescribeOptions): DescribeResult;
export function describe(a: ArrayInput, ...rest: unknown[]): DescribeResult {
  const { axis = 0, ddof = 1, bias = true, nanPolicy = 'propagate' } = parseDescribe(rest);
  const l = lanes('describe', a, axis);
  if (l.length === 0) throw new ValueError('describe: the input must not be empty');
  const r = (k: (v: Float64Array) => number) => reduceLanes('describe', a, axis, nanPolicy, k);
  return {
    nobs: l.length,
    minmax: [
      r((v) => v.reduce((p, y) => (y < p || Number.isNaN(y) ? y : p), Number.POSITIVE_INFINITY)),
      r((v) => v.reduce((p, y) => (y > p || Number.isNaN(y) ? y : p), Number.NEGATIVE_INFINITY)),
    ],
    mean: r(laneMean),
    variance: r((v) => laneVar(v, ddof)),
    skewness: r((v) => skewLane(v, bias)),
    kurtosis: r((v) => kurtosisLane(v, true, bias)),
  };
}

/**
 * Options of `moment`.
 *
 * @example
 * ```ts
 * moment([1, 2, 3, 4, 5], { order: 2, center: 0 }); // 11
 * ```
 */
export interface MomentOptions extends AxisNanOptions {
  order?: number;
  center?: number | null;
}
const parseMoment = signature<MomentOptions>('moment', ['order', 'axis'], {
  ...AXIS_NAN,
  order: is.nonNegInt,
  center: is.nullable(is.number),
});

/**
 * The sample moment of order `order` about `center` (the mean by default) along `axis`
 * (`scipy.stats.moment`): (1/n) Σ (x − c)^order.
 *
 * @example
 * ```ts
 * moment([1, 2, 3, 4, 5], 2); // 2
 * moment([[1, 2], [3, 5]], { order: 3, axis: 1 }).toArray(); // [0, 0]
 * ```
 */
export function moment(a: ArrayInput, order?: number, axis?: number | null, options?: MomentOptions): number | NDArray;
export function moment(a: ArrayInput, options?: MomentOptions): number | NDArray;
export function moment(a: ArrayInput, ...rest: unknown[]): number | NDArray {
  const { order = 1, axis = 0, nanPolicy = 'propagate', center = null } = parseMoment(rest);
  return reduceLanes('moment', a, axis, nanPolicy, (v) => {
    const n = v.length;
    if (n === 0) return Number.NaN;
    if (order === 0) return 1;
    if (order === 1 && center === null) return 0;
    const c = center === null ? laneMean(v) : center;
    let s = 0;
    for (let k = 0; k < n; k++) s += ((v[k] as number) - c) ** order;
    return s / n;
  });
}
