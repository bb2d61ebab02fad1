/** `bincount`: occurrences (or summed weights) of each non-negative integer. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isComplex, isInteger } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { flatValues } from '../sorting/compare.js';
import { fmtShape } from '../sorting/options.js';
import { is, signature } from '../core/args.js';

const parseBincount = signature<BincountOptions>('bincount', ['weights', 'minlength'], {
  weights: is.orNone(is.arrayLike),
  minlength: is.int,
} as never);

/** Options of {@link bincount}. */
export interface BincountOptions {
  /** One weight per element of `x`; the result sums them (float64) instead of counting. */
  weights?: ArrayInput;
  /** Minimum length of the result (default 0). */
  minlength?: number;
}

/**
 * Counts occurrences of each value in a 1-D array of non-negative integers: `out[i]` is the number
 * of times `i` appears (or the sum of the weights where it appears). The length is
 * `max(x) + 1`, at least `minlength`.
 *
 * @param x - 1-D non-negative integers (bool counts as 0/1; an empty array of any dtype is accepted).
 * @param options - `weights`, `minlength`.
 * @returns int32 counts, or float64 sums with `weights`.
 * @throws {ValueError} for negative values or a negative `minlength`; {DTypeError} for non-integer input or complex weights; {ShapeError} when `x` is not 1-D or the weights do not match.
 *
 * @example
 * ```ts
 * bincount([0, 1, 1, 3, 2, 1, 7]).toArray();                 // [1, 3, 1, 1, 0, 0, 0, 1]
 * bincount([0, 1, 1], { weights: [0.5, 1, 2] }).toArray();   // [0.5, 3]
 * ```
 */
export function bincount(
  x: ArrayInput,
  weights?: ArrayInput | null,
  minlength?: number,
  options?: BincountOptions,
): NDArray;
export function bincount(x: ArrayInput, options?: BincountOptions): NDArray;
export function bincount(x: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseBincount(rest, 'bincount') as BincountOptions;
  const a = asarray(x);
  const minlength = options.minlength ?? 0;
  if (!Number.isInteger(minlength)) throw new DTypeError(`bincount: minlength must be an integer, got ${minlength}`);
  if (minlength < 0) throw new ValueError(`bincount: minlength must not be negative, got ${minlength}`);
  if (a.ndim !== 1) throw new ShapeError(`bincount: x must be 1-D, got shape ${fmtShape(a.shape)}`);
  const n = a.size;
  if (n === 0) return emptyArray(DEFAULT_INT, [minlength]);
  if (a.dtype !== 'bool' && !isInteger(a.dtype)) {
    throw new DTypeError(`bincount: cannot cast array data from ${a.dtype} to an integer index`);
  }
  const f = flatValues(a);
  const vals = f.kind === 'big' ? Float64Array.from(f.v, Number) : (f as { v: Float64Array }).v;
  let max = -1;
  for (let i = 0; i < n; i++) {
    const v = vals[i] as number;
    if (v < 0) throw new ValueError(`bincount: x must have no negative elements, got ${v} at index ${i}`);
    if (v > max) max = v;
  }
  const len = Math.max(max + 1, minlength);
  if (options.weights === undefined) {
    const out = emptyArray(DEFAULT_INT, [len]);
    const c = out.data as Int32Array;
    for (let i = 0; i < n; i++) {
      const v = vals[i] as number;
      c[v] = (c[v] as number) + 1;
    }
    return out;
  }
  const w = asarray(options.weights);
  if (isComplex(w.dtype)) throw new DTypeError(`bincount: weights must be real, got ${w.dtype}`);
  if (w.size !== n)
    throw new ShapeError(`bincount: the weights and x do not have the same length, got ${w.size} and ${n}`);
  const wf = flatValues(w);
  const out = emptyArray('float64', [len]);
  const s = out.data as Float64Array;
  for (let i = 0; i < n; i++) {
    const v = vals[i] as number;
    s[v] = (s[v] as number) + Number((wf as { v: Float64Array }).v[i]);
  }
  return out;
}
