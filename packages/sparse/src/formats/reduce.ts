/** Reductions of sparse matrices: `sum`, `mean`, `max`, `min` (whole or along an axis), `diagonal`, `countNonzero`. */
import { type Complex, type DType, NDArray, ValueError, argumentError, astype, is, signature } from '@stride/ndarray';
import type { Values } from '../kernels/compressed.js';
import { canonical } from './elementwise.js';
import { type CompressedMatrix, type SparseMatrix, isSparse } from './matrix.js';
import { head, lanesOf, newArray, raw, rawIdx } from './util.js';

/** Options of the reductions. */
export interface AxisOption {
  /** 0 (down the rows: one value per column), 1 (one value per row), or null for all entries. */
  axis?: number | null;
}

const parseSum = signature<AxisOption>('sum', ['axis'], { axis: is.nullable(is.axisInt) });
const parseMean = signature<AxisOption>('mean', ['axis'], { axis: is.nullable(is.axisInt) });
const parseMax = signature<AxisOption>('max', ['axis'], { axis: is.nullable(is.axisInt) });
const parseMin = signature<AxisOption>('min', ['axis'], { axis: is.nullable(is.axisInt) });
const parseDiag = signature<{ k?: number }>('diagonal', ['k'], { k: is.int });

function requireSparse(a: unknown, fn: string): SparseMatrix {
  if (!isSparse(a)) throw argumentError(fn, 'a', 'a sparse matrix', a);
  return a;
}

function normAxis(axis: number | null | undefined, fn: string): 0 | 1 | null {
  if (axis === undefined || axis === null) return null;
  if (axis < -2 || axis > 1) throw new ValueError(`${fn}: axis ${axis} is out of bounds for a matrix (2 dimensions)`);
  return (axis < 0 ? axis + 2 : axis) as 0 | 1;
}

/** The float dtype sums accumulate in: floats and complex keep theirs, integers and bool use float64. */
function sumDType(d: DType): DType {
  return d === 'float32' || d === 'complex64' || d === 'complex128' ? d : 'float64';
}

/** Per-slice (major) or per-index (minor) sums of a compressed matrix's values in dtype `d`. */
function axisSums(A: CompressedMatrix, perMajor: boolean, d: DType): NDArray {
  const lanes = lanesOf(d);
  const len = perMajor ? A.majorDim : A.minorDim;
  const out = newArray(d, len);
  const o = raw(out);
  o.fill(0);
  const v = head(A.data, A.nnz);
  const x = raw(v.dtype === d ? v : astype(v, d));
  const p = rawIdx(A.indptr);
  const ix = rawIdx(A.indices);
  for (let i = 0; i < A.majorDim; i++) {
    for (let k = p[i]!; k < p[i + 1]!; k++) {
      const t = perMajor ? i : ix[k]!;
      if (lanes === 1) o[t]! += x[k]!;
      else {
        o[2 * t]! += x[2 * k]!;
        o[2 * t + 1]! += x[2 * k + 1]!;
      }
    }
  }
  return out;
}

function compressedOf(a: SparseMatrix): CompressedMatrix {
  return (a.format === 'coo' ? a.tocsr() : a) as CompressedMatrix;
}

function total(a: SparseMatrix, d: DType): number | Complex {
  const v = a.format === 'coo' ? a.data : head(a.data, a.nnz);
  const x = raw(v.dtype === d ? v : astype(v, d));
  if (lanesOf(d) === 1) {
    let s = 0;
    for (let k = 0; k < x.length; k++) s += x[k]!;
    return s;
  }
  let re = 0;
  let im = 0;
  for (let k = 0; k < x.length; k += 2) {
    re += x[k]!;
    im += x[k + 1]!;
  }
  return { re, im };
}

/**
 * Sum of all entries (a number, `{re, im}` for complex), or along an axis: `axis: 0` gives one
 * value per column, `axis: 1` one per row, as a 1-D NDArray (SciPy's sparse arrays; its
 * `spmatrix` returns a 1 × n matrix). Integer and boolean matrices sum in float64 (exact below
 * 2**53; SciPy uses int64).
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, 2], [0, 3, 0]]);
 * sum(a); // 6
 * sum(a, 0).toArray(); // [1, 3, 2]
 * sum(a, { axis: 1 }).toArray(); // [3, 3]
 * ```
 */
export function sum(a: SparseMatrix, options?: { axis?: null }): number | Complex;
export function sum(a: SparseMatrix, axis: number, options?: AxisOption): NDArray;
export function sum(a: SparseMatrix, options: { axis: number }): NDArray;
export function sum(a: SparseMatrix, ...rest: unknown[]): number | Complex | NDArray;
export function sum(a: SparseMatrix, ...rest: unknown[]): number | Complex | NDArray {
  const s = requireSparse(a, 'sum');
  const axis = normAxis(parseSum(rest).axis, 'sum');
  const d = sumDType(s.dtype);
  if (axis === null) return total(s, d);
  const A = compressedOf(s);
  return axisSums(A, (A.format === 'csr') === (axis === 1), d);
}

/**
 * Mean of all entries (implicit zeros count), or along an axis as {@link sum}.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, 2], [0, 3, 0]]);
 * mean(a); // 1
 * mean(a, 0).toArray(); // [0.5, 1.5, 1]
 * ```
 */
export function mean(a: SparseMatrix, options?: { axis?: null }): number | Complex;
export function mean(a: SparseMatrix, axis: number, options?: AxisOption): NDArray;
export function mean(a: SparseMatrix, options: { axis: number }): NDArray;
export function mean(a: SparseMatrix, ...rest: unknown[]): number | Complex | NDArray;
export function mean(a: SparseMatrix, ...rest: unknown[]): number | Complex | NDArray {
  const s = requireSparse(a, 'mean');
  const axis = normAxis(parseMean(rest).axis, 'mean');
  const d = sumDType(s.dtype);
  const [m, n] = s.shape;
  if (axis === null) {
    const t = total(s, d);
    const c = m * n;
    return typeof t === 'number' ? t / c : { re: t.re / c, im: t.im / c };
  }
  const A = compressedOf(s);
  const out = axisSums(A, (A.format === 'csr') === (axis === 1), d);
  const o = raw(out);
  const c = axis === 0 ? m : n;
  for (let k = 0; k < o.length; k++) o[k]! /= c;
  return out;
}

type Pick = (a: number, b: number) => number;
const bigger: Pick = (a, b) => (a > b || Number.isNaN(a) ? a : b);
const smaller: Pick = (a, b) => (a < b || Number.isNaN(a) ? a : b);

function extreme(a: SparseMatrix, rest: readonly unknown[], fn: 'max' | 'min'): number | NDArray {
  const s = requireSparse(a, fn);
  const axis = normAxis((fn === 'max' ? parseMax : parseMin)(rest).axis, fn);
  if (lanesOf(s.dtype) === 2) throw new ValueError(`${fn}: not defined for complex dtype ${s.dtype}`);
  const pick = fn === 'max' ? bigger : smaller;
  const [m, n] = s.shape;
  const A = canonical(s, s.format === 'csc' ? 'csc' : 'csr');
  const x = raw(head(A.data, A.nnz)) as Values;
  if (axis === null) {
    if (m * n === 0) throw new ValueError(`${fn}: zero-size array to reduction operation, which has no identity`);
    let r = A.nnz < m * n ? 0 : (x[0] as number);
    for (let k = 0; k < x.length; k++) r = pick(r, x[k]!);
    return r;
  }
  const perMajor = (A.format === 'csr') === (axis === 1);
  const len = perMajor ? A.majorDim : A.minorDim;
  const other = perMajor ? A.minorDim : A.majorDim;
  if (other === 0 && len > 0)
    throw new ValueError(`${fn}: zero-size array to reduction operation, which has no identity`);
  const acc = new Float64Array(len);
  const count = new Int32Array(len);
  const p = rawIdx(A.indptr);
  const ix = rawIdx(A.indices);
  for (let i = 0; i < A.majorDim; i++) {
    for (let k = p[i]!; k < p[i + 1]!; k++) {
      const t = perMajor ? i : ix[k]!;
      acc[t] = count[t] === 0 ? x[k]! : pick(acc[t]!, x[k]!);
      count[t]!++;
    }
  }
  for (let t = 0; t < len; t++) if (count[t]! < other) acc[t] = count[t] === 0 ? 0 : pick(acc[t]!, 0);
  const out = new NDArray('float64', acc, [len]);
  return s.dtype === 'float64' ? out : astype(out, s.dtype);
}

/**
 * Largest entry (implicit zeros count), or the largest of each column (`axis: 0`) or row
 * (`axis: 1`) as a 1-D NDArray of the matrix's dtype. NaN propagates. An empty matrix is a
 * ValueError, as NumPy.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[-1, 0], [-3, -2]]);
 * max(a); // 0
 * max(a, 1).toArray(); // [0, -2]
 * ```
 */
export function max(a: SparseMatrix, options?: { axis?: null }): number;
export function max(a: SparseMatrix, axis: number, options?: AxisOption): NDArray;
export function max(a: SparseMatrix, options: { axis: number }): NDArray;
export function max(a: SparseMatrix, ...rest: unknown[]): number | NDArray;
export function max(a: SparseMatrix, ...rest: unknown[]): number | NDArray {
  return extreme(a, rest, 'max');
}

/**
 * Smallest entry (implicit zeros count), or along an axis, as {@link max}.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0], [3, 2]]);
 * min(a); // 0
 * min(a, 0).toArray(); // [1, 0]
 * ```
 */
export function min(a: SparseMatrix, options?: { axis?: null }): number;
export function min(a: SparseMatrix, axis: number, options?: AxisOption): NDArray;
export function min(a: SparseMatrix, options: { axis: number }): NDArray;
export function min(a: SparseMatrix, ...rest: unknown[]): number | NDArray;
export function min(a: SparseMatrix, ...rest: unknown[]): number | NDArray {
  return extreme(a, rest, 'min');
}

/**
 * The `k`-th diagonal (k > 0 above the main one, k < 0 below) as a 1-D NDArray; duplicates are
 * summed.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 2, 0], [0, 3, 4]]);
 * diagonal(a).toArray(); // [1, 3]
 * diagonal(a, 1).toArray(); // [2, 4]
 * diagonal(a, -1).toArray(); // [0]
 * ```
 */
export function diagonal(a: SparseMatrix, k?: number, options?: { k?: number }): NDArray;
export function diagonal(a: SparseMatrix, options?: { k?: number }): NDArray;
export function diagonal(a: SparseMatrix, ...rest: unknown[]): NDArray {
  const s = requireSparse(a, 'diagonal');
  const { k = 0 } = parseDiag(rest);
  const [m, n] = s.shape;
  const len = Math.max(0, k >= 0 ? Math.min(m, n - k) : Math.min(m + k, n));
  const A = compressedOf(s);
  // CSC arrays are the CSR arrays of the transpose, whose k-th diagonal is A's (-k)-th
  const kk = A.format === 'csr' ? k : -k;
  const d = A.dtype;
  const lanes = lanesOf(d);
  const out = newArray(d, len);
  const o = raw(out);
  o.fill(0);
  const x = raw(head(A.data, A.nnz));
  const p = rawIdx(A.indptr);
  const ix = rawIdx(A.indices);
  for (let i = Math.max(0, -kk); i < A.majorDim; i++) {
    const j = i + kk;
    if (j >= A.minorDim) break;
    const t = A.format === 'csr' ? (k >= 0 ? i : j) : k >= 0 ? j : i;
    for (let q = p[i]!; q < p[i + 1]!; q++) {
      if (ix[q] !== j) continue;
      if (lanes === 1) o[t]! += x[q]!;
      else {
        o[2 * t]! += x[2 * q]!;
        o[2 * t + 1]! += x[2 * q + 1]!;
      }
    }
  }
  if (d === 'bool') for (let t = 0; t < o.length; t++) if (o[t] !== 0) o[t] = 1;
  return out;
}

/**
 * Number of stored entries that are not zero (duplicates counted separately, as SciPy's
 * `count_nonzero`).
 *
 * @example
 * ```ts
 * const a = csrMatrix({ data: [1, 0, 2], indices: [0, 1, 2], indptr: [0, 3] }, { shape: [1, 3] });
 * a.nnz; // 3
 * countNonzero(a); // 2
 * ```
 */
export function countNonzero(a: SparseMatrix): number {
  const s = requireSparse(a, 'countNonzero');
  const v = s.format === 'coo' ? s.data : head(s.data, s.nnz);
  const x = raw(v);
  let c = 0;
  if (lanesOf(v.dtype) === 1) for (let k = 0; k < x.length; k++) c += x[k] !== 0 ? 1 : 0;
  else for (let k = 0; k < x.length; k += 2) c += x[k] !== 0 || x[k + 1] !== 0 ? 1 : 0;
  return c;
}
