/**
 * Apache Arrow interop (`@stride/ndarray/arrow`; needs the `apache-arrow` package, an optional
 * peer dependency, so the main entry never loads it). Arrow's fixed-width columns are typed arrays
 * already, so both directions share memory where the layout allows: one chunk, no nulls,
 * a numeric type (and `FixedSizeList` of one for 2-D). DuckDB-wasm, Arquero and Polars all speak Arrow.
 *
 * Arrays made from Arrow memory are read-only (Arrow data is immutable); `{ copy: true }` gives a
 * writable copy. The reverse direction aliases the NDArray's storage: a later write to the array
 * shows in the Arrow vector (arrays in the ndarray heap are copied, as their memory is reused).
 */
import { ARRAY_KEY, type ArrayDescriptor, type DType, PROTOCOL_VERSION, type TypedArray } from '@stride/protocol';
import {
  Bool,
  type Data,
  type DataType,
  Field,
  FixedSizeList,
  Float32,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  Type,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  type Vector,
} from 'apache-arrow';
import { is, isPlainObject, rule, signature } from '../core/args.js';
import { type ArrayInput, asarray, assign, copy as copyArray, emptyArray } from '../core/convert.js';
import { isComplex, promoteTypes } from '../core/dtype.js';
import { heapBuffer } from '../core/heap.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { reshape } from '../manipulation/shape.js';

/** What {@link fromArrow} does with null entries. */
export type NullPolicy = 'nan' | 'float' | 'raise';

/** Options of {@link fromArrow}. */
export interface FromArrowOptions {
  /**
   * Nulls: `'nan'` (default) — NaN in float columns (a copy), a ValueError in integer and bool
   * columns; `'float'` — integer and bool columns with nulls become float64 with NaN; `'raise'` —
   * a ValueError for any null.
   */
  nulls?: NullPolicy;
  /** A table as a record of 1-D columns (`'record'`, default) or one 2-D (rows × columns) array (`'array'`, a copy). */
  as?: 'record' | 'array';
  /** Always copy (the result is then writable). */
  copy?: boolean;
}

/** Options of {@link toArrow}. */
export interface ToArrowOptions {
  /** For a 2-D array: a Table with these column names instead of a FixedSizeList vector of rows. */
  names?: readonly string[];
}

const parseFrom = signature<FromArrowOptions>('fromArrow', [], {
  nulls: is.oneOf('nan', 'float', 'raise'),
  as: is.oneOf('record', 'array'),
  copy: is.boolean,
});
const parseTo = signature<ToArrowOptions>('toArrow', [], { names: is.arrayOf(is.string) });

/** An Arrow value type as Stride's dtype (fixed-width numeric and bool only). */
function dtypeOf(type: DataType, fn: string): DType {
  switch (type.typeId) {
    case Type.Int: {
      const t = type as unknown as { bitWidth: number; isSigned: boolean };
      return `${t.isSigned ? 'int' : 'uint'}${t.bitWidth}` as DType;
    }
    case Type.Float: {
      const p = (type as unknown as { precision: number }).precision;
      return p === 2 ? 'float64' : 'float32'; // float16 is widened to float32
    }
    case Type.Bool:
      return 'bool';
    default:
      throw new DTypeError(
        `${fn}: Arrow type ${String(type)} has no NDArray dtype (supported: Int*, Uint*, Float16/32/64, Bool and FixedSizeList of them); cast the column first`,
      );
  }
}

/** Whether element `i` of an Arrow chunk is valid (not null). */
function valid(d: Data, i: number): boolean {
  const bm = d.nullBitmap;
  if (d.nullCount === 0 || bm === undefined || bm.length === 0) return true;
  const k = d.offset + i;
  return ((bm[k >> 3] as number) & (1 << (k & 7))) !== 0;
}

/** IEEE half-precision bits as a number. */
function halfToNumber(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f === 0 ? s * Number.POSITIVE_INFINITY : Number.NaN;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** The values of one fixed-width chunk: zero-copy descriptor when possible, else a copy. */
function chunkArray(d: Data, nulls: NullPolicy, copy: boolean, fn: string): NDArray {
  const type = d.type as DataType;
  if (type.typeId === Type.FixedSizeList) {
    const size = (type as unknown as { listSize: number }).listSize;
    const child = d.children[0] as Data;
    if (d.nullCount > 0)
      throw new ValueError(`${fn}: a FixedSizeList column with ${d.nullCount} null rows cannot become a 2-D array`);
    const flat = chunkArray(child, nulls, copy, fn);
    if (flat.size < d.length * size)
      throw new ShapeError(`${fn}: FixedSizeList child has ${flat.size} values for ${d.length} rows of ${size}`);
    return flat.view([d.length, size], [size * (flat.strides[0] ?? 1), flat.strides[0] ?? 1], flat.offset);
  }
  const dtype = dtypeOf(type, fn);
  const n = d.length;
  const hasNulls = d.nullCount > 0;
  if (hasNulls && nulls === 'raise') throw new ValueError(`${fn}: column of ${String(type)} has ${d.nullCount} nulls`);
  if (dtype === 'bool' || (type.typeId === Type.Float && (type as unknown as { precision: number }).precision === 0)) {
    // Bit-packed booleans and half floats have no NDArray layout: unpack (a copy).
    const half = dtype !== 'bool';
    const out = half || (hasNulls && nulls === 'float') ? new Float64Array(n) : new Uint8Array(n);
    if (dtype === 'bool' && hasNulls && nulls !== 'float') {
      throw new ValueError(`${fn}: bool column has ${d.nullCount} nulls; pass { nulls: 'float' } for float64 with NaN`);
    }
    const v = d.values as Uint8Array | Uint16Array;
    for (let i = 0; i < n; i++) {
      if (!valid(d, i)) out[i] = Number.NaN;
      else if (half) out[i] = halfToNumber(v[i] as number);
      else {
        const k = d.offset + i;
        out[i] = ((v[k >> 3] as number) >> (k & 7)) & 1;
      }
    }
    if (half) return new NDArray('float32', Float32Array.from(out), [n]);
    return new NDArray(out instanceof Uint8Array ? 'bool' : 'float64', out, [n]);
  }
  const values = d.values as TypedArray;
  if (!hasNulls) {
    // Zero copy, through the array protocol: the Arrow buffer is the storage.
    const desc: ArrayDescriptor = {
      version: PROTOCOL_VERSION,
      dtype,
      shape: [n],
      strides: [1],
      offset: 0,
      data: values,
      readonly: true,
    };
    const view = NDArray.fromDescriptor(desc);
    return copy ? copyArray(view) : view;
  }
  if (dtype === 'float32' || dtype === 'float64') {
    const out = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = valid(d, i) ? (values[i] as number) : Number.NaN;
    return new NDArray(dtype, out, [n]);
  }
  if (nulls !== 'float') {
    throw new ValueError(
      `${fn}: ${dtype} column has ${d.nullCount} nulls, which an integer array cannot hold; pass { nulls: 'float' } for float64 with NaN`,
    );
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = valid(d, i) ? Number(values[i]) : Number.NaN;
  return new NDArray('float64', out, [n]);
}

/** One Arrow vector (all its chunks) as an array. */
function vectorArray(
  v: { data: readonly Data[]; type: DataType },
  nulls: NullPolicy,
  copy: boolean,
  fn: string,
): NDArray {
  const chunks = v.data.map((d) => chunkArray(d, nulls, copy, fn));
  if (chunks.length === 1) return chunks[0] as NDArray;
  if (chunks.length === 0) {
    if (v.type.typeId === Type.FixedSizeList) {
      const t = v.type as unknown as { listSize: number; children: { type: DataType }[] };
      return emptyArray(dtypeOf(t.children[0]?.type as DataType, fn), [0, t.listSize]);
    }
    return emptyArray(dtypeOf(v.type, fn), [0]);
  }
  // Several chunks: join them (a copy).
  const dtype = chunks.map((c) => c.dtype).reduce((a, b) => promoteTypes(a, b));
  const rows = chunks.reduce((s, c) => s + (c.shape[0] as number), 0);
  const shape = [rows, ...(chunks[0] as NDArray).shape.slice(1)];
  const out = emptyArray(dtype, shape);
  let at = 0;
  for (const c of chunks) {
    const len = c.shape[0] as number;
    if (len > 0) assign(out.view(c.shape, out.strides, out.offset + at * (out.strides[0] as number)), c);
    at += len;
  }
  return out;
}

const isVectorLike = (x: unknown): x is { data: readonly Data[]; type: DataType } =>
  typeof x === 'object' &&
  x !== null &&
  Array.isArray((x as { data?: unknown }).data) &&
  typeof (x as { type?: { typeId?: unknown } }).type?.typeId === 'number';
const isDataLike = (x: unknown): x is Data =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { type?: { typeId?: unknown } }).type?.typeId === 'number' &&
  typeof (x as { length?: unknown }).length === 'number' &&
  'nullCount' in x;
const isTableLike = (
  x: unknown,
): x is { schema: { fields: { name: string }[] }; getChildAt(i: number): unknown; numRows: number } =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { schema?: { fields?: unknown } }).schema?.fields === 'object' &&
  typeof (x as { getChildAt?: unknown }).getChildAt === 'function';

const arrowInput = rule<unknown>(
  'an Arrow Vector, Data, Table or RecordBatch',
  (x) => isTableLike(x) || isVectorLike(x) || isDataLike(x),
);

/**
 * Arrow data as NDArrays. A Vector (or Data) of a fixed-width numeric type becomes a 1-D array
 * that shares the Arrow buffer (read-only) when it has one chunk and no nulls; a
 * `FixedSizeList<n>` vector becomes a 2-D (rows × n) array the same way; several chunks are joined
 * (a copy). Bool and Float16 columns are unpacked (a copy). Nulls follow `nulls`. A Table or
 * RecordBatch becomes a record of columns by name, or one 2-D array with `{ as: 'array' }`.
 *
 * @param input - An Arrow `Vector`, `Data`, `Table` or `RecordBatch` (from `apache-arrow`, any copy of it).
 * @returns An NDArray, or a record of NDArrays for a table.
 * @throws {DTypeError} for types with no dtype (strings, dictionaries, structs, dates: cast them
 *   first); {ValueError} for nulls an integer array cannot hold.
 *
 * @example
 * ```ts
 * const v = toArrow(array([1, 2, 3])); // e.g. an Arrow Vector from DuckDB, Arquero or makeVector
 * fromArrow(v).toArray();              // [1, 2, 3]
 * fromArrow(toArrow({ x: array([1.5, 2]) })).x.toArray(); // [1.5, 2]
 * ```
 */
export function fromArrow(input: { schema: unknown }, options: FromArrowOptions & { as: 'array' }): NDArray;
export function fromArrow(input: { schema: unknown }, options?: FromArrowOptions): Record<string, NDArray>;
export function fromArrow(input: object, options?: FromArrowOptions): NDArray;
export function fromArrow(input: object, ...rest: unknown[]): NDArray | Record<string, NDArray> {
  const fn = 'fromArrow';
  arrowInput(input, fn, 'input');
  const o = parseFrom(rest);
  const nulls = o.nulls ?? 'nan';
  const copy = o.copy ?? false;
  if (isTableLike(input)) {
    const cols = input.schema.fields.map((f, i) => {
      const child = input.getChildAt(i);
      if (!isVectorLike(child)) throw new DTypeError(`${fn}: column ${f.name} is not a vector`);
      return [f.name, vectorArray(child, nulls, copy, fn)] as const;
    });
    if (o.as !== 'array') return Object.fromEntries(cols);
    const rows = input.numRows;
    if (cols.some(([, c]) => c.ndim !== 1)) throw new ShapeError(`${fn}: { as: 'array' } needs 1-D columns`);
    const dtype = cols.length === 0 ? 'float64' : cols.map(([, c]) => c.dtype).reduce((a, b) => promoteTypes(a, b));
    const out = emptyArray(dtype, [rows, cols.length]);
    cols.forEach(([, c], j) => {
      assign(out.view([rows], [out.strides[0] as number], out.offset + j), c);
    });
    return out;
  }
  if (isVectorLike(input)) return vectorArray(input, nulls, copy, fn);
  return chunkArray(input as Data, nulls, copy, fn);
}

const ARROW_TYPES: Partial<Record<DType, () => DataType>> = {
  int8: () => new Int8(),
  int16: () => new Int16(),
  int32: () => new Int32(),
  int64: () => new Int64(),
  uint8: () => new Uint8(),
  uint16: () => new Uint16(),
  uint32: () => new Uint32(),
  uint64: () => new Uint64(),
  float32: () => new Float32(),
  float64: () => new Float64(),
};

/** Contiguous storage of a 1-D array as an Arrow Data (zero-copy unless strided, bool or in the ndarray heap). */
function columnData(x: NDArray, fn: string): Data {
  if (isComplex(x.dtype))
    throw new DTypeError(`${fn}: Arrow has no complex type (got ${x.dtype}); pass real and imaginary parts as columns`);
  const n = x.size;
  if (x.dtype === 'bool') {
    const bits = new Uint8Array((n + 7) >> 3);
    const d = x.data;
    const s = x.strides[0] ?? 1;
    for (let i = 0; i < n; i++) if (d[x.offset + i * s]) bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
    return makeData({ type: new Bool(), length: n, nullCount: 0, data: bits });
  }
  const contiguous = n <= 1 || x.strides[0] === 1;
  const hb = heapBuffer();
  const src = contiguous ? x : copyArray(x);
  // Heap memory is reused once the array is gone, so Arrow gets its own copy of it (slice).
  const onHeap = hb !== null && src.data.buffer === hb;
  const values = onHeap ? src.data.slice(src.offset, src.offset + n) : src.data.subarray(src.offset, src.offset + n);
  const type = (ARROW_TYPES[x.dtype] as () => DataType)();
  return makeData({ type, length: n, nullCount: 0, data: values } as never) as Data;
}

/**
 * An array as Arrow data, sharing the array's storage where it is contiguous: a 1-D array
 * becomes a Vector; a 2-D array a `FixedSizeList` Vector of its rows (or, with `names`, a Table
 * of its columns); a record of 1-D arrays a Table. Bool is bit-packed (a copy); complex throws.
 *
 * @param a - An array (1-D or 2-D), or a record of 1-D arrays of one length.
 * @returns An Arrow `Vector`, or a `Table`.
 * @throws {DTypeError} for complex input; {ShapeError} for more than 2 dimensions or columns of different lengths.
 *
 * @example
 * ```ts
 * Array.from(toArrow(array([1.5, 2.5]))); // [1.5, 2.5]
 * toArrow({ x: array([1, 2]), y: array([3, 4]) }).numRows; // 2
 * ```
 */
export function toArrow(a: Readonly<Record<string, ArrayInput>>): Table;
export function toArrow(a: ArrayInput, options: ToArrowOptions & { names: readonly string[] }): Table;
export function toArrow(a: ArrayInput, options?: ToArrowOptions): Vector;
export function toArrow(a: ArrayInput | Readonly<Record<string, ArrayInput>>, ...rest: unknown[]): Vector | Table {
  const fn = 'toArrow';
  const o = parseTo(rest);
  if (isPlainObject(a) && !('re' in a && 'im' in a && Object.keys(a).length === 2)) {
    const cols: Record<string, Vector> = {};
    let len = -1;
    for (const [name, v] of Object.entries(a)) {
      const x = asarray(v as ArrayInput);
      if (x.ndim !== 1) throw new ShapeError(`${fn}: column ${name} must be 1-D, got shape [${x.shape.join(', ')}]`);
      if (len >= 0 && x.size !== len) throw new ShapeError(`${fn}: column ${name} has ${x.size} rows, others ${len}`);
      len = x.size;
      cols[name] = makeVector(columnData(x, fn));
    }
    return new Table(cols);
  }
  const x0 = asarray(a as ArrayInput);
  const x = x0.ndim === 0 ? reshape(x0, [1]) : x0;
  if (x.ndim === 1) {
    if (o.names) throw new ShapeError(`${fn}: names need a 2-D array, got 1-D`);
    return makeVector(columnData(x, fn));
  }
  if (x.ndim !== 2) throw new ShapeError(`${fn}: expected a 1-D or 2-D array, got shape [${x.shape.join(', ')}]`);
  const [rows, k] = x.shape as [number, number];
  if (o.names) {
    if (o.names.length !== k) throw new ShapeError(`${fn}: ${o.names.length} names for ${k} columns`);
    const cols: Record<string, Vector> = {};
    o.names.forEach((name, j) => {
      cols[name] = makeVector(
        columnData(x.view([rows], [x.strides[0] as number], x.offset + j * (x.strides[1] as number)), fn),
      );
    });
    return new Table(cols);
  }
  const flat = x.flags.cContiguous ? x.view([rows * k], [1], x.offset) : reshape(copyArray(x), [rows * k]);
  const child = columnData(flat, fn);
  const type = new FixedSizeList(k, new Field('item', child.type, false));
  return makeVector(makeData({ type, length: rows, nullCount: 0, child }));
}

/**
 * An Arrow vector as an object of the array protocol (`Symbol.for('stride.array')`): any Stride
 * function reads it in place, without a copy, while it has one chunk of a fixed-width numeric type
 * and no nulls.
 *
 * @example
 * ```ts
 * const v = toArrow(array([1, 2, 3.5])); // e.g. any Arrow Vector
 * sum(arrowArray(v));                     // 6.5
 * ```
 */
export function arrowArray(vector: object): { [ARRAY_KEY]: () => ArrayDescriptor } {
  const x = fromArrow(vector as Vector, { nulls: 'raise' });
  return { [ARRAY_KEY]: () => x[ARRAY_KEY]() };
}
