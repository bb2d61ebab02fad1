/** mean and nanmean: a sum divided by the element count, with NumPy's dtypes and rounding. */
import type { DType } from '@stride/protocol';
import type { Complex, NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { isComplex, kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type AxisOptions,
  type Reduction,
  type ScalarResult,
  dtypeOption,
  finish,
  meanDType,
  prepare,
  storageKey,
} from './common.js';
import { denseCopy, isDense, reduceWalk } from './plan.js';
import { sumReduction } from './sum.js';
import { parseMean } from './args.js';
import type { RealInput } from '../core/args.js';

/** Options of `mean` / `nanmean`. */
export interface MeanOptions extends AxisOptions {
  /** Accumulator and result dtype (default float64 for integer/bool input, else the input's). */
  dtype?: DType;
}

/**
 * Divides a kept-shape sum in place by per-element counts (one count for all, or an array), the
 * way NumPy's true_divide by an intp count rounds: real results divide in float64 and round to
 * the result dtype; complex results use NumPy's complex division by (count + 0j).
 */
export function divideByCount(res: NDArray, count: number | Float64Array): void {
  const y = res.data as Float64Array;
  const n = res.size;
  const single = typeof count === 'number';
  if (isComplex(res.dtype)) {
    for (let k = 0; k < n; k++) {
      const c = single ? count : count[k]!;
      const re = y[2 * k]!;
      const im = y[2 * k + 1]!;
      if (c === 0) {
        y[2 * k] = re / 0;
        y[2 * k + 1] = im / 0;
      } else {
        const scl = 1 / c;
        y[2 * k] = (re + im * 0) * scl;
        y[2 * k + 1] = (im - re * 0) * scl;
      }
    }
    return;
  }
  const kind = kindOf(res.dtype);
  if (kind === 'f') {
    for (let k = 0; k < n; k++) y[k] = y[k]! / (single ? count : count[k]!);
    return;
  }
  // Integer or bool dtype requested: divide in float64, then cast (truncating) like NumPy's unsafe cast.
  const big = res.dtype === 'int64' || res.dtype === 'uint64';
  const d = res.data;
  for (let k = 0; k < n; k++) {
    const q = Number(d[k] as number | bigint) / (single ? count : count[k]!);
    if (res.dtype === 'bool') d[k] = q !== 0 ? 1 : 0;
    else if (big) (d as BigInt64Array)[k] = Number.isFinite(q) ? BigInt(Math.trunc(q)) : -(2n ** 63n);
    else (d as Int32Array)[k] = Number.isFinite(q) ? Math.trunc(q) : 0;
  }
}

/** Number of non-NaN elements per output of a reduction (float/complex input). */
export function countNotNan(x: NDArray, reduced: readonly boolean[], size: number): Float64Array {
  const y = new Float64Array(size);
  const key = storageKey(x.dtype);
  const lane = (
    key === 'F64' ? K.notnan_F64 : key === 'F32' ? K.notnan_F32 : key === 'C128' ? K.notnan_C128 : K.notnan_C64
  ) as K.Lane<number>;
  const acc = (
    key === 'F64'
      ? K.notnanacc_F64
      : key === 'F32'
        ? K.notnanacc_F32
        : key === 'C128'
          ? K.notnanacc_C128
          : K.notnanacc_C64
  ) as K.Elementwise;
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      y[o] = y[o]! + lane(n, d, i, s);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
  );
  return y;
}

/** The mean dtype: `dtype`, else float64 for integers/bool, else `out`'s dtype, else the input's. */
export function meanResultDType(r: Reduction, options: { dtype?: DType; out?: NDArray }, op: string): DType {
  const given = dtypeOption(options.dtype, op);
  if (given !== undefined) return given;
  const k = kindOf(r.x.dtype);
  if (k !== 'f' && k !== 'c') return 'float64';
  return options.out?.dtype ?? meanDType(r.x.dtype);
}

/** Kept-shape mean of a reduction (NaN for empty slices). */
export function meanReduction(r: Reduction, dt: DType): NDArray {
  const res = sumReduction(r, dt, false);
  divideByCount(res, r.count);
  return res;
}

/** Kept-shape nanmean: NaN-free sum divided by the count of non-NaN elements. */
export function nanmeanReduction(r: Reduction, dt: DType): NDArray {
  const k = kindOf(r.x.dtype);
  if (k !== 'f' && k !== 'c') return meanReduction(r, dt);
  const x = isDense(r.x) ? r.x : denseCopy(r.x);
  const res = sumReduction(r, dt, true, undefined, x);
  divideByCount(res, countNotNan(x, r.reduced, res.size));
  return res;
}

/**
 * Arithmetic mean over the given axes: a pairwise sum divided by the count. Integer and bool
 * input gives float64; float32 stays float32 (accumulated in float32, as NumPy does); complex
 * stays complex. The mean of an empty slice is NaN.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `dtype`, `out`
 * @returns a JS number (or `{ re, im }`) when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * mean([1, 2, 3, 4]);                   // 2.5
 * mean([[1, 2], [3, 4]], { axis: 0 });  // NDArray float64 [2, 3]
 * ```
 */
export function mean(a: RealInput, options?: MeanOptions & ScalarResult): number;
export function mean(a: ArrayInput, options?: MeanOptions & ScalarResult): number | Complex;
export function mean(a: ArrayInput, options: MeanOptions & ArrayResult): NDArray;
export function mean(a: ArrayInput, options?: MeanOptions): NDArray | number | Complex;
export function mean(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: MeanOptions,
): NDArray;
export function mean(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: MeanOptions,
): NDArray | number | Complex;
export function mean(a: ArrayInput, ...rest: unknown[]): NDArray | number | Complex {
  const options: MeanOptions = parseMean(rest, 'mean');
  const r = prepare('mean', a, options);
  return finish(r, meanReduction(r, meanResultDType(r, options, 'mean')), options) as NDArray | number | Complex;
}

/**
 * Mean ignoring NaN (NumPy's `nanmean`); an all-NaN slice gives NaN. Integer input behaves as `mean`.
 *
 * @param a - input array
 * @param options - as `mean`
 * @returns a JS number (or `{ re, im }`) when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanmean([1, NaN, 3]); // 2
 * ```
 */
export function nanmean(a: RealInput, options?: MeanOptions & ScalarResult): number;
export function nanmean(a: ArrayInput, options?: MeanOptions & ScalarResult): number | Complex;
export function nanmean(a: ArrayInput, options: MeanOptions & ArrayResult): NDArray;
export function nanmean(a: ArrayInput, options?: MeanOptions): NDArray | number | Complex;
export function nanmean(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: MeanOptions,
): NDArray;
export function nanmean(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: MeanOptions,
): NDArray | number | Complex;
export function nanmean(a: ArrayInput, ...rest: unknown[]): NDArray | number | Complex {
  const options: MeanOptions = parseMean(rest, 'nanmean');
  const r = prepare('nanmean', a, options);
  return finish(r, nanmeanReduction(r, meanResultDType(r, options, 'nanmean')), options) as NDArray | number | Complex;
}
