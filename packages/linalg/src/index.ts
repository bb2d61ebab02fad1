/**
 * @stride/linalg — numpy.linalg and scipy.linalg over LAPACK 3.11 + OpenBLAS 0.3.21 compiled to
 * WebAssembly. Importing the package loads the module once (top-level await); every function is
 * synchronous afterwards.
 * @packageDocumentation
 */
import { loadLapack } from '@stride/wasm';
import { installLinalg } from './native.js';

// The package's one side effect, declared in package.json `sideEffects`: load LAPACK into the
// runtime's memory and install it (LAPACK backend, OpenBLAS matmul for @stride/ndarray).
const lapack = await loadLapack();
installLinalg(lapack);

/**
 * Bytes in use on the runtime's heap: the one memory LAPACK shares with ndarray's large arrays
 * and results (for leak checks: a loop of calls must return it to its baseline once its
 * results are freed, by `tidy`, `dispose()` or the garbage collector).
 *
 * @example
 * ```ts
 * const before = heapBytesInUse();
 * tidy(() => solve([[2, 0], [0, 2]], [1, 1]).toArray()); // [0.5, 0.5]
 * heapBytesInUse() === before; // true
 * ```
 */
export function heapBytesInUse(): number {
  return lapack.heapUsage().inUse;
}

export { LinAlgError, lapackError } from './errors.js';
export { installLinalg } from './native.js';
export { det, inv, slogdet, solve } from './solve.js';
export { cholesky, eig, eigh, eigvals, eigvalsh, lu, luFactor, qr, svd, svdvals } from './decomp.js';
export type { EigResult, LUResult, QRResult, SVDResult } from './decomp.js';
export { cholSolve, lstsq, luSolve, solveTriangular } from './solvers.js';
export type { LstsqResult } from './solvers.js';
export { cond, expm, matrixPower, matrixRank, norm, pinv } from './norms.js';
export { dot, gemmInto, matmul } from './blas.js';
