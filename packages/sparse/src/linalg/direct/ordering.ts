/** Fill-reducing column orderings for the direct solvers: SuperLU's `permc_spec` names, computed by our AMD. */
import type { RawCsc } from './input.js';
import { amdOrder } from './kernels/amd.js';
import { ataPattern, symmetricPattern } from './kernels/pattern.js';

/**
 * SuperLU's column orderings. `'NATURAL'`: none; `'MMD_AT_PLUS_A'`: minimum degree of the graph of
 * A + Aᵀ (for matrices with a symmetric structure and a strong diagonal); `'MMD_ATA'` and
 * `'COLAMD'`: minimum degree of the column graph AᵀA (what partial-pivoting LU fills within).
 * All minimum-degree variants run this package's approximate minimum degree (AMD); `'COLAMD'` forms
 * AᵀA explicitly without its dense rows instead of running COLAMD's implicit version.
 */
export type PermcSpec = 'COLAMD' | 'MMD_AT_PLUS_A' | 'MMD_ATA' | 'NATURAL';

/** The permc_spec values, for argument checks. */
export const PERMC_SPECS: readonly PermcSpec[] = ['COLAMD', 'MMD_AT_PLUS_A', 'MMD_ATA', 'NATURAL'];

/** q[k] = the column of A to factor k-th. */
export function columnOrder(A: RawCsc, spec: PermcSpec): Int32Array {
  const { m, n, indptr, indices } = A;
  if (spec === 'NATURAL') {
    const q = new Int32Array(n);
    for (let i = 0; i < n; i++) q[i] = i;
    return q;
  }
  if (spec === 'MMD_AT_PLUS_A') {
    const g = symmetricPattern(n, indptr, indices);
    return amdOrder(n, g.ptr, g.idx);
  }
  const g = ataPattern(m, n, indptr, indices, Math.max(16, 10 * Math.sqrt(n)));
  return amdOrder(n, g.ptr, g.idx);
}

/** The inverse of a permutation. */
export function inversePermutation(p: Int32Array): Int32Array {
  const inv = new Int32Array(p.length);
  for (let k = 0; k < p.length; k++) inv[p[k]!] = k;
  return inv;
}
