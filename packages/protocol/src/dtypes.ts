/** The dtype table of the Stride array protocol: names, storage and item sizes. */

/** Every element type the protocol can describe. */
export type DType =
  | 'bool'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128';

/** The TypedArray types that can hold protocol data. */
export type TypedArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

/** A constructor of one of the {@link TypedArray} types. */
export type TypedArrayConstructor =
  | Uint8ArrayConstructor
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | BigInt64ArrayConstructor
  | BigUint64ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor;

/** Broad category of a dtype, as NumPy's `dtype.kind` (`b`, `i`, `u`, `f`, `c`). */
export type DTypeKind = 'b' | 'i' | 'u' | 'f' | 'c';

/** Static facts about one dtype. */
export interface DTypeInfo {
  /** The dtype's name. */
  readonly name: DType;
  /** Category: bool, signed int, unsigned int, float or complex. */
  readonly kind: DTypeKind;
  /** Bytes per element (a complex element counts both parts). */
  readonly itemSize: number;
  /** The TypedArray that stores it (complex: the float array of its parts). */
  readonly ctor: TypedArrayConstructor;
  /** TypedArray slots per element: 2 for complex (re, im interleaved), 1 otherwise. */
  readonly lanes: 1 | 2;
}

function info(
  name: DType,
  kind: DTypeKind,
  itemSize: number,
  ctor: TypedArrayConstructor,
  lanes: 1 | 2 = 1,
): DTypeInfo {
  return Object.freeze({ name, kind, itemSize, ctor, lanes });
}

/**
 * The dtype table, keyed by name.
 *
 * @example
 * ```ts
 * DTYPES.complex128.ctor === Float64Array; // true
 * DTYPES.complex128.itemSize;              // 16
 * DTYPES.complex128.lanes;                 // 2
 * ```
 */
export const DTYPES: Readonly<Record<DType, DTypeInfo>> = Object.freeze({
  bool: info('bool', 'b', 1, Uint8Array),
  int8: info('int8', 'i', 1, Int8Array),
  uint8: info('uint8', 'u', 1, Uint8Array),
  int16: info('int16', 'i', 2, Int16Array),
  uint16: info('uint16', 'u', 2, Uint16Array),
  int32: info('int32', 'i', 4, Int32Array),
  uint32: info('uint32', 'u', 4, Uint32Array),
  int64: info('int64', 'i', 8, BigInt64Array),
  uint64: info('uint64', 'u', 8, BigUint64Array),
  float32: info('float32', 'f', 4, Float32Array),
  float64: info('float64', 'f', 8, Float64Array),
  complex64: info('complex64', 'c', 8, Float32Array, 2),
  complex128: info('complex128', 'c', 16, Float64Array, 2),
});

/** All dtype names, in NumPy's promotion order within each kind. */
export const DTYPE_NAMES: readonly DType[] = Object.freeze(Object.keys(DTYPES) as DType[]);

/**
 * Whether `name` is a dtype the protocol knows.
 *
 * @example
 * ```ts
 * isDType('float64'); // true
 * isDType('float16'); // false
 * ```
 */
export function isDType(name: unknown): name is DType {
  return typeof name === 'string' && Object.hasOwn(DTYPES, name);
}

/**
 * The dtype a TypedArray holds by default (Uint8Array -> uint8, Float64Array -> float64, ...).
 *
 * @example
 * ```ts
 * dtypeOfTypedArray(new Int16Array(3)); // 'int16'
 * ```
 */
export function dtypeOfTypedArray(a: TypedArray): DType {
  if (a instanceof Float64Array) return 'float64';
  if (a instanceof Float32Array) return 'float32';
  if (a instanceof Int32Array) return 'int32';
  if (a instanceof Uint8Array) return 'uint8';
  if (a instanceof Int8Array) return 'int8';
  if (a instanceof Int16Array) return 'int16';
  if (a instanceof Uint16Array) return 'uint16';
  if (a instanceof Uint32Array) return 'uint32';
  if (a instanceof BigInt64Array) return 'int64';
  if (a instanceof BigUint64Array) return 'uint64';
  throw new ProtocolError(`unsupported TypedArray ${Object.prototype.toString.call(a)}`);
}

/**
 * Whether `x` is one of the TypedArrays the protocol stores data in
 * (Uint8ClampedArray and DataView are not).
 *
 * @example
 * ```ts
 * isTypedArray(new Float32Array(2)); // true
 * isTypedArray([1, 2]);              // false
 * ```
 */
export function isTypedArray(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView) && !(x instanceof Uint8ClampedArray);
}

/** Marker that lets errors be recognised across duplicate package copies. */
export const ERROR_MARKER: unique symbol = Symbol.for('stride.error') as never;

/**
 * Raised when a descriptor is malformed or would read outside its buffer.
 *
 * @example
 * ```ts
 * try { validateDescriptor(bad); } catch (e) { if (isStrideError(e)) console.log(e.message); }
 * ```
 */
export class ProtocolError extends Error {
  readonly [ERROR_MARKER] = true;
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/**
 * Whether `e` is an error thrown by any Stride package (works across duplicate copies of a package,
 * where `instanceof` does not).
 *
 * @example
 * ```ts
 * isStrideError(new ProtocolError('x')); // true
 * isStrideError(new Error('x'));         // false
 * ```
 */
export function isStrideError(e: unknown): e is Error {
  return e instanceof Error && (e as unknown as Record<symbol, unknown>)[ERROR_MARKER] === true;
}
