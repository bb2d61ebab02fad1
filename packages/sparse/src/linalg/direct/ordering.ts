/** Fill-reducing column orderings for the direct solvers: SuperLU's `permc_spec` names, computed by our AMD. */
import type { RawCsc } from './input.js';
import { amdOrder, colamdOrder } from './kernels/amd.js';
import { columnCounts, etree } from './kernels/cholesky.js';
import { ataPattern, permutedUpper, symmetricPattern, transpose } from './kernels/pattern.js';

/**
 * SuperLU's column orderings. `'NATURAL'`: none. `'MMD_AT_PLUS_A'`: minimum degree of the graph of
 * A + Aᵀ (for a symmetric structure and a strong diagonal). `'MMD_ATA'`: minimum degree of the
 * graph of AᵀA, formed explicitly. `'COLAMD'` (the default): minimum degree of the column graph
 * AᵀA through its quotient graph with one element per row (COLAMD's formulation), except that a
 * matrix whose pattern is mostly symmetric (at least half of the off-diagonal entries matched)
 * with a full diagonal gets the A + Aᵀ ordering instead, as UMFPACK's automatic strategy does:
 * for such matrices it fills in far less; and a banded matrix whose band is mostly full keeps its
 * natural order under `'COLAMD'` (LU with partial pivoting fills at most the band: rows below,
 * twice the band above), which no reordering improves on. All minimum-degree variants run this package's
 * approximate minimum degree (Amestoy, Davis & Duff) written in TypeScript.
 */
export type PermcSpec = 'COLAMD' | 'MMD_AT_PLUS_A' | 'MMD_ATA' | 'NATURAL';

/** The permc_spec values, for argument checks. */
export const PERMC_SPECS: readonly PermcSpec[] = ['COLAMD', 'MMD_AT_PLUS_A', 'MMD_ATA', 'NATURAL'];

/**
 * Whether a square pattern is "symmetric enough" for the A + Aᵀ ordering: every diagonal entry
 * stored and at least half of the off-diagonal entries matched by their transpose.
 */
export function nearlySymmetric(n: number, ptr: Int32Array, idx: Int32Array): boolean {
  const t = transpose(n, n, ptr, idx, null);
  const mark = new Int32Array(n).fill(-1);
  let off = 0;
  let matched = 0;
  for (let j = 0; j < n; j++) {
    let diag = false;
    for (let p = t.ptr[j]!; p < t.ptr[j + 1]!; p++) mark[t.idx[p]!] = j; // row j of A
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const i = idx[p]!;
      if (i === j) {
        diag = true;
        continue;
      }
      off++;
      if (mark[i] === j) matched++;
    }
    if (!diag) return false;
  }
  return matched >= 0.5 * off;
}

/** Whether the band of a square matrix is mostly full: band LU fill (3·bandwidth·n) at most twice nnz(A). */
export function denseBand(n: number, ptr: Int32Array, idx: Int32Array): boolean {
  let bw = 0;
  for (let j = 0; j < n; j++) {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const d = Math.abs(idx[p]! - j);
      if (d > bw) bw = d;
    }
  }
  return 3 * bw * n <= 2 * ptr[n]!;
}

/**
 * nnz of the Cholesky factor of the pattern A + Aᵀ (given as `g`, both triangles) ordered by q:
 * what L and U each hold when LU keeps its pivots on the diagonal (a capacity hint for the LU).
 */
function symmetricFill(n: number, g: { ptr: Int32Array; idx: Int32Array }, q: Int32Array): number {
  const c = permutedUpper(n, g.ptr, g.idx, null, inversePermutation(q));
  const counts = columnCounts(n, c.ptr, c.idx, etree(n, c.ptr, c.idx));
  let nnz = 0;
  for (let j = 0; j < n; j++) nnz += counts[j]!;
  return nnz;
}

/** A column order and, for the symmetric orderings, the expected nnz of L (and of U). */
export function columnOrderWithFill(A: RawCsc, spec: PermcSpec): { q: Int32Array; fill: number } {
  const { m, n, indptr, indices } = A;
  if (
    spec === 'MMD_AT_PLUS_A' ||
    (spec === 'COLAMD' && m === n && !denseBand(n, indptr, indices) && nearlySymmetric(n, indptr, indices))
  ) {
    const g = symmetricPattern(n, indptr, indices);
    const q = amdOrder(n, g.ptr, g.idx);
    return { q, fill: symmetricFill(n, g, q) };
  }
  return { q: columnOrder(A, spec), fill: 0 };
}

/** q[k] = the column of A to factor k-th. */
export function columnOrder(A: RawCsc, spec: PermcSpec): Int32Array {
  const { m, n, indptr, indices } = A;
  if (spec === 'NATURAL' || (spec === 'COLAMD' && m === n && denseBand(n, indptr, indices))) {
    const q = new Int32Array(n);
    for (let i = 0; i < n; i++) q[i] = i;
    return q;
  }
  if (spec === 'MMD_AT_PLUS_A' || (spec === 'COLAMD' && m === n && nearlySymmetric(n, indptr, indices))) {
    const g = symmetricPattern(n, indptr, indices);
    return amdOrder(n, g.ptr, g.idx);
  }
  if (spec === 'COLAMD') return colamdOrder(m, n, indptr, indices);
  const g = ataPattern(m, n, indptr, indices, Math.max(16, 10 * Math.sqrt(n)));
  return amdOrder(n, g.ptr, g.idx);
}

/** The inverse of a permutation. */
export function inversePermutation(p: Int32Array): Int32Array {
  const inv = new Int32Array(p.length);
  for (let k = 0; k < p.length; k++) inv[p[k]!] = k;
  return inv;
}
