/** What the Krylov solvers share: argument checks, the operator/vector set-up and the result. */
import { type ArrayInput, asarray, DTypeError, is, type NDArray, ShapeError } from '@stride/ndarray';
import { aslinearoperator, type Kernel, type LinearOperator, type OperatorInput, rawOf, wrapRaw } from '../operator.js';
import { nrm2 } from './vec.js';

/** Result of {@link cg}, {@link gmres}, {@link bicgstab} and {@link minres} (SciPy's `(x, info)`). */
export interface SolveResult {
  /** The approximate solution, shape [N]. */
  x: NDArray;
  /**
   * 0: converged to the tolerance; > 0: the iteration count at which it stopped without
   * converging (SciPy's convention); < 0: a breakdown (bicgstab: −10 for ρ ≈ 0, −11 for ω ≈ 0).
   */
  info: number;
}

/** Options shared by cg, bicgstab, gmres and minres (SciPy's keywords). */
export interface KrylovOptions {
  /** Starting guess (default zeros). */
  x0?: ArrayInput | null;
  /** Relative tolerance: stop when ‖r‖ ≤ max(rtol·‖b‖, atol) (default 1e-5). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
  /** Iteration cap (default 10·N; minres 5·N; gmres counts restart cycles). */
  maxiter?: number | null;
  /** Preconditioner approximating A⁻¹: a matrix, sparse matrix or LinearOperator. */
  M?: OperatorInput | null;
  /** Called after each iteration with the current iterate (a copy). */
  callback?: ((xk: NDArray) => void) | null;
}

/** The option checks every Krylov solver uses. */
export const krylovChecks = {
  x0: is.nullable(is.arrayLike),
  rtol: is.number,
  atol: is.number,
  maxiter: is.orNone(is.positiveInt),
  M: is.any,
  callback: is.nullable(is.func),
};

/** A square real system, its right-hand side and starting guess as raw vectors. */
export interface System {
  n: number;
  A: Kernel;
  /** Preconditioner kernel, or null for the identity. */
  M: Kernel | null;
  b: Float64Array;
  x: Float64Array;
  /** Whether x0 was given (and nonzero): the first residual needs a product. */
  hasX0: boolean;
}

/** The operator of a solver's A (any matrix-like), checked square and real. */
export function realOperator(fn: string, A: OperatorInput, name = 'A'): LinearOperator {
  const op = aslinearoperator(A);
  if (op.dtype !== 'float64') {
    throw new DTypeError(`${fn}: complex ${name} is not supported yet (float64 only)`);
  }
  return op;
}

/** A vector argument as raw float64 storage of length n. */
export function vectorArg(fn: string, name: string, v: ArrayInput, n: number): Float64Array {
  const a = asarray(v);
  if (a.dtype === 'complex128' || a.dtype === 'complex64') {
    throw new DTypeError(`${fn}: complex ${name} is not supported yet (float64 only)`);
  }
  if (!((a.ndim === 1 && a.shape[0] === n) || (a.ndim === 2 && a.shape[0] === n && a.shape[1] === 1))) {
    throw new ShapeError(`${fn}: ${name} has shape [${a.shape.join(', ')}], expected [${n}] or [${n}, 1]`);
  }
  return rawOf(a, 'float64').slice();
}

/** Sets up a square system A x = b with optional x0 and preconditioner M. */
export function squareSystem(
  fn: string,
  A: OperatorInput,
  b: ArrayInput,
  x0: ArrayInput | null | undefined,
  M: OperatorInput | null | undefined,
): System {
  const op = realOperator(fn, A);
  const [m, n] = op.shape;
  if (m !== n) throw new ShapeError(`${fn}: A must be square, got shape [${m}, ${n}]`);
  const bv = vectorArg(fn, 'b', b, n);
  const x = x0 === undefined || x0 === null ? new Float64Array(n) : vectorArg(fn, 'x0', x0, n);
  let Mk: Kernel | null = null;
  if (M !== undefined && M !== null) {
    const mop = realOperator(fn, M, 'M');
    if (mop.shape[0] !== n || mop.shape[1] !== n) {
      throw new ShapeError(`${fn}: M has shape [${mop.shape.join(', ')}], expected [${n}, ${n}] to match A`);
    }
    Mk = mop.kernel;
  }
  return { n, A: op.kernel, M: Mk, b: bv, x, hasX0: x.some((v) => v !== 0) };
}

/** z = M r (copy when there is no preconditioner). */
export function precondition(M: Kernel | null, r: Float64Array, z: Float64Array): void {
  if (M === null) z.set(r);
  else M(r, z);
}

/** r = b − A x (one product when x is nonzero). */
export function residual(s: System, r: Float64Array, t: Float64Array): void {
  if (!s.hasX0) {
    r.set(s.b);
    return;
  }
  s.A(s.x, t);
  for (let i = 0; i < s.n; i++) r[i] = s.b[i]! - t[i]!;
}

/** The solution as an NDArray of shape [N]. */
export function solution(x: Float64Array): NDArray {
  return wrapRaw(x, 'float64', [x.length]);
}

/** Calls a user callback with a copy of the iterate. */
export function report(cb: ((xk: NDArray) => void) | null | undefined, x: Float64Array): void {
  if (cb) cb(wrapRaw(x.slice(), 'float64', [x.length]));
}

/** SciPy's stable plane rotation: [c, s, r] with c·a + s·b = r and −s·a + c·b = 0. */
export function symOrtho(a: number, b: number): [number, number, number] {
  if (b === 0) return [a === 0 ? 0 : Math.sign(a), 0, Math.abs(a)];
  if (a === 0) return [0, Math.sign(b), Math.abs(b)];
  if (Math.abs(b) > Math.abs(a)) {
    const tau = a / b;
    const s = Math.sign(b) / Math.sqrt(1 + tau * tau);
    return [s * tau, s, b / s];
  }
  const tau = b / a;
  const c = Math.sign(a) / Math.sqrt(1 + tau * tau);
  return [c, c * tau, a / c];
}

/** A solve ready to iterate: the system, ‖b‖, the absolute stopping tolerance and the iteration cap. */
export interface Started {
  s: System;
  bnorm: number;
  tol: number;
  cap: number;
}

/**
 * The set-up cg, bicgstab and gmres share: the system, tol = max(atol, rtol·‖b‖) and the cap
 * (`maxiter`, default 10·N). For b = 0 the answer itself (x = 0, info 0) comes back instead.
 */
export function startSolve(fn: string, A: OperatorInput, b: ArrayInput, o: KrylovOptions): Started | SolveResult {
  const s = squareSystem(fn, A, b, o.x0, o.M);
  const bnorm = nrm2(s.n, s.b);
  if (bnorm === 0) return { x: solution(s.b.slice()), info: 0 };
  return { s, bnorm, tol: Math.max(o.atol ?? 0, (o.rtol ?? 1e-5) * bnorm), cap: o.maxiter ?? 10 * s.n };
}

/** The first step of Golub–Kahan bidiagonalisation from r = b − A x0: β u = r, α v = Aᵀ u. */
export function bidiagonalStart(
  mv: Kernel,
  rmv: Kernel,
  b: Float64Array,
  x: Float64Array,
  hasX0: boolean,
): { u: Float64Array; v: Float64Array; alpha: number; beta: number; bnorm: number } {
  const m = b.length;
  const u = b.slice();
  const bnorm = nrm2(m, u);
  if (hasX0) {
    const t = new Float64Array(m);
    mv(x, t);
    for (let i = 0; i < m; i++) u[i]! -= t[i]!;
  }
  const beta = nrm2(m, u);
  const v = new Float64Array(x.length);
  let alpha = 0;
  if (beta > 0) {
    for (let i = 0; i < m; i++) u[i]! /= beta;
    rmv(u, v);
    alpha = nrm2(v.length, v);
  }
  if (alpha > 0) for (let i = 0; i < v.length; i++) v[i]! /= alpha;
  return { u, v, alpha, beta, bnorm };
}
