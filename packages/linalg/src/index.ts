/**
 * @stride/linalg — numpy.linalg and scipy.linalg over LAPACK 3.11 + OpenBLAS 0.3.21 compiled to
 * WebAssembly. Importing the package loads the module once (top-level await); every function is
 * synchronous afterwards.
 * @packageDocumentation
 */
import { type WasmFunction, loadLapack } from '@stride/wasm';
import { setMatmulBackend } from '@stride/ndarray';
import { gemmInto } from './blas.js';
import { installNative } from './native.js';

const lapack = await loadLapack();
const cache = new Map<string, WasmFunction>();
installNative({
  buffer: () => lapack.u8().buffer as ArrayBuffer,
  malloc: (bytes) => lapack.malloc(bytes),
  free: (ptr) => lapack.free(ptr),
  call: (name, args) => {
    let f = cache.get(name);
    if (f === undefined) {
      f = lapack.routine(name);
      cache.set(name, f);
    }
    f(...args);
  },
  takeXerbla: () => {
    const x = lapack.xerblaInfo();
    if (x === undefined) return null;
    lapack.resetXerbla();
    return { routine: x.routine, arg: x.argument };
  },
});

// @stride/ndarray's matmul/dot/einsum hand their 2-D float products to OpenBLAS from now on.
setMatmulBackend(gemmInto);

/**
 * Bytes currently allocated on the LAPACK module's heap (for leak checks: a loop of calls must
 * return it to its baseline).
 *
 * @example
 * ```ts
 * const before = heapBytesInUse();
 * solve([[2, 0], [0, 2]], [1, 1]);
 * heapBytesInUse() === before; // true
 * ```
 */
export function heapBytesInUse(): number {
  return lapack.heapUsage().inUse;
}

export { LinAlgError, lapackError } from './errors.js';
export { det, inv, slogdet, solve } from './solve.js';
export { cholesky, eig, eigh, eigvals, eigvalsh, lu, luFactor, qr, svd, svdvals } from './decomp.js';
export type { EigResult, LUResult, QRResult, SVDResult } from './decomp.js';
export { cholSolve, lstsq, luSolve, solveTriangular } from './solvers.js';
export type { LstsqResult } from './solvers.js';
export { cond, expm, matrixPower, matrixRank, norm, pinv } from './norms.js';
export { dot, gemmInto, matmul } from './blas.js';
