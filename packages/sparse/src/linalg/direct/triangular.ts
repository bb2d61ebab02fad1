/** spsolveTriangular: forward or back substitution with a sparse triangular matrix (SciPy's `spsolve_triangular`). */
import { LinAlgError } from '@stride/linalg';
import { type ArrayInput, type NDArray, ValueError, is, signature } from '@stride/ndarray';
import { type MatrixInput, toRawCsc, toRhs } from './input.js';
import { fromColumns } from './result.js';

/** Options of {@link spsolveTriangular} (SciPy's keyword arguments, camelCase). */
export interface SpsolveTriangularOptions {
  /** Whether A is lower triangular (default true); only that triangle of A is read. */
  lower?: boolean;
  /** Accepted for compatibility (A is never modified here). */
  overwriteA?: boolean;
  /** Accepted for compatibility (b is never modified here). */
  overwriteB?: boolean;
  /** Take the diagonal of A as all ones, without reading it (default false). */
  unitDiagonal?: boolean;
}

const parseTri = signature<SpsolveTriangularOptions>(
  'spsolveTriangular',
  ['lower', 'overwriteA', 'overwriteB', 'unitDiagonal'],
  { lower: is.boolean, overwriteA: is.boolean, overwriteB: is.boolean, unitDiagonal: is.boolean },
);

/**
 * Solves A·x = b for a square triangular sparse A by substitution (SciPy's
 * `scipy.sparse.linalg.spsolve_triangular`). Entries of the other triangle are ignored, as in
 * LAPACK's triangular solvers; duplicate entries are summed.
 *
 * @param A - the n×n triangular matrix (sparse of any format, or dense 2-D).
 * @param b - an array of shape [n] or [n, k].
 * @param lower - whether A is lower triangular (default true).
 * @param unitDiagonal - take the diagonal as ones (default false).
 * @returns x of b's shape.
 * @throws {ValueError} when A is not square.
 * @throws {ShapeError} when b does not have n rows.
 * @throws {LinAlgError} "A is singular: zero entry on diagonal." (SciPy's message) when a diagonal entry is zero.
 *
 * @example
 * ```ts
 * spsolveTriangular([[2, 0], [1, 4]], [2, 9]).toArray(); // [1, 2]
 * spsolveTriangular([[2, 1], [0, 4]], [4, 8], { lower: false }).toArray(); // [1, 2]
 * ```
 */
export function spsolveTriangular(
  A: MatrixInput,
  b: ArrayInput,
  lower?: boolean,
  overwriteA?: boolean,
  overwriteB?: boolean,
  unitDiagonal?: boolean,
  options?: SpsolveTriangularOptions,
): NDArray<'float64'>;
export function spsolveTriangular(
  A: MatrixInput,
  b: ArrayInput,
  options?: SpsolveTriangularOptions,
): NDArray<'float64'>;
export function spsolveTriangular(A: MatrixInput, b: ArrayInput, ...rest: unknown[]): NDArray<'float64'> {
  const { lower = true, unitDiagonal = false } = parseTri(rest);
  const a = toRawCsc(A, 'spsolveTriangular');
  if (a.m !== a.n) {
    throw new ValueError(`spsolveTriangular: A must be a square matrix but its shape is (${a.m}, ${a.n})`);
  }
  const n = a.n;
  const rhs = toRhs(b, n, 'spsolveTriangular');
  const { indptr: ap, indices: ai, data: ax } = a;
  const diag = new Float64Array(n);
  if (unitDiagonal) diag.fill(1);
  else {
    for (let j = 0; j < n; j++) for (let p = ap[j]!; p < ap[j + 1]!; p++) if (ai[p] === j) diag[j]! += ax[p]!;
    for (let j = 0; j < n; j++) {
      if (diag[j] === 0) throw new LinAlgError(`spsolveTriangular: A is singular: zero entry on diagonal ${j}.`);
    }
  }
  for (let c = 0; c < rhs.k; c++) {
    const x = rhs.cols.subarray(c * n, (c + 1) * n);
    if (lower) {
      for (let j = 0; j < n; j++) {
        const xj = x[j]! / diag[j]!;
        x[j] = xj;
        for (let p = ap[j]!; p < ap[j + 1]!; p++) if (ai[p]! > j) x[ai[p]!]! -= ax[p]! * xj;
      }
    } else {
      for (let j = n - 1; j >= 0; j--) {
        const xj = x[j]! / diag[j]!;
        x[j] = xj;
        for (let p = ap[j]!; p < ap[j + 1]!; p++) if (ai[p]! < j) x[ai[p]!]! -= ax[p]! * xj;
      }
    }
  }
  return fromColumns(rhs.cols, n, rhs.shape);
}
