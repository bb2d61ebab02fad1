/** eigs: a few eigenpairs of a general (non-symmetric, real or complex) matrix or operator. */
import { type ArrayInput, asarray, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { eig } from '@stride/linalg';
import { isSparse } from '../../formats/matrix.js';
import { ArpackNoConvergence } from '../errors.js';
import { type Kernel, LinearOperator, type OperatorInput, rawOf, wrapRaw } from '../operator.js';
import { arnoldi, arnoldiOrder, type NonSymWhich } from './arnoldi.js';
import { columns, normalizeSign, startVector } from './common.js';
import { type EigenResult, problemDType, squareOperator } from './eigsh.js';
import { inverseOf, shiftInvert } from './factor.js';

/** Keyword arguments of {@link eigs} (SciPy's names, camelCase). */
export interface EigsOptions {
  /** Number of eigenpairs (default 6; must be < N − 1). */
  k?: number;
  /** M of the generalised problem A x = λ M x. */
  M?: OperatorInput | null;
  /** Real shift: eigenvalues nearest sigma by shift-invert (A − σM)⁻¹. */
  sigma?: number | null;
  /**
   * `'LM'` largest magnitude (default), `'SM'` smallest magnitude, `'LR'`/`'SR'` largest/smallest
   * real part, `'LI'`/`'SI'` largest/smallest imaginary part (in magnitude for real problems). With
   * sigma it applies to 1/(λ − σ).
   */
  which?: NonSymWhich;
  /** Starting vector (default: a fixed pseudo-random vector). */
  v0?: ArrayInput | null;
  /** Arnoldi basis size (default min(N, max(2k + 1, 20))). */
  ncv?: number | null;
  /** Restart cap (default 10·N). */
  maxiter?: number | null;
  /** Relative accuracy (default 0: machine precision). */
  tol?: number;
  /** When false, return only the eigenvalues. */
  returnEigenvectors?: boolean;
  /** An operator applying M⁻¹. */
  Minv?: OperatorInput | null;
  /** An operator applying (A − σM)⁻¹. */
  OPinv?: OperatorInput | null;
}

const parseEigs = signature<EigsOptions>(
  'eigs',
  ['k', 'M', 'sigma', 'which', 'v0', 'ncv', 'maxiter', 'tol', 'returnEigenvectors', 'Minv', 'OPinv'],
  {
    k: is.positiveInt,
    M: is.any,
    sigma: is.orNone(is.finite),
    which: is.choice('LM', 'SM', 'LR', 'SR', 'LI', 'SI'),
    v0: is.nullable(is.arrayLike),
    ncv: is.orNone(is.positiveInt),
    maxiter: is.orNone(is.positiveInt),
    tol: is.number,
    returnEigenvectors: is.boolean,
    Minv: is.any,
    OPinv: is.any,
  } as never,
);

/**
 * A few eigenvalues and eigenvectors of a general square matrix (SciPy's
 * `scipy.sparse.linalg.eigs`) — dense, sparse or a {@link LinearOperator}, real or complex —
 * optionally of the generalised problem `A x = λ M x` or nearest a real shift `sigma`.
 *
 * The engine is restarted Arnoldi in the Krylov–Schur manner (the kept subspace is spanned by an
 * orthonormal basis of the wanted Ritz vectors), with full reorthogonalisation and ARPACK's
 * convergence test; it keeps no state outside the call (re-entrant).
 *
 * Results are complex128: eigenvalues most wanted first (a conjugate pair together, positive
 * imaginary part first), eigenvectors of unit 2-norm with their largest-modulus entry real and
 * positive. With `k ≥ N − 1` a dense A is solved completely by `linalg.eig`, as SciPy does.
 *
 * @returns `{ w, v }`, or just `w` when `returnEigenvectors` is false.
 * @throws {ArpackNoConvergence} carrying the converged pairs when `maxiter` restarts were not enough.
 * @throws {ValueError} for k ≤ 0, k ≥ N − 1 (sparse or operator A), ncv outside (k + 1, N].
 * @example
 * ```ts
 * const A = [[1, -2, 0, 0], [2, 1, 0, 0], [0, 0, 3, 0], [0, 0, 0, 0.5]];
 * eigs(A, { k: 2, ncv: 4, which: 'LI', returnEigenvectors: false }).toArray(); // [{ re: 1, im: 2 }, { re: 1, im: -2 }]
 * ```
 */
export function eigs(
  A: OperatorInput,
  k?: number,
  M?: OperatorInput | null,
  sigma?: number | null,
  which?: NonSymWhich,
  v0?: ArrayInput | null,
  ncv?: number | null,
  maxiter?: number | null,
  tol?: number,
  returnEigenvectors?: true,
  options?: EigsOptions & { returnEigenvectors?: true },
): EigenResult;
export function eigs(A: OperatorInput, options: EigsOptions & { returnEigenvectors: false }): NDArray;
export function eigs(A: OperatorInput, options?: EigsOptions & { returnEigenvectors?: true }): EigenResult;
export function eigs(A: OperatorInput, ...rest: unknown[]): EigenResult | NDArray;
export function eigs(A: OperatorInput, ...rest: unknown[]): EigenResult | NDArray {
  const o = parseEigs(rest);
  const k = o.k ?? 6;
  const which = o.which ?? 'LM';
  const wantVectors = o.returnEigenvectors ?? true;
  const sigma = o.sigma ?? null;
  const Aop = squareOperator('eigs', 'A', A);
  const n = Aop.shape[0];
  const M = (o.M ?? null) as OperatorInput | null;
  const Mop = M === null ? null : squareOperator('eigs', 'M', M, n);
  const dtype = problemDType(Aop, Mop);
  const complex = dtype === 'complex128';
  if (k >= n - 1) {
    if (A instanceof LinearOperator || isSparse(A) || M !== null) {
      throw new ValueError(
        `eigs: k must be less than N - 1 for a sparse matrix, a LinearOperator or with M (k >= N - 1 cannot use a dense solver), got k=${k} with N=${n}; use linalg.eig on a dense array or reduce k`,
      );
    }
    return denseEigs(A, n, which, complex, wantVectors);
  }
  const ncv = o.ncv ?? Math.min(n, Math.max(2 * k + 1, 20));
  if (ncv > n || ncv <= k + 1)
    throw new ValueError(`eigs: ncv must be k + 1 < ncv <= N, got ncv=${ncv} with k=${k}, N=${n}`);
  const len = complex ? 2 * n : n;
  const Ak = Aop.promote(dtype).kernel;
  let op: Kernel;
  let back = (re: number, im: number): [number, number] => [re, im];
  const then =
    (P: Kernel, Q: Kernel): Kernel =>
    (x, y) => {
      const t = new Float64Array(len);
      Q(x, t);
      P(t, y);
    };
  if (sigma === null) {
    if (Mop === null || M === null) op = Ak;
    else {
      const Minv =
        o.Minv !== undefined && o.Minv !== null
          ? squareOperator('eigs', 'Minv', o.Minv as OperatorInput, n).promote(dtype).kernel
          : inverseOf('eigs', M, dtype, n);
      op = then(Minv, Ak);
    }
  } else {
    const OPinv =
      o.OPinv !== undefined && o.OPinv !== null
        ? squareOperator('eigs', 'OPinv', o.OPinv as OperatorInput, n).promote(dtype).kernel
        : shiftInvert('eigs', A, sigma, M, dtype, n);
    op = Mop === null ? OPinv : then(OPinv, Mop.promote(dtype).kernel);
    back = (re, im) => {
      const d = re * re + im * im;
      return [sigma + re / d, -im / d];
    };
  }
  const res = arnoldi({
    n,
    complex,
    op,
    k,
    ncv,
    maxiter: o.maxiter ?? 10 * n,
    tol: o.tol ?? 0,
    which,
    v0: startVector('eigs', o.v0, n, dtype),
  });
  const cnt = res.values.length / 2;
  const vals = new Float64Array(2 * cnt);
  for (let i = 0; i < cnt; i++) {
    const [re, im] = back(res.values[2 * i]!, res.values[2 * i + 1]!);
    vals[2 * i] = re;
    vals[2 * i + 1] = im;
  }
  // Shift-invert maps λ's conjugate pairs to ν's in the other order: put +im first again.
  for (let i = 0; i + 1 < cnt; i++) {
    const same = vals[2 * i] === vals[2 * i + 2] && vals[2 * i + 1] === -vals[2 * i + 3]!;
    if (same && vals[2 * i + 1]! < 0) {
      vals[2 * i + 1] = -vals[2 * i + 1]!;
      vals[2 * i + 3] = -vals[2 * i + 3]!;
      const t = res.vectors[i]!;
      res.vectors[i] = res.vectors[i + 1]!;
      res.vectors[i + 1] = t;
      i++;
    }
  }
  for (const v of res.vectors) normalizeSign(v, true);
  const w = wrapRaw(vals, 'complex128', [cnt]);
  if (!res.ok) {
    throw new ArpackNoConvergence(
      `eigs: no convergence (${res.restarts} restarts, ${cnt}/${k} eigenvectors converged)`,
      w,
      columns(res.vectors, n, 'complex128'),
    );
  }
  return wantVectors ? { w, v: columns(res.vectors, n, 'complex128') } : w;
}

/** k ≥ N − 1 with a dense A: every eigenpair by LAPACK, ordered by `which` like the iterative results. */
function denseEigs(
  A: OperatorInput,
  n: number,
  which: NonSymWhich,
  complex: boolean,
  wantVectors: boolean,
): EigenResult | NDArray {
  const r = eig(asarray(A as ArrayInput));
  const w = rawOf(r.w, 'complex128');
  const V = rawOf(r.v, 'complex128');
  const order = arnoldiOrder(w, which, complex);
  const vals = new Float64Array(2 * n);
  const vecs: Float64Array[] = [];
  order.forEach((i, r2) => {
    vals[2 * r2] = w[2 * i]!;
    vals[2 * r2 + 1] = w[2 * i + 1]!;
    const v = new Float64Array(2 * n);
    for (let q = 0; q < n; q++) {
      v[2 * q] = V[2 * (q * n + i)]!;
      v[2 * q + 1] = V[2 * (q * n + i) + 1]!;
    }
    normalizeSign(v, true);
    vecs.push(v);
  });
  const wv = wrapRaw(vals, 'complex128', [n]);
  return wantVectors ? { w: wv, v: columns(vecs, n, 'complex128') } : wv;
}
