/** `sort` and `argsort`: NumPy's ordering (NaN last, -0.0 == 0.0, complex by real then imaginary part). */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT } from '../core/dtype.js';
import { indexSorter, valueSorter } from './engine.js';
import { forEachLane, laneAxis } from './lanes.js';
import { type SortKind, checkKind } from './options.js';
import { is, signature } from '../core/args.js';

const parseSort = signature<SortOptions>('sort', ['axis', 'kind', 'order'], {
  axis: is.nullable(is.axisInt),
  kind: is.string,
  order: is.any,
  stable: is.boolean,
} as never);
const parseArgsort = parseSort;

/** Options of {@link sort} and {@link argsort}. */
export interface SortOptions {
  /** Axis to sort along (default -1); `null` sorts the flattened array. */
  axis?: number | null;
  /** Algorithm name, accepted for NumPy compatibility: every kind is stable here. */
  kind?: SortKind;
  /** NumPy 2's `stable=True`; sorting is always stable here. */
  stable?: boolean;
}

/**
 * A sorted copy of an array along an axis. NaNs sort to the end, -0.0 and 0.0 compare equal
 * (keeping their input order), complex numbers sort by real then imaginary part. Large lanes use
 * a radix sort on order-preserving keys.
 *
 * @param a - Input array.
 * @param options - `axis` (default -1, `null` flattens), `kind`.
 * @returns A new array of the same dtype (and shape, unless flattened).
 * @throws {AxisError} when `axis` is out of range (including any axis of a 0-d array).
 * @throws {ValueError} for an unknown `kind`.
 *
 * @example
 * ```ts
 * sort([3, 1, NaN, 2]).toArray();            // [1, 2, 3, NaN]
 * sort([[3, 1], [0, 2]], { axis: 0 }).toArray(); // [[0, 1], [3, 2]]
 * ```
 */
export function sort(
  a: ArrayInput,
  axis?: number | null,
  kind?: SortKind,
  order?: null,
  options?: SortOptions,
): NDArray;
export function sort(a: ArrayInput, options?: SortOptions): NDArray;
export function sort(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseSort(rest, 'sort') as SortOptions;
  checkKind(options.kind, 'sort');
  const { x, axis } = laneAxis(asarray(a), options.axis, -1, 'sort');
  const out = emptyArray(x.dtype, x.shape);
  if (out.size === 0) return out;
  const n = x.shape[axis] as number;
  const sortLane = valueSorter(x.dtype, n);
  const xd = x.data;
  const od = out.data;
  const sx = x.strides[axis] as number;
  const so = out.strides[axis] as number;
  forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) =>
    sortLane(xd, ix, sx, od, io, so),
  );
  return out;
}

/**
 * The indices that sort an array along an axis (int32). The sort is stable for every `kind`:
 * equal elements — including -0.0/0.0 and NaNs — keep their input order.
 *
 * @param a - Input array.
 * @param options - `axis` (default -1, `null` flattens), `kind`.
 * @returns An int32 array of indices along `axis`, shaped like `a` (1-D when flattened).
 * @throws {AxisError} when `axis` is out of range.
 *
 * @example
 * ```ts
 * argsort([3, 1, 2, 1]).toArray(); // [1, 3, 2, 0]
 * ```
 */
export function argsort(
  a: ArrayInput,
  axis?: number | null,
  kind?: SortKind,
  order?: null,
  options?: SortOptions,
): NDArray;
export function argsort(a: ArrayInput, options?: SortOptions): NDArray;
export function argsort(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseArgsort(rest, 'argsort') as SortOptions;
  checkKind(options.kind, 'argsort');
  const { x, axis } = laneAxis(asarray(a), options.axis, -1, 'argsort');
  const out = emptyArray(DEFAULT_INT, x.shape);
  if (out.size === 0) return out;
  const n = x.shape[axis] as number;
  const perm = indexSorter(x.dtype, n);
  const xd = x.data;
  const od = out.data as Int32Array;
  const sx = x.strides[axis] as number;
  const so = out.strides[axis] as number;
  forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
    const p = perm(xd, ix, sx);
    if (so === 1) od.set(p, io);
    else for (let j = 0, k = io; j < n; j++, k += so) od[k] = p[j] as number;
  });
  return out;
}
