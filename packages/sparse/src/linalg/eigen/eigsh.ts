/** eigsh: a few eigenpairs of a real symmetric or complex Hermitian matrix or operator. */
import { type ArrayInput, asarray, is, type NDArray, ShapeError, signature, ValueError } from '@stride/ndarray';
import { eigh } from '@stride/linalg';
import { isSparse } from '../../formats/matrix.js';
import { ArpackNoConvergence } from '../errors.js';
import {
  aslinearoperator,
  type Kernel,
  LinearOperator,
  type OperatorDType,
  type OperatorInput,
  rawOf,
  wrapRaw,
} from '../operator.js';
import { columns, normalizeSign, startVector } from './common.js';
import { inverseOf, shiftInvert } from './factor.js';
import { lanczos, type SymWhich } from './lanczos.js';

/** Result of {@link eigsh} and {@link eigs}: eigenvalues and eigenvectors (columns). */
export interface EigenResult {
  /** Eigenvalues, shape [k]. */
  w: NDArray;
  /** Eigenvectors as columns, shape [N, k]. */
  v: NDArray;
}

/** Keyword arguments of {@link eigsh} (SciPy's names, camelCase). */
export interface EigshOptions {
  /** Number of eigenpairs (default 6; must be < N). */
  k?: number;
  /** Symmetric positive definite M of the generalised problem A x = λ M x. */
  M?: OperatorInput | null;
  /** Shift: find eigenvalues near sigma by shift-invert (A − σM)⁻¹. */
  sigma?: number | null;
  /**
   * Which eigenvalues (of the iteration operator; with sigma, of 1/(λ − σ)): `'LM'` largest
   * magnitude (default), `'SM'` smallest magnitude, `'LA'` largest algebraic, `'SA'` smallest
   * algebraic, `'BE'` half from each end.
   */
  which?: SymWhich;
  /** Starting vector (default: a fixed pseudo-random vector, so results are reproducible). */
  v0?: ArrayInput | null;
  /** Lanczos basis size (default min(N, max(2k + 1, 20))). */
  ncv?: number | null;
  /** Restart cap (default 10·N). */
  maxiter?: number | null;
  /** Relative accuracy of the eigenvalues (default 0: machine precision). */
  tol?: number;
  /** When false, return only the eigenvalues (as an NDArray). */
  returnEigenvectors?: boolean;
  /** An operator applying M⁻¹ (mode 2 without sigma). */
  Minv?: OperatorInput | null;
  /** An operator applying (A − σM)⁻¹ (with sigma). */
  OPinv?: OperatorInput | null;
  /** Spectral transformation with sigma: `'normal'` (shift-invert, default), `'buckling'`, `'cayley'`. */
  mode?: 'normal' | 'buckling' | 'cayley';
}

const operatorLike = is.any;
const parseEigsh = signature<EigshOptions>(
  'eigsh',
  ['k', 'M', 'sigma', 'which', 'v0', 'ncv', 'maxiter', 'tol', 'returnEigenvectors', 'Minv', 'OPinv', 'mode'],
  {
    k: is.positiveInt,
    M: operatorLike,
    sigma: is.orNone(is.finite),
    which: is.choice('LM', 'SM', 'LA', 'SA', 'BE'),
    v0: is.nullable(is.arrayLike),
    ncv: is.orNone(is.positiveInt),
    maxiter: is.orNone(is.positiveInt),
    tol: is.number,
    returnEigenvectors: is.boolean,
    Minv: operatorLike,
    OPinv: operatorLike,
    mode: is.choice('normal', 'buckling', 'cayley'),
  } as never,
);

/** The common dtype of the matrices of a problem. */
export function problemDType(...ops: (LinearOperator | null)[]): OperatorDType {
  return ops.some((o) => o !== null && o.dtype === 'complex128') ? 'complex128' : 'float64';
}

/** Checks an operator argument is square of order n. */
export function squareOperator(fn: string, name: string, A: OperatorInput, n?: number): LinearOperator {
  const op = aslinearoperator(A);
  const [r, c] = op.shape;
  if (r !== c) throw new ShapeError(`${fn}: ${name} must be square, got shape [${r}, ${c}]`);
  if (n !== undefined && r !== n)
    throw new ShapeError(`${fn}: ${name} has shape [${r}, ${c}], expected [${n}, ${n}] to match A`);
  return op;
}

/** y = P(Q x) with a scratch vector of its own per call. */
function compose(P: Kernel, Q: Kernel, len: number): Kernel {
  return (x, y) => {
    const t = new Float64Array(len);
    Q(x, t);
    P(t, y);
  };
}

/**
 * A few eigenvalues and eigenvectors of a real symmetric or complex Hermitian matrix
 * (SciPy's `scipy.sparse.linalg.eigsh`): A may be a dense array, a sparse matrix or a
 * {@link LinearOperator}; `M` gives the generalised problem `A x = λ M x` (M symmetric positive
 * definite), `sigma` the eigenvalues nearest σ by shift-invert.
 *
 * The engine is a thick-restart Lanczos method (the symmetric Krylov–Schur method) with full
 * reorthogonalisation and ARPACK's convergence test `|β_m y_m| ≤ tol·max(ε^(2/3), |θ|)`. It is
 * re-entrant: a call keeps all its state to itself, so solves may run interleaved (from
 * callbacks, in several workers) without a lock.
 *
 * Results: eigenvalues ascending, as SciPy returns them; eigenvectors M-orthonormal, each with
 * its largest-modulus entry made real and positive (the sign convention of every Stride
 * eigensolver). With `k ≥ N` a dense A is solved completely by `linalg.eigh`, as SciPy does.
 *
 * @returns `{ w, v }`, or just `w` when `returnEigenvectors` is false.
 * @throws {ArpackNoConvergence} when `maxiter` restarts were not enough; it carries the pairs that converged.
 * @throws {ValueError} for k ≤ 0, k ≥ N (sparse or operator A), or ncv outside (k, N].
 * @example
 * ```ts
 * const A = [[2, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2]];
 * eigsh(A, { k: 2, returnEigenvectors: false }).toArray(); // [2.61803398874989, 3.61803398874989]
 * eigsh(A, { k: 1, sigma: 0 }).w.toArray(); // [0.381966011250105]
 * ```
 */
export function eigsh(
  A: OperatorInput,
  k?: number,
  M?: OperatorInput | null,
  sigma?: number | null,
  which?: SymWhich,
  v0?: ArrayInput | null,
  ncv?: number | null,
  maxiter?: number | null,
  tol?: number,
  returnEigenvectors?: true,
  options?: EigshOptions & { returnEigenvectors?: true },
): EigenResult;
export function eigsh(A: OperatorInput, options: EigshOptions & { returnEigenvectors: false }): NDArray;
export function eigsh(A: OperatorInput, options?: EigshOptions & { returnEigenvectors?: true }): EigenResult;
export function eigsh(A: OperatorInput, ...rest: unknown[]): EigenResult | NDArray;
export function eigsh(A: OperatorInput, ...rest: unknown[]): EigenResult | NDArray {
  const o = parseEigsh(rest);
  const k = o.k ?? 6;
  const which = o.which ?? 'LM';
  const wantVectors = o.returnEigenvectors ?? true;
  const mode = o.mode ?? 'normal';
  const sigma = o.sigma ?? null;
  const Aop = squareOperator('eigsh', 'A', A);
  const n = Aop.shape[0];
  const Mop = o.M === undefined || o.M === null ? null : squareOperator('eigsh', 'M', o.M as OperatorInput, n);
  const dtype = problemDType(Aop, Mop);
  if (k >= n) {
    if (A instanceof LinearOperator || isSparse(A) || o.M instanceof LinearOperator || isSparse(o.M)) {
      throw new ValueError(
        `eigsh: k must be less than N for a sparse matrix or LinearOperator (k >= N cannot use a dense solver), got k=${k} with N=${n}; use linalg.eigh on a dense array or reduce k`,
      );
    }
    return denseEigsh(A, o.M ?? null, n, dtype, wantVectors);
  }
  const ncv = o.ncv ?? Math.min(n, Math.max(2 * k + 1, 20));
  if (ncv > n || ncv <= k) throw new ValueError(`eigsh: ncv must be k < ncv <= N, got ncv=${ncv} with k=${k}, N=${n}`);
  const maxiter = o.maxiter ?? 10 * n;
  const L = dtype === 'complex128' ? 2 : 1;
  const len = n * L;
  const Ak = Aop.promote(dtype).kernel;
  const Mk = Mop === null ? null : Mop.promote(dtype).kernel;
  let op: Kernel;
  let B: Kernel | null;
  let back: (nu: number) => number = (x) => x;
  if (sigma === null) {
    if (Mk === null) {
      op = Ak;
      B = null;
    } else {
      const Minv =
        o.Minv !== undefined && o.Minv !== null
          ? squareOperator('eigsh', 'Minv', o.Minv as OperatorInput, n).promote(dtype).kernel
          : inverseOf('eigsh', o.M as OperatorInput, dtype, n);
      op = compose(Minv, Ak, len);
      B = Mk;
    }
  } else {
    const OPinv =
      o.OPinv !== undefined && o.OPinv !== null
        ? squareOperator('eigsh', 'OPinv', o.OPinv as OperatorInput, n).promote(dtype).kernel
        : shiftInvert('eigsh', A, sigma, (o.M as OperatorInput | undefined) ?? null, dtype, n);
    if (mode === 'normal') {
      op = Mk === null ? OPinv : compose(OPinv, Mk, len);
      B = Mk;
      back = (nu) => sigma + 1 / nu;
    } else if (mode === 'buckling') {
      op = compose(OPinv, Ak, len);
      B = Ak;
      back = (nu) => (sigma * nu) / (nu - 1);
    } else {
      const plus: Kernel = (x, y) => {
        Ak(x, y);
        const t = new Float64Array(len);
        if (Mk) Mk(x, t);
        else t.set(x);
        for (let i = 0; i < len; i++) y[i]! += sigma * t[i]!;
      };
      op = compose(OPinv, plus, len);
      B = Mk;
      back = (nu) => (sigma * (nu + 1)) / (nu - 1);
    }
  }
  const res = lanczos({
    len,
    complex: dtype === 'complex128',
    op,
    B,
    k,
    ncv,
    maxiter,
    tol: o.tol ?? 0,
    which,
    v0: startVector('eigsh', o.v0, n, dtype),
    rangeStart: sigma !== null && B !== null,
  });
  const lam = Array.from(res.theta, back);
  const idx = lam.map((_, i) => i).sort((a, b) => lam[a]! - lam[b]!);
  const w = wrapRaw(
    Float64Array.from(idx, (i) => lam[i]!),
    'float64',
    [idx.length],
  );
  const vecs = idx.map((i) => {
    const v = res.vectors[i]!;
    normalizeSign(v, dtype === 'complex128');
    return v;
  });
  if (!res.ok) {
    throw new ArpackNoConvergence(
      `eigsh: no convergence (${res.restarts} restarts, ${idx.length}/${k} eigenvectors converged)`,
      w,
      columns(vecs, n, dtype),
    );
  }
  return wantVectors ? { w, v: columns(vecs, n, dtype) } : w;
}

/** k ≥ N with a dense A: every eigenpair by LAPACK (SciPy falls back to scipy.linalg.eigh). */
function denseEigsh(
  A: OperatorInput,
  M: unknown,
  n: number,
  dtype: OperatorDType,
  wantVectors: boolean,
): EigenResult | NDArray {
  if (M !== null) {
    throw new ValueError('eigsh: k >= N with M is not supported; reduce k below N');
  }
  const r = eigh(asarray(A as ArrayInput));
  if (!wantVectors) return r.w;
  const raw = rawOf(r.v, dtype);
  const L = dtype === 'complex128' ? 2 : 1;
  const vecs: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const v = new Float64Array(n * L);
    for (let i = 0; i < n; i++) for (let l = 0; l < L; l++) v[i * L + l] = raw[(i * n + j) * L + l]!;
    normalizeSign(v, dtype === 'complex128');
    vecs.push(v);
  }
  return { w: r.w, v: columns(vecs, n, dtype) };
}
