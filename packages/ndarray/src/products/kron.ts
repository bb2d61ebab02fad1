/** `kron`: the Kronecker product, blocks of `b` scaled by each element of `a`. */
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import type { NDArray } from '../ndarray.js';
import { binaryInto } from './elementwise.js';
import { castTo } from './layout.js';
import { reshapeC } from './result.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy's `kron`: the operand with fewer axes gets leading length-1 axes, then
 * `kron(a, b)[i0 * b0 + j0, i1 * b1 + j1, ...] = a[i0, i1, ...] · b[j0, j1, ...]`, of shape
 * `a.shape[k] * b.shape[k]` per axis.
 *
 * @param a - first operand (the block scales).
 * @param b - second operand (the block).
 * @returns the Kronecker product in the promoted dtype.
 * @example
 * ```ts
 * kron([[1, 2], [3, 4]], [1, 10]).toArray(); // [[1, 10, 2, 20], [3, 30, 4, 40]]
 * kron(eye(2), ones([2, 2])).shape;           // [4, 4]
 * ```
 */
export function kron(a: ArrayInput, b: ArrayInput): NDArray;
export function kron(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'kron');
  const x = asarray(a);
  const y = asarray(b);
  const dtype = promoteTypes(x.dtype, y.dtype);
  const xc = castTo(x, dtype);
  const yc = castTo(y, dtype);
  const nd = Math.max(xc.ndim, yc.ndim);
  const pa = nd - xc.ndim;
  const pb = nd - yc.ndim;
  // Interleaved axes [a0, b0, a1, b1, ...]: a steps on the even axes, b on the odd ones.
  const shape: number[] = [];
  const sa: number[] = [];
  const sb: number[] = [];
  const result: number[] = [];
  for (let i = 0; i < nd; i++) {
    const da = i < pa ? 1 : (xc.shape[i - pa] as number);
    const db = i < pb ? 1 : (yc.shape[i - pb] as number);
    shape.push(da, db);
    sa.push(i < pa ? 0 : (xc.strides[i - pa] as number), 0);
    sb.push(0, i < pb ? 0 : (yc.strides[i - pb] as number));
    result.push(da * db);
  }
  const tmp = emptyArray(dtype, shape);
  binaryInto('mul', xc.view(shape, sa, xc.offset), yc.view(shape, sb, yc.offset), tmp);
  return reshapeC(tmp, result);
}
