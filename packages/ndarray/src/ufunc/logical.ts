/** Logical ufuncs: logicalAnd, logicalOr, logicalXor, logicalNot (truthiness in, bool out). */
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  LOGICAL_AND_LOOPS,
  LOGICAL_NOT_LOOPS,
  LOGICAL_OR_LOOPS,
  LOGICAL_XOR_LOOPS,
} from './loops/logical.generated.js';
import type { Loop1, Loop2, UfuncOptions } from './types.js';

const AND: UfuncSpec<Loop2> = { name: 'logicalAnd', loops: LOGICAL_AND_LOOPS, logical: true };
const OR: UfuncSpec<Loop2> = { name: 'logicalOr', loops: LOGICAL_OR_LOOPS, logical: true };
const XOR: UfuncSpec<Loop2> = { name: 'logicalXor', loops: LOGICAL_XOR_LOOPS, logical: true };
const NOT: UfuncSpec<Loop1> = { name: 'logicalNot', loops: LOGICAL_NOT_LOOPS, logical: true };

/**
 * Element-wise truth of `x1 && x2` (nonzero is true, NaN is true).
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * logicalAnd([true, true, false], [true, false, false]).toArray(); // [true, false, false]
 * ```
 */
export function logicalAnd(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(AND, [x1, x2], options);
}

/**
 * Element-wise truth of `x1 || x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * logicalOr([0, 0, 2], [0, 1, 0]).toArray(); // [false, true, true]
 * ```
 */
export function logicalOr(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(OR, [x1, x2], options);
}

/**
 * Element-wise truth of `x1 xor x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * logicalXor([1, 1, 0], [1, 0, 0]).toArray(); // [false, true, false]
 * ```
 */
export function logicalXor(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(XOR, [x1, x2], options);
}

/**
 * Element-wise `!x` (zero is false; NaN is true so its negation is false).
 *
 * @param x - Input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * logicalNot([0, 1, NaN]).toArray(); // [true, false, false]
 * ```
 */
export function logicalNot(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(NOT, [x], options);
}
