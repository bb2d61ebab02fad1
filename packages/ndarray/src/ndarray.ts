/** The NDArray class: a typed, strided view over protocol storage. */
import {
  ARRAY_KEY,
  type ArrayDescriptor,
  DTYPES,
  type DType,
  PROTOCOL_VERSION,
  type TypedArray,
  cStrides,
  isCContiguous,
  isFContiguous,
  shapeSize,
  validateDescriptor,
} from '@stride/protocol';
import { DTypeError, IndexError, ShapeError, ValueError } from './errors.js';
import { ArgumentError, resolveDType } from './core/args.js';
import { arrayRepr, arrayStr } from './print/format.js';
import { type HeapBlock, heapBlockOf, releaseBlock } from './core/heap.js';

/** A complex number as Stride returns it from `toArray()` / `item()`. */
export interface Complex {
  re: number;
  im: number;
}

/** One element as a JS value: number, bigint (int64/uint64), boolean, or `{ re, im }`. */
export type Scalar = number | bigint | boolean | Complex;

/** Nested JS arrays of scalars, as `toArray()` returns them. */
export type NestedArray = Scalar | NestedArray[];

/**
 * An n-dimensional array: a dtype, a shape, and strides/offset (in elements) into TypedArray
 * storage. Basic indexing, `reshape` of contiguous data, `transpose` and friends return views
 * that share storage; writes through a view are visible through its base.
 *
 * @example
 * ```ts
 * const a = new NDArray('float64', new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * a.shape;          // [2, 3]
 * a.T.toArray();    // [[1, 4], [2, 5], [3, 6]]
 * ```
 */
/** Set only while freshArray constructs: the layout needs no validation. */
let trustedFresh = false;

/**
 * A C-contiguous array over storage just allocated for exactly `shape` (package-internal: the
 * caller guarantees `data` holds the elements of `shape` in `dtype`), skipping validation.
 */
export function freshArray(dtype: DType, data: TypedArray, shape: readonly number[]): NDArray {
  trustedFresh = true;
  try {
    return new NDArray(dtype, data, shape);
  } finally {
    trustedFresh = false;
  }
}

/**
 * A view of `a` with a layout the caller computed from `a`'s own (package-internal: basic
 * indexing, whose offsets and strides stay inside the storage by construction), skipping the
 * layout validation that `a.view()` performs.
 */
export function trustedView(a: NDArray, shape: readonly number[], strides: readonly number[], offset: number): NDArray {
  trustedFresh = true;
  try {
    return a.view(shape, strides, offset);
  } finally {
    trustedFresh = false;
  }
}

/** Frozen shapes and strides are shared between arrays as they are (they cannot change). */
const NO_AXES: readonly number[] = Object.freeze([]);
const UNIT_STRIDE: readonly number[] = Object.freeze([1]);

/**
 * Interned frozen 1-d and 2-d layouts, by value: V8 spends ~120 ns freezing an array (and ~40 ns
 * answering `Object.isFrozen`), more than NumPy's whole `zeros(10)`, so the shapes and strides
 * small programs use over and over are frozen once and shared (they cannot change). Bounded:
 * the table starts over past INTERN_MAX entries.
 */
const INTERN_MAX = 4096;
const INTERN_1D: (readonly number[] | undefined)[] = [];
let intern2d = new Map<number, readonly number[]>();

/** A frozen array equal to `xs` (a shared one for common 1-d/2-d layouts, else `xs` itself if frozen, else a frozen copy). */
function frozen(xs: readonly number[]): readonly number[] {
  const n = xs.length;
  if (n === 1) {
    const v = xs[0] as number;
    if (v >= 0 && v < INTERN_MAX && (v | 0) === v) {
      let f = INTERN_1D[v];
      if (f === undefined) {
        f = Object.freeze([v + 0]); // +0: never intern a -0
        INTERN_1D[v] = f;
      }
      return f;
    }
  } else if (n === 2) {
    const a = xs[0] as number;
    const b = xs[1] as number;
    // Keys for -2^20 <= a, b < 2^20 integers (strides may be negative): (a + 2^20) * 2^21 + (b + 2^20).
    if (a >= -1048576 && a < 1048576 && b >= -1048576 && b < 1048576 && (a | 0) === a && (b | 0) === b) {
      const key = (a + 1048576) * 2097152 + (b + 1048576);
      let f = intern2d.get(key);
      if (f === undefined) {
        if (intern2d.size >= INTERN_MAX) intern2d = new Map();
        f = Object.freeze([a + 0, b + 0]);
        intern2d.set(key, f);
      }
      return f;
    }
  } else if (n === 0) return NO_AXES;
  if (Object.isFrozen(xs)) return xs;
  return Object.freeze(xs.slice());
}

/** C-order strides, frozen; the common 0-d, 1-d and 2-d cases are shared. */
function frozenCStrides(shape: readonly number[]): readonly number[] {
  if (shape.length === 0) return NO_AXES;
  if (shape.length === 1) return UNIT_STRIDE;
  if (shape.length === 2) return frozen([Math.max(shape[1] as number, 1), 1]);
  return Object.freeze(cStrides(shape));
}

export class NDArray<D extends DType = DType> {
  /** Element type. */
  readonly dtype: D;
  /** Extent of each axis. */
  readonly shape: readonly number[];
  /** Step of each axis in elements (may be negative or zero). */
  readonly strides: readonly number[];
  /** Storage index (in elements) of the first element. */
  readonly offset: number;
  /** The array this one is a view of, or `null` when it owns its storage. */
  readonly base: NDArray | null;
  /** Whether writes are refused (views of read-only protocol data). */
  readonly readonly: boolean;
  private _data: TypedArray;
  private readonly _size: number;
  private readonly _memory: WebAssembly.Memory | undefined;
  private readonly _byteOffset: number;
  /** The ndarray-heap block holding the storage (undefined: an ordinary ArrayBuffer). */
  private readonly _block: HeapBlock | undefined;

  /**
   * Wraps storage as an array. `strides` default to C order. Storage, shape and strides are
   * validated so a view can never read outside its data.
   *
   * @throws {ShapeError | DTypeError} when the layout does not fit the data or the data type does not match the dtype.
   */
  constructor(
    dtype: DType,
    data: TypedArray,
    shape: readonly number[],
    strides?: readonly number[],
    offset = 0,
    options: { base?: NDArray | null; readonly?: boolean; memory?: WebAssembly.Memory; byteOffset?: number } = {},
  ) {
    const frozenShape = frozen(shape);
    const frozenStrides = strides ? frozen(strides) : frozenCStrides(shape);
    const readonly = options.readonly ?? false;
    // Storage fresh from `allocate` and views computed from a valid layout (see freshArray,
    // trustedView) are valid by construction; everything else is checked.
    if (!trustedFresh) {
      const desc = {
        version: PROTOCOL_VERSION,
        dtype,
        shape: frozenShape,
        strides: frozenStrides,
        offset,
        data,
        readonly,
      };
      try {
        validateDescriptor(desc);
      } catch (e) {
        const msg = (e as Error).message;
        throw /dtype|data must be/.test(msg) ? new DTypeError(`NDArray: ${msg}`) : new ShapeError(`NDArray: ${msg}`);
      }
    }
    this.dtype = dtype as D;
    this.shape = frozenShape;
    this.strides = frozenStrides;
    this._size = shapeSize(frozenShape);
    this.offset = offset;
    this._data = data;
    this.base = options.base ?? null;
    this.readonly = readonly;
    this._memory = options.memory;
    this._byteOffset = options.byteOffset ?? 0;
    this._block = heapBlockOf(data);
  }

  /**
   * Wraps a protocol descriptor without copying. Memory-backed descriptors stay attached to their
   * `WebAssembly.Memory`: `data` re-derives the view after the memory grows.
   */
  static fromDescriptor(d: ArrayDescriptor, base: NDArray | null = null): NDArray {
    if (d.data !== undefined) {
      return new NDArray(d.dtype, d.data, d.shape, d.strides, d.offset, { base, readonly: d.readonly });
    }
    const ctor = DTYPES[d.dtype].ctor;
    const view = new ctor(d.memory.buffer, d.byteOffset, d.length);
    return new NDArray(d.dtype, view, d.shape, d.strides, d.offset, {
      base,
      readonly: d.readonly,
      memory: d.memory,
      byteOffset: d.byteOffset,
    });
  }

  /** The TypedArray storage (complex: interleaved re, im). Re-derived if a wasm memory grew. */
  get data(): TypedArray {
    if (this._block?.freed) {
      throw new ValueError(
        'this array was disposed (by dispose() or at the end of a tidy() scope) and can no longer be used',
      );
    }
    const m = this._memory;
    if (m !== undefined && this._data.buffer !== m.buffer) {
      const ctor = DTYPES[this.dtype].ctor;
      this._data = new ctor(m.buffer, this._byteOffset, this._data.length);
    }
    return this._data;
  }

  /**
   * Returns the array's storage to the ndarray heap now instead of waiting for the garbage
   * collector. Only large arrays live in the heap; for others this does nothing. The array, and
   * every view sharing its storage, can no longer be used afterwards (using them throws). Safe to
   * call twice. On a view (an array with a `base`) it does nothing: only the owner frees storage.
   *
   * @example
   * ```ts
   * const a = zeros([1000, 1000]); // 8 MB, in the heap
   * const s = a.sum();
   * a.dispose();                   // its 8 MB are free for the next array now
   * ```
   */
  dispose(): void {
    if (this._block !== undefined && this.base === null) releaseBlock(this._block);
  }

  /** Whether the storage was returned by `dispose()` or `tidy()` (using the array throws). */
  get disposed(): boolean {
    return this._block?.freed === true;
  }

  /** Number of axes. */
  get ndim(): number {
    return this.shape.length;
  }

  /** Number of elements. */
  get size(): number {
    return this._size;
  }

  /** Bytes per element. */
  get itemsize(): number {
    return DTYPES[this.dtype].itemSize;
  }

  /** Bytes the elements occupy (size * itemsize). */
  get nbytes(): number {
    return this.size * this.itemsize;
  }

  /** Layout flags, as NumPy's `a.flags`. */
  get flags(): { cContiguous: boolean; fContiguous: boolean; writeable: boolean; owndata: boolean } {
    return {
      cContiguous: isCContiguous(this.shape, this.strides),
      fContiguous: isFContiguous(this.shape, this.strides),
      writeable: !this.readonly,
      owndata: this.base === null,
    };
  }

  /** The transpose (a view with axes reversed). */
  get T(): NDArray {
    return this.view([...this.shape].reverse(), [...this.strides].reverse(), this.offset);
  }

  /** The protocol descriptor of this array (zero copy). */
  [ARRAY_KEY](): ArrayDescriptor {
    if (this._memory !== undefined) {
      return {
        version: PROTOCOL_VERSION,
        dtype: this.dtype,
        shape: this.shape,
        strides: this.strides,
        offset: this.offset,
        memory: this._memory,
        byteOffset: this._byteOffset,
        length: this._data.length,
        readonly: this.readonly,
      };
    }
    return {
      version: PROTOCOL_VERSION,
      dtype: this.dtype,
      shape: this.shape,
      strides: this.strides,
      offset: this.offset,
      // through the getter: a disposed array's storage may already belong to another array
      data: this.data,
      readonly: this.readonly,
    };
  }

  /**
   * A view on the same storage with another layout (validated). The view's `base` is this
   * array's base (or this array).
   */
  view(shape: readonly number[], strides: readonly number[], offset: number): NDArray {
    return new NDArray(this.dtype, this.data, shape, strides, offset, {
      base: this.base ?? this,
      readonly: this.readonly,
      ...(this._memory !== undefined ? { memory: this._memory, byteOffset: this._byteOffset } : {}),
    });
  }

  /** Storage index of the element at a full multi-index (no bounds checks beyond NumPy's). */
  storageIndex(index: readonly number[]): number {
    if (index.length !== this.shape.length) {
      throw new IndexError(
        `expected ${this.shape.length} indices for shape [${this.shape.join(', ')}], got ${index.length}`,
      );
    }
    let k = this.offset;
    for (let ax = 0; ax < index.length; ax++) {
      const n = this.shape[ax] as number;
      let i = index[ax] as number;
      if (!Number.isInteger(i) || i < -n || i >= n) {
        throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
      }
      if (i < 0) i += n;
      k += i * (this.strides[ax] as number);
    }
    return k;
  }

  /**
   * The element at a full multi-index as a JS scalar.
   *
   * @example
   * ```ts
   * arange(6).reshape(2, 3).get(1, -1); // 5
   * ```
   */
  get(...index: number[]): Scalar {
    return readScalar(this.dtype, this.data, this.storageIndex(index));
  }

  /** The single element of a size-1 array as a JS scalar. */
  item(...index: number[]): Scalar {
    if (index.length === 0) {
      if (this.size !== 1) {
        throw new ValueError(`item: can only convert an array of size 1 to a scalar, got size ${this.size}`);
      }
      return readScalar(this.dtype, this.data, firstStorageIndex(this));
    }
    if (index.length === 1 && this.ndim !== 1) {
      // Flat index into C order, like NumPy's a.item(k).
      let k = index[0] as number;
      const n = this.size;
      if (!Number.isInteger(k) || k < -n || k >= n) throw new IndexError(`index ${k} is out of bounds for size ${n}`);
      if (k < 0) k += n;
      const idx = new Array<number>(this.ndim);
      for (let ax = this.ndim - 1; ax >= 0; ax--) {
        const d = this.shape[ax] as number;
        idx[ax] = k % d;
        k = Math.floor(k / d);
      }
      return this.get(...idx);
    }
    return this.get(...index);
  }

  /**
   * Nested plain JS arrays: float/int -> number, int64/uint64 -> bigint, bool -> boolean, complex -> `{ re, im }`.
   * A 0-d array gives its scalar.
   *
   * @example
   * ```ts
   * array([[1, 2], [3, 4]]).toArray(); // [[1, 2], [3, 4]]
   * ```
   */
  toArray(): NestedArray {
    const data = this.data;
    const dtype = this.dtype;
    const shape = this.shape;
    const strides = this.strides;
    const rec = (ax: number, k: number): NestedArray => {
      if (ax === shape.length) return readScalar(dtype, data, k);
      const n = shape[ax] as number;
      const s = strides[ax] as number;
      const out = new Array<NestedArray>(n);
      for (let i = 0; i < n; i++) out[i] = rec(ax + 1, k + i * s);
      return out;
    };
    return rec(0, this.offset);
  }

  /**
   * NumPy's repr layout: `array([[1., 2.],\n       [3., 4.]])`.
   *
   * @example
   * ```ts
   * linspace(0, 1, 3).toString(); // 'array([0. , 0.5, 1. ])'
   * ```
   */
  toString(): string {
    return arrayRepr(this);
  }

  /**
   * NumPy's str layout: `[0.  0.5 1. ]`.
   *
   * @example
   * ```ts
   * linspace(0, 1, 3).str(); // '[0.  0.5 1. ]'
   * ```
   */
  str(): string {
    return arrayStr(this);
  }

  /**
   * JavaScript's conversion to a primitive, as NumPy's `float(a)` / `int(a)`: a size-1 array gives
   * its scalar (`a.index(0, 0) + 1`, `a > 2`); text contexts (`${a}`, `String(a)`) give the repr.
   * A larger array in arithmetic throws a `TypeError` naming the function to call instead
   * (`multiply(a, 2)`, `greater(a, 2)`), rather than giving `NaN` or a string silently.
   *
   * @example
   * ```ts
   * array([1.5]).index(0) + 1; // 2.5
   * `${array([1, 2])}`;        // 'array([1, 2])'
   * ```
   */
  [Symbol.toPrimitive](hint: string): number | bigint | boolean | string {
    if (hint === 'string') return arrayRepr(this);
    if (this.size !== 1) {
      throw new ArgumentError(
        `NDArray of shape [${this.shape.join(', ')}] cannot be used as a JS ${hint === 'number' ? 'number' : 'primitive'}: ` +
          'only size-1 arrays convert to a scalar. Use the functions instead (add, multiply, greater, ... ' +
          'e.g. multiply(a, 2) for a * 2, greater(a, 2) for a > 2), a.toArray() for JS values, or String(a) for text',
      );
    }
    const v = readScalar(this.dtype, this.data, firstStorageIndex(this));
    if (typeof v === 'object') {
      throw new ArgumentError(
        `NDArray of dtype ${this.dtype} cannot be used as a JS ${hint === 'number' ? 'number' : 'primitive'}: a complex value has no JS primitive; use a.item() for {re, im}, or real(a) / imag(a)`,
      );
    }
    return v;
  }

  /**
   * Iterates over the first axis like NumPy: a 1-d array yields its elements as JS scalars, a
   * higher-dimensional one yields views of its sub-arrays (`Array.from(a)`, `for (const row of a)`,
   * `[...a]`). A 0-d array is not iterable (a `TypeError`, as in NumPy).
   *
   * @example
   * ```ts
   * Array.from(array([1, 2, 3]));                      // [1, 2, 3]
   * [...array([[1, 2], [3, 4]])].map((r) => r.toArray()); // [[1, 2], [3, 4]]
   * ```
   */
  *[Symbol.iterator](): IterableIterator<NDArray | Scalar> {
    if (this.ndim === 0) throw new ArgumentError('iteration over a 0-d array (use a.item() for its value)');
    const n = this.shape[0] as number;
    const s = this.strides[0] as number;
    if (this.ndim === 1) {
      for (let i = 0; i < n; i++) yield readScalar(this.dtype, this.data, this.offset + i * s);
      return;
    }
    const shape = this.shape.slice(1);
    const strides = this.strides.slice(1);
    for (let i = 0; i < n; i++) yield this.view(shape, strides, this.offset + i * s);
  }

  /**
   * What `JSON.stringify` writes: nested arrays of the values (a 0-d array: its value). int64 and
   * uint64 elements are numbers when they are exact as one (|v| ≤ 2^53 − 1) and decimal strings
   * otherwise, so no precision is lost; complex elements are `{ re, im }`; bool elements are
   * booleans; NaN and ±Infinity become `null` as for any JS number.
   *
   * @example
   * ```ts
   * JSON.stringify({ a: array([[1, 2], [3, 4]]) });               // '{"a":[[1,2],[3,4]]}'
   * JSON.stringify(array([1n, 2n ** 60n], { dtype: 'int64' })); // '[1,"1152921504606846976"]'
   * ```
   */
  toJSON(): unknown {
    const wide = this.dtype === 'int64' || this.dtype === 'uint64';
    if (!wide) return this.toArray();
    const conv = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(conv);
      const b = v as bigint;
      return b <= MAX_SAFE_BIG && b >= -MAX_SAFE_BIG ? Number(b) : b.toString();
    };
    return conv(this.toArray());
  }

  /** Node's `util.inspect` (and so the REPL and console.log) prints the NumPy repr. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return arrayRepr(this);
  }

  /** Checks the array may be written to. */
  assertWritable(op: string): void {
    if (this.readonly) throw new ValueError(`${op}: assignment destination is read-only`);
  }
}

/** Storage index of the first element in C order (the offset). */
function firstStorageIndex(a: NDArray): number {
  return a.offset;
}

/**
 * Reads the element at storage index `k` as a JS scalar.
 */
export function readScalar(dtype: DType, data: TypedArray, k: number): Scalar {
  switch (dtype) {
    case 'bool':
      return data[k] !== 0;
    case 'complex64':
    case 'complex128':
      return { re: data[2 * k] as number, im: data[2 * k + 1] as number };
    default:
      return data[k] as number | bigint;
  }
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** Throws if `dtype` is unknown. */
export function checkDType(dtype: unknown, op: string): DType {
  const d = resolveDType(dtype);
  if (d === undefined) throw new DTypeError(`${op}: unknown dtype ${JSON.stringify(dtype)}`);
  return d;
}
