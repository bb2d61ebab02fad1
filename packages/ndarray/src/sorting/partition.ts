/** `partition` and `argpartition`: the k-th smallest element in place, smaller ones before it, larger after. */
import type { TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isBigInt, isComplex, isInteger } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import { indexSorter, valueSorter } from './engine.js';
import { forEachLane, laneAxis, writeLane } from './lanes.js';
import { selectNum } from './kernels/select.js';
import { is, signature } from '../core/args.js';

const parsePartition = signature<PartitionOptions>('partition', ['axis', 'kind'], {
  axis: is.nullable(is.axisInt),
  kind: is.string,
} as never);
const parseArgpartition = parsePartition;

/** Options of {@link partition} and {@link argpartition}. */
export interface PartitionOptions {
  /** Axis to partition along (default -1); `null` flattens. */
  axis?: number | null;
  /** Accepted for NumPy compatibility (`'introselect'`). */
  kind?: 'introselect';
}

/** Normalises `kth` (an integer or a list) to sorted, deduplicated positions in `[0, n)`. */
function kthList(kth: number | readonly number[] | ArrayInput, n: number, op: string): number[] {
  const k = asarray(kth as ArrayInput);
  if (k.ndim > 1) throw new ValueError(`${op}: kth must be an integer or a 1-D sequence of integers`);
  if (k.dtype === 'bool' || !isInteger(k.dtype)) {
    throw new DTypeError(`${op}: kth must be an integer or a 1-D sequence of integers, got dtype ${k.dtype}`);
  }
  const flat = k.ndim === 0 ? [k.item()] : (k.toArray() as (number | bigint)[]);
  const out = flat.map((v) => {
    const i = Number(v);
    if (i < -n || i >= n) throw new ValueError(`${op}: kth ${i} out of bounds for axis of size ${n}`);
    return i < 0 ? i + n : i;
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * Loads a lane into `v` with NaNs moved to the end (they sort last, so they already sit where a
 * partition puts them), recording positions in `idx` when given. Returns the NaN-free length.
 */
function loadNanLast(
  n: number,
  x: TypedArray,
  offset: number,
  stride: number,
  v: Float64Array,
  idx: Int32Array | null,
): number {
  let m = 0;
  let t = n;
  for (let i = 0, k = offset; i < n; i++, k += stride) {
    const e = x[k] as number;
    if (Number.isNaN(e)) {
      t--;
      v[t] = e;
      if (idx !== null) idx[t] = i;
    } else {
      v[m] = e;
      if (idx !== null) idx[m] = i;
      m++;
    }
  }
  return m;
}

/** Selects each sorted `kth` in turn inside the NaN-free prefix `v[0..m)`. */
function selectAll(v: Float64Array, idx: Int32Array | null, m: number, ks: readonly number[]): void {
  let lo = 0;
  for (const k of ks) {
    if (k >= m) return;
    selectNum(v, idx, lo, m, k);
    lo = k + 1;
  }
}

/**
 * A copy of `a` partitioned along an axis: for each `kth`, the element at that position is the one
 * a full sort would put there, every element before it is not greater and every element after it
 * is not smaller. The order within the parts is unspecified (as in NumPy).
 *
 * @param a - Input array.
 * @param kth - Position(s) to place; negative counts from the end.
 * @param options - `axis` (default -1, `null` flattens).
 * @returns A new array of the same dtype.
 * @throws {ValueError} when a kth is out of bounds: `partition: kth 5 out of bounds for axis of size 3`.
 *
 * @example
 * ```ts
 * partition([3, 4, 2, 1], 2).toArray(); // e.g. [2, 1, 3, 4]: element 2 is 3, smaller ones first
 * ```
 */
export function partition(
  a: ArrayInput,
  kth: number | readonly number[] | ArrayInput,
  axis?: number | null,
  kind?: string,
  options?: PartitionOptions,
): NDArray;
export function partition(
  a: ArrayInput,
  kth: number | readonly number[] | ArrayInput,
  options?: PartitionOptions,
): NDArray;
export function partition(a: ArrayInput, kth: number | readonly number[] | ArrayInput, ...rest: unknown[]): NDArray {
  const options = parsePartition(rest, 'partition') as PartitionOptions;
  const { x, axis } = laneAxis(asarray(a), options.axis, -1, 'partition');
  const n = x.shape[axis] as number;
  const ks = kthList(kth, n, 'partition');
  const out = emptyArray(x.dtype, x.shape);
  if (out.size === 0) return out;
  const xd = x.data;
  const od = out.data;
  const sx = x.strides[axis] as number;
  const so = out.strides[axis] as number;
  if (isBigInt(x.dtype) || isComplex(x.dtype)) {
    // No numeric select for these: a full sort is a valid partition.
    const sortLane = valueSorter(x.dtype, n);
    forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) =>
      sortLane(xd, ix, sx, od, io, so),
    );
    return out;
  }
  const v = new Float64Array(n);
  forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
    const m = loadNanLast(n, xd, ix, sx, v, null);
    selectAll(v, null, m, ks);
    writeLane('float64', n, v, od, so, io);
  });
  return out;
}

/**
 * The indices that would partition `a` along an axis (int32): `takeAlongAxis(a, argpartition(a, k))`
 * equals a valid `partition(a, k)`.
 *
 * @param a - Input array.
 * @param kth - Position(s) to place; negative counts from the end.
 * @param options - `axis` (default -1, `null` flattens).
 * @returns An int32 array of indices along `axis`.
 * @throws {ValueError} when a kth is out of bounds.
 *
 * @example
 * ```ts
 * argpartition([3, 4, 2, 1], 0).get(0); // 3 (the index of the smallest element)
 * ```
 */
export function argpartition(
  a: ArrayInput,
  kth: number | readonly number[] | ArrayInput,
  axis?: number | null,
  kind?: string,
  options?: PartitionOptions,
): NDArray;
export function argpartition(
  a: ArrayInput,
  kth: number | readonly number[] | ArrayInput,
  options?: PartitionOptions,
): NDArray;
export function argpartition(a: ArrayInput, kth: number | readonly number[] | ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseArgpartition(rest, 'argpartition') as PartitionOptions;
  const { x, axis } = laneAxis(asarray(a), options.axis, -1, 'argpartition');
  const n = x.shape[axis] as number;
  const ks = kthList(kth, n, 'argpartition');
  const out = emptyArray(DEFAULT_INT, x.shape);
  if (out.size === 0) return out;
  const xd = x.data;
  const od = out.data as Int32Array;
  const sx = x.strides[axis] as number;
  const so = out.strides[axis] as number;
  if (isBigInt(x.dtype) || isComplex(x.dtype)) {
    const perm = indexSorter(x.dtype, n);
    forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
      writeLane('int32', n, perm(xd, ix, sx), od, so, io);
    });
    return out;
  }
  const v = new Float64Array(n);
  const idx = new Int32Array(n);
  forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
    const m = loadNanLast(n, xd, ix, sx, v, idx);
    selectAll(v, idx, m, ks);
    writeLane('int32', n, idx, od, so, io);
  });
  return out;
}
