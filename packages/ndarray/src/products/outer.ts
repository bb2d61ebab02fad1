/** `outer`: every product of an element of one flattened array with one of another. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import type { NDArray } from '../ndarray.js';
import { binaryInto } from './elementwise.js';
import { castTo, flatten } from './layout.js';
import { checkOut, writeOut } from './result.js';
import { is, signature } from '../core/args.js';

const parseOuter = signature<OuterOptions>('outer', ['out'], { out: is.orNone(is.protocolArray) } as never);

/** Options of `outer`. */
export interface OuterOptions {
  /** Array to write the `[a.size, b.size]` result into (cast with the 'same_kind' rule); it is returned. */
  out?: NDArray;
}

/**
 * NumPy's `outer`: `out[i, j] = a.flat[i] · b.flat[j]`, operands flattened in C order.
 *
 * @param a - first operand (flattened).
 * @param b - second operand (flattened).
 * @param options - `out`.
 * @returns a `[a.size, b.size]` array of the promoted dtype (or `out`).
 * @throws {ShapeError | DTypeError} when `out` has another shape or a dtype the result cannot be cast to.
 * @example
 * ```ts
 * outer([1, 2], [1, 10, 100]).toArray(); // [[1, 10, 100], [2, 20, 200]]
 * ```
 */
export function outer(a: ArrayInput, b: ArrayInput, out?: NDArray | null, options?: OuterOptions): NDArray;
export function outer(a: ArrayInput, b: ArrayInput, options?: OuterOptions): NDArray;
export function outer(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseOuter(rest, 'outer') as OuterOptions;
  const x = asarray(a);
  const y = asarray(b);
  const dtype: DType = promoteTypes(x.dtype, y.dtype);
  const shape = [x.size, y.size];
  if (options.out !== undefined) checkOut('outer', options.out, shape, dtype, 'same_kind');
  const xf = castTo(flatten(x), dtype);
  const yf = castTo(flatten(y), dtype);
  const result = emptyArray(dtype, shape);
  const col = xf.view(shape, [xf.strides[0] as number, 0], xf.offset);
  const row = yf.view(shape, [0, yf.strides[0] as number], yf.offset);
  binaryInto('mul', col, row, result);
  return options.out === undefined ? result : writeOut(options.out, result);
}
