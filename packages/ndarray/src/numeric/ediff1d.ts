/** `ediff1d`: differences between consecutive elements of the flattened array, with optional ends. */
import { is, signature } from '../core/args.js';
import { type ArrayInput, asarray, astype, emptyArray } from '../core/convert.js';
import { canCast, isBigInt, isComplex } from '../core/dtype.js';
import { DTypeError } from '../errors.js';
import type { NDArray } from '../ndarray.js';

/** Options of {@link ediff1d}. */
export interface Ediff1dOptions {
  /** Values appended after the differences (flattened). */
  toEnd?: ArrayInput | null;
  /** Values prepended before the differences (flattened). */
  toBegin?: ArrayInput | null;
}

const parseEdiff1d = signature<Ediff1dOptions>('ediff1d', ['toEnd', 'toBegin'], {
  toEnd: is.nullable(is.arrayLike),
  toBegin: is.nullable(is.arrayLike),
});

/**
 * Differences between consecutive elements of the flattened array, `a[1:] - a[:-1]`, in the
 * dtype of `ary` (integers wrap), with `toBegin` / `toEnd` joined at the ends.
 *
 * @param ary - Input array (flattened).
 * @returns A 1-D array of `ary`'s dtype.
 * @throws {DTypeError} for bool input, or ends that do not cast to `ary`'s dtype under the same_kind rule.
 *
 * @example
 * ```ts
 * ediff1d([1, 2, 4, 7, 0]).toArray();                           // [1, 2, 3, -7]
 * ediff1d([1, 2, 4], { toBegin: [-99], toEnd: [88, 99] }).toArray(); // [-99, 1, 2, 88, 99]
 * ```
 */
export function ediff1d(
  ary: ArrayInput,
  toEnd?: ArrayInput | null,
  toBegin?: ArrayInput | null,
  options?: Ediff1dOptions,
): NDArray;
export function ediff1d(ary: ArrayInput, options?: Ediff1dOptions): NDArray;
export function ediff1d(ary: ArrayInput, ...rest: unknown[]): NDArray {
  const opts = parseEdiff1d(rest);
  const a = asarray(ary);
  const dtype = a.dtype;
  if (dtype === 'bool')
    throw new DTypeError('ediff1d: boolean subtract is not supported; use logicalXor on a[1:] and a[:-1]');
  const end = (v: ArrayInput | null | undefined, name: string): NDArray | null => {
    if (v === undefined || v === null) return null;
    const e = asarray(v);
    if (!canCast(e.dtype, dtype, 'same_kind')) {
      throw new DTypeError(
        `ediff1d: dtype of ${name} (${e.dtype}) must be compatible with ary (${dtype}) under the same_kind rule`,
      );
    }
    return astype(e, dtype);
  };
  const begin = end(opts.toBegin, 'toBegin');
  const after = end(opts.toEnd, 'toEnd');
  const x = astype(a, dtype).data; // C-order copy of the flattened input
  const n = Math.max(a.size - 1, 0);
  const nb = begin?.size ?? 0;
  const ne = after?.size ?? 0;
  const out = emptyArray(dtype, [nb + n + ne]);
  const od = out.data;
  const lanes = isComplex(dtype) ? 2 : 1;
  if (begin) od.set(begin.data as never, 0);
  if (isBigInt(dtype)) {
    const xs = x as BigInt64Array;
    for (let i = 0; i < n; i++) od[nb + i] = (xs[i + 1] as bigint) - (xs[i] as bigint);
  } else {
    const xs = x as Float64Array;
    for (let i = 0; i < n * lanes; i++) od[nb * lanes + i] = (xs[i + lanes] as number) - (xs[i] as number);
  }
  if (after) od.set(after.data as never, (nb + n) * lanes);
  return out;
}
