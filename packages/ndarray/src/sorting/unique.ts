/** `unique` and the array-API variants: sorted distinct values with first indices, inverse and counts. */
import { DTYPES, type DType, type TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, copy, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isBigInt, isInteger } from '../core/dtype.js';
import { forEach1, normalizeAxis } from '../core/iter.js';
import { indexSorter, valueSorter } from './engine.js';
import { storageEqual } from './compare.js';
import { copyElement, gatherLane, ravel } from './lanes.js';
import { is, noExtra, signature } from '../core/args.js';

const parseUnique = signature<UniqueOptions>('unique', ['returnIndex', 'returnInverse', 'returnCounts', 'axis'], {
  returnIndex: is.boolean,
  returnInverse: is.boolean,
  returnCounts: is.boolean,
  axis: is.nullable(is.axisInt),
  equalNan: is.boolean,
} as never);

/** Options of {@link unique}. */
export interface UniqueOptions {
  /** Also return the index of the first occurrence of each unique value. */
  returnIndex?: boolean;
  /** Also return the indices that rebuild the input from the unique values. */
  returnInverse?: boolean;
  /** Also return how often each unique value occurs. */
  returnCounts?: boolean;
  /** Find unique slices along this axis instead of unique elements of the flattened array. */
  axis?: number | null;
  /** Collapse all NaNs into one (default true, as NumPy 2). Ignored with `axis`. */
  equalNan?: boolean;
}

/** What {@link unique} returns when any `return*` option is set. */
export interface UniqueResult {
  /** The sorted unique values (or slices). */
  values: NDArray;
  /** First-occurrence indices into the flattened input (or along `axis`), int32. */
  indices?: NDArray;
  /** Indices into `values` rebuilding the input: the input's shape when `axis` is null, else 1-D. int32. */
  inverse?: NDArray;
  /** Occurrences of each unique value, int32. */
  counts?: NDArray;
}

type WithReturn = { returnIndex: true } | { returnInverse: true } | { returnCounts: true };
type NoReturn = { returnIndex?: false; returnInverse?: false; returnCounts?: false };

/**
 * Run starts of equal neighbours in sorted storage `s` (NaNs, sorted last, form one run when
 * `equalNan`), as a prefix of an Int32Array; returns the number of runs.
 */
function runStarts(dtype: DType, s: TypedArray, n: number, equalNan: boolean, starts: Int32Array): number {
  if (n === 0) return 0;
  const kind = DTYPES[dtype].kind;
  const nanAware = equalNan && (kind === 'f' || kind === 'c');
  let u = 1;
  starts[0] = 0;
  if (kind === 'c') {
    for (let i = 1; i < n; i++) if (!storageEqual(dtype, s, i, i - 1, nanAware)) starts[u++] = i;
    return u;
  }
  let prev = s[0];
  for (let i = 1; i < n; i++) {
    const v = s[i];
    if (v !== prev && !(nanAware && Number.isNaN(v) && Number.isNaN(prev))) starts[u++] = i;
    prev = v;
  }
  return u;
}

/** Largest value range (max - min + 1) for which integer unique counts values instead of sorting. */
function countingRange(n: number): number {
  return 2 * n + 65536;
}

/** Unique of bool / 8- to 32-bit integers with a compact value range: one counting pass, no sort. */
function countingUnique(x: NDArray, wantIndex: boolean, wantInverse: boolean, wantCounts: boolean): Unique1d | null {
  const n = x.size;
  const xd = x.data;
  const sx = x.strides[0] as number;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0, k = x.offset; i < n; i++, k += sx) {
    const v = xd[k] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min + 1;
  if (range > countingRange(n)) return null;
  const cnt = new Int32Array(range);
  const first = wantIndex ? new Int32Array(range).fill(-1) : null;
  for (let i = 0, k = x.offset; i < n; i++, k += sx) {
    const d = (xd[k] as number) - min;
    cnt[d] = (cnt[d] as number) + 1;
    if (first !== null && (first[d] as number) < 0) first[d] = i;
  }
  let u = 0;
  for (let d = 0; d < range; d++) if ((cnt[d] as number) > 0) u++;
  const values = emptyArray(x.dtype, [u]);
  const vd = values.data;
  const counts = wantCounts ? new Int32Array(u) : null;
  const indices = first !== null ? new Int32Array(u) : null;
  const rank = wantInverse ? new Int32Array(range) : null;
  for (let d = 0, j = 0; d < range; d++) {
    const c = cnt[d] as number;
    if (c === 0) continue;
    vd[j] = d + min;
    if (counts !== null) counts[j] = c;
    if (indices !== null && first !== null) indices[j] = first[d] as number;
    if (rank !== null) rank[d] = j;
    j++;
  }
  const res: Unique1d = { values };
  if (indices !== null) res.indices = indices;
  if (counts !== null) res.counts = counts;
  if (rank !== null) {
    const inv = new Int32Array(n);
    for (let i = 0, k = x.offset; i < n; i++, k += sx) inv[i] = rank[(xd[k] as number) - min] as number;
    res.inverse = inv;
  }
  return res;
}

interface Unique1d {
  values: NDArray;
  indices?: Int32Array;
  inverse?: Int32Array;
  counts?: Int32Array;
}

/**
 * The unique elements of a 1-D contiguous array, with the requested extras as int32 buffers (the
 * engine behind {@link unique} and the set routines).
 *
 * @example
 * ```ts
 * unique1d(array([2, 1, 2]), true, false, false, true).counts; // Int32Array [1, 2]
 * ```
 */
export function unique1d(
  x: NDArray,
  equalNan: boolean,
  wantIndex: boolean,
  wantInverse: boolean,
  wantCounts: boolean,
): Unique1d {
  const n = x.size;
  const dtype = x.dtype;
  if (n > 0 && (dtype === 'bool' || (isInteger(dtype) && !isBigInt(dtype)))) {
    const r = countingUnique(x, wantIndex, wantInverse, wantCounts);
    if (r !== null) return r;
  }
  const sorted = emptyArray(dtype, [n]);
  const sd = sorted.data;
  let perm: Int32Array | null = null;
  if (n > 0) {
    if (wantIndex || wantInverse) {
      perm = indexSorter(dtype, n)(x.data, x.offset, x.strides[0] as number);
      gatherLane(dtype, n, x.data, x.strides[0] as number, x.offset, perm, sd);
    } else valueSorter(dtype, n)(x.data, x.offset, x.strides[0] as number, sd, 0, 1);
  }
  const starts = new Int32Array(n);
  const u = runStarts(dtype, sd, n, equalNan, starts);
  const values = emptyArray(dtype, [u]);
  gatherLane(dtype, u, sd, 1, 0, starts, values.data);
  const res: Unique1d = { values };
  if (wantIndex && perm !== null) {
    const ind = new Int32Array(u);
    for (let j = 0; j < u; j++) ind[j] = perm[starts[j] as number] as number;
    res.indices = ind;
  } else if (wantIndex) res.indices = new Int32Array(0);
  if (wantInverse) {
    const inv = new Int32Array(n);
    if (perm !== null) {
      for (let j = 0; j < u; j++) {
        const end = j + 1 < u ? (starts[j + 1] as number) : n;
        for (let i = starts[j] as number; i < end; i++) inv[perm[i] as number] = j;
      }
    }
    res.inverse = inv;
  }
  if (wantCounts) {
    const c = new Int32Array(u);
    for (let j = 0; j < u; j++) c[j] = (j + 1 < u ? (starts[j + 1] as number) : n) - (starts[j] as number);
    res.counts = c;
  }
  return res;
}

function intArray(v: Int32Array, shape: readonly number[] = [v.length]): NDArray {
  const out = emptyArray(DEFAULT_INT, shape);
  (out.data as Int32Array).set(v);
  return out;
}

/** Unique slices along an axis: rows of the (axis-first) array compared lexicographically. */
function uniqueAxis(
  x: NDArray,
  axis: number,
  wantIndex: boolean,
  wantInverse: boolean,
  wantCounts: boolean,
): UniqueResult {
  const n = x.shape[axis] as number;
  const rest = x.shape.filter((_, i) => i !== axis);
  const restStrides = x.strides.filter((_, i) => i !== axis);
  const m = rest.reduce((p, d) => p * d, 1);
  const s0 = x.strides[axis] as number;
  const dtype = x.dtype;
  // Storage offsets of each column of row 0, in C order.
  const cols: number[] = [];
  if (m > 0) {
    forEach1(rest, restStrides, x.offset, (len, k, s) => {
      for (let j = 0; j < len; j++, k += s) cols.push(k);
    });
  }
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  if (n > 0) {
    const sorter = indexSorter(dtype, n);
    const buf = new DTYPES[dtype].ctor(n * DTYPES[dtype].lanes);
    const next = new Int32Array(n);
    // Least significant column first: stable passes give lexicographic row order.
    for (let c = m - 1; c >= 0; c--) {
      gatherLane(dtype, n, x.data, s0, cols[c] as number, perm, buf);
      const p = sorter(buf, 0, 1);
      for (let i = 0; i < n; i++) next[i] = perm[p[i] as number] as number;
      perm.set(next);
    }
  }
  const data = x.data;
  const rowsEqual = (r1: number, r2: number): boolean => {
    for (const c of cols) {
      if (!storageEqual(dtype, data, c + r1 * s0, c + r2 * s0, false)) return false;
    }
    return true;
  };
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || !rowsEqual(perm[i] as number, perm[i - 1] as number)) starts.push(i);
  const u = starts.length;
  // Gather the unique rows as an axis-first array, then move the axis back.
  const rowsShape = [u, ...rest];
  const rows = emptyArray(dtype, rowsShape);
  const rd = rows.data;
  for (let j = 0; j < u; j++) {
    const r = perm[starts[j] as number] as number;
    for (let c = 0; c < m; c++) copyElement(dtype, data, (cols[c] as number) + r * s0, rd, j * m + c);
  }
  const backShape: number[] = [];
  const backStrides: number[] = [];
  for (let d = 0, k = 1; d < x.ndim; d++) {
    if (d === axis) {
      backShape.push(u);
      backStrides.push(rows.strides[0] as number);
    } else {
      backShape.push(rows.shape[k] as number);
      backStrides.push(rows.strides[k] as number);
      k++;
    }
  }
  const values = copy(rows.view(backShape, backStrides, 0));
  const res: UniqueResult = { values };
  if (wantIndex) res.indices = intArray(Int32Array.from(starts, (s) => perm[s] as number));
  if (wantInverse) {
    const inv = new Int32Array(n);
    for (let j = 0; j < u; j++) {
      const end = j + 1 < u ? (starts[j + 1] as number) : n;
      for (let i = starts[j] as number; i < end; i++) inv[perm[i] as number] = j;
    }
    res.inverse = intArray(inv);
  }
  if (wantCounts) {
    res.counts = intArray(Int32Array.from(starts, (s, j) => (j + 1 < u ? (starts[j + 1] as number) : n) - s));
  }
  return res;
}

/**
 * The sorted unique elements of an array (flattened unless `axis` is given), in NumPy's order (NaN
 * last). With `equalNan` (default) all NaNs collapse into one. With any `return*` option the
 * result is `{ values, indices?, inverse?, counts? }`; `inverse` has the input's shape when `axis`
 * is null (NumPy 2) and is 1-D along `axis` otherwise.
 *
 * @param a - Input array.
 * @param options - `returnIndex`, `returnInverse`, `returnCounts`, `axis`, `equalNan`.
 * @returns The unique values, or a {@link UniqueResult}.
 * @throws {AxisError} when `axis` is out of range.
 *
 * @example
 * ```ts
 * unique([3, 1, 3, NaN, NaN]).toArray(); // [1, 3, NaN]
 * const { values, counts } = unique([2, 1, 2], { returnCounts: true });
 * values.toArray(); // [1, 2]
 * counts!.toArray(); // [1, 2]
 * ```
 */
export function unique(a: ArrayInput, options: UniqueOptions & WithReturn): UniqueResult;
export function unique(a: ArrayInput, options?: UniqueOptions & NoReturn): NDArray;
export function unique(a: ArrayInput, options?: UniqueOptions): NDArray | UniqueResult;
export function unique(
  a: ArrayInput,
  returnIndex?: boolean,
  returnInverse?: boolean,
  returnCounts?: boolean,
  axis?: number | null,
  options?: UniqueOptions,
): NDArray | UniqueResult;
export function unique(a: ArrayInput, ...rest: unknown[]): NDArray | UniqueResult {
  const options = parseUnique(rest, 'unique') as UniqueOptions;
  const x = asarray(a);
  const wantIndex = options.returnIndex === true;
  const wantInverse = options.returnInverse === true;
  const wantCounts = options.returnCounts === true;
  const any = wantIndex || wantInverse || wantCounts;
  if (options.axis !== undefined && options.axis !== null) {
    const axis = normalizeAxis(options.axis, x.ndim, 'unique');
    const r = uniqueAxis(x, axis, wantIndex, wantInverse, wantCounts);
    return any ? r : r.values;
  }
  const r = unique1d(ravel(x), options.equalNan ?? true, wantIndex, wantInverse, wantCounts);
  if (!any) return r.values;
  const res: UniqueResult = { values: r.values };
  if (r.indices !== undefined) res.indices = intArray(r.indices);
  if (r.inverse !== undefined) res.inverse = intArray(r.inverse, x.shape);
  if (r.counts !== undefined) res.counts = intArray(r.counts);
  return res;
}

/**
 * The unique elements of an array, sorted, NaNs kept distinct (the array API's `unique_values`;
 * NumPy leaves the order unspecified, Stride sorts).
 *
 * @example
 * ```ts
 * uniqueValues([3, 1, 3]).toArray(); // [1, 3]
 * ```
 */
export function uniqueValues(x: ArrayInput): NDArray;
export function uniqueValues(x: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'uniqueValues');
  return unique(x, { equalNan: false });
}

/**
 * Unique values and their counts, NaNs kept distinct (the array API's `unique_counts`).
 *
 * @example
 * ```ts
 * uniqueCounts([1, 1, 2]).counts.toArray(); // [2, 1]
 * ```
 */
export function uniqueCounts(x: ArrayInput): { values: NDArray; counts: NDArray };
export function uniqueCounts(x: ArrayInput, ...rest: unknown[]): { values: NDArray; counts: NDArray } {
  noExtra(rest, 'uniqueCounts');
  const r = unique(x, { returnCounts: true, equalNan: false });
  return { values: r.values, counts: r.counts as NDArray };
}

/**
 * Unique values and the inverse indices (shaped like `x`), NaNs kept distinct (the array API's
 * `unique_inverse`).
 *
 * @example
 * ```ts
 * uniqueInverse([[3, 1], [1, 3]]).inverse.toArray(); // [[1, 0], [0, 1]]
 * ```
 */
export function uniqueInverse(x: ArrayInput): { values: NDArray; inverse: NDArray };
export function uniqueInverse(x: ArrayInput, ...rest: unknown[]): { values: NDArray; inverse: NDArray } {
  noExtra(rest, 'uniqueInverse');
  const r = unique(x, { returnInverse: true, equalNan: false });
  return { values: r.values, inverse: r.inverse as NDArray };
}

/**
 * Unique values with first indices, inverse indices and counts, NaNs kept distinct (the array
 * API's `unique_all`).
 *
 * @example
 * ```ts
 * uniqueAll([2, 1, 2]).indices.toArray(); // [1, 0]
 * ```
 */
export function uniqueAll(x: ArrayInput): { values: NDArray; indices: NDArray; inverse: NDArray; counts: NDArray };
export function uniqueAll(
  x: ArrayInput,
  ...rest: unknown[]
): { values: NDArray; indices: NDArray; inverse: NDArray; counts: NDArray } {
  noExtra(rest, 'uniqueAll');
  const r = unique(x, { returnIndex: true, returnInverse: true, returnCounts: true, equalNan: false });
  return {
    values: r.values,
    indices: r.indices as NDArray,
    inverse: r.inverse as NDArray,
    counts: r.counts as NDArray,
  };
}
