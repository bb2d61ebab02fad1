/** Helpers shared by the formats: raw storage of 1-D arrays, index and value coercion, shapes. */
import {
  type ArrayInput,
  type DType,
  DTypeError,
  NDArray,
  ShapeError,
  ValueError,
  argumentError,
  asarray,
  ascontiguousarray,
  astype,
  empty,
  promoteTypes,
} from '@stride/ndarray';
import type { Values } from '../kernels/compressed.js';

/** The dtypes sparse values may have (every ndarray dtype but the 64-bit integers). */
export type SparseDType = Exclude<DType, 'int64' | 'uint64'>;

const LANES: Record<string, 1 | 2> = { complex64: 2, complex128: 2 };

/** TypedArray slots per element (2 for complex). */
export function lanesOf(dtype: DType): 1 | 2 {
  return LANES[dtype] ?? 1;
}

/** Whether the dtype is complex. */
export function isComplexDType(dtype: DType): boolean {
  return lanesOf(dtype) === 2;
}

/** The storage of a contiguous 1-D array, exactly its elements (a subarray when it starts at an offset). */
export function raw(a: NDArray): Values {
  const lanes = lanesOf(a.dtype);
  const d = a.data as Values;
  const start = a.offset * lanes;
  const len = a.size * lanes;
  return start === 0 && d.length === len ? d : (d.subarray(start, start + len) as Values);
}

/** {@link raw} for an int32 index array. */
export function rawIdx(a: NDArray): Int32Array {
  return raw(a) as Int32Array;
}

/** A fresh 1-D array of `n` elements (in the runtime heap when large). */
export function newArray(dtype: DType, n: number): NDArray {
  return empty([n], dtype);
}

/** The first `n` elements of a contiguous 1-D array, as a view (no copy). */
export function head(a: NDArray, n: number): NDArray {
  return n === a.size ? a : a.view([n], [1], a.offset);
}

/** Wraps a fresh typed array as a 1-D array. */
export function wrap(dtype: DType, d: Values, n: number): NDArray {
  return new NDArray(dtype, d, [n]);
}

/** Whether `x` is a dtype sparse values may have. */
export function checkValueDType(dtype: DType, fn: string, field = 'data'): SparseDType {
  if (dtype === 'int64' || dtype === 'uint64') {
    throw new DTypeError(`${fn}: ${field} of dtype ${dtype} is not supported; use int32, float64 or complex128`);
  }
  return dtype as SparseDType;
}

/**
 * A 1-D, contiguous array of values (zero copy when `x` already is one); `dtype` converts.
 */
export function toValues(x: unknown, fn: string, field: string, dtype?: DType): NDArray {
  const a = toArray(x, fn, field);
  if (a.ndim !== 1) throw new ValueError(`${fn}: ${field} must be 1-D, got shape [${a.shape.join(', ')}]`);
  let v = a.flags.cContiguous ? a : ascontiguousarray(a);
  if (dtype !== undefined && v.dtype !== dtype) v = astype(v, checkValueDType(dtype, fn, 'dtype'));
  checkValueDType(v.dtype, fn, field);
  return v;
}

function toArray(x: unknown, fn: string, field: string): NDArray {
  if (x === undefined || x === null || typeof x === 'string' || typeof x === 'function' || typeof x === 'symbol') {
    throw argumentError(fn, field, 'an array', x);
  }
  try {
    return asarray(x as ArrayInput);
  } catch (e) {
    if (e instanceof TypeError) throw argumentError(fn, field, 'an array', x);
    throw e;
  }
}

/**
 * A 1-D contiguous int32 array of indices (zero copy for int32 input); other integer dtypes are
 * converted after a range check; anything else is a DTypeError naming the field.
 */
export function toIndices(x: unknown, fn: string, field: string): NDArray<'int32'> {
  const a = toArray(x, fn, field);
  if (a.ndim !== 1) throw new ValueError(`${fn}: ${field} must be 1-D, got shape [${a.shape.join(', ')}]`);
  const d = a.dtype;
  if (d === 'int32') return (a.flags.cContiguous ? a : ascontiguousarray(a)) as NDArray<'int32'>;
  if (
    d === 'int8' ||
    d === 'uint8' ||
    d === 'int16' ||
    d === 'uint16' ||
    d === 'uint32' ||
    d === 'int64' ||
    d === 'uint64'
  ) {
    const n = a.size;
    const out = new Int32Array(n);
    const c = a.flags.cContiguous ? a : ascontiguousarray(a);
    const src = c.data;
    for (let k = 0; k < n; k++) {
      const v = Number(src[c.offset + k]!);
      if (v > 0x7fffffff) throw new ValueError(`${fn}: ${field} value ${v} does not fit in int32`);
      out[k] = v;
    }
    return new NDArray('int32', out, [n]);
  }
  if (a.size === 0 && (d === 'float64' || d === 'float32')) return new NDArray('int32', new Int32Array(0), [0]);
  throw new DTypeError(`${fn}: ${field} must have an integer dtype, got ${d}`);
}

/** Validates a shape `[rows, cols]` of non-negative integers. */
export function toShape(x: unknown, fn: string): [number, number] {
  if (
    !Array.isArray(x) ||
    x.length !== 2 ||
    !x.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0 && d <= 0x7fffffff)
  ) {
    if (Array.isArray(x) && x.length === 2 && x.every((d) => typeof d === 'number' && Number.isInteger(d))) {
      throw new ValueError(`${fn}: shape must be two non-negative integers below 2**31, got [${x.join(', ')}]`);
    }
    if (Array.isArray(x) && x.every((d) => typeof d === 'number')) {
      throw new ShapeError(`${fn}: shape must have 2 dimensions, got [${x.join(', ')}]`);
    }
    throw argumentError(fn, 'shape', 'an array [rows, cols] of non-negative integers', x);
  }
  return [x[0] as number, x[1] as number];
}

/** The dtype arithmetic between two dtypes runs in (SciPy's upcast), and the dtype kernels use. */
export function upcast(a: DType, b: DType): DType {
  return promoteTypes(a, b);
}

/** The dtype a kernel computes in for a result dtype: floats as they are, integers and bool in float64. */
export function computeDType(d: DType): 'float64' | 'float32' | 'complex128' | 'complex64' {
  if (d === 'float32' || d === 'complex64' || d === 'complex128') return d;
  return 'float64';
}
