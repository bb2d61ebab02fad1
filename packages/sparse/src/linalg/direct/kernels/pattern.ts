/** Pattern kernels of the direct solvers: transposes and the symmetric graphs orderings work on. */

/**
 * Transpose of an m×n compressed pattern (with values when `val` is given): the CSC arrays of Aᵀ,
 * which are also the CSR arrays of A. Row indices of the result come out sorted.
 */
export function transpose(
  m: number,
  n: number,
  ptr: Int32Array,
  idx: Int32Array,
  val: Float64Array | null,
): { ptr: Int32Array; idx: Int32Array; val: Float64Array | null } {
  const nnz = ptr[n]!;
  const tp = new Int32Array(m + 1);
  const ti = new Int32Array(nnz);
  const tv = val ? new Float64Array(nnz) : null;
  for (let p = 0; p < nnz; p++) tp[idx[p]! + 1]!++;
  for (let i = 0; i < m; i++) tp[i + 1]! += tp[i]!;
  const next = tp.slice(0, m);
  for (let j = 0; j < n; j++) {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const q = next[idx[p]!]!++;
      ti[q] = j;
      if (tv) tv[q] = val![p]!;
    }
  }
  return { ptr: tp, idx: ti, val: tv };
}

/**
 * Builds a compressed pattern column by column: `visit(j, add)` calls `add(i)` for each neighbour
 * of j; j itself and repeats are dropped. Two passes (count, then fill) allocate the result once.
 */
function collect(
  n: number,
  visit: (j: number, add: (i: number) => void) => void,
): { ptr: Int32Array; idx: Int32Array } {
  const mark = new Int32Array(n);
  const ptr = new Int32Array(n + 1);
  let out: Int32Array | null = null;
  let nz = 0;
  let col = 0;
  const add = (i: number): void => {
    if (mark[i] === col + 1) return;
    mark[i] = col + 1;
    if (out) out[nz] = i;
    nz++;
  };
  for (let pass = 0; pass < 2; pass++) {
    mark.fill(0);
    nz = 0;
    for (col = 0; col < n; col++) {
      mark[col] = col + 1;
      visit(col, add);
      if (!out) ptr[col + 1] = nz;
    }
    if (!out) out = new Int32Array(nz);
  }
  return { ptr, idx: out! };
}

/**
 * The pattern of A + Aᵀ without its diagonal, duplicates removed (the graph of a structurally
 * symmetric factorisation: AMD for Cholesky and for `MMD_AT_PLUS_A`).
 */
export function symmetricPattern(n: number, ptr: Int32Array, idx: Int32Array): { ptr: Int32Array; idx: Int32Array } {
  const t = transpose(n, n, ptr, idx, null);
  return collect(n, (j, add) => {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) add(idx[p]!);
    for (let p = t.ptr[j]!; p < t.ptr[j + 1]!; p++) add(t.idx[p]!);
  });
}

/**
 * The pattern of AᵀA without its diagonal for an m×n A (column graph: what a column ordering for
 * partial-pivoting LU minimises the fill of). Rows with more than `denseRow` entries are left out,
 * as COLAMD does, so one dense row does not make the graph complete.
 */
export function ataPattern(
  m: number,
  n: number,
  ptr: Int32Array,
  idx: Int32Array,
  denseRow: number,
): { ptr: Int32Array; idx: Int32Array } {
  const rows = transpose(m, n, ptr, idx, null); // rows.ptr/idx: the columns of each row
  return collect(n, (j, add) => {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const r = idx[p]!;
      const r0 = rows.ptr[r]!;
      const r1 = rows.ptr[r + 1]!;
      if (r1 - r0 > denseRow) continue;
      for (let q = r0; q < r1; q++) add(rows.idx[q]!);
    }
  });
}

/**
 * The upper triangle (row ≤ column) of P·A·Pᵀ from the entries of A on and below its diagonal,
 * with `pinv[i]` the new position of row/column i (values too when `val` is given).
 */
export function permutedUpper(
  n: number,
  ptr: Int32Array,
  idx: Int32Array,
  val: Float64Array | null,
  pinv: Int32Array,
): { ptr: Int32Array; idx: Int32Array; val: Float64Array | null } {
  const cp = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const i = idx[p]!;
      if (i >= j) cp[Math.max(pinv[i]!, pinv[j]!) + 1]!++;
    }
  }
  for (let j = 0; j < n; j++) cp[j + 1]! += cp[j]!;
  const ci = new Int32Array(cp[n]!);
  const cx = val ? new Float64Array(cp[n]!) : null;
  const fill = cp.slice(0, n);
  for (let j = 0; j < n; j++) {
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) {
      const i = idx[p]!;
      if (i < j) continue;
      const r = pinv[i]!;
      const c = pinv[j]!;
      const q = fill[Math.max(r, c)]!++;
      ci[q] = Math.min(r, c);
      if (cx) cx[q] = val![p]!;
    }
  }
  return { ptr: cp, idx: ci, val: cx };
}
