/** Array inputs → Float64Array views (no copy for contiguous float64), with the checks every plot call shares. */
import {
  type ArrayInput,
  type NDArray,
  ShapeError,
  ValueError,
  argumentError,
  asarray,
  astype,
  copy,
  is,
} from '@stride/ndarray';

function contiguousFloat64(a: NDArray): Float64Array {
  let b = a;
  if (b.dtype !== 'float64') {
    if (b.dtype === 'complex64' || b.dtype === 'complex128')
      throw new ValueError('plot: complex values cannot be plotted; take real(), imag() or abs() first');
    // A plain signature: the overloads' generic result type is needlessly deep to instantiate here.
    b = (astype as (a: NDArray, dtype: 'float64') => NDArray)(b, 'float64');
  }
  const data = b.data as Float64Array;
  let contiguous = true;
  let expect = 1;
  for (let k = b.ndim - 1; k >= 0; k--) {
    if ((b.shape[k] as number) !== 1 && b.strides[k] !== expect) contiguous = false;
    expect *= b.shape[k] as number;
  }
  if (contiguous) return data.subarray(b.offset, b.offset + b.size);
  // Strided views: ndarray's copy lays the elements out in C order (no stepping loop of our own).
  const c = (copy as (a: NDArray) => NDArray)(b);
  return (c.data as Float64Array).subarray(c.offset, c.offset + c.size);
}

function toArray(x: unknown, fn: string, name: string): NDArray {
  if (x === undefined || x === null)
    throw argumentError(fn, name, 'an array, a TypedArray, a nested array or a scalar', x);
  is.arrayLike(x, fn, name);
  return asarray(x as ArrayInput);
}

/** What plot calls take as x (and scatter's y): any array input, or Dates (a time axis), with null or NaN for gaps. */
export type PlotData = ArrayInput | readonly (Date | number | null)[];

/** Arrays converted from Dates (milliseconds since 1970 UTC): an Axes given one switches that axis to the time scale. */
export const TIME_DATA = new WeakSet<Float64Array>();

/** Date[] (or an array holding Dates and nulls/NaN for gaps) → milliseconds, tagged as time data; else null. */
function fromDates(x: unknown): Float64Array | null {
  if (!Array.isArray(x) || !x.some((v) => v instanceof Date)) return null;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v: unknown = x[i];
    out[i] = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Number.NaN;
  }
  TIME_DATA.add(out);
  return out;
}

/** Any array input as a flat Float64Array (1-D required unless `flatten`); Date arrays become milliseconds. */
export function vector(x: unknown, fn: string, name: string, flatten = false): Float64Array {
  const dates = fromDates(x);
  if (dates) return dates;
  const a = toArray(x, fn, name);
  if (!flatten && a.ndim > 1) throw new ShapeError(`${fn}: ${name} must be 1-D, got shape [${a.shape.join(', ')}]`);
  return contiguousFloat64(a);
}

/** A 2-D array as row-major Float64Array with its shape (1-D becomes one row when `allow1d`). */
export function matrix(x: unknown, fn: string, name: string): { data: Float64Array; rows: number; cols: number } {
  const a = toArray(x, fn, name);
  if (a.ndim !== 2) throw new ShapeError(`${fn}: ${name} must be 2-D, got shape [${a.shape.join(', ')}]`);
  return { data: contiguousFloat64(a), rows: a.shape[0] as number, cols: a.shape[1] as number };
}

/** Any array input with its shape (for inputs whose rank decides what they mean). */
export function shaped(
  x: unknown,
  fn: string,
  name: string,
): { data: Float64Array; shape: readonly number[]; dtype: string } {
  const a = toArray(x, fn, name);
  return { data: contiguousFloat64(a), shape: a.shape, dtype: a.dtype };
}

/** Checks that paired inputs have the same length: `plot: x and y must have the same length, got 3 and 4`. */
export function sameLength(fn: string, names: string, ...lens: number[]): void {
  if (lens.some((n) => n !== lens[0]))
    throw new ShapeError(`${fn}: ${names} must have the same length, got ${lens.join(' and ')}`);
}

/** Finite min and max of values (NaN/±Inf skipped); `positive` keeps only values > 0 (log axes). */
export function extent(v: ArrayLike<number>, positive = false): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (!Number.isFinite(x) || (positive && x <= 0)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** 0, 1, ..., n-1 as float64 (the implicit x of `plot(y)`). */
export function indices(n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
