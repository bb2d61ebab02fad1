/**
 * Supernodal sparse Cholesky: columns of L with nested patterns (a chain in the elimination tree
 * with column counts dropping by one) are grouped into supernodes, each stored as one dense
 * column-major panel (its rows × its columns). The numeric factorisation is left-looking by
 * supernode: a panel is assembled from A, updated by every descendant supernode whose rows meet
 * its columns (a dense product, then a scatter through a row map), and factored densely
 * (Cholesky of the diagonal block and a triangular solve below it). Ng & Peyton, "Block sparse
 * Cholesky algorithms on advanced uniprocessor computers", SIAM J. Sci. Comput. 14 (1993).
 */
import { type LapackModule, WasmBuffer, type WasmFunction, loadLapack } from '@stride/wasm';
import { ereach } from './cholesky.js';

// The one LAPACK/OpenBLAS module of the runtime (loaded once; @stride/linalg's entry awaits the same load).
const lapack: LapackModule = await loadLapack();

/** Dense work below this many multiply-adds stays in TypeScript: a wasm call costs more than it saves. */
const BLAS_MIN_FLOPS = 4096;

/** The symbolic structure and the numeric panels of a supernodal factor. */
export interface Supernodal {
  n: number;
  nsuper: number;
  /** First column of each supernode (length nsuper + 1). */
  start: Int32Array;
  /** Row lists: rows of supernode s are rows[rowPtr[s] .. rowPtr[s + 1]), sorted, its own columns first. */
  rowPtr: Int32Array;
  rows: Int32Array;
  /** Panel of supernode s at vals[valPtr[s]], column-major with leading dimension = its row count. */
  valPtr: Float64Array;
  /** The panels, a view of `buf` in the runtime's heap (where BLAS reads them in place). */
  vals: Float64Array;
  buf: WasmBuffer;
}

/**
 * Supernodes and their row lists from the elimination tree and column counts of C (upper
 * triangle, CSC). Row lists come from the row patterns of L (elimination-tree reaches).
 */
export function supernodalSymbolic(
  n: number,
  cp: Int32Array,
  ci: Int32Array,
  parent: Int32Array,
  counts: Int32Array,
): Supernodal {
  const starts: number[] = [];
  for (let j = 0; j < n; j++) {
    const joins = j > 0 && parent[j - 1] === j && counts[j - 1] === counts[j]! + 1;
    if (!joins) starts.push(j);
  }
  starts.push(n);
  const nsuper = starts.length - 1;
  const start = Int32Array.from(starts);
  const snOf = new Int32Array(n);
  const rowPtr = new Int32Array(nsuper + 1);
  const valPtr = new Float64Array(nsuper + 1);
  for (let s = 0; s < nsuper; s++) {
    const f = start[s]!;
    const m = counts[f]!;
    const ns = start[s + 1]! - f;
    for (let j = f; j < f + ns; j++) snOf[j] = s;
    rowPtr[s + 1] = rowPtr[s]! + m;
    valPtr[s + 1] = valPtr[s]! + m * ns;
  }
  const rows = new Int32Array(rowPtr[nsuper]!);
  const fill = rowPtr.slice(0, nsuper);
  // Row k of L holds column i exactly for i in reach(k) ∪ {k}; the first column of each supernode
  // collects its rows in increasing k, so lists come out sorted with the diagonal first.
  const s_ = new Int32Array(n);
  const path = new Int32Array(n);
  const flag = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const top = ereach(k, cp, ci, parent, s_, path, flag);
    for (let t = top; t < n; t++) {
      const i = s_[t]!;
      if (start[snOf[i]!] === i) rows[fill[snOf[i]!]!++] = k;
    }
    if (start[snOf[k]!] === k) rows[fill[snOf[k]!]!++] = k;
  }
  const total = valPtr[nsuper]!;
  const buf = new WasmBuffer(lapack, Math.max(8, 8 * total));
  return { n, nsuper, start, rowPtr, rows, valPtr, vals: buf.f64().subarray(0, total), buf };
}

/** Scalar arguments of the BLAS/LAPACK calls, in one small heap block reused for every call. */
class Args {
  private readonly buf = new WasmBuffer(lapack, 64);
  readonly gemm: WasmFunction = lapack.routine('dgemm_');
  readonly potrf: WasmFunction = lapack.routine('dpotrf_');
  readonly trsm: WasmFunction = lapack.routine('dtrsm_');
  constructor() {
    const u8 = this.buf.u8();
    const chars = 'NTLR';
    for (let i = 0; i < 4; i++) u8[48 + i] = chars.charCodeAt(i);
    const f = this.buf.f64();
    f[4] = 1; // +1 at byte 32
    f[5] = 0; // 0 at byte 40
  }
  /** Pointer to the character 'N', 'T', 'L' or 'R'. */
  ch(c: 'N' | 'T' | 'L' | 'R'): number {
    return this.buf.ptr + 48 + 'NTLR'.indexOf(c);
  }
  /** Writes int slot k (0..7) and returns its pointer. */
  int(k: number, v: number): number {
    this.buf.i32()[k] = v;
    return this.buf.ptr + 4 * k;
  }
  get one(): number {
    return this.buf.ptr + 32;
  }
  get zero(): number {
    return this.buf.ptr + 40;
  }
  get info(): number {
    return this.buf.i32()[7]!;
  }
  dispose(): void {
    this.buf.dispose();
  }
}

/**
 * Numeric factorisation into `F.vals`. `lower` is the lower triangle of the permuted matrix in
 * CSC (column j holds rows i ≥ j). Returns −1, or the first column whose pivot was not positive.
 */
export function supernodalNumeric(F: Supernodal, lp: Int32Array, li: Int32Array, lx: Float64Array): number {
  const { n, nsuper, start, rowPtr, rows, valPtr, vals } = F;
  vals.fill(0);
  const snOf = new Int32Array(n);
  for (let s = 0; s < nsuper; s++) for (let j = start[s]!; j < start[s + 1]!; j++) snOf[j] = s;
  const map = new Int32Array(n);
  const head = new Int32Array(nsuper).fill(-1); // supernodes waiting to update s, linked by link[]
  const link = new Int32Array(nsuper);
  const next = new Int32Array(nsuper); // next row position of d not yet used for updates
  const args = new Args();
  let workBuf = new WasmBuffer(lapack, 8 * 1024);
  let work = workBuf.f64();
  const done = (result: number): number => {
    args.dispose();
    workBuf.dispose();
    return result;
  };

  for (let s = 0; s < nsuper; s++) {
    const f = start[s]!;
    const l = start[s + 1]! - 1;
    const ns = l - f + 1;
    const r0 = rowPtr[s]!;
    const m = rowPtr[s + 1]! - r0;
    const v0 = valPtr[s]!;
    for (let t = 0; t < m; t++) map[rows[r0 + t]!] = t;
    // Assemble the columns of A.
    for (let j = f; j <= l; j++) {
      const c = v0 + (j - f) * m;
      for (let p = lp[j]!; p < lp[j + 1]!; p++) vals[c + map[li[p]!]!]! += lx[p]!;
    }
    // Updates from descendants d: W = Ld[p1:md, :] · Ld[p1:p2, :]ᵀ, scattered into the panel.
    let d = head[s]!;
    while (d >= 0) {
      const dNext = link[d]!;
      const dr0 = rowPtr[d]!;
      const md = rowPtr[d + 1]! - dr0;
      const nsd = start[d + 1]! - start[d]!;
      const dv0 = valPtr[d]!;
      const p1 = next[d]!;
      let p2 = p1;
      while (p2 < md && rows[dr0 + p2]! <= l) p2++;
      const wr = md - p1; // rows of W
      const wc = p2 - p1; // columns of W
      if (work.length < wr * wc) {
        workBuf.dispose();
        workBuf = new WasmBuffer(lapack, 8 * Math.max(wr * wc, 2 * work.length));
        work = workBuf.f64();
      }
      const W = work;
      if (wr * wc * nsd >= BLAS_MIN_FLOPS) {
        // W = Ld[p1:md, :] · Ld[p1:p2, :]ᵀ by OpenBLAS dgemm, in place in the heap.
        const a = F.buf.ptr + 8 * (dv0 + p1);
        args.gemm(
          args.ch('N'),
          args.ch('T'),
          args.int(0, wr),
          args.int(1, wc),
          args.int(2, nsd),
          args.one,
          a,
          args.int(3, md),
          a,
          args.int(4, md),
          args.zero,
          workBuf.ptr,
          args.int(5, wr),
        );
      } else {
        W.fill(0, 0, wr * wc);
        for (let k = 0; k < nsd; k++) {
          const col = dv0 + k * md;
          for (let c = 0; c < wc; c++) {
            const lck = vals[col + p1 + c]!;
            if (lck === 0) continue;
            const wcol = c * wr;
            // Only the lower part of W is needed (rows at or below column c).
            for (let r = c; r < wr; r++) W[wcol + r]! += vals[col + p1 + r]! * lck;
          }
        }
      }
      for (let c = 0; c < wc; c++) {
        const pc = v0 + (rows[dr0 + p1 + c]! - f) * m;
        const wcol = c * wr;
        for (let r = c; r < wr; r++) vals[pc + map[rows[dr0 + p1 + r]!]!]! -= W[wcol + r]!;
      }
      next[d] = p2;
      if (p2 < md) {
        const t = snOf[rows[dr0 + p2]!]!;
        link[d] = head[t]!;
        head[t] = d;
      }
      d = dNext;
    }
    // Dense factorisation of the panel: Cholesky of the ns×ns block, triangular solve below.
    if (ns * ns * m >= BLAS_MIN_FLOPS) {
      const a = F.buf.ptr + 8 * v0;
      args.potrf(args.ch('L'), args.int(0, ns), a, args.int(1, m), args.int(7, 0));
      const info = args.info;
      if (info !== 0) return done(f + info - 1);
      if (m > ns) {
        // L21 = A21 · L11⁻ᵀ
        args.trsm(
          args.ch('R'),
          args.ch('L'),
          args.ch('T'),
          args.ch('N'),
          args.int(0, m - ns),
          args.int(1, ns),
          args.one,
          a,
          args.int(2, m),
          a + 8 * ns,
          args.int(3, m),
        );
      }
    } else {
      for (let j = 0; j < ns; j++) {
        const cj = v0 + j * m;
        for (let k = 0; k < j; k++) {
          const ck = v0 + k * m;
          const ljk = vals[ck + j]!;
          if (ljk === 0) continue;
          for (let i = j; i < m; i++) vals[cj + i]! -= vals[ck + i]! * ljk;
        }
        const dj = vals[cj + j]!;
        if (!(dj > 0) || dj === Number.POSITIVE_INFINITY) return done(f + j);
        const r = Math.sqrt(dj);
        vals[cj + j] = r;
        for (let i = j + 1; i < m; i++) vals[cj + i]! /= r;
      }
    }
    if (m > ns) {
      next[s] = ns;
      const t = snOf[rows[r0 + ns]!]!;
      link[s] = head[t]!;
      head[t] = s;
    }
  }
  return done(-1);
}

/** Solves L·Lᵀ·y = y in place with a supernodal factor. */
export function supernodalSolveInPlace(F: Supernodal, y: Float64Array): void {
  const { nsuper, start, rowPtr, rows, valPtr, vals } = F;
  for (let s = 0; s < nsuper; s++) {
    const f = start[s]!;
    const ns = start[s + 1]! - f;
    const r0 = rowPtr[s]!;
    const m = rowPtr[s + 1]! - r0;
    const v0 = valPtr[s]!;
    for (let c = 0; c < ns; c++) {
      const col = v0 + c * m;
      const yj = y[f + c]! / vals[col + c]!;
      y[f + c] = yj;
      if (yj === 0) continue;
      for (let t = c + 1; t < m; t++) y[rows[r0 + t]!]! -= vals[col + t]! * yj;
    }
  }
  for (let s = nsuper - 1; s >= 0; s--) {
    const f = start[s]!;
    const ns = start[s + 1]! - f;
    const r0 = rowPtr[s]!;
    const m = rowPtr[s + 1]! - r0;
    const v0 = valPtr[s]!;
    for (let c = ns - 1; c >= 0; c--) {
      const col = v0 + c * m;
      let sum = y[f + c]!;
      for (let t = c + 1; t < m; t++) sum -= vals[col + t]! * y[rows[r0 + t]!]!;
      y[f + c] = sum / vals[col + c]!;
    }
  }
}

/** The factor as compressed columns (diagonal first, rows sorted). */
export function supernodalToCsc(F: Supernodal): { lp: Int32Array; li: Int32Array; lx: Float64Array } {
  const { n, nsuper, start, rowPtr, rows, valPtr, vals } = F;
  const lp = new Int32Array(n + 1);
  for (let s = 0; s < nsuper; s++) {
    const m = rowPtr[s + 1]! - rowPtr[s]!;
    for (let c = 0; c < start[s + 1]! - start[s]!; c++) lp[start[s]! + c + 1] = m - c;
  }
  for (let j = 0; j < n; j++) lp[j + 1]! += lp[j]!;
  const li = new Int32Array(lp[n]!);
  const lx = new Float64Array(lp[n]!);
  for (let s = 0; s < nsuper; s++) {
    const f = start[s]!;
    const r0 = rowPtr[s]!;
    const m = rowPtr[s + 1]! - r0;
    const v0 = valPtr[s]!;
    for (let c = 0; c < start[s + 1]! - f; c++) {
      let q = lp[f + c]!;
      for (let t = c; t < m; t++) {
        li[q] = rows[r0 + t]!;
        lx[q++] = vals[v0 + c * m + t]!;
      }
    }
  }
  return { lp, li, lx };
}
