/** View helpers shared by indexing and manipulation: flat C-order views and read-only views. */
import { ARRAY_KEY, cStrides } from '@stride/protocol';
import { assign, emptyArray } from '../core/convert.js';
import { NDArray } from '../ndarray.js';

/**
 * `a` flattened in C order: a view when the non-unit axes are C-contiguous, else a copy.
 *
 * @example
 * ```ts
 * flatC(zeros([2, 3])).shape; // [6]
 * ```
 */
export function flatC(a: NDArray): NDArray {
  if (a.ndim === 1) return a;
  const n = a.size;
  const cs = cStrides(a.shape);
  let contiguous = true;
  for (let i = 0; i < a.ndim; i++) if ((a.shape[i] as number) > 1 && a.strides[i] !== cs[i]) contiguous = false;
  if (contiguous || n === 0) return a.view([n], [1], n === 0 ? 0 : a.offset);
  const c = emptyArray(a.dtype, a.shape);
  assign(c, a);
  return c.view([n], [1], 0);
}

/**
 * A read-only view of `a`'s storage with another layout (what NumPy returns from `broadcast_to`
 * and `diagonal`). Memory-backed arrays stay attached to their memory.
 *
 * @example
 * ```ts
 * readonlyView(arange(3), [2, 3], [0, 1], 0).readonly; // true
 * ```
 */
export function readonlyView(
  a: NDArray,
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
): NDArray {
  const d = a[ARRAY_KEY]();
  return NDArray.fromDescriptor({ ...d, shape, strides, offset, readonly: true }, a.base ?? a);
}
