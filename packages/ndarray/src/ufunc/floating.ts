/** Float classification and sign ufuncs: isnan, isinf, isfinite, sign, copysign, heaviside; nanToNum. */
import { DTYPES } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, copy } from '../core/convert.js';
import { isComplex, isFloat } from '../core/dtype.js';
import { forEach1 } from '../core/iter.js';
import { type UfuncSpec, apply } from './engine.js';
import {
  COPYSIGN_LOOPS,
  HEAVISIDE_LOOPS,
  ISFINITE_LOOPS,
  ISINF_LOOPS,
  ISNAN_LOOPS,
  SIGN_LOOPS,
} from './loops/floating.generated.js';
import type { Loop1, Loop2, UfuncOptions } from './types.js';
import { is, signature } from '../core/args.js';

const parseNanToNum = signature<NanToNumOptions>('nanToNum', ['copy', 'nan', 'posinf', 'neginf'], {
  copy: is.boolean,
  nan: is.number,
  posinf: is.number,
  neginf: is.number,
} as never);

const ISNAN: UfuncSpec<Loop1> = { name: 'isnan', loops: ISNAN_LOOPS };
const ISINF: UfuncSpec<Loop1> = { name: 'isinf', loops: ISINF_LOOPS };
const ISFINITE: UfuncSpec<Loop1> = { name: 'isfinite', loops: ISFINITE_LOOPS };
const SIGN: UfuncSpec<Loop1> = { name: 'sign', loops: SIGN_LOOPS, noBool: 'not supported for bool' };
const COPYSIGN: UfuncSpec<Loop2> = { name: 'copysign', loops: COPYSIGN_LOOPS };
const HEAVISIDE: UfuncSpec<Loop2> = { name: 'heaviside', loops: HEAVISIDE_LOOPS };

/**
 * Whether each element is NaN (complex: either part). Integers and bools are never NaN.
 *
 * @param x - Input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * isnan([1, NaN]).toArray(); // [false, true]
 * ```
 */
export function isnan(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ISNAN, [x], options);
}

/**
 * Whether each element is ±Infinity (complex: either part).
 *
 * @param x - Input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * isinf([1, -Infinity, NaN]).toArray(); // [false, true, false]
 * ```
 */
export function isinf(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ISINF, [x], options);
}

/**
 * Whether each element is finite (not NaN, not infinite; complex: both parts).
 *
 * @param x - Input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * isfinite([1, Infinity, NaN]).toArray(); // [true, false, false]
 * ```
 */
export function isfinite(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(ISFINITE, [x], options);
}

/**
 * -1, 0 or 1 by sign (NaN stays NaN, -0 gives 0). Complex gives z/|z| (NumPy 2).
 *
 * @param x - Input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The sign, in x's dtype.
 * @throws {DTypeError} for bool input.
 * @example
 * ```ts
 * sign([-3, 0, 2.5]).toArray();       // [-1, 0, 1]
 * sign([{ re: 3, im: 4 }]).toArray(); // [{ re: 0.6, im: 0.8 }]
 * ```
 */
export function sign(x: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(SIGN, [x], options);
}

/**
 * |x1| with the sign of x2 (including -0 and the sign bit of NaN).
 *
 * @param x1 - Magnitudes.
 * @param x2 - Signs.
 * @param options - `out`, `dtype`, `where`.
 * @returns The combined values (float).
 * @example
 * ```ts
 * copysign([1, 2], array([-0, 1], { dtype: 'float64' })).toArray(); // [-1, 2] (a JS -0 alone infers int32)
 * ```
 */
export function copysign(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(COPYSIGN, [x1, x2], options);
}

/**
 * Heaviside step: 0 for x1 < 0, x2 where x1 == 0, 1 for x1 > 0, NaN for NaN.
 *
 * @param x1 - Input values.
 * @param x2 - Value at 0.
 * @param options - `out`, `dtype`, `where`.
 * @returns The step function (float).
 * @example
 * ```ts
 * heaviside([-1, 0, 2], 0.5).toArray(); // [0, 0.5, 1]
 * ```
 */
export function heaviside(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(HEAVISIDE, [x1, x2], options);
}

/** Options of {@link nanToNum}. */
export interface NanToNumOptions {
  /** Return a new array (default) or replace in place. */
  copy?: boolean;
  /** Replacement for NaN (default 0). */
  nan?: number;
  /** Replacement for +Infinity (default: the dtype's largest finite value). */
  posinf?: number;
  /** Replacement for -Infinity (default: the dtype's most negative finite value). */
  neginf?: number;
}

const F32_MAX = 3.4028234663852886e38;

/**
 * Replaces NaN with 0 (or `nan`) and ±Infinity with the largest finite values (or `posinf` /
 * `neginf`); complex replaces in each part. Integer and bool arrays pass through unchanged.
 *
 * @param x - Input.
 * @param options - `copy`, `nan`, `posinf`, `neginf`.
 * @returns The cleaned array (x itself when `copy: false`).
 * @example
 * ```ts
 * nanToNum([NaN, Infinity, -Infinity, 1]).toArray();
 * // [0, 1.7976931348623157e308, -1.7976931348623157e308, 1]
 * ```
 */
export function nanToNum(
  x: ArrayInput,
  copy?: boolean,
  nan?: number,
  posinf?: number,
  neginf?: number,
  options?: NanToNumOptions,
): NDArray;
export function nanToNum(x: ArrayInput, options?: NanToNumOptions): NDArray;
export function nanToNum(x: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseNanToNum(rest, 'nanToNum') as NanToNumOptions;
  const a = asarray(x);
  const out = options.copy === false ? a : copy(a);
  if (!isFloat(out.dtype) && !isComplex(out.dtype)) return out;
  out.assertWritable('nanToNum');
  const big = out.dtype === 'float32' || out.dtype === 'complex64' ? F32_MAX : Number.MAX_VALUE;
  const nanV = options.nan ?? 0;
  const pos = options.posinf ?? big;
  const neg = options.neginf ?? -big;
  const lanes = DTYPES[out.dtype].lanes;
  const D = out.data as Float64Array;
  forEach1(out.shape, out.strides, out.offset, (n, i, s) => {
    for (let k = 0; k < n; k++, i += s) {
      for (let l = 0; l < lanes; l++) {
        const j = i * lanes + l;
        const v = D[j] as number;
        if (Number.isNaN(v)) D[j] = nanV;
        else if (v === Number.POSITIVE_INFINITY) D[j] = pos;
        else if (v === Number.NEGATIVE_INFINITY) D[j] = neg;
      }
    }
  });
  return out;
}
