/**
 * The sparse matrix classes: {@link SparseMatrix} (the common base), {@link CsrMatrix},
 * {@link CscMatrix} and {@link CooMatrix}. They live in one module because each converts to the
 * others; the operations beyond conversion live in their own modules and are called from the
 * methods here.
 */
import {
  type ArrayInput,
  type Complex,
  type DType,
  type NDArray,
  astype as ndAstype,
  copy as ndCopy,
  zeros,
} from '@stride/ndarray';
import {
  compressedToDense,
  cooToCompressed,
  eliminateZerosCompressed,
  indicesSorted,
  sortCompressed,
  sumDuplicatesCompressed,
  transposeCompressed,
  type Values,
} from '../kernels/compressed.js';
import { parseAstype } from './args.js';
import { entryIndex, entryValue, findEntry, insertionPoint, openSlot, writeEntry } from './assign.js';
import * as ew from './elementwise.js';
import * as ix from './indexing.js';
import type { Selector } from './indexing.js';
import * as red from './reduce.js';
import { dotImpl } from './products.js';
import { head, lanesOf, newArray, raw, rawIdx } from './util.js';

/** The storage formats: Compressed Sparse Row/Column and COOrdinate. */
export type SparseFormat = 'csr' | 'csc' | 'coo';

const SPARSE_KEY: unique symbol = Symbol.for('stride.sparse') as never;

const FORMAT_NAMES: Record<SparseFormat, string> = {
  csr: 'Compressed Sparse Row',
  csc: 'Compressed Sparse Column',
  coo: 'COOrdinate',
};

/**
 * Whether `x` is a sparse matrix of this package (recognised across duplicate copies by its
 * `Symbol.for('stride.sparse')` marker), as SciPy's `issparse`.
 *
 * @example
 * ```ts
 * isSparse(csrMatrix([[1, 0], [0, 1]])); // true
 * isSparse([[1, 0], [0, 1]]); // false
 * ```
 */
export function isSparse(x: unknown): x is SparseMatrix {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[SPARSE_KEY] === true;
}

/**
 * The base of every sparse matrix: a shape, a dtype, a number of stored entries and the
 * operations every format has. Formats differ in how entries are stored (see {@link CsrMatrix},
 * {@link CscMatrix}, {@link CooMatrix}).
 *
 * @example
 * ```ts
 * const a: SparseMatrix = csrMatrix([[1, 0], [0, 2]]);
 * a.shape; // [2, 2]
 * a.nnz;   // 2
 * ```
 */
export abstract class SparseMatrix {
  /** The marker {@link isSparse} looks for. */
  readonly [SPARSE_KEY] = true;
  /** Number of rows and columns. */
  readonly shape: [number, number];
  /** The storage format. */
  abstract readonly format: SparseFormat;
  /** The stored values (1-D; complex interleaved in storage as every Stride array). */
  abstract data: NDArray;

  protected constructor(shape: readonly [number, number]) {
    this.shape = [shape[0], shape[1]];
  }

  /** The dtype of the values. */
  get dtype(): DType {
    return this.data.dtype;
  }

  /** Number of axes (always 2). */
  get ndim(): 2 {
    return 2;
  }

  /** Number of stored entries, explicit zeros and duplicates included (SciPy's `nnz`). */
  abstract get nnz(): number;

  /** Number of stored entries (SciPy's `size`, the same as {@link SparseMatrix.nnz}). */
  get size(): number {
    return this.nnz;
  }

  /** Whether the entries are stored in canonical form (sorted, no duplicates). */
  abstract get hasCanonicalFormat(): boolean;

  /** This matrix in CSR format (`copy`: never share arrays with this one). */
  abstract tocsr(copy?: boolean): CsrMatrix;
  /** This matrix in CSC format (`copy`: never share arrays with this one). */
  abstract tocsc(copy?: boolean): CscMatrix;
  /** This matrix in COO format (`copy`: never share arrays with this one). */
  abstract tocoo(copy?: boolean): CooMatrix;

  /** This matrix in the named format. */
  asformat(format: SparseFormat, copy = false): SparseMatrix {
    if (format === 'csr') return this.tocsr(copy);
    if (format === 'csc') return this.tocsc(copy);
    return this.tocoo(copy);
  }

  /** The dense matrix (duplicates summed), an NDArray of shape {@link SparseMatrix.shape}. */
  abstract toDense(): NDArray;

  /** SciPy's name for {@link SparseMatrix.toDense}. */
  toarray(): NDArray {
    return this.toDense();
  }

  /** SciPy's other name for {@link SparseMatrix.toDense}. */
  todense(): NDArray {
    return this.toDense();
  }

  /** The transpose (shares the arrays with this matrix). */
  abstract get T(): SparseMatrix;

  /** The arrays that hold this matrix (values and indices). */
  protected abstract storage(): NDArray[];

  /**
   * Returns the storage of the matrix's arrays to the runtime's heap now instead of waiting for
   * the garbage collector (NDArray's `dispose` on each; small arrays are not in the heap and
   * nothing happens to them). The matrix, and every matrix or array sharing its arrays (its `.T`,
   * the arrays it was built from), can no longer be used afterwards. Safe to call twice.
   *
   * @example
   * ```ts
   * const a = csrMatrix({ data: [1, 2], indices: [0, 1], indptr: [0, 1, 2] });
   * a.dispose();
   * ```
   */
  dispose(): void {
    // A view (the first nnz entries of a longer array) frees through the array it views.
    for (const a of this.storage()) (a.base ?? a).dispose();
  }

  /** The transpose, as {@link SparseMatrix.T}. */
  transpose(): SparseMatrix {
    return this.T;
  }

  /** A deep copy. */
  abstract copy(): SparseMatrix;

  /** The matrix with values cast to `dtype` (`copy: false` returns this matrix when the dtype already matches). */
  abstract astype(dtype: DType, copy?: boolean): SparseMatrix;

  /**
   * The matrix product with `x`: a sparse matrix for a sparse `x` or a scalar; an NDArray for a
   * dense vector (1-D result) or matrix.
   */
  dot(x: SparseMatrix): SparseMatrix;
  dot(x: number | Complex): SparseMatrix;
  dot(x: ArrayInput): NDArray;
  dot(x: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return dotImpl(this, x, 'dot');
  }

  /** `this + other` (see the function {@link add}). */
  add(other: SparseMatrix | number): SparseMatrix;
  add(other: ArrayInput): NDArray;
  add(other: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return ew.add(this, other);
  }

  /** `this - other` (see the function {@link subtract}). */
  subtract(other: SparseMatrix | number): SparseMatrix;
  subtract(other: ArrayInput): NDArray;
  subtract(other: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return ew.subtract(this, other);
  }

  /** Elementwise product (see the function {@link multiply}). */
  multiply(other: SparseMatrix | ArrayInput): SparseMatrix {
    return ew.multiply(this, other);
  }

  /** Elementwise maximum (see the function {@link maximum}). */
  maximum(other: SparseMatrix | number): SparseMatrix;
  maximum(other: ArrayInput): NDArray;
  maximum(other: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return ew.maximum(this, other);
  }

  /** Elementwise minimum (see the function {@link minimum}). */
  minimum(other: SparseMatrix | number): SparseMatrix;
  minimum(other: ArrayInput): NDArray;
  minimum(other: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return ew.minimum(this, other);
  }

  /** `this * alpha` for a scalar (see the function {@link scale}). */
  scale(alpha: number | Complex): this {
    return ew.scale(this, alpha);
  }

  /** Sum of all entries, or along an axis (see the function {@link sum}). */
  sum(options?: { axis?: null }): number | Complex;
  sum(axis: number, options?: { axis?: number | null }): NDArray;
  sum(options: { axis: number }): NDArray;
  sum(...rest: unknown[]): number | Complex | NDArray {
    return red.sum(this, ...rest);
  }

  /** Mean of all entries, or along an axis (see the function {@link mean}). */
  mean(options?: { axis?: null }): number | Complex;
  mean(axis: number, options?: { axis?: number | null }): NDArray;
  mean(options: { axis: number }): NDArray;
  mean(...rest: unknown[]): number | Complex | NDArray {
    return red.mean(this, ...rest);
  }

  /** Largest entry, or along an axis (see the function {@link max}). */
  max(options?: { axis?: null }): number;
  max(axis: number, options?: { axis?: number | null }): NDArray;
  max(options: { axis: number }): NDArray;
  max(...rest: unknown[]): number | NDArray {
    return red.max(this, ...rest);
  }

  /** Smallest entry, or along an axis (see the function {@link min}). */
  min(options?: { axis?: null }): number;
  min(axis: number, options?: { axis?: number | null }): NDArray;
  min(options: { axis: number }): NDArray;
  min(...rest: unknown[]): number | NDArray {
    return red.min(this, ...rest);
  }

  /** The `k`-th diagonal (see the function {@link diagonal}). */
  diagonal(k?: number): NDArray {
    return red.diagonal(this, k);
  }

  /** Number of stored entries that are not zero. */
  countNonzero(): number {
    return red.countNonzero(this);
  }

  /** Selects rows and columns (see the function {@link index}). */
  index(rows: number, cols: number): number | boolean | Complex;
  index(rows: Selector, cols?: Selector): SparseMatrix;
  index(rows: Selector, cols?: Selector): SparseMatrix | NDArray | number | boolean | Complex {
    return ix.index(this, rows, cols);
  }

  /** Row `i` as a 1 × n sparse matrix. */
  getRow(i: number): SparseMatrix {
    return ix.getRow(this, i);
  }

  /** Column `j` as an m × 1 sparse matrix. */
  getCol(j: number): SparseMatrix {
    return ix.getCol(this, j);
  }

  /** `<2x3 sparse matrix of type float64 with 4 stored elements in Compressed Sparse Row format>`. */
  toString(): string {
    return `<${this.shape[0]}x${this.shape[1]} sparse matrix of type ${this.dtype} with ${this.nnz} stored elements in ${FORMAT_NAMES[this.format]} format>`;
  }
}

/**
 * What CSR and CSC share: `data`, `indices`, `indptr` with the entries of major slice `i`
 * (row for CSR, column for CSC) at positions `indptr[i]` to `indptr[i + 1]`.
 */
export abstract class CompressedMatrix extends SparseMatrix {
  abstract override readonly format: 'csr' | 'csc';
  /** The stored values, in slice order. */
  data: NDArray;
  /** The minor index (column for CSR, row for CSC) of each stored value (int32). */
  indices: NDArray<'int32'>;
  /** Where each major slice starts in `indices`/`data`; length major + 1 (int32). */
  indptr: NDArray<'int32'>;
  private _sorted: boolean | undefined;
  private _canonical: boolean | undefined;

  protected constructor(
    data: NDArray,
    indices: NDArray<'int32'>,
    indptr: NDArray<'int32'>,
    shape: readonly [number, number],
  ) {
    super(shape);
    this.data = data;
    this.indices = indices;
    this.indptr = indptr;
  }

  /** Size of the major axis (rows for CSR). */
  protected storage(): NDArray[] {
    return [this.data, this.indices, this.indptr];
  }

  get majorDim(): number {
    return this.format === 'csr' ? this.shape[0] : this.shape[1];
  }

  /** Size of the minor axis (columns for CSR). */
  get minorDim(): number {
    return this.format === 'csr' ? this.shape[1] : this.shape[0];
  }

  get nnz(): number {
    return this.indptr.data[this.indptr.offset + this.majorDim] as number;
  }

  /** Whether the indices of every slice are sorted (computed once, then kept; may be set). */
  get hasSortedIndices(): boolean {
    if (this._sorted === undefined) {
      this._sorted = indicesSorted(this.majorDim, rawIdx(this.indptr), rawIdx(this.indices), false);
    }
    return this._sorted;
  }

  set hasSortedIndices(v: boolean) {
    this._sorted = v;
    if (!v) this._canonical = false;
  }

  /** Whether indices are sorted and free of duplicates (computed once, then kept; may be set). */
  get hasCanonicalFormat(): boolean {
    if (this._canonical === undefined) {
      if (this._sorted === false) this._canonical = false;
      else {
        this._canonical = indicesSorted(this.majorDim, rawIdx(this.indptr), rawIdx(this.indices), true);
        if (this._canonical) this._sorted = true;
      }
    }
    return this._canonical;
  }

  set hasCanonicalFormat(v: boolean) {
    this._canonical = v;
    if (v) this._sorted = true;
  }

  /**
   * SciPy's `A[i, j] = v`: overwrites the stored entry (duplicates are summed first, as SciPy
   * does), or inserts it — explicit zeros included — in its sorted place when the indices are
   * sorted. Indices may be negative (counted from the end). Inserting changes the sparsity
   * structure and copies the arrays each time (SciPy warns with a SparseEfficiencyWarning); to
   * build a large matrix, collect triplets for {@link cooMatrix} and convert.
   *
   * @throws {IndexError} for an index out of range.
   * @throws {DTypeError} for a complex value in a real matrix.
   * @example
   * ```ts
   * const a = csrMatrix([[1, 0], [0, 2]]);
   * a.set(0, 1, 5);
   * a.set(-1, -1, 7);
   * a.toDense().toArray(); // [[1, 5], [0, 7]]
   * ```
   */
  set(i: number, j: number, v: number | boolean | Complex): void {
    const fn = 'set';
    const [m, n] = this.shape;
    const r = entryIndex(i, m, fn, 'i');
    const c = entryIndex(j, n, fn, 'j');
    const val = entryValue(v, this.dtype, fn);
    const csr = this.format === 'csr';
    const major = csr ? r : c;
    const minor = csr ? c : r;
    const lanes = lanesOf(this.dtype);
    let p = findEntry(rawIdx(this.indptr), rawIdx(this.indices), major, minor);
    if (p === -2) {
      this.sumDuplicates();
      p = findEntry(rawIdx(this.indptr), rawIdx(this.indices), major, minor);
    }
    if (p >= 0) {
      writeEntry(raw(this.data) as Float64Array, p, lanes, val);
      return;
    }
    const sorted = this.hasSortedIndices;
    const canonical = this.hasCanonicalFormat;
    const ip = rawIdx(this.indptr);
    const ix = rawIdx(this.indices);
    const pos = insertionPoint(ip, ix, major, minor, sorted);
    const nnz = ip[ip.length - 1]!;
    const indptr = newArray('int32', ip.length) as NDArray<'int32'>;
    const indices = newArray('int32', nnz + 1) as NDArray<'int32'>;
    const data = newArray(this.dtype, nnz + 1);
    const out = { indptr: rawIdx(indptr), indices: rawIdx(indices), data: raw(data) as Float64Array };
    openSlot(ip, ix, raw(this.data) as Float64Array, lanes, major, pos, out);
    out.indices[pos] = minor;
    writeEntry(out.data, pos, lanes, val);
    this.data = data;
    this.indices = indices;
    this.indptr = indptr;
    this._sorted = sorted ? true : undefined;
    this._canonical = canonical ? true : undefined;
  }

  /** Sorts the indices of each slice in place (values move with them). */
  sortIndices(): void {
    if (this.hasSortedIndices) return;
    sortCompressed(this.majorDim, rawIdx(this.indptr), rawIdx(this.indices), raw(this.data), lanesOf(this.dtype));
    this._sorted = true;
    this._canonical = undefined;
  }

  /** A copy with sorted indices (this matrix is left as it is). */
  sortedIndices(): this {
    const c = this.copy() as this;
    c.sortIndices();
    return c;
  }

  /** Sums duplicate entries in place (sorting the indices first), giving canonical format. */
  sumDuplicates(): void {
    if (this.hasCanonicalFormat) return;
    this.sortIndices();
    const nnz = sumDuplicatesCompressed(
      this.majorDim,
      rawIdx(this.indptr),
      rawIdx(this.indices),
      raw(this.data),
      lanesOf(this.dtype),
    );
    this.prune(nnz);
    if (this.dtype === 'bool') clampBool(raw(this.data));
    this._canonical = true;
  }

  /** Removes stored zeros in place. */
  eliminateZeros(): void {
    const nnz = eliminateZerosCompressed(
      this.majorDim,
      rawIdx(this.indptr),
      rawIdx(this.indices),
      raw(this.data),
      lanesOf(this.dtype),
    );
    this.prune(nnz);
  }

  /** Drops storage beyond `nnz` (views of the arrays' heads). */
  protected prune(nnz: number): void {
    this.indices = head(this.indices, nnz) as NDArray<'int32'>;
    this.data = head(this.data, nnz);
  }

  toDense(): NDArray {
    const [m, n] = this.shape;
    const out = zeros([m, n], this.dtype);
    compressedToDense(
      this.format === 'csr',
      this.majorDim,
      n,
      rawIdx(this.indptr),
      rawIdx(this.indices),
      raw(this.data),
      lanesOf(this.dtype),
      out.data as Values,
    );
    if (this.dtype === 'bool') clampBool(out.data as Uint8Array);
    return out;
  }

  /** The arrays along the other axis (sorted indices; duplicates kept). */
  protected swapAxes(): { data: NDArray; indices: NDArray<'int32'>; indptr: NDArray<'int32'> } {
    const nnz = this.nnz;
    const minor = this.minorDim;
    const indptr = newArray('int32', minor + 1) as NDArray<'int32'>;
    const indices = newArray('int32', nnz) as NDArray<'int32'>;
    const data = newArray(this.dtype, nnz);
    transposeCompressed(
      this.majorDim,
      minor,
      rawIdx(this.indptr),
      rawIdx(this.indices),
      raw(this.data),
      lanesOf(this.dtype),
      rawIdx(indptr),
      rawIdx(indices),
      raw(data),
    );
    return { data, indices, indptr };
  }

  /** The major index of each stored entry (the row array of COO for CSR). */
  protected expandMajor(): NDArray<'int32'> {
    const nnz = this.nnz;
    const out = newArray('int32', nnz) as NDArray<'int32'>;
    const o = rawIdx(out);
    const p = rawIdx(this.indptr);
    for (let i = 0; i < this.majorDim; i++) o.fill(i, p[i]!, p[i + 1]!);
    return out;
  }

  /** The arrays trimmed to nnz (views), copied when `copy`. */
  protected arrays(copy: boolean): { data: NDArray; indices: NDArray<'int32'>; indptr: NDArray<'int32'> } {
    const nnz = this.nnz;
    const data = head(this.data, nnz);
    const indices = head(this.indices, nnz) as NDArray<'int32'>;
    if (!copy) return { data, indices, indptr: this.indptr };
    return {
      data: ndCopy(data),
      indices: ndCopy(indices) as NDArray<'int32'>,
      indptr: ndCopy(this.indptr) as NDArray<'int32'>,
    };
  }

  /** Copies this matrix's flags onto another with the same index arrays. */
  protected inherit<T extends CompressedMatrix>(m: T): T {
    m._sorted = this._sorted;
    m._canonical = this._canonical;
    return m;
  }

  /** @internal A matrix of this class over validated arrays, with known flags. */
  static build<T extends CompressedMatrix>(
    this: CompressedCtor<T>,
    data: NDArray,
    indices: NDArray<'int32'>,
    indptr: NDArray<'int32'>,
    shape: readonly [number, number],
    sorted?: boolean,
    canonical?: boolean,
  ): T {
    const m = new this(data, indices, indptr, shape);
    m._sorted = sorted;
    m._canonical = canonical;
    return m;
  }

  /** A deep copy. */
  copy(): this {
    const { data, indices, indptr } = this.arrays(true);
    return this.inherit(new (this.constructor as CompressedCtor<this>)(data, indices, indptr, this.shape));
  }

  /** The matrix with values cast to `dtype` (`copy: false` returns this matrix when the dtype already matches). */
  astype(dtype: DType, copy = true): this {
    const d = parseAstype(dtype, 'astype');
    if (d === this.dtype && !copy) return this;
    const { data, indices, indptr } = this.arrays(copy);
    return this.inherit(new (this.constructor as CompressedCtor<this>)(ndAstype(data, d), indices, indptr, this.shape));
  }
}

type CompressedCtor<T> = new (
  data: NDArray,
  indices: NDArray<'int32'>,
  indptr: NDArray<'int32'>,
  shape: readonly [number, number],
) => T;

function clampBool(d: Values): void {
  for (let k = 0; k < d.length; k++) if (d[k] !== 0) d[k] = 1;
}

/**
 * Compressed Sparse Row matrix (SciPy's `csr_matrix`): `indices[indptr[i]:indptr[i+1]]` are the
 * columns of row `i`'s stored values `data[indptr[i]:indptr[i+1]]`. Fast row slicing and
 * matrix-vector products. Build one with {@link csrMatrix}; the constructor trusts its arrays.
 *
 * @example
 * ```ts
 * const a = csrMatrix({ data: [1, 2, 3], indices: [0, 2, 1], indptr: [0, 2, 3] }, { shape: [2, 3] });
 * a.toDense().toArray(); // [[1, 0, 2], [0, 3, 0]]
 * a.dot([1, 1, 1]).toArray(); // [3, 3]
 * ```
 */
export class CsrMatrix extends CompressedMatrix {
  readonly format = 'csr' as const;

  /** Wraps validated arrays (no checks; {@link csrMatrix} validates). */
  constructor(data: NDArray, indices: NDArray<'int32'>, indptr: NDArray<'int32'>, shape: readonly [number, number]) {
    super(data, indices, indptr, shape);
  }

  tocsr(copy = false): CsrMatrix {
    return copy ? this.copy() : this;
  }

  tocsc(copy = false): CscMatrix {
    void copy;
    const { data, indices, indptr } = this.swapAxes();
    return CscMatrix.build(data, indices, indptr, this.shape, true);
  }

  tocoo(copy = false): CooMatrix {
    const { data, indices } = this.arrays(copy);
    return new CooMatrix(data, this.expandMajor(), indices, this.shape);
  }

  get T(): CscMatrix {
    const { data, indices, indptr } = this.arrays(false);
    return this.inherit(new CscMatrix(data, indices, indptr, [this.shape[1], this.shape[0]]));
  }

  override transpose(): CscMatrix {
    return this.T;
  }

  override dot(x: SparseMatrix): CsrMatrix;
  override dot(x: number | Complex): CsrMatrix;
  override dot(x: ArrayInput): NDArray;
  override dot(x: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return dotImpl(this, x, 'dot');
  }
}

/**
 * Compressed Sparse Column matrix (SciPy's `csc_matrix`): `indices[indptr[j]:indptr[j+1]]` are
 * the rows of column `j`'s stored values. Fast column slicing; the format of sparse direct
 * solvers. Build one with {@link cscMatrix}; the constructor trusts its arrays.
 *
 * @example
 * ```ts
 * const a = cscMatrix([[1, 0, 2], [0, 3, 0]]);
 * a.indptr.toArray(); // [0, 1, 2, 3]
 * a.indices.toArray(); // [0, 1, 0]
 * ```
 */
export class CscMatrix extends CompressedMatrix {
  readonly format = 'csc' as const;

  /** Wraps validated arrays (no checks; {@link cscMatrix} validates). */
  constructor(data: NDArray, indices: NDArray<'int32'>, indptr: NDArray<'int32'>, shape: readonly [number, number]) {
    super(data, indices, indptr, shape);
  }

  tocsr(copy = false): CsrMatrix {
    void copy;
    const { data, indices, indptr } = this.swapAxes();
    return CsrMatrix.build(data, indices, indptr, this.shape, true);
  }

  tocsc(copy = false): CscMatrix {
    return copy ? this.copy() : this;
  }

  tocoo(copy = false): CooMatrix {
    const { data, indices } = this.arrays(copy);
    return new CooMatrix(data, indices, this.expandMajor(), this.shape);
  }

  get T(): CsrMatrix {
    const { data, indices, indptr } = this.arrays(false);
    return this.inherit(new CsrMatrix(data, indices, indptr, [this.shape[1], this.shape[0]]));
  }

  override transpose(): CsrMatrix {
    return this.T;
  }

  override dot(x: SparseMatrix): CscMatrix;
  override dot(x: number | Complex): CscMatrix;
  override dot(x: ArrayInput): NDArray;
  override dot(x: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return dotImpl(this, x, 'dot');
  }
}

/**
 * COOrdinate matrix (SciPy's `coo_matrix`): entry `k` is `data[k]` at (`row[k]`, `col[k]`);
 * duplicates allowed (summed by conversions and {@link CooMatrix.sumDuplicates}). The format to
 * assemble a matrix in. Build one with {@link cooMatrix}; the constructor trusts its arrays.
 *
 * @example
 * ```ts
 * const a = cooMatrix({ data: [1, 2, 3], row: [0, 0, 1], col: [1, 1, 0] }, { shape: [2, 2] });
 * a.nnz; // 3
 * a.toDense().toArray(); // [[0, 3], [3, 0]]
 * ```
 */
export class CooMatrix extends SparseMatrix {
  readonly format = 'coo' as const;
  /** The stored values. */
  data: NDArray;
  /** The row of each stored value (int32). */
  row: NDArray<'int32'>;
  /** The column of each stored value (int32). */
  col: NDArray<'int32'>;
  private _canonical: boolean | undefined;

  /** Wraps validated arrays (no checks; {@link cooMatrix} validates). */
  constructor(data: NDArray, row: NDArray<'int32'>, col: NDArray<'int32'>, shape: readonly [number, number]) {
    super(shape);
    this.data = data;
    this.row = row;
    this.col = col;
  }

  protected storage(): NDArray[] {
    return [this.data, this.row, this.col];
  }

  get nnz(): number {
    return this.data.size;
  }

  /** Whether entries are sorted by row, then column, without duplicates (computed once, then kept; may be set). */
  get hasCanonicalFormat(): boolean {
    if (this._canonical === undefined) {
      const r = rawIdx(this.row);
      const c = rawIdx(this.col);
      let ok = true;
      for (let k = 1; k < r.length && ok; k++) {
        const d = r[k]! - r[k - 1]!;
        if (d < 0 || (d === 0 && c[k]! <= c[k - 1]!)) ok = false;
      }
      this._canonical = ok;
    }
    return this._canonical;
  }

  set hasCanonicalFormat(v: boolean) {
    this._canonical = v;
  }

  /** The entries grouped by row (CSR arrays over this matrix's entries, duplicates kept, columns sorted). */
  private compress(): { indptr: Int32Array; indices: NDArray<'int32'>; data: NDArray } {
    const [m] = this.shape;
    const nnz = this.nnz;
    const lanes = lanesOf(this.dtype);
    const indptr = new Int32Array(m + 1);
    const indices = newArray('int32', nnz) as NDArray<'int32'>;
    const data = newArray(this.dtype, nnz);
    cooToCompressed(
      m,
      nnz,
      rawIdx(this.row),
      rawIdx(this.col),
      raw(this.data),
      lanes,
      indptr,
      rawIdx(indices),
      raw(data),
    );
    sortCompressed(m, indptr, rawIdx(indices), raw(data), lanes);
    return { indptr, indices, data };
  }

  private setFromCompressed(indptr: Int32Array, indices: NDArray<'int32'>, data: NDArray, nnz: number): void {
    const row = newArray('int32', nnz) as NDArray<'int32'>;
    const o = rawIdx(row);
    for (let i = 0; i < this.shape[0]; i++) o.fill(i, indptr[i]!, indptr[i + 1]!);
    this.row = row;
    this.col = head(indices, nnz) as NDArray<'int32'>;
    this.data = head(data, nnz);
  }

  /**
   * `A[i, j] = v` for COO (an addition: SciPy's coo_matrix refuses item assignment): every stored
   * entry at (i, j) is removed and one entry (i, j, v) is appended, so the matrix then holds v
   * there. Indices may be negative (counted from the end); each call copies the arrays.
   *
   * @throws {IndexError} for an index out of range.
   * @throws {DTypeError} for a complex value in a real matrix.
   * @example
   * ```ts
   * const a = cooMatrix({ data: [1, 2, 3], row: [0, 0, 1], col: [1, 1, 0] }, { shape: [2, 2] });
   * a.set(0, 1, 4);
   * a.toDense().toArray(); // [[0, 4], [3, 0]]
   * ```
   */
  set(i: number, j: number, v: number | boolean | Complex): void {
    const fn = 'set';
    const [m, n] = this.shape;
    const r = entryIndex(i, m, fn, 'i');
    const c = entryIndex(j, n, fn, 'j');
    const val = entryValue(v, this.dtype, fn);
    const lanes = lanesOf(this.dtype);
    const row = rawIdx(this.row);
    const col = rawIdx(this.col);
    const vals = raw(this.data) as Float64Array;
    const nnz = row.length;
    let keep = 0;
    for (let p = 0; p < nnz; p++) if (row[p] !== r || col[p] !== c) keep++;
    const nr = newArray('int32', keep + 1) as NDArray<'int32'>;
    const nc = newArray('int32', keep + 1) as NDArray<'int32'>;
    const nd = newArray(this.dtype, keep + 1);
    const [or, oc, od] = [rawIdx(nr), rawIdx(nc), raw(nd) as Float64Array];
    let q = 0;
    for (let p = 0; p < nnz; p++) {
      if (row[p] === r && col[p] === c) continue;
      or[q] = row[p]!;
      oc[q] = col[p]!;
      for (let l = 0; l < lanes; l++) od[q * lanes + l] = vals[p * lanes + l]!;
      q++;
    }
    or[keep] = r;
    oc[keep] = c;
    writeEntry(od, keep, lanes, val);
    this.row = nr;
    this.col = nc;
    this.data = nd;
    this._canonical = undefined;
  }

  /** Sorts the entries by row, then column, in place (duplicates stay). */
  sortIndices(): void {
    if (this.hasCanonicalFormat) return;
    const { indptr, indices, data } = this.compress();
    this.setFromCompressed(indptr, indices, data, this.nnz);
  }

  /** Sums duplicate entries in place, sorting by row then column (canonical format). */
  sumDuplicates(): void {
    if (this.hasCanonicalFormat) return;
    const { indptr, indices, data } = this.compress();
    const nnz = sumDuplicatesCompressed(this.shape[0], indptr, rawIdx(indices), raw(data), lanesOf(this.dtype));
    if (this.dtype === 'bool') clampBool(raw(data));
    this.setFromCompressed(indptr, indices, data, nnz);
    this._canonical = true;
  }

  /** Removes stored zeros in place. */
  eliminateZeros(): void {
    const d = raw(this.data);
    const lanes = lanesOf(this.dtype);
    const r = rawIdx(this.row);
    const c = rawIdx(this.col);
    const nnz = this.nnz;
    let w = 0;
    for (let k = 0; k < nnz; k++) {
      const keep = lanes === 1 ? d[k] !== 0 : d[2 * k] !== 0 || d[2 * k + 1] !== 0;
      if (!keep) continue;
      r[w] = r[k]!;
      c[w] = c[k]!;
      if (lanes === 1) d[w] = d[k]!;
      else {
        d[2 * w] = d[2 * k]!;
        d[2 * w + 1] = d[2 * k + 1]!;
      }
      w++;
    }
    this.row = head(this.row, w) as NDArray<'int32'>;
    this.col = head(this.col, w) as NDArray<'int32'>;
    this.data = head(this.data, w);
  }

  tocsr(copy = false): CsrMatrix {
    void copy;
    return this.toCompressed(true) as CsrMatrix;
  }

  tocsc(copy = false): CscMatrix {
    void copy;
    return this.toCompressed(false) as CscMatrix;
  }

  private toCompressed(csr: boolean): CompressedMatrix {
    const [m, n] = this.shape;
    const nMajor = csr ? m : n;
    const nnz = this.nnz;
    const lanes = lanesOf(this.dtype);
    const indptr = newArray('int32', nMajor + 1) as NDArray<'int32'>;
    const indices = newArray('int32', nnz) as NDArray<'int32'>;
    const data = newArray(this.dtype, nnz);
    const r = rawIdx(this.row);
    const c = rawIdx(this.col);
    cooToCompressed(
      nMajor,
      nnz,
      csr ? r : c,
      csr ? c : r,
      raw(this.data),
      lanes,
      rawIdx(indptr),
      rawIdx(indices),
      raw(data),
    );
    const out = csr
      ? new CsrMatrix(data, indices, indptr, this.shape)
      : new CscMatrix(data, indices, indptr, this.shape);
    out.sumDuplicates();
    return out;
  }

  tocoo(copy = false): CooMatrix {
    return copy ? this.copy() : this;
  }

  toDense(): NDArray {
    const [m, n] = this.shape;
    const out = zeros([m, n], this.dtype);
    const o = out.data as Values;
    const d = raw(this.data);
    const r = rawIdx(this.row);
    const c = rawIdx(this.col);
    const lanes = lanesOf(this.dtype);
    for (let k = 0; k < d.length / lanes; k++) {
      const p = r[k]! * n + c[k]!;
      if (lanes === 1) o[p]! += d[k]!;
      else {
        o[2 * p]! += d[2 * k]!;
        o[2 * p + 1]! += d[2 * k + 1]!;
      }
    }
    if (this.dtype === 'bool') clampBool(o);
    return out;
  }

  get T(): CooMatrix {
    return new CooMatrix(this.data, this.col, this.row, [this.shape[1], this.shape[0]]);
  }

  override transpose(): CooMatrix {
    return this.T;
  }

  copy(): CooMatrix {
    const m = new CooMatrix(
      ndCopy(this.data),
      ndCopy(this.row) as NDArray<'int32'>,
      ndCopy(this.col) as NDArray<'int32'>,
      this.shape,
    );
    m._canonical = this._canonical;
    return m;
  }

  astype(dtype: DType, copy = true): CooMatrix {
    const d = parseAstype(dtype, 'astype');
    if (d === this.dtype && !copy) return this;
    const m = copy
      ? new CooMatrix(
          ndAstype(this.data, d),
          ndCopy(this.row) as NDArray<'int32'>,
          ndCopy(this.col) as NDArray<'int32'>,
          this.shape,
        )
      : new CooMatrix(ndAstype(this.data, d), this.row, this.col, this.shape);
    m._canonical = this._canonical;
    return m;
  }

  override dot(x: SparseMatrix): CsrMatrix;
  override dot(x: number | Complex): CooMatrix;
  override dot(x: ArrayInput): NDArray;
  override dot(x: SparseMatrix | ArrayInput): SparseMatrix | NDArray {
    return dotImpl(this, x, 'dot');
  }
}
