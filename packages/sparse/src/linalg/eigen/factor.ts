/** Inverses the eigensolvers apply: (A − σM)⁻¹ for shift-invert and M⁻¹ for generalised problems. */
import { asarray, type NDArray, ValueError } from '@stride/ndarray';
import { luFactor, luSolve } from '@stride/linalg';
import { eye } from '../../construct/basic.js';
import { csrMatrix } from '../../formats/construct.js';
import { isSparse, type SparseMatrix } from '../../formats/matrix.js';
import { luKernel } from '../direct/splu.js';
import { minres } from '../iterative/minres.js';
import {
  aslinearoperator,
  fromKernels,
  type Kernel,
  LinearOperator,
  type OperatorDType,
  type OperatorInput,
  rawOf,
  wrapRaw,
} from '../operator.js';

/** Complex sparse matrices up to this order are factored densely (larger ones by the sparse LU of their real form). */
const DENSE_LIMIT = 2500;

/** Whether a matrix argument is a dense array (neither an operator nor a sparse matrix). */
export function isDenseInput(A: OperatorInput): boolean {
  return !(A instanceof LinearOperator) && !isSparse(A);
}

/** The dense values of a matrix argument (dense arrays as they are; small sparse matrices expanded). */
function denseOf(A: OperatorInput, dtype: OperatorDType): Float64Array | null {
  if (A instanceof LinearOperator) return null;
  if (isSparse(A)) return A.shape[0] <= DENSE_LIMIT ? rawOf(A.toarray(), dtype).slice() : null;
  return rawOf(asarray(A), dtype).slice();
}

/** y = F⁻¹ x by LU of a dense n×n matrix given as raw storage. */
function denseSolver(f: Float64Array, n: number, dtype: OperatorDType, fn: string): Kernel {
  const factors = luFactor(wrapRaw(f, dtype, [n, n]));
  const diag = rawOf(factors.lu, dtype);
  const L = dtype === 'complex128' ? 2 : 1;
  for (let i = 0; i < n; i++) {
    const re = diag[(i * n + i) * L]!;
    const im = L === 2 ? diag[(i * n + i) * L + 1]! : 0;
    if (re === 0 && im === 0) {
      throw new ValueError(
        `${fn}: the shifted matrix A - sigma*M is exactly singular (sigma is an eigenvalue); move sigma`,
      );
    }
  }
  return (x, y) => {
    const r: NDArray = luSolve(factors, wrapRaw(x, dtype, [n]));
    y.set(rawOf(r, dtype));
  };
}

/** y = F⁻¹ x by the sparse LU of a sparse matrix (complex: factored in its real form). */
function sparseSolver(F: SparseMatrix, dtype: OperatorDType): Kernel {
  return luKernel(F, dtype === 'complex128');
}

/** Sparse matrices too large to factor densely go to the sparse LU (real or complex). */
function isLargeOrRealSparse(A: OperatorInput): A is SparseMatrix {
  return isSparse(A) && (A.shape[0] > DENSE_LIMIT || (A.dtype !== 'complex128' && A.dtype !== 'complex64'));
}

/**
 * A kernel applying (A − σM)⁻¹ (M the identity when null): the sparse LU for real sparse matrices
 * and large complex ones (in their real form), LAPACK's LU for dense ones (and small complex sparse ones), MINRES to near machine
 * precision for other real symmetric operators (SciPy iterates there too).
 */
export function shiftInvert(
  fn: string,
  A: OperatorInput,
  sigma: number,
  M: OperatorInput | null,
  dtype: OperatorDType,
  n: number,
): Kernel {
  if (isLargeOrRealSparse(A) && (M === null || !(M instanceof LinearOperator))) {
    const shift = M === null ? eye(n, { format: 'csr' }) : isSparse(M) ? M : csrMatrix(asarray(M));
    return sparseSolver(sigma === 0 ? A : (A.subtract(shift.scale(sigma)) as SparseMatrix), dtype);
  }
  const a = denseOf(A, dtype);
  const mm = M === null ? null : denseOf(M, dtype);
  const L = dtype === 'complex128' ? 2 : 1;
  if (a !== null && (M === null || mm !== null)) {
    if (mm === null) for (let i = 0; i < n; i++) a[(i * n + i) * L]! -= sigma;
    else for (let i = 0; i < a.length; i++) a[i]! -= sigma * mm[i]!;
    return denseSolver(a, n, dtype, fn);
  }
  const op = aslinearoperator(A).promote(dtype);
  const mop = M === null ? null : aslinearoperator(M).promote(dtype);
  if (dtype !== 'float64') {
    throw new ValueError(
      `${fn}: sigma with a large complex operator needs OPinv (an operator applying (A - sigma*M)^-1)`,
    );
  }
  const shifted = op.sub(mop === null ? identityLike(n).mul(sigma) : mop.mul(sigma));
  return iterativeInverse(shifted, n);
}

/** A kernel applying M⁻¹: sparse LU for a real sparse M, LAPACK's LU for a dense one, else MINRES (M symmetric positive definite). */
export function inverseOf(fn: string, M: OperatorInput, dtype: OperatorDType, n: number): Kernel {
  if (isLargeOrRealSparse(M)) return sparseSolver(M, dtype);
  const mm = denseOf(M, dtype);
  if (mm !== null) return denseSolver(mm, n, dtype, fn);
  if (dtype !== 'float64') throw new ValueError(`${fn}: a large complex M needs Minv (an operator applying M^-1)`);
  return iterativeInverse(aslinearoperator(M), n);
}

function identityLike(n: number): LinearOperator {
  const k: Kernel = (x, y) => y.set(x);
  return fromKernels([n, n], 'float64', k, k);
}

/** (op)⁻¹ x by MINRES to a relative residual near machine precision (SciPy uses GMRES/ LGMRES here). */
function iterativeInverse(op: LinearOperator, n: number): Kernel {
  return (x, y) => {
    const r = minres(op, wrapRaw(x.slice(), 'float64', [n]), { rtol: 1e-14, maxiter: 20 * n });
    y.set(rawOf(r.x, 'float64'));
  };
}
