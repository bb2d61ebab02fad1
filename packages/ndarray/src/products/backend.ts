/** The plug-in hook through which a BLAS provider (e.g. @stride/linalg) accelerates matrix products. */
import type { NDArray } from '../ndarray.js';

/**
 * A matrix-product provider: computes `out = a @ b` for one 2-D product and returns `true`, or
 * returns `false` to decline (Stride's JS kernel then computes it).
 *
 * Contract, as Stride calls it:
 * - `a` has shape `[M, K]`, `b` has `[K, N]`, `out` has `[M, N]`, with `M, N, K >= 1`.
 * - `a.dtype === b.dtype === out.dtype`, one of float32, float64, complex64, complex128 (operands of
 *   other dtypes were cast before the call).
 * - `a` and `b` have arbitrary strides (negative, zero for broadcast rows, transposed) and offsets;
 *   they must not be written.
 * - `out` is C-contiguous (strides `[N, 1]`), zero-filled, writable and shares no memory with `a` or
 *   `b`; it may start at a non-zero `offset` in its storage (one item of a batch).
 * - The call is synchronous; a provider that throws aborts the whole Stride call.
 *
 * Stride calls it once per 2-D product: per batch item for stacked `matmul`, or once on a merged
 * `[batch * M, K]` view when the batch layout allows, and for the 2-D products inside `dot`,
 * `inner`, `tensordot`, `einsum`, `trace`, `vecdot`. Products with an empty dimension never reach it.
 */
export type MatmulBackend = (a: NDArray, b: NDArray, out: NDArray) => boolean;

let current: MatmulBackend | null = null;

/**
 * Installs (or with `null` removes) the matrix-product provider, the plug-in hook for BLAS
 * providers. Returns the previous one so a caller can restore it.
 *
 * @param impl - the provider, or `null` for Stride's JS kernels only.
 * @returns the provider installed before this call.
 * @example
 * ```ts
 * const calls: number[][] = [];
 * const prev = setMatmulBackend((a, b, out) => { calls.push([...out.shape]); return false; });
 * matmul(ones([2, 3]), ones([3, 4]));  // JS kernel runs; calls is [[2, 4]]
 * setMatmulBackend(prev);
 * ```
 */
export function setMatmulBackend(impl: MatmulBackend | null): MatmulBackend | null {
  if (impl !== null && typeof impl !== 'function') {
    throw new TypeError('setMatmulBackend: expected a function or null');
  }
  const prev = current;
  current = impl;
  return prev;
}

/**
 * The installed matrix-product provider, or `null`.
 *
 * @returns the provider set by `setMatmulBackend`, or `null`.
 * @example
 * ```ts
 * getMatmulBackend(); // null (until a BLAS provider such as @stride/linalg registers itself)
 * ```
 */
export function getMatmulBackend(): MatmulBackend | null {
  return current;
}
