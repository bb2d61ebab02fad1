/** svds: a few singular triplets by thick-restart Golub–Kahan–Lanczos bidiagonalisation. */
import { type ArrayInput, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { svd } from '@stride/linalg';
import { ArpackNoConvergence } from '../errors.js';
import { workVector } from '../../kernels/native.js';
import { axpy, nrm2, orthogonalize, randomVector, scal } from '../iterative/vec.js';
import { aslinearoperator, type Kernel, type OperatorInput, rawOf, wrapRaw } from '../operator.js';
import { columns, normalizeSign, startVector } from './common.js';

/** Result of {@link svds}: `A ≈ u diag(s) vh` on the computed triplets. */
export interface SvdsResult {
  /** Left singular vectors as columns, [M, k] (null when only `'vh'` was asked for). */
  u: NDArray | null;
  /** Singular values, ascending (as SciPy returns them), [k]. */
  s: NDArray;
  /** Right singular vectors as rows, [k, N] (null when only `'u'` was asked for). */
  vh: NDArray | null;
}

/** Keyword arguments of {@link svds} (SciPy's names, camelCase). */
export interface SvdsOptions {
  /** Number of singular triplets (default 6; 0 < k < min(M, N)). */
  k?: number;
  /** Bidiagonalisation size (default min(M, N, max(2k + 1, 20))). */
  ncv?: number | null;
  /** Residual tolerance relative to the largest singular value (default 0: ε^(2/3)). */
  tol?: number;
  /** `'LM'` largest (default) or `'SM'` smallest singular values. */
  which?: 'LM' | 'SM';
  /** Starting vector of length N (default: a fixed pseudo-random vector). */
  v0?: ArrayInput | null;
  /** Restart cap (default 10·min(M, N)). */
  maxiter?: number | null;
  /** true (default), false (only s), `'u'` or `'vh'` (only that side). */
  returnSingularVectors?: boolean | 'u' | 'vh';
  /** Accepted for SciPy compatibility (`'arpack'`, `'propack'`, `'lobpcg'`); the bidiagonalisation serves all. */
  solver?: 'arpack' | 'propack' | 'lobpcg';
}

const parseSvds = signature<SvdsOptions>(
  'svds',
  ['k', 'ncv', 'tol', 'which', 'v0', 'maxiter', 'returnSingularVectors', 'solver'],
  {
    k: is.positiveInt,
    ncv: is.orNone(is.positiveInt),
    tol: is.number,
    which: is.choice('LM', 'SM'),
    v0: is.nullable(is.arrayLike),
    maxiter: is.orNone(is.positiveInt),
    returnSingularVectors: is.or(is.boolean, is.choice('u', 'vh')),
    solver: is.choice('arpack', 'propack', 'lobpcg'),
  } as never,
);

/**
 * A few singular values and vectors of a matrix or operator (SciPy's
 * `scipy.sparse.linalg.svds`), computed by Golub–Kahan–Lanczos bidiagonalisation of A itself
 * with full reorthogonalisation of both bases and thick restarts (Baglama–Reichel), so small
 * singular values come out accurately, not squared through AᵀA. A may be dense, sparse or a
 * LinearOperator with `rmatvec`; real or complex (complex A: the same bidiagonalisation in complex
 * arithmetic, B stays real; u and vh complex).
 *
 * Singular values ascend, as SciPy returns them; each left vector has its largest-|entry|
 * positive (its right vector follows). Re-entrant: no state outside the call.
 *
 * @returns `{ u, s, vh }`, or `s` alone when `returnSingularVectors` is false.
 * @throws {ValueError} unless 0 < k < min(M, N).
 * @throws {ArpackNoConvergence} carrying the converged singular values (in `eigenvalues`) when `maxiter` restarts were not enough.
 * @example
 * ```ts
 * const A = [[3, 0, 0], [0, 2, 0], [0, 0, 1], [0, 0, 0]];
 * svds(A, { k: 2, returnSingularVectors: false }).toArray(); // [2, 3]
 * svds(A, { k: 1, which: 'SM' }).s.toArray(); // [1]
 * ```
 */
export function svds(
  A: OperatorInput,
  k?: number,
  ncv?: number | null,
  tol?: number,
  which?: 'LM' | 'SM',
  v0?: ArrayInput | null,
  maxiter?: number | null,
  returnSingularVectors?: true | 'u' | 'vh',
  options?: SvdsOptions & { returnSingularVectors?: true | 'u' | 'vh' },
): SvdsResult;
export function svds(A: OperatorInput, options: SvdsOptions & { returnSingularVectors: false }): NDArray;
export function svds(
  A: OperatorInput,
  options?: SvdsOptions & { returnSingularVectors?: true | 'u' | 'vh' },
): SvdsResult;
export function svds(A: OperatorInput, ...rest: unknown[]): SvdsResult | NDArray;
export function svds(A: OperatorInput, ...rest: unknown[]): SvdsResult | NDArray {
  const o = parseSvds(rest);
  const op = aslinearoperator(A);
  const [m, n] = op.shape;
  const k = o.k ?? 6;
  const mn = Math.min(m, n);
  if (!(k < mn)) throw new ValueError(`svds: k must be an integer satisfying 0 < k < min(A.shape) = ${mn}, got k=${k}`);
  const dtype = op.dtype;
  const complex = dtype === 'complex128';
  const L = complex ? 2 : 1;
  if (op.adjointKernel === null) throw new ValueError('svds: A needs rmatvec (products with Aᵀ)');
  const ncv = o.ncv ?? Math.min(mn, Math.max(2 * k + 1, 20));
  if (ncv > mn || ncv <= k) throw new ValueError(`svds: ncv must be k < ncv <= min(M, N), got ncv=${ncv} with k=${k}`);
  const which = o.which ?? 'LM';
  const ret = o.returnSingularVectors ?? true;
  const r = bidiagonalize({
    m: L * m,
    n: L * n,
    complex,
    mv: op.kernel,
    rmv: op.adjointKernel,
    k,
    ncv,
    tol: o.tol !== undefined && o.tol > 0 ? o.tol : Number.EPSILON ** (2 / 3),
    maxiter: o.maxiter ?? 10 * mn,
    which,
    v0: startVector('svds', o.v0, n, dtype),
  });
  // Ascending singular values, as SciPy returns them.
  const idx = Array.from(r.s, (_, i) => i).sort((a, b) => r.s[a]! - r.s[b]!);
  const s = wrapRaw(
    Float64Array.from(idx, (i) => r.s[i]!),
    'float64',
    [idx.length],
  );
  const us = idx.map((i) => r.u[i]!);
  const vs = idx.map((i) => r.v[i]!);
  // Each left vector's largest entry made real positive; its right vector takes the same factor.
  for (let j = 0; j < us.length; j++) {
    const u = us[j]!;
    const before = u.slice();
    normalizeSign(u, complex);
    const mag = (i: number): number =>
      complex ? Math.hypot(before[2 * i]!, before[2 * i + 1]!) : Math.abs(before[i]!);
    let best = 0;
    for (let i = 1; i < m; i++) if (mag(i) > mag(best)) best = i;
    const v = vs[j]!;
    if (!complex) {
      if (before[best] !== 0 && Math.sign(before[best]!) !== Math.sign(u[best]!)) scal(L * n, -1, v);
      continue;
    }
    // c = u'[best] / u[best]
    const ar = u[2 * best]!;
    const ai = u[2 * best + 1]!;
    const br = before[2 * best]!;
    const bi = before[2 * best + 1]!;
    const d = br * br + bi * bi;
    if (d === 0) continue;
    const cr = (ar * br + ai * bi) / d;
    const ci = (ai * br - ar * bi) / d;
    for (let i = 0; i < n; i++) {
      const re = v[2 * i]!;
      const im = v[2 * i + 1]!;
      v[2 * i] = re * cr - im * ci;
      v[2 * i + 1] = re * ci + im * cr;
    }
  }
  if (!r.ok) {
    throw new ArpackNoConvergence(
      `svds: no convergence (${r.restarts} restarts, ${idx.length}/${k} singular triplets converged)`,
      s,
      columns(us, m, dtype),
    );
  }
  if (ret === false) return s;
  // vh's rows are the conjugated right vectors (A ≈ u diag(s) vh).
  const vh = (): NDArray => {
    const out = new Float64Array(idx.length * L * n);
    vs.forEach((v, j) => {
      out.set(v, j * L * n);
    });
    if (complex) for (let i = 1; i < out.length; i += 2) out[i] = -out[i]!;
    return wrapRaw(out, dtype, [idx.length, n]);
  };
  return { u: ret === 'vh' ? null : columns(us, m, dtype), s, vh: ret === 'u' ? null : vh() };
}

interface BidiagProblem {
  /** Raw lengths of the left and right vectors (twice the dimensions for complex A). */
  m: number;
  n: number;
  /** Complex A: vectors interleaved, inner products Hermitian (B stays real). */
  complex: boolean;
  mv: Kernel;
  rmv: Kernel;
  k: number;
  ncv: number;
  tol: number;
  maxiter: number;
  which: 'LM' | 'SM';
  v0: Float64Array | null;
}

/**
 * Thick-restart Lanczos bidiagonalisation: A Q = P B, Aᵀ P = Q Bᵀ + β q_{m+1} e_mᵀ with B upper
 * triangular (an upper bidiagonal plus, after a restart, a spike column of couplings). Converged
 * when β|U[m−1, i]| ≤ tol·σ_max for the k wanted Ritz triplets.
 */
function bidiagonalize(p: BidiagProblem): {
  s: Float64Array;
  u: Float64Array[];
  v: Float64Array[];
  ok: boolean;
  restarts: number;
} {
  const { m: rows, n: cols, k, complex } = p;
  const mm = p.ncv;
  const cheapLeft = p.which === 'LM' && rows > 2 * cols;
  const P: Float64Array[] = Array.from({ length: mm }, () => workVector(rows));
  const Q: Float64Array[] = Array.from({ length: mm + 1 }, () => workVector(cols));
  const spareP: (Float64Array | undefined)[] = [];
  const spareQ: (Float64Array | undefined)[] = [];
  let B = new Float64Array(mm * mm);
  const coef = new Float64Array(2 * (mm + 1));
  let seed = 777;
  const q0 = p.v0 ? p.v0.slice() : randomVector(cols, seed);
  Q[0]!.set(q0);
  scal(cols, 1 / Math.max(orthogonalize(cols, complex, Q, null, 0, Q[0]!, null, null, coef), Number.MIN_VALUE), Q[0]!);
  let kept = 0;
  let beta = 0;
  let pw: Float64Array = workVector(rows);
  let qw: Float64Array = workVector(cols);
  const fresh = (V: Float64Array[], j: number, len: number, into: Float64Array): boolean => {
    for (let a = 0; a < 3; a++) {
      seed += 131;
      const r = randomVector(len, seed);
      const nr = orthogonalize(len, complex, V, null, j, r, null, null, coef);
      if (nr > 1e-8) {
        scal(len, 1 / nr, r);
        into.set(r);
        return true;
      }
    }
    return false;
  };
  for (let restart = 0; restart <= p.maxiter; restart++) {
    let mEff = mm;
    for (let j = kept; j < mm; j++) {
      // p_j = A q_j − (coupling to earlier P), then full reorthogonalisation.
      p.mv(Q[j]!, pw);
      const n0 = nrm2(rows, pw);
      // The recurrence terms first (β p_{j−1}, or the restart couplings ρ_i p_i), so the
      // reorthogonalisation that follows removes only rounding and rarely needs its second pass.
      if (j === kept) for (let i = 0; i < kept; i++) axpy(rows, -B[i * mm + kept]!, P[i]!, pw);
      else if (j > 0) axpy(rows, -B[(j - 1) * mm + j]!, P[j - 1]!, pw);
      // A long left side (M > 2N, largest values) is not reorthogonalised past the restart
      // couplings (one-sided reorthogonalisation, Simon and Zha 2000): in exact arithmetic p_j is
      // orthogonal to every earlier p once the recurrence terms are gone, the short side stays
      // fully orthogonal, which keeps the singular values accurate, and the left vectors are
      // recomputed as A v / σ at the end. Only p_kept, which carries the couplings to all the
      // kept vectors, and a local pass against p_{j−1} clean up rounding.
      let alpha = cheapLeft
        ? j > kept
          ? orthogonalize(rows, complex, [P[j - 1]!], null, 1, pw, null, null, coef)
          : orthogonalize(rows, complex, P, null, kept, pw, null, null, coef)
        : orthogonalize(rows, complex, P, null, j, pw, null, null, coef);
      if (!(alpha > 1e3 * Number.EPSILON * n0)) {
        alpha = 0;
        if (!fresh(P, j, rows, P[j]!)) {
          mEff = j;
          break;
        }
      } else {
        // p_j = pw / α: the work vector becomes p_j and the old p_j the next work vector.
        scal(rows, 1 / alpha, pw);
        const old = P[j]!;
        P[j] = pw;
        pw = old;
      }
      B[j * mm + j] = alpha;
      p.rmv(P[j]!, qw);
      const n1 = nrm2(cols, qw);
      axpy(cols, -alpha, Q[j]!, qw);
      beta = orthogonalize(cols, complex, Q, null, j + 1, qw, null, null, coef);
      if (!(beta > 1e3 * Number.EPSILON * n1)) {
        beta = 0;
        if (!fresh(Q, j + 1, cols, Q[j + 1]!)) {
          mEff = j + 1;
          break;
        }
      } else {
        scal(cols, 1 / beta, qw);
        const old = Q[j + 1]!;
        Q[j + 1] = qw;
        qw = old;
      }
      if (j + 1 < mm) B[j * mm + j + 1] = beta;
    }
    if (mEff === 0) return { s: new Float64Array(0), u: [], v: [], ok: false, restarts: restart };
    const bm = new Float64Array(mEff * mEff);
    for (let i = 0; i < mEff; i++) for (let j = 0; j < mEff; j++) bm[i * mEff + j] = B[i * mm + j]!;
    const d = svd(wrapRaw(bm, 'float64', [mEff, mEff]));
    const sv = rawOf(d.s, 'float64');
    const U = rawOf(d.u, 'float64');
    const Vt = rawOf(d.vh, 'float64');
    // Singular values descend: LM takes the first ones, SM the last.
    const order = Array.from({ length: mEff }, (_, i) => (p.which === 'LM' ? i : mEff - 1 - i));
    const smax = sv[0]!;
    const bLast = mEff === mm ? beta : 0;
    const resid = (i: number): number => Math.abs(bLast * U[(mEff - 1) * mEff + i]!);
    let nconv = 0;
    for (let r = 0; r < Math.min(k, mEff); r++)
      if (resid(order[r]!) <= p.tol * Math.max(smax, Number.MIN_VALUE)) nconv++;
    const done = nconv >= k || mEff < mm || restart === p.maxiter;
    if (done) {
      const picked = order.slice(0, Math.min(k, mEff)).filter((i) => mEff < mm || resid(i) <= p.tol * smax);
      const s = Float64Array.from(picked, (i) => sv[i]!);
      const v = picked.map((i) => combine(Q, mEff, cols, (j) => Vt[i * mEff + j]!));
      const u = picked.map((i, r) => {
        if (!cheapLeft || !(sv[i]! > 0)) return combine(P, mEff, rows, (j) => U[j * mEff + i]!);
        const av = new Float64Array(rows);
        p.mv(v[r]!, av);
        scal(rows, 1 / sv[i]!, av);
        return av;
      });
      return { s, u, v, ok: picked.length >= k, restarts: restart };
    }
    let keep = k + Math.min(nconv, Math.floor((mm - k) / 2));
    keep = Math.min(keep, mm - 1);
    // New bases into spare vectors (no allocation per restart), then swapped in.
    const NB = new Float64Array(mm * mm);
    for (let r = 0; r < keep; r++) {
      const i = order[r]!;
      spareQ[r] = combineInto(Q, mEff, cols, (j) => Vt[i * mEff + j]!, spareQ[r] ?? workVector(cols));
      if (cheapLeft && sv[i]! > 1e-8 * smax) {
        // A (Q v_i) = σ_i (P u_i): the long left vector from one product instead of a
        // combination of mEff long vectors (a product costs nnz, the combination mEff·M).
        const pr = spareP[r] ?? workVector(rows);
        p.mv(spareQ[r]!, pr);
        scal(rows, 1 / sv[i]!, pr);
        spareP[r] = pr;
      } else spareP[r] = combineInto(P, mEff, rows, (j) => U[j * mEff + i]!, spareP[r] ?? workVector(rows));
      NB[r * mm + r] = sv[i]!;
      NB[r * mm + keep] = bLast * U[(mEff - 1) * mEff + i]!;
    }
    for (let r = 0; r < keep; r++) {
      const tp = P[r]!;
      P[r] = spareP[r]!;
      spareP[r] = tp;
      const tq = Q[r]!;
      Q[r] = spareQ[r]!;
      spareQ[r] = tq;
    }
    const tq = Q[keep]!;
    Q[keep] = Q[mm]!;
    Q[mm] = tq;
    B = NB;
    kept = keep;
  }
  return { s: new Float64Array(0), u: [], v: [], ok: false, restarts: p.maxiter };
}

/** Σ_j c(j) V[j] over the first m basis vectors. */
function combine(V: Float64Array[], m: number, len: number, c: (j: number) => number): Float64Array {
  return combineInto(V, m, len, c, undefined);
}

/** Σ_j c(j) V[j] into `out` (a new vector when out is undefined). */
function combineInto(
  V: Float64Array[],
  m: number,
  len: number,
  c: (j: number) => number,
  into: Float64Array | undefined,
): Float64Array {
  const out = into ?? new Float64Array(len);
  out.fill(0);
  for (let j = 0; j < m; j++) {
    const cj = c(j);
    if (cj !== 0) axpy(len, cj, V[j]!, out);
  }
  return out;
}
