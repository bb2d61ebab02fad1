/** sum and nansum, and the addition engine that mean, var, average and friends build on. */
import type { DType, TypedArray } from '@stride/protocol';
import { DTYPES } from '@stride/protocol';
import type { NDArray, Scalar } from '../ndarray.js';
import { type ArrayInput, astype, convertLoop, emptyArray } from '../core/convert.js';
import { kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type AxisOptions,
  CHUNK,
  LITTLE_ENDIAN,
  type NumKey,
  type Reduction,
  type ScalarResult,
  dtypeOption,
  fillScalar,
  finish,
  halves,
  isNumberStored,
  maxAbs,
  prepare,
  storageKey,
  sumDType,
} from './common.js';
import { type Operand, denseCopy, isDense, reduceWalk } from './plan.js';
import { heapAcc, heapAcc8, heapMirror, heapSum, releaseMirror } from '../core/heapops.js';
import { ordinaryTotal, parseSum } from './args.js';
import type { OrdinaryDType, RealInput } from '../core/args.js';

/** Options of `sum` / `nansum`. */
export interface SumOptions extends AxisOptions {
  /** Accumulator and result dtype (default: bool/int → int64, unsigned → uint64, else the input's). */
  dtype?: DType;
  /** Starting value of every sum (default 0). */
  initial?: Scalar;
}

/**
 * Sums `x` over the flagged axes into `res` (C-contiguous, kept shape, already holding the
 * starting values), in `res`'s dtype: pairwise along contiguous lanes, row by row otherwise, the
 * order NumPy uses. `nan` treats NaN as 0. Integer results are exact and wrap like NumPy's.
 */
export function addInto(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const k = kindOf(res.dtype);
  if (k === 'f') realAdd(x, reduced, res, nan);
  else if (k === 'c') complexAdd(x, reduced, res, nan);
  else if (k === 'b') logicalOrInto(x, reduced, res);
  else intAdd(x, reduced, res);
}

/** The pairwise lanes, through the SIMD128 kernels when the data lives in the ndarray heap. */
const SUM_F64 = heapSum(K.sum_F64, 'f64_sum');
const SUMF_F32 = heapSum(K.sumf_F32, 'f32_sumf');
/** Row accumulation (sums over a leading axis), through the kernels when both sides are in the heap. */
const ACC_F64 = heapAcc(K.acc_F64 as K.Elementwise, 'f64_acc');
const ACC8_F64 = heapAcc8(K.ACC8.F64 as K.Elementwise8, 'f64_acc8');
const ACCF_F32 = heapAcc(K.accf_F32 as K.Elementwise, 'f32_acc');
const ACCF8_F32 = heapAcc8(K.accf8_F32 as K.Elementwise8, 'f32_acc8');

/** A scratch buffer of CHUNK elements of a dtype. */
function scratch(dtype: DType): TypedArray {
  const info = DTYPES[dtype];
  return new info.ctor(CHUNK * info.lanes);
}

/** Lane and elementwise kernels that add runs of one storage type into a result. */
function addWith(
  x: NDArray,
  reduced: readonly boolean[],
  y: TypedArray,
  lane: K.Lane<number>,
  acc: K.Elementwise,
  acc8?: K.Elementwise8,
  kernels = false,
): void {
  // Row accumulation into a small result: mirror the result into the heap so the kernels apply.
  const mirror = kernels && !reduced[x.ndim - 1] ? heapMirror(x.data, y) : null;
  const t = mirror ?? y;
  const r = t as Float64Array;
  try {
    reduceWalk(
      x,
      reduced,
      (n, d, i, s, o) => {
        r[o] = r[o]! + lane(n, d, i, s);
      },
      (n, d, i, s, o, so) => acc(n, d, i, s, t, o, so),
      true,
      acc8 === undefined ? undefined : (n, d, i, s, rs, o, so) => acc8(n, d, i, s, rs, t, o, so),
    );
  } finally {
    if (mirror !== null) {
      y.set(mirror as never);
      releaseMirror(mirror);
    }
  }
}

function realAdd(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const y = res.data as Float64Array;
  const xd = x.dtype;
  if (res.dtype === 'float64') {
    if (xd === 'float64') {
      addWith(
        x,
        reduced,
        y,
        (nan ? K.nansum_F64 : SUM_F64) as K.Lane<number>,
        (nan ? K.nanacc_F64 : ACC_F64) as K.Elementwise,
        nan ? undefined : ACC8_F64,
        !nan,
      );
      return;
    }
    if (xd === 'float32') {
      // NumPy casts through its buffer, so each lane is summed in chunks of CHUNK elements.
      const lane = (nan ? K.nansum_F32 : K.sum_F32) as K.Lane<number>;
      const acc = (nan ? K.nanacc_F32 : K.acc_F32) as K.Elementwise;
      reduceWalk(
        x,
        reduced,
        (n, d, i, s, o) => {
          for (let c = 0; c < n; c += CHUNK) y[o] = y[o]! + lane(Math.min(CHUNK, n - c), d, i + c * s, s);
        },
        (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
        true,
      );
      return;
    }
    if (isNumberStored(xd)) {
      // Integers: float64 sums of them are exact far beyond any realistic size, chunked or not.
      const key = storageKey(xd) as NumKey;
      addWith(x, reduced, y, K.SUM[key], K.ACC[key], K.ACC8[key]);
      return;
    }
    castAdd(
      x,
      reduced,
      res,
      (nan ? K.nansum_F64 : K.sum_F64) as K.Lane<number>,
      (nan ? K.nanacc_F64 : K.acc_F64) as K.Elementwise,
    );
    return;
  }
  // float32 result
  if (xd === 'float32') {
    addWith(
      x,
      reduced,
      y,
      (nan ? K.nansumf_F32 : SUMF_F32) as K.Lane<number>,
      (nan ? K.nanaccf_F32 : ACCF_F32) as K.Elementwise,
      nan ? undefined : ACCF8_F32,
      !nan,
    );
    return;
  }
  castAdd(
    x,
    reduced,
    res,
    (nan ? K.nansumf_F32 : K.sumf_F32) as K.Lane<number>,
    (nan ? K.nanaccf_F32 : K.accf_F32) as K.Elementwise,
  );
}

/**
 * int64/uint64 to float64 without BigInts: hi * 2^32 + lo is exact before its one rounding, so
 * it equals Number(value).
 */
function int64ToFloat64(
  d: TypedArray,
  signed: boolean,
  out: Float64Array,
): (n: number, i: number, si: number, j: number, sj: number) => void {
  const { lo, hi } = halves(d, signed);
  return (n, i, si, j, sj) => {
    for (let k = 0; k < n; k++, i += si, j += sj) out[j] = hi[2 * i + 1]! * 4294967296 + lo[2 * i]!;
  };
}

/** Sums through a cast: each lane is converted CHUNK elements at a time into the result dtype. */
function castAdd(
  x: NDArray,
  reduced: readonly boolean[],
  res: NDArray,
  laneK: K.Lane<number>,
  accK: K.Elementwise,
): void {
  const buf = scratch(res.dtype);
  const convs = new Map<TypedArray, ReturnType<typeof convertLoop>>();
  const conv = (d: TypedArray) => {
    let c = convs.get(d);
    if (c === undefined) {
      c =
        LITTLE_ENDIAN && res.dtype === 'float64' && (x.dtype === 'int64' || x.dtype === 'uint64')
          ? int64ToFloat64(d, x.dtype === 'int64', buf as Float64Array)
          : convertLoop(x.dtype, d, res.dtype, buf);
      convs.set(d, c);
    }
    return c;
  };
  const y = res.data as Float64Array;
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      const cv = conv(d);
      for (let c = 0; c < n; c += CHUNK) {
        const m = Math.min(CHUNK, n - c);
        cv(m, i + c * s, s, 0, 1);
        y[o] = y[o]! + laneK(m, buf, 0, 1);
      }
    },
    (n, d, i, s, o, so) => {
      const cv = conv(d);
      for (let c = 0; c < n; c += CHUNK) {
        const m = Math.min(CHUNK, n - c);
        cv(m, i + c * s, s, 0, 1);
        accK(m, buf, 0, 1, y, o + c * so, so);
      }
    },
    true,
  );
}

function complexAdd(x: NDArray, reduced: readonly boolean[], res: NDArray, nan: boolean): void {
  const y = res.data as Float64Array;
  const c64 = res.dtype === 'complex64';
  const lane = (c64 ? (nan ? K.cnansumf_C64 : K.csumf_C64) : nan ? K.cnansum_C128 : K.csum_C128) as (
    n: number,
    x: TypedArray,
    ix: number,
    sx: number,
  ) => void;
  const acc = (c64 ? (nan ? K.cnanaccf_C64 : K.caccf_C64) : nan ? K.cnanacc_C128 : K.cacc_C128) as K.Elementwise;
  const R = K.CRES;
  if (x.dtype === res.dtype) {
    reduceWalk(
      x,
      reduced,
      (n, d, i, s, o) => {
        lane(n, d, i, s);
        y[2 * o] = y[2 * o]! + R[0]!;
        y[2 * o + 1] = y[2 * o + 1]! + R[1]!;
      },
      (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
      true,
    );
    return;
  }
  const src = astype(x, res.dtype);
  // A cast into complex: NumPy converts CHUNK elements at a time; converting the whole input
  // first and summing lanes in CHUNK pieces gives the same groups.
  reduceWalk(
    src,
    reduced,
    (n, d, i, s, o) => {
      for (let c = 0; c < n; c += CHUNK) {
        lane(Math.min(CHUNK, n - c), d, i + c * s, s);
        y[2 * o] = y[2 * o]! + R[0]!;
        y[2 * o + 1] = y[2 * o + 1]! + R[1]!;
      }
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
    true,
  );
}

/** sum with dtype=bool is a logical or, as in NumPy. */
function logicalOrInto(x: NDArray, reduced: readonly boolean[], res: NDArray): void {
  const y = res.data as Uint8Array;
  const key = storageKey(x.dtype);
  const any = K.ANY[key];
  const anyAcc = K.ANYACC[key];
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      if (y[o] === 0 && any(n, d, i, s)) y[o] = 1;
    },
    (n, d, i, s, o, so) => anyAcc(n, d, i, s, y, o, so),
  );
}

const TWO32 = 4294967296;

/**
 * Exact integer sum into an integer result: partial sums are kept in float64 while they are
 * provably exact (a piece of the reduction holds at most 2^52 / max|x| elements per output), and
 * folded after each piece into a (hi, lo) pair of 32-bit words per output, i.e. modulo 2^64.
 * int64/uint64 inputs are summed as their two 32-bit halves. No BigInt is created.
 */
function intAdd(x: NDArray, reduced: readonly boolean[], res: NDArray): void {
  let src = x;
  if (!(kindOf(x.dtype) === 'i' || kindOf(x.dtype) === 'u' || x.dtype === 'bool')) {
    // Floats/complex summed with an integer dtype: NumPy casts every element first.
    src = astype(x, res.dtype);
  }
  if (!LITTLE_ENDIAN) {
    bigIntAdd(src, reduced, res);
    return;
  }
  const size = res.size;
  const H = new Float64Array(size);
  const L = new Float64Array(size);
  // Seed with the current result (identity or `initial`).
  readInts(res, H, L);
  const wide = src.dtype === 'int64' || src.dtype === 'uint64';
  const bound = wide ? TWO32 : maxAbs(src.dtype);
  const limit = Math.max(1, Math.floor(2 ** 52 / bound));
  const accLo = new Float64Array(size);
  const accHi = wide ? new Float64Array(size) : accLo;
  const flush = () => {
    for (let k = 0; k < size; k++) {
      const l = L[k]! + accLo[k]!;
      const carry = Math.floor(l / TWO32);
      L[k] = l - carry * TWO32;
      let h = H[k]! + carry + (wide ? accHi[k]! : 0);
      h %= TWO32;
      H[k] = h < 0 ? h + TWO32 : h;
    }
    accLo.fill(0);
    if (wide) accHi.fill(0);
  };
  for (const piece of pieces(src, reduced, limit)) {
    if (wide) {
      const { lo, hi } = halves(src.data, src.dtype === 'int64');
      const twice = piece.strides.map((s) => 2 * s);
      addNumbers({ data: lo, shape: piece.shape, strides: twice, offset: 2 * piece.offset }, 'U32', reduced, accLo);
      addNumbers(
        { data: hi, shape: piece.shape, strides: twice, offset: 2 * piece.offset + 1 },
        src.dtype === 'int64' ? 'I32' : 'U32',
        reduced,
        accHi,
      );
    } else {
      addNumbers(piece, storageKey(src.dtype) as NumKey, reduced, accLo);
    }
    flush();
  }
  writeInts(res, H, L);
}

/** Float64 sums of a number-stored operand into a float64 accumulator of the kept shape. */
function addNumbers(x: Operand, key: NumKey, reduced: readonly boolean[], y: Float64Array): void {
  const lane = K.SUM[key];
  const acc = K.ACC[key];
  reduceWalk(
    x,
    reduced,
    (n, d, i, s, o) => {
      y[o] = y[o]! + lane(n, d, i, s);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
  );
}

/**
 * Splits a reduction into views whose reduced extent per output is at most `limit` elements,
 * cutting the longest reduced axis first.
 */
function pieces(x: Operand, reduced: readonly boolean[], limit: number): Operand[] {
  let count = 1;
  let best = -1;
  for (let ax = 0; ax < x.shape.length; ax++) {
    if (!reduced[ax]) continue;
    const d = x.shape[ax] as number;
    count *= d;
    if (best < 0 || d > (x.shape[best] as number)) best = ax;
  }
  if (count <= limit || best < 0) return [x];
  const d = x.shape[best] as number;
  const rest = count / d;
  const step = Math.max(1, Math.floor(limit / rest));
  const out: Operand[] = [];
  for (let start = 0; start < d; start += step) {
    const len = Math.min(step, d - start);
    const shape = [...x.shape];
    shape[best] = len;
    const sub: Operand = {
      data: x.data,
      shape,
      strides: x.strides,
      offset: x.offset + start * (x.strides[best] as number),
    };
    out.push(...pieces(sub, reduced, limit));
  }
  return out;
}

/** Reads an integer result array into (hi, lo) 32-bit words held in doubles. */
function readInts(res: NDArray, H: Float64Array, L: Float64Array): void {
  const d = res.data;
  const n = res.size;
  if (res.dtype === 'int64' || res.dtype === 'uint64') {
    const { lo, hi } = halves(d, false);
    for (let k = 0; k < n; k++) {
      L[k] = lo[2 * k]!;
      H[k] = hi[2 * k + 1]!;
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    const v = d[k] as number;
    const h = Math.floor(v / TWO32);
    L[k] = v - h * TWO32;
    H[k] = h < 0 ? h + TWO32 : h;
  }
}

/** Writes (hi, lo) words into an integer result, wrapping to its width. */
function writeInts(res: NDArray, H: Float64Array, L: Float64Array): void {
  const d = res.data;
  const n = res.size;
  if (res.dtype === 'int64' || res.dtype === 'uint64') {
    const { lo, hi } = halves(d, false);
    for (let k = 0; k < n; k++) {
      lo[2 * k] = L[k]!;
      hi[2 * k + 1] = H[k]!;
    }
    return;
  }
  // Narrower integers: the low word, wrapped by the TypedArray store.
  const y = d as Int32Array;
  for (let k = 0; k < n; k++) y[k] = L[k]!;
}

/** Big-endian fallback: BigInt accumulation. */
function bigIntAdd(x: NDArray, reduced: readonly boolean[], res: NDArray): void {
  const acc = new BigInt64Array(res.size);
  const d = x.data;
  const rd = res.data;
  for (let k = 0; k < res.size; k++) acc[k] = BigInt.asIntN(64, BigInt(rd[k] as number | bigint));
  const big = x.dtype === 'int64' || x.dtype === 'uint64';
  const get = (j: number): bigint => (big ? (d[j] as bigint) : BigInt(d[j] as number));
  reduceWalk(
    x,
    reduced,
    (n, _d, i, s, o) => {
      let t = acc[o]!;
      for (let k = 0; k < n; k++) t += get(i + k * s);
      acc[o] = BigInt.asIntN(64, t);
    },
    (n, _d, i, s, o, so) => {
      for (let k = 0; k < n; k++) acc[o + k * so] = BigInt.asIntN(64, acc[o + k * so]! + get(i + k * s));
    },
  );
  const bits = DTYPES[res.dtype].itemSize * 8;
  const unsigned = kindOf(res.dtype) === 'u';
  for (let k = 0; k < res.size; k++) {
    const v = unsigned ? BigInt.asUintN(bits, acc[k]!) : BigInt.asIntN(bits, acc[k]!);
    if (res.dtype === 'int64' || res.dtype === 'uint64') (rd as BigInt64Array)[k] = v;
    else (rd as Int32Array)[k] = Number(v);
  }
}

/**
 * The sum over the reduction as a fresh kept-shape array of dtype `dt`, starting from `initial`
 * (default 0). `nan` ignores NaN. Used by sum, nansum, mean, var and average.
 */
export function sumReduction(r: Reduction, dt: DType, nan: boolean, initial?: Scalar, source?: NDArray): NDArray {
  const res = emptyArray(dt, r.keptShape);
  if (initial !== undefined) fillScalar(res, initial);
  let x = source ?? r.x;
  // nansum works on a NaN-free copy in NumPy; a copy's layout decides the summation order.
  if (nan && source === undefined && (kindOf(x.dtype) === 'f' || kindOf(x.dtype) === 'c') && !isDense(x))
    x = denseCopy(x);
  addInto(x, r.reduced, res, nan);
  return res;
}

/**
 * Sum of array elements over the given axes, with NumPy's pairwise summation along contiguous
 * runs (so the float64 sum of 1e7 numbers agrees with NumPy's to the last bit or so).
 *
 * Result dtype: `dtype` if given, else int64 for bool and signed integers, uint64 for unsigned
 * integers (as NumPy), else the input's dtype. Integer sums wrap. Over all axes, ordinary integer
 * input (bool, int8..int32, uint8..uint32) gives a JS number (exact while |total| ≤ 2^53 − 1,
 * rounded beyond); int64/uint64 input or `dtype: 'int64'` gives the exact bigint.
 * Empty sums are 0 (or `initial`).
 *
 * @param a - input array
 * @param options - `axis` (number or list; all when omitted), `keepdims`, `dtype`, `out`, `initial`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * sum([[1.5, 2], [3, 4]]);               // 10.5
 * sum([[1, 2], [3, 4]], { axis: 0 });    // NDArray int64 [4n, 6n]
 * sum([1, 2, 3], { dtype: 'float64' });  // 6
 * sum([1, 2, 3]);                       // 6
 * sum([1, 2, 3], { dtype: 'int64' });    // 6n
 * ```
 */
export function sum(a: RealInput, options?: SumOptions & ScalarResult & { dtype?: OrdinaryDType | null }): number;
export function sum(a: ArrayInput, options?: SumOptions & ScalarResult): Scalar;
export function sum(a: ArrayInput, options: SumOptions & ArrayResult): NDArray;
export function sum(a: ArrayInput, options?: SumOptions): NDArray | Scalar;
export function sum(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: SumOptions,
): NDArray;
export function sum(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: SumOptions,
): NDArray | Scalar;
export function sum(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: SumOptions = parseSum(rest, 'sum');
  const r = prepare('sum', a, options);
  const dt = dtypeOption(options.dtype, 'sum') ?? options.out?.dtype ?? sumDType(r.x.dtype);
  return ordinaryTotal(finish(r, sumReduction(r, dt, false, options.initial), options), r.x.dtype, options.dtype);
}

/**
 * Sum treating NaN as zero (NumPy's `nansum`); an all-NaN slice sums to 0. Integer inputs behave
 * as `sum`.
 *
 * @param a - input array
 * @param options - as `sum`
 * @returns a JS scalar when reducing over all axes without keepdims/out, otherwise an NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * nansum([1, NaN, 3]);                       // 4
 * nansum([[1, NaN], [NaN, NaN]], { axis: 1 }); // NDArray [1, 0]
 * ```
 */
export function nansum(a: RealInput, options?: SumOptions & ScalarResult & { dtype?: OrdinaryDType | null }): number;
export function nansum(a: ArrayInput, options?: SumOptions & ScalarResult): Scalar;
export function nansum(a: ArrayInput, options: SumOptions & ArrayResult): NDArray;
export function nansum(a: ArrayInput, options?: SumOptions): NDArray | Scalar;
export function nansum(
  a: ArrayInput,
  axis: number | readonly number[],
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: SumOptions,
): NDArray;
export function nansum(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  dtype?: DType | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: Scalar,
  options?: SumOptions,
): NDArray | Scalar;
export function nansum(a: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  const options: SumOptions = parseSum(rest, 'nansum');
  const r = prepare('nansum', a, options);
  const dt = dtypeOption(options.dtype, 'nansum') ?? options.out?.dtype ?? sumDType(r.x.dtype);
  return ordinaryTotal(finish(r, sumReduction(r, dt, true, options.initial), options), r.x.dtype, options.dtype);
}
