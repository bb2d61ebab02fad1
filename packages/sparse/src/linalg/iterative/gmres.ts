/** Restarted GMRES with Givens rotations on the Hessenberg least-squares problem. */
import { type ArrayInput, is, type NDArray, signature } from '@stride/ndarray';
import type { OperatorInput } from '../operator.js';
import {
  type KrylovOptions,
  krylovChecks,
  precondition,
  residual,
  type SolveResult,
  solution,
  startSolve,
} from './common.js';
import { axpy, dot, nrm2, scal } from './vec.js';

/** Options of {@link gmres}: the Krylov options plus the restart length and what the callback receives. */
export interface GmresOptions extends Omit<KrylovOptions, 'callback'> {
  /** Krylov vectors per cycle before a restart (default 20, at most N). */
  restart?: number | null;
  /**
   * `'pr_norm'` (default): called after each inner step with the preconditioned residual norm
   * relative to ‖b‖; `'x'`: called after each restart cycle with the iterate.
   */
  callbackType?: 'x' | 'pr_norm' | null;
  /** Called per `callbackType`: with a number (`'pr_norm'`) or an NDArray (`'x'`). */
  callback?: ((v: number | NDArray) => void) | null;
}

const pickCallbackType = is.choice('x', 'pr_norm');
const parseGmres = signature<GmresOptions>('gmres', ['x0'], {
  ...krylovChecks,
  restart: is.orNone(is.positiveInt),
  // null is SciPy's None (the default); another string is a wrong value, not a wrong type.
  callbackType: (v: unknown, fn: string, name: string) => (v === null ? undefined : pickCallbackType(v, fn, name)),
} as never);

/**
 * Solves `A x = b` by restarted GMRES (SciPy's `scipy.sparse.linalg.gmres`): Arnoldi with
 * modified Gram–Schmidt, the Hessenberg least-squares problem kept triangular by Givens
 * rotations, left preconditioning by `M ≈ A⁻¹`, and SciPy's adaptive inner tolerance. Stops
 * when ‖b − A x‖ ≤ max(rtol·‖b‖, atol). Complex A, b, x0 or M give a complex x (the system is
 * iterated in its real form, which reaches the same solution as SciPy's complex iteration).
 *
 * @returns `{ x, info }`: info 0 converged, else `maxiter` (restart cycles, default 10·N).
 * @throws {ShapeError} when A is not square or b, x0, M do not match it.
 * @example
 * ```ts
 * const { x, info } = gmres([[3, 2, 0], [1, -1, 0], [0, 5, 1]], [2, 4, -1], { rtol: 1e-12 });
 * info; // 0
 * x.toArray(); // [2, -2, 9]
 * ```
 */
export function gmres(A: OperatorInput, b: ArrayInput, x0?: ArrayInput | null, options?: GmresOptions): SolveResult;
export function gmres(A: OperatorInput, b: ArrayInput, options?: GmresOptions): SolveResult;
export function gmres(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): SolveResult {
  const o = parseGmres(rest);
  const { callback, restart: restart0, callbackType } = o;
  const st = startSolve('gmres', A, b, o as KrylovOptions);
  if ('info' in st) return st;
  const { s, bnorm, tol: atol, cap } = st;
  const { n, x } = s;
  const restart = Math.min(restart0 ?? 20, n);
  const cbType = callbackType ?? 'pr_norm';
  const eps = Number.EPSILON;
  const t = new Float64Array(n);
  const av = new Float64Array(n);
  precondition(s.M, s.b, t);
  const mbNorm = nrm2(n, t);
  // H column by column: H[col][k], k ≤ col + 1.
  const H = Array.from({ length: restart }, () => new Float64Array(restart + 1));
  const V = Array.from({ length: restart + 1 }, () => new Float64Array(n));
  const gc = new Float64Array(restart);
  const gs = new Float64Array(restart);
  const S = new Float64Array(restart + 1);
  const r = new Float64Array(n);
  let ptolFactor = 1;
  let ptol = mbNorm * Math.min(ptolFactor, atol / bnorm);
  let rnorm = Number.POSITIVE_INFINITY;
  residual(s, r, t);
  if (nrm2(n, r) < atol) return { x: solution(x, s.dtype), info: 0 };
  for (let iter = 0; iter < cap; iter++) {
    precondition(s.M, r, V[0]!);
    const beta = nrm2(n, V[0]!);
    scal(n, 1 / beta, V[0]!);
    S.fill(0);
    S[0] = beta;
    let breakdown = false;
    let presid = beta;
    let col = 0;
    for (col = 0; col < restart; col++) {
      s.A(V[col]!, av);
      const w = V[col + 1]!;
      precondition(s.M, av, w);
      const h = H[col]!;
      h.fill(0);
      const h0 = nrm2(n, w);
      for (let k = 0; k <= col; k++) {
        const c = dot(n, V[k]!, w);
        h[k] = c;
        axpy(n, -c, V[k]!, w);
      }
      const h1 = nrm2(n, w);
      h[col + 1] = h1;
      if (h1 <= eps * h0) {
        h[col + 1] = 0;
        breakdown = true;
      } else {
        scal(n, 1 / h1, w);
      }
      for (let k = 0; k < col; k++) {
        const a0 = h[k]!;
        const a1 = h[k + 1]!;
        h[k] = gc[k]! * a0 + gs[k]! * a1;
        h[k + 1] = -gs[k]! * a0 + gc[k]! * a1;
      }
      const [c, sn, mag] = rotation(h[col]!, h[col + 1]!);
      gc[col] = c;
      gs[col] = sn;
      h[col] = mag;
      h[col + 1] = 0;
      const tmp = -sn * S[col]!;
      S[col] = c * S[col]!;
      S[col + 1] = tmp;
      presid = Math.abs(tmp);
      if (callback && cbType === 'pr_norm') callback(presid / bnorm);
      if (presid <= ptol || breakdown) break;
    }
    if (col === restart) col = restart - 1;
    // Back substitution on the rotated triangle.
    if (H[col]![col] === 0) S[col] = 0;
    const y = S.slice(0, col + 1);
    for (let k = col; k > 0; k--) {
      if (y[k] !== 0) {
        y[k]! /= H[k]![k]!;
        const tk = y[k]!;
        for (let i = 0; i < k; i++) y[i]! -= tk * H[k]![i]!;
      }
    }
    if (y[0] !== 0) y[0]! /= H[0]![0]!;
    for (let k = 0; k <= col; k++) axpy(n, y[k]!, V[k]!, x);
    s.A(x, t);
    for (let i = 0; i < n; i++) r[i] = s.b[i]! - t[i]!;
    rnorm = nrm2(n, r);
    if (callback && cbType === 'x') callback(solution(x.slice(), s.dtype));
    if (rnorm <= atol || breakdown) break;
    if (presid <= ptol) ptolFactor = Math.max(eps, 0.25 * ptolFactor);
    else ptolFactor = Math.min(1, 1.5 * ptolFactor);
    ptol = presid * Math.min(ptolFactor, atol / rnorm);
  }
  return { x: solution(x, s.dtype), info: rnorm <= atol ? 0 : cap };
}

/** LAPACK's ?lartg for reals: [c, s, r] with [c s; −s c]·[f; g] = [r; 0]. */
function rotation(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, Math.sign(g), Math.abs(g)];
  const r = Math.sign(f) * Math.hypot(f, g);
  return [f / r, g / r, r];
}
