/** max, min, nanmax, nanmin and ptp. */
import type { DType } from '@stride/protocol';
import { DTypeError } from '../errors.js';
import type { NDArray, Scalar } from '../ndarray.js';
import { type ArrayInput, emptyArray } from '../core/convert.js';
import { intRange, kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type AxisOptions,
  type NumKey,
  type RealKey,
  type Reduction,
  type ScalarResult,
  fillScalar,
  finish,
  noIdentityError,
  prepare,
  storageKey,
} from './common.js';
import { reduceWalk } from './plan.js';
import { heapLane } from '../core/heapops.js';
import { parseAxisOut, parseMinMax } from './args.js';
import type { NumberInput } from '../core/args.js';

/** float64/float32 max and min lanes through the SIMD128 kernels when the data is in the heap. */
const HEAP_EXT: Record<string, K.Lane<number> | undefined> = {
  F64max: heapLane(K.max_F64, (k, p, n) => k.f64_max(p, n)) as K.Lane<number>,
  F64min: heapLane(K.min_F64, (k, p, n) => k.f64_min(p, n)) as K.Lane<number>,
  F32max: heapLane(K.max_F32, (k, p, n) => k.f32_max(p, n)) as K.Lane<number>,
  F32min: heapLane(K.min_F32, (k, p, n) => k.f32_min(p, n)) as K.Lane<number>,
};

/** Options of `max` / `min` and their nan variants. */
export interface MinMaxOptions extends AxisOptions {
  /** A value every slice is compared with first; makes empty slices legal. */
  initial?: Scalar;
}

type Which = 'max' | 'min';

const NUMPY_NAME: Record<Which, string> = { max: 'maximum', min: 'minimum' };

/** The starting value that loses every comparison (NaN marks "nothing yet" for the nan variants). */
function sentinel(dtype: DType, which: Which, nan: boolean): Scalar {
  const k = kindOf(dtype);
  if (k === 'f') return nan ? Number.NaN : which === 'max' ? -Infinity : Infinity;
  if (k === 'c') {
    const v = nan ? Number.NaN : which === 'max' ? -Infinity : Infinity;
    return { re: v, im: v };
  }
  if (k === 'b') return which !== 'max';
  const { min, max } = intRange(dtype);
  const v = which === 'max' ? min : max;
  return dtype === 'int64' || dtype === 'uint64' ? v : Number(v);
}

/** Kept-shape max/min of a reduction, in the input dtype. */
export function extremeReduction(r: Reduction, which: Which, nan: boolean, initial?: Scalar): NDArray {
  const x = r.x;
  if (r.count === 0 && initial === undefined) throw noIdentityError(r.op, NUMPY_NAME[which]);
  const res = emptyArray(x.dtype, r.keptShape);
  const k = kindOf(x.dtype);
  const fnan = nan && (k === 'f' || k === 'c');
  fillScalar(res, initial ?? sentinel(x.dtype, which, fnan));
  const y = res.data;
  const key = storageKey(x.dtype) as RealKey;
  const max = which === 'max';
  if (k === 'c') {
    complexExtreme(x, r.reduced, res, max, fnan);
    return res;
  }
  if (k === 'f') {
    const yf = y as Float64Array;
    if (fnan) {
      const f32 = key === 'F32';
      const lane = (max ? (f32 ? K.fmax_F32 : K.fmax_F64) : f32 ? K.fmin_F32 : K.fmin_F64) as K.Lane<number>;
      const acc = (max ? (f32 ? K.fmaxacc_F32 : K.fmaxacc_F64) : f32 ? K.fminacc_F32 : K.fminacc_F64) as K.Elementwise;
      reduceWalk(
        x,
        r.reduced,
        (n, d, i, s, o) => {
          const v = lane(n, d, i, s);
          const m = yf[o]!;
          if (!Number.isNaN(v) && (Number.isNaN(m) || (max ? v > m : v < m))) yf[o] = v;
        },
        (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
      );
      return res;
    }
    const lane = (HEAP_EXT[`${key}${max ? 'max' : 'min'}`] ?? (max ? K.MAX[key] : K.MIN[key])) as K.Lane<number>;
    const acc = max ? K.MAXACC[key] : K.MINACC[key];
    const acc8 = max ? K.MAXACC8[key as NumKey] : K.MINACC8[key as NumKey];
    reduceWalk(
      x,
      r.reduced,
      (n, d, i, s, o) => {
        const v = lane(n, d, i, s);
        const m = yf[o]!;
        // NaN propagates; on ties the later value wins, like NumPy's fold.
        if (!Number.isNaN(m) && !(max ? v < m : v > m)) yf[o] = v;
      },
      (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
      false,
      (n, d, i, s, rs, o, so) => acc8(n, d, i, s, rs, y, o, so),
    );
    return res;
  }
  const lane = max ? K.MAX[key] : K.MIN[key];
  const acc = max ? K.MAXACC[key] : K.MINACC[key];
  const acc8 = key === 'I64' || key === 'U64' ? undefined : max ? K.MAXACC8[key] : K.MINACC8[key];
  const yi = y as unknown as (number | bigint)[];
  reduceWalk(
    x,
    r.reduced,
    (n, d, i, s, o) => {
      const v = lane(n, d, i, s);
      if (max ? v > yi[o]! : v < yi[o]!) yi[o] = v;
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
    false,
    acc8 === undefined ? undefined : (n, d, i, s, rs, o, so) => acc8(n, d, i, s, rs, y, o, so),
  );
  return res;
}

function complexExtreme(x: NDArray, red: readonly boolean[], res: NDArray, max: boolean, nan: boolean): void {
  const c64 = x.dtype === 'complex64';
  const y = res.data as Float64Array;
  const lane = (
    max
      ? nan
        ? c64
          ? K.cnanmax_C64
          : K.cnanmax_C128
        : c64
          ? K.cmax_C64
          : K.cmax_C128
      : nan
        ? c64
          ? K.cnanmin_C64
          : K.cnanmin_C128
        : c64
          ? K.cmin_C64
          : K.cmin_C128
  ) as K.Lane<number>;
  const acc = (
    max
      ? nan
        ? c64
          ? K.cnanmaxacc_C64
          : K.cnanmaxacc_C128
        : c64
          ? K.cmaxacc_C64
          : K.cmaxacc_C128
      : nan
        ? c64
          ? K.cnanminacc_C64
          : K.cnanminacc_C128
        : c64
          ? K.cminacc_C64
          : K.cminacc_C128
  ) as K.Elementwise;
  reduceWalk(
    x,
    red,
    (n, d, i, s, o) => {
      const k = lane(n, d, i, s);
      if (k < 0) return;
      // Fold the lane's winner into the slot with the elementwise rule.
      acc(1, d, i + k * s, 0, y, o, 0);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
  );
}

function extreme(op: string, which: Which, nan: boolean, a: ArrayInput, options: MinMaxOptions): NDArray | Scalar {
  const r = prepare(op, a, options);
  return finish(r, extremeReduction(r, which, nan, options.initial), options);
}

/**
 * Maximum over the given axes (NumPy's `max`/`amax`): NaN propagates; complex numbers compare
 * lexicographically (real part, then imaginary). The result keeps the input dtype.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} on an empty slice without `initial` ("zero-size array to reduction operation maximum which has no identity")
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * max([3, 1, 4]);                      // 4
 * max([[1, 5], [7, 2]], { axis: 1 });  // NDArray int32 [5, 7]
 * max([1, NaN]);                       // NaN
 * ```
 */
export function max(a: NumberInput, options?: MinMaxOptions & ScalarResult): number;
export function max(a: ArrayInput, options?: MinMaxOptions & ScalarResult): Scalar;
export function max(a: ArrayInput, options: MinMaxOptions & ArrayResult): NDArray;
export function max(a: ArrayInput, options?: MinMaxOptions): NDArray | Scalar;
export function max(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray;
export function max(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray | Scalar;
export function max(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: MinMaxOptions = parseMinMax(rest, 'max');
  return extreme('max', 'max', false, a, options);
}

/**
 * Minimum over the given axes (NumPy's `min`/`amin`); see `max`.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} on an empty slice without `initial`
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * min([3, 1, 4]); // 1
 * ```
 */
export function min(a: NumberInput, options?: MinMaxOptions & ScalarResult): number;
export function min(a: ArrayInput, options?: MinMaxOptions & ScalarResult): Scalar;
export function min(a: ArrayInput, options: MinMaxOptions & ArrayResult): NDArray;
export function min(a: ArrayInput, options?: MinMaxOptions): NDArray | Scalar;
export function min(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray;
export function min(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray | Scalar;
export function min(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: MinMaxOptions = parseMinMax(rest, 'min');
  return extreme('min', 'min', false, a, options);
}

/**
 * Maximum ignoring NaN (NumPy's `nanmax`); an all-NaN slice gives NaN (NumPy also warns).
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} on an empty slice without `initial`
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanmax([1, NaN, 3]); // 3
 * ```
 */
export function nanmax(a: NumberInput, options?: MinMaxOptions & ScalarResult): number;
export function nanmax(a: ArrayInput, options?: MinMaxOptions & ScalarResult): Scalar;
export function nanmax(a: ArrayInput, options: MinMaxOptions & ArrayResult): NDArray;
export function nanmax(a: ArrayInput, options?: MinMaxOptions): NDArray | Scalar;
export function nanmax(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray;
export function nanmax(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray | Scalar;
export function nanmax(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: MinMaxOptions = parseMinMax(rest, 'nanmax');
  return extreme('nanmax', 'max', true, a, options);
}

/**
 * Minimum ignoring NaN (NumPy's `nanmin`); an all-NaN slice gives NaN.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} on an empty slice without `initial`
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanmin([1, NaN, 3]); // 1
 * ```
 */
export function nanmin(a: NumberInput, options?: MinMaxOptions & ScalarResult): number;
export function nanmin(a: ArrayInput, options?: MinMaxOptions & ScalarResult): Scalar;
export function nanmin(a: ArrayInput, options: MinMaxOptions & ArrayResult): NDArray;
export function nanmin(a: ArrayInput, options?: MinMaxOptions): NDArray | Scalar;
export function nanmin(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray;
export function nanmin(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: MinMaxOptions,
): NDArray | Scalar;
export function nanmin(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: MinMaxOptions = parseMinMax(rest, 'nanmin');
  return extreme('nanmin', 'min', true, a, options);
}

/**
 * Peak to peak: `max - min` over the given axes, in the input dtype (integer results wrap like
 * NumPy's: `ptp(int8 [-128, 127])` is -1). Bool input is refused, as NumPy refuses bool subtraction.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {ValueError} on an empty slice
 * @throws {DTypeError} for bool input
 *
 * @example
 * ```ts
 * ptp([4, 9, 2]);                       // 7
 * ptp([[1, 5], [7, 2]], { axis: 0 });   // NDArray int32 [6, 3]
 * ```
 */
export function ptp(a: NumberInput, options?: AxisOptions & ScalarResult): number;
export function ptp(a: ArrayInput, options?: AxisOptions & ScalarResult): Scalar;
export function ptp(a: ArrayInput, options: AxisOptions & ArrayResult): NDArray;
export function ptp(a: ArrayInput, options?: AxisOptions): NDArray | Scalar;
export function ptp(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray;
export function ptp(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray | Scalar;
export function ptp(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: AxisOptions = parseAxisOut(rest, 'ptp');
  const r = prepare('ptp', a, options);
  if (r.x.dtype === 'bool') throw new DTypeError('ptp: numpy boolean subtract is not supported for bool arrays');
  const hi = extremeReduction(r, 'max', false);
  const lo = extremeReduction(r, 'min', false);
  const h = hi.data as Float64Array;
  const l = lo.data as Float64Array;
  if (r.x.dtype === 'int64' || r.x.dtype === 'uint64') {
    const hb = hi.data as BigInt64Array;
    const lb = lo.data as BigInt64Array;
    for (let k = 0; k < hb.length; k++) hb[k] = hb[k]! - lb[k]!;
  } else {
    // The TypedArray store wraps integers and rounds float32, as NumPy's subtract does.
    for (let k = 0; k < h.length; k++) h[k] = h[k]! - l[k]!;
  }
  return finish(r, hi, options);
}
