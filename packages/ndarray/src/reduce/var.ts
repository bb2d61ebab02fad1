/** var, std, nanvar, nanstd: two passes (mean, then pairwise sum of squared deviations), as NumPy. */
import type { DType, TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, astype, emptyArray } from '../core/convert.js';
import { isComplex, kindOf, realDType } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type AxisOptions,
  type NumKey,
  type Reduction,
  type ScalarResult,
  finish,
  isNumberStored,
  prepare,
  storageKey,
} from './common.js';
import { countNotNan, divideByCount, meanResultDType } from './mean.js';
import { denseCopy, isDense, reduceWalk } from './plan.js';
import { sumReduction } from './sum.js';
import { parseVar } from './args.js';

/** Options of `var` / `std` and their nan variants. */
export interface VarOptions extends AxisOptions {
  /** Delta degrees of freedom: the divisor is `count - ddof` (default 0). */
  ddof?: number;
  /** Accumulator dtype (default float64 for integer/bool input, else the input's); complex gives its real dtype. */
  dtype?: DType;
}

type SqLane = (n: number, x: TypedArray, ix: number, sx: number, m: number) => number;
type CSqLane = (n: number, x: TypedArray, ix: number, sx: number, mr: number, mi: number) => number;

/**
 * Sums squared deviations of `x` from the kept-shape `mean` into `res` (kept shape, real dtype).
 * `x` must already be laid out the way NumPy's temporary `x - mean` would be.
 */
function sqdevInto(x: NDArray, reduced: readonly boolean[], m: NDArray, res: NDArray, nan: boolean): void {
  const y = res.data as Float64Array;
  const md = m.data as Float64Array;
  if (isComplex(m.dtype)) {
    const c64 = m.dtype === 'complex64';
    const lane = (c64 ? (nan ? K.cnansqdevf_C64 : K.csqdevf_C64) : nan ? K.cnansqdev_C128 : K.csqdev_C128) as CSqLane;
    const accK = (
      c64 ? (nan ? K.cnansqdevaccf_C64 : K.csqdevaccf_C64) : nan ? K.cnansqdevacc_C128 : K.csqdevacc_C128
    ) as K.ElementwiseM;
    reduceWalk(
      x,
      reduced,
      (n, d, i, s, o) => {
        y[o] = y[o]! + lane(n, d, i, s, md[2 * o]!, md[2 * o + 1]!);
      },
      (n, d, i, s, o, so) => accK(n, d, i, s, y, o, so, md),
    );
    return;
  }
  let lane: SqLane;
  let acc: K.ElementwiseM;
  if (m.dtype === 'float32') {
    lane = (nan ? K.nansqdevf_F32 : K.sqdevf_F32) as SqLane;
    acc = (nan ? K.nansqdevaccf_F32 : K.sqdevaccf_F32) as K.ElementwiseM;
  } else if (x.dtype === 'float64') {
    lane = (nan ? K.nansqdev_F64 : K.sqdev_F64) as SqLane;
    acc = (nan ? K.nansqdevacc_F64 : K.sqdevacc_F64) as K.ElementwiseM;
  } else if (x.dtype === 'float32' && nan) {
    lane = K.nansqdev_F32 as SqLane;
    acc = K.nansqdevacc_F32 as K.ElementwiseM;
  } else {
    const key = storageKey(x.dtype) as NumKey;
    lane = K.SQDEV[key] as SqLane;
    acc = K.SQDEVACC[key];
  }
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      y[o] = y[o]! + lane(n, d, i, s, md[o]!);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so, md),
  );
}

/** The operand the second pass walks: NumPy's `x - mean` temporary is a fresh array in `x`'s memory order. */
function deviationSource(x: NDArray, dt: DType): NDArray {
  let src = x;
  const real = realDType(dt);
  if (isComplex(dt)) {
    if (x.dtype !== dt) src = astype(x, dt);
  } else if (real === 'float32') {
    if (x.dtype !== 'float32') src = astype(x, 'float32');
  } else if (!isNumberStored(x.dtype) || isComplex(x.dtype)) {
    src = astype(x, 'float64');
  }
  return src === x && !isDense(x) ? denseCopy(x) : src;
}

/** Kept-shape variance (real dtype) of a reduction. */
export function varianceReduction(r: Reduction, dt: DType, ddof: number, nan: boolean): NDArray {
  const inexact = kindOf(r.x.dtype) === 'f' || kindOf(r.x.dtype) === 'c';
  nan = nan && inexact;
  let x = r.x;
  let counts: Float64Array | null = null;
  let m: NDArray;
  if (nan) {
    // NumPy's nanvar works on a NaN-free copy of the input throughout.
    if (!isDense(x)) x = denseCopy(x);
    m = sumReduction(r, dt, true, undefined, x);
    counts = countNotNan(x, r.reduced, m.size);
    divideByCount(m, counts);
  } else {
    m = sumReduction(r, dt, false);
    divideByCount(m, r.count);
  }
  const res = emptyArray(realDType(dt), r.keptShape);
  sqdevInto(nan ? x : deviationSource(x, dt), r.reduced, m, res, nan);
  const y = res.data as Float64Array;
  if (counts === null) {
    divideByCount(res, Math.max(r.count - ddof, 0));
  } else {
    for (let k = 0; k < res.size; k++) {
      const dof = counts[k]! - ddof;
      y[k] = dof <= 0 ? Number.NaN : y[k]! / dof;
    }
  }
  return res;
}

function sqrtInPlace(a: NDArray): NDArray {
  const y = a.data as Float64Array;
  for (let k = 0; k < a.size; k++) y[k] = Math.sqrt(y[k]!);
  return a;
}

function varOptions(op: string, a: ArrayInput, options: VarOptions): { r: Reduction; dt: DType; ddof: number } {
  const r = prepare(op, a, options);
  const dt = meanResultDType(r, { dtype: options.dtype }, op);
  return { r, dt, ddof: options.ddof ?? 0 };
}

/**
 * Variance over the given axes: mean of squared deviations from the mean, divided by
 * `count - ddof` (NumPy's two-pass algorithm with pairwise sums). Integer input gives float64,
 * float32 stays float32, complex gives the real dtype (|x - mean|^2).
 * Exported as `var` (a reserved word in JS, so also available as `variance`).
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `ddof`, `dtype`, `out`
 * @returns a JS number when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * variance([1, 2, 3, 4]);             // 1.25
 * variance([1, 2, 3, 4], { ddof: 1 }); // 1.6666666666666667
 * ```
 */
export function variance(a: ArrayInput, options?: VarOptions & ScalarResult): number;
export function variance(a: ArrayInput, options: VarOptions & ArrayResult): NDArray;
export function variance(a: ArrayInput, options?: VarOptions): NDArray | number;
export function variance(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray;
export function variance(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray | number;
export function variance(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: VarOptions = parseVar(rest, 'variance');
  const { r, dt, ddof } = varOptions('var', a, options);
  return finish(r, varianceReduction(r, dt, ddof, false), options) as NDArray | number;
}

/**
 * Standard deviation: the square root of `variance` (same options and dtypes).
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `ddof`, `dtype`, `out`
 * @returns a JS number when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * std([1, 2, 3, 4]);                  // 1.118033988749895
 * std([[1, 2], [3, 5]], { axis: 1 }); // NDArray [0.5, 1]
 * ```
 */
export function std(a: ArrayInput, options?: VarOptions & ScalarResult): number;
export function std(a: ArrayInput, options: VarOptions & ArrayResult): NDArray;
export function std(a: ArrayInput, options?: VarOptions): NDArray | number;
export function std(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray;
export function std(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray | number;
export function std(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: VarOptions = parseVar(rest, 'std');
  const { r, dt, ddof } = varOptions('std', a, options);
  return finish(r, sqrtInPlace(varianceReduction(r, dt, ddof, false)), options) as NDArray | number;
}

/**
 * Variance ignoring NaN (NumPy's `nanvar`); slices with `count - ddof <= 0` give NaN.
 *
 * @param a - input array
 * @param options - as `variance`
 * @returns a JS number when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanvar([1, NaN, 3]); // 1
 * ```
 */
export function nanvar(a: ArrayInput, options?: VarOptions & ScalarResult): number;
export function nanvar(a: ArrayInput, options: VarOptions & ArrayResult): NDArray;
export function nanvar(a: ArrayInput, options?: VarOptions): NDArray | number;
export function nanvar(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray;
export function nanvar(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray | number;
export function nanvar(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: VarOptions = parseVar(rest, 'nanvar');
  const { r, dt, ddof } = varOptions('nanvar', a, options);
  return finish(r, varianceReduction(r, dt, ddof, true), options) as NDArray | number;
}

/**
 * Standard deviation ignoring NaN (NumPy's `nanstd`).
 *
 * @param a - input array
 * @param options - as `variance`
 * @returns a JS number when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanstd([1, NaN, 3]); // 1
 * ```
 */
export function nanstd(a: ArrayInput, options?: VarOptions & ScalarResult): number;
export function nanstd(a: ArrayInput, options: VarOptions & ArrayResult): NDArray;
export function nanstd(a: ArrayInput, options?: VarOptions): NDArray | number;
export function nanstd(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray;
export function nanstd(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  options?: VarOptions,
): NDArray | number;
export function nanstd(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: VarOptions = parseVar(rest, 'nanstd');
  const { r, dt, ddof } = varOptions('nanstd', a, options);
  return finish(r, sqrtInPlace(varianceReduction(r, dt, ddof, true)), options) as NDArray | number;
}
