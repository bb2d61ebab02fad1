/** Splitting into views: split, arraySplit, hsplit, vsplit, dsplit. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { normalizeAxis } from '../core/iter.js';
import { ShapeError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { resolveSlice } from '../indexing/slice.js';
import { checkSections, parseSplit } from './args.js';
import { noExtra } from '../core/args.js';

/** Options of the split functions. */
export interface SplitOptions {
  /** Axis to split along (default 0). */
  axis?: number;
}

function piece(x: NDArray, axis: number, start: number | null, stop: number | null): NDArray {
  const r = resolveSlice({ start, stop, step: 1 }, x.shape[axis] as number);
  const shape = [...x.shape];
  shape[axis] = r.length;
  const off = r.length > 0 ? x.offset + r.start * (x.strides[axis] as number) : x.offset;
  return x.view(shape, x.strides, off);
}

function splitAt(x: NDArray, points: readonly number[], axis: number): NDArray[] {
  const out: NDArray[] = [];
  let prev: number | null = null;
  for (const p of points) {
    if (!Number.isSafeInteger(p)) throw new ValueError(`split: split points must be integers, got ${p}`);
    out.push(piece(x, axis, prev ?? 0, p));
    prev = p;
  }
  out.push(piece(x, axis, prev ?? 0, null));
  return out;
}

function sectionsSplit(x: NDArray, sections: number, axis: number, op: string): NDArray[] {
  if (!Number.isSafeInteger(sections) || sections <= 0)
    throw new ValueError(`${op}: number sections must be larger than 0, got ${sections}`);
  const n = x.shape[axis] as number;
  const each = Math.floor(n / sections);
  const extra = n % sections;
  const points: number[] = [];
  let at = 0;
  for (let i = 0; i < sections - 1; i++) {
    at += each + (i < extra ? 1 : 0);
    points.push(at);
  }
  return splitAt(x, points, axis);
}

/**
 * NumPy's `array_split`: views of `a` split into `sections` nearly equal parts (the first
 * `n % sections` parts one longer), or at the given indices (Python slice semantics: indices
 * past the end give empty parts).
 *
 * @example
 * ```ts
 * arraySplit(arange(7), 3).map((p) => p.toArray()); // [[0, 1, 2], [3, 4], [5, 6]]
 * arraySplit(arange(5), [1, 3]).map((p) => p.size); // [1, 2, 2]
 * ```
 */
export function arraySplit(
  a: ArrayInput,
  indicesOrSections: number | readonly number[],
  axis?: number,
  options?: SplitOptions,
): NDArray[];
export function arraySplit(
  a: ArrayInput,
  indicesOrSections: number | readonly number[],
  options?: SplitOptions,
): NDArray[];
export function arraySplit(
  a: ArrayInput,
  indicesOrSections: number | readonly number[],
  ...rest: unknown[]
): NDArray[] {
  const options = parseSplit(rest, 'arraySplit');
  checkSections(indicesOrSections, 'arraySplit');
  const x = asarray(a);
  if (x.ndim === 0) throw new ShapeError('arraySplit: cannot split a 0-d array');
  const axis = normalizeAxis(options.axis ?? 0, x.ndim, 'arraySplit');
  if (typeof indicesOrSections === 'number') return sectionsSplit(x, indicesOrSections, axis, 'arraySplit');
  return splitAt(x, indicesOrSections, axis);
}

/**
 * NumPy's `split`: like {@link arraySplit} but a number of sections must divide the axis exactly.
 *
 * @throws {ValueError} when `sections` does not divide the axis length.
 *
 * @example
 * ```ts
 * split(arange(6), 3).map((p) => p.toArray()); // [[0, 1], [2, 3], [4, 5]]
 * ```
 */
export function split(
  a: ArrayInput,
  indicesOrSections: number | readonly number[],
  axis?: number,
  options?: SplitOptions,
): NDArray[];
export function split(a: ArrayInput, indicesOrSections: number | readonly number[], options?: SplitOptions): NDArray[];
export function split(a: ArrayInput, indicesOrSections: number | readonly number[], ...rest: unknown[]): NDArray[] {
  const options = parseSplit(rest, 'split');
  checkSections(indicesOrSections, 'split');
  const x = asarray(a);
  if (x.ndim === 0) throw new ShapeError('split: cannot split a 0-d array');
  const axis = normalizeAxis(options.axis ?? 0, x.ndim, 'split');
  if (typeof indicesOrSections === 'number') {
    const n = x.shape[axis] as number;
    if (!Number.isSafeInteger(indicesOrSections) || indicesOrSections <= 0) {
      throw new ValueError(`split: number sections must be larger than 0, got ${indicesOrSections}`);
    }
    if (n % indicesOrSections !== 0) {
      throw new ValueError(
        `split: array split does not result in an equal division: axis ${axis} of length ${n} into ${indicesOrSections} sections`,
      );
    }
    return sectionsSplit(x, indicesOrSections, axis, 'split');
  }
  return splitAt(x, indicesOrSections, axis);
}

/**
 * NumPy's `hsplit`: {@link split} along axis 1 (axis 0 for 1-D arrays).
 *
 * @example
 * ```ts
 * hsplit(ones([2, 4]), 2)[0].shape; // [2, 2]
 * ```
 */
export function hsplit(a: ArrayInput, indicesOrSections: number | readonly number[]): NDArray[];
export function hsplit(a: ArrayInput, indicesOrSections: number | readonly number[], ...rest: unknown[]): NDArray[] {
  noExtra(rest, 'hsplit');
  checkSections(indicesOrSections, 'hsplit');
  const x = asarray(a);
  if (x.ndim === 0) throw new ValueError('hsplit only works on arrays of 1 or more dimensions');
  return split(x, indicesOrSections, { axis: x.ndim > 1 ? 1 : 0 });
}

/**
 * NumPy's `vsplit`: {@link split} along axis 0 of an array of at least 2 dimensions.
 *
 * @example
 * ```ts
 * vsplit(ones([4, 2]), 2)[0].shape; // [2, 2]
 * ```
 */
export function vsplit(a: ArrayInput, indicesOrSections: number | readonly number[]): NDArray[];
export function vsplit(a: ArrayInput, indicesOrSections: number | readonly number[], ...rest: unknown[]): NDArray[] {
  noExtra(rest, 'vsplit');
  checkSections(indicesOrSections, 'vsplit');
  const x = asarray(a);
  if (x.ndim < 2) throw new ValueError('vsplit only works on arrays of 2 or more dimensions');
  return split(x, indicesOrSections, { axis: 0 });
}

/**
 * NumPy's `dsplit`: {@link split} along axis 2 of an array of at least 3 dimensions.
 *
 * @example
 * ```ts
 * dsplit(ones([1, 2, 4]), 2)[0].shape; // [1, 2, 2]
 * ```
 */
export function dsplit(a: ArrayInput, indicesOrSections: number | readonly number[]): NDArray[];
export function dsplit(a: ArrayInput, indicesOrSections: number | readonly number[], ...rest: unknown[]): NDArray[] {
  noExtra(rest, 'dsplit');
  checkSections(indicesOrSections, 'dsplit');
  const x = asarray(a);
  if (x.ndim < 3) throw new ValueError('dsplit only works on arrays of 3 or more dimensions');
  return split(x, indicesOrSections, { axis: 2 });
}
