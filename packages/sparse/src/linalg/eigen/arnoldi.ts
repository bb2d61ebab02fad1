/**
 * Krylov–Schur-style restarted Arnoldi for non-symmetric problems: the engine behind eigs.
 * Restarts keep an orthonormal basis of the wanted Ritz vectors (real and imaginary parts of a
 * complex pair for a real problem), which spans an invariant subspace of the projected matrix,
 * so the Krylov relation A V = V H + f bᵀ is kept exactly as Krylov–Schur keeps it.
 * Every call owns its state; nothing lives at module level.
 */
import { eig } from '@stride/linalg';
import type { NDArray } from '@stride/ndarray';
import { type Kernel, rawOf, wrapRaw } from '../operator.js';
import { axpy, caxpy, dot, dotc, nrm2, orthogonalize, randomVector, scal } from '../iterative/vec.js';

/** Which eigenvalues of the iteration operator are wanted. */
export type NonSymWhich = 'LM' | 'SM' | 'LR' | 'SR' | 'LI' | 'SI';

/** A non-symmetric eigenproblem for the Arnoldi engine. */
export interface ArnoldiProblem {
  n: number;
  complex: boolean;
  op: Kernel;
  k: number;
  ncv: number;
  maxiter: number;
  tol: number;
  which: NonSymWhich;
  v0: Float64Array | null;
}

/** Converged Ritz pairs: values interleaved (re, im), vectors complex interleaved of length 2n. */
export interface ArnoldiResult {
  values: Float64Array;
  vectors: Float64Array[];
  ok: boolean;
  restarts: number;
}

const EPS = Number.EPSILON;

/** Ordering key: larger means more wanted. */
function key(which: NonSymWhich, re: number, im: number, complex: boolean): number {
  switch (which) {
    case 'LM':
      return Math.hypot(re, im);
    case 'SM':
      return -Math.hypot(re, im);
    case 'LR':
      return re;
    case 'SR':
      return -re;
    case 'LI':
      return complex ? im : Math.abs(im);
    default:
      return complex ? -im : -Math.abs(im);
  }
}

/** Indices of the Ritz values (interleaved) from most to least wanted; a conjugate pair stays together, +im first. */
export function arnoldiOrder(vals: Float64Array, which: NonSymWhich, complex: boolean): number[] {
  const m = vals.length / 2;
  const idx = Array.from({ length: m }, (_, i) => i);
  return idx.sort((a, b) => {
    const d = key(which, vals[2 * b]!, vals[2 * b + 1]!, complex) - key(which, vals[2 * a]!, vals[2 * a + 1]!, complex);
    if (Math.abs(d) > 1e-14 * (1 + Math.abs(key(which, vals[2 * a]!, vals[2 * a + 1]!, complex)))) return d;
    if (vals[2 * a]! !== vals[2 * b]!) return vals[2 * b]! - vals[2 * a]!;
    return vals[2 * b + 1]! - vals[2 * a + 1]!;
  });
}

/** Complex m×m eigen-decomposition of a small matrix given as interleaved complex (row-major). */
function smallEig(h: Float64Array, m: number, complex: boolean): { w: Float64Array; y: Float64Array } {
  let input: NDArray;
  if (complex) {
    input = wrapRaw(h.slice(0, 2 * m * m), 'complex128', [m, m]);
  } else {
    const r = new Float64Array(m * m);
    for (let i = 0; i < m * m; i++) r[i] = h[2 * i]!;
    input = wrapRaw(r, 'float64', [m, m]);
  }
  const res = eig(input);
  return { w: rawOf(res.w, 'complex128').slice(), y: rawOf(res.v, 'complex128').slice() };
}

/** Modified Gram–Schmidt (twice) on complex columns of an m×p matrix (interleaved, column arrays); drops dependent ones. */
function orthonormalColumns(cols: Float64Array[], m: number): Float64Array[] {
  const out: Float64Array[] = [];
  const c = new Float64Array(2);
  for (const col of cols) {
    const v = col.slice();
    const before = nrm2(2 * m, v);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of out) {
        dotc(m, q, v, c);
        caxpy(m, -c[0]!, -c[1]!, q, v);
      }
    }
    const after = nrm2(2 * m, v);
    if (after > 1e-10 * before && after > 0) {
      scal(2 * m, 1 / after, v);
      out.push(v);
    }
  }
  return out;
}

/**
 * Runs restarted Arnoldi until the k most wanted Ritz values pass ARPACK's test
 * ‖f‖·|bᵀy| ≤ tol·max(ε^(2/3), |θ|), or the restart cap is reached.
 */
export function arnoldi(p: ArnoldiProblem): ArnoldiResult {
  const { n, k, complex } = p;
  const len = complex ? 2 * n : n;
  const m = p.ncv;
  const tol = p.tol > 0 ? p.tol : EPS;
  const eps23 = EPS ** (2 / 3);
  let V: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(len));
  // H: (m + 1) × m complex, row-major with row stride m (interleaved).
  let H = new Float64Array(2 * (m + 1) * m);
  const coef = new Float64Array(2 * (m + 1));
  const w = new Float64Array(len);
  let seed = 4242;
  const start = p.v0 ? p.v0.slice() : randomVector(len, seed);
  const s0 = nrm2(len, start);
  V[0]!.set(start);
  scal(len, s0 > 0 ? 1 / s0 : 1, V[0]!);
  let kept = 0;
  let result: ArnoldiResult = { values: new Float64Array(0), vectors: [], ok: false, restarts: 0 };
  for (let restart = 0; restart <= p.maxiter; restart++) {
    let mEff = m;
    for (let j = kept; j < m; j++) {
      p.op(V[j]!, w);
      const wn0 = nrm2(len, w);
      coef.fill(0);
      const hcol = new Float64Array(2 * (j + 1));
      const beta0 = orthogonalizeComplexAware(len, complex, V, j + 1, w, coef, hcol);
      for (let i = 0; i <= j; i++) {
        H[2 * (i * m + j)] = hcol[2 * i]!;
        H[2 * (i * m + j) + 1] = hcol[2 * i + 1]!;
      }
      let beta = beta0;
      if (!(beta > 1e3 * EPS * wn0) || !Number.isFinite(beta)) {
        beta = 0;
        let found = false;
        for (let attempt = 0; attempt < 3 && !found; attempt++) {
          seed += 977;
          const r = randomVector(len, seed);
          const nb = orthogonalize(len, complex, V, null, j + 1, r, null, null, coef);
          if (nb > 1e-8) {
            scal(len, 1 / nb, r);
            V[j + 1]!.set(r);
            found = true;
          }
        }
        if (!found) {
          mEff = j + 1;
          break;
        }
      } else {
        const vn = V[j + 1]!;
        for (let q = 0; q < len; q++) vn[q] = w[q]! / beta;
      }
      H[2 * ((j + 1) * m + j)] = beta;
      H[2 * ((j + 1) * m + j) + 1] = 0;
    }
    // Ritz pairs of the leading mEff × mEff block.
    const hm = new Float64Array(2 * mEff * mEff);
    for (let i = 0; i < mEff; i++) {
      for (let j = 0; j < mEff; j++) {
        hm[2 * (i * mEff + j)] = H[2 * (i * m + j)]!;
        hm[2 * (i * mEff + j) + 1] = H[2 * (i * m + j) + 1]!;
      }
    }
    const { w: theta, y: Y } = smallEig(hm, mEff, complex);
    const order = arnoldiOrder(theta, p.which, complex);
    // Residual of pair i: |row m of H · y_i| (the last row couples the basis to the residual vector).
    const resid = new Float64Array(mEff);
    for (let i = 0; i < mEff; i++) {
      let re = 0;
      let im = 0;
      if (mEff === m) {
        for (let j = 0; j < m; j++) {
          const hr = H[2 * (m * m + j)]!;
          const hi = H[2 * (m * m + j) + 1]!;
          const yr = Y[2 * (j * mEff + i)]!;
          const yi = Y[2 * (j * mEff + i) + 1]!;
          re += hr * yr - hi * yi;
          im += hr * yi + hi * yr;
        }
      }
      resid[i] = Math.hypot(re, im);
    }
    const isConv = (i: number): boolean =>
      resid[i]! <= tol * Math.max(eps23, Math.hypot(theta[2 * i]!, theta[2 * i + 1]!));
    let nconv = 0;
    for (let r = 0; r < Math.min(k, mEff); r++) if (isConv(order[r]!)) nconv++;
    const done = nconv >= k || mEff < m || restart === p.maxiter;
    if (done) {
      const picked: number[] = [];
      for (let r = 0; r < Math.min(k, mEff); r++) {
        const i = order[r]!;
        if (isConv(i) || (mEff < m && r < k)) picked.push(i);
      }
      const values = new Float64Array(2 * picked.length);
      const vectors = picked.map((i, r) => {
        values[2 * r] = theta[2 * i]!;
        values[2 * r + 1] = theta[2 * i + 1]!;
        return ritzVector(V, Y, mEff, i, n, complex);
      });
      result = { values, vectors, ok: picked.length >= k, restarts: restart };
      break;
    }
    // Keep the most wanted, never splitting a conjugate pair of a real problem.
    let keep = k + Math.min(nconv, Math.floor((m - k) / 2));
    if (keep === 1 && m >= 6) keep = Math.floor(m / 2);
    keep = Math.min(keep, m - 2);
    if (!complex && keep < mEff) {
      const a = order[keep - 1]!;
      const b = order[keep]!;
      if (theta[2 * a + 1]! !== 0 && theta[2 * a]! === theta[2 * b]! && theta[2 * a + 1]! === -theta[2 * b + 1]!)
        keep++;
    }
    // Columns spanning the kept Ritz vectors of H (real problems: real and imaginary parts).
    const cols: Float64Array[] = [];
    for (let r = 0; r < keep; r++) {
      const i = order[r]!;
      const col = new Float64Array(2 * mEff);
      for (let j = 0; j < mEff; j++) {
        col[2 * j] = Y[2 * (j * mEff + i)]!;
        col[2 * j + 1] = Y[2 * (j * mEff + i) + 1]!;
      }
      if (complex) {
        cols.push(col);
      } else if (theta[2 * i + 1]! === 0) {
        for (let j = 0; j < mEff; j++) col[2 * j + 1] = 0;
        cols.push(col);
      } else if (theta[2 * i + 1]! > 0) {
        const re = new Float64Array(2 * mEff);
        const im = new Float64Array(2 * mEff);
        for (let j = 0; j < mEff; j++) {
          re[2 * j] = col[2 * j]!;
          im[2 * j] = col[2 * j + 1]!;
        }
        cols.push(re, im);
      }
    }
    const W = orthonormalColumns(cols, mEff);
    const p2 = W.length;
    // New basis V W, projected matrix Wᴴ H W, coupling row (row m of H) W.
    const NV: Float64Array[] = [];
    for (let c = 0; c < p2; c++) {
      const u = new Float64Array(len);
      const wc = W[c]!;
      for (let j = 0; j < mEff; j++) {
        const cr = wc[2 * j]!;
        const ci = wc[2 * j + 1]!;
        if (complex) caxpy(n, cr, ci, V[j]!, u);
        else axpy(n, cr, V[j]!, u);
      }
      NV.push(u);
    }
    const NH = new Float64Array(2 * (m + 1) * m);
    const HW = new Float64Array(2 * mEff * p2);
    for (let i = 0; i < mEff; i++) {
      for (let c = 0; c < p2; c++) {
        let re = 0;
        let im = 0;
        for (let j = 0; j < mEff; j++) {
          const hr = H[2 * (i * m + j)]!;
          const hi = H[2 * (i * m + j) + 1]!;
          const wr = W[c]![2 * j]!;
          const wi = W[c]![2 * j + 1]!;
          re += hr * wr - hi * wi;
          im += hr * wi + hi * wr;
        }
        HW[2 * (i * p2 + c)] = re;
        HW[2 * (i * p2 + c) + 1] = im;
      }
    }
    for (let r = 0; r < p2; r++) {
      for (let c = 0; c < p2; c++) {
        let re = 0;
        let im = 0;
        for (let i = 0; i < mEff; i++) {
          const wr = W[r]![2 * i]!;
          const wi = -W[r]![2 * i + 1]!;
          const xr = HW[2 * (i * p2 + c)]!;
          const xi = HW[2 * (i * p2 + c) + 1]!;
          re += wr * xr - wi * xi;
          im += wr * xi + wi * xr;
        }
        NH[2 * (r * m + c)] = re;
        NH[2 * (r * m + c) + 1] = complex ? im : 0;
      }
      let re = 0;
      let im = 0;
      for (let j = 0; j < mEff; j++) {
        const hr = H[2 * (m * m + j)]!;
        const hi = H[2 * (m * m + j) + 1]!;
        const wr = W[r]![2 * j]!;
        const wi = W[r]![2 * j + 1]!;
        re += hr * wr - hi * wi;
        im += hr * wi + hi * wr;
      }
      NH[2 * (p2 * m + r)] = re;
      NH[2 * (p2 * m + r) + 1] = complex ? im : 0;
    }
    const residualVector = V[m]!;
    const nextV: Float64Array[] = Array.from({ length: m + 1 }, (_, i) => (i < p2 ? NV[i]! : new Float64Array(len)));
    nextV[p2] = residualVector;
    V = nextV;
    H = NH;
    kept = p2;
    result.restarts = restart;
  }
  return result;
}

/**
 * Orthogonalises w against V[0..j) and records the Arnoldi coefficients (complex interleaved in
 * hcol, both Gram–Schmidt passes summed). Returns ‖w‖ afterwards.
 */
function orthogonalizeComplexAware(
  len: number,
  complex: boolean,
  V: Float64Array[],
  j: number,
  w: Float64Array,
  coef: Float64Array,
  hcol: Float64Array,
): number {
  const before = nrm2(len, w);
  let after = before;
  const c = new Float64Array(2);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < j; i++) {
      if (complex) {
        dotc(len / 2, V[i]!, w, c);
        coef[2 * i] = c[0]!;
        coef[2 * i + 1] = c[1]!;
      } else {
        coef[2 * i] = dot(len, V[i]!, w);
        coef[2 * i + 1] = 0;
      }
    }
    for (let i = 0; i < j; i++) {
      if (complex) caxpy(len / 2, -coef[2 * i]!, -coef[2 * i + 1]!, V[i]!, w);
      else axpy(len, -coef[2 * i]!, V[i]!, w);
      hcol[2 * i]! += coef[2 * i]!;
      hcol[2 * i + 1]! += coef[2 * i + 1]!;
    }
    after = nrm2(len, w);
    if (after > Math.SQRT1_2 * before) break;
  }
  return after;
}

/** The Ritz vector V y_i as a complex interleaved vector of unit 2-norm. */
function ritzVector(
  V: Float64Array[],
  Y: Float64Array,
  m: number,
  i: number,
  n: number,
  complex: boolean,
): Float64Array {
  const out = new Float64Array(2 * n);
  for (let j = 0; j < m; j++) {
    const yr = Y[2 * (j * m + i)]!;
    const yi = Y[2 * (j * m + i) + 1]!;
    const v = V[j]!;
    if (complex) {
      for (let q = 0; q < n; q++) {
        const vr = v[2 * q]!;
        const vi = v[2 * q + 1]!;
        out[2 * q]! += yr * vr - yi * vi;
        out[2 * q + 1]! += yr * vi + yi * vr;
      }
    } else {
      for (let q = 0; q < n; q++) {
        out[2 * q]! += yr * v[q]!;
        out[2 * q + 1]! += yi * v[q]!;
      }
    }
  }
  const nr = nrm2(2 * n, out);
  if (nr > 0) scal(2 * n, 1 / nr, out);
  return out;
}
