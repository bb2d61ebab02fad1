/**
 * median, percentile, quantile and their nan variants: each output slice is copied into a scratch
 * lane and only the order statistics it needs are selected (introselect), never fully sorted.
 */
import type { DType } from '@stride/protocol';
import { DTypeError, IndexError, ValueError } from '../errors.js';
import { type Complex, type NDArray, type Scalar, readScalar } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { forEach1, stepIndex } from '../core/iter.js';
import { kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import { type AxisOptions, type Reduction, meanDType, prepareArray, wantsScalar, writeOut } from './common.js';
import { keptStrides, planLanes, walkLanes } from './plan.js';
import { parseMedian, parseQuantile } from './args.js';
import type { RealInput } from '../core/args.js';

/** NumPy's quantile methods (H&F 1996 numbering in NumPy's docs); `'linear'` is the default. */
export type QuantileMethod =
  | 'inverted_cdf'
  | 'averaged_inverted_cdf'
  | 'closest_observation'
  | 'interpolated_inverted_cdf'
  | 'hazen'
  | 'weibull'
  | 'linear'
  | 'median_unbiased'
  | 'normal_unbiased'
  | 'lower'
  | 'higher'
  | 'midpoint'
  | 'nearest';

const METHODS: readonly QuantileMethod[] = [
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'linear',
  'median_unbiased',
  'normal_unbiased',
  'lower',
  'higher',
  'midpoint',
  'nearest',
];

/** Methods that pick an element instead of interpolating (the result keeps the input dtype). */
const DISCRETE = new Set<QuantileMethod>(['inverted_cdf', 'closest_observation', 'lower', 'higher', 'nearest']);

/** (alpha, beta) of the H&F continuous methods that share NumPy's virtual-index formula. */
const ALPHA_BETA: Partial<Record<QuantileMethod, readonly [number, number]>> = {
  interpolated_inverted_cdf: [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  median_unbiased: [1 / 3.0, 1 / 3.0],
  normal_unbiased: [3 / 8.0, 3 / 8.0],
};

/** Options of `percentile` / `quantile` and their nan variants. */
export interface QuantileOptions extends AxisOptions {
  /** How to pick or interpolate between order statistics (default `'linear'`). */
  method?: QuantileMethod;
}

/** Options of `median` / `nanmedian`. */
export type MedianOptions = AxisOptions;

/** Options under which median/percentile/quantile (with a number q) return a JS scalar. */
export interface QuantileScalar {
  axis?: null | undefined;
  keepdims?: false | undefined;
  out?: undefined;
}

/** Options under which they return an NDArray. */
export type QuantileArray = { axis: number | readonly number[] } | { keepdims: true } | { out: NDArray };

/** Where one quantile of a sorted lane of m values lies: lo/hi indices and the weight t of hi. */
interface Pick {
  lo: number;
  hi: number;
  t: number;
}

const floorMod2 = (v: number) => ((v % 2) + 2) % 2;

/** Rounds half to even, like np.around. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Index arithmetic of NumPy's methods, done in the same float64 operations and order. */
function pick(method: QuantileMethod, m: number, q: number, qInt: boolean): Pick {
  const single = (i: number): Pick => ({ lo: i, hi: i, t: 0 });
  switch (method) {
    case 'lower':
      return single(Math.floor((m - 1) * q));
    case 'higher':
      return single(Math.ceil((m - 1) * q));
    case 'nearest':
      return single(roundHalfEven((m - 1) * q));
    case 'inverted_cdf': {
      const idx = m * q - 1;
      const prev = Math.floor(idx);
      const res = idx - prev === 0 ? prev : prev + 1;
      return single(Math.max(0, res));
    }
    case 'closest_observation': {
      const idx = m * q - 1 - 0.5;
      const prev = Math.floor(idx);
      const res = idx - prev === 0 && floorMod2(prev) === 1 ? prev : prev + 1;
      return single(Math.max(0, res));
    }
    default:
      break;
  }
  if (method === 'linear' && qInt) return single((m - 1) * q);
  let v: number;
  if (method === 'linear') v = (m - 1) * q;
  else if (method === 'midpoint') v = 0.5 * (Math.floor((m - 1) * q) + Math.ceil((m - 1) * q));
  else if (method === 'averaged_inverted_cdf') v = m * q - 1;
  else {
    const [alpha, beta] = ALPHA_BETA[method] as readonly [number, number];
    v = m * q + (alpha + q * (1 - alpha - beta)) - 1;
  }
  // NumPy's _get_indexes: above the last index both neighbours are the last element (index -1),
  // below 0 both are the first; gamma is measured from that adjusted previous index.
  let prev = Math.floor(v);
  let next = prev + 1;
  if (v >= m - 1) {
    prev = -1;
    next = -1;
  } else if (v < 0) {
    prev = 0;
    next = 0;
  }
  let t = v - prev;
  if (method === 'midpoint') t = v % 1 === 0 ? 0 : 0.5;
  else if (method === 'averaged_inverted_cdf') t = t === 0 ? 0.5 : 1;
  return { lo: prev < 0 ? m - 1 : prev, hi: next < 0 ? m - 1 : next, t };
}

/** b - a in an integer dtype (wrapping, as NumPy's subtract of two elements does), as a number. */
function intDiff(dtype: DType, a: number | bigint, b: number | bigint): number {
  switch (dtype) {
    case 'int8':
      return (((b as number) - (a as number)) << 24) >> 24;
    case 'uint8':
      return ((b as number) - (a as number)) & 0xff;
    case 'int16':
      return (((b as number) - (a as number)) << 16) >> 16;
    case 'uint16':
      return ((b as number) - (a as number)) & 0xffff;
    case 'int32':
      return ((b as number) - (a as number)) | 0;
    case 'uint32':
      return ((b as number) - (a as number)) >>> 0;
    case 'int64':
      return Number(BigInt.asIntN(64, (b as bigint) - (a as bigint)));
    default:
      return Number(BigInt.asUintN(64, (b as bigint) - (a as bigint)));
  }
}

type Lerp = (a: number | bigint, b: number | bigint, t: number) => number;

/** NumPy's _lerp in the precision its operands promote to. */
function lerpFor(dtype: DType, weak: boolean): Lerp {
  const fr = Math.fround;
  if (dtype === 'float32' && weak) {
    return (a, b, t) => {
      const x = a as number;
      const y = b as number;
      const diff = fr(y - x);
      let v = fr(x + fr(diff * fr(t)));
      if (t >= 0.5) v = fr(y - fr(diff * fr(1 - t)));
      return v;
    };
  }
  if (dtype === 'float32' || dtype === 'float64') {
    const f32 = dtype === 'float32';
    return (a, b, t) => {
      const x = a as number;
      const y = b as number;
      const diff = f32 ? fr(y - x) : y - x;
      let v = x + diff * t;
      if (t >= 0.5) v = y - diff * (1 - t);
      return v;
    };
  }
  return (a, b, t) => {
    const diff = intDiff(dtype, a, b);
    let v = Number(a) + diff * t;
    if (t >= 0.5) v = Number(b) - diff * (1 - t);
    return v;
  };
}

/** A lane buffer for one output slice: float64 for number-stored dtypes, bigint for 64-bit ints. */
type LaneBuf = Float64Array | BigInt64Array | BigUint64Array;

/**
 * Visits every output slice of a reduction: copies its elements into `buf` (dropping NaN when
 * `dropNan`), then calls `fn(count, outIndex, sawNan)`.
 */
function eachSlice(
  r: Reduction,
  buf: LaneBuf,
  dropNan: boolean,
  fn: (m: number, o: number, sawNan: boolean) => void,
): void {
  const x = r.x;
  const outerShape: number[] = [];
  const outerStrides: number[] = [];
  const innerShape: number[] = [];
  const innerStrides: number[] = [];
  for (let ax = 0; ax < x.ndim; ax++) {
    if (r.reduced[ax]) {
      innerShape.push(x.shape[ax] as number);
      innerStrides.push(x.strides[ax] as number);
    } else {
      outerShape.push(x.shape[ax] as number);
      outerStrides.push(x.strides[ax] as number);
    }
  }
  for (const d of outerShape) if (d === 0) return;
  const outC = new Array<number>(outerShape.length).fill(0);
  for (let i = outerShape.length - 1, s = 1; i >= 0; i--) {
    outC[i] = s;
    s *= outerShape[i] as number;
  }
  const plan = planLanes(outerShape, outerStrides, outC);
  const d = x.data;
  const float = kindOf(x.dtype) === 'f';
  const f = buf as Float64Array;
  let m = 0;
  let sawNan = false;
  const copy = (n: number, j: number, s: number) => {
    if (s === 1 && !float && buf instanceof Float64Array) {
      f.set((d as Int32Array).subarray(j, j + n), m);
      m += n;
      return;
    }
    if (!float) {
      for (let k = 0; k < n; k++, j += s) (buf as Float64Array)[m++] = d[j] as number;
      return;
    }
    for (let k = 0; k < n; k++, j += s) {
      const v = d[j] as number;
      if (Number.isNaN(v)) {
        sawNan = true;
        if (dropNan) continue;
      }
      f[m++] = v;
    }
  };
  walkLanes(plan, x.offset, 0, (i, o) => {
    for (let k = 0; k < plan.n; k++) {
      m = 0;
      sawNan = false;
      forEach1(innerShape, innerStrides, i + k * plan.sIn, copy);
      fn(m, o + k * plan.sOut, sawNan);
    }
  });
}

/** A scratch lane big enough for one slice of `r`. */
function laneBuffer(r: Reduction): LaneBuf {
  if (r.x.dtype === 'int64') return new BigInt64Array(r.count);
  if (r.x.dtype === 'uint64') return new BigUint64Array(r.count);
  return new Float64Array(r.count);
}

/** Places the k-th order statistic of buf[lo..hi] at index k (values <= before, >= after). */
function select1(buf: LaneBuf, lo: number, hi: number, k: number): void {
  if (buf instanceof Float64Array) K.select_F64(buf, lo, hi, k);
  else if (buf instanceof BigInt64Array) K.select_I64(buf, lo, hi, k);
  else K.select_U64(buf, lo, hi, k);
}

/**
 * Selects the requested order statistics of buf[0..m) in place: the middle requested index first,
 * then each half of the requests within its side, so many quantiles cost O(m log k), not O(m k).
 */
function selectAll(buf: LaneBuf, m: number, ks: number[]): void {
  ks.sort((p, q) => p - q);
  const uniq = ks.filter((k, i) => i === 0 || k !== ks[i - 1]);
  const rec = (lo: number, hi: number, a: number, b: number): void => {
    if (a > b || lo >= hi) return;
    const c = (a + b) >> 1;
    const k = uniq[c] as number;
    select1(buf, lo, hi, k);
    rec(lo, k - 1, a, c - 1);
    rec(k + 1, hi, c + 1, b);
  };
  rec(0, m - 1, 0, uniq.length - 1);
}

/** Reads q (number or array) as float64 values, its shape, and whether it is integer-typed. */
function readQ(q: number | ArrayInput, op: string): { values: Float64Array; shape: number[]; int: boolean } {
  if (typeof q === 'number') return { values: Float64Array.of(q), shape: [], int: Number.isInteger(q) };
  const qa = asarray(q);
  const k = kindOf(qa.dtype);
  if (k === 'c') throw new DTypeError(`${op}: q must be real, got ${qa.dtype}`);
  const values = new Float64Array(qa.size);
  let idx = 0;
  forEach1(qa.shape, qa.strides, qa.offset, (n, i, s) => {
    for (let j = 0; j < n; j++, i += s) values[idx++] = Number(qa.data[i] as number | bigint);
  });
  return { values, shape: [...qa.shape], int: k === 'i' || k === 'u' || k === 'b' };
}

function quantileImpl(
  op: string,
  a: ArrayInput,
  q: number | ArrayInput,
  percent: boolean,
  nan: boolean,
  options: QuantileOptions,
): NDArray | Scalar {
  const x = asarray(a);
  if (kindOf(x.dtype) === 'c') throw new DTypeError(`${op}: a must be an array of real numbers, got ${x.dtype}`);
  const method = options.method ?? 'linear';
  if (!METHODS.includes(method)) {
    throw new ValueError(`${op}: ${JSON.stringify(method)} is not a valid method. Use one of: ${METHODS.join(', ')}`);
  }
  const { values, shape: qShape, int } = readQ(q, op);
  if (qShape.length > 2) throw new ValueError(`${op}: q must be a scalar or 1d`);
  let qInt = int;
  if (percent) {
    for (let k = 0; k < values.length; k++) values[k] = values[k]! / 100;
    qInt = false;
  }
  for (const v of values) {
    if (!(v >= 0 && v <= 1)) {
      throw new ValueError(
        percent ? `${op}: Percentiles must be in the range [0, 100]` : `${op}: Quantiles must be in the range [0, 1]`,
      );
    }
  }
  const r = prepareArray(op, x, options.axis);
  const weak = typeof q === 'number';
  const discrete = DISCRETE.has(method) || (method === 'linear' && qInt);
  if (!discrete && x.dtype === 'bool') {
    throw new DTypeError(`${op}: numpy boolean subtract is not supported; ${method} interpolation needs it`);
  }
  const float = kindOf(x.dtype) === 'f';
  const rd: DType = discrete ? x.dtype : x.dtype === 'float32' && weak ? 'float32' : 'float64';
  const sliceShape = options.keepdims === true ? r.keptShape : r.outShape;
  const outSize = r.outShape.reduce((p, d) => p * d, 1);
  const res = emptyArray(rd, [...qShape, ...sliceShape]);
  const y = res.data as Float64Array;
  const lerp = lerpFor(x.dtype, weak);
  const buf = laneBuffer(r);
  const nq = values.length;
  const picks: Pick[] = new Array<Pick>(nq);
  eachSlice(r, buf, nan && float, (m, o, sawNan) => {
    if ((sawNan && !nan) || (m === 0 && nan && float)) {
      for (let t = 0; t < nq; t++) y[t * outSize + o] = Number.NaN;
      return;
    }
    if (m === 0) throw new IndexError(`${op}: cannot take a quantile of an empty slice`);
    const ks: number[] = [];
    for (let t = 0; t < nq; t++) {
      const p = pick(method, m, values[t]!, qInt);
      picks[t] = p;
      ks.push(p.lo);
      if (p.hi !== p.lo) ks.push(p.hi);
    }
    selectAll(buf, m, ks);
    for (let t = 0; t < nq; t++) {
      const p = picks[t]!;
      if (discrete) (y as unknown as (number | bigint)[])[t * outSize + o] = buf[p.lo]!;
      else y[t * outSize + o] = lerp(buf[p.lo]!, buf[p.hi]!, p.t);
    }
  });
  if (options.out !== undefined) {
    writeOut(op, options.out, res);
    return options.out;
  }
  if (weak && wantsScalar(options)) return readScalar(res.dtype, res.data, 0);
  return res;
}

/** Median of one lane: NumPy's mean of the middle one or two order statistics. */
function medianImpl(op: string, a: ArrayInput, nan: boolean, options: MedianOptions): NDArray | Scalar {
  const x = asarray(a);
  const r = prepareArray(op, x, options.axis);
  const rd = meanDType(x.dtype);
  const res = emptyArray(rd, options.keepdims === true ? r.keptShape : r.outShape);
  if (kindOf(x.dtype) === 'c') {
    complexMedian(r, res, nan);
  } else {
    const y = res.data as Float64Array;
    const f32 = rd === 'float32';
    const fr = f32 ? Math.fround : (v: number) => v;
    const float = kindOf(x.dtype) === 'f';
    const buf = laneBuffer(r);
    eachSlice(r, buf, nan && float, (m, o, sawNan) => {
      if (m === 0 || (sawNan && !nan)) {
        y[o] = Number.NaN;
        return;
      }
      if (m % 2 === 1) {
        const k = (m - 1) / 2;
        selectAll(buf, m, [k]);
        y[o] = fr(0 + Number(buf[k]!)) / 1;
      } else {
        const k = m / 2;
        selectAll(buf, m, [k - 1, k]);
        const s = fr(fr(-0 + Number(buf[k - 1]!)) + Number(buf[k]!));
        y[o] = fr(0 + s) / 2;
      }
    });
  }
  if (options.out !== undefined) {
    writeOut(op, options.out, res);
    return options.out;
  }
  if (wantsScalar(options)) return readScalar(res.dtype, res.data, 0);
  return res;
}

/** Complex median: lexicographic order statistics (NaN last), then the complex mean of the middle. */
function complexMedian(r: Reduction, res: NDArray, nan: boolean): void {
  const x = r.x;
  const y = res.data as Float64Array;
  const f32 = res.dtype === 'complex64';
  const fr = f32 ? Math.fround : (v: number) => v;
  const outer = prepareOuter(r);
  let o = 0;
  for (const lane of outer) {
    let vals = lane.map((k) => ({ re: x.data[2 * k] as number, im: x.data[2 * k + 1] as number }));
    const isNan = (c: Complex) => Number.isNaN(c.re) || Number.isNaN(c.im);
    const hasNan = vals.some(isNan);
    if (nan) vals = vals.filter((c) => !isNan(c));
    const m = vals.length;
    if (m === 0 || (hasNan && !nan)) {
      y[2 * o] = Number.NaN;
      y[2 * o + 1] = Number.NaN;
      o++;
      continue;
    }
    vals.sort((p, q) => (p.re < q.re ? -1 : p.re > q.re ? 1 : p.im < q.im ? -1 : p.im > q.im ? 1 : 0));
    const mid = m % 2 === 1 ? [vals[(m - 1) / 2] as Complex] : [vals[m / 2 - 1] as Complex, vals[m / 2] as Complex];
    let sr = -0;
    let si = -0;
    for (const c of mid) {
      sr = fr(sr + c.re);
      si = fr(si + c.im);
    }
    sr = fr(0 + sr);
    si = fr(0 + si);
    const scl = 1 / mid.length;
    y[2 * o] = (sr + si * 0) * scl;
    y[2 * o + 1] = (si - sr * 0) * scl;
    o++;
  }
}

/** Storage indices of each output slice's elements, slices in C order of the result. */
function prepareOuter(r: Reduction): number[][] {
  const x = r.x;
  const lanes: number[][] = [];
  const idx = new Array<number>(x.ndim).fill(0);
  const total = r.outShape.reduce((p, d) => p * d, 1);
  for (let o = 0; o < total; o++) lanes.push([]);
  if (x.size === 0) return lanes;
  const at = [x.offset, 0];
  const steps = [x.strides, keptStrides(r.keptShape, r.reduced)];
  do (lanes[at[1] as number] as number[]).push(at[0] as number);
  while (stepIndex(idx, x.shape, steps, at));
  return lanes;
}

/**
 * Median over the given axes: the mean of the middle order statistic(s), found by selection (not
 * a full sort). Integer input gives float64, float32 stays float32. A slice containing NaN gives
 * NaN; an empty slice gives NaN.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`
 * @returns a JS number (or `{ re, im }`) when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * median([3, 1, 4, 1, 5]);                 // 3
 * median([[1, 2], [3, 5]], { axis: 1 });   // NDArray [1.5, 4]
 * ```
 */
export function median(a: RealInput, options?: MedianOptions & QuantileScalar): number;
export function median(a: ArrayInput, options?: MedianOptions & QuantileScalar): number | Complex;
export function median(a: ArrayInput, options: MedianOptions & QuantileArray): NDArray;
export function median(a: ArrayInput, options?: MedianOptions): NDArray | number | Complex;
export function median(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  keepdims?: boolean,
  options?: MedianOptions,
): NDArray;
export function median(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  keepdims?: boolean,
  options?: MedianOptions,
): NDArray | number | Complex;
export function median(a: ArrayInput, ...rest: unknown[]): NDArray | number | Complex {
  const options: MedianOptions = parseMedian(rest, 'median');
  return medianImpl('median', a, false, options) as NDArray | number | Complex;
}

/**
 * Median ignoring NaN (NumPy's `nanmedian`); an all-NaN slice gives NaN.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`
 * @returns a JS number when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanmedian([3, NaN, 1, 4]); // 3
 * ```
 */
export function nanmedian(a: RealInput, options?: MedianOptions & QuantileScalar): number;
export function nanmedian(a: ArrayInput, options?: MedianOptions & QuantileScalar): number | Complex;
export function nanmedian(a: ArrayInput, options: MedianOptions & QuantileArray): NDArray;
export function nanmedian(a: ArrayInput, options?: MedianOptions): NDArray | number | Complex;
export function nanmedian(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  keepdims?: boolean,
  options?: MedianOptions,
): NDArray;
export function nanmedian(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  keepdims?: boolean,
  options?: MedianOptions,
): NDArray | number | Complex;
export function nanmedian(a: ArrayInput, ...rest: unknown[]): NDArray | number | Complex {
  const options: MedianOptions = parseMedian(rest, 'nanmedian');
  return medianImpl('nanmedian', a, true, options) as NDArray | number | Complex;
}

/**
 * The q-th quantile(s), q in [0, 1], over the given axes, with any of NumPy's 13 methods
 * (`'linear'` default; `'lower'`, `'higher'`, `'nearest'`, `'midpoint'`, `'inverted_cdf'`,
 * `'averaged_inverted_cdf'`, `'closest_observation'`, `'interpolated_inverted_cdf'`, `'hazen'`,
 * `'weibull'`, `'median_unbiased'`, `'normal_unbiased'`). An array q prepends its shape to the
 * result. Interpolating methods give float64 (float32 for float32 input and a number q, as NumPy
 * 2); picking methods keep the input dtype. A slice containing NaN gives NaN.
 *
 * @param a - input array (real)
 * @param q - a number or an array of numbers in [0, 1]
 * @param options - `axis`, `keepdims`, `method`, `out`
 * @returns a JS scalar for a number q reduced over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} when q is outside [0, 1] or the method is unknown
 * @throws {DTypeError} for complex input, or bool input with an interpolating method
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.5);                          // 2.5
 * quantile([1, 2, 3, 4], 0.5, { method: 'lower' });     // 2
 * quantile([1, 2, 3, 4], [0.25, 0.75]).toArray();       // [1.75, 3.25]
 * ```
 */
export function quantile(a: ArrayInput, q: number, options?: QuantileOptions & QuantileScalar): Scalar;
export function quantile(a: ArrayInput, q: number, options: QuantileOptions & QuantileArray): NDArray;
export function quantile(a: ArrayInput, q: Exclude<ArrayInput, number>, options?: QuantileOptions): NDArray;
export function quantile(a: ArrayInput, q: number | ArrayInput, options?: QuantileOptions): NDArray | Scalar;
export function quantile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray;
export function quantile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray | Scalar;
export function quantile(a: ArrayInput, q: number | ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: QuantileOptions = parseQuantile(rest, 'quantile');
  return quantileImpl('quantile', a, q, false, false, options);
}

/**
 * The q-th percentile(s), q in [0, 100]: `quantile(a, q / 100)` with NumPy's arithmetic.
 *
 * @param a - input array (real)
 * @param q - a number or an array of numbers in [0, 100]
 * @param options - `axis`, `keepdims`, `method`, `out`
 * @returns a JS scalar for a number q reduced over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} when q is outside [0, 100] or the method is unknown
 * @throws {DTypeError} for complex input, or bool input with an interpolating method
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4], 50);                   // 2.5
 * percentile([[1, 2], [3, 4]], [0, 100], { axis: 1 }).toArray(); // [[1, 3], [2, 4]]
 * ```
 */
export function percentile(a: ArrayInput, q: number, options?: QuantileOptions & QuantileScalar): Scalar;
export function percentile(a: ArrayInput, q: number, options: QuantileOptions & QuantileArray): NDArray;
export function percentile(a: ArrayInput, q: Exclude<ArrayInput, number>, options?: QuantileOptions): NDArray;
export function percentile(a: ArrayInput, q: number | ArrayInput, options?: QuantileOptions): NDArray | Scalar;
export function percentile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray;
export function percentile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray | Scalar;
export function percentile(a: ArrayInput, q: number | ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: QuantileOptions = parseQuantile(rest, 'percentile');
  return quantileImpl('percentile', a, q, true, false, options);
}

/**
 * Quantiles ignoring NaN (NumPy's `nanquantile`); an all-NaN slice gives NaN.
 *
 * @param a - input array (real)
 * @param q - a number or an array of numbers in [0, 1]
 * @param options - `axis`, `keepdims`, `method`, `out`
 * @returns a JS scalar for a number q reduced over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} when q is outside [0, 1]
 *
 * @example
 * ```ts
 * nanquantile([1, NaN, 3], 0.5); // 2
 * ```
 */
export function nanquantile(a: ArrayInput, q: number, options?: QuantileOptions & QuantileScalar): Scalar;
export function nanquantile(a: ArrayInput, q: number, options: QuantileOptions & QuantileArray): NDArray;
export function nanquantile(a: ArrayInput, q: Exclude<ArrayInput, number>, options?: QuantileOptions): NDArray;
export function nanquantile(a: ArrayInput, q: number | ArrayInput, options?: QuantileOptions): NDArray | Scalar;
export function nanquantile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray;
export function nanquantile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray | Scalar;
export function nanquantile(a: ArrayInput, q: number | ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: QuantileOptions = parseQuantile(rest, 'nanquantile');
  return quantileImpl('nanquantile', a, q, false, true, options);
}

/**
 * Percentiles ignoring NaN (NumPy's `nanpercentile`); an all-NaN slice gives NaN.
 *
 * @param a - input array (real)
 * @param q - a number or an array of numbers in [0, 100]
 * @param options - `axis`, `keepdims`, `method`, `out`
 * @returns a JS scalar for a number q reduced over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} when q is outside [0, 100]
 *
 * @example
 * ```ts
 * nanpercentile([1, NaN, 3, 5], 50); // 3
 * ```
 */
export function nanpercentile(a: ArrayInput, q: number, options?: QuantileOptions & QuantileScalar): Scalar;
export function nanpercentile(a: ArrayInput, q: number, options: QuantileOptions & QuantileArray): NDArray;
export function nanpercentile(a: ArrayInput, q: Exclude<ArrayInput, number>, options?: QuantileOptions): NDArray;
export function nanpercentile(a: ArrayInput, q: number | ArrayInput, options?: QuantileOptions): NDArray | Scalar;
export function nanpercentile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray;
export function nanpercentile(
  a: ArrayInput,
  q: number | ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  overwriteInput?: boolean,
  method?: QuantileMethod,
  keepdims?: boolean,
  options?: QuantileOptions,
): NDArray | Scalar;
export function nanpercentile(a: ArrayInput, q: number | ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: QuantileOptions = parseQuantile(rest, 'nanpercentile');
  return quantileImpl('nanpercentile', a, q, true, true, options);
}
