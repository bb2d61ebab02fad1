/**
 * Lane plumbing shared by the sorting family: flattening, walking every 1-D lane along an axis,
 * and copying lanes between strided storage and scratch buffers.
 */
import type { DType, TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { copy } from '../core/convert.js';
import { isBigInt, isComplex } from '../core/dtype.js';
import { forEach2, normalizeAxis } from '../core/iter.js';
import { wordsOf } from './kernels/keys.js';

/** A 1-D C-contiguous view of `x` (a copy only when `x` is not C-contiguous). */
export function ravel(x: NDArray): NDArray {
  if (x.ndim === 1 && x.strides[0] === 1) return x;
  if (x.flags.cContiguous) return x.view([x.size], [1], x.offset);
  const c = copy(x);
  return c.view([c.size], [1], 0);
}

/**
 * Resolves an `axis` option: `null` flattens (`{ x: ravel(x), axis: 0 }`), a number is normalised
 * against `x.ndim` (an AxisError for 0-d input, like NumPy).
 */
export function laneAxis(
  x: NDArray,
  axis: number | null | undefined,
  fallback: number | null,
  op: string,
): { x: NDArray; axis: number } {
  const ax = axis === undefined ? fallback : axis;
  if (ax === null) return { x: ravel(x), axis: 0 };
  return { x, axis: normalizeAxis(ax, x.ndim, op) };
}

/**
 * Calls `fn(offsetA, offsetB)` once per lane along `axis` of two arrays of the same shape (the
 * lane itself is `shape[axis]` elements with strides `stridesA[axis]`, `stridesB[axis]`).
 */
export function forEachLane(
  shape: readonly number[],
  axis: number,
  stridesA: readonly number[],
  offsetA: number,
  stridesB: readonly number[],
  offsetB: number,
  fn: (offA: number, offB: number) => void,
): void {
  const outer = shape.filter((_, i) => i !== axis);
  const sa = stridesA.filter((_, i) => i !== axis);
  const sb = stridesB.filter((_, i) => i !== axis);
  forEach2(outer, sa, offsetA, sb, offsetB, (m, ia, da, ib, db) => {
    for (let k = 0; k < m; k++, ia += da, ib += db) fn(ia, ib);
  });
}

/** Slots of storage per element (2 for complex) — a lane copy moves this many numbers per element. */
function slots(dtype: DType): number {
  return isComplex(dtype) ? 2 : 1;
}

/**
 * Copies `n` elements of a strided lane of `x` (storage of `dtype`) into the contiguous buffer
 * `out` (same TypedArray type). 64-bit integers move as word pairs so no BigInt is created.
 */
export function readLane(
  dtype: DType,
  n: number,
  x: TypedArray,
  strideX: number,
  offsetX: number,
  out: TypedArray,
): void {
  if (isBigInt(dtype)) {
    copyWords(n, wordsOf(x as BigInt64Array), strideX, offsetX, wordsOf(out as BigInt64Array), 1, 0);
    return;
  }
  if (slots(dtype) === 2) {
    for (let i = 0, j = 2 * offsetX; i < n; i++, j += 2 * strideX) {
      out[2 * i] = x[j] as number;
      out[2 * i + 1] = x[j + 1] as number;
    }
    return;
  }
  if (strideX === 1) {
    (out as Float64Array).set((x as Float64Array).subarray(offsetX, offsetX + n));
    return;
  }
  for (let i = 0, j = offsetX; i < n; i++, j += strideX) out[i] = x[j] as number;
}

/** Copies a contiguous buffer back into a strided lane (inverse of {@link readLane}). */
export function writeLane(
  dtype: DType,
  n: number,
  buf: TypedArray,
  y: TypedArray,
  strideY: number,
  offsetY: number,
): void {
  if (isBigInt(dtype)) {
    copyWords(n, wordsOf(buf as BigInt64Array), 1, 0, wordsOf(y as BigInt64Array), strideY, offsetY);
    return;
  }
  if (slots(dtype) === 2) {
    for (let i = 0, j = 2 * offsetY; i < n; i++, j += 2 * strideY) {
      y[j] = buf[2 * i] as number;
      y[j + 1] = buf[2 * i + 1] as number;
    }
    return;
  }
  if (strideY === 1) {
    (y as Float64Array).set((buf as Float64Array).subarray(0, n), offsetY);
    return;
  }
  for (let i = 0, j = offsetY; i < n; i++, j += strideY) y[j] = buf[i] as number;
}

/** Copies `n` 64-bit elements as word pairs between strided Uint32 views (strides/offsets in elements). */
function copyWords(
  n: number,
  x: Uint32Array,
  strideX: number,
  offsetX: number,
  y: Uint32Array,
  strideY: number,
  offsetY: number,
): void {
  for (let i = 0, a = 2 * offsetX, b = 2 * offsetY; i < n; i++, a += 2 * strideX, b += 2 * strideY) {
    y[b] = x[a] as number;
    y[b + 1] = x[a + 1] as number;
  }
}

/**
 * Gathers lane elements in the order `perm[0..n)` into a contiguous buffer:
 * `out[j] = lane[perm[j]]` for a lane of `x` at (`strideX`, `offsetX`).
 */
export function gatherLane(
  dtype: DType,
  n: number,
  x: TypedArray,
  strideX: number,
  offsetX: number,
  perm: Int32Array,
  out: TypedArray,
  strideOut = 1,
  offsetOut = 0,
): void {
  if (isBigInt(dtype)) {
    const xw = wordsOf(x as BigInt64Array);
    const ow = wordsOf(out as BigInt64Array);
    for (let j = 0, b = 2 * offsetOut; j < n; j++, b += 2 * strideOut) {
      const a = 2 * (offsetX + (perm[j] as number) * strideX);
      ow[b] = xw[a] as number;
      ow[b + 1] = xw[a + 1] as number;
    }
    return;
  }
  if (slots(dtype) === 2) {
    for (let j = 0, b = 2 * offsetOut; j < n; j++, b += 2 * strideOut) {
      const a = 2 * (offsetX + (perm[j] as number) * strideX);
      out[b] = x[a] as number;
      out[b + 1] = x[a + 1] as number;
    }
    return;
  }
  for (let j = 0, b = offsetOut; j < n; j++, b += strideOut)
    out[b] = x[offsetX + (perm[j] as number) * strideX] as number;
}

/** Storage offsets of every lane along `axis`, in C order of the other axes. */
export function laneOffsets(
  shape: readonly number[],
  axis: number,
  strides: readonly number[],
  offset: number,
): number[] {
  const res: number[] = [];
  forEachLane(shape, axis, strides, offset, strides, offset, (o) => {
    res.push(o);
  });
  return res;
}

/** Copies element `ix` of storage `x` to element `iy` of storage `y` (same dtype). */
export function copyElement(dtype: DType, x: TypedArray, ix: number, y: TypedArray, iy: number): void {
  if (isComplex(dtype)) {
    y[2 * iy] = x[2 * ix] as number;
    y[2 * iy + 1] = x[2 * ix + 1] as number;
  } else y[iy] = x[ix] as number;
}
