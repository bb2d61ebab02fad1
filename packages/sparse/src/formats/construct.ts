/** The public constructors `csrMatrix`, `cscMatrix`, `cooMatrix`, with full validation of their input. */
import {
  type ArrayInput,
  type DType,
  type NDArray,
  ShapeError,
  ValueError,
  argumentError,
  asarray,
  astype,
  copy as ndCopy,
  is,
  isPlainObject,
  signature,
} from '@stride/ndarray';
import { type CompressedMatrix, CooMatrix, CscMatrix, CsrMatrix, type SparseMatrix, isSparse } from './matrix.js';
import type { Values } from '../kernels/compressed.js';
import { intoHeap } from '../kernels/native.js';
import { checkValueDType, head, lanesOf, newArray, rawIdx, toIndices, toShape, toValues } from './util.js';

/** The arrays of a compressed matrix, as SciPy's `(data, indices, indptr)`. */
export interface CompressedArrays {
  /** The stored values. */
  data: ArrayInput;
  /** The minor index (column for CSR, row for CSC) of each value. */
  indices: ArrayInput;
  /** Where each major slice starts; length rows + 1 (CSR) or columns + 1 (CSC). */
  indptr: ArrayInput;
}

/** The arrays of a coordinate matrix, as SciPy's `(data, (row, col))`. */
export interface CoordinateArrays {
  /** The stored values. */
  data: ArrayInput;
  /** The row of each value. */
  row: ArrayInput;
  /** The column of each value. */
  col: ArrayInput;
}

/** What the constructors accept: a dense array, the format's arrays, or another sparse matrix. */
export type SparseInput = SparseMatrix | CompressedArrays | CoordinateArrays | ArrayInput;

/** Options of {@link csrMatrix}, {@link cscMatrix}, {@link cooMatrix}. */
export interface SparseOptions {
  /** `[rows, cols]`; inferred from the arrays when left out (as SciPy). */
  shape?: [number, number];
  /** dtype of the values (default: the input's). */
  dtype?: DType;
  /** Copy the arrays instead of wrapping them (default false: arrays given are used as they are). */
  copy?: boolean;
}

const checks = { shape: is.any, dtype: is.dtype, copy: is.boolean } as const;
const parseCsr = signature<SparseOptions>('csrMatrix', ['shape', 'dtype', 'copy'], checks);
const parseCsc = signature<SparseOptions>('cscMatrix', ['shape', 'dtype', 'copy'], checks);
const parseCoo = signature<SparseOptions>('cooMatrix', ['shape', 'dtype', 'copy'], checks);

function keysAre(o: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => Object.hasOwn(o, k));
}

/** Reads a plain object of arrays: compressed or coordinate; anything else is an ArgumentError. */
function arraysKind(x: Record<string, unknown>, fn: string): 'compressed' | 'coordinate' {
  const compressedKeys = ['data', 'indices', 'indptr'];
  const coordinateKeys = ['data', 'row', 'col'];
  const keys = Object.keys(x);
  if (keysAre(x, compressedKeys) && keys.length === 3) return 'compressed';
  if (keysAre(x, coordinateKeys) && keys.length === 3) return 'coordinate';
  const extra = keys.filter((k) => !compressedKeys.includes(k) && !coordinateKeys.includes(k));
  if (extra.length > 0) {
    throw argumentError(fn, 'arg', 'a dense array, a sparse matrix, {data, indices, indptr} or {data, row, col}', x);
  }
  const missing = (keys.includes('row') || keys.includes('col') ? coordinateKeys : compressedKeys).filter(
    (k) => !keys.includes(k),
  );
  throw argumentError(fn, 'arg', `an object with ${missing.join(', ')} as well`, x);
}

/** Validated compressed arrays: major = rows for CSR, columns for CSC. */
function buildCompressed(
  csr: boolean,
  arrays: Record<string, unknown>,
  opts: SparseOptions,
  fn: string,
): CompressedMatrix {
  const shape = opts.shape === undefined ? undefined : toShape(opts.shape, fn);
  let data = toValues(arrays.data, fn, 'data', opts.dtype);
  let indices = toIndices(arrays.indices, fn, 'indices');
  let indptr = toIndices(arrays.indptr, fn, 'indptr');
  const majorName = csr ? 'rows' : 'columns';
  if (indptr.size < 1) throw new ValueError(`${fn}: indptr must have at least one element (0), got an empty array`);
  const major = indptr.size - 1;
  if (shape !== undefined && shape[csr ? 0 : 1] !== major) {
    throw new ValueError(
      `${fn}: indptr has length ${indptr.size}, but shape [${shape.join(', ')}] has ${shape[csr ? 0 : 1]} ${majorName} (indptr needs ${(shape[csr ? 0 : 1] as number) + 1} elements)`,
    );
  }
  if (indices.size !== data.size) {
    throw new ValueError(`${fn}: indices and data must have the same length, got ${indices.size} and ${data.size}`);
  }
  const p = rawIdx(indptr);
  if (p[0] !== 0) throw new ValueError(`${fn}: indptr must start with 0, got indptr[0] = ${p[0]}`);
  for (let i = 0; i < major; i++) {
    if (p[i + 1]! < p[i]!) {
      throw new ValueError(
        `${fn}: indptr must be non-decreasing, got indptr[${i + 1}] = ${p[i + 1]} < indptr[${i}] = ${p[i]}`,
      );
    }
  }
  const nnz = p[major]!;
  if (nnz > indices.size) {
    throw new ValueError(
      `${fn}: indptr[${major}] = ${nnz} (the number of stored entries) exceeds the length of indices and data (${indices.size})`,
    );
  }
  const ix = rawIdx(indices);
  let maxIdx = -1;
  for (let k = 0; k < nnz; k++) {
    const j = ix[k]!;
    if (j < 0) throw new ValueError(`${fn}: indices must be non-negative, got indices[${k}] = ${j}`);
    if (j > maxIdx) maxIdx = j;
  }
  const minor = shape !== undefined ? (shape[csr ? 1 : 0] as number) : maxIdx + 1;
  if (maxIdx >= minor) {
    const k = ix.indexOf(maxIdx);
    throw new ValueError(
      `${fn}: indices[${k}] = ${maxIdx} is out of range for ${csr ? 'a matrix with' : 'a matrix with'} ${minor} ${csr ? 'columns' : 'rows'}`,
    );
  }
  data = head(data, nnz);
  indices = head(indices, nnz) as NDArray<'int32'>;
  if (opts.copy === true) {
    data = ndCopy(data);
    indices = ndCopy(indices) as NDArray<'int32'>;
    indptr = ndCopy(indptr) as NDArray<'int32'>;
  } else if (data.dtype === 'float64') {
    // Large float64 matrices given outside the runtime's heap move there once, for the native products.
    data = intoHeap(data);
    indices = intoHeap(indices);
    indptr = intoHeap(indptr);
  }
  const s: [number, number] = csr ? [major, minor] : [minor, major];
  return csr ? new CsrMatrix(data, indices, indptr, s) : new CscMatrix(data, indices, indptr, s);
}

/** Validated coordinate arrays. */
function buildCoo(arrays: Record<string, unknown>, opts: SparseOptions, fn: string): CooMatrix {
  const shape = opts.shape === undefined ? undefined : toShape(opts.shape, fn);
  let data = toValues(arrays.data, fn, 'data', opts.dtype);
  let row = toIndices(arrays.row, fn, 'row');
  let col = toIndices(arrays.col, fn, 'col');
  if (row.size !== data.size || col.size !== data.size) {
    throw new ValueError(
      `${fn}: row, col and data must have the same length, got ${row.size}, ${col.size} and ${data.size}`,
    );
  }
  const bounds: number[] = [];
  for (const [name, arr, axis] of [
    ['row', row, 0],
    ['col', col, 1],
  ] as const) {
    const v = rawIdx(arr);
    let mx = -1;
    for (let k = 0; k < v.length; k++) {
      const j = v[k]!;
      if (j < 0) throw new ValueError(`${fn}: ${name} must be non-negative, got ${name}[${k}] = ${j}`);
      if (j > mx) mx = j;
    }
    const lim = shape !== undefined ? shape[axis] : mx + 1;
    if (mx >= lim) {
      throw new ValueError(
        `${fn}: ${name}[${v.indexOf(mx)}] = ${mx} is out of range for a matrix with ${lim} ${axis === 0 ? 'rows' : 'columns'}`,
      );
    }
    bounds.push(lim);
  }
  if (opts.copy === true) {
    data = ndCopy(data);
    row = ndCopy(row) as NDArray<'int32'>;
    col = ndCopy(col) as NDArray<'int32'>;
  }
  return new CooMatrix(data, row, col, [bounds[0] as number, bounds[1] as number]);
}

/** A dense array (0-, 1- or 2-D) as a compressed matrix. */
export function fromDense(csr: boolean, x: unknown, opts: SparseOptions, fn: string): CompressedMatrix {
  if (x === undefined || x === null || typeof x === 'string' || typeof x === 'function' || typeof x === 'symbol') {
    throw argumentError(fn, 'arg', 'a dense array, a sparse matrix, {data, indices, indptr} or {data, row, col}', x);
  }
  let a: NDArray;
  try {
    a = asarray(x as ArrayInput);
  } catch (e) {
    if (e instanceof TypeError)
      throw argumentError(fn, 'arg', 'a dense array, a sparse matrix, {data, indices, indptr} or {data, row, col}', x);
    throw e;
  }
  if (opts.dtype !== undefined && a.dtype !== opts.dtype) a = astype(a, opts.dtype);
  checkValueDType(a.dtype, fn, 'arg');
  if (a.ndim > 2)
    throw new ShapeError(`${fn}: expected a dense array of at most 2 dimensions, got shape [${a.shape.join(', ')}]`);
  const m = a.ndim === 2 ? (a.shape[0] as number) : 1;
  const n = a.ndim === 0 ? 1 : (a.shape[a.ndim - 1] as number);
  if (opts.shape !== undefined) {
    const s = toShape(opts.shape, fn);
    if (s[0] !== m || s[1] !== n)
      throw new ShapeError(`${fn}: shape [${s.join(', ')}] does not match the dense input of shape [${m}, ${n}]`);
  }
  const s0 = a.ndim === 2 ? (a.strides[0] as number) : 0;
  const s1 = a.ndim === 0 ? 0 : (a.strides[a.ndim - 1] as number);
  const lanes = lanesOf(a.dtype);
  const src = a.data as Values;
  const major = csr ? m : n;
  const minor = csr ? n : m;
  const sMaj = csr ? s0 : s1;
  const sMin = csr ? s1 : s0;
  const off = a.offset;
  const nonzero = (p: number): boolean => src[lanes * p] !== 0 || (lanes === 2 && src[lanes * p + 1] !== 0);
  const indptr = newArray('int32', major + 1) as NDArray<'int32'>;
  const ip = rawIdx(indptr);
  let nnz = 0;
  ip[0] = 0;
  for (let i = 0; i < major; i++) {
    for (let j = 0; j < minor; j++) if (nonzero(off + i * sMaj + j * sMin)) nnz++;
    ip[i + 1] = nnz;
  }
  const indices = newArray('int32', nnz) as NDArray<'int32'>;
  const data = newArray(a.dtype, nnz);
  const ix = rawIdx(indices);
  const dv = data.data;
  let k = 0;
  for (let i = 0; i < major; i++) {
    for (let j = 0; j < minor; j++) {
      const p = off + i * sMaj + j * sMin;
      if (!nonzero(p)) continue;
      ix[k] = j;
      if (lanes === 1) dv[k] = src[p]!;
      else {
        dv[2 * k] = src[2 * p]!;
        dv[2 * k + 1] = src[2 * p + 1]!;
      }
      k++;
    }
  }
  return csr
    ? CsrMatrix.build(data, indices, indptr, [m, n], true, true)
    : CscMatrix.build(data, indices, indptr, [m, n], true, true);
}

function fromSparse(x: SparseMatrix, format: 'csr' | 'csc' | 'coo', opts: SparseOptions, fn: string): SparseMatrix {
  if (opts.shape !== undefined) {
    const s = toShape(opts.shape, fn);
    if (s[0] !== x.shape[0] || s[1] !== x.shape[1]) {
      throw new ShapeError(
        `${fn}: shape [${s.join(', ')}] does not match the sparse input of shape [${x.shape.join(', ')}]`,
      );
    }
  }
  let out = x.asformat(format, opts.copy === true);
  if (opts.dtype !== undefined && out.dtype !== opts.dtype) out = out.astype(opts.dtype, false);
  return out;
}

function construct(format: 'csr' | 'csc' | 'coo', arg: unknown, opts: SparseOptions, fn: string): SparseMatrix {
  if (isSparse(arg)) return fromSparse(arg, format, opts, fn);
  if (isPlainObject(arg) && !(Object.keys(arg).length === 2 && 're' in arg && 'im' in arg)) {
    const kind = arraysKind(arg, fn);
    if (kind === 'coordinate') {
      const coo = buildCoo(arg, opts, fn);
      return format === 'coo' ? coo : coo.asformat(format);
    }
    if (format === 'coo') {
      throw argumentError(fn, 'arg', 'a dense array, a sparse matrix or {data, row, col}', arg);
    }
    return buildCompressed(format === 'csr', arg, opts, fn);
  }
  if (format === 'coo') {
    const csr = fromDense(true, arg, opts, fn);
    return csr.tocoo();
  }
  return fromDense(format === 'csr', arg, opts, fn);
}

/**
 * A Compressed Sparse Row matrix (SciPy's `csr_matrix`) from a dense array, from
 * `{data, indices, indptr}` (wrapped without a copy; `shape` inferred when left out), from
 * `{data, row, col}` (duplicates summed) or from another sparse matrix. Every array is checked:
 * indptr starts at 0, is non-decreasing and has rows + 1 elements, indices lie in range, lengths
 * agree; a violation is a ValueError naming the field.
 *
 * @param arg - the matrix
 * @param shape - `[rows, cols]`
 * @param dtype - dtype of the values
 * @param copy - copy the arrays instead of wrapping them
 * @throws {ValueError} for inconsistent arrays
 *
 * @example
 * ```ts
 * const a = csrMatrix({ data: [4, 5, 6], indices: [0, 2, 1], indptr: [0, 2, 2, 3] }, { shape: [3, 3] });
 * a.toDense().toArray(); // [[4, 0, 5], [0, 0, 0], [0, 6, 0]]
 * csrMatrix([[0, 1], [2, 0]]).nnz; // 2
 * ```
 */
export function csrMatrix(
  arg: SparseInput,
  shape?: [number, number],
  dtype?: DType,
  copy?: boolean,
  options?: SparseOptions,
): CsrMatrix;
export function csrMatrix(arg: SparseInput, options?: SparseOptions): CsrMatrix;
export function csrMatrix(arg: SparseInput, ...rest: unknown[]): CsrMatrix {
  return construct('csr', arg, parseCsr(rest), 'csrMatrix') as CsrMatrix;
}

/**
 * A Compressed Sparse Column matrix (SciPy's `csc_matrix`) from a dense array, from
 * `{data, indices, indptr}` (indices are rows, indptr has cols + 1 elements; wrapped without a
 * copy), from `{data, row, col}` or from another sparse matrix; checked as {@link csrMatrix}.
 *
 * @param arg - the matrix
 * @param shape - `[rows, cols]`
 * @param dtype - dtype of the values
 * @param copy - copy the arrays instead of wrapping them
 * @throws {ValueError} for inconsistent arrays
 *
 * @example
 * ```ts
 * const a = cscMatrix({ data: [1, 2], indices: [1, 0], indptr: [0, 1, 2] }, { shape: [2, 2] });
 * a.toDense().toArray(); // [[0, 2], [1, 0]]
 * ```
 */
export function cscMatrix(
  arg: SparseInput,
  shape?: [number, number],
  dtype?: DType,
  copy?: boolean,
  options?: SparseOptions,
): CscMatrix;
export function cscMatrix(arg: SparseInput, options?: SparseOptions): CscMatrix;
export function cscMatrix(arg: SparseInput, ...rest: unknown[]): CscMatrix {
  return construct('csc', arg, parseCsc(rest), 'cscMatrix') as CscMatrix;
}

/**
 * A COOrdinate matrix (SciPy's `coo_matrix`) from `{data, row, col}` (duplicates kept until
 * summed; wrapped without a copy; shape inferred from the largest indices when left out), from a
 * dense array or from another sparse matrix.
 *
 * @param arg - the matrix
 * @param shape - `[rows, cols]`
 * @param dtype - dtype of the values
 * @param copy - copy the arrays instead of wrapping them
 * @throws {ValueError} for inconsistent arrays
 *
 * @example
 * ```ts
 * const a = cooMatrix({ data: [1, 1, 5], row: [0, 0, 2], col: [1, 1, 0] });
 * a.shape; // [3, 2]
 * a.tocsr().toDense().toArray(); // [[0, 2], [0, 0], [5, 0]]
 * ```
 */
export function cooMatrix(
  arg: SparseInput,
  shape?: [number, number],
  dtype?: DType,
  copy?: boolean,
  options?: SparseOptions,
): CooMatrix;
export function cooMatrix(arg: SparseInput, options?: SparseOptions): CooMatrix;
export function cooMatrix(arg: SparseInput, ...rest: unknown[]): CooMatrix {
  return construct('coo', arg, parseCoo(rest), 'cooMatrix') as CooMatrix;
}
