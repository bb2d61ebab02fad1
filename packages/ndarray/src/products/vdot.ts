/** `vdot`: the dot product of two flattened arrays, conjugating the first. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import { ShapeError } from '../errors.js';
import type { Scalar } from '../ndarray.js';
import { matmulCore } from './core.js';
import { conjugate } from './elementwise.js';
import { castTo, flatten, fmtShape } from './layout.js';
import { scalarOrArray } from './result.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy's `vdot`: flattens both operands (C order), conjugates the first when complex, and returns
 * Σ conj(a)·b as a JS scalar.
 *
 * @param a - first operand (conjugated).
 * @param b - second operand, with as many elements as `a`.
 * @returns the scalar product (number, bigint, boolean or `{ re, im }`).
 * @throws {ShapeError} when the element counts differ.
 * @example
 * ```ts
 * vdot([[1, 2], [3, 4]], [[1, 1], [1, 1]]);           // 10
 * vdot([{ re: 0, im: 1 }], [{ re: 0, im: 1 }]);       // { re: 1, im: 0 }
 * ```
 */
export function vdot(a: ArrayInput, b: ArrayInput): Scalar;
export function vdot(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): Scalar {
  noExtra(rest, 'vdot');
  const x = asarray(a);
  const y = asarray(b);
  if (x.size !== y.size) {
    throw new ShapeError(
      `vdot: the operands have ${x.size} and ${y.size} elements (shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)})`,
    );
  }
  const dtype = promoteTypes(x.dtype, y.dtype);
  const xf = conjugate(castTo(flatten(x), dtype));
  const yf = castTo(flatten(y), dtype);
  const k = x.size;
  const row = xf.view([1, k], [0, k === 0 ? 0 : (xf.strides[0] as number)], xf.offset);
  const col = yf.view([k, 1], [k === 0 ? 0 : (yf.strides[0] as number), 0], yf.offset);
  const r = matmulCore(row, col, []);
  return scalarOrArray(r.view([], [], 0)) as Scalar;
}
