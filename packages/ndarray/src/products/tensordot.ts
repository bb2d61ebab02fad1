/** `tensordot`: sums of products over chosen axis pairs, as one matrix product of reshaped operands. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { ShapeError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { matmulCore } from './core.js';
import { castTo, fmtShape, merge, permute } from './layout.js';
import { reshapeC } from './result.js';
import { is, signature } from '../core/args.js';

/** The `axes` argument: a count of trailing/leading axes, or the two lists (or single axes) to pair. */
export type TensordotAxes = number | readonly [number | readonly number[], number | readonly number[]];

/**
 * Sums products over `axes`: with a number `n`, the last `n` axes of `a` against the first `n` of
 * `b`; with `[axesA, axesB]`, `a`'s axes `axesA[i]` against `b`'s `axesB[i]`. The result has `a`'s
 * remaining axes then `b`'s. Always an NDArray (0-d when every axis is summed, as NumPy).
 *
 * @param a - first operand.
 * @param b - second operand.
 * @param axes - a non-negative count (default 2) or two lists of axes of equal length.
 * @returns the contraction, dtype promoted from both operands.
 * @throws {ValueError} for a negative count, lists of different lengths or repeated axes.
 * @throws {ShapeError} when paired axes differ in length or a count exceeds an operand's rank.
 * @example
 * ```ts
 * tensordot(ones([3, 4, 5]), ones([4, 3, 2]), [[1, 0], [0, 1]]).shape; // [5, 2]
 * tensordot([1, 2], [3, 4], 0).toArray();                              // [[3, 4], [6, 8]]
 * tensordot([[1, 2], [3, 4]], [[1, 0], [0, 1]]).toArray();             // 5 (0-d array)
 * ```
 */
const parseTensordot = signature<{ axes?: TensordotAxes }>('tensordot', ['axes'], {
  axes: is.or(is.nonNegInt, is.arrayOf(is.or(is.int, is.arrayOf(is.int)))) as never,
});

export function tensordot(
  a: ArrayInput,
  b: ArrayInput,
  axes?: TensordotAxes,
  options?: { axes?: TensordotAxes },
): NDArray;
export function tensordot(a: ArrayInput, b: ArrayInput, options?: { axes?: TensordotAxes }): NDArray;
export function tensordot(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  const { axes = 2 } = parseTensordot(rest, 'tensordot');
  const x = asarray(a);
  const y = asarray(b);
  let axA: number[];
  let axB: number[];
  if (typeof axes === 'number') {
    if (!Number.isInteger(axes) || axes < 0) {
      throw new ValueError(`tensordot: axes must be a non-negative integer or two lists of axes, got ${axes}`);
    }
    if (axes > x.ndim || axes > y.ndim) {
      throw new ShapeError(
        `tensordot: cannot sum over ${axes} axes of operands with shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)}`,
      );
    }
    axA = Array.from({ length: axes }, (_, i) => x.ndim - axes + i);
    axB = Array.from({ length: axes }, (_, i) => i);
  } else {
    const [la, lb] = axes;
    const listA = typeof la === 'number' ? [la] : [...la];
    const listB = typeof lb === 'number' ? [lb] : [...lb];
    if (listA.length !== listB.length) {
      throw new ValueError(
        `tensordot: shape-mismatch for sum: ${listA.length} axes of a paired with ${listB.length} axes of b`,
      );
    }
    axA = listA.map((ax) => normalizeAxis(ax, x.ndim, 'tensordot'));
    axB = listB.map((ax) => normalizeAxis(ax, y.ndim, 'tensordot'));
  }
  return contract(x, y, axA, axB, promoteTypes(x.dtype, y.dtype), 'tensordot');
}

/**
 * Σ over paired axes (`axA[i]` of `a` with `axB[i]` of `b`) in `dtype`: `a`'s free axes become the
 * rows and `b`'s the columns of one matrix product. Result axes: free axes of `a`, then of `b`.
 */
export function contract(
  a: NDArray,
  b: NDArray,
  axA: readonly number[],
  axB: readonly number[],
  dtype: DType,
  op: string,
): NDArray {
  if (new Set(axA).size !== axA.length || new Set(axB).size !== axB.length) {
    throw new ValueError(`${op}: duplicate axes are not allowed`);
  }
  for (let i = 0; i < axA.length; i++) {
    const da = a.shape[axA[i] as number] as number;
    const db = b.shape[axB[i] as number] as number;
    if (da !== db) {
      throw new ShapeError(
        `${op}: shape-mismatch for sum: axis ${axA[i]} of a has length ${da} but axis ${axB[i]} of b has length ${db} (shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)})`,
      );
    }
  }
  const freeA = range(a.ndim).filter((ax) => !axA.includes(ax));
  const freeB = range(b.ndim).filter((ax) => !axB.includes(ax));
  const a2 = castTo(merge(permute(a, [...freeA, ...axA]), [freeA.length, axA.length]), dtype);
  const b2 = castTo(merge(permute(b, [...axB, ...freeB]), [axB.length, freeB.length]), dtype);
  const r = matmulCore(a2, b2, []);
  return reshapeC(r, [...freeA.map((ax) => a.shape[ax] as number), ...freeB.map((ax) => b.shape[ax] as number)]);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
