/**
 * Thick-restart Lanczos (the symmetric Krylov–Schur method): the engine behind eigsh and svds.
 * Every call owns its state; nothing lives at module level, so solves may interleave freely.
 */
import type { Kernel } from '../operator.js';
import { smallEigh } from './dense.js';
import { axpy, dot, dotc, nrm2, orthogonalize, randomVector, scal } from '../iterative/vec.js';
import { workVector } from '../../kernels/native.js';

/** Which end of the spectrum of the iteration operator is wanted. */
export type SymWhich = 'LM' | 'SM' | 'LA' | 'SA' | 'BE';

/** A symmetric (B-self-adjoint) eigenproblem for the Lanczos engine. */
export interface LanczosProblem {
  /** Entries of a vector in raw storage (n, or 2n for complex vectors). */
  len: number;
  complex: boolean;
  /** w = OP v: the operator whose extreme eigenvalues are computed. */
  op: Kernel;
  /** z = B w: the inner product OP is self-adjoint in (null: the identity). */
  B: Kernel | null;
  k: number;
  ncv: number;
  /** Restart cap. */
  maxiter: number;
  /** Relative accuracy of the Ritz values (≤ 0: machine precision). */
  tol: number;
  which: SymWhich;
  v0: Float64Array | null;
  /** Apply OP to the starting vector first (puts it in OP's range; ARPACK does so in modes 2–5). */
  rangeStart: boolean;
}

/** The converged part of a Lanczos run. */
export interface LanczosResult {
  /** Ritz values, in the order of `which` (most wanted first); only converged ones when `ok` is false. */
  theta: Float64Array;
  /** Ritz vectors (B-orthonormal), matching theta. */
  vectors: Float64Array[];
  /** Whether all k converged. */
  ok: boolean;
  /** Restarts taken. */
  restarts: number;
}

const EPS = Number.EPSILON;

/** Indices of values ordered from most to least wanted. */
export function wantedOrder(vals: Float64Array, which: SymWhich): number[] {
  const idx = Array.from(vals, (_, i) => i);
  const v = (i: number): number => vals[i]!;
  switch (which) {
    case 'LA':
      return idx.sort((a, b) => v(b) - v(a));
    case 'SA':
      return idx.sort((a, b) => v(a) - v(b));
    case 'LM':
      return idx.sort((a, b) => Math.abs(v(b)) - Math.abs(v(a)));
    case 'SM':
      return idx.sort((a, b) => Math.abs(v(a)) - Math.abs(v(b)));
    default: {
      // Both ends alternately, the high end first (ARPACK gives the extra one to the high end).
      const asc = idx.sort((a, b) => v(a) - v(b));
      const out: number[] = [];
      let lo = 0;
      let hi = asc.length - 1;
      while (lo <= hi) {
        out.push(asc[hi--]!);
        if (lo <= hi) out.push(asc[lo++]!);
      }
      return out;
    }
  }
}

/** The next basis vector after a breakdown: a random vector B-orthogonal to the basis, or null when none is left. */
function freshDirection(
  p: LanczosProblem,
  V: Float64Array[],
  BV: Float64Array[] | null,
  j: number,
  seed: number,
  coef: Float64Array,
): { v: Float64Array; z: Float64Array | null } | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    let w = randomVector(p.len, seed + 7919 * (attempt + 1));
    if (p.rangeStart) {
      const t = new Float64Array(p.len);
      p.op(w, t);
      w = t;
    }
    const z = p.B ? new Float64Array(p.len) : null;
    if (p.B && z) p.B(w, z);
    const before = z ? Math.sqrt(Math.max(dot(p.len, w, z), 0)) : nrm2(p.len, w);
    const after = orthogonalize(p.len, p.complex, V, BV, j, w, z, null, coef);
    if (after > 1e-8 * before && after > 0) {
      scal(p.len, 1 / after, w);
      if (z) scal(p.len, 1 / after, z);
      return { v: w, z };
    }
  }
  return null;
}

/**
 * Runs thick-restart Lanczos on `p`: builds an m-step B-orthonormal Lanczos basis with full
 * reorthogonalisation (DGKS), takes the Ritz pairs of the projected matrix (a tridiagonal with
 * an arrow of kept pairs), and restarts from the most wanted of them until the k most wanted
 * satisfy ARPACK's test |β_m y_m| ≤ tol·max(ε^(2/3), |θ|).
 */
export function lanczos(p: LanczosProblem): LanczosResult {
  const { len, k, complex } = p;
  const m = p.ncv;
  const tol = p.tol > 0 ? p.tol : EPS;
  const eps23 = EPS ** (2 / 3);
  const V: Float64Array[] = Array.from({ length: m + 1 }, () => workVector(len));
  const BV: Float64Array[] | null = p.B ? Array.from({ length: m + 1 }, () => new Float64Array(len)) : null;
  const spare: Float64Array[] = [];
  const spareB: Float64Array[] = [];
  const T = new Float64Array(m * m);
  const coef = new Float64Array(2 * (m + 1));
  const cbuf = new Float64Array(2);
  let seed = 12345;

  // Starting vector.
  let start = p.v0 ? p.v0.slice() : randomVector(len, seed);
  if (p.rangeStart) {
    const t = new Float64Array(len);
    p.op(start, t);
    start = t;
  }
  V[0]!.set(start);
  if (p.B && BV) p.B(V[0]!, BV[0]!);
  {
    const nrm = BV ? Math.sqrt(Math.max(dot(len, V[0]!, BV[0]!), 0)) : nrm2(len, V[0]!);
    if (!(nrm > 0) || !Number.isFinite(nrm)) {
      const f = freshDirection(p, V, BV, 0, seed + 1, coef);
      if (f === null) throw new Error('lanczos: could not build a starting vector');
      V[0]!.set(f.v);
      if (BV && f.z) BV[0]!.set(f.z);
    } else {
      scal(len, 1 / nrm, V[0]!);
      if (BV) scal(len, 1 / nrm, BV[0]!);
    }
  }

  let kept = 0; // pairs carried over (the arrow part of T)
  let mEff = m;
  let theta: Float64Array = new Float64Array(0);
  let Y: Float64Array = new Float64Array(0);
  let order: number[] = [];
  let resid = new Float64Array(0);
  let betaLast = 0;
  const w = workVector(len);
  const z = p.B ? new Float64Array(len) : null;

  for (let restart = 0; restart <= p.maxiter; restart++) {
    // Extend the basis from `kept` to m vectors.
    mEff = m;
    for (let j = kept; j < m; j++) {
      const vj = V[j]!;
      p.op(vj, w);
      if (p.B && z) p.B(w, z);
      const ip = z ?? w;
      let alpha: number;
      if (complex) {
        dotc(len / 2, vj, ip, cbuf);
        alpha = cbuf[0]!;
      } else {
        alpha = dot(len, vj, ip);
      }
      const wnorm0 = BV && z ? Math.sqrt(Math.abs(dot(len, w, z))) : nrm2(len, w);
      // Three-term recurrence (or the arrow right after a restart), then full reorthogonalisation.
      axpy(len, -alpha, vj, w);
      if (z && BV) axpy(len, -alpha, BV[j]!, z);
      if (j === kept && kept > 0) {
        for (let i = 0; i < kept; i++) {
          const s = T[i * m + kept]!;
          axpy(len, -s, V[i]!, w);
          if (z && BV) axpy(len, -s, BV[i]!, z);
        }
      } else if (j > 0) {
        const b = T[(j - 1) * m + j]!;
        axpy(len, -b, V[j - 1]!, w);
        if (z && BV) axpy(len, -b, BV[j - 1]!, z);
      }
      let beta = orthogonalize(len, complex, V, BV, j + 1, w, z, null, coef);
      T[j * m + j] = alpha;
      if (beta <= 1e3 * EPS * Math.max(wnorm0, Math.abs(alpha)) || !Number.isFinite(beta)) {
        // Invariant subspace: continue from a fresh direction, decoupled (β = 0).
        beta = 0;
        seed += 101;
        const f = freshDirection(p, V, BV, j + 1, seed, coef);
        if (f === null) {
          mEff = j + 1;
          betaLast = 0;
          break;
        }
        V[j + 1]!.set(f.v);
        if (BV && f.z) BV[j + 1]!.set(f.z);
      } else {
        const vn = V[j + 1]!;
        for (let q = 0; q < len; q++) vn[q] = w[q]! / beta;
        if (BV && z) {
          const bn = BV[j + 1]!;
          for (let q = 0; q < len; q++) bn[q] = z[q]! / beta;
        }
      }
      if (j + 1 < m) {
        T[j * m + j + 1] = beta;
        T[(j + 1) * m + j] = beta;
      } else {
        betaLast = beta;
      }
    }
    // Ritz pairs of the projected matrix.
    const tm = new Float64Array(mEff * mEff);
    for (let i = 0; i < mEff; i++) for (let j = 0; j < mEff; j++) tm[i * mEff + j] = T[i * m + j]!;
    const eg = smallEigh(tm, mEff);
    theta = eg.w;
    Y = eg.y;
    order = wantedOrder(theta, p.which);
    resid = new Float64Array(mEff);
    for (let i = 0; i < mEff; i++) resid[i] = Math.abs(betaLast * Y[(mEff - 1) * mEff + i]!);
    const want = Math.min(k, mEff);
    let nconv = 0;
    for (let r = 0; r < want; r++) {
      const i = order[r]!;
      if (resid[i]! <= tol * Math.max(eps23, Math.abs(theta[i]!))) nconv++;
    }
    if ((nconv >= k && want === k) || mEff < m) {
      return finish(p, V, mEff, theta, Y, order, resid, tol, eps23, restart, nconv >= k);
    }
    if (restart === p.maxiter) break;
    // Keep the most wanted pairs (ARPACK's count: k plus some converged, at most half the rest).
    let keep = k + Math.min(nconv, Math.floor((m - k) / 2));
    if (keep === 1 && m >= 6) keep = Math.floor(m / 2);
    else if (keep === 1 && m > 3) keep = 2;
    keep = Math.min(keep, m - 1);
    for (let r = 0; r < keep; r++) {
      const col = order[r]!;
      const u = spare[r] ?? workVector(len);
      combine(V, Y, mEff, col, len, u);
      spare[r] = u;
      if (BV) {
        const ub = spareB[r] ?? new Float64Array(len);
        combine(BV, Y, mEff, col, len, ub);
        spareB[r] = ub;
      }
    }
    for (let r = 0; r < keep; r++) {
      const t = V[r]!;
      V[r] = spare[r]!;
      spare[r] = t;
      if (BV) {
        const tb = BV[r]!;
        BV[r] = spareB[r]!;
        spareB[r] = tb;
      }
    }
    const tv = V[keep]!;
    V[keep] = V[m]!;
    V[m] = tv;
    if (BV) {
      const tb = BV[keep]!;
      BV[keep] = BV[m]!;
      BV[m] = tb;
    }
    T.fill(0);
    for (let r = 0; r < keep; r++) {
      const col = order[r]!;
      T[r * m + r] = theta[col]!;
      const s = betaLast * Y[(mEff - 1) * mEff + col]!;
      T[r * m + keep] = s;
      T[keep * m + r] = s;
    }
    kept = keep;
  }
  return finish(p, V, mEff, theta, Y, order, resid, tol, eps23, p.maxiter, false);
}

/** u = Σ_j V[j] Y[j, col]. */
function combine(V: Float64Array[], Y: Float64Array, m: number, col: number, len: number, u: Float64Array): void {
  u.fill(0);
  for (let j = 0; j < m; j++) {
    const c = Y[j * m + col]!;
    if (c !== 0) axpy(len, c, V[j]!, u);
  }
}

function finish(
  p: LanczosProblem,
  V: Float64Array[],
  m: number,
  theta: Float64Array,
  Y: Float64Array,
  order: number[],
  resid: Float64Array,
  tol: number,
  eps23: number,
  restarts: number,
  ok: boolean,
): LanczosResult {
  const picked: number[] = [];
  for (let r = 0; r < Math.min(p.k, m); r++) {
    const i = order[r]!;
    if (ok || resid[i]! <= tol * Math.max(eps23, Math.abs(theta[i]!))) picked.push(i);
  }
  const vals = new Float64Array(picked.length);
  const vecs: Float64Array[] = [];
  picked.forEach((i, r) => {
    vals[r] = theta[i]!;
    const u = new Float64Array(p.len);
    combine(V, Y, m, i, p.len, u);
    vecs.push(u);
  });
  return { theta: vals, vectors: vecs, ok: ok && picked.length === p.k, restarts };
}
