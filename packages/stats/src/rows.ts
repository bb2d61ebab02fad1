/**
 * The reduction engine of the descriptive statistics: the sample axis moved last and made
 * contiguous float64, then one kernel call per lane, with SciPy's NaN policy applied per lane.
 */
import {
  type ArrayInput,
  AxisError,
  asarray,
  ascontiguousarray,
  astype,
  moveaxis,
  NDArray,
  ravel,
  ValueError,
} from '@stride/ndarray';

/**
 * SciPy's `nan_policy`.
 *
 * @example
 * ```ts
 * skew([1, 2, NaN, 10], { nanPolicy: 'omit' }); // 0.6745554845457661
 * ```
 */
export type NanPolicy = 'propagate' | 'omit' | 'raise';

/**
 * The lanes of `a` along `axis` (null: all elements as one lane).
 *
 * @example
 * ```ts
 * lanes('f', [[1, 2], [3, 4]], 1).count; // 2
 * ```
 */
export interface Lanes {
  data: Float64Array;
  /** Number of lanes and their length. */
  count: number;
  length: number;
  /** Shape of the result: the input's shape without the axis. */
  shape: number[];
  /** Shape of the input. */
  input: number[];
}

/**
 * Lays out the lanes of `a` along `axis` contiguously.
 *
 * @example
 * ```ts
 * Array.from(lanes('f', [[1, 2], [3, 4]], 0).data); // [1, 3, 2, 4]
 * ```
 */
export function lanes(fn: string, a: ArrayInput, axis: number | null): Lanes {
  let x = asarray(a);
  const input = [...x.shape];
  if (x.dtype === 'complex64' || x.dtype === 'complex128')
    throw new ValueError(`${fn}: complex input is not supported`);
  if (axis === null || x.ndim === 0) {
    x = (ravel as unknown as (v: NDArray) => NDArray)(x);
    axis = 0;
  }
  const nd = x.ndim;
  if (axis < -nd || axis >= nd)
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for an array of dimension ${nd}`);
  const ax = axis < 0 ? axis + nd : axis;
  // plain signatures: the overloaded ones instantiate too deeply for the compiler here
  const toLast = moveaxis as unknown as (v: NDArray, from: number, to: number) => NDArray;
  const toFloat = astype as unknown as (v: NDArray, dtype: 'float64') => NDArray;
  const contiguous = ascontiguousarray as unknown as (v: NDArray) => NDArray;
  const moved = contiguous(toFloat(toLast(x, ax, -1), 'float64'));
  const length = x.shape[ax] as number;
  const shape = x.shape.filter((_, i) => i !== ax);
  const count = shape.reduce((p, d) => p * d, 1);
  const src = moved.data as Float64Array;
  const data =
    moved.offset === 0 && src.length === count * length ? src : src.slice(moved.offset, moved.offset + count * length);
  return { data, count, length, shape, input };
}

/**
 * One value per lane: `kernel(lane)` with the NaN policy applied; a number for a 0-d result.
 *
 * @example
 * ```ts
 * reduceLanes('sum', [[1, 2], [3, 4]], 0, 'propagate', (v) => v[0]! + v[1]!).toArray(); // [4, 6]
 * ```
 */
export function reduceLanes(
  fn: string,
  a: ArrayInput,
  axis: number | null,
  nanPolicy: NanPolicy,
  kernel: (lane: Float64Array) => number,
): number | NDArray {
  const l = lanes(fn, a, axis);
  const out = new Float64Array(l.count);
  for (let i = 0; i < l.count; i++) out[i] = kernel(laneOf(fn, l, i, nanPolicy));
  return l.shape.length === 0 ? (out[0] as number) : new NDArray<'float64'>('float64', out, l.shape);
}

/**
 * Lane `i` after the NaN policy: NaNs kept ('propagate'), dropped ('omit') or refused ('raise').
 *
 * @example
 * ```ts
 * Array.from(laneOf('f', lanes('f', [1, NaN, 2], 0), 0, 'omit')); // [1, 2]
 * ```
 */
export function laneOf(fn: string, l: Lanes, i: number, nanPolicy: NanPolicy): Float64Array {
  const v = l.data.subarray(i * l.length, (i + 1) * l.length);
  if (nanPolicy === 'propagate') return v;
  let nans = 0;
  for (let k = 0; k < v.length; k++) if (Number.isNaN(v[k] as number)) nans++;
  if (nans === 0) return v;
  if (nanPolicy === 'raise') throw new ValueError(`${fn}: the input contains NaN (nanPolicy: 'raise')`);
  return v.filter((y) => !Number.isNaN(y));
}

/**
 * Mean of a lane (compensated two-pass: the mean of the residuals corrects the first pass).
 *
 * @example
 * ```ts
 * laneMean(new Float64Array([1, 2, 6])); // 3
 * ```
 */
export function laneMean(v: Float64Array): number {
  const n = v.length;
  let s = 0;
  for (let k = 0; k < n; k++) s += v[k] as number;
  const m = s / n;
  let r = 0;
  for (let k = 0; k < n; k++) r += (v[k] as number) - m;
  return m + r / n;
}

/**
 * Central moment of order `p` (2, 3 or 4) about `mean`, divided by n.
 *
 * @example
 * ```ts
 * centralMoment(new Float64Array([1, 2, 6]), 3, 2); // 4.666666666666667
 * ```
 */
export function centralMoment(v: Float64Array, mean: number, p: number): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) {
    const d = (v[k] as number) - mean;
    s += p === 2 ? d * d : p === 3 ? d * d * d : d * d * d * d;
  }
  return s / v.length;
}
