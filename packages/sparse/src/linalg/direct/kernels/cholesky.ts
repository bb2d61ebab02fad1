/**
 * Sparse Cholesky kernels: elimination tree, row patterns by elimination-tree reach, symbolic
 * column counts and the up-looking numeric factorisation (row k of L from a sparse triangular
 * solve with the rows above it; Davis, "Direct Methods for Sparse Linear Systems", SIAM 2006, ch. 4).
 * The input C is the upper triangle (row ≤ column) of the symmetrically permuted matrix.
 */

/** parent[j] of the elimination tree of C (upper triangle in CSC), −1 for a root. */
export function etree(n: number, cp: Int32Array, ci: Int32Array): Int32Array {
  const parent = new Int32Array(n).fill(-1);
  const ancestor = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    for (let p = cp[k]!; p < cp[k + 1]!; p++) {
      // Walk from i to the root of its current subtree, compressing the path towards k.
      let i = ci[p]!;
      while (i !== -1 && i < k) {
        const next = ancestor[i]!;
        ancestor[i] = k;
        if (next === -1) parent[i] = k;
        i = next;
      }
    }
  }
  return parent;
}

/**
 * The pattern of row k of L (without the diagonal) in topological order: the nodes met walking
 * up the elimination tree from each i < k of column k of C, stopping at nodes already met.
 * Written to s[top..n); returns top. `flag` must not hold k on entry for unmet nodes.
 */
export function ereach(
  k: number,
  cp: Int32Array,
  ci: Int32Array,
  parent: Int32Array,
  s: Int32Array,
  path: Int32Array,
  flag: Int32Array,
): number {
  const n = parent.length;
  let top = n;
  flag[k] = k;
  for (let p = cp[k]!; p < cp[k + 1]!; p++) {
    let i = ci[p]!;
    if (i > k) continue;
    let len = 0;
    while (flag[i] !== k) {
      path[len++] = i;
      flag[i] = k;
      i = parent[i]!;
    }
    while (len > 0) s[--top] = path[--len]!;
  }
  return top;
}

/** Column counts of L (diagonal included), from the row patterns: the symbolic factorisation. */
export function columnCounts(n: number, cp: Int32Array, ci: Int32Array, parent: Int32Array): Int32Array {
  const counts = new Int32Array(n).fill(1);
  const s = new Int32Array(n);
  const path = new Int32Array(n);
  const flag = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const top = ereach(k, cp, ci, parent, s, path, flag);
    for (let t = top; t < n; t++) counts[s[t]!]!++;
  }
  return counts;
}

/**
 * Up-looking numeric Cholesky C = L·Lᵀ into preallocated (lp, li, lx) built from the column
 * counts. Returns −1, or the first column whose pivot was not positive (or not finite).
 */
export function choleskyUpLooking(
  n: number,
  cp: Int32Array,
  ci: Int32Array,
  cx: Float64Array,
  parent: Int32Array,
  lp: Int32Array,
  li: Int32Array,
  lx: Float64Array,
): number {
  const x = new Float64Array(n);
  const next = lp.slice(0, n); // next free slot of each column
  const s = new Int32Array(n);
  const path = new Int32Array(n);
  const flag = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const top = ereach(k, cp, ci, parent, s, path, flag);
    x[k] = 0;
    for (let p = cp[k]!; p < cp[k + 1]!; p++) {
      const i = ci[p]!;
      if (i <= k) x[i]! += cx[p]!;
    }
    let d = x[k]!;
    x[k] = 0;
    for (let t = top; t < n; t++) {
      const i = s[t]!;
      const lki = x[i]! / lx[lp[i]!]!;
      x[i] = 0;
      const e = next[i]!;
      for (let p = lp[i]! + 1; p < e; p++) x[li[p]!]! -= lx[p]! * lki;
      d -= lki * lki;
      li[e] = k;
      lx[e] = lki;
      next[i] = e + 1;
    }
    if (!(d > 0) || d === Number.POSITIVE_INFINITY) return k;
    const e = next[k]!;
    li[e] = k;
    lx[e] = Math.sqrt(d);
    next[k] = e + 1;
  }
  return -1;
}

/** Solves L·Lᵀ·y = y in place (L from {@link choleskyUpLooking}: diagonal first in each column). */
export function cholSolveInPlace(n: number, lp: Int32Array, li: Int32Array, lx: Float64Array, y: Float64Array): void {
  for (let j = 0; j < n; j++) {
    const yj = y[j]! / lx[lp[j]!]!;
    y[j] = yj;
    if (yj === 0) continue;
    for (let p = lp[j]! + 1; p < lp[j + 1]!; p++) y[li[p]!]! -= lx[p]! * yj;
  }
  for (let j = n - 1; j >= 0; j--) {
    let s = y[j]!;
    for (let p = lp[j]! + 1; p < lp[j + 1]!; p++) s -= lx[p]! * y[li[p]!]!;
    y[j] = s / lx[lp[j]!]!;
  }
}
