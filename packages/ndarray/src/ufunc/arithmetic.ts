/** Arithmetic ufuncs: add, subtract, multiply, divide, floorDivide, remainder, fmod, power and the unary ones. */
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  ABSOLUTE_LOOPS,
  ADD_LOOPS,
  DIVIDE_LOOPS,
  FLOOR_DIVIDE_LOOPS,
  FMOD_LOOPS,
  MULTIPLY_LOOPS,
  NEGATIVE_LOOPS,
  POSITIVE_LOOPS,
  POWER_LOOPS,
  RECIPROCAL_LOOPS,
  REMAINDER_LOOPS,
  SQUARE_LOOPS,
  SUBTRACT_LOOPS,
} from './loops/arithmetic.generated.js';
import type { Loop1, Loop2, UfuncOptions } from './types.js';

/** Float dtypes: arithmetic with a JS number or an array of the same dtype keeps the dtype. */
type FloatDType = 'float32' | 'float64' | 'complex64' | 'complex128';

const ADD: UfuncSpec<Loop2> = { name: 'add', loops: ADD_LOOPS };
const SUBTRACT: UfuncSpec<Loop2> = {
  name: 'subtract',
  loops: SUBTRACT_LOOPS,
  noBool: 'boolean subtract is not supported, use bitwiseXor or logicalXor instead',
};
const MULTIPLY: UfuncSpec<Loop2> = { name: 'multiply', loops: MULTIPLY_LOOPS };
const DIVIDE: UfuncSpec<Loop2> = { name: 'divide', loops: DIVIDE_LOOPS, trueDivide: true };
const FLOOR_DIVIDE: UfuncSpec<Loop2> = { name: 'floorDivide', loops: FLOOR_DIVIDE_LOOPS };
const REMAINDER: UfuncSpec<Loop2> = { name: 'remainder', loops: REMAINDER_LOOPS };
const FMOD: UfuncSpec<Loop2> = { name: 'fmod', loops: FMOD_LOOPS };
const POWER: UfuncSpec<Loop2> = { name: 'power', loops: POWER_LOOPS };
const NEGATIVE: UfuncSpec<Loop1> = {
  name: 'negative',
  loops: NEGATIVE_LOOPS,
  noBool: 'boolean negative is not supported, use logicalNot or invert instead',
};
const POSITIVE: UfuncSpec<Loop1> = { name: 'positive', loops: POSITIVE_LOOPS, noBool: 'not supported for bool' };
const ABSOLUTE: UfuncSpec<Loop1> = { name: 'abs', loops: ABSOLUTE_LOOPS };
const SQUARE: UfuncSpec<Loop1> = { name: 'square', loops: SQUARE_LOOPS };
const RECIPROCAL: UfuncSpec<Loop1> = { name: 'reciprocal', loops: RECIPROCAL_LOOPS };

// Large float arrays in the ndarray heap run these through the SIMD128 kernels.
/**
 * Element-wise `x1 + x2` with broadcasting. Integers wrap on overflow; bool + bool is logical or.
 * JS numbers are weak scalars (NEP 50): `add(int8Array, 1)` stays int8.
 *
 * @param x1 - First addend.
 * @param x2 - Second addend.
 * @param options - `out`, `dtype`, `where`.
 * @returns The sum (a new array, or `out`).
 * @throws {ShapeError} when the shapes do not broadcast.
 * @throws {ValueError} when a JS integer does not fit the array's integer dtype.
 * @example
 * ```ts
 * add([1, 2, 3], 10).toArray();                        // [11, 12, 13]
 * add(array([1, 2], { dtype: 'int8' }), 127).toArray(); // [-128, -127] (wraps)
 * ```
 */
export function add<D extends FloatDType>(
  x1: NDArray<D>,
  x2: NDArray<D> | number,
  options?: UfuncOptions & { dtype?: undefined; out?: null },
): NDArray<D>;
export function add(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray;
export function add(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ADD, [x1, x2], options);
}

/**
 * Element-wise `x1 - x2`. Integers wrap; bool - bool is refused like NumPy.
 *
 * @param x1 - Minuend.
 * @param x2 - Subtrahend.
 * @param options - `out`, `dtype`, `where`.
 * @returns The difference.
 * @throws {DTypeError} when both inputs are bool.
 * @example
 * ```ts
 * subtract([5, 7], [1, 2]).toArray(); // [4, 5]
 * ```
 */
export function subtract<D extends FloatDType>(
  x1: NDArray<D>,
  x2: NDArray<D> | number,
  options?: UfuncOptions & { dtype?: undefined; out?: null },
): NDArray<D>;
export function subtract(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray;
export function subtract(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SUBTRACT, [x1, x2], options);
}

/**
 * Element-wise `x1 * x2`. Integers wrap (int32 via Math.imul, int64 via BigInt); bool * bool is logical and.
 *
 * @param x1 - First factor.
 * @param x2 - Second factor.
 * @param options - `out`, `dtype`, `where`.
 * @returns The product.
 * @example
 * ```ts
 * multiply([1.5, 2], 2).toArray(); // [3, 4]
 * ```
 */
export function multiply<D extends FloatDType>(
  x1: NDArray<D>,
  x2: NDArray<D> | number,
  options?: UfuncOptions & { dtype?: undefined; out?: null },
): NDArray<D>;
export function multiply(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray;
export function multiply(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(MULTIPLY, [x1, x2], options);
}

/**
 * True division `x1 / x2`; integer and bool inputs compute in float64 (NumPy's true_divide).
 *
 * @param x1 - Dividend.
 * @param x2 - Divisor.
 * @param options - `out`, `dtype`, `where`.
 * @returns The quotient (float or complex).
 * @example
 * ```ts
 * divide([1, 3], 2).toArray(); // [0.5, 1.5]
 * divide(1, 0).item();          // Infinity
 * ```
 */
export function divide<D extends FloatDType>(
  x1: NDArray<D>,
  x2: NDArray<D> | number,
  options?: UfuncOptions & { dtype?: undefined; out?: null },
): NDArray<D>;
export function divide(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray;
export function divide(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(DIVIDE, [x1, x2], options);
}

/**
 * Alias of {@link divide} (NumPy's `true_divide`).
 *
 * @example
 * ```ts
 * trueDivide(7, 2).item(); // 3.5
 * ```
 */
export const trueDivide = divide;

/**
 * Floor division `x1 // x2` (rounds toward -Infinity). Integer division by zero gives 0 (NumPy 2);
 * floats follow NumPy's divmod (`floorDivide(-5.0, Infinity)` is -1).
 *
 * @param x1 - Dividend.
 * @param x2 - Divisor.
 * @param options - `out`, `dtype`, `where`.
 * @returns The floored quotient, integer for integer inputs.
 * @example
 * ```ts
 * floorDivide([7, -7], 2).toArray(); // [3, -4]
 * floorDivide([7], 0).toArray();     // [0]
 * ```
 */
export function floorDivide(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(FLOOR_DIVIDE, [x1, x2], options);
}

/**
 * Python-style remainder: the result has the sign of the divisor (`x1 - floorDivide(x1, x2) * x2`).
 * Integer remainder by zero gives 0; float remainder by zero is NaN.
 *
 * @param x1 - Dividend.
 * @param x2 - Divisor.
 * @param options - `out`, `dtype`, `where`.
 * @returns The remainder.
 * @example
 * ```ts
 * remainder([7, -7], 3).toArray(); // [1, 2]
 * remainder(-1, 3).item();          // 2
 * ```
 */
export function remainder(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(REMAINDER, [x1, x2], options);
}

/**
 * Alias of {@link remainder}.
 *
 * @example
 * ```ts
 * mod([5, -5], 3).toArray(); // [2, 1]
 * ```
 */
export const mod = remainder;

/**
 * C-style remainder: the result has the sign of the dividend. Integer fmod by zero gives 0.
 *
 * @param x1 - Dividend.
 * @param x2 - Divisor.
 * @param options - `out`, `dtype`, `where`.
 * @returns The remainder of truncated division.
 * @example
 * ```ts
 * fmod([7, -7], 3).toArray(); // [1, -1]
 * ```
 */
export function fmod(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(FMOD, [x1, x2], options);
}

/**
 * `x1 ** x2`. Integer powers wrap on overflow; a negative integer exponent is an error like NumPy.
 * Floats follow C's `pow` (`power(1, NaN)` is 1).
 *
 * @param x1 - Base.
 * @param x2 - Exponent.
 * @param options - `out`, `dtype`, `where`.
 * @returns The power.
 * @throws {ValueError} "Integers to negative integer powers are not allowed."
 * @example
 * ```ts
 * power([2, 3], 3).toArray(); // [8, 27]
 * power(2, 0.5).item();       // 1.4142135623730951
 * ```
 */
export function power<D extends FloatDType>(
  x1: NDArray<D>,
  x2: NDArray<D> | number,
  options?: UfuncOptions & { dtype?: undefined; out?: null },
): NDArray<D>;
export function power(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray;
export function power(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(POWER, [x1, x2], options);
}

/**
 * Element-wise `-x`. Integers wrap (`negative(int8 -128)` is -128); bool is refused like NumPy.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The negation.
 * @example
 * ```ts
 * negative([1, -2]).toArray(); // [-1, 2]
 * ```
 */
export function negative(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(NEGATIVE, [x], options);
}

/**
 * Element-wise `+x` (a copy); bool is refused like NumPy.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns A copy of the values.
 * @example
 * ```ts
 * positive([1, -2]).toArray(); // [1, -2]
 * ```
 */
export function positive(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(POSITIVE, [x], options);
}

/**
 * Absolute value; complex gives the (real) modulus. `abs(INT_MIN)` wraps to INT_MIN like NumPy.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns |x|.
 * @example
 * ```ts
 * abs([-1.5, 2]).toArray();          // [1.5, 2]
 * abs([{ re: 3, im: 4 }]).toArray(); // [5]
 * ```
 */
export function abs(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ABSOLUTE, [x], options);
}

/**
 * Alias of {@link abs}.
 *
 * @example
 * ```ts
 * absolute([-3]).toArray(); // [3]
 * ```
 */
export const absolute = abs;

/**
 * Element-wise `x * x` (integers wrap; bool squares as int8 like NumPy).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x².
 * @example
 * ```ts
 * square([2, -3]).toArray(); // [4, 9]
 * ```
 */
export function square(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SQUARE, [x], options);
}

/**
 * Element-wise `1 / x`. For integers this truncates (so |x| >= 2 gives 0), as NumPy does.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns 1/x.
 * @example
 * ```ts
 * reciprocal([2, 0.5]).toArray(); // [0.5, 2]
 * ```
 */
export function reciprocal(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(RECIPROCAL, [x], options);
}
