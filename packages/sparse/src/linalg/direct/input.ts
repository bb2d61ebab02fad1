/** What the direct solvers take in: any sparse format or a dense 2-D array, read as raw float64 CSC. */
import {
  type ArrayInput,
  DTypeError,
  type NDArray,
  ShapeError,
  ValueError,
  argumentError,
  asarray,
  ascontiguousarray,
  astype,
  is,
} from '@stride/ndarray';
import { type SparseMatrix, isSparse } from '../../formats/matrix.js';

/** What the direct solvers accept as a matrix: a sparse matrix of any format or a dense 2-D array. */
export type MatrixInput = SparseMatrix | ArrayInput;

/** A square or rectangular matrix as raw compressed columns (float64 values). */
export interface RawCsc {
  m: number;
  n: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
}

/** The elements of an array in C order as a Float64Array (zero copy when it is contiguous float64). */
export function float64Elements(a: NDArray): Float64Array {
  let v = a.dtype === 'float64' ? a : astype(a, 'float64');
  if (!v.flags.cContiguous) v = ascontiguousarray(v);
  const d = v.data as Float64Array;
  return v.offset === 0 && d.length === v.size ? d : d.subarray(v.offset, v.offset + v.size);
}

function int32Elements(a: NDArray): Int32Array {
  let v = a.dtype === 'int32' ? a : astype(a, 'int32');
  if (!v.flags.cContiguous) v = ascontiguousarray(v);
  const d = v.data as Int32Array;
  return v.offset === 0 && d.length === v.size ? d : d.subarray(v.offset, v.offset + v.size);
}

function checkDType(dtype: string, fn: string, name: string): void {
  if (dtype === 'complex64' || dtype === 'complex128') {
    throw new DTypeError(`${fn}: ${name} of dtype ${dtype} is not supported yet (real float64 factorisations only)`);
  }
}

/**
 * Reads A — a sparse matrix of any format or a dense 2-D ArrayInput — as float64 CSC
 * (float32 and integer values are promoted to float64, as SciPy's solvers do).
 */
export function toRawCsc(A: unknown, fn: string, name = 'A'): RawCsc {
  if (isSparse(A)) {
    const c = A.tocsc();
    checkDType(c.data.dtype, fn, name);
    const [m, n] = c.shape;
    return { m, n, indptr: int32Elements(c.indptr), indices: int32Elements(c.indices), data: float64Elements(c.data) };
  }
  if (typeof A !== 'object' || A === null) throw argumentError(fn, name, 'a sparse matrix or a 2-D array', A);
  is.arrayLike(A, fn, name);
  const a = asarray(A as ArrayInput);
  checkDType(a.dtype, fn, name);
  if (a.ndim !== 2) {
    throw new ShapeError(`${fn}: ${name} must be a 2-D matrix, got shape [${a.shape.join(', ')}]`);
  }
  const [m, n] = a.shape as [number, number];
  return denseToCsc(m, n, float64Elements(a));
}

/** The nonzeros of a row-major m×n block as raw CSC (row indices sorted). */
export function denseToCsc(m: number, n: number, dense: Float64Array): RawCsc {
  const indptr = new Int32Array(n + 1);
  let nnz = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) if (dense[i * n + j] !== 0) nnz++;
    indptr[j + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const data = new Float64Array(nnz);
  let p = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      const v = dense[i * n + j]!;
      if (v !== 0) {
        indices[p] = i;
        data[p++] = v;
      }
    }
  }
  return { m, n, indptr, indices, data };
}

/** {@link toRawCsc} of a square matrix: a ValueError naming the shape otherwise (SciPy's message). */
export function toSquareCsc(A: unknown, fn: string, name = 'A'): RawCsc {
  const c = toRawCsc(A, fn, name);
  if (c.m !== c.n) throw new ValueError(`${fn}: matrix must be square (has shape (${c.m}, ${c.n}))`);
  return c;
}

/** A right-hand side: a vector of length n or an n×k matrix, read as float64 columns. */
export interface RawRhs {
  /** The columns, each of length n, one after another (column-major). */
  cols: Float64Array;
  k: number;
  /** The shape to give the result ([n] or [n, k]). */
  shape: number[];
}

/** Reads b (ArrayInput) as float64 columns of length n; a ShapeError naming both shapes otherwise. */
export function toRhs(b: unknown, n: number, fn: string, name = 'b'): RawRhs {
  is.arrayLike(b, fn, name);
  const a = asarray(b as ArrayInput);
  checkDType(a.dtype, fn, name);
  if (a.ndim === 0 || a.ndim > 2 || a.shape[0] !== n) {
    throw new ShapeError(
      `${fn}: ${name} has shape [${a.shape.join(', ')}], expected [${n}] or [${n}, k] to match a matrix of shape [${n}, ${n}]`,
    );
  }
  const k = a.ndim === 1 ? 1 : a.shape[1]!;
  const flat = float64Elements(a);
  const cols = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) cols[j * n + i] = flat[i * k + j]!;
  return { cols, k, shape: a.shape.slice() };
}

/** Whether a matrix or array argument holds complex values (nothing is converted). */
export function isComplexInput(x: unknown): boolean {
  let d = 'float64';
  if (isSparse(x)) d = x.dtype;
  else if (typeof x === 'object' && x !== null) {
    try {
      d = asarray(x as ArrayInput).dtype;
    } catch {
      // not an array: the caller's own checks report it
    }
  }
  return d === 'complex128' || d === 'complex64';
}

/**
 * A complex square matrix as the raw CSC of its real form R (order 2n, interleaved): entry
 * a = re + i·im at (i, j) gives R[2i, 2j] = re, R[2i+1, 2j] = im, R[2i, 2j+1] = −im,
 * R[2i+1, 2j+1] = re, so R applied to a complex vector's interleaved storage is A applied to it
 * and Rᵀ is the real form of Aᴴ. Zero parts are not stored.
 */
export function toComplexRealForm(A: unknown, fn: string, name = 'A'): RawCsc {
  let indptr: Int32Array;
  let indices: Int32Array;
  let vals: Float64Array;
  let m: number;
  let n: number;
  if (isSparse(A)) {
    const c = A.tocsc();
    [m, n] = c.shape;
    indptr = int32Elements(c.indptr);
    indices = int32Elements(c.indices);
    let v = c.data.dtype === 'complex128' ? c.data : astype(c.data, 'complex128');
    if (!v.flags.cContiguous) v = ascontiguousarray(v);
    vals = (v.data as Float64Array).subarray(2 * v.offset, 2 * (v.offset + v.size));
  } else {
    const a = astype(asarray(A as ArrayInput), 'complex128');
    if (a.ndim !== 2) throw new ShapeError(`${fn}: ${name} must be a 2-D matrix, got shape [${a.shape.join(', ')}]`);
    [m, n] = a.shape as [number, number];
    const c = ascontiguousarray(a);
    const d = (c.data as Float64Array).subarray(2 * c.offset, 2 * (c.offset + c.size));
    const re = denseToCsc(
      m,
      n,
      d.filter((_, i) => i % 2 === 0),
    );
    const im = denseToCsc(
      m,
      n,
      d.filter((_, i) => i % 2 === 1),
    );
    // the union of both patterns, column by column (rows sorted in each)
    indptr = new Int32Array(n + 1);
    const rows: number[] = [];
    const pairs: number[] = [];
    for (let j = 0; j < n; j++) {
      const col = new Set<number>();
      for (let p = re.indptr[j]!; p < re.indptr[j + 1]!; p++) col.add(re.indices[p]!);
      for (let p = im.indptr[j]!; p < im.indptr[j + 1]!; p++) col.add(im.indices[p]!);
      for (const i of [...col].sort((x, y) => x - y)) {
        rows.push(i);
        pairs.push(d[2 * (i * n + j)]!, d[2 * (i * n + j) + 1]!);
      }
      indptr[j + 1] = rows.length;
    }
    indices = Int32Array.from(rows);
    vals = Float64Array.from(pairs);
  }
  if (m !== n) throw new ValueError(`${fn}: matrix must be square (has shape (${m}, ${n}))`);
  const rp = new Int32Array(2 * n + 1);
  const ri: number[] = [];
  const rx: number[] = [];
  for (let j = 0; j < n; j++) {
    for (const part of [0, 1]) {
      // column 2j holds (re, im) of column j; column 2j + 1 holds (−im, re)
      for (let p = indptr[j]!; p < indptr[j + 1]!; p++) {
        const i = indices[p]!;
        const re = vals[2 * p]!;
        const im = vals[2 * p + 1]!;
        const top = part === 0 ? re : -im;
        const bottom = part === 0 ? im : re;
        if (top !== 0) {
          ri.push(2 * i);
          rx.push(top);
        }
        if (bottom !== 0) {
          ri.push(2 * i + 1);
          rx.push(bottom);
        }
      }
      rp[2 * j + part + 1] = ri.length;
    }
  }
  return { m: 2 * n, n: 2 * n, indptr: rp, indices: Int32Array.from(ri), data: Float64Array.from(rx) };
}

/** Reads b as complex columns of length n, each stored interleaved (2n numbers per column). */
export function toComplexRhs(b: unknown, n: number, fn: string, name = 'b'): RawRhs {
  is.arrayLike(b, fn, name);
  const a = asarray(b as ArrayInput);
  if (a.ndim === 0 || a.ndim > 2 || a.shape[0] !== n) {
    throw new ShapeError(
      `${fn}: ${name} has shape [${a.shape.join(', ')}], expected [${n}] or [${n}, k] to match a matrix of shape [${n}, ${n}]`,
    );
  }
  const k = a.ndim === 1 ? 1 : a.shape[1]!;
  const c = ascontiguousarray(astype(a, 'complex128'));
  const flat = (c.data as Float64Array).subarray(2 * c.offset, 2 * (c.offset + c.size));
  const cols = new Float64Array(2 * n * k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      cols[j * 2 * n + 2 * i] = flat[2 * (i * k + j)]!;
      cols[j * 2 * n + 2 * i + 1] = flat[2 * (i * k + j) + 1]!;
    }
  }
  return { cols, k, shape: a.shape.slice() };
}
