/** What the Krylov solvers share: argument checks, the operator/vector set-up and the result. */
import { type ArrayInput, asarray, is, type NDArray, ShapeError } from '@stride/ndarray';
import {
  aslinearoperator,
  type Kernel,
  type LinearOperator,
  type OperatorDType,
  type OperatorInput,
  rawOf,
  wrapRaw,
} from '../operator.js';
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

/**
 * A square system, its right-hand side and starting guess as raw vectors. A complex system
 * (complex A, b, x0 or M) is solved in its real form: the complex vectors' interleaved storage
 * (re, im, re, im, ...) is a real vector of length 2N and the complex operator's kernel, applied
 * to it, is a real linear map whose transpose is the kernel of A^H. For Hermitian A (cg, minres)
 * and for the least-squares solvers the real-form iterates are those of complex arithmetic (the
 * optimal polynomials have real coefficients); gmres and bicgstab converge to the same solution.
 */
export interface System {
  /** Length of the raw vectors (2N for a complex system). */
  n: number;
  /** N, the order of A. */
  dim: number;
  /** `'complex128'` when the system is complex: results are complex. */
  dtype: OperatorDType;
  A: Kernel;
  /** Preconditioner kernel, or null for the identity. */
  M: Kernel | null;
  b: Float64Array;
  x: Float64Array;
  /** Whether x0 was given (and nonzero): the first residual needs a product. */
  hasX0: boolean;
}

/** Whether an array argument is complex (its dtype, without converting anything else). */
function isComplexArg(v: ArrayInput | null | undefined): boolean {
  if (v === undefined || v === null) return false;
  const d = asarray(v).dtype;
  return d === 'complex128' || d === 'complex64';
}

/** The operator of a solver's A (any matrix-like), promoted to complex when `complex`. */
export function operatorArg(A: OperatorInput, complex: boolean): LinearOperator {
  const op = aslinearoperator(A);
  return complex ? op.promote('complex128') : op;
}

/** A vector argument as raw storage of n entries in `dtype` (complex: 2n numbers, interleaved). */
export function vectorArg(
  fn: string,
  name: string,
  v: ArrayInput,
  n: number,
  dtype: OperatorDType = 'float64',
): Float64Array {
  const a = asarray(v);
  if (!((a.ndim === 1 && a.shape[0] === n) || (a.ndim === 2 && a.shape[0] === n && a.shape[1] === 1))) {
    throw new ShapeError(`${fn}: ${name} has shape [${a.shape.join(', ')}], expected [${n}] or [${n}, 1]`);
  }
  return rawOf(a, dtype).slice();
}

/** The dtype a solve runs in: complex when A, b, x0 or M is. */
export function solveDType(
  A: LinearOperator,
  b: ArrayInput,
  x0: ArrayInput | null | undefined,
  M: LinearOperator | null,
): OperatorDType {
  const complex = A.dtype === 'complex128' || M?.dtype === 'complex128' || isComplexArg(b) || isComplexArg(x0);
  return complex ? 'complex128' : 'float64';
}

/** Sets up a square system A x = b with optional x0 and preconditioner M. */
export function squareSystem(
  fn: string,
  A: OperatorInput,
  b: ArrayInput,
  x0: ArrayInput | null | undefined,
  M: OperatorInput | null | undefined,
): System {
  const op0 = aslinearoperator(A);
  const [m, n] = op0.shape;
  if (m !== n) throw new ShapeError(`${fn}: A must be square, got shape [${m}, ${n}]`);
  const mop0 = M !== undefined && M !== null ? aslinearoperator(M) : null;
  if (mop0 !== null && (mop0.shape[0] !== n || mop0.shape[1] !== n)) {
    throw new ShapeError(`${fn}: M has shape [${mop0.shape.join(', ')}], expected [${n}, ${n}] to match A`);
  }
  const dtype = solveDType(op0, b, x0, mop0);
  const complex = dtype === 'complex128';
  const L = complex ? 2 : 1;
  const bv = vectorArg(fn, 'b', b, n, dtype);
  const x = x0 === undefined || x0 === null ? new Float64Array(L * n) : vectorArg(fn, 'x0', x0, n, dtype);
  const Mk = mop0 === null ? null : operatorArg(mop0, complex).kernel;
  return {
    n: L * n,
    dim: n,
    dtype,
    A: operatorArg(op0, complex).kernel,
    M: Mk,
    b: bv,
    x,
    hasX0: x.some((v) => v !== 0),
  };
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

/** The solution as an NDArray of shape [N] (complex128 for a complex system). */
export function solution(x: Float64Array, dtype: OperatorDType): NDArray {
  return wrapRaw(x, dtype, [dtype === 'complex128' ? x.length / 2 : x.length]);
}

/** Calls a user callback with a copy of the iterate. */
export function report(cb: ((xk: NDArray) => void) | null | undefined, x: Float64Array, dtype: OperatorDType): void {
  if (cb) cb(solution(x.slice(), dtype));
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
  if (bnorm === 0) return { x: solution(s.b.slice(), s.dtype), info: 0 };
  return { s, bnorm, tol: Math.max(o.atol ?? 0, (o.rtol ?? 1e-5) * bnorm), cap: o.maxiter ?? 10 * s.dim };
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
