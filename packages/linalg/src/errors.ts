/** LinAlgError and the one helper that turns LAPACK `info` codes into errors. */
import { StrideError, ValueError } from '@stride/ndarray';

/**
 * A linear-algebra failure: a singular matrix, a matrix that is not positive definite, an
 * algorithm that did not converge, or non-finite input.
 *
 * @example
 * ```ts
 * try { inv([[1, 2], [2, 4]]); } catch (e) { e instanceof LinAlgError; } // true: Singular matrix
 * ```
 */
export class LinAlgError extends StrideError {
  /** The LAPACK routine that reported the failure, when one did. */
  readonly routine: string | undefined;
  /** LAPACK's `info` value, when one was reported. */
  readonly info: number | undefined;
  constructor(message: string, routine?: string, info?: number) {
    super(message);
    this.name = 'LinAlgError';
    this.routine = routine;
    this.info = info;
  }
}

/** What a positive `info` means for a routine family (negative values are argument errors). */
const MEANING: Record<string, (info: number) => string> = {
  gesv: (i) => `Singular matrix: U[${i - 1}, ${i - 1}] is exactly zero`,
  getrf: (i) => `Singular matrix: U[${i - 1}, ${i - 1}] is exactly zero`,
  getri: (i) => `Singular matrix: U[${i - 1}, ${i - 1}] is exactly zero`,
  getrs: (i) => `Singular matrix (info ${i})`,
  potrf: (i) => `Matrix is not positive definite: the leading minor of order ${i} is not positive`,
  potrs: (i) => `Matrix is not positive definite (info ${i})`,
  trtrs: (i) => `Singular matrix: diagonal element ${i - 1} of the triangular matrix is zero`,
  gesdd: (i) => `SVD did not converge (${i} superdiagonals did not converge to zero)`,
  gesvd: (i) => `SVD did not converge (${i} superdiagonals did not converge to zero)`,
  gelsd: (i) => `SVD did not converge in linear least squares (${i} off-diagonal elements did not converge)`,
  syevd: (i) => `Eigenvalues did not converge (info ${i})`,
  heevd: (i) => `Eigenvalues did not converge (info ${i})`,
  geev: (i) => `Eigenvalues did not converge: the QR algorithm failed to compute all eigenvalues (info ${i})`,
};

/**
 * Turns a LAPACK `info` into an error: negative means argument `-info` was illegal (a bug in the
 * caller, so a ValueError naming it), positive means the matrix failed the routine's condition.
 *
 * @example
 * ```ts
 * const e = lapackError('dgesv', 2);
 * e.name;    // 'LinAlgError'
 * e.message; // 'dgesv: Singular matrix: U[1, 1] is exactly zero'
 * ```
 */
export function lapackError(routine: string, info: number): Error {
  if (info < 0) return new ValueError(`${routine}: illegal value in argument ${-info}`);
  const family = routine.slice(1).replace(/_$/, '');
  const meaning = MEANING[family]?.(info) ?? `failed with info ${info}`;
  return new LinAlgError(`${routine}: ${meaning}`, routine, info);
}
