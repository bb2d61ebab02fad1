/** What every reduction shares: option types, axis handling, result dtypes and result packaging. */
import type { DType, TypedArray } from '@stride/protocol';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray, type Scalar, checkDType, readScalar } from '../ndarray.js';
import { type ArrayInput, asarray, assign, writeScalar } from '../core/convert.js';
import { normalizeAxes, normalizeAxis } from '../core/iter.js';
import { isComplex, kindOf } from '../core/dtype.js';

/** `axis` as reductions take it: one axis, several, or all (`undefined`/`null`). */
export type Axis = number | readonly number[] | null | undefined;

/** Options every axis reduction understands. */
export interface AxisOptions {
  /** Axis or axes to reduce; all axes when omitted (then the result is a JS scalar). */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as length-1 axes (the result is then always an NDArray). */
  keepdims?: boolean;
  /** Array to write the result into (shape must match the result; values are cast unsafely). */
  out?: NDArray;
}

/**
 * Options under which a reduction returns a JS scalar: no `axis`, no `keepdims`, no `out`.
 * The overloads use this to type `sum(a)` as a scalar and `sum(a, { axis: 0 })` as an NDArray.
 */
export interface ScalarResult {
  axis?: null | undefined;
  keepdims?: false | undefined;
  out?: undefined;
}

/** Options under which a reduction returns an NDArray. */
export type ArrayResult = { axis: number | readonly number[] } | { keepdims: true } | { out: NDArray };

/** A reduction after its input and axes have been checked. */
export interface Reduction {
  /** Name used in error messages. */
  readonly op: string;
  /** The input array. */
  readonly x: NDArray;
  /** Per input axis: whether it is reduced. */
  readonly reduced: boolean[];
  /** Result shape with reduced axes kept as length 1. */
  readonly keptShape: number[];
  /** Result shape without the reduced axes. */
  readonly outShape: number[];
  /** Number of input elements folded into each result element. */
  readonly count: number;
}

/**
 * Checks the input and the options of a reduction. NumPy's `where=` mask is not supported yet;
 * passing one is an error rather than being silently ignored.
 */
export function prepare(op: string, a: ArrayInput, options: { axis?: Axis; where?: unknown }): Reduction {
  if (options.where !== undefined) throw new ValueError(`${op}: the where= option is not supported`);
  const x = asarray(a);
  return prepareArray(op, x, options.axis);
}

/** As `prepare`, for an NDArray already in hand. */
export function prepareArray(op: string, x: NDArray, axis: Axis): Reduction {
  if (axis !== undefined && axis !== null && typeof axis !== 'number') {
    const seen = new Set<number>();
    for (const ax of axis) {
      const k = normalizeAxis(ax, x.ndim, op);
      if (seen.has(k)) throw new ValueError(`${op}: duplicate value in 'axis': ${JSON.stringify(axis)}`);
      seen.add(k);
    }
  }
  const axes = normalizeAxes(axis, x.ndim, op);
  const reduced = new Array<boolean>(x.ndim).fill(false);
  for (const ax of axes) reduced[ax] = true;
  const keptShape: number[] = [];
  const outShape: number[] = [];
  let count = 1;
  for (let ax = 0; ax < x.ndim; ax++) {
    const d = x.shape[ax] as number;
    if (reduced[ax]) {
      keptShape.push(1);
      count *= d;
    } else {
      keptShape.push(d);
      outShape.push(d);
    }
  }
  return { op, x, reduced, keptShape, outShape, count };
}

/** Whether options ask for a JS scalar (all axes, no keepdims, no out). */
export function wantsScalar(options: { axis?: Axis; keepdims?: boolean; out?: NDArray }): boolean {
  return (
    (options.axis === undefined || options.axis === null) && options.keepdims !== true && options.out === undefined
  );
}

/**
 * Packages a C-contiguous result of the kept shape: written into `out` when given, a JS scalar
 * when every axis was reduced without keepdims, otherwise an NDArray of the result shape.
 */
export function finish(
  r: Reduction,
  res: NDArray,
  options: { axis?: Axis; keepdims?: boolean; out?: NDArray },
): NDArray | Scalar {
  return finishShaped(r.op, res, options.keepdims === true ? r.keptShape : r.outShape, options);
}

/** As `finish`, with the final shape given. */
export function finishShaped(
  op: string,
  res: NDArray,
  shape: readonly number[],
  options: { axis?: Axis; keepdims?: boolean; out?: NDArray },
): NDArray | Scalar {
  const view = new NDArray(res.dtype, res.data, shape);
  if (options.out !== undefined) {
    writeOut(op, options.out, view);
    return options.out;
  }
  if (wantsScalar(options)) return readScalar(res.dtype, res.data, 0);
  return view;
}

/** Writes a result into a user's `out` array after checking its shape (cast like NumPy's unsafe casting). */
export function writeOut(op: string, out: NDArray, value: NDArray): void {
  if (!(out instanceof NDArray)) throw new DTypeError(`${op}: out must be an NDArray`);
  if (out.ndim !== value.ndim || out.shape.some((d, i) => d !== value.shape[i])) {
    throw new ShapeError(`${op}: out has shape [${out.shape.join(', ')}], expected [${value.shape.join(', ')}]`);
  }
  assign(out, value);
}

/** Normalises a single `axis` (argmin, cumsum, ...): `undefined`/`null` means the flattened array. */
export function singleAxis(axis: number | null | undefined, ndim: number, op: string): number | null {
  if (axis === undefined || axis === null) return null;
  return normalizeAxis(axis, ndim, op);
}

/** Checks a `dtype` option. */
export function dtypeOption(dtype: DType | undefined, op: string): DType | undefined {
  return dtype === undefined ? undefined : checkDType(dtype, op);
}

/**
 * NumPy's default accumulator of add/multiply reductions and accumulations: bool and signed
 * integers narrower than 64 bits become int64, unsigned ones uint64 (NumPy's platform integer,
 * even though Stride's default integer is int32).
 */
export function sumDType(d: DType): DType {
  switch (d) {
    case 'bool':
    case 'int8':
    case 'int16':
    case 'int32':
      return 'int64';
    case 'uint8':
    case 'uint16':
    case 'uint32':
      return 'uint64';
    default:
      return d;
  }
}

/** NumPy's result dtype of mean/var/std/median: integers and bool give float64. */
export function meanDType(d: DType): DType {
  const k = kindOf(d);
  return k === 'f' || k === 'c' ? d : 'float64';
}

/** Storage keys of the generated kernel tables. */
export type StorageKey = 'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64';
/** Storage keys of the real dtypes. */
export type RealKey = Exclude<StorageKey, 'C128' | 'C64'>;
/** Storage keys of the number-valued real dtypes. */
export type NumKey = 'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32';

const KEYS: Record<DType, StorageKey> = {
  bool: 'U8',
  int8: 'I8',
  uint8: 'U8',
  int16: 'I16',
  uint16: 'U16',
  int32: 'I32',
  uint32: 'U32',
  int64: 'I64',
  uint64: 'U64',
  float32: 'F32',
  float64: 'F64',
  complex64: 'C64',
  complex128: 'C128',
};

/** The kernel-table key of a dtype's storage. */
export function storageKey(d: DType): StorageKey {
  return KEYS[d];
}

/** Whether a dtype is stored as plain JS numbers in a real TypedArray (not bigint, not complex). */
export function isNumberStored(d: DType): boolean {
  return d !== 'int64' && d !== 'uint64' && !isComplex(d);
}

/** Elements per cast chunk: NumPy's buffer size, which sets how a casting sum is split. */
export const CHUNK = 8192;

/** The largest |value| of a number-stored integer dtype (bool 1). */
export function maxAbs(d: DType): number {
  switch (d) {
    case 'bool':
      return 1;
    case 'int8':
      return 128;
    case 'uint8':
      return 255;
    case 'int16':
      return 32768;
    case 'uint16':
      return 65535;
    case 'int32':
      return 2147483648;
    default:
      return 4294967295;
  }
}

/** Whether this platform stores integers little-endian (every mainstream JS engine does). */
export const LITTLE_ENDIAN: boolean = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The 32-bit halves of int64/uint64 storage: element k is lo[2k] + 2^32 * hi[2k+1] (little-endian). */
export function halves(data: TypedArray, signed: boolean): { lo: Uint32Array; hi: Int32Array | Uint32Array } {
  const lo = new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
  const hi = signed ? new Int32Array(data.buffer, data.byteOffset, data.length * 2) : lo;
  return { lo, hi };
}

const TWO32 = 4294967296;

/**
 * Writes integer-valued doubles (|v| < 2^53) into int64/uint64 storage, wrapping like a cast,
 * without creating BigInts.
 */
export function storeInt64(dst: TypedArray, k: number, v: number, lo: Uint32Array, hi: Int32Array | Uint32Array): void {
  if (LITTLE_ENDIAN) {
    const h = Math.floor(v / TWO32);
    lo[2 * k] = v - h * TWO32;
    hi[2 * k + 1] = h;
  } else {
    (dst as BigInt64Array)[k] = BigInt(v);
  }
}

/**
 * Writes m integer-valued doubles (|v| < 2^53) into int64/uint64 storage at o, o + so, ...
 * through its 32-bit halves (little-endian platforms; see `halves`).
 */
export function storeInt64Run(
  v: Float64Array,
  m: number,
  lo: Uint32Array,
  hi: Int32Array,
  o: number,
  so: number,
): void {
  for (let k = 0; k < m; k++, o += so) {
    const x = v[k]!;
    const h = Math.floor(x / TWO32);
    lo[2 * o] = x - h * TWO32;
    hi[2 * o + 1] = h;
  }
}

/** Fills storage with a JS scalar (identity or `initial`). */
export function fillScalar(a: NDArray, v: Scalar): void {
  const n = a.size;
  if (n === 0) return;
  writeScalar(a.dtype, a.data, 0, v);
  const lanes = isComplex(a.dtype) ? 2 : 1;
  const d = a.data;
  if (lanes === 1) {
    if (a.dtype === 'int64' || a.dtype === 'uint64') (d as BigInt64Array).fill((d as BigInt64Array)[0]!);
    else (d as Float64Array).fill((d as Float64Array)[0]!);
  } else {
    for (let k = 1; k < n; k++) {
      d[2 * k] = d[0] as number;
      d[2 * k + 1] = d[1] as number;
    }
  }
}

/** NumPy's error for an empty reduction of an operation without identity (max, min, ...). */
export function noIdentityError(op: string, numpyName: string): ValueError {
  return new ValueError(`${op}: zero-size array to reduction operation ${numpyName} which has no identity`);
}
