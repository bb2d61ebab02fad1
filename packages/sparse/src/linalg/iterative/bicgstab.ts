/** BiCGSTAB (van der Vorst) for general square systems. */
import { type ArrayInput, signature } from '@stride/ndarray';
import type { OperatorInput } from '../operator.js';
import {
  type KrylovOptions,
  krylovChecks,
  precondition,
  report,
  residual,
  type SolveResult,
  solution,
  startSolve,
} from './common.js';
import { axpy, dot, nrm2 } from './vec.js';

const parseBicgstab = signature<KrylovOptions>('bicgstab', ['x0'], krylovChecks as never);

/**
 * Solves `A x = b` by the stabilised biconjugate gradient method (SciPy's
 * `scipy.sparse.linalg.bicgstab`) for a general square A, with an optional right preconditioner
 * `M ≈ A⁻¹`. Stops when ‖b − A x‖ < max(rtol·‖b‖, atol). Complex A, b, x0 or M give a complex x
 * (the system is iterated in its real form, which reaches the same solution as SciPy's complex
 * iteration).
 *
 * @returns `{ x, info }`: info 0 converged; the iteration count when `maxiter` (default 10·N) was
 * reached; −10 when ρ broke down (|ρ| < ε²), −11 when ω did.
 * @throws {ShapeError} when A is not square or b, x0, M do not match it.
 * @example
 * ```ts
 * const { x, info } = bicgstab([[3, 1], [-1, 2]], [5, 0], { rtol: 1e-12 });
 * info; // 0
 * x.toArray(); // [1.42857142857143, 0.714285714285714]
 * ```
 */
export function bicgstab(A: OperatorInput, b: ArrayInput, x0?: ArrayInput | null, options?: KrylovOptions): SolveResult;
export function bicgstab(A: OperatorInput, b: ArrayInput, options?: KrylovOptions): SolveResult;
export function bicgstab(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): SolveResult {
  const o = parseBicgstab(rest);
  const st = startSolve('bicgstab', A, b, o);
  if ('info' in st) return st;
  const { s, tol, cap } = st;
  const { n, x } = s;
  const callback = o.callback;
  const breakTol = Number.EPSILON ** 2;
  const r = new Float64Array(n);
  const rt = new Float64Array(n);
  const p = new Float64Array(n);
  const ph = new Float64Array(n);
  const v = new Float64Array(n);
  const sh = new Float64Array(n);
  const t = new Float64Array(n);
  residual(s, r, t);
  rt.set(r);
  let rhoPrev = 0;
  let alpha = 0;
  let omega = 0;
  for (let it = 0; it < cap; it++) {
    if (nrm2(n, r) < tol) return { x: solution(x, s.dtype), info: 0 };
    const rho = dot(n, rt, r);
    if (Math.abs(rho) < breakTol) return { x: solution(x, s.dtype), info: -10 };
    if (it > 0) {
      if (Math.abs(omega) < breakTol) return { x: solution(x, s.dtype), info: -11 };
      const beta = (rho / rhoPrev) * (alpha / omega);
      for (let i = 0; i < n; i++) p[i] = r[i]! + beta * (p[i]! - omega * v[i]!);
    } else {
      p.set(r);
    }
    precondition(s.M, p, ph);
    s.A(ph, v);
    const rv = dot(n, rt, v);
    if (rv === 0) return { x: solution(x, s.dtype), info: -11 };
    alpha = rho / rv;
    axpy(n, -alpha, v, r);
    if (nrm2(n, r) < tol) {
      axpy(n, alpha, ph, x);
      return { x: solution(x, s.dtype), info: 0 };
    }
    precondition(s.M, r, sh);
    s.A(sh, t);
    omega = dot(n, t, r) / dot(n, t, t);
    axpy(n, alpha, ph, x);
    axpy(n, omega, sh, x);
    axpy(n, -omega, t, r);
    rhoPrev = rho;
    report(callback, x, s.dtype);
  }
  return { x: solution(x, s.dtype), info: cap };
}
