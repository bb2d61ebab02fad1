/** spcholesky: sparse Cholesky factorisation of a symmetric positive definite matrix with an AMD ordering. */
import { LinAlgError } from '@stride/linalg';
import { type ArrayInput, type NDArray, is, signature } from '@stride/ndarray';
import type { CscMatrix } from '../../formats/matrix.js';
import { type MatrixInput, toRhs, toSquareCsc } from './input.js';
import { amdOrder } from './kernels/amd.js';
import { cholSolveInPlace, choleskyUpLooking, columnCounts, etree } from './kernels/cholesky.js';
import { permutedUpper, symmetricPattern, transpose } from './kernels/pattern.js';
import {
  supernodalNumeric,
  supernodalSolveInPlace,
  supernodalSymbolic,
  supernodalToCsc,
} from './kernels/supernodal.js';
import { inversePermutation } from './ordering.js';
import { cscFromRaw, fromColumns, int32Array } from './result.js';

/**
 * The matrix given to {@link spcholesky} is not positive definite: the pivot of `column` (of A)
 * was not positive. A {@link LinAlgError}.
 *
 * @example
 * ```ts
 * spcholesky([[1, 2], [2, 1]]); // throws NotPositiveDefiniteError
 * ```
 */
export class NotPositiveDefiniteError extends LinAlgError {
  /** The column of A (original numbering) whose pivot was not positive. */
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.name = 'NotPositiveDefiniteError';
    this.column = column;
  }
}

/** Options of {@link spcholesky}. */
export interface SpcholeskyOptions {
  /** Fill-reducing ordering: `'amd'` (default) or `'natural'` (none). */
  ordering?: 'amd' | 'natural';
  /**
   * Supernodal factorisation (default true): columns with nested patterns factored together as
   * dense panels. `false`: the simplicial up-looking factorisation, one row of L at a time.
   */
  supernodal?: boolean;
}

/**
 * A sparse Cholesky factorisation `A[perm][:, perm] = L · Lᵀ` (row and column k of the permuted
 * matrix are row and column `perm[k]` of A), L lower triangular with a positive diagonal.
 */
export interface SparseCholesky {
  /** The shape of A. */
  readonly shape: [number, number];
  /** Stored entries of L. */
  readonly nnz: number;
  /** The fill-reducing permutation: position k holds column `perm[k]` of A. */
  readonly perm: NDArray<'int32'>;
  /** The lower triangular factor of the permuted matrix (CSC, sorted indices). */
  readonly L: CscMatrix;
  /** Solves A·x = b for b of shape [n] or [n, k]; x has b's shape. */
  solve(b: ArrayInput): NDArray<'float64'>;
  /** log(det A) = 2 Σ log L_kk (finite where det A would overflow). */
  logdet(): number;
}

const parseChol = signature<SpcholeskyOptions>('spcholesky', ['ordering'], {
  ordering: is.choice('amd', 'natural'),
  supernodal: is.boolean,
});

/**
 * Sparse Cholesky factorisation of a symmetric positive definite matrix (what CHOLMOD's
 * `cholesky` gives SciPy users through scikit-sparse): an approximate minimum degree ordering of
 * the graph of A, the elimination tree, symbolic column counts, then a supernodal left-looking
 * numeric factorisation (columns with nested patterns factored together as dense panels), or
 * with `supernodal: false` the simplicial up-looking one (row k of L from a sparse triangular
 * solve). Only the lower triangle of A is read.
 *
 * @param A - the n×n symmetric positive definite matrix (sparse of any format, or dense 2-D).
 * @param ordering - `'amd'` (default) or `'natural'`.
 * @returns a {@link SparseCholesky} with `solve`, `L`, `perm`, `logdet`.
 * @throws {ValueError} when A is not square.
 * @throws {NotPositiveDefiniteError} (a LinAlgError) naming the column whose pivot was not positive.
 *
 * @example
 * ```ts
 * const f = spcholesky([[4, 2, 0], [2, 5, 1], [0, 1, 3]]);
 * f.solve([6, 8, 4]).toArray(); // [1, 1, 1]
 * f.logdet(); // 3.78418963391826 (log 44)
 * ```
 */
export function spcholesky(A: MatrixInput, ordering?: 'amd' | 'natural', options?: SpcholeskyOptions): SparseCholesky;
export function spcholesky(A: MatrixInput, options?: SpcholeskyOptions): SparseCholesky;
export function spcholesky(A: MatrixInput, ...rest: unknown[]): SparseCholesky {
  const { ordering = 'amd', supernodal = true } = parseChol(rest);
  const a = toSquareCsc(A, 'spcholesky');
  const n = a.n;
  let perm: Int32Array;
  if (ordering === 'amd') {
    const g = symmetricPattern(n, a.indptr, a.indices);
    perm = amdOrder(n, g.ptr, g.idx);
  } else {
    perm = new Int32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
  }
  const pinv = inversePermutation(perm);
  // C: the upper triangle of P·A·Pᵀ, from the lower triangle of A.
  const { ptr: cp, idx: ci, val: cx } = permutedUpper(n, a.indptr, a.indices, a.data, pinv);
  const parent = etree(n, cp, ci);
  const counts = columnCounts(n, cp, ci, parent);
  const fail = (bad: number): NotPositiveDefiniteError =>
    new NotPositiveDefiniteError(
      `spcholesky: Matrix is not positive definite: the pivot of column ${perm[bad]} of A (step ${bad}) is not positive`,
      perm[bad]!,
    );
  if (supernodal) {
    const F = supernodalSymbolic(n, cp, ci, parent, counts);
    const lower = transpose(n, n, cp, ci, cx!);
    const bad = supernodalNumeric(F, lower.ptr, lower.idx, lower.val!);
    if (bad >= 0) throw fail(bad);
    let nnz = 0;
    for (let j = 0; j < n; j++) nnz += counts[j]!;
    return new CholeskyImpl(
      n,
      perm,
      nnz,
      () => supernodalToCsc(F),
      (y) => supernodalSolveInPlace(F, y),
    );
  }
  const lp = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) lp[j + 1] = lp[j]! + counts[j]!;
  const li = new Int32Array(lp[n]!);
  const lx = new Float64Array(lp[n]!);
  const bad = choleskyUpLooking(n, cp, ci, cx!, parent, lp, li, lx);
  if (bad >= 0) throw fail(bad);
  return new CholeskyImpl(
    n,
    perm,
    lp[n]!,
    () => ({ lp, li, lx }),
    (y) => cholSolveInPlace(n, lp, li, lx, y),
  );
}

interface RawFactor {
  lp: Int32Array;
  li: Int32Array;
  lx: Float64Array;
}

class CholeskyImpl implements SparseCholesky {
  readonly shape: [number, number];
  readonly perm: NDArray<'int32'>;
  private _raw: RawFactor | undefined;
  private _L: CscMatrix | undefined;
  constructor(
    private readonly n: number,
    private readonly p: Int32Array,
    readonly nnz: number,
    private readonly raw: () => RawFactor,
    private readonly solveInPlace: (y: Float64Array) => void,
  ) {
    this.shape = [n, n];
    this.perm = int32Array(p);
  }

  private factor(): RawFactor {
    this._raw ??= this.raw();
    return this._raw;
  }

  get L(): CscMatrix {
    const { lp, li, lx } = this.factor();
    this._L ??= cscFromRaw(this.n, this.n, lp.slice(), li.slice(), lx.slice());
    return this._L;
  }

  solve(b: ArrayInput): NDArray<'float64'> {
    const { n, p } = this;
    const rhs = toRhs(b, n, 'SparseCholesky.solve');
    const y = new Float64Array(n);
    for (let c = 0; c < rhs.k; c++) {
      const x = rhs.cols.subarray(c * n, (c + 1) * n);
      for (let k = 0; k < n; k++) y[k] = x[p[k]!]!;
      this.solveInPlace(y);
      for (let k = 0; k < n; k++) x[p[k]!] = y[k]!;
    }
    return fromColumns(rhs.cols, n, rhs.shape);
  }

  logdet(): number {
    const { lp, lx } = this.factor();
    let s = 0;
    for (let j = 0; j < this.n; j++) s += Math.log(lx[lp[j]!]!);
    return 2 * s;
  }
}
