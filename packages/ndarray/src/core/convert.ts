/** Turning JS values and protocol objects into NDArrays, and dtype conversion of strided data. */
import { heapAllocate } from './heap.js';
import { SMALL_MAX_BYTES, smallAllocate } from './small.js';
import { heapConvert } from './heapops.js';
import {
  DTYPES,
  type DType,
  type TypedArray,
  dtypeOfTypedArray,
  getDescriptor,
  isArrayLike,
  isTypedArray,
  shapeSize,
  type ArrayProtocol,
} from '@stride/protocol';
import { DTypeError, MemoryError, OverflowError, ShapeError, ValueError } from '../errors.js';
import { type Complex, NDArray, type Scalar, checkDType, freshArray } from '../ndarray.js';
import { broadcastShapes, broadcastStrides, forEach2 } from './iter.js';
import { type WeakKind, intRange, isBigInt, isComplex, kindOf } from './dtype.js';
import {
  type NestedBooleans,
  type NestedNumbers,
  argumentError,
  isPlainObject,
  noExtra,
  resolveDType,
} from './args.js';

/** Nested JS arrays of scalars (and arrays), as accepted by `array`. */
export type NestedInput = Scalar | NDArray | readonly NestedInput[];

/** Anything Stride functions accept as an array: a protocol object (NDArray included), a TypedArray, nested arrays, or a scalar. */
export type ArrayInput = NDArray | ArrayProtocol | TypedArray | NestedInput;

/** Options shared by array constructors. */
export interface DTypeOptions {
  /** Element type of the result. */
  dtype?: DType;
}

/** Whether `x` is a `{ re, im }` complex scalar. */
export function isComplexScalar(x: unknown): x is Complex {
  return (
    x !== null &&
    typeof x === 'object' &&
    typeof (x as Complex).re === 'number' &&
    typeof (x as Complex).im === 'number' &&
    !Array.isArray(x)
  );
}

/** Whether `x` is a JS scalar Stride understands (number, bigint, boolean, `{ re, im }`). */
export function isScalar(x: unknown): x is Scalar {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || isComplexScalar(x);
}

/** The NEP 50 weak kind of a JS scalar. */
export function weakKindOf(x: Scalar): WeakKind {
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  return 'complex';
}

const I32_MIN = -2147483648;
const I32_MAX = 2147483647;
const I64_MIN = -(2n ** 63n);

/**
 * The dtype `array()` infers for a set of JS scalars (see the migration notes on int32): JS
 * numbers give int32 when every value is an integer in int32's range, float64 otherwise (so
 * arrays made from JS numbers always read back as JS numbers); bigints give int64 (uint64 above
 * int64's range).
 */
function inferDType(values: Scalar[]): DType {
  let allBool = true;
  let cplx = false;
  let float = false;
  let big = false;
  let bigU = false;
  for (const v of values) {
    if (typeof v === 'boolean') continue;
    allBool = false;
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) float = true;
      else if (v < I32_MIN || v > I32_MAX) float = true; // JS numbers beyond int32 stay numbers: float64
    } else if (typeof v === 'bigint') {
      big = true;
      if (v > 2n ** 63n - 1n) bigU = true;
    } else cplx = true;
  }
  if (values.length > 0 && allBool) return 'bool';
  if (values.length === 0) return 'float64';
  if (cplx) return 'complex128';
  if (float) return 'float64';
  if (bigU) return 'uint64';
  if (big) return 'int64';
  return 'int32';
}

/** Writes one JS scalar into storage index `k` of a dtype, converting like NumPy's unsafe cast. */
export function writeScalar(dtype: DType, data: TypedArray, k: number, v: Scalar): void {
  if (dtype === 'complex64' || dtype === 'complex128') {
    if (typeof v === 'object') {
      data[2 * k] = v.re;
      data[2 * k + 1] = v.im;
    } else {
      data[2 * k] = Number(v);
      data[2 * k + 1] = 0;
    }
    return;
  }
  const re = typeof v === 'object' ? v.re : v;
  if (dtype === 'bool') {
    (data as Uint8Array)[k] = re !== 0 && re !== 0n && re !== false ? 1 : 0;
  } else if (dtype === 'int64' || dtype === 'uint64') {
    if (typeof re === 'bigint') (data as BigInt64Array)[k] = re;
    else if (typeof re === 'boolean') (data as BigInt64Array)[k] = re ? 1n : 0n;
    else {
      if (!Number.isFinite(re)) throw new ValueError(`cannot convert float ${re} to integer`);
      (data as BigInt64Array)[k] = BigInt(Math.trunc(re));
    }
  } else if (typeof re === 'bigint') {
    (data as Float64Array)[k] = DTYPES[dtype].kind === 'f' ? Number(re) : Number(BigInt.asIntN(32, re));
  } else {
    (data as Float64Array)[k] = typeof re === 'boolean' ? (re ? 1 : 0) : re;
  }
}

function collect(x: NestedInput, shape: number[], depth: number, out: Scalar[]): void {
  if (depth > MAX_NESTING) {
    throw new ValueError(
      `array: nested arrays deeper than ${MAX_NESTING} levels (NumPy's limit on dimensions); is the array cyclic (an array that contains itself)?`,
    );
  }
  if (x instanceof NDArray) {
    const sub = x.toArray();
    collect(sub as NestedInput, shape, depth, out);
    return;
  }
  if (Array.isArray(x)) {
    if (depth === shape.length) {
      if (out.length > 0) throw inhomogeneous(depth);
      shape.push(x.length);
    } else if (shape[depth] !== x.length) throw inhomogeneous(depth);
    for (const item of x) collect(item as NestedInput, shape, depth + 1, out);
    return;
  }
  if (!isScalar(x)) {
    throw new DTypeError(`array: cannot convert ${x === null ? 'null' : typeof x} to an array element`);
  }
  if (depth !== shape.length) throw inhomogeneous(depth);
  out.push(x);
}

const MAX_NESTING = 64;

/**
 * Throws NumPy's `OverflowError` when an integral value does not fit an integer dtype
 * (`array([300], { dtype: 'uint8' })`), and a `ValueError` for NaN/Infinity into an integer dtype,
 * instead of wrapping silently. Fractional values truncate toward zero, as NumPy casts floats.
 */
export function checkFits(v: Scalar, dtype: DType, fn: string): void {
  const k = kindOf(dtype);
  if (k !== 'i' && k !== 'u') return;
  let b: bigint;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new ValueError(`${fn}: cannot convert ${v} to integer dtype ${dtype}`);
    const { min, max } = intRange(dtype);
    const t = Math.trunc(v);
    if (t >= Number(min) && t <= Number(max) && (k !== 'i' || dtype !== 'int64' || Number.isSafeInteger(t))) return;
    b = BigInt(t);
    if (b >= min && b <= max) return;
  } else if (typeof v === 'bigint') {
    b = v;
    const { min, max } = intRange(dtype);
    if (b >= min && b <= max) return;
  } else return;
  throw new OverflowError(`${fn}: integer ${b} out of bounds for ${dtype}`);
}

function inhomogeneous(depth: number): ShapeError {
  return new ShapeError(
    `array: setting an array element with a sequence; the nested arrays have an inhomogeneous shape after ${depth} dimensions`,
  );
}

/**
 * Allocates C-order storage for a dtype and element count: in the ndarray heap when large
 * enough (see core/heap.ts), else an ordinary ArrayBuffer. Zero-filled unless `zero` is false
 * (then the caller overwrites every element).
 */
export function allocate(dtype: DType, size: number, zero = true, shape?: readonly number[]): TypedArray {
  const info = DTYPES[dtype];
  if (!Number.isSafeInteger(size) || size < 0) throw new ValueError(`cannot allocate ${size} elements`);
  const len = size * info.lanes;
  if (size * info.itemSize <= SMALL_MAX_BYTES) return smallAllocate(info.ctor, len);
  try {
    return heapAllocate(info.ctor as HeapCtor, len, zero) ?? new info.ctor(len);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const bytes = size * info.itemSize;
    throw new MemoryError(
      `unable to allocate ${formatBytes(bytes)} (${bytes} bytes) for an array with shape [${(shape ?? [size]).join(', ')}] and dtype ${dtype}`,
    );
  }
}

function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let u = 0;
  let v = n;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} bytes` : `${v.toFixed(2)} ${units[u]}`;
}

type HeapCtor = Parameters<typeof heapAllocate>[0];

/** A fresh C-contiguous array of a dtype and shape (zero-filled unless `zero` is false). */
export function emptyArray(dtype: DType, shape: readonly number[], zero = true): NDArray {
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) {
      throw new ValueError(`negative or non-integer dimensions are not allowed: [${shape.join(', ')}]`);
    }
  }
  return freshArray(dtype, allocate(dtype, shapeSize(shape), zero, shape), shape);
}

/**
 * Converts anything array-like to an NDArray, copying only when it must (a dtype change, or
 * nested JS arrays). Protocol objects and TypedArrays are wrapped without a copy.
 *
 * @example
 * ```ts
 * asarray([[1, 2], [3, 4]]).shape;        // [2, 2]
 * asarray(new Float32Array(3)).dtype;     // 'float32'
 * asarray(5).ndim;                        // 0
 * ```
 */
export function asarray<D extends DType>(x: ArrayInput, dtype: D): NDArray<D>;
export function asarray<D extends DType>(x: ArrayInput, options: { dtype: D }): NDArray<D>;
export function asarray<D extends DType>(x: NDArray<D>, options?: { dtype?: undefined }): NDArray<D>;
export function asarray(x: NestedBooleans, options?: { dtype?: undefined }): NDArray<'bool'>;
export function asarray(x: NestedNumbers, options?: { dtype?: undefined }): NDArray<'int32' | 'float64'>;
export function asarray(x: ArrayInput, options?: DTypeOptions | DType): NDArray;
export function asarray(x: ArrayInput, options?: DTypeOptions | DType): NDArray {
  const dtype =
    options === undefined
      ? undefined
      : typeof options === 'string'
        ? dtypeArg(options, 'asarray')
        : arrayOptions(options, 'asarray');
  let a: NDArray;
  if (x instanceof NDArray) a = x;
  else if (isArrayLike(x)) a = NDArray.fromDescriptor(getDescriptor(x));
  else if (isTypedArray(x)) a = new NDArray(dtypeOfTypedArray(x), x, [x.length]);
  else {
    const shape: number[] = [];
    const values: Scalar[] = [];
    collect(x as NestedInput, shape, 0, values);
    const dt = dtype ?? inferDType(values);
    const data = allocate(dt, values.length, true, shape);
    const k = kindOf(dt);
    if (k === 'i' || k === 'u') for (const v of values) checkFits(v, dt, 'array');
    for (let i = 0; i < values.length; i++) writeScalar(dt, data, i, values[i] as Scalar);
    return freshArray(dt, data, shape);
  }
  return dtype === undefined || dtype === a.dtype ? a : astype(a, dtype);
}

function dtypeArg(v: unknown, fn: string): DType {
  const d = resolveDType(v);
  if (d === undefined) throw argumentError(fn, 'dtype', 'a dtype name such as "float64", "int32" or "f8"', v);
  return d;
}

const ARRAY_OPTIONS = new Set(['dtype', 'copy', 'order']);

/** Checks the options of array/asarray (`{dtype, copy, order}`) and returns the dtype asked for. */
function arrayOptions(options: object, fn: string): DType | undefined {
  if (!isPlainObject(options)) {
    throw argumentError(fn, 'options', 'a dtype name or an options object {dtype, copy, order}', options);
  }
  let dtype: DType | undefined;
  for (const key in options) {
    const v = options[key];
    if (!ARRAY_OPTIONS.has(key)) {
      throw argumentError(fn, 'options', 'an options object with keys dtype, copy, order', options);
    }
    if (v === undefined || v === null) continue;
    if (key === 'dtype') dtype = dtypeArg(v, fn);
    else if (key === 'copy' && typeof v !== 'boolean') throw argumentError(fn, 'copy', 'a boolean', v);
    else if (key === 'order' && v !== 'C' && v !== 'F' && v !== 'A' && v !== 'K') {
      throw argumentError(fn, 'order', 'one of "C", "F", "A", "K"', v);
    }
  }
  return dtype;
}

/**
 * Creates a new array from array-like input; always copies (NumPy's `np.array(x)`), unless
 * `copy: false` and no conversion is needed.
 *
 * @example
 * ```ts
 * array([1, 2, 3]).dtype;                     // 'int32' (NumPy: int64 — see the migration table)
 * array([1.5, 2]).toString();                 // 'array([1.5, 2. ])'
 * array([1, 2], { dtype: 'float32' }).dtype;  // 'float32'
 * ```
 */
export function array<D extends DType>(x: ArrayInput, dtype: D): NDArray<D>;
export function array<D extends DType>(
  x: ArrayInput,
  options: { dtype: D; copy?: boolean; order?: 'C' | 'F' | 'A' | 'K' },
): NDArray<D>;
export function array(
  x: NestedBooleans,
  options?: { dtype?: undefined; copy?: boolean; order?: 'C' | 'F' | 'A' | 'K' },
): NDArray<'bool'>;
export function array(
  x: NestedNumbers,
  options?: { dtype?: undefined; copy?: boolean; order?: 'C' | 'F' | 'A' | 'K' },
): NDArray<'int32' | 'float64'>;
export function array(
  x: ArrayInput,
  options?: (DTypeOptions & { copy?: boolean; order?: 'C' | 'F' | 'A' | 'K' }) | DType,
): NDArray;
export function array(
  x: ArrayInput,
  options: (DTypeOptions & { copy?: boolean; order?: 'C' | 'F' | 'A' | 'K' }) | DType = {},
): NDArray {
  if (typeof options === 'string') options = { dtype: options };
  const dtype = arrayOptions(options, 'array');
  const a = asarray(x, dtype === undefined ? {} : { dtype });
  if (options.copy === false) return a;
  if (a === x || (!(x instanceof NDArray) && (isArrayLike(x) || isTypedArray(x)) && a.dtype === (dtype ?? a.dtype))) {
    return copy(a);
  }
  return a;
}

/**
 * A C-contiguous copy of an array.
 *
 * @example
 * ```ts
 * const a = array([[1, 2], [3, 4]]);
 * const b = copy(a.T);
 * b.flags.cContiguous; // true
 * ```
 */
export function copy(a: ArrayInput): NDArray;
export function copy(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'copy');
  const x = asarray(a);
  const out = emptyArray(x.dtype, x.shape, false); // assign writes every element
  assign(out, x);
  return out;
}

/**
 * Converts an array to another dtype (always a new C-contiguous array), with NumPy's unsafe-cast
 * semantics: floats truncate toward zero into integers, integers wrap, complex drops the
 * imaginary part into reals.
 *
 * @example
 * ```ts
 * astype(array([1.7, -1.7]), 'int32').toArray(); // [1, -1]
 * astype(array([300]), 'uint8').toArray();       // [44]
 * ```
 */
export function astype(a: ArrayInput, dtype: DType): NDArray;
export function astype(a: ArrayInput, dtype: DType, ...rest: unknown[]): NDArray {
  noExtra(rest, 'astype');
  const x = asarray(a);
  const out = emptyArray(checkDType(dtype, 'astype'), x.shape, false); // assign writes every element
  assign(out, x);
  return out;
}

/**
 * Copies `src` (broadcast to `dst`'s shape) into `dst`, converting dtype unsafely. The shared
 * assignment kernel behind `set`, `out=`, `copy` and `astype`.
 *
 * @throws {ShapeError} when `src` does not broadcast to `dst`'s shape.
 */
export function assign(dst: NDArray, src: NDArray): void {
  dst.assertWritable('assign');
  const outShape = broadcastShapes('assign', dst.shape, src.shape);
  if (outShape.length !== dst.ndim || outShape.some((d, i) => d !== dst.shape[i])) {
    throw new ShapeError(
      `could not broadcast input array from shape [${src.shape.join(', ')}] into shape [${dst.shape.join(', ')}]`,
    );
  }
  if (src.data.buffer === dst.data.buffer && src !== dst && mayOverlap(src, dst)) src = copy(src);
  if (heapConvert(src, dst)) return;
  const ss = broadcastStrides(src.shape, src.strides, dst.shape);
  const inner = convertLoop(src.dtype, src.data, dst.dtype, dst.data);
  forEach2(dst.shape, ss, src.offset, dst.strides, dst.offset, inner);
}

/** The inner loop that converts a strided run from one dtype to another. */
export function convertLoop(
  from: DType,
  s: TypedArray,
  to: DType,
  d: TypedArray,
): (n: number, i: number, si: number, j: number, sj: number) => void {
  const fc = isComplex(from);
  const tc = isComplex(to);
  const fb = isBigInt(from);
  const tb = isBigInt(to);
  if (fc && tc) {
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) {
        d[2 * j] = s[2 * i] as number;
        d[2 * j + 1] = s[2 * i + 1] as number;
      }
    };
  }
  if (tc) {
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) {
        d[2 * j] = fb ? Number(s[i] as bigint) : (s[i] as number);
        d[2 * j + 1] = 0;
      }
    };
  }
  if (fc) {
    // Complex to real keeps the real part (NumPy warns ComplexWarning); to bool tests both parts.
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) {
        const re = s[2 * i] as number;
        if (to === 'bool') d[j] = re !== 0 || (s[2 * i + 1] as number) !== 0 ? 1 : 0;
        else if (tb) d[j] = Number.isFinite(re) ? BigInt(Math.trunc(re)) : I64_MIN;
        else d[j] = re;
      }
    };
  }
  if (to === 'bool') {
    return fb
      ? (n, i, si, j, sj) => {
          for (let k = 0; k < n; k++, i += si, j += sj) d[j] = s[i] !== 0n ? 1 : 0;
        }
      : (n, i, si, j, sj) => {
          for (let k = 0; k < n; k++, i += si, j += sj) d[j] = s[i] !== 0 ? 1 : 0;
        };
  }
  if (fb && tb) {
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) d[j] = s[i] as bigint;
    };
  }
  if (tb) {
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) {
        const v = s[i] as number;
        // NaN/Inf into int64 has no value in NumPy either; it gives INT64_MIN like C on x86.
        d[j] = Number.isFinite(v) ? BigInt(Math.trunc(v)) : I64_MIN;
      }
    };
  }
  if (fb) {
    const toFloat = DTYPES[to].kind === 'f';
    return (n, i, si, j, sj) => {
      for (let k = 0; k < n; k++, i += si, j += sj) {
        const v = s[i] as bigint;
        d[j] = toFloat ? Number(v) : Number(BigInt.asIntN(32, v));
      }
    };
  }
  if (s === d && from === to) {
    return (n, i, si, j, sj) => {
      if (i === j && si === sj) return;
      if (si === 1 && sj === 1) {
        d.copyWithin(j, i, i + n);
        return;
      }
      for (let k = 0; k < n; k++, i += si, j += sj) d[j] = s[i] as number;
    };
  }
  return (n, i, si, j, sj) => {
    if (si === 1 && sj === 1 && from === to) {
      (d as Float64Array).set((s as Float64Array).subarray(i, i + n), j);
      return;
    }
    for (let k = 0; k < n; k++, i += si, j += sj) d[j] = s[i] as number;
  };
}

/** Conservative test whether two views of one buffer may share elements (their storage extents intersect). */
export function mayOverlap(a: NDArray, b: NDArray): boolean {
  if (a.data.buffer !== b.data.buffer) return false;
  const ea = byteExtent(a);
  const eb = byteExtent(b);
  if (ea === null || eb === null) return false;
  return ea.lo < eb.hi && eb.lo < ea.hi;
}

function byteExtent(a: NDArray): { lo: number; hi: number } | null {
  let lo = a.offset;
  let hi = a.offset;
  for (let i = 0; i < a.ndim; i++) {
    const n = a.shape[i] as number;
    if (n === 0) return null;
    const step = (a.strides[i] as number) * (n - 1);
    if (step < 0) lo += step;
    else hi += step;
  }
  const bytes = DTYPES[a.dtype].itemSize;
  const base = a.data.byteOffset;
  return { lo: base + lo * bytes, hi: base + (hi + 1) * bytes };
}
