/** `inner`: sums of products over the last axes of both operands. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import { broadcastShapes } from '../core/iter.js';
import { ShapeError } from '../errors.js';
import type { NDArray, Scalar } from '../ndarray.js';
import { multiply } from './elementwise.js';
import { castTo, fmtShape } from './layout.js';
import { scalarOrArray } from './result.js';
import { contract } from './tensordot.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy's `inner`: `inner(a, b)[i..., j...] = Σ a[i..., :] · b[j..., :]` over the last axes (no
 * conjugation); a 0-d operand multiplies elementwise. A 0-d result is returned as a JS scalar.
 *
 * @param a - first operand.
 * @param b - second operand, with the same last-axis length.
 * @returns an NDArray of shape `[...a.shape[:-1], ...b.shape[:-1]]`, or a JS scalar for two 1-D operands.
 * @throws {ShapeError} when the last axes differ in length.
 * @example
 * ```ts
 * inner([1, 2, 3], [0, 1, 0]);                    // 2
 * inner([[1, 2], [3, 4]], [[1, 0], [0, 1]]).toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export function inner(a: ArrayInput, b: ArrayInput): NDArray | Scalar;
export function inner(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  noExtra(rest, 'inner');
  const x = asarray(a);
  const y = asarray(b);
  const dtype = promoteTypes(x.dtype, y.dtype);
  if (x.ndim === 0 || y.ndim === 0) {
    return scalarOrArray(multiply(castTo(x, dtype), castTo(y, dtype), broadcastShapes('inner', x.shape, y.shape)));
  }
  const ka = x.shape[x.ndim - 1] as number;
  const kb = y.shape[y.ndim - 1] as number;
  if (ka !== kb) {
    throw new ShapeError(
      `inner: shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)} not aligned: ${ka} (dim ${x.ndim - 1}) != ${kb} (dim ${y.ndim - 1})`,
    );
  }
  return scalarOrArray(contract(x, y, [x.ndim - 1], [y.ndim - 1], dtype, 'inner'));
}
