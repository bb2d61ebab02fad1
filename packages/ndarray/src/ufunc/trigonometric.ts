/** Trigonometric and hyperbolic ufuncs, their inverses, arctan2, hypot and angle conversions. */
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  ARCCOSH_LOOPS,
  ARCCOS_LOOPS,
  ARCSINH_LOOPS,
  ARCSIN_LOOPS,
  ARCTAN2_LOOPS,
  ARCTANH_LOOPS,
  ARCTAN_LOOPS,
  COSH_LOOPS,
  COS_LOOPS,
  DEG2RAD_LOOPS,
  HYPOT_LOOPS,
  RAD2DEG_LOOPS,
  SINH_LOOPS,
  SIN_LOOPS,
  TANH_LOOPS,
  TAN_LOOPS,
} from './loops/trigonometric.generated.js';
import type { Loop1, Loop2, UfuncOptions } from './types.js';

const SIN: UfuncSpec<Loop1> = { name: 'sin', loops: SIN_LOOPS };
const COS: UfuncSpec<Loop1> = { name: 'cos', loops: COS_LOOPS };
const TAN: UfuncSpec<Loop1> = { name: 'tan', loops: TAN_LOOPS };
const ARCSIN: UfuncSpec<Loop1> = { name: 'arcsin', loops: ARCSIN_LOOPS };
const ARCCOS: UfuncSpec<Loop1> = { name: 'arccos', loops: ARCCOS_LOOPS };
const ARCTAN: UfuncSpec<Loop1> = { name: 'arctan', loops: ARCTAN_LOOPS };
const SINH: UfuncSpec<Loop1> = { name: 'sinh', loops: SINH_LOOPS };
const COSH: UfuncSpec<Loop1> = { name: 'cosh', loops: COSH_LOOPS };
const TANH: UfuncSpec<Loop1> = { name: 'tanh', loops: TANH_LOOPS };
const ARCSINH: UfuncSpec<Loop1> = { name: 'arcsinh', loops: ARCSINH_LOOPS };
const ARCCOSH: UfuncSpec<Loop1> = { name: 'arccosh', loops: ARCCOSH_LOOPS };
const ARCTANH: UfuncSpec<Loop1> = { name: 'arctanh', loops: ARCTANH_LOOPS };
const DEG2RAD: UfuncSpec<Loop1> = { name: 'deg2rad', loops: DEG2RAD_LOOPS };
const RAD2DEG: UfuncSpec<Loop1> = { name: 'rad2deg', loops: RAD2DEG_LOOPS };
const ARCTAN2: UfuncSpec<Loop2> = { name: 'arctan2', loops: ARCTAN2_LOOPS };
const HYPOT: UfuncSpec<Loop2> = { name: 'hypot', loops: HYPOT_LOOPS };

/**
 * Sine (radians).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns sin(x).
 * @example
 * ```ts
 * sin([0, Math.PI / 2]).toArray(); // [0, 1]
 * ```
 */
export function sin(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SIN, [x], options);
}

/**
 * Cosine (radians).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns cos(x).
 * @example
 * ```ts
 * cos([0]).toArray(); // [1]
 * ```
 */
export function cos(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(COS, [x], options);
}

/**
 * Tangent (radians).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns tan(x).
 * @example
 * ```ts
 * tan([0]).toArray(); // [0]
 * ```
 */
export function tan(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(TAN, [x], options);
}

/**
 * Inverse sine, in [-π/2, π/2] (NaN outside [-1, 1] for reals; principal branch for complex).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arcsin(x).
 * @example
 * ```ts
 * arcsin([1]).toArray(); // [1.5707963267948966]
 * ```
 */
export function arcsin(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCSIN, [x], options);
}

/**
 * Inverse cosine, in [0, π].
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arccos(x).
 * @example
 * ```ts
 * arccos([1]).toArray(); // [0]
 * ```
 */
export function arccos(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCCOS, [x], options);
}

/**
 * Inverse tangent, in (-π/2, π/2).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arctan(x).
 * @example
 * ```ts
 * arctan([1]).toArray(); // [0.7853981633974483]
 * ```
 */
export function arctan(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCTAN, [x], options);
}

/**
 * Hyperbolic sine.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns sinh(x).
 * @example
 * ```ts
 * sinh([0]).toArray(); // [0]
 * ```
 */
export function sinh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SINH, [x], options);
}

/**
 * Hyperbolic cosine.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns cosh(x).
 * @example
 * ```ts
 * cosh([0]).toArray(); // [1]
 * ```
 */
export function cosh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(COSH, [x], options);
}

/**
 * Hyperbolic tangent.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns tanh(x).
 * @example
 * ```ts
 * tanh([Infinity]).toArray(); // [1]
 * ```
 */
export function tanh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(TANH, [x], options);
}

/**
 * Inverse hyperbolic sine.
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arcsinh(x).
 * @example
 * ```ts
 * arcsinh([0]).toArray(); // [0]
 * ```
 */
export function arcsinh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCSINH, [x], options);
}

/**
 * Inverse hyperbolic cosine (NaN below 1 for reals).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arccosh(x).
 * @example
 * ```ts
 * arccosh([1]).toArray(); // [0]
 * ```
 */
export function arccosh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCCOSH, [x], options);
}

/**
 * Inverse hyperbolic tangent (±Infinity at ±1).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns arctanh(x).
 * @example
 * ```ts
 * arctanh([0]).toArray(); // [0]
 * ```
 */
export function arctanh(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCTANH, [x], options);
}

/**
 * Degrees to radians (x · π/180).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x in radians.
 * @example
 * ```ts
 * deg2rad([180]).toArray(); // [3.141592653589793]
 * ```
 */
export function deg2rad(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(DEG2RAD, [x], options);
}

/**
 * Radians to degrees (x · 180/π).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns x in degrees.
 * @example
 * ```ts
 * rad2deg([Math.PI]).toArray(); // [180]
 * ```
 */
export function rad2deg(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(RAD2DEG, [x], options);
}

/**
 * Quadrant-aware arctangent of `x1 / x2` (C's `atan2`), in [-π, π].
 *
 * @param x1 - y-coordinates.
 * @param x2 - x-coordinates.
 * @param options - `out`, `dtype`, `where`.
 * @returns The angle in radians.
 * @example
 * ```ts
 * arctan2([1, -1], [-1, -1]).toArray(); // [2.356194490192345, -2.356194490192345]
 * ```
 */
export function arctan2(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ARCTAN2, [x1, x2], options);
}

/**
 * sqrt(x1² + x2²) without intermediate overflow (Infinity if either is infinite, even with NaN).
 *
 * @param x1 - First leg.
 * @param x2 - Second leg.
 * @param options - `out`, `dtype`, `where`.
 * @returns The hypotenuse.
 * @example
 * ```ts
 * hypot([3], [4]).toArray(); // [5]
 * ```
 */
export function hypot(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(HYPOT, [x1, x2], options);
}

/**
 * Alias of {@link rad2deg}.
 *
 * @example
 * ```ts
 * degrees([Math.PI / 2]).toArray(); // [90]
 * ```
 */
export const degrees = rad2deg;

/**
 * Alias of {@link deg2rad}.
 *
 * @example
 * ```ts
 * radians([90]).toArray(); // [1.5707963267948966]
 * ```
 */
export const radians = deg2rad;
