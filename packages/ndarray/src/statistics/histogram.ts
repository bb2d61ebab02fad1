/** `histogram` and `histogramBinEdges` with NumPy's bin rules: half-open bins, the last one closed. */
import type { DType } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isBigInt, isComplex, isInteger } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { flatValues } from '../sorting/compare.js';
import { type BinEstimator, ESTIMATORS, binWidth } from './binwidth.js';
import { fmtShape } from '../sorting/options.js';
import { type Round, cdiv, pairwiseSum, roundFor } from '../series/numeric.js';

/** Bins: a count of equal-width bins, an estimator name, or the monotonically increasing edges. */
export type Bins = number | BinEstimator | ArrayInput;

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** `[min, max]` of the equal-width bins (default: the data's range). Ignored with explicit edges. */
  range?: readonly [number, number];
  /** Return a probability density (integrates to 1 over the range) instead of counts. */
  density?: boolean;
  /** One weight per element of `a`; each element adds its weight instead of 1. */
  weights?: ArrayInput;
}

/** Integer data (bool counts, as NumPy converts it to uint8). */
function isIntData(x: NDArray): boolean {
  return x.dtype === 'bool' || isInteger(x.dtype);
}

/** The data as float64 values (NumPy converts bool to uint8; complex data is refused). */
function dataOf(a: ArrayInput, op: string): { x: NDArray; v: Float64Array; f32: boolean } {
  const x = asarray(a);
  if (isComplex(x.dtype)) throw new DTypeError(`${op}: complex input is not supported`);
  // Contiguous float64 data is read in place (nothing below writes to `v`).
  if (x.dtype === 'float64' && x.flags.cContiguous) {
    return { x, v: (x.data as Float64Array).subarray(x.offset, x.offset + x.size), f32: false };
  }
  const f = flatValues(x);
  const v = f.kind === 'big' ? Float64Array.from(f.v, Number) : (f as { v: Float64Array }).v;
  return { x, v, f32: x.dtype === 'float32' };
}

interface Uniform {
  first: number;
  last: number;
  n: number;
  edges: Float64Array;
  /** Edge dtype: float32 for float32 data, float64 otherwise. */
  f32: boolean;
}

/** NumPy's `linspace(first, last, num)` evaluated in float32 or float64, rounded to the edge dtype. */
function linspaceEdges(first: number, last: number, num: number, compute32: boolean, out32: boolean): Float64Array {
  const r = roundFor(compute32);
  const div = num - 1;
  const delta = r(last - first);
  const step = r(delta / div);
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) y[i] = step === 0 ? r(r(r(i / div) * delta) + first) : r(r(i * step) + first);
  if (num > 1) y[num - 1] = last;
  if (out32) for (let i = 0; i < num; i++) y[i] = Math.fround(y[i] as number);
  return y;
}

function fmtNum(x: number): string {
  return Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : String(x);
}

/** What decides the number of equal-width bins: a count, or an estimator applied to the data. */
interface BinRequest {
  bins: number | BinEstimator;
  /** Integer data (an estimated width below 1 is raised to 1). */
  intData: boolean;
  /** Estimators refuse weighted data. */
  weighted: boolean;
}

/**
 * The outer edges: the given range, or the data's min and max (0, 1 when empty), widened by 0.5
 * each way when equal. Data-derived limits carry the data's dtype (float32 arithmetic for float32
 * data); a given range is a pair of Python-like floats.
 */
function outerEdges(
  v: Float64Array,
  f32: boolean,
  range: readonly [number, number] | undefined,
  op: string,
): { first: number; last: number; strong32: boolean } {
  let first: number;
  let last: number;
  let strong32 = false;
  if (range !== undefined) {
    [first, last] = range;
    if (first > last) {
      throw new ValueError(
        `${op}: max must be larger than min in range parameter, got [${fmtNum(first)}, ${fmtNum(last)}]`,
      );
    }
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new ValueError(`${op}: supplied range of [${fmtNum(first)}, ${fmtNum(last)}] is not finite`);
    }
  } else if (v.length === 0) {
    first = 0;
    last = 1;
  } else {
    first = Infinity;
    last = -Infinity;
    let nan = false;
    for (const x of v) {
      if (Number.isNaN(x)) nan = true;
      if (x < first) first = x;
      if (x > last) last = x;
    }
    if (nan) first = last = NaN;
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new ValueError(`${op}: autodetected range of [${fmtNum(first)}, ${fmtNum(last)}] is not finite`);
    }
    strong32 = f32;
  }
  if (first === last) {
    const r = roundFor(strong32);
    first = r(first - 0.5);
    last = r(last + 0.5);
  }
  return { first, last, strong32 };
}

/** The number of bins an estimator picks (at least 1), as NumPy: data outside `range` is ignored. */
function estimatedBins(
  v: Float64Array,
  name: BinEstimator,
  first: number,
  last: number,
  req: BinRequest,
  ranged: boolean,
  op: string,
): number {
  if (!ESTIMATORS.includes(name)) {
    throw new ValueError(
      `${op}: ${JSON.stringify(name)} is not a valid estimator for bins, expected one of ${ESTIMATORS.join(', ')}`,
    );
  }
  if (req.weighted)
    throw new DTypeError(`${op}: automated estimation of the number of bins is not supported for weighted data`);
  const x = ranged ? v.filter((t) => t >= first && t <= last) : v;
  if (x.length === 0) return 1;
  let width = binWidth(name, x, first, last);
  if (!width) return 1;
  if (req.intData && width < 1) width = 1;
  return Math.ceil((last - first) / width);
}

/** The equal-width bin layout over `range` or the data's extent. */
function uniformEdges(
  v: Float64Array,
  f32: boolean,
  req: BinRequest,
  range: readonly [number, number] | undefined,
  op: string,
): Uniform {
  const { first, last, strong32 } = outerEdges(v, f32, range, op);
  let bins: number;
  if (typeof req.bins === 'string') bins = estimatedBins(v, req.bins, first, last, req, range !== undefined, op);
  else {
    bins = req.bins;
    if (!Number.isInteger(bins))
      throw new DTypeError(`${op}: bins must be an integer, an estimator name or an array of edges, got ${bins}`);
    if (bins < 1) throw new ValueError(`${op}: bins must be positive, got ${bins}`);
  }
  const edges = linspaceEdges(first, last, bins + 1, strong32, f32);
  for (let i = 0; i < bins; i++) {
    if ((edges[i] as number) >= (edges[i + 1] as number)) {
      throw new ValueError(`${op}: too many bins for data range, cannot create ${bins} finite-sized bins`);
    }
  }
  return { first, last, n: bins, edges, f32 };
}

/** Explicit edges: 1-D and non-decreasing. */
function explicitEdges(bins: ArrayInput, op: string): { arr: NDArray; edges: Float64Array } {
  const arr = asarray(bins);
  if (arr.ndim !== 1) throw new ValueError(`${op}: bins must be 1-D when an array, got shape ${fmtShape(arr.shape)}`);
  if (isComplex(arr.dtype)) throw new DTypeError(`${op}: complex bin edges are not supported`);
  const f = flatValues(arr);
  const edges = f.kind === 'big' ? Float64Array.from(f.v, Number) : (f as { v: Float64Array }).v;
  if (edges.length === 0) throw new ValueError(`${op}: bins must have at least one edge`);
  for (let i = 0; i + 1 < edges.length; i++) {
    if ((edges[i] as number) > (edges[i + 1] as number))
      throw new ValueError(`${op}: bins must increase monotonically when an array`);
  }
  return { arr, edges };
}

function isUniform(bins: Bins): bins is number | BinEstimator {
  return typeof bins === 'number' || typeof bins === 'string';
}

/**
 * The bin edges `histogram` would use: `bins + 1` equal-width edges over `range` (default: the
 * data's min and max, widened by 0.5 each way when they are equal), or the given edges.
 *
 * @param a - Input data (flattened).
 * @param bins - Number of bins (default 10), an estimator (`'auto'`, `'fd'`, `'doane'`, `'scott'`,
 *   `'stone'`, `'rice'`, `'sturges'`, `'sqrt'`), or the edges.
 * @param options - `range` (and `weights`, which estimators refuse).
 * @returns The edges: float32 for float32 data, float64 otherwise (given edges are returned as is).
 * @throws {ValueError} for a non-positive bin count, a reversed or non-finite range, or non-monotonic edges.
 *
 * @example
 * ```ts
 * histogramBinEdges([1, 2, 3], 4, { range: [0, 1] }).toArray(); // [0, 0.25, 0.5, 0.75, 1]
 * ```
 */
export function histogramBinEdges(
  a: ArrayInput,
  bins: Bins = 10,
  options: Pick<HistogramOptions, 'range' | 'weights'> = {},
): NDArray {
  const { x, v, f32 } = dataOf(a, 'histogramBinEdges');
  if (!isUniform(bins)) return explicitEdges(bins, 'histogramBinEdges').arr;
  const req = { bins, intData: isIntData(x), weighted: options.weights !== undefined };
  const u = uniformEdges(v, f32, req, options.range, 'histogramBinEdges');
  return edgesArray(u);
}

function edgesArray(u: Uniform): NDArray {
  const out = emptyArray(u.f32 ? 'float32' : 'float64', [u.edges.length]);
  (out.data as Float64Array).set(u.edges);
  return out;
}

/**
 * Bin index of every value for equal-width bins (-1 outside `[lo, hi]`, the range in the data's
 * dtype). The division gives a first guess that can be an ulp off next to an edge; the edges
 * themselves (in the edge dtype) decide, so values on an edge land where NumPy puts them.
 */
function uniformBins(v: Float64Array, u: Uniform, lo: number, hi: number, out: Int32Array): void {
  const e = u.edges;
  const n = u.n;
  const first = u.first;
  const scale = n / (u.last - u.first);
  const f32 = u.f32;
  for (let k = 0; k < v.length; k++) {
    const x = v[k] as number;
    if (!(x >= lo && x <= hi)) {
      out[k] = -1;
      continue;
    }
    const xb = f32 ? Math.fround(x) : x;
    let i = Math.floor((xb - first) * scale);
    if (!(i >= 0)) i = 0;
    if (i > n - 1) i = n - 1;
    while (i > 0 && xb < (e[i] as number)) i--;
    while (i < n - 1 && xb >= (e[i + 1] as number)) i++;
    out[k] = i;
  }
}

/** Bin index of every value for explicit edges (last bin closed), or -1. */
function edgeBins(v: Float64Array, e: Float64Array, out: Int32Array): void {
  const m = e.length;
  const last = e[m - 1] as number;
  for (let k = 0; k < v.length; k++) {
    const x = v[k] as number;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((e[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) out[k] = -1;
    else if (lo === m) out[k] = x === last && m > 1 ? m - 2 : -1;
    else out[k] = lo - 1;
  }
}

/** Accumulates weights into bins the way NumPy's bincount-per-block does, converting to `dtype`. */
class Accumulator {
  readonly re: Float64Array;
  readonly im: Float64Array | null;
  private readonly blockRe: Float64Array;
  private readonly blockIm: Float64Array | null;
  constructor(
    readonly dtype: DType,
    readonly n: number,
  ) {
    this.re = new Float64Array(n);
    this.blockRe = new Float64Array(n);
    this.im = isComplex(dtype) ? new Float64Array(n) : null;
    this.blockIm = isComplex(dtype) ? new Float64Array(n) : null;
  }
  add(bin: number, wr: number, wi: number): void {
    this.blockRe[bin] = (this.blockRe[bin] as number) + wr;
    if (this.blockIm !== null) this.blockIm[bin] = (this.blockIm[bin] as number) + wi;
  }
  /** Folds one block's float64 sums into the totals with the dtype's conversion and arithmetic. */
  flush(): void {
    const dt = this.dtype;
    const r = roundFor(dt === 'float32' || dt === 'complex64');
    for (let i = 0; i < this.n; i++) {
      const b = this.blockRe[i] as number;
      const t = this.re[i] as number;
      if (dt === 'bool') this.re[i] = t !== 0 || b !== 0 ? 1 : 0;
      else if (isInteger(dt)) this.re[i] = t + Math.trunc(b);
      else this.re[i] = r(t + r(b));
      if (this.im !== null && this.blockIm !== null)
        this.im[i] = r((this.im[i] as number) + r(this.blockIm[i] as number));
    }
    this.blockRe.fill(0);
    this.blockIm?.fill(0);
  }
}

const BLOCK = 65536;

/** Writes accumulated totals into an array of `dtype` (integers wrap like NumPy's in-place add). */
function totalsArray(acc: Accumulator): NDArray {
  const out = emptyArray(acc.dtype, [acc.n]);
  const d = out.data;
  for (let i = 0; i < acc.n; i++) {
    const v = acc.re[i] as number;
    if (isComplex(acc.dtype)) {
      d[2 * i] = v;
      d[2 * i + 1] = (acc.im as Float64Array)[i] as number;
    } else if (isBigInt(acc.dtype)) d[i] = BigInt(v);
    else d[i] = v;
  }
  return out;
}

/**
 * A histogram of the (flattened) data: `{ hist, binEdges }`. Bins are half-open `[e_i, e_{i+1})`
 * except the last, which includes its right edge; values outside the range and NaNs are not
 * counted. With equal-width bins the edges are computed as NumPy's `linspace` and every value is
 * placed by comparing it with those edges, so values on an edge land exactly where NumPy puts them.
 *
 * @param a - Input data (flattened); bool counts as 0/1, complex is refused.
 * @param bins - Number of equal-width bins (default 10), an estimator name (`'auto'`, `'fd'`, `'doane'`,
 *   `'scott'`, `'stone'`, `'rice'`, `'sturges'`, `'sqrt'`: NumPy's bin-width rules), or the bin edges
 *   (1-D, non-decreasing).
 * @param options - `range`, `density`, `weights`.
 * @returns `hist` (int32 counts; the weights' dtype with `weights`; float64 with `density`) and `binEdges`.
 * @throws {ValueError} `histogram: bins must be positive, got 0`, a bad range, non-monotonic edges, mismatched weights.
 *
 * @example
 * ```ts
 * const { hist, binEdges } = histogram([1, 2, 1], [0, 1, 2, 3]);
 * hist.toArray();     // [0, 2, 1]
 * binEdges.toArray(); // [0, 1, 2, 3]
 * histogram([0, 1, 1, 2], 2).hist.toArray(); // [1, 3]
 * ```
 */
export function histogram(
  a: ArrayInput,
  bins: Bins = 10,
  options: HistogramOptions = {},
): { hist: NDArray; binEdges: NDArray } {
  const op = 'histogram';
  const { x, v, f32 } = dataOf(a, op);
  let w: NDArray | null = null;
  if (options.weights !== undefined) {
    w = asarray(options.weights);
    if (w.ndim !== x.ndim || w.shape.some((d, i) => d !== x.shape[i])) {
      throw new ShapeError(
        `${op}: weights should have the same shape as a, got ${fmtShape(w.shape)} and ${fmtShape(x.shape)}`,
      );
    }
  }
  const nEl = v.length;
  const binIdx = new Int32Array(nEl);
  let nb: number;
  let edgesOut: NDArray;
  let edgeVals: Float64Array;
  let edges32 = false;
  if (isUniform(bins)) {
    const u = uniformEdges(v, f32, { bins, intData: isIntData(x), weighted: w !== null }, options.range, op);
    // Values are kept when first <= x <= last, compared in the data's dtype.
    const lo = f32 ? Math.fround(u.first) : u.first;
    const hi = f32 ? Math.fround(u.last) : u.last;
    uniformBins(v, u, lo, hi, binIdx);
    nb = u.n;
    edgesOut = edgesArray(u);
    edgeVals = u.edges;
    edges32 = u.f32;
  } else {
    const ex = explicitEdges(bins, op);
    edgeBins(v, ex.edges, binIdx);
    nb = ex.edges.length - 1;
    edgesOut = ex.arr;
    edgeVals = ex.edges;
    edges32 = ex.arr.dtype === 'float32';
  }
  let hist: NDArray;
  if (w === null) {
    const counts = emptyArray(DEFAULT_INT, [nb]);
    const c = counts.data as Int32Array;
    for (let i = 0; i < nEl; i++) {
      const b = binIdx[i] as number;
      if (b >= 0) c[b] = (c[b] as number) + 1;
    }
    hist = counts;
  } else {
    const wf = flatValues(w);
    const acc = new Accumulator(w.dtype, nb);
    for (let s = 0; s < nEl; s += BLOCK) {
      const e = Math.min(s + BLOCK, nEl);
      for (let i = s; i < e; i++) {
        const b = binIdx[i] as number;
        if (b < 0) continue;
        if (wf.kind === 'cplx') acc.add(b, wf.re[i] as number, wf.im[i] as number);
        else acc.add(b, Number(wf.v[i]), 0);
      }
      acc.flush();
    }
    hist = totalsArray(acc);
  }
  if (options.density === true)
    hist = densityOf(hist, edgeVals, edges32, isInteger(edgesOut.dtype) || edgesOut.dtype === 'bool');
  return { hist, binEdges: edgesOut };
}

/** `hist / diff(edges) / hist.sum()` in NumPy's arithmetic (float64, or complex128 for complex weights). */
function densityOf(hist: NDArray, edges: Float64Array, edges32: boolean, intEdges: boolean): NDArray {
  const n = hist.size;
  const rEdge: Round = roundFor(edges32);
  const db = new Float64Array(n);
  for (let i = 0; i < n; i++)
    db[i] = intEdges
      ? (edges[i + 1] as number) - (edges[i] as number)
      : rEdge((edges[i + 1] as number) - (edges[i] as number));
  const hd = hist.data;
  if (isComplex(hist.dtype)) {
    const r = roundFor(hist.dtype === 'complex64');
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      re[i] = hd[2 * i] as number;
      im[i] = hd[2 * i + 1] as number;
    }
    const sr = pairwiseSum(re, 0, n, 1, r);
    const si = pairwiseSum(im, 0, n, 1, r);
    const out = emptyArray('complex128', [n]);
    const od = out.data as Float64Array;
    for (let i = 0; i < n; i++) {
      const [qr, qi] = cdiv(re[i] as number, im[i] as number, db[i] as number, 0);
      const [zr, zi] = cdiv(qr, qi, sr, si);
      od[2 * i] = zr;
      od[2 * i + 1] = zi;
    }
    return out;
  }
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) vals[i] = Number(hd[i]);
  const total =
    isInteger(hist.dtype) || hist.dtype === 'bool'
      ? vals.reduce((s, t) => s + t, 0)
      : pairwiseSum(vals, 0, n, 1, roundFor(hist.dtype === 'float32'));
  const out = emptyArray('float64', [n]);
  const od = out.data as Float64Array;
  for (let i = 0; i < n; i++) od[i] = (vals[i] as number) / (db[i] as number) / total;
  return out;
}
