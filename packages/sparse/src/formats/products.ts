/** Matrix products of sparse matrices: with a scalar, a dense vector or matrix, and another sparse matrix (SpGEMM). */
import {
  type ArrayInput,
  type Complex,
  type DType,
  type NDArray,
  ShapeError,
  argumentError,
  asarray,
  ascontiguousarray,
  astype,
  copy as ndCopy,
  empty,
  multiply,
  zeros,
} from '@stride/ndarray';
import {
  complexMatmat,
  cscMatmat,
  cscMatvec,
  csrMatmat,
  csrMatvec,
  spgemmCount,
  spgemmFill,
  spgemmFillComplex,
} from '../kernels/compressed.js';
import { nativeCsrProduct, nativeSpgemm } from '../kernels/native.js';
import { type CompressedMatrix, CooMatrix, CscMatrix, CsrMatrix, type SparseMatrix, isSparse } from './matrix.js';
import { computeDType, head, lanesOf, newArray, raw, rawIdx, upcast } from './util.js';

/** Whether `x` is a complex scalar `{re, im}` (a plain object with exactly those two numbers). */
export function isComplexScalar(x: unknown): x is Complex {
  if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) return false;
  const k = Object.keys(x);
  return k.length === 2 && typeof (x as Complex).re === 'number' && typeof (x as Complex).im === 'number';
}

/** The compressed form of a matrix (COO converts to CSR). */
export function compressed(a: SparseMatrix): CompressedMatrix {
  return a.format === 'coo' ? a.tocsr() : (a as CompressedMatrix);
}

/** The values of a compressed matrix in dtype `d` (no copy when they already are). */
function valuesAs(a: CompressedMatrix, d: DType): Float64Array | Float32Array {
  const v = head(a.data, a.nnz);
  return raw(v.dtype === d ? v : astype(v, d)) as Float64Array | Float32Array;
}

/** Same format, same structure, new values (index arrays copied so the two matrices stay independent). */
export function withData(a: SparseMatrix, data: NDArray): SparseMatrix {
  if (a.format === 'coo') {
    const c = a as CooMatrix;
    return new CooMatrix(data, ndCopy(c.row) as NDArray<'int32'>, ndCopy(c.col) as NDArray<'int32'>, c.shape);
  }
  const c = a as CompressedMatrix;
  const indices = ndCopy(head(c.indices, c.nnz)) as NDArray<'int32'>;
  const indptr = ndCopy(c.indptr) as NDArray<'int32'>;
  const sorted = c.hasSortedIndices;
  return a.format === 'csr'
    ? CsrMatrix.build(data, indices, indptr, c.shape, sorted)
    : CscMatrix.build(data, indices, indptr, c.shape, sorted);
}

/** `a * s` for a scalar `s` (SciPy's dtype rules: a Python scalar is weak). */
export function scaleBy(a: SparseMatrix, s: number | Complex): SparseMatrix {
  const d = a.format === 'coo' ? a.data : head(a.data, a.nnz);
  return withData(a, multiply(d, s) as NDArray);
}

/** `a @ x`: sparse for sparse or scalar `x`, an NDArray for dense `x`. */
export function dotImpl(a: SparseMatrix, x: unknown, fn: string): SparseMatrix | NDArray {
  if (isSparse(x)) return spmatmul(a, x, fn);
  if (typeof x === 'number' || isComplexScalar(x)) return scaleBy(a, x);
  return matmulDense(a, x, fn);
}

/** `a @ x` for dense `x` (1-D: a vector result; 2-D: a matrix). */
export function matmulDense(a: SparseMatrix, x: unknown, fn: string): NDArray {
  if (x === undefined || x === null || typeof x === 'string' || typeof x === 'boolean' || typeof x === 'function') {
    throw argumentError(fn, 'x', 'a sparse matrix, an array or a scalar', x);
  }
  let X: NDArray;
  try {
    X = asarray(x as ArrayInput);
  } catch (e) {
    if (e instanceof TypeError) throw argumentError(fn, 'x', 'a sparse matrix, an array or a scalar', x);
    throw e;
  }
  const [m, n] = a.shape;
  if (X.ndim === 0) throw new ShapeError(`${fn}: x must be 1-D or 2-D, got a 0-d array; pass a number to scale`);
  if (X.ndim > 2 || X.shape[0] !== n) {
    throw new ShapeError(
      `${fn}: dimension mismatch: matrix of shape [${m}, ${n}] times array of shape [${X.shape.join(', ')}]`,
    );
  }
  const res = upcast(a.dtype, X.dtype);
  const cd = computeDType(res);
  const A = compressed(a);
  const vals = valuesAs(A, cd);
  const xc = ascontiguousarray(X.dtype === cd ? X : astype(X, cd));
  const xv = raw(xc) as Float64Array | Float32Array;
  const nVec = X.ndim === 1 ? 1 : (X.shape[1] as number);
  const outShape = X.ndim === 1 ? [m] : [m, nVec];
  const csr = A.format === 'csr';
  const complex = lanesOf(cd) === 2;
  const out = csr && !complex ? empty(outShape, cd) : zeros(outShape, cd);
  const y = raw(out) as Float64Array | Float32Array;
  const ip = rawIdx(A.indptr);
  const ix = rawIdx(A.indices);
  if (complex) complexMatmat(csr, A.majorDim, nVec, ip, ix, vals, xv, y);
  else if (nVec === 1 && X.ndim === 1) {
    if (
      cd === 'float64' &&
      nativeCsrProduct(
        !csr,
        csr ? m : n,
        csr ? n : m,
        ip,
        ix,
        vals as Float64Array,
        xv as Float64Array,
        y as Float64Array,
      )
    ) {
      // done natively (the arrays live in the runtime's heap)
    } else if (csr) csrMatvec(m, ip, ix, vals, xv, y);
    else cscMatvec(n, ip, ix, vals, xv, y);
  } else if (csr) csrMatmat(m, nVec, ip, ix, vals, xv, y);
  else cscMatmat(n, nVec, ip, ix, vals, xv, y);
  return res === cd ? out : astype(out, res);
}

/** C = A B for CSR arrays of A (p × q) and B (q × r): Gustavson's row-by-row algorithm. */
function spgemm(
  p: number,
  r: number,
  A: CompressedMatrix,
  B: CompressedMatrix,
  cd: DType,
): { data: NDArray; indices: NDArray<'int32'>; indptr: NDArray<'int32'> } {
  const ap = rawIdx(A.indptr);
  const aj = rawIdx(A.indices);
  const bp = rawIdx(B.indptr);
  const bj = rawIdx(B.indices);
  if (cd === 'float64') {
    const c = nativeSpgemm(p, r, ap, aj, valuesAs(A, cd) as Float64Array, bp, bj, valuesAs(B, cd) as Float64Array);
    if (c !== null) return c;
  }
  const indptr = newArray('int32', p + 1) as NDArray<'int32'>;
  const cp = rawIdx(indptr);
  const bound = spgemmCount(p, r, ap, aj, bp, bj, cp);
  let indices = newArray('int32', bound) as NDArray<'int32'>;
  let data = newArray(cd, bound);
  const fill = lanesOf(cd) === 2 ? spgemmFillComplex : spgemmFill;
  const nnz = fill(
    p,
    r,
    ap,
    aj,
    valuesAs(A, cd),
    bp,
    bj,
    valuesAs(B, cd),
    cp,
    rawIdx(indices),
    raw(data) as Float64Array | Float32Array,
  );
  indices = head(indices, nnz) as NDArray<'int32'>;
  data = head(data, nnz);
  return { data, indices, indptr };
}

/** `a @ b` for two sparse matrices: CSC when `a` is CSC, else CSR (SciPy's choice). */
export function spmatmul(a: SparseMatrix, b: SparseMatrix, fn: string): SparseMatrix {
  const [m, k] = a.shape;
  const [k2, n] = b.shape;
  if (k !== k2) {
    throw new ShapeError(`${fn}: dimension mismatch: matrices of shape [${m}, ${k}] and [${k2}, ${n}]`);
  }
  const res = upcast(a.dtype, b.dtype);
  const cd = computeDType(res);
  let out: CompressedMatrix;
  if (a.format === 'csc') {
    // CSC(C) holds the CSR arrays of Cᵀ = Bᵀ Aᵀ; the CSC arrays of a matrix are the CSR arrays of its transpose.
    const { data, indices, indptr } = spgemm(n, m, b.tocsc(), a as CscMatrix, cd);
    out = CscMatrix.build(data, indices, indptr, [m, n]);
  } else {
    const { data, indices, indptr } = spgemm(m, n, a.tocsr(), b.tocsr(), cd);
    out = CsrMatrix.build(data, indices, indptr, [m, n]);
  }
  return res === cd ? out : out.astype(res, false);
}
