/** Bitwise ufuncs on bool and integer arrays: and, or, xor, invert, leftShift, rightShift. */
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  BITWISE_AND_LOOPS,
  BITWISE_OR_LOOPS,
  BITWISE_XOR_LOOPS,
  INVERT_LOOPS,
  LEFT_SHIFT_LOOPS,
  RIGHT_SHIFT_LOOPS,
} from './loops/bitwise.generated.js';
import type { Loop1, Loop2, UfuncOptions } from './types.js';

const AND: UfuncSpec<Loop2> = { name: 'bitwiseAnd', loops: BITWISE_AND_LOOPS };
const OR: UfuncSpec<Loop2> = { name: 'bitwiseOr', loops: BITWISE_OR_LOOPS };
const XOR: UfuncSpec<Loop2> = { name: 'bitwiseXor', loops: BITWISE_XOR_LOOPS };
const INVERT: UfuncSpec<Loop1> = { name: 'invert', loops: INVERT_LOOPS };
const LSHIFT: UfuncSpec<Loop2> = { name: 'leftShift', loops: LEFT_SHIFT_LOOPS };
const RSHIFT: UfuncSpec<Loop2> = { name: 'rightShift', loops: RIGHT_SHIFT_LOOPS };

/**
 * Bitwise AND of bool/integer arrays.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x1 & x2.
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * bitwiseAnd([12, 10], 6).toArray(); // [4, 2]
 * ```
 */
export function bitwiseAnd(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(AND, [x1, x2], options);
}

/**
 * Bitwise OR of bool/integer arrays.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x1 | x2.
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * bitwiseOr([12, 10], 1).toArray(); // [13, 11]
 * ```
 */
export function bitwiseOr(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(OR, [x1, x2], options);
}

/**
 * Bitwise XOR of bool/integer arrays.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x1 ^ x2.
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * bitwiseXor([12], 10).toArray(); // [6]
 * ```
 */
export function bitwiseXor(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(XOR, [x1, x2], options);
}

/**
 * Bitwise NOT (`~x`; logical not for bool).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ~x.
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * invert([0, 5]).toArray();         // [-1, -6]
 * invert([true, false]).toArray();  // [false, true]
 * ```
 */
export function invert(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(INVERT, [x], options);
}

/**
 * Alias of {@link invert} (NumPy 2's `bitwise_not`).
 *
 * @example
 * ```ts
 * bitwiseNot([1]).toArray(); // [-2]
 * ```
 */
export const bitwiseNot = invert;

/**
 * `x1 << x2`. Shifting by the bit width or more (or by a negative amount) gives 0, like NumPy.
 *
 * @param x1 - Values.
 * @param x2 - Shift amounts.
 * @param options - `out`, `dtype`, `where`.
 * @returns The shifted values (wrapped to the dtype).
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * leftShift([1, 1], [3, 40]).toArray(); // [8, 0]
 * ```
 */
export function leftShift(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(LSHIFT, [x1, x2], options);
}

/**
 * Arithmetic `x1 >> x2` (sign-filling for signed dtypes). Shifting by the bit width or more gives
 * 0, or -1 for negative signed values, like NumPy.
 *
 * @param x1 - Values.
 * @param x2 - Shift amounts.
 * @param options - `out`, `dtype`, `where`.
 * @returns The shifted values.
 * @throws {DTypeError} for float or complex inputs.
 * @example
 * ```ts
 * rightShift([-16, 16], 2).toArray(); // [-4, 4]
 * ```
 */
export function rightShift(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(RSHIFT, [x1, x2], options);
}
