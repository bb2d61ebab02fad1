/** `dot`: NumPy's dot product (scalars multiply, 1-D inner product, N-D sum over a's last and b's second-to-last axis). */
import { type ArrayInput, asarray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import { ShapeError, ValueError } from '../errors.js';
import type { NDArray, Scalar } from '../ndarray.js';
import { multiply } from './elementwise.js';
import { castTo, fmtShape } from './layout.js';
import { scalarOrArray, writeOut } from './result.js';
import { contract } from './tensordot.js';
import { broadcastShapes } from '../core/iter.js';
import { is, signature } from '../core/args.js';

const parseDot = signature<DotOptions>('dot', ['out'], { out: is.orNone(is.protocolArray) } as never);

/** Options of `dot`. */
export interface DotOptions {
  /**
   * Array to write the result into; like NumPy it must have exactly the result's dtype and shape
   * and be C-contiguous. It is returned (also for a 0-d result).
   */
  out?: NDArray;
}

/**
 * NumPy's `dot`: a 0-d operand multiplies elementwise; two 1-D operands give their inner product;
 * otherwise the sum over the last axis of `a` and the second-to-last of `b` (the last, when `b` is
 * 1-D), so `dot(a, b)[i, j, k, m] = Σ a[i, j, :] · b[k, :, m]`. A 0-d result is returned as a JS
 * scalar (number, bigint, boolean or `{ re, im }`), like Stride's full reductions.
 *
 * @param a - first operand.
 * @param b - second operand.
 * @param options - `out`.
 * @returns the product: an NDArray, or a JS scalar when the result is 0-d and no `out` is given.
 * @throws {ShapeError} when the summed axes differ in length.
 * @throws {ValueError} when `out` is not acceptable (wrong dtype, shape or layout).
 * @example
 * ```ts
 * dot([1, 2, 3], [4, 5, 6]);                   // 32
 * dot([[1, 2], [3, 4]], [1, 1]).toArray();     // [3, 7]
 * dot(ones([2, 3, 4]), ones([5, 4, 6])).shape; // [2, 3, 5, 6]
 * ```
 */
export function dot(a: ArrayInput, b: ArrayInput, out?: NDArray | null, options?: DotOptions): NDArray | Scalar;
export function dot(a: ArrayInput, b: ArrayInput, options?: DotOptions): NDArray | Scalar;
export function dot(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options = parseDot(rest, 'dot') as DotOptions;
  const x = asarray(a);
  const y = asarray(b);
  const dtype = promoteTypes(x.dtype, y.dtype);
  let result: NDArray;
  if (x.ndim === 0 || y.ndim === 0) {
    const shape = broadcastShapes('dot', x.shape, y.shape);
    result = multiply(castTo(x, dtype), castTo(y, dtype), shape);
  } else {
    const axB = y.ndim === 1 ? 0 : y.ndim - 2;
    const ka = x.shape[x.ndim - 1] as number;
    const kb = y.shape[axB] as number;
    if (ka !== kb) {
      throw new ShapeError(
        `dot: shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)} not aligned: ${ka} (dim ${x.ndim - 1}) != ${kb} (dim ${axB})`,
      );
    }
    result = contract(x, y, [x.ndim - 1], [axB], dtype, 'dot');
  }
  const out = options.out;
  if (out === undefined) return scalarOrArray(result);
  if (out.dtype !== dtype || !out.flags.cContiguous) {
    throw new ValueError(
      `dot: output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array): out is ${out.dtype} with strides ${fmtShape(out.strides)}, the result is ${dtype}`,
    );
  }
  if (out.ndim !== result.ndim || out.shape.some((d, i) => d !== result.shape[i])) {
    throw new ValueError(
      `dot: output array has wrong dimensions: out has shape ${fmtShape(out.shape)}, the result has shape ${fmtShape(result.shape)}`,
    );
  }
  out.assertWritable('dot');
  return writeOut(out, result);
}
