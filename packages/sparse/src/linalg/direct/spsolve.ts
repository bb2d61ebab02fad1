/** spsolve and factorized: solving A·x = b through one sparse LU (SciPy's `spsolve`, `factorized`). */
import { type ArrayInput, DTypeError, type NDArray, ShapeError, is, signature } from '@stride/ndarray';
import { type CscMatrix, type CsrMatrix, type SparseMatrix, isSparse } from '../../formats/matrix.js';
import { type MatrixInput, denseToCsc, isComplexInput, toComplexRhs, toRawCsc, toRhs, toSquareCsc } from './input.js';
import { PERMC_SPECS, type PermcSpec } from './ordering.js';
import { type SuperLU, type Trans, anyLuOf, luOf, spluSettings } from './splu.js';
import { cscFromRaw, fromColumns } from './result.js';
import { asarray } from '@stride/ndarray';

/** Options of {@link spsolve} (SciPy's keyword arguments, camelCase). */
export interface SpsolveOptions {
  /** Column ordering (default `'COLAMD'`). */
  permcSpec?: PermcSpec;
  /** SciPy uses UMFPACK when it is installed; accepted for compatibility, the LU here is always used. */
  useUmfpack?: boolean;
}

const parseSpsolve = signature<SpsolveOptions>('spsolve', ['permcSpec', 'useUmfpack'], {
  permcSpec: is.choice(...PERMC_SPECS),
  useUmfpack: is.boolean,
});

/**
 * Solves A·x = b for a square sparse A (SciPy's `scipy.sparse.linalg.spsolve`), through the LU
 * of {@link splu} with the ordering `permcSpec`.
 *
 * - b of shape [n] or [n, 1] gives x of shape [n]; b of shape [n, k] gives [n, k].
 * - A sparse b gives a sparse x, in A's format (CSR for a CSR A, CSC otherwise).
 *
 * - Complex A or b (dense b) gives a complex x: a complex A is factored in its real form (see
 *   {@link splu}).
 *
 * Singular A: SciPy warns (MatrixRankWarning) and returns NaNs; JavaScript has no warnings
 * channel, so here a {@link LinAlgError} "Matrix is exactly singular" is thrown instead.
 *
 * @param A - the n×n matrix (sparse of any format, or dense 2-D).
 * @param b - right-hand side(s): an array of shape [n] or [n, k], or a sparse n×k matrix.
 * @param permcSpec - column ordering (default `'COLAMD'`).
 * @returns x with A·x = b.
 * @throws {ValueError} when A is not square ("matrix must be square").
 * @throws {ShapeError} when b does not have n rows.
 * @throws {LinAlgError} when A is exactly singular.
 *
 * @example
 * ```ts
 * spsolve([[4, 1, 0], [1, 3, 1], [0, 1, 2]], [5, 5, 3]).toArray(); // [1, 1, 1]
 * ```
 */
export function spsolve(
  A: MatrixInput,
  b: SparseMatrix,
  permcSpec?: PermcSpec,
  useUmfpack?: boolean,
  options?: SpsolveOptions,
): CscMatrix | CsrMatrix;
export function spsolve(A: MatrixInput, b: SparseMatrix, options?: SpsolveOptions): CscMatrix | CsrMatrix;
export function spsolve(
  A: MatrixInput,
  b: ArrayInput,
  permcSpec?: PermcSpec,
  useUmfpack?: boolean,
  options?: SpsolveOptions,
): NDArray;
export function spsolve(A: MatrixInput, b: ArrayInput, options?: SpsolveOptions): NDArray;
export function spsolve(A: MatrixInput, b: MatrixInput, ...rest: unknown[]): NDArray | CscMatrix | CsrMatrix {
  const { permcSpec = 'COLAMD' } = parseSpsolve(rest);
  const complex = isComplexInput(A) || (!isSparse(b) && isComplexInput(b));
  if (complex && !isSparse(b)) {
    const lu = anyLuOf(A, permcSpec, 1, 'spsolve');
    const n = lu.shape[0];
    const rhs = toComplexRhs(b, n, 'spsolve');
    // b of shape [n, 1] gives x of shape [n], as SciPy
    const bb = rhs.shape.length === 2 && rhs.shape[1] === 1 ? asarray(b as ArrayInput).reshape([n]) : b;
    return lu.solve(bb as ArrayInput);
  }
  if (complex || (isSparse(b) && isComplexInput(b))) {
    throw new DTypeError('spsolve: a complex system with a sparse b is not supported yet; pass b dense');
  }
  const a = toSquareCsc(A, 'spsolve');
  const n = a.n;
  if (isSparse(b)) {
    const bc = toRawCsc(b, 'spsolve', 'b');
    if (bc.m !== n) {
      throw new ShapeError(
        `spsolve: b has shape [${bc.m}, ${bc.n}], expected ${n} rows to match A of shape [${n}, ${n}]`,
      );
    }
    const lu = luOf(a, permcSpec, 1, 'spsolve');
    const x = sparseSolve(lu, bc.n, n, bc.indptr, bc.indices, bc.data);
    return isSparse(A) && A.format === 'csr' ? x.tocsr() : x;
  }
  const rhs = toRhs(b, n, 'spsolve');
  const lu = luOf(a, permcSpec, 1, 'spsolve');
  const shape = rhs.shape.length === 2 && rhs.shape[1] === 1 ? [n] : rhs.shape;
  return lu.solve(fromColumns(rhs.cols, n, shape));
}

/** Column-by-column solve of a sparse right-hand side; the result keeps only the nonzeros. */
function sparseSolve(lu: SuperLU, k: number, n: number, bp: Int32Array, bi: Int32Array, bx: Float64Array): CscMatrix {
  const cols = new Float64Array(n * k);
  for (let j = 0; j < k; j++) for (let p = bp[j]!; p < bp[j + 1]!; p++) cols[j * n + bi[p]!]! += bx[p]!;
  const x = k === 0 || n === 0 ? cols : (lu.solve(fromColumns(cols, n, [n, k])).data as Float64Array);
  // x is row-major [n, k]: keep each column's nonzeros.
  const c = denseToCsc(n, k, x);
  return cscFromRaw(n, k, c.indptr, c.indices, c.data);
}

/**
 * Factors A once and returns a function solving A·x = b for any b (SciPy's
 * `scipy.sparse.linalg.factorized`); the function takes `trans` (`'N'`, `'T'`, `'H'`) like
 * {@link SuperLU.solve}. Options are {@link splu}'s.
 *
 * @param A - the n×n matrix (sparse of any format, or dense 2-D).
 * @returns `solve(b, trans?)` giving x of b's shape.
 * @throws {ValueError} when A is not square.
 * @throws {LinAlgError} when A is exactly singular.
 *
 * @example
 * ```ts
 * const solve = factorized([[2, 0], [1, 4]]);
 * solve([2, 9]).toArray(); // [1, 2]
 * solve([2, 8], 'T').toArray(); // [0, 2]
 * ```
 */
export function factorized(
  A: MatrixInput,
  options?: { permcSpec?: PermcSpec; diagPivotThresh?: number },
): (b: ArrayInput, trans?: Trans) => NDArray {
  const { spec, thresh } = spluSettings(options === undefined ? [] : [options], 'factorized');
  const lu = anyLuOf(A, spec, thresh, 'factorized');
  return (b: ArrayInput, trans?: Trans) => (trans === undefined ? lu.solve(b) : lu.solve(b, trans));
}
