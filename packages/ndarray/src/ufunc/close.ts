/** Tolerant and exact array comparison: isclose, allclose, arrayEqual, arrayEquiv. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, isScalar } from '../core/convert.js';
import { isComplex, resultType } from '../core/dtype.js';
import { broadcastShapes, forEach1 } from '../core/iter.js';
import { abs, add, multiply, subtract } from './arithmetic.js';
import { equal, lessEqual } from './comparison.js';
import { isfinite, isnan } from './floating.js';
import { logicalAnd, logicalOr } from './logical.js';
import { Weak } from './engine.js';
import { is, noExtra, signature } from '../core/args.js';

const parseArrayEqual = signature<ArrayEqualOptions>('arrayEqual', ['equalNan'], { equalNan: is.boolean } as never);

const parseIsclose = signature<CloseOptions>('isclose', ['rtol', 'atol', 'equalNan'], {
  rtol: is.number,
  atol: is.number,
  equalNan: is.boolean,
} as never);
const parseAllclose = parseIsclose;

/** Options of {@link isclose} and {@link allclose}. */
export interface CloseOptions {
  /** Relative tolerance (default 1e-5). */
  rtol?: number;
  /** Absolute tolerance (default 1e-8). */
  atol?: number;
  /** Treat NaNs in the same place as equal (default false). */
  equalNan?: boolean;
}

/**
 * Whether `|a - b| <= atol + rtol * |b|` element-wise (NumPy's asymmetric test; infinities must
 * match exactly). `b` is converted to float first, so integers compare without overflow; float32
 * inputs compute in float32 like NumPy.
 *
 * @param a - First input.
 * @param b - Second input (the reference the relative tolerance scales with).
 * @param options - `rtol`, `atol`, `equalNan`.
 * @returns A bool array (0-d for scalar inputs).
 * @example
 * ```ts
 * isclose([1, 1.1], [1.000001, 1]).toArray(); // [true, false]
 * isclose(NaN, NaN, { equalNan: true }).item(); // true
 * ```
 */
export function isclose(
  a: ArrayInput,
  b: ArrayInput,
  rtol?: number,
  atol?: number,
  equalNan?: boolean,
  options?: CloseOptions,
): NDArray;
export function isclose(a: ArrayInput, b: ArrayInput, options?: CloseOptions): NDArray;
export function isclose(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseIsclose(rest, 'isclose') as CloseOptions;
  const rtol = options.rtol ?? 1e-5;
  const atol = options.atol ?? 1e-8;
  let y: ArrayInput;
  if (isScalar(b)) {
    // NumPy turns a Python int into a float here: a weak float (an int8 array then computes in
    // float64, a float32 array stays float32). The ufuncs accept the engine's Weak operand as is.
    y = typeof b === 'object' ? b : (new Weak(Number(b), 'float') as unknown as ArrayInput);
  } else {
    const arr = asarray(b);
    const dt = resultType([arr.dtype], ['float']);
    y = dt === arr.dtype ? arr : astype(arr, dt);
  }
  const x = isScalar(a) ? a : asarray(a);
  const tol = add(atol, multiply(rtol, abs(y)));
  let r = logicalAnd(lessEqual(abs(subtract(x, y)), tol), isfinite(y));
  r = logicalOr(r, equal(x, y), { out: r });
  if (options.equalNan) r = logicalOr(r, logicalAnd(isnan(x), isnan(y)), { out: r });
  return r;
}

/** Whether every element of a bool array is true. */
function allTrue(m: NDArray): boolean {
  const D = m.data;
  let ok = true;
  forEach1(m.shape, m.strides, m.offset, (n, i, s) => {
    if (!ok) return;
    for (let k = 0; k < n; k++, i += s) {
      if (D[i] === 0) {
        ok = false;
        return;
      }
    }
  });
  return ok;
}

/**
 * Whether {@link isclose} holds for every element (shapes must broadcast).
 *
 * @param a - First input.
 * @param b - Second input.
 * @param options - `rtol`, `atol`, `equalNan`.
 * @returns true when all elements are close.
 * @throws {ShapeError} when the shapes do not broadcast.
 * @example
 * ```ts
 * allclose([1e10, 1e-8], [1.00001e10, 1e-9]); // true
 * ```
 */
export function allclose(
  a: ArrayInput,
  b: ArrayInput,
  rtol?: number,
  atol?: number,
  equalNan?: boolean,
  options?: CloseOptions,
): boolean;
export function allclose(a: ArrayInput, b: ArrayInput, options?: CloseOptions): boolean;
export function allclose(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): boolean {
  const options = parseAllclose(rest, 'allclose') as CloseOptions;
  return allTrue(isclose(a, b, options));
}

/** Options of {@link arrayEqual}. */
export interface ArrayEqualOptions {
  /** Treat NaNs in the same place as equal (default false). */
  equalNan?: boolean;
}

/**
 * Whether two arrays have the same shape and equal elements (no broadcasting).
 *
 * @param a1 - First input.
 * @param a2 - Second input.
 * @param options - `equalNan`.
 * @returns true when shapes and all elements are equal.
 * @example
 * ```ts
 * arrayEqual([1, 2], [1, 2]);    // true
 * arrayEqual([1, 2], [[1, 2]]);  // false (shapes differ)
 * arrayEqual([NaN], [NaN], { equalNan: true }); // true
 * ```
 */
export function arrayEqual(a1: ArrayInput, a2: ArrayInput, equalNan?: boolean, options?: ArrayEqualOptions): boolean;
export function arrayEqual(a1: ArrayInput, a2: ArrayInput, options?: ArrayEqualOptions): boolean;
export function arrayEqual(a1: ArrayInput, a2: ArrayInput, ...rest: unknown[]): boolean {
  const options = parseArrayEqual(rest, 'arrayEqual') as ArrayEqualOptions;
  const x = asarray(a1);
  const y = asarray(a2);
  if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
  let eq = equal(x, y);
  if (options.equalNan && (isNanCapable(x) || isNanCapable(y))) {
    eq = logicalOr(eq, logicalAnd(isnan(x), isnan(y)), { out: eq });
  }
  return allTrue(eq);
}

function isNanCapable(a: NDArray): boolean {
  return a.dtype === 'float32' || a.dtype === 'float64' || isComplex(a.dtype);
}

/**
 * Whether two arrays are equal after broadcasting to a common shape (false when they cannot).
 *
 * @param a1 - First input.
 * @param a2 - Second input.
 * @returns true when the shapes broadcast and all elements are equal.
 * @example
 * ```ts
 * arrayEquiv([1, 2], [[1, 2], [1, 2]]); // true
 * arrayEquiv([1, 2], [1, 2, 3]);        // false
 * ```
 */
export function arrayEquiv(a1: ArrayInput, a2: ArrayInput): boolean;
export function arrayEquiv(a1: ArrayInput, a2: ArrayInput, ...rest: unknown[]): boolean {
  noExtra(rest, 'arrayEquiv');
  const x = asarray(a1);
  const y = asarray(a2);
  try {
    broadcastShapes('arrayEquiv', x.shape, y.shape);
  } catch {
    return false;
  }
  return allTrue(equal(x, y));
}
