/** `diagonal(a, offset, axis1, axis2)`: the diagonal of two axes as a read-only view. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { normalizeAxis } from '../core/iter.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { readonlyView } from './views.js';

/**
 * NumPy's `diagonal`: the `offset`-th diagonal of the 2-D sub-arrays spanned by `axis1` and
 * `axis2`, as a read-only view; those axes are removed and the diagonal becomes the last axis.
 *
 * @param a - Array of at least 2 dimensions.
 * @param offset - Diagonal offset: > 0 above the main diagonal, < 0 below.
 * @param axis1 - First axis of the 2-D sub-arrays (default 0).
 * @param axis2 - Second axis (default 1).
 * @returns A read-only view.
 * @throws {ValueError} for fewer than 2 dimensions or `axis1 === axis2`.
 *
 * @example
 * ```ts
 * diagonal([[0, 1, 2], [3, 4, 5]]).toArray();    // [0, 4]
 * diagonal([[0, 1, 2], [3, 4, 5]], 1).toArray(); // [1, 5]
 * ```
 */
export function diagonal(a: ArrayInput, offset = 0, axis1 = 0, axis2 = 1): NDArray {
  const x = asarray(a);
  if (x.ndim < 2)
    throw new ValueError(
      `diagonal: diag requires an array of at least two dimensions, got shape [${x.shape.join(', ')}]`,
    );
  const a1 = normalizeAxis(axis1, x.ndim, 'diagonal');
  const a2 = normalizeAxis(axis2, x.ndim, 'diagonal');
  if (a1 === a2) throw new ValueError('diagonal: axis1 and axis2 cannot be the same');
  if (!Number.isSafeInteger(offset)) throw new ValueError(`diagonal: offset must be an integer, got ${offset}`);
  const n1 = x.shape[a1] as number;
  const n2 = x.shape[a2] as number;
  const s1 = x.strides[a1] as number;
  const s2 = x.strides[a2] as number;
  let len: number;
  let off = x.offset;
  if (offset >= 0) {
    len = Math.max(0, Math.min(n1, n2 - offset));
    if (len > 0) off += offset * s2;
  } else {
    len = Math.max(0, Math.min(n1 + offset, n2));
    if (len > 0) off -= offset * s1;
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let ax = 0; ax < x.ndim; ax++) {
    if (ax === a1 || ax === a2) continue;
    shape.push(x.shape[ax] as number);
    strides.push(x.strides[ax] as number);
  }
  shape.push(len);
  strides.push(s1 + s2);
  return readonlyView(x, shape, strides, len > 0 ? off : x.offset);
}
