/** Broadcasting drivers for the elementwise kernels, plus the conjugate and ones-vector helpers. */
import type { DType } from '@stride/protocol';
import { copy, emptyArray, writeScalar } from '../core/convert.js';
import { broadcastStrides, forEach2, forEach3 } from '../core/iter.js';
import type { NDArray } from '../ndarray.js';
import { mulLoop, negLoop, subLoop } from './kernels/elementwise.js';

/** dst = x ∘ y elementwise, x and y (dst's dtype) broadcasting to dst's shape; dst may alias x or y. */
export function binaryInto(op: 'mul' | 'sub', x: NDArray, y: NDArray, dst: NDArray): void {
  const loop = (op === 'mul' ? mulLoop : subLoop)(dst.dtype, x.data, y.data, dst.data);
  forEach3(
    dst.shape,
    broadcastStrides(x.shape, x.strides, dst.shape),
    x.offset,
    broadcastStrides(y.shape, y.strides, dst.shape),
    y.offset,
    dst.strides,
    dst.offset,
    loop,
  );
}

/** dst = −x elementwise (x broadcasting to dst's shape, same dtype). */
export function negateInto(x: NDArray, dst: NDArray): void {
  const loop = negLoop(dst.dtype, x.data, dst.data);
  forEach2(dst.shape, broadcastStrides(x.shape, x.strides, dst.shape), x.offset, dst.strides, dst.offset, loop);
}

/** A fresh `x · y` of `shape` (operands already in `dtype` and broadcastable to `shape`). */
export function multiply(x: NDArray, y: NDArray, shape: readonly number[]): NDArray {
  const out = emptyArray(x.dtype, shape);
  binaryInto('mul', x, y, out);
  return out;
}

/** A fresh complex conjugate of a complex array; other dtypes are returned as they are. */
export function conjugate(x: NDArray): NDArray {
  if (x.dtype !== 'complex64' && x.dtype !== 'complex128') return x;
  const c = copy(x);
  const d = c.data as Float64Array;
  for (let i = 1; i < d.length; i += 2) d[i] = -(d[i] as number);
  return c;
}

/** A `[n, 1]` column of ones in `dtype`: the right operand that turns a sum into a matrix product. */
export function onesColumn(dtype: DType, n: number): NDArray {
  const out = emptyArray(dtype, [n, 1]);
  for (let i = 0; i < n; i++) writeScalar(dtype, out.data, i, 1);
  return out;
}
