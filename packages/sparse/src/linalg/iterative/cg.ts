/** Conjugate gradients for symmetric (Hermitian) positive definite systems. */
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

const parseCg = signature<KrylovOptions>('cg', ['x0'], krylovChecks as never);

/**
 * Solves `A x = b` by the conjugate gradient method (SciPy's `scipy.sparse.linalg.cg`), for a
 * real symmetric or complex Hermitian positive definite A (matrix, sparse matrix or LinearOperator;
 * complex A, b, x0 or M give a complex x, with the iterates of complex CG), optionally with
 * a symmetric positive definite preconditioner `M ≈ A⁻¹`. Stops when ‖b − A x‖ < max(rtol·‖b‖, atol).
 *
 * @param b - right-hand side, shape [N] or [N, 1].
 * @param x0 - starting guess (default zeros); also `options.x0`.
 * @returns `{ x, info }`: info 0 when converged, else the iteration count reached (`maxiter`, default 10·N).
 * @throws {ShapeError} when A is not square or b, x0, M do not match it.
 * @example
 * ```ts
 * const { x, info } = cg([[4, 1], [1, 3]], [1, 2], { rtol: 1e-12 });
 * info; // 0
 * x.toArray(); // [0.0909090909090909, 0.636363636363636]
 * ```
 */
export function cg(A: OperatorInput, b: ArrayInput, x0?: ArrayInput | null, options?: KrylovOptions): SolveResult;
export function cg(A: OperatorInput, b: ArrayInput, options?: KrylovOptions): SolveResult;
export function cg(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): SolveResult {
  const o = parseCg(rest);
  const st = startSolve('cg', A, b, o);
  if ('info' in st) return st;
  const { s, tol, cap } = st;
  const { n, x } = s;
  const callback = o.callback;
  const r = new Float64Array(n);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  residual(s, r, q);
  let rhoPrev = 0;
  for (let it = 0; it < cap; it++) {
    if (nrm2(n, r) < tol) return { x: solution(x, s.dtype), info: 0 };
    precondition(s.M, r, z);
    const rho = dot(n, r, z);
    if (it > 0) {
      const beta = rho / rhoPrev;
      for (let i = 0; i < n; i++) p[i] = z[i]! + beta * p[i]!;
    } else {
      p.set(z);
    }
    s.A(p, q);
    const alpha = rho / dot(n, p, q);
    axpy(n, alpha, p, x);
    axpy(n, -alpha, q, r);
    rhoPrev = rho;
    report(callback, x, s.dtype);
  }
  return { x: solution(x, s.dtype), info: cap };
}
