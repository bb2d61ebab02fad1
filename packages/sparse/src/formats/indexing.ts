/** Row/column selection: `index(A, rows, cols)` with integers, slices, integer arrays and masks; `getRow`, `getCol`. */
import { type ArrayInput, IndexError, type NDArray, argumentError, asarray, astype } from '@stride/ndarray';
import { sortCompressed } from '../kernels/compressed.js';
import { type CompressedMatrix, type CscMatrix, CsrMatrix, type SparseMatrix, isSparse } from './matrix.js';
import { head, lanesOf, newArray, raw, rawIdx } from './util.js';

/**
 * One axis of a selection: an integer (negative counts from the end), a slice string
 * `'start:stop:step'` (`':'` for all), `null` for all, an integer array or a boolean mask.
 */
export type Selector = number | string | null | ArrayInput;

type Parsed = { kind: 'int'; i: number } | { kind: 'all' } | { kind: 'list'; idx: Int32Array; array: boolean };

const SLICE = /^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+)?\s*)?$/;

function sliceIndices(s: string, n: number, fn: string, axis: number): Int32Array {
  const m = SLICE.exec(s);
  if (m === null) throw new IndexError(`${fn}: ${JSON.stringify(s)} is not a slice 'start:stop:step' (axis ${axis})`);
  const step = m[3] === undefined ? 1 : Number(m[3]);
  if (step === 0) throw new IndexError(`${fn}: slice step cannot be zero`);
  const clamp = (v: string | undefined, dflt: number, lo: number, hi: number): number => {
    if (v === undefined) return dflt;
    let x = Number(v);
    if (x < 0) x += n;
    return Math.min(Math.max(x, lo), hi);
  };
  const start = step > 0 ? clamp(m[1], 0, 0, n) : clamp(m[1], n - 1, -1, n - 1);
  const stop = step > 0 ? clamp(m[2], n, 0, n) : clamp(m[2], -1, -1, n - 1);
  const len = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Int32Array(len);
  for (let k = 0; k < len; k++) out[k] = start + k * step;
  return out;
}

function wrapIndex(i: number, n: number, fn: string, axis: number): number {
  if (!Number.isInteger(i))
    throw argumentError(
      fn,
      axis === 0 ? 'rows' : 'cols',
      'an integer, a slice string, an integer array, a mask or null',
      i,
    );
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw new IndexError(`${fn}: index ${i} is out of bounds for axis ${axis} with size ${n}`);
  return j;
}

function parse(sel: unknown, n: number, fn: string, axis: number): Parsed {
  if (sel === null || sel === undefined) return { kind: 'all' };
  if (typeof sel === 'number') return { kind: 'int', i: wrapIndex(sel, n, fn, axis) };
  if (typeof sel === 'string') {
    if (sel.trim() === ':') return { kind: 'all' };
    return { kind: 'list', idx: sliceIndices(sel, n, fn, axis), array: false };
  }
  let a: NDArray;
  try {
    a = asarray(sel as ArrayInput);
  } catch {
    throw argumentError(
      fn,
      axis === 0 ? 'rows' : 'cols',
      'an integer, a slice string, an integer array, a mask or null',
      sel,
    );
  }
  if (a.ndim !== 1) throw new IndexError(`${fn}: index arrays must be 1-D, got shape [${a.shape.join(', ')}]`);
  if (a.dtype === 'bool') {
    if (a.size !== n) throw new IndexError(`${fn}: boolean index has length ${a.size}, but axis ${axis} has size ${n}`);
    const v = a.toArray() as boolean[];
    const idx: number[] = [];
    v.forEach((b, k) => {
      if (b) idx.push(k);
    });
    return { kind: 'list', idx: Int32Array.from(idx), array: true };
  }
  if (a.size === 0) return { kind: 'list', idx: new Int32Array(0), array: true };
  if (a.dtype.startsWith('float') || a.dtype.startsWith('complex')) {
    throw new IndexError(`${fn}: index arrays must have an integer or boolean dtype, got ${a.dtype}`);
  }
  const v = (astype(a, 'float64').toArray() as number[]).map((i) => wrapIndex(i, n, fn, axis));
  return { kind: 'list', idx: Int32Array.from(v), array: true };
}

function all(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = k;
  return out;
}

/** Rows `R` and columns `C` of a CSR matrix's arrays as a new CSR matrix's arrays (duplicates kept, columns sorted). */
function selectCsr(A: CompressedMatrix, R: Int32Array, C: Int32Array | null): CsrMatrix {
  const n = A.minorDim;
  const ap = rawIdx(A.indptr);
  const aj = rawIdx(A.indices);
  const ax = raw(head(A.data, A.nnz));
  const lanes = lanesOf(A.dtype);
  // occurrences of each column in C, as linked lists (C may repeat columns)
  let first: Int32Array | null = null;
  let next: Int32Array | null = null;
  if (C !== null) {
    first = new Int32Array(n).fill(-1);
    next = new Int32Array(C.length);
    for (let p = C.length - 1; p >= 0; p--) {
      next[p] = first[C[p]!]!;
      first[C[p]!] = p;
    }
  }
  const indptr = newArray('int32', R.length + 1) as NDArray<'int32'>;
  const cp = rawIdx(indptr);
  cp[0] = 0;
  let nnz = 0;
  for (let r = 0; r < R.length; r++) {
    const i = R[r]!;
    if (first === null || next === null) nnz += ap[i + 1]! - ap[i]!;
    else for (let k = ap[i]!; k < ap[i + 1]!; k++) for (let p = first[aj[k]!]!; p !== -1; p = next[p]!) nnz++;
    cp[r + 1] = nnz;
  }
  const indices = newArray('int32', nnz) as NDArray<'int32'>;
  const data = newArray(A.dtype, nnz);
  const cj = rawIdx(indices);
  const cx = raw(data);
  let w = 0;
  for (let r = 0; r < R.length; r++) {
    const i = R[r]!;
    for (let k = ap[i]!; k < ap[i + 1]!; k++) {
      if (first === null || next === null) {
        cj[w] = aj[k]!;
        for (let l = 0; l < lanes; l++) cx[lanes * w + l] = ax[lanes * k + l]!;
        w++;
      } else {
        for (let p = first[aj[k]!]!; p !== -1; p = next[p]!) {
          cj[w] = p;
          for (let l = 0; l < lanes; l++) cx[lanes * w + l] = ax[lanes * k + l]!;
          w++;
        }
      }
    }
  }
  if (C !== null) sortCompressed(R.length, cp, cj, cx, lanes);
  return CsrMatrix.build(data, indices, indptr, [R.length, C === null ? n : C.length], C !== null || undefined);
}

/** Entry (i, j) with duplicates summed (a number, `{re, im}` for complex, a boolean for bool). */
function entry(A: CompressedMatrix, i: number, j: number): number | boolean | { re: number; im: number } {
  const csr = A.format === 'csr';
  const major = csr ? i : j;
  const minor = csr ? j : i;
  const ap = rawIdx(A.indptr);
  const aj = rawIdx(A.indices);
  const ax = raw(head(A.data, A.nnz));
  const lanes = lanesOf(A.dtype);
  let re = 0;
  let im = 0;
  for (let k = ap[major]!; k < ap[major + 1]!; k++) {
    if (aj[k] !== minor) continue;
    re += ax[lanes * k]!;
    if (lanes === 2) im += ax[2 * k + 1]!;
  }
  if (lanes === 2) return { re, im };
  return A.dtype === 'bool' ? re !== 0 : re;
}

/**
 * Selects rows and columns (SciPy's `A[rows, cols]`). Each selector is an integer (negative
 * counts from the end), a slice string `'start:stop:step'`, `null`/`':'` for all, an integer
 * array or a boolean mask. Two integers give the entry (duplicates summed); two arrays pick
 * entries pairwise (a 1-D NDArray); anything else gives a sparse matrix of the selected rows and
 * columns (CSC for a CSC matrix, else CSR), an integer keeping its axis with length 1.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, 2], [0, 3, 0], [4, 0, 5]]);
 * index(a, 2, 0); // 4
 * index(a, '0:2', null).toDense().toArray(); // [[1, 0, 2], [0, 3, 0]]
 * index(a, [2, 0], [2, 0]).toArray(); // [5, 1]
 * index(a, null, [2, 0]).toDense().toArray(); // [[2, 1], [0, 0], [5, 4]]
 * ```
 */
export function index(a: SparseMatrix, rows: number, cols: number): number | boolean | { re: number; im: number };
export function index(a: SparseMatrix, rows: Selector, cols?: Selector): SparseMatrix;
export function index(
  a: SparseMatrix,
  rows: Selector,
  cols?: Selector,
): SparseMatrix | NDArray | number | boolean | { re: number; im: number };
export function index(
  a: SparseMatrix,
  rows: Selector,
  cols: Selector = null,
): SparseMatrix | NDArray | number | boolean | { re: number; im: number } {
  if (!isSparse(a)) throw argumentError('index', 'a', 'a sparse matrix', a);
  const fn = 'index';
  const [m, n] = a.shape;
  const r = parse(rows, m, fn, 0);
  const c = parse(cols, n, fn, 1);
  const A = (a.format === 'coo' ? a.tocsr() : a) as CompressedMatrix;
  if (r.kind === 'int' && c.kind === 'int') return entry(A, r.i, c.i);
  if (r.kind === 'list' && r.array && c.kind === 'list' && c.array) {
    if (r.idx.length !== c.idx.length) {
      throw new IndexError(`${fn}: index arrays of lengths ${r.idx.length} and ${c.idx.length} cannot be paired`);
    }
    const vals = Array.from(r.idx, (i, k) => entry(A, i, c.idx[k]!));
    return asarray(vals as never, A.dtype);
  }
  const R = r.kind === 'all' ? null : r.kind === 'int' ? Int32Array.of(r.i) : r.idx;
  const C = c.kind === 'all' ? null : c.kind === 'int' ? Int32Array.of(c.i) : c.idx;
  if (A.format === 'csr') return selectCsr(A, R ?? all(m), C);
  // CSC arrays are the CSR arrays of the transpose: select (C, R) there and transpose back
  const t = selectCsr(A.T as unknown as CompressedMatrix, C ?? all(n), R);
  return t.T as CscMatrix;
}

/**
 * Row `i` as a 1 × n sparse matrix (SciPy's `getrow`).
 *
 * @example
 * ```ts
 * getRow(csrMatrix([[1, 0], [0, 2]]), 1).toDense().toArray(); // [[0, 2]]
 * ```
 */
export function getRow(a: SparseMatrix, i: number): SparseMatrix {
  if (typeof i !== 'number') throw argumentError('getRow', 'i', 'an integer', i);
  return index(a, i, null);
}

/**
 * Column `j` as an m × 1 sparse matrix (SciPy's `getcol`).
 *
 * @example
 * ```ts
 * getCol(csrMatrix([[1, 0], [0, 2]]), 0).toDense().toArray(); // [[1], [0]]
 * ```
 */
export function getCol(a: SparseMatrix, j: number): SparseMatrix {
  if (typeof j !== 'number') throw argumentError('getCol', 'j', 'an integer', j);
  return index(a, null, j);
}
