/** Complex parts: real, imag (views), conj (ufunc) and angle. */
import { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { isComplex, realDType } from '../core/dtype.js';
import { type UfuncSpec, apply } from './engine.js';
import { arctan2 } from './trigonometric.js';
import { multiply } from './arithmetic.js';
import { CONJUGATE_LOOPS } from './loops/complex.generated.js';
import type { Loop1, UfuncOptions } from './types.js';
import { is, noExtra, signature } from '../core/args.js';

const parseAngle = signature<AngleOptions>('angle', ['deg'], { deg: is.boolean } as never);

const CONJUGATE: UfuncSpec<Loop1> = { name: 'conj', loops: CONJUGATE_LOOPS };

/** A float view of one part (0 = real, 1 = imag) of a complex array, sharing its storage. */
function partView(a: NDArray, part: 0 | 1): NDArray {
  return new NDArray(
    realDType(a.dtype),
    a.data,
    a.shape,
    a.strides.map((s) => 2 * s),
    2 * a.offset + part,
    { base: a.base ?? a, readonly: a.readonly },
  );
}

/**
 * The real part. For complex input this is a float view sharing storage (writes go through, like
 * NumPy's `a.real`); for real input it is the array itself.
 *
 * @param x - Input.
 * @returns The real part.
 * @example
 * ```ts
 * real([{ re: 1, im: 2 }]).toArray(); // [1]
 * ```
 */
export function real(x: ArrayInput): NDArray;
export function real(x: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'real');
  const a = asarray(x);
  return isComplex(a.dtype) ? partView(a, 0) : a;
}

/**
 * The imaginary part: a float view for complex input; zeros of the same dtype for real input.
 *
 * @param x - Input.
 * @returns The imaginary part.
 * @example
 * ```ts
 * imag([{ re: 1, im: 2 }]).toArray(); // [2]
 * imag([1.5]).toArray();              // [0]
 * ```
 */
export function imag(x: ArrayInput): NDArray;
export function imag(x: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'imag');
  const a = asarray(x);
  return isComplex(a.dtype) ? partView(a, 1) : emptyArray(a.dtype, a.shape);
}

/**
 * Complex conjugate (a copy for real input; bool computes as int8 like NumPy).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns re - i·im.
 * @example
 * ```ts
 * conj([{ re: 1, im: 2 }]).toArray(); // [{ re: 1, im: -2 }]
 * ```
 */
export function conj(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(CONJUGATE, [x], options);
}

/**
 * Alias of {@link conj}.
 *
 * @example
 * ```ts
 * conjugate([{ re: 0, im: 1 }]).toArray(); // [{ re: 0, im: -1 }]
 * ```
 */
export const conjugate = conj;

/** Options of {@link angle}. */
export interface AngleOptions {
  /** Return degrees instead of radians. */
  deg?: boolean;
}

/**
 * The argument of complex numbers, `arctan2(imag, real)` (for real input `arctan2(0, x)`: 0 or π).
 *
 * @param x - Input.
 * @param options - `deg` for degrees.
 * @returns The angle in radians (or degrees).
 * @example
 * ```ts
 * angle([{ re: 0, im: 1 }, -1]).toArray();        // [1.5707963267948966, 3.141592653589793]
 * angle([{ re: 1, im: 1 }], { deg: true }).toArray(); // [45]
 * ```
 */
export function angle(x: ArrayInput, deg?: boolean, options?: AngleOptions): NDArray;
export function angle(x: ArrayInput, options?: AngleOptions): NDArray;
export function angle(x: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseAngle(rest, 'angle') as AngleOptions;
  const a = asarray(x);
  const r = isComplex(a.dtype) ? arctan2(partView(a, 1), partView(a, 0)) : arctan2(0, a);
  if (options.deg) multiply(r, 180 / Math.PI, { out: r });
  return r;
}
