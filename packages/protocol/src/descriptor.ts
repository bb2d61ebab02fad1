/** The versioned array descriptor, the well-known key, and the helpers to produce and consume it. */
import {
  DTYPES,
  type DType,
  ProtocolError,
  type TypedArray,
  dtypeOfTypedArray,
  isDType,
  isTypedArray,
} from './dtypes.js';

/**
 * The well-known key. An object whose `[ARRAY_KEY]()` method returns an {@link ArrayDescriptor}
 * can be passed to every Stride function.
 *
 * @example
 * ```ts
 * const mine = { [ARRAY_KEY]: () => ({ version: 1, dtype: 'float64', shape: [2], strides: [1],
 *   offset: 0, data: new Float64Array([1, 2]), readonly: false }) };
 * ```
 */
export const ARRAY_KEY: unique symbol = Symbol.for('stride.array') as never;

/** The protocol version this package produces and understands. */
export const PROTOCOL_VERSION = 1;

interface DescriptorBase {
  /** Protocol version; consumers reject versions they do not know. */
  readonly version: number;
  /** Element type. */
  readonly dtype: DType;
  /** Extent of each axis; `[]` for a 0-d array. */
  readonly shape: readonly number[];
  /** Step of each axis, counted in elements (one complex number is one element); may be negative or zero. */
  readonly strides: readonly number[];
  /** Position of element `[0, 0, ...]`, counted in elements from the start of the data. */
  readonly offset: number;
  /** Consumers must not write through a readonly descriptor. */
  readonly readonly: boolean;
}

/** A descriptor whose elements live in an ordinary TypedArray. */
export interface TypedArrayDescriptor extends DescriptorBase {
  /** The storage, of the dtype's TypedArray type (complex: interleaved re, im). */
  readonly data: TypedArray;
  readonly memory?: undefined;
}

/**
 * A descriptor whose elements live in a `WebAssembly.Memory`, which can grow and detach earlier
 * views: consumers re-derive the view with {@link resolveData} each time they use it.
 */
export interface MemoryDescriptor extends DescriptorBase {
  readonly data?: undefined;
  /** The memory that holds the elements. */
  readonly memory: WebAssembly.Memory;
  /** Byte offset of the storage region inside the memory (aligned to the dtype's TypedArray). */
  readonly byteOffset: number;
  /** Length of the storage region in TypedArray slots (complex: twice the element count). */
  readonly length: number;
}

/** What `[ARRAY_KEY]()` returns: version 1 of the Stride array descriptor. */
export type ArrayDescriptor = TypedArrayDescriptor | MemoryDescriptor;

/** Anything that speaks the protocol. */
export interface ArrayProtocol {
  [ARRAY_KEY](): ArrayDescriptor;
}

/**
 * Whether `x` speaks the array protocol (has a callable `[ARRAY_KEY]`).
 *
 * @example
 * ```ts
 * isArrayLike(new Float64Array(2)); // false: a bare TypedArray is not a protocol object
 * isArrayLike({ [ARRAY_KEY]: () => descriptor }); // true
 * ```
 */
export function isArrayLike(x: unknown): x is ArrayProtocol {
  return (
    x !== null &&
    (typeof x === 'object' || typeof x === 'function') &&
    typeof (x as Record<symbol, unknown>)[ARRAY_KEY] === 'function'
  );
}

/**
 * Calls the object's protocol method and validates what it returns.
 *
 * @throws {ProtocolError} if `x` does not speak the protocol or its descriptor is invalid.
 * @example
 * ```ts
 * const ndarray = zeros([2, 3]); // any @stride/ndarray array speaks the protocol
 * const d = getDescriptor(ndarray); // { version: 1, dtype: 'float64', shape: [2, 3], ... }
 * ```
 */
export function getDescriptor(x: unknown): ArrayDescriptor {
  if (!isArrayLike(x)) throw new ProtocolError('object does not implement the stride.array protocol');
  const d = x[ARRAY_KEY]();
  validateDescriptor(d);
  return d;
}

/**
 * The TypedArray that holds a descriptor's elements. For a memory-backed descriptor this builds a
 * fresh view on the memory's current buffer, so it stays valid after the memory grew; call it again
 * after anything that may grow the memory.
 *
 * @example
 * ```ts
 * const d = getDescriptor(zeros([2, 3]));
 * const view = resolveData(d) as Float64Array; // element i of a 1-D array: view[d.offset + i * d.strides[0]]
 * ```
 */
export function resolveData(d: ArrayDescriptor): TypedArray {
  if (d.data !== undefined) return d.data;
  const { ctor } = DTYPES[d.dtype];
  return new ctor(d.memory.buffer, d.byteOffset, d.length);
}

/** Number of elements of a shape (1 for `[]`). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

/**
 * The lowest and highest element index (relative to storage start, in elements) a strided view
 * touches; `null` for an empty array, which touches nothing.
 *
 * @example
 * ```ts
 * elementExtent([2, 3], [-3, 1], 3); // { lo: 0, hi: 5 }
 * ```
 */
export function elementExtent(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
): { lo: number; hi: number } | null {
  let lo = offset;
  let hi = offset;
  for (let i = 0; i < shape.length; i++) {
    const n = shape[i] as number;
    if (n === 0) return null;
    const step = (strides[i] as number) * (n - 1);
    if (step < 0) lo += step;
    else hi += step;
  }
  return { lo, hi };
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/**
 * Checks a descriptor: known version and dtype, integer non-negative shape, one integer stride per
 * axis, storage of the dtype's TypedArray type, and every element the view can reach inside the
 * storage. Throws a {@link ProtocolError} naming the bad field otherwise.
 *
 * @throws {ProtocolError}
 * @example
 * ```ts
 * validateDescriptor({ version: 1, dtype: 'float64', shape: [3], strides: [2], offset: 0,
 *   data: new Float64Array(4), readonly: false });
 * // ProtocolError: descriptor reads element 4 but data holds 4 elements (shape [3], strides [2], offset 0)
 * ```
 */
export function validateDescriptor(d: unknown): asserts d is ArrayDescriptor {
  if (d === null || typeof d !== 'object') throw new ProtocolError('descriptor must be an object');
  const r = d as Record<string, unknown>;
  if (r.version !== PROTOCOL_VERSION) {
    throw new ProtocolError(`descriptor version ${String(r.version)} is not supported (expected ${PROTOCOL_VERSION})`);
  }
  if (!isDType(r.dtype)) throw new ProtocolError(`descriptor dtype ${JSON.stringify(r.dtype)} is not a known dtype`);
  const dtype = r.dtype;
  const shape = r.shape;
  const strides = r.strides;
  if (!Array.isArray(shape) || !shape.every((s) => isIndex(s) && s >= 0)) {
    throw new ProtocolError(`descriptor shape ${JSON.stringify(shape)} must be an array of non-negative integers`);
  }
  if (!Array.isArray(strides) || strides.length !== shape.length || !strides.every(isIndex)) {
    throw new ProtocolError(
      `descriptor strides ${JSON.stringify(strides)} must be ${shape.length} integers, one per axis of shape ${JSON.stringify(shape)}`,
    );
  }
  if (!isIndex(r.offset) || r.offset < 0) {
    throw new ProtocolError(`descriptor offset ${String(r.offset)} must be a non-negative integer`);
  }
  if (typeof r.readonly !== 'boolean') throw new ProtocolError('descriptor readonly must be a boolean');
  const info = DTYPES[dtype];
  let slots: number;
  if (r.data !== undefined) {
    if (!isTypedArray(r.data) || !(r.data instanceof info.ctor)) {
      throw new ProtocolError(`descriptor data must be a ${info.ctor.name} for dtype ${dtype}`);
    }
    slots = r.data.length;
  } else {
    if (!(r.memory instanceof WebAssembly.Memory)) {
      throw new ProtocolError('descriptor needs either data (a TypedArray) or memory (a WebAssembly.Memory)');
    }
    if (!isIndex(r.byteOffset) || r.byteOffset < 0 || r.byteOffset % info.ctor.BYTES_PER_ELEMENT !== 0) {
      throw new ProtocolError(
        `descriptor byteOffset ${String(r.byteOffset)} must be a non-negative multiple of ${info.ctor.BYTES_PER_ELEMENT}`,
      );
    }
    if (!isIndex(r.length) || r.length < 0) {
      throw new ProtocolError(`descriptor length ${String(r.length)} must be a non-negative integer`);
    }
    const bytes = r.memory.buffer.byteLength;
    if (r.byteOffset + r.length * info.ctor.BYTES_PER_ELEMENT > bytes) {
      throw new ProtocolError(
        `descriptor region [${r.byteOffset}, ${r.byteOffset + r.length * info.ctor.BYTES_PER_ELEMENT}) lies outside the memory of ${bytes} bytes`,
      );
    }
    slots = r.length;
  }
  if (slots % info.lanes !== 0) {
    throw new ProtocolError(`descriptor data of ${slots} floats cannot hold whole ${dtype} elements`);
  }
  const elements = slots / info.lanes;
  const ext = elementExtent(shape as number[], strides as number[], r.offset);
  if (ext === null) return;
  if (ext.lo < 0 || ext.hi >= elements) {
    const bad = ext.lo < 0 ? ext.lo : ext.hi;
    throw new ProtocolError(
      `descriptor reads element ${bad} but data holds ${elements} elements (shape ${JSON.stringify(shape)}, strides ${JSON.stringify(strides)}, offset ${r.offset})`,
    );
  }
}

/**
 * C-order (row-major) strides, in elements, for a shape.
 *
 * @example
 * ```ts
 * cStrides([2, 3, 4]); // [12, 4, 1]
 * ```
 */
export function cStrides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = s;
    s *= Math.max(shape[i] as number, 1);
  }
  return out;
}

/**
 * Fortran-order (column-major) strides, in elements, for a shape.
 *
 * @example
 * ```ts
 * fStrides([2, 3, 4]); // [1, 2, 6]
 * ```
 */
export function fStrides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let s = 1;
  for (let i = 0; i < shape.length; i++) {
    out[i] = s;
    s *= Math.max(shape[i] as number, 1);
  }
  return out;
}

function contiguous(shape: readonly number[], strides: readonly number[], order: 'C' | 'F'): boolean {
  // Like NumPy: axes of length 1 may have any stride; an empty array is contiguous.
  let expected = 1;
  let ok = true;
  const n = shape.length;
  for (let k = 0; k < n; k++) {
    const i = order === 'C' ? n - 1 - k : k;
    const len = shape[i] as number;
    if (len === 0) return true;
    if (len !== 1 && strides[i] !== expected) ok = false;
    expected *= len;
  }
  return ok;
}

/**
 * Whether a strided layout is C-contiguous (row-major, no gaps). Axes of length 1 may have any
 * stride, and empty arrays count as contiguous, as in NumPy.
 *
 * @example
 * ```ts
 * isCContiguous([2, 3], [3, 1]); // true
 * isCContiguous([2, 3], [1, 2]); // false
 * ```
 */
export function isCContiguous(shape: readonly number[], strides: readonly number[]): boolean {
  return contiguous(shape, strides, 'C');
}

/**
 * Whether a strided layout is Fortran-contiguous (column-major, no gaps).
 *
 * @example
 * ```ts
 * isFContiguous([2, 3], [1, 2]); // true
 * ```
 */
export function isFContiguous(shape: readonly number[], strides: readonly number[]): boolean {
  return contiguous(shape, strides, 'F');
}

/**
 * Builds a descriptor for a C-contiguous TypedArray (the simplest producer).
 *
 * @example
 * ```ts
 * const d = describe(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * // { version: 1, dtype: 'float64', shape: [2, 3], strides: [3, 1], offset: 0, data, readonly: false }
 * ```
 */
export function describe(
  data: TypedArray,
  shape: readonly number[],
  options: { dtype?: DType; strides?: readonly number[]; offset?: number; readonly?: boolean } = {},
): TypedArrayDescriptor {
  const dtype = options.dtype ?? dtypeOfTypedArray(data);
  const d: TypedArrayDescriptor = {
    version: PROTOCOL_VERSION,
    dtype,
    shape: [...shape],
    strides: options.strides ? [...options.strides] : cStrides(shape),
    offset: options.offset ?? 0,
    data,
    readonly: options.readonly ?? false,
  };
  validateDescriptor(d);
  return d;
}
