/**
 * Left-looking sparse LU with threshold partial pivoting (Gilbert & Peierls, "Sparse partial
 * pivoting in time proportional to arithmetic operations", SIAM J. Sci. Stat. Comput. 9, 1988).
 *
 * Column k of L and U comes from one sparse triangular solve L·x = A(:, q[k]) whose nonzero
 * pattern is found first by a depth-first search in the graph of the columns of L computed so far,
 * so the work is proportional to the flops. The pivot is chosen among the rows not yet pivotal:
 * the "diagonal" row q[k] when |x[q[k]]| ≥ thresh · max|x|, else the largest entry (SuperLU's
 * rule; thresh = 1 is partial pivoting that prefers the diagonal on ties, thresh = 0 keeps the
 * diagonal whenever it is nonzero).
 */

/** The factors of P·A·Q = L·U in compressed columns; L has a unit diagonal stored first in each column, U its diagonal last. */
export interface LuFactors {
  n: number;
  lp: Int32Array;
  li: Int32Array;
  lx: Float64Array;
  up: Int32Array;
  ui: Int32Array;
  ux: Float64Array;
  /** pinv[i] = the position of original row i in the pivot order (SuperLU's perm_r). */
  pinv: Int32Array;
  /** q[k] = the original column factored k-th. */
  q: Int32Array;
}

/** Outcome of {@link luFactor}: the factors, or the step at which no nonzero pivot was left. */
export type LuOutcome = { ok: true; f: LuFactors } | { ok: false; step: number; structural: boolean };

function growInt(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** Factors the n×n CSC matrix (ap, ai, ax) with column order q (duplicates are summed); `fillHint` is the expected nnz of L. */
export function luFactor(
  n: number,
  ap: Int32Array,
  ai: Int32Array,
  ax: Float64Array,
  q: Int32Array,
  thresh: number,
  fillHint = 0,
): LuOutcome {
  const nnzA = ap[n]!;
  // Room for the expected fill (and some pivoting) up front: growing copies the whole factor.
  let lcap = Math.max(4 * nnzA + n, 16, Math.ceil(1.1 * fillHint) + n);
  let ucap = lcap;
  let li: Int32Array = new Int32Array(lcap);
  let lx: Float64Array = new Float64Array(lcap);
  let ui: Int32Array = new Int32Array(ucap);
  let ux: Float64Array = new Float64Array(ucap);
  const lp = new Int32Array(n + 1);
  const up = new Int32Array(n + 1);
  const pinv = new Int32Array(n).fill(-1);
  const x = new Float64Array(n);
  const xi = new Int32Array(n); // the reach, in topological order, in xi[top..n)
  const stack = new Int32Array(n);
  const pstack = new Int32Array(n);
  const visited = new Int32Array(n).fill(-1);
  // Symmetric pruning (Eisenstat & Liu 1992): the depth-first search reads column J of L only up
  // to lend[J]; once L(r, J) and U(J, k) are both nonzero for the pivot row r of column k, the
  // rows of L(:, J) not yet pivotal are reachable through r, so the search skips them.
  const lend = new Int32Array(n);
  const pruned = new Uint8Array(n);
  let lnz = 0;
  let unz = 0;

  for (let k = 0; k < n; k++) {
    lp[k] = lnz;
    up[k] = unz;
    if (lnz + n > lcap) {
      lcap = Math.max(2 * lcap, lnz + n);
      li = growInt(li, lcap);
      lx = growFloat(lx, lcap);
    }
    if (unz + n > ucap) {
      ucap = Math.max(2 * ucap, unz + n);
      ui = growInt(ui, ucap);
      ux = growFloat(ux, ucap);
    }
    const col = q[k]!;
    const a0 = ap[col]!;
    const a1 = ap[col + 1]!;

    // Symbolic: the rows reachable from A(:, col) through the columns of L.
    let top = n;
    for (let pa = a0; pa < a1; pa++) {
      const start = ai[pa]!;
      if (visited[start] === k) continue;
      let head = 0;
      stack[0] = start;
      while (head >= 0) {
        const j = stack[head]!;
        const J = pinv[j]!;
        if (visited[j] !== k) {
          visited[j] = k;
          pstack[head] = J < 0 ? 0 : lp[J]! + 1;
        }
        const end = J < 0 ? 0 : lend[J]!;
        let done = true;
        for (let p = pstack[head]!; p < end; p++) {
          const i = li[p]!;
          if (visited[i] === k) continue;
          pstack[head] = p + 1;
          stack[++head] = i;
          done = false;
          break;
        }
        if (done) {
          head--;
          xi[--top] = j;
        }
      }
    }

    // Numeric: x = L \ A(:, col) on the reach.
    for (let p = top; p < n; p++) x[xi[p]!] = 0;
    for (let pa = a0; pa < a1; pa++) x[ai[pa]!]! += ax[pa]!;
    for (let px = top; px < n; px++) {
      const j = xi[px]!;
      const J = pinv[j]!;
      if (J < 0) continue;
      const xj = x[j]!;
      if (xj === 0) continue;
      const e = lp[J + 1]!;
      for (let p = lp[J]! + 1; p < e; p++) x[li[p]!]! -= lx[p]! * xj;
    }

    // Pivot among the rows not yet pivotal; the rest of x is column k of U.
    let ipiv = -1;
    let amax = -1;
    for (let px = top; px < n; px++) {
      const i = xi[px]!;
      if (pinv[i]! < 0) {
        const t = Math.abs(x[i]!);
        if (t > amax || ipiv < 0) {
          amax = t;
          ipiv = i;
        }
      } else {
        ui[unz] = pinv[i]!;
        ux[unz++] = x[i]!;
      }
    }
    // No candidate row: structurally singular; all candidates zero: numerically singular. A NaN
    // pivot goes through so the NaN reaches the result, as in LAPACK.
    if (ipiv < 0 || amax === 0) return { ok: false, step: k, structural: ipiv < 0 };
    if (pinv[col]! < 0 && visited[col] === k && Math.abs(x[col]!) >= thresh * amax && x[col] !== 0) ipiv = col;
    const pivot = x[ipiv]!;
    ui[unz] = k;
    ux[unz++] = pivot;
    pinv[ipiv] = k;
    li[lnz] = ipiv;
    lx[lnz++] = 1;
    for (let px = top; px < n; px++) {
      const i = xi[px]!;
      if (pinv[i]! < 0) {
        li[lnz] = i;
        lx[lnz++] = x[i]! / pivot;
      }
      x[i] = 0;
    }
    lend[k] = lnz;

    // Prune the columns J of L with U(J, k) ≠ 0 that hold the new pivot row.
    for (let pu = up[k]!; pu < unz - 1; pu++) {
      const J = ui[pu]!;
      if (pruned[J]) continue;
      const s0 = lp[J]! + 1;
      const e0 = lend[J]!;
      let found = false;
      for (let p = s0; p < e0; p++) {
        if (li[p] === ipiv) {
          found = true;
          break;
        }
      }
      if (!found) continue;
      // Pivotal rows first, the others after the new end.
      let lo = s0;
      let hi = e0 - 1;
      while (lo <= hi) {
        if (pinv[li[lo]!]! >= 0) lo++;
        else {
          const ti = li[lo]!;
          li[lo] = li[hi]!;
          li[hi] = ti;
          const tx = lx[lo]!;
          lx[lo] = lx[hi]!;
          lx[hi] = tx;
          hi--;
        }
      }
      lend[J] = lo;
      pruned[J] = 1;
    }
  }
  lp[n] = lnz;
  up[n] = unz;
  for (let p = 0; p < lnz; p++) li[p] = pinv[li[p]!]!;
  return {
    ok: true,
    f: {
      n,
      lp,
      li: li.subarray(0, lnz),
      lx: lx.subarray(0, lnz),
      up,
      ui: ui.subarray(0, unz),
      ux: ux.subarray(0, unz),
      pinv,
      q,
    },
  };
}

/** Solves L·U·z = y in place (y in pivot order), or Uᵀ·Lᵀ·z = y when `trans`. */
export function luSolveInPlace(f: LuFactors, y: Float64Array, trans: boolean): void {
  const { n, lp, li, lx, up, ui, ux } = f;
  if (!trans) {
    for (let j = 0; j < n; j++) {
      const yj = y[j]!;
      if (yj === 0) continue;
      for (let p = lp[j]! + 1; p < lp[j + 1]!; p++) y[li[p]!]! -= lx[p]! * yj;
    }
    for (let j = n - 1; j >= 0; j--) {
      const d = up[j + 1]! - 1;
      const yj = y[j]! / ux[d]!;
      y[j] = yj;
      if (yj === 0) continue;
      for (let p = up[j]!; p < d; p++) y[ui[p]!]! -= ux[p]! * yj;
    }
  } else {
    for (let j = 0; j < n; j++) {
      const d = up[j + 1]! - 1;
      let s = y[j]!;
      for (let p = up[j]!; p < d; p++) s -= ux[p]! * y[ui[p]!]!;
      y[j] = s / ux[d]!;
    }
    for (let j = n - 1; j >= 0; j--) {
      let s = y[j]!;
      for (let p = lp[j]! + 1; p < lp[j + 1]!; p++) s -= lx[p]! * y[li[p]!]!;
      y[j] = s;
    }
  }
}
