/** `broadcastTo` and `broadcastArrays`: read-only views with zero strides. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { broadcastShapes, broadcastStrides } from '../core/iter.js';
import { ShapeError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { readonlyView } from '../indexing/views.js';
import { checkShapeArg } from './args.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy's `broadcast_to`: a read-only view of `a` with the given shape (stretched axes get
 * stride 0).
 *
 * @param a - Input array.
 * @param shape - Target shape; `a`'s shape must broadcast to it.
 * @returns A read-only view.
 * @throws {ShapeError} when `a` cannot be broadcast to `shape`.
 *
 * @example
 * ```ts
 * broadcastTo([1, 2, 3], [2, 3]).toArray(); // [[1, 2, 3], [1, 2, 3]]
 * ```
 */
export function broadcastTo(a: ArrayInput, shape: number | readonly number[]): NDArray;
export function broadcastTo(a: ArrayInput, shape: number | readonly number[], ...rest: unknown[]): NDArray {
  noExtra(rest, 'broadcastTo');
  checkShapeArg(shape, 'broadcastTo', 'shape');
  const x = asarray(a);
  const s = typeof shape === 'number' ? [shape] : [...shape];
  for (const d of s) {
    if (!Number.isSafeInteger(d) || d < 0)
      throw new ValueError(`broadcastTo: all elements of broadcast shape must be non-negative, got [${s.join(', ')}]`);
  }
  const fail = (): ShapeError =>
    new ShapeError(`broadcastTo: cannot broadcast array of shape [${x.shape.join(', ')}] to shape [${s.join(', ')}]`);
  if (x.ndim > s.length) throw fail();
  const pad = s.length - x.ndim;
  for (let i = 0; i < x.ndim; i++) {
    const d = x.shape[i] as number;
    if (d !== 1 && d !== s[pad + i]) throw fail();
  }
  return readonlyView(x, s, broadcastStrides(x.shape, x.strides, s), x.offset);
}

/**
 * NumPy's `broadcast_arrays`: the inputs broadcast against each other. Inputs that already have
 * the common shape come back as they are; the others as read-only views (NumPy still returns
 * writable views with a FutureWarning; writing through stride-0 axes is never what one wants).
 *
 * @throws {ShapeError} when the shapes do not broadcast.
 *
 * @example
 * ```ts
 * const [x, y] = broadcastArrays([[1], [2]], [3, 4, 5]);
 * x.shape; // [2, 3]
 * ```
 */
export function broadcastArrays(...arrays: ArrayInput[]): NDArray[] {
  const xs = arrays.map((a) => asarray(a));
  const shape = broadcastShapes('broadcastArrays', ...xs.map((x) => x.shape));
  return xs.map((x) =>
    x.ndim === shape.length && x.shape.every((d, i) => d === shape[i])
      ? x
      : readonlyView(x, shape, broadcastStrides(x.shape, x.strides, shape), x.offset),
  );
}
