/** Powers, exponentials and logarithms: sqrt, cbrt, exp, exp2, expm1, log, log2, log10, log1p. */
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  CBRT_LOOPS,
  EXP2_LOOPS,
  EXPM1_LOOPS,
  EXP_LOOPS,
  LOG10_LOOPS,
  LOG1P_LOOPS,
  LOG2_LOOPS,
  LOG_LOOPS,
  SQRT_LOOPS,
} from './loops/exponential.generated.js';
import type { Loop1, UfuncOptions } from './types.js';

const SQRT: UfuncSpec<Loop1> = { name: 'sqrt', loops: SQRT_LOOPS };
const CBRT: UfuncSpec<Loop1> = { name: 'cbrt', loops: CBRT_LOOPS };
const EXP: UfuncSpec<Loop1> = { name: 'exp', loops: EXP_LOOPS };
const EXP2: UfuncSpec<Loop1> = { name: 'exp2', loops: EXP2_LOOPS };
const EXPM1: UfuncSpec<Loop1> = { name: 'expm1', loops: EXPM1_LOOPS };
const LOG: UfuncSpec<Loop1> = { name: 'log', loops: LOG_LOOPS };
const LOG2: UfuncSpec<Loop1> = { name: 'log2', loops: LOG2_LOOPS };
const LOG10: UfuncSpec<Loop1> = { name: 'log10', loops: LOG10_LOOPS };
const LOG1P: UfuncSpec<Loop1> = { name: 'log1p', loops: LOG1P_LOOPS };

/**
 * Square root (NaN for negative reals; principal root for complex). Integer inputs compute in the
 * smallest float that holds them: (u)int8/(u)int16/bool -> float32 (NumPy: float16), wider -> float64.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns √x.
 * @example
 * ```ts
 * sqrt([4, 9]).toArray();            // [2, 3]
 * sqrt([{ re: -4, im: 0 }]).toArray(); // [{ re: 0, im: 2 }]
 * ```
 */
export function sqrt(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SQRT, [x], options);
}

/**
 * Cube root (real; negative inputs give negative roots).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ∛x.
 * @example
 * ```ts
 * cbrt([27, -8]).toArray(); // [3, -2]
 * ```
 */
export function cbrt(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(CBRT, [x], options);
}

/**
 * e^x.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The exponential.
 * @example
 * ```ts
 * exp([0, 1]).toArray(); // [1, 2.718281828459045]
 * ```
 */
export function exp(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(EXP, [x], options);
}

/**
 * 2^x.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The base-2 exponential.
 * @example
 * ```ts
 * exp2([3, -1]).toArray(); // [8, 0.5]
 * ```
 */
export function exp2(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(EXP2, [x], options);
}

/**
 * e^x - 1, accurate for small x.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns e^x - 1.
 * @example
 * ```ts
 * expm1([1e-10]).toArray(); // [1.00000000005e-10]
 * ```
 */
export function expm1(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(EXPM1, [x], options);
}

/**
 * Natural logarithm (-Infinity at 0, NaN for negative reals; principal branch for complex).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ln x.
 * @example
 * ```ts
 * log([1, Math.E]).toArray(); // [0, 1]
 * ```
 */
export function log(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(LOG, [x], options);
}

/**
 * Base-2 logarithm.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns log2 x.
 * @example
 * ```ts
 * log2([8, 0.5]).toArray(); // [3, -1]
 * ```
 */
export function log2(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(LOG2, [x], options);
}

/**
 * Base-10 logarithm.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns log10 x.
 * @example
 * ```ts
 * log10([1000]).toArray(); // [3]
 * ```
 */
export function log10(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(LOG10, [x], options);
}

/**
 * ln(1 + x), accurate for small x.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns ln(1 + x).
 * @example
 * ```ts
 * log1p([0, 1e-10]).toArray(); // [0, 9.999999999500001e-11]
 * ```
 */
export function log1p(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(LOG1P, [x], options);
}
