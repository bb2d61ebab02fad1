/** `matrixTranspose` (NumPy 2): swaps the last two axes. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy 2's `matrix_transpose`: a view of a stack of matrices with the last two axes swapped.
 *
 * @param x - input with at least 2 axes.
 * @returns a view of shape `[..., N, M]` sharing `x`'s storage.
 * @throws {ValueError} for input with fewer than 2 axes.
 * @example
 * ```ts
 * matrixTranspose(ones([5, 2, 3])).shape; // [5, 3, 2]
 * ```
 */
export function matrixTranspose(x: ArrayInput): NDArray;
export function matrixTranspose(x: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'matrixTranspose');
  const a = asarray(x);
  if (a.ndim < 2) {
    throw new ValueError(
      `matrixTranspose: input array must be at least 2-dimensional, but it is ${a.ndim}-dimensional`,
    );
  }
  const shape = [...a.shape];
  const strides = [...a.strides];
  const n = a.ndim;
  [shape[n - 2], shape[n - 1]] = [shape[n - 1] as number, shape[n - 2] as number];
  [strides[n - 2], strides[n - 1]] = [strides[n - 1] as number, strides[n - 2] as number];
  return a.view(shape, strides, a.offset);
}
