/** Rounding: floor, ceil, trunc, rint (ufuncs) and round(decimals). */
import { DTypeError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, assign, emptyArray } from '../core/convert.js';
import { isComplex, isInteger } from '../core/dtype.js';
import { type UfuncSpec, apply } from './engine.js';
import { divide, multiply } from './arithmetic.js';
import { imag, real } from './complex.js';
import { CEIL_LOOPS, FLOOR_LOOPS, RINT_LOOPS, TRUNC_LOOPS } from './loops/rounding.generated.js';
import type { Loop1, UfuncOptions } from './types.js';
import { is, signature } from '../core/args.js';

const FLOOR: UfuncSpec<Loop1> = { name: 'floor', loops: FLOOR_LOOPS };
const CEIL: UfuncSpec<Loop1> = { name: 'ceil', loops: CEIL_LOOPS };
const TRUNC: UfuncSpec<Loop1> = { name: 'trunc', loops: TRUNC_LOOPS };
const RINT: UfuncSpec<Loop1> = { name: 'rint', loops: RINT_LOOPS };

/**
 * Largest integer <= x. Integer and bool inputs keep their dtype (NumPy 2).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ⌊x⌋.
 * @example
 * ```ts
 * floor([-1.5, 1.5]).toArray(); // [-2, 1]
 * ```
 */
export function floor(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(FLOOR, [x], options);
}

/**
 * Smallest integer >= x (keeps -0: `ceil(-0.5)` is -0).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ⌈x⌉.
 * @example
 * ```ts
 * ceil([-1.5, 1.5]).toArray(); // [-1, 2]
 * ```
 */
export function ceil(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(CEIL, [x], options);
}

/**
 * Rounds toward zero.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x without its fractional part.
 * @example
 * ```ts
 * trunc([-1.7, 1.7]).toArray(); // [-1, 1]
 * ```
 */
export function trunc(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(TRUNC, [x], options);
}

/**
 * Rounds to the nearest integer, halves to even (C's `rint`). Integer inputs compute in float.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The rounded values (float or complex).
 * @example
 * ```ts
 * rint([0.5, 1.5, 2.5, -0.5]).toArray(); // [0, 2, 2, -0]
 * ```
 */
export function rint(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(RINT, [x], options);
}

const parseRound = signature<RoundOptions & { decimals?: number }>('round', ['decimals', 'out'], {
  decimals: is.int,
  out: is.nullable(is.protocolArray) as never,
});

/** Options of {@link round}. */
export interface RoundOptions {
  /** Array to write the result into (same shape; dtype the result casts to). */
  out?: NDArray | null;
}

/**
 * Rounds to `decimals` decimal places, halves to even, the way NumPy does it: scale by 10^decimals,
 * `rint`, scale back (so results carry the usual binary representation error, `round(2.675, 2)`
 * is 2.67). Float32 computes in float32. Integers are returned unchanged for `decimals >= 0` and
 * rounded to tens, hundreds, ... for negative `decimals`. Complex rounds both parts.
 *
 * @param x - Input.
 * @param decimals - Number of decimal places (may be negative). Default 0.
 * @param options - `out`.
 * @returns The rounded array.
 * @throws {DTypeError} for bool input with negative decimals (NumPy cannot cast the float result back).
 * @example
 * ```ts
 * round([1.234, 2.5], 1).toArray(); // [1.2, 2.5]
 * round([0.5, 1.5, 2.5]).toArray();  // [0, 2, 2]
 * round([15, 25, -15], -1).toArray(); // [20, 20, -20]
 * ```
 */
export function round(
  x: ArrayInput,
  decimals?: number,
  out?: NDArray | null,
  options?: RoundOptions & { decimals?: number },
): NDArray;
export function round(x: ArrayInput, options?: RoundOptions & { decimals?: number }): NDArray;
export function round(x: ArrayInput, decimals: number, options?: RoundOptions): NDArray;
export function round(x: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseRound(rest, 'round') as RoundOptions & { decimals?: number };
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals)) throw new DTypeError(`round: decimals must be an integer, got ${decimals}`);
  const a = asarray(x);
  const target = options.out ?? emptyArray(a.dtype, a.shape);
  if (!(target instanceof NDArray)) throw new DTypeError('round: out must be an NDArray');
  if (isComplex(a.dtype)) {
    if (!isComplex(target.dtype))
      throw new DTypeError(`round: cannot write ${a.dtype} into out of dtype ${target.dtype}`);
    round(real(a), decimals, { out: real(target) });
    round(imag(a), decimals, { out: imag(target) });
    return target;
  }
  if (isInteger(a.dtype) || a.dtype === 'bool') {
    if (decimals >= 0) {
      if (target !== a) assign(target, a);
      return target;
    }
    if (a.dtype === 'bool') {
      throw new DTypeError(
        "round: cannot cast ufunc 'divide' output from float64 to bool with casting rule 'same_kind'",
      );
    }
    // NumPy divides in float64, rounds, multiplies back and casts to the integer dtype.
    const f = 10 ** -decimals;
    const t = divide(a, f);
    rint(t, { out: t });
    multiply(t, f, { out: t });
    assign(target, t);
    return target;
  }
  if (decimals === 0) return rint(a, { out: target });
  const f = decimals > 0 ? 10 ** decimals : 10 ** -decimals;
  const t = decimals > 0 ? multiply(a, f) : divide(a, f);
  rint(t, { out: t });
  if (decimals > 0) divide(t, f, { out: target });
  else multiply(t, f, { out: target });
  return target;
}

/**
 * Alias of {@link round} (NumPy's `around`).
 *
 * @example
 * ```ts
 * around([1.25], 1).toArray(); // [1.2]
 * ```
 */
export const around = round;
