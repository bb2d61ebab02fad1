/** Reading and writing NumPy's `.npy` format (versions 1.0, 2.0 and 3.0), byte-identical to `np.save`. */
import { DTYPES, type DType, cStrides, fStrides, isCContiguous, isFContiguous } from '@stride/protocol';
import { assign } from '../core/convert.js';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { HOST_LITTLE_ENDIAN, descrOf, parseDescr } from './descr.js';
import { NPY_MAGIC, PyDict, PyTuple, type PyValue, formatNpyHeader, parsePyLiteral, pyRepr } from './header.js';
import { is, signature } from '../core/args.js';

const parseSaveNpy = signature<NpySaveOptions>('saveNpy', [], { fortranOrder: is.boolean } as never);

/**
 * What a `.npy` header says, plus where the data starts.
 *
 * @example
 * ```ts
 * const bytes = npy.save(zeros([4, 2]));
 * const h: NpyHeader = npy.readHeader(bytes);
 * if (h.dtype === 'float64' && h.shape.length === 2) console.log(`${h.shape[0]} rows`);
 * ```
 */
export interface NpyHeader {
  /** Format version `[major, minor]`: `[1, 0]`, `[2, 0]` or `[3, 0]`. */
  readonly version: readonly [number, number];
  /** The descr string as written, e.g. `'<f8'`. */
  readonly descr: string;
  /** The Stride dtype the descr maps to. */
  readonly dtype: DType;
  /** Whether the stored data is little-endian. */
  readonly littleEndian: boolean;
  /** Whether the data is stored in Fortran (column-major) order. */
  readonly fortranOrder: boolean;
  /** The array's shape. */
  readonly shape: readonly number[];
  /** Byte offset of the data in the input. */
  readonly dataOffset: number;
  /** Bytes of data the header announces (elements x item size). */
  readonly dataBytes: number;
}

/**
 * Options of {@link saveNpy}.
 *
 * @example
 * ```ts
 * const a = array([[1, 2], [3, 4]]);
 * npy.save(a, { fortranOrder: true }); // column-major data, 'fortran_order': True
 * ```
 */
export interface NpySaveOptions {
  /**
   * Store the data in Fortran order (`true`) or C order (`false`). By default, like `np.save`:
   * Fortran order exactly when the array is Fortran-contiguous but not C-contiguous.
   */
  fortranOrder?: boolean;
}

const EXPECTED_KEYS = ['descr', 'fortran_order', 'shape'] as const;

/**
 * Views a Uint8Array, ArrayBuffer or other ArrayBufferView as bytes, without copying.
 *
 * @throws {ValueError} for anything else.
 * @example
 * ```ts
 * asBytes(new Float64Array(2), 'npy.load').length; // 16
 * ```
 */
export function asBytes(input: unknown, where: string): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(input as ArrayBuffer);
  }
  throw new ValueError(`${where}: expected a Uint8Array or ArrayBuffer, got ${tag.slice(8, -1)}`);
}

function decodeLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return s;
}

function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * Parses and checks a `.npy` header, without reading the data: magic string, version, header
 * length, the header dict (exactly `descr`, `fortran_order`, `shape`), the descr, and that the
 * announced data size is addressable. Does not check the data length against the input.
 * Public callers use {@link readNpyHeader}.
 *
 * @param bytes - the file's bytes.
 * @param where - prefix for error messages (`npy.load`, `npz.load: member "a.npy"`).
 * @throws {ValueError | DTypeError} as {@link loadNpy}.
 * @example
 * ```ts
 * parseNpyHeader(saveNpy(zeros([3])), 'npy.load').shape; // [3]
 * ```
 */
export function parseNpyHeader(bytes: Uint8Array, where: string): NpyHeader {
  if (bytes.length < 10) {
    throw new ValueError(`${where}: input of ${bytes.length} bytes is too short to be a .npy file`);
  }
  for (let i = 0; i < NPY_MAGIC.length; i++) {
    if (bytes[i] !== NPY_MAGIC[i]) {
      const got = Array.from(bytes.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join(' ');
      throw new ValueError(`${where}: not a .npy file: the magic string is not \\x93NUMPY (got bytes ${got})`);
    }
  }
  const major = bytes[6] as number;
  const minor = bytes[7] as number;
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) {
    throw new ValueError(`${where}: unsupported .npy format version ${major}.${minor} (expected 1.0, 2.0 or 3.0)`);
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) {
    throw new ValueError(`${where}: input of ${bytes.length} bytes is too short for a version ${major}.0 header`);
  }
  const headerLen = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  const start = 8 + lenBytes;
  const dataOffset = start + headerLen;
  if (dataOffset > bytes.length) {
    throw new ValueError(
      `${where}: header length ${headerLen} extends past the end of the input (${bytes.length - start} bytes follow the length field)`,
    );
  }
  const raw = bytes.subarray(start, dataOffset);
  let text: string;
  if (major === 3) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      throw new ValueError(`${where}: version 3.0 header is not valid UTF-8`);
    }
  } else {
    text = decodeLatin1(raw);
  }

  const d = parsePyLiteral(text, where);
  if (!(d instanceof PyDict)) throw new ValueError(`${where}: header is not a dictionary: ${pyRepr(d)}`);
  const fields = new Map<string, PyValue>();
  for (const [k, v] of d.entries) {
    if (typeof k !== 'string' || fields.has(k) || !(EXPECTED_KEYS as readonly string[]).includes(k)) {
      throw new ValueError(
        `${where}: header does not contain the correct keys: ${pyRepr(d.entries.map(([key]) => key))} (expected 'descr', 'fortran_order', 'shape' once each)`,
      );
    }
    fields.set(k, v);
  }
  const missing = EXPECTED_KEYS.filter((k) => !fields.has(k));
  if (missing.length > 0) {
    throw new ValueError(
      `${where}: header is missing the key${missing.length > 1 ? 's' : ''} ${missing.map((k) => `'${k}'`).join(', ')}`,
    );
  }
  const descrValue = fields.get('descr') as PyValue;
  const fortranValue = fields.get('fortran_order') as PyValue;
  const shapeValue = fields.get('shape') as PyValue;

  if (!(shapeValue instanceof PyTuple) || !shapeValue.items.every((x) => typeof x === 'bigint')) {
    throw new ValueError(`${where}: shape is not a tuple of integers: ${pyRepr(shapeValue)}`);
  }
  const shape: number[] = [];
  for (const x of shapeValue.items as bigint[]) {
    if (x < 0n) throw new ValueError(`${where}: shape ${pyRepr(shapeValue)} has a negative dimension ${x}`);
    if (x > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ValueError(`${where}: shape ${pyRepr(shapeValue)} has a dimension ${x} too large to address`);
    }
    shape.push(Number(x));
  }
  if (typeof fortranValue !== 'boolean') {
    throw new ValueError(`${where}: fortran_order is not a bool: ${pyRepr(fortranValue)}`);
  }
  if (typeof descrValue !== 'string') {
    const what = Array.isArray(descrValue) ? ' (structured dtypes are not supported)' : '';
    throw new DTypeError(`${where}: unsupported dtype descr ${pyRepr(descrValue)}${what}`);
  }
  const { dtype, littleEndian } = parseDescr(descrValue, where);

  // Count in floating point but refuse anything past 2^53: the check must hold before any allocation.
  const itemSize = DTYPES[dtype].itemSize;
  let count = shape.includes(0) ? 0 : 1;
  for (const n of shape) count *= n;
  const dataBytes = count * itemSize;
  if (!Number.isSafeInteger(dataBytes)) {
    throw new ValueError(
      `${where}: shape ${shapeRepr(shape)} of ${pyRepr(descrValue)} describes ${count} elements, more than can be addressed`,
    );
  }
  return {
    version: [major, minor],
    descr: descrValue,
    dtype,
    littleEndian,
    fortranOrder: fortranValue,
    shape,
    dataOffset,
    dataBytes,
  };
}

/** Reverses the bytes of every `width`-byte lane in place. */
function byteSwap(buf: Uint8Array, width: number): void {
  for (let i = 0; i < buf.length; i += width) {
    for (let a = i, b = i + width - 1; a < b; a++, b--) {
      const t = buf[a] as number;
      buf[a] = buf[b] as number;
      buf[b] = t;
    }
  }
}

/**
 * Decodes `.npy` bytes into an array, naming `where` in errors. Shared by {@link loadNpy} and the
 * `.npz` reader; public callers use {@link loadNpy}.
 *
 * @throws {ValueError | DTypeError} as {@link loadNpy}.
 * @example
 * ```ts
 * decodeNpy(saveNpy(ones([2])), 'npz.load: member "a.npy"').toArray(); // [1, 1]
 * ```
 */
export function decodeNpy(bytes: Uint8Array, where: string): NDArray {
  const h = parseNpyHeader(bytes, where);
  const available = bytes.length - h.dataOffset;
  if (h.dataBytes > available) {
    throw new ValueError(
      `${where}: data is truncated or the header lies: shape ${shapeRepr(h.shape)} of '${h.descr}' needs ${h.dataBytes} bytes but only ${available} follow the header`,
    );
  }
  if (h.dataBytes < available) {
    throw new ValueError(
      `${where}: ${available - h.dataBytes} unexpected bytes after the data: shape ${shapeRepr(h.shape)} of '${h.descr}' needs ${h.dataBytes} bytes but ${available} follow the header`,
    );
  }
  const info = DTYPES[h.dtype];
  // A fresh buffer: aligned for any TypedArray, and never aliasing the caller's bytes
  // (`Buffer#slice` would share memory, so copy explicitly).
  const buf = new Uint8Array(h.dataBytes);
  buf.set(bytes.subarray(h.dataOffset, h.dataOffset + h.dataBytes));
  const lane = info.ctor.BYTES_PER_ELEMENT;
  if (lane > 1 && h.littleEndian !== HOST_LITTLE_ENDIAN) byteSwap(buf, lane);
  if (h.dtype === 'bool') {
    for (let i = 0; i < buf.length; i++) if (buf[i] !== 0) buf[i] = 1;
  }
  const data = new info.ctor(buf.buffer, 0, h.dataBytes / lane);
  return new NDArray(h.dtype, data, h.shape, h.fortranOrder ? fStrides(h.shape) : cStrides(h.shape), 0);
}

/**
 * Reads the header of a `.npy` file without decoding its data: the dtype, shape, order, format
 * version and where the data starts.
 *
 * @param bytes - the file's bytes.
 * @returns the parsed header.
 * @throws {ValueError} when the bytes are not a well-formed `.npy` header.
 * @throws {DTypeError} when the descr names a dtype Stride does not have.
 * @example
 * ```ts
 * const h = readNpyHeader(saveNpy(zeros([2, 3], { dtype: 'int16' })));
 * h.descr;      // '<i2'
 * h.shape;      // [2, 3]
 * h.dataOffset; // 128
 * ```
 */
export function readNpyHeader(bytes: Uint8Array | ArrayBuffer): NpyHeader {
  return parseNpyHeader(asBytes(bytes, 'npy.readHeader'), 'npy.readHeader');
}

/**
 * Loads a `.npy` file (format 1.0, 2.0 or 3.0) written by NumPy or by {@link saveNpy}.
 *
 * The result never aliases `bytes`: its data is copied into a fresh, aligned buffer, big-endian
 * data is byte-swapped to the machine's order, and bool bytes are normalised to 0/1. A
 * Fortran-order file loads as an array with Fortran strides (no reordering copy).
 *
 * @param bytes - the file's bytes.
 * @returns the array.
 * @throws {ValueError} for a bad magic string, an unknown version, a malformed header, or data
 *   whose length does not match the header's shape (checked before allocating anything).
 * @throws {DTypeError} for dtypes Stride does not have (structured, object, strings, datetimes,
 *   float16, longdouble), naming the descr.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const a = loadNpy(readFileSync('a.npy')); // written by np.save('a.npy', np.arange(6.).reshape(2, 3))
 * a.dtype;     // 'float64'
 * a.toArray(); // [[0, 1, 2], [3, 4, 5]]
 * ```
 */
export function loadNpy(bytes: Uint8Array | ArrayBuffer): NDArray {
  return decodeNpy(asBytes(bytes, 'npy.load'), 'npy.load');
}

/**
 * Encodes an array as a `.npy` file, byte-identical to what NumPy's `np.save` writes for the same
 * array on this machine: format 1.0 (2.0 only if the header needs more than 64 KiB), native byte
 * order, and the header padded so the data starts on a 64-byte boundary. Non-contiguous views are
 * gathered into C order (or Fortran order, see `options.fortranOrder`).
 *
 * @param a - the array to save.
 * @param options - `fortranOrder` forces the data order; by default it follows `np.save`.
 * @returns the file's bytes.
 * @throws {DTypeError} when `a` has a dtype with no `.npy` descr.
 * @example
 * ```ts
 * const bytes = saveNpy(array([[1, 2], [3, 4]], { dtype: 'int32' }));
 * bytes.length;            // 144 (128-byte header + 16 bytes of data)
 * loadNpy(bytes).toArray(); // [[1, 2], [3, 4]]
 * // In Python: np.load('a.npy') -> array([[1, 2], [3, 4]], dtype=int32)
 * ```
 */
export function saveNpy(a: NDArray, options?: NpySaveOptions): Uint8Array;
export function saveNpy(a: NDArray, ...rest: unknown[]): Uint8Array {
  const options = parseSaveNpy(rest, 'saveNpy') as NpySaveOptions;
  if (!(a instanceof NDArray)) {
    throw new ValueError(`npy.save: expected an NDArray, got ${Object.prototype.toString.call(a).slice(8, -1)}`);
  }
  const { shape, strides } = a;
  const fortran = options.fortranOrder ?? (!isCContiguous(shape, strides) && isFContiguous(shape, strides));
  const header = formatNpyHeader(descrOf(a.dtype), fortran, shape);
  const info = DTYPES[a.dtype];
  const total = header.length + a.size * info.itemSize;
  if (!Number.isSafeInteger(total)) throw new ValueError(`npy.save: array of ${a.size} elements is too large`);
  const out = new Uint8Array(total);
  out.set(header, 0);
  // The header length is a multiple of 64, so the data region is aligned for every TypedArray.
  const region = new info.ctor(out.buffer, header.length, a.size * info.lanes);
  const dst = new NDArray(a.dtype, region, shape, fortran ? fStrides(shape) : cStrides(shape), 0);
  assign(dst, a);
  return out;
}
