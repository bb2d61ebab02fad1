/** prod and nanprod: sequential products, like NumPy's multiply.reduce. */
import type { DType, TypedArray } from '@stride/protocol';
import { DTYPES } from '@stride/protocol';
import type { NDArray, Scalar } from '../ndarray.js';
import { type ArrayInput, astype, emptyArray } from '../core/convert.js';
import { kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type Reduction,
  type ScalarResult,
  dtypeOption,
  fillScalar,
  finish,
  prepare,
  storageKey,
  sumDType,
} from './common.js';
import { denseCopy, isDense, reduceWalk } from './plan.js';
import type { SumOptions } from './sum.js';
import { ordinaryTotal, parseSum } from './args.js';
import type { OrdinaryDType, RealInput } from '../core/args.js';

/** Options of `prod` / `nanprod` (`initial` is the starting product, default 1). */
export type ProdOptions = SumOptions;

/** Multiplies `x` over the flagged axes into `res` (kept shape, holding the starting values). */
export function mulInto(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const k = kindOf(res.dtype);
  if (k === 'f') realMul(x, reduced, res, nan);
  else if (k === 'c') complexMul(x, reduced, res, nan);
  else if (k === 'b') logicalAndInto(x, reduced, res);
  else intMul(x, reduced, res);
}

type ProdLane = (n: number, x: TypedArray, ix: number, sx: number, p: number) => number;

function realMul(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const y = res.data as Float64Array;
  let lane: ProdLane;
  let acc: K.Elementwise;
  let src = x;
  if (res.dtype === 'float64') {
    if (x.dtype !== 'float64' && x.dtype !== 'float32') src = astype(x, 'float64');
    const f32 = src.dtype === 'float32';
    lane = (f32 ? (nan ? K.nanprod_F32 : K.prod_F32) : nan ? K.nanprod_F64 : K.prod_F64) as ProdLane;
    acc = (f32 ? (nan ? K.nanprodacc_F32 : K.prodacc_F32) : nan ? K.nanprodacc_F64 : K.prodacc_F64) as K.Elementwise;
  } else {
    // A product is sequential, so casting the whole input equals NumPy's chunked cast.
    if (x.dtype !== 'float32') src = astype(x, 'float32');
    lane = (nan ? K.nanprodf_F32 : K.prodf_F32) as ProdLane;
    acc = (nan ? K.nanprodaccf_F32 : K.prodaccf_F32) as K.Elementwise;
  }
  reduceWalk(
    src,
    reduced,
    (n, d, i, s, o) => {
      y[o] = lane(n, d, i, s, y[o]!);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
  );
}

function complexMul(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const c64 = res.dtype === 'complex64';
  const src = x.dtype === res.dtype ? x : astype(x, res.dtype);
  const lane = (c64 ? (nan ? K.cnanprodf_C64 : K.cprodf_C64) : nan ? K.cnanprod_C128 : K.cprod_C128) as (
    n: number,
    x: TypedArray,
    ix: number,
    sx: number,
    pr: number,
    pi: number,
  ) => void;
  const acc = (
    c64 ? (nan ? K.cnanprodaccf_C64 : K.cprodaccf_C64) : nan ? K.cnanprodacc_C128 : K.cprodacc_C128
  ) as K.Elementwise;
  const y = res.data as Float64Array;
  const R = K.CRES;
  reduceWalk(
    src,
    reduced,
    (n, d, i, s, o) => {
      lane(n, d, i, s, y[2 * o]!, y[2 * o + 1]!);
      y[2 * o] = R[0]!;
      y[2 * o + 1] = R[1]!;
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
  );
}

/** prod with dtype=bool is a logical and, as in NumPy. */
function logicalAndInto(x: NDArray, reduced: readonly boolean[], res: NDArray): void {
  const y = res.data as Uint8Array;
  const key = storageKey(x.dtype);
  const all = K.ALL[key];
  const allAcc = K.ALLACC[key];
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      if (y[o] === 1 && !all(n, d, i, s)) y[o] = 0;
    },
    (n, d, i, s, o, so) => allAcc(n, d, i, s, y, o, so),
  );
}

const EXACT = 2 ** 53;

/**
 * Integer products modulo 2^64 (then wrapped to the result width): plain doubles while the
 * running product is exact, BigInt after that.
 */
function intMul(x: NDArray, reduced: readonly boolean[], res: NDArray): void {
  let src = x;
  if (!(kindOf(x.dtype) === 'i' || kindOf(x.dtype) === 'u' || x.dtype === 'bool')) src = astype(x, res.dtype);
  const acc = new BigInt64Array(res.size);
  const rd = res.data;
  const resBig = res.dtype === 'int64' || res.dtype === 'uint64';
  for (let k = 0; k < res.size; k++) acc[k] = resBig ? (rd[k] as bigint) : BigInt(rd[k] as number);
  const big = src.dtype === 'int64' || src.dtype === 'uint64';
  reduceWalk(
    src,
    reduced,
    (n, d, i, s, o) => {
      let p = 1;
      let b: bigint | null = null;
      for (let k = 0, j = i; k < n; k++, j += s) {
        if (big) {
          b = BigInt.asIntN(64, (b ?? BigInt(p)) * (d[j] as bigint));
        } else if (b === null) {
          const q = p * (d[j] as number);
          if (Math.abs(q) < EXACT) p = q;
          else b = BigInt.asIntN(64, BigInt(p) * BigInt(d[j] as number));
        } else {
          b = BigInt.asIntN(64, b * BigInt(d[j] as number));
        }
      }
      acc[o] = acc[o]! * (b ?? BigInt(p));
    },
    (n, d, i, s, o, so) => {
      for (let k = 0; k < n; k++, i += s, o += so) {
        const v = big ? (d[i] as bigint) : BigInt(d[i] as number);
        acc[o] = acc[o]! * v;
      }
    },
  );
  storeBig(res, acc);
}

/** Writes int64 accumulators into an integer result, wrapping to its width. */
export function storeBig(res: NDArray, acc: BigInt64Array): void {
  const rd = res.data;
  if (res.dtype === 'int64' || res.dtype === 'uint64') {
    new BigInt64Array(rd.buffer, rd.byteOffset, res.size).set(acc);
    return;
  }
  const bits = DTYPES[res.dtype].itemSize * 8;
  for (let k = 0; k < res.size; k++) (rd as Int32Array)[k] = Number(BigInt.asIntN(bits, acc[k]!));
}

/** The product over the reduction as a fresh kept-shape array of dtype `dt`. */
export function prodReduction(r: Reduction, dt: DType, nan: boolean, initial?: Scalar): NDArray {
  const res = emptyArray(dt, r.keptShape);
  fillScalar(res, initial ?? 1);
  let x = r.x;
  if (nan && (kindOf(x.dtype) === 'f' || kindOf(x.dtype) === 'c') && !isDense(x)) x = denseCopy(x);
  mulInto(x, r.reduced, res, nan);
  return res;
}

/**
 * Product of array elements over the given axes (sequential, like NumPy). Result dtype as `sum`:
 * int64/uint64 for bool and narrower integers (bigints), else the input's; integer products wrap.
 * Empty products are 1 (or `initial`).
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `dtype`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * prod([1.5, 2, 4]);                     // 12
 * prod([[1, 2], [3, 4]], { axis: 1 });   // NDArray int64 [2n, 12n]
 * ```
 */
export function prod(a: RealInput, options?: ProdOptions & ScalarResult & { dtype?: OrdinaryDType | null }): number;
export function prod(a: ArrayInput, options?: ProdOptions & ScalarResult): Scalar;
export function prod(a: ArrayInput, options: ProdOptions & ArrayResult): NDArray;
export function prod(a: ArrayInput, options?: ProdOptions): NDArray | Scalar;
export function prod(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: ProdOptions,
): NDArray;
export function prod(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: ProdOptions,
): NDArray | Scalar;
export function prod(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: ProdOptions = parseSum(rest, 'prod');
  const r = prepare('prod', a, options);
  const dt = dtypeOption(options.dtype, 'prod') ?? options.out?.dtype ?? sumDType(r.x.dtype);
  return ordinaryTotal(finish(r, prodReduction(r, dt, false, options.initial), options), r.x.dtype, options.dtype);
}

/**
 * Product treating NaN as one (NumPy's `nanprod`); an all-NaN slice gives 1.
 *
 * @param a - input array
 * @param options - as `prod`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nanprod([2, NaN, 3]); // 6
 * ```
 */
export function nanprod(a: RealInput, options?: ProdOptions & ScalarResult & { dtype?: OrdinaryDType | null }): number;
export function nanprod(a: ArrayInput, options?: ProdOptions & ScalarResult): Scalar;
export function nanprod(a: ArrayInput, options: ProdOptions & ArrayResult): NDArray;
export function nanprod(a: ArrayInput, options?: ProdOptions): NDArray | Scalar;
export function nanprod(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: ProdOptions,
): NDArray;
export function nanprod(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: ProdOptions,
): NDArray | Scalar;
export function nanprod(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: ProdOptions = parseSum(rest, 'nanprod');
  const r = prepare('nanprod', a, options);
  const dt = dtypeOption(options.dtype, 'nanprod') ?? options.out?.dtype ?? sumDType(r.x.dtype);
  return ordinaryTotal(finish(r, prodReduction(r, dt, true, options.initial), options), r.x.dtype, options.dtype);
}
