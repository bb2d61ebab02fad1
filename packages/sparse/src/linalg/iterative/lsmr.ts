/** LSMR (Fong–Saunders): least squares with monotonically decreasing ‖Aᵀr‖. */
import { type ArrayInput, is, type NDArray, signature } from '@stride/ndarray';
import type { OperatorInput } from '../operator.js';
import { bidiagonalStart, solution, symOrtho } from './common.js';
import { leastSquaresSystem } from './lsqr.js';
import { nrm2, scal } from './vec.js';

/** Result of {@link lsmr} (SciPy's tuple as an object, camelCase). */
export interface LsmrResult {
  /** The solution, shape [N]. */
  x: NDArray;
  /** Why it stopped (as {@link lsqr}'s istop: 1, 2 tolerances met, 3 conlim, 4–6 machine precision, 7 maxiter). */
  istop: number;
  /** Iterations taken. */
  itn: number;
  /** ‖b − A x‖ (with damping, of the augmented system). */
  normr: number;
  /** ‖Aᵀ(b − A x) − damp² x‖. */
  normar: number;
  /** Estimate of the Frobenius norm of [A; damp·I]. */
  norma: number;
  /** Estimate of cond([A; damp·I]). */
  conda: number;
  /** ‖x‖. */
  normx: number;
}

/** Options of {@link lsmr} (SciPy's keywords, camelCase). */
export interface LsmrOptions {
  /** Damping factor (default 0). */
  damp?: number;
  /** Stopping tolerances (default 1e-6 each). */
  atol?: number;
  btol?: number;
  /** Stop when cond(A) exceeds it (default 1e8; 0 for no limit). */
  conlim?: number;
  /** Iteration cap (default min(M, N)). */
  maxiter?: number | null;
  /** Accepted for SciPy compatibility; Stride never prints. */
  show?: boolean;
  /** Starting guess (default zeros). */
  x0?: ArrayInput | null;
}

const parseLsmr = signature<LsmrOptions>('lsmr', ['damp', 'atol', 'btol', 'conlim', 'maxiter', 'show', 'x0'], {
  damp: is.finite,
  atol: is.number,
  btol: is.number,
  conlim: is.number,
  maxiter: is.orNone(is.nonNegInt),
  show: is.boolean,
  x0: is.nullable(is.arrayLike),
} as never);

/**
 * Least-squares solution of `A x = b` (or the damped problem) by LSMR (SciPy's
 * `scipy.sparse.linalg.lsmr`, Fong and Saunders 2011): MINRES applied to the normal equations
 * through the Golub–Kahan bidiagonalisation, for any real or complex M×N A with `A x` and `A^H x`
 * (complex input: a complex x, with the iterates of complex arithmetic).
 *
 * @returns SciPy's fields `{ x, istop, itn, normr, normar, norma, conda, normx }`.
 * @throws {ShapeError} when b or x0 do not match A.
 * @example
 * ```ts
 * const { x, istop } = lsmr([[1, 0], [1, 1], [1, 2]], [1, 2, 4], { atol: 1e-12, btol: 1e-12 });
 * x.toArray(); // [0.833333333333333, 1.5]
 * istop; // 2
 * ```
 */
export function lsmr(
  A: OperatorInput,
  b: ArrayInput,
  damp?: number,
  atol?: number,
  btol?: number,
  conlim?: number,
  maxiter?: number | null,
  show?: boolean,
  x0?: ArrayInput | null,
  options?: LsmrOptions,
): LsmrResult;
export function lsmr(A: OperatorInput, b: ArrayInput, options?: LsmrOptions): LsmrResult;
export function lsmr(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): LsmrResult {
  const o = parseLsmr(rest);
  const damp = o.damp ?? 0;
  const atol = o.atol ?? 1e-6;
  const btol = o.btol ?? 1e-6;
  const conlim = o.conlim ?? 1e8;
  const s = leastSquaresSystem('lsmr', A, b, o.x0);
  const { m, n, x } = s;
  const maxiter = o.maxiter ?? Math.min(s.dims[0], s.dims[1]);
  const tm = new Float64Array(m);
  const tn = new Float64Array(n);
  const start = bidiagonalStart(s.mv, s.rmv, s.b, x, s.hasX0);
  const { u, v, bnorm: normb } = start;
  let { alpha, beta } = start;
  let itn = 0;
  let zetabar = alpha * beta;
  let alphabar = alpha;
  let rho = 1;
  let rhobar = 1;
  let cbar = 1;
  let sbar = 0;
  const h = v.slice();
  const hbar = new Float64Array(n);
  let betadd = beta;
  let betad = 0;
  let rhodold = 1;
  let tautildeold = 0;
  let thetatilde = 0;
  let zeta = 0;
  let d = 0;
  let normA2 = alpha * alpha;
  let maxrbar = 0;
  let minrbar = 1e100;
  let normA = Math.sqrt(normA2);
  let condA = 1;
  let normx = 0;
  let istop = 0;
  const ctol = conlim > 0 ? 1 / conlim : 0;
  let normr = beta;
  let normar = alpha * beta;
  const result = (): LsmrResult => ({
    x: solution(x, s.dtype),
    istop,
    itn,
    normr,
    normar,
    norma: normA,
    conda: condA,
    normx,
  });
  if (normar === 0) return result();
  if (normb === 0) {
    x.fill(0);
    return result();
  }
  while (itn < maxiter) {
    itn++;
    s.mv(v, tm);
    for (let i = 0; i < m; i++) u[i] = tm[i]! - alpha * u[i]!;
    beta = nrm2(m, u);
    if (beta > 0) {
      scal(m, 1 / beta, u);
      s.rmv(u, tn);
      for (let i = 0; i < n; i++) v[i] = tn[i]! - beta * v[i]!;
      alpha = nrm2(n, v);
      if (alpha > 0) scal(n, 1 / alpha, v);
    }
    const [chat, shat, alphahat] = symOrtho(alphabar, damp);
    const rhoold = rho;
    const [c, sn, rhoNew] = symOrtho(alphahat, beta);
    rho = rhoNew;
    const thetanew = sn * alpha;
    alphabar = c * alpha;
    const rhobarold = rhobar;
    const zetaold = zeta;
    const thetabar = sbar * rho;
    const rhotemp = cbar * rho;
    const rot = symOrtho(cbar * rho, thetanew);
    cbar = rot[0];
    sbar = rot[1];
    rhobar = rot[2];
    zeta = cbar * zetabar;
    zetabar = -sbar * zetabar;
    const fh = -((thetabar * rho) / (rhoold * rhobarold));
    const fx = zeta / (rho * rhobar);
    const fv = -(thetanew / rho);
    for (let i = 0; i < n; i++) {
      hbar[i] = hbar[i]! * fh + h[i]!;
      x[i]! += fx * hbar[i]!;
      h[i] = h[i]! * fv + v[i]!;
    }
    const betaacute = chat * betadd;
    const betacheck = -shat * betadd;
    const betahat = c * betaacute;
    betadd = -sn * betaacute;
    const thetatildeold = thetatilde;
    const [ctildeold, stildeold, rhotildeold] = symOrtho(rhodold, thetabar);
    thetatilde = stildeold * rhobar;
    rhodold = ctildeold * rhobar;
    betad = -stildeold * betad + ctildeold * betahat;
    tautildeold = (zetaold - thetatildeold * tautildeold) / rhotildeold;
    const taud = (zeta - thetatilde * tautildeold) / rhodold;
    d += betacheck * betacheck;
    normr = Math.sqrt(d + (betad - taud) ** 2 + betadd * betadd);
    normA2 += beta * beta;
    normA = Math.sqrt(normA2);
    normA2 += alpha * alpha;
    maxrbar = Math.max(maxrbar, rhobarold);
    if (itn > 1) minrbar = Math.min(minrbar, rhobarold);
    condA = Math.max(maxrbar, rhotemp) / Math.min(minrbar, rhotemp);
    normar = Math.abs(zetabar);
    normx = nrm2(n, x);
    const test1 = normr / normb;
    const test2 = normA * normr !== 0 ? normar / (normA * normr) : Number.POSITIVE_INFINITY;
    const test3 = 1 / condA;
    const t1 = test1 / (1 + (normA * normx) / normb);
    const rtol = btol + (atol * normA * normx) / normb;
    if (itn >= maxiter) istop = 7;
    if (1 + test3 <= 1) istop = 6;
    if (1 + test2 <= 1) istop = 5;
    if (1 + t1 <= 1) istop = 4;
    if (test3 <= ctol) istop = 3;
    if (test2 <= atol) istop = 2;
    if (test1 <= rtol) istop = 1;
    if (istop > 0) break;
  }
  return result();
}
