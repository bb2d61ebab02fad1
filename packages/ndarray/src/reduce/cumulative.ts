/** cumsum, cumprod, nancumsum, nancumprod: running sums/products along one axis. */
import type { DType, TypedArray } from '@stride/protocol';
import { DTYPES, isCContiguous } from '@stride/protocol';
import { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, copy, emptyArray } from '../core/convert.js';
import { kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import {
  type NumKey,
  dtypeOption,
  halves,
  isNumberStored,
  singleAxis,
  storageKey,
  storeInt64,
  storeInt64Run,
  LITTLE_ENDIAN,
  sumDType,
  writeOut,
} from './common.js';
import { planLanes, walkLanes } from './plan.js';
import { parseCumulative } from './args.js';

/** Options of the cumulative functions. */
export interface CumulativeOptions {
  /** Axis to accumulate along; the flattened array (C order) when omitted. */
  axis?: number | null;
  /** Accumulator and result dtype (default as `sum`: int64/uint64 for bool and narrower integers). */
  dtype?: DType;
  /** Array to write the result into (same shape as the result). */
  out?: NDArray;
}

/** A run kernel: accumulate x[ix + k*sx] into y[iy + k*sy], k < n. */
type Run = (n: number, x: TypedArray, ix: number, sx: number, y: TypedArray, iy: number, sy: number) => void;

/** Calls `run` for every lane along `axis` of `x`, with the matching lane of the C-contiguous `res`. */
function eachLane(
  x: NDArray,
  axis: number,
  res: NDArray,
  run: (n: number, i: number, s: number, o: number, so: number) => void,
): void {
  if (x.size === 0) return;
  const outStrides = res.strides;
  const shape1 = x.shape.map((d, i) => (i === axis ? 1 : d));
  const inS = x.strides.map((s, i) => (i === axis ? 0 : s));
  const outS = outStrides.map((s, i) => (i === axis ? 0 : s));
  const plan = planLanes(shape1, inS, outS);
  const n = x.shape[axis] as number;
  const si = x.strides[axis] as number;
  const so = outStrides[axis] as number;
  walkLanes(plan, x.offset, 0, (i, o) => {
    for (let k = 0; k < plan.n; k++) run(n, i + k * plan.sIn, si, o + k * plan.sOut, so);
  });
}

function floatRun(xd: DType, rd: DType, prod: boolean, nan: boolean): Run | null {
  if (rd === 'float64') {
    if (xd === 'float64')
      return (prod ? (nan ? K.nancumprod_F64 : K.cumprod_F64) : nan ? K.nancumsum_F64 : K.cumsum_F64) as Run;
    if (xd === 'float32')
      return (prod ? (nan ? K.nancumprod_F32 : K.cumprod_F32) : nan ? K.nancumsum_F32 : K.cumsum_F32) as Run;
    if (!prod && isNumberStored(xd)) return K.CUMSUM[storageKey(xd) as NumKey] as Run;
    return null;
  }
  if (rd === 'float32') {
    if (xd === 'float32')
      return (prod ? (nan ? K.nancumprodf_F32 : K.cumprodf_F32) : nan ? K.nancumsumf_F32 : K.cumsumf_F32) as Run;
    return null;
  }
  if (rd === 'complex128' && xd === 'complex128') {
    return (prod ? (nan ? K.cnancumprod_C128 : K.ccumprod_C128) : nan ? K.cnancumsum_C128 : K.ccumsum_C128) as Run;
  }
  if (rd === 'complex64' && xd === 'complex64') {
    return (prod ? (nan ? K.cnancumprodf_C64 : K.ccumprodf_C64) : nan ? K.cnancumsumf_C64 : K.ccumsumf_C64) as Run;
  }
  return null;
}

const EXACT = 2 ** 53;

/** Exact integer running sums/products into an integer result (wrapping to its width). */
function intRuns(x: NDArray, axis: number, res: NDArray, prod: boolean): void {
  const rd = res.dtype;
  const big = rd === 'int64' || rd === 'uint64';
  const y = res.data;
  const bits = DTYPES[rd].itemSize * 8;
  const { lo, hi } = big ? halves(y, true) : { lo: new Uint32Array(0), hi: new Int32Array(0) };
  const xd = x.dtype;
  const d = x.data;
  const xbig = xd === 'int64' || xd === 'uint64';
  const n = x.shape[axis] as number;
  // Running sums of number-stored integers in float64 are exact as long as every partial sum
  // stays below 2^53 in magnitude, which is checked per lane (the lane is redone otherwise).
  const run = !prod && !xbig ? K.CUMSUM[storageKey(xd) as NumKey] : null;
  const lane = new Float64Array(run !== null ? n : 0);
  const put = (j: number, v: bigint) => {
    if (big) (y as BigInt64Array)[j] = v;
    else (y as Int32Array)[j] = Number(BigInt.asIntN(bits, v));
  };
  eachLane(x, axis, res, (m, i, s, o, so) => {
    if (run !== null) {
      run(m, d, i, s, lane, 0, 1);
      let exact = true;
      for (let k = 0; k < m; k++) if (Math.abs(lane[k]!) >= EXACT) exact = false;
      if (exact) {
        if (big && LITTLE_ENDIAN) storeInt64Run(lane, m, lo, hi as Int32Array, o, so);
        else if (big) for (let k = 0; k < m; k++) (y as BigInt64Array)[o + k * so] = BigInt(lane[k]!);
        else for (let k = 0; k < m; k++) (y as Int32Array)[o + k * so] = lane[k]!;
        return;
      }
    }
    let acc = prod ? 1 : 0;
    let b: bigint | null = null;
    for (let k = 0; k < m; k++, i += s, o += so) {
      if (xbig || b !== null) {
        const v = xbig ? (d[i] as bigint) : BigInt(d[i] as number);
        b = BigInt.asIntN(64, prod ? (b ?? BigInt(acc)) * v : (b ?? BigInt(acc)) + v);
        put(o, b);
        continue;
      }
      const v = d[i] as number;
      const next = prod ? acc * v : acc + v;
      if (Math.abs(next) < EXACT) {
        acc = next;
        if (big) storeInt64(y, o, acc, lo, hi);
        else (y as Int32Array)[o] = acc;
      } else {
        b = BigInt.asIntN(64, prod ? BigInt(acc) * BigInt(v) : BigInt(acc) + BigInt(v));
        put(o, b);
      }
    }
  });
}

function cumulative(op: string, prod: boolean, nan: boolean, a: ArrayInput, options: CumulativeOptions): NDArray {
  let x = asarray(a);
  // NumPy treats a 0-d array as 1-d when an axis is given.
  if (x.ndim === 0 && options.axis !== undefined && options.axis !== null) x = x.view([1], [0], x.offset);
  let axis = singleAxis(options.axis, x.ndim, op);
  if (axis === null) {
    if (!isCContiguous(x.shape, x.strides)) x = copy(x);
    x = new NDArray(x.dtype, x.data, [x.size], [1], x.offset);
    axis = 0;
  }
  const rd = dtypeOption(options.dtype, op) ?? options.out?.dtype ?? sumDType(x.dtype);
  const xk = kindOf(x.dtype);
  if (nan && (xk === 'f' || xk === 'c') && kindOf(rd) !== 'f' && kindOf(rd) !== 'c') {
    // NaN replaced before an integer cast: 0 for sums, 1 for products.
    x = replaceNan(x, prod ? 1 : 0);
    nan = false;
  }
  const res = emptyArray(rd, x.shape);
  const rk = kindOf(rd);
  if (rk === 'f' || rk === 'c') {
    let run = floatRun(x.dtype, rd, prod, nan);
    if (run === null) {
      x = astype(x, rd);
      run = floatRun(rd, rd, prod, nan) as Run;
    }
    const d = x.data;
    const y = res.data;
    const r = run;
    eachLane(x, axis, res, (n, i, s, o, so) => r(n, d, i, s, y, o, so));
  } else if (rk === 'b') {
    // Bool accumulation is a running logical or (sum) / and (product) of x != 0.
    const tmp = emptyArray('int64', x.shape);
    intRuns(astype(x, 'bool'), axis, tmp, prod);
    const t = tmp.data as BigInt64Array;
    const y = res.data as Uint8Array;
    for (let k = 0; k < y.length; k++) y[k] = t[k] !== 0n ? 1 : 0;
  } else {
    if (xk === 'f' || xk === 'c') x = astype(x, rd);
    intRuns(x, axis, res, prod);
  }
  if (options.out !== undefined) {
    writeOut(op, options.out, res);
    return options.out;
  }
  return res;
}

/** A copy with NaN (in either part, for complex) replaced by `v`. */
function replaceNan(x: NDArray, v: number): NDArray {
  const c = copy(x);
  const d = c.data as Float64Array;
  if (kindOf(c.dtype) === 'c') {
    for (let k = 0; k < d.length; k += 2) {
      if (Number.isNaN(d[k]) || Number.isNaN(d[k + 1])) {
        d[k] = v;
        d[k + 1] = 0;
      }
    }
  } else {
    for (let k = 0; k < d.length; k++) if (Number.isNaN(d[k])) d[k] = v;
  }
  return c;
}

/**
 * Running sum along an axis (the flattened array when `axis` is omitted). Result dtype as `sum`:
 * int64/uint64 for bool and narrower integers (so int32 input gives int64, like NumPy), else the
 * input's; integer sums wrap. Always returns an NDArray.
 *
 * @param a - input array
 * @param options - `axis` (single), `dtype`, `out`
 * @returns an NDArray of the input's shape (1-D of the input's size without `axis`)
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * cumsum([1.5, 2, 3]).toArray();                       // [1.5, 3.5, 6.5]
 * cumsum([[1, 2], [3, 4]], { axis: 0 }).toArray();     // [[1n, 2n], [4n, 6n]]
 * ```
 */
export function cumsum(a: ArrayInput, options?: CumulativeOptions): NDArray;
export function cumsum(
  a: ArrayInput,
  axis?: number | null,
  dtype?: DType | null,
  out?: NDArray | null,
  options?: CumulativeOptions,
): NDArray;
export function cumsum(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options: CumulativeOptions = parseCumulative(rest, 'cumsum');
  return cumulative('cumsum', false, false, a, options);
}

/**
 * Running product along an axis (see `cumsum` for axis and dtype rules).
 *
 * @param a - input array
 * @param options - `axis` (single), `dtype`, `out`
 * @returns an NDArray of the input's shape (1-D without `axis`)
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * cumprod([1.5, 2, 3]).toArray(); // [1.5, 3, 9]
 * ```
 */
export function cumprod(a: ArrayInput, options?: CumulativeOptions): NDArray;
export function cumprod(
  a: ArrayInput,
  axis?: number | null,
  dtype?: DType | null,
  out?: NDArray | null,
  options?: CumulativeOptions,
): NDArray;
export function cumprod(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options: CumulativeOptions = parseCumulative(rest, 'cumprod');
  return cumulative('cumprod', true, false, a, options);
}

/**
 * Running sum treating NaN as zero (NumPy's `nancumsum`).
 *
 * @param a - input array
 * @param options - `axis` (single), `dtype`, `out`
 * @returns an NDArray of the input's shape (1-D without `axis`)
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * nancumsum([1, NaN, 2]).toArray(); // [1, 1, 3]
 * ```
 */
export function nancumsum(a: ArrayInput, options?: CumulativeOptions): NDArray;
export function nancumsum(
  a: ArrayInput,
  axis?: number | null,
  dtype?: DType | null,
  out?: NDArray | null,
  options?: CumulativeOptions,
): NDArray;
export function nancumsum(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options: CumulativeOptions = parseCumulative(rest, 'nancumsum');
  return cumulative('nancumsum', false, true, a, options);
}

/**
 * Running product treating NaN as one (NumPy's `nancumprod`).
 *
 * @param a - input array
 * @param options - `axis` (single), `dtype`, `out`
 * @returns an NDArray of the input's shape (1-D without `axis`)
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * nancumprod([2, NaN, 3]).toArray(); // [2, 2, 6]
 * ```
 */
export function nancumprod(a: ArrayInput, options?: CumulativeOptions): NDArray;
export function nancumprod(
  a: ArrayInput,
  axis?: number | null,
  dtype?: DType | null,
  out?: NDArray | null,
  options?: CumulativeOptions,
): NDArray;
export function nancumprod(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options: CumulativeOptions = parseCumulative(rest, 'nancumprod');
  return cumulative('nancumprod', true, true, a, options);
}
