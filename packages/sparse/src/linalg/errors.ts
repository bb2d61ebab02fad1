/** The eigensolvers' error classes: ARPACK's names, with the converged pairs carried along. */
import { type NDArray, StrideError } from '@stride/ndarray';

/**
 * An eigensolver failure (SciPy's `ArpackError`): a breakdown the iteration cannot recover from.
 *
 * @example
 * ```ts
 * new ArpackError('eigsh: breakdown').name; // 'ArpackError'
 * ```
 */
export class ArpackError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'ArpackError';
  }
}

/**
 * The eigensolver stopped at its iteration cap before `k` pairs met the tolerance (SciPy's
 * `ArpackNoConvergence`). Unlike ARPACK behind SciPy, the pairs that did converge come with it:
 * `eigenvalues` (1-D) and `eigenvectors` (columns), in the order the solver returns them
 * (for `svds`, `eigenvalues` holds the converged singular values).
 *
 * @example
 * ```ts
 * const e = new ArpackNoConvergence('eigsh: no convergence', array([1]), array([[1], [0]]));
 * e.eigenvalues.toArray(); // [1]
 * ```
 */
export class ArpackNoConvergence extends ArpackError {
  /** The eigenvalues (or singular values) that converged. */
  readonly eigenvalues: NDArray;
  /** Their eigenvectors (or left singular vectors), one per column. */
  readonly eigenvectors: NDArray;
  constructor(message: string, eigenvalues: NDArray, eigenvectors: NDArray) {
    super(message);
    this.name = 'ArpackNoConvergence';
    this.eigenvalues = eigenvalues;
    this.eigenvectors = eigenvectors;
  }
}
