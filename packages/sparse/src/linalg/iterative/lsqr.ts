/** LSQR (Paige–Saunders) for least squares, damped least squares and consistent systems. */
import { type ArrayInput, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { type Kernel, type OperatorDType, type OperatorInput, aslinearoperator, wrapRaw } from '../operator.js';
import { bidiagonalStart, operatorArg, solution, solveDType, symOrtho, vectorArg } from './common.js';
import { nrm2, scal } from './vec.js';

/** Result of {@link lsqr} (SciPy's tuple as an object, camelCase). */
export interface LsqrResult {
  /** The solution, shape [N]. */
  x: NDArray;
  /**
   * Why it stopped: 0 x = 0 is exact; 1 A x ≈ b to atol/btol; 2 a least-squares solution to
   * atol; 3 cond(A) exceeded conlim; 4–6 the same at machine precision; 7 the iteration limit.
   */
  istop: number;
  /** Iterations taken. */
  itn: number;
  /** ‖b − A x‖. */
  r1norm: number;
  /** sqrt(‖b − A x‖² + damp²‖x‖²). */
  r2norm: number;
  /** Estimate of the Frobenius norm of [A; damp·I]. */
  anorm: number;
  /** Estimate of cond([A; damp·I]). */
  acond: number;
  /** Estimate of ‖Aᵀ r − damp² x‖. */
  arnorm: number;
  /** ‖x‖. */
  xnorm: number;
  /** Diagonal of (AᵀA + damp²I)⁻¹ estimates when `calcVar`, else zeros; shape [N]. */
  var: NDArray;
}

/** Options of {@link lsqr} (SciPy's keywords, camelCase). */
export interface LsqrOptions {
  /** Damping: minimise ‖A x − b‖² + damp²‖x − x0‖² (default 0). */
  damp?: number;
  /** Stopping tolerances on the relative errors in A and b (default 1e-6 each). */
  atol?: number;
  btol?: number;
  /** Stop when cond(A) exceeds it (default 1e8; 0 for no limit). */
  conlim?: number;
  /** Iteration cap (default 2·N). */
  iterLim?: number | null;
  /** Accepted for SciPy compatibility; Stride never prints. */
  show?: boolean;
  /** Estimate the diagonal of (AᵀA + damp²I)⁻¹ in `var`. */
  calcVar?: boolean;
  /** Starting guess (default zeros). */
  x0?: ArrayInput | null;
}

const parseLsqr = signature<LsqrOptions>(
  'lsqr',
  ['damp', 'atol', 'btol', 'conlim', 'iterLim', 'show', 'calcVar', 'x0'],
  {
    damp: is.finite,
    atol: is.number,
    btol: is.number,
    conlim: is.number,
    iterLim: is.orNone(is.nonNegInt),
    show: is.boolean,
    calcVar: is.boolean,
    x0: is.nullable(is.arrayLike),
  } as never,
);

/**
 * A (possibly rectangular) operator with its adjoint, and b, x as raw vectors: m, n are the raw
 * lengths (twice the dimensions for a complex problem, solved in its real form: see
 * {@link System}); dims are A's shape.
 */
export function leastSquaresSystem(
  fn: string,
  A: OperatorInput,
  b: ArrayInput,
  x0: ArrayInput | null | undefined,
): {
  m: number;
  n: number;
  dims: [number, number];
  dtype: OperatorDType;
  mv: Kernel;
  rmv: Kernel;
  b: Float64Array;
  x: Float64Array;
  hasX0: boolean;
} {
  const op0 = aslinearoperator(A);
  const [m, n] = op0.shape;
  if (op0.adjointKernel === null) throw new ValueError(`${fn}: A needs rmatvec (the products with Aᵀ)`);
  const dtype = solveDType(op0, b, x0, null);
  const op = operatorArg(op0, dtype === 'complex128');
  const L = dtype === 'complex128' ? 2 : 1;
  const bv = vectorArg(fn, 'b', b, m, dtype);
  const x = x0 === undefined || x0 === null ? new Float64Array(L * n) : vectorArg(fn, 'x0', x0, n, dtype);
  return {
    m: L * m,
    n: L * n,
    dims: [m, n],
    dtype,
    mv: op.kernel,
    rmv: op.adjointKernel as Kernel,
    b: bv,
    x,
    hasX0: x0 !== undefined && x0 !== null,
  };
}

/**
 * Least-squares solution of `A x = b` (or the damped problem) by LSQR (SciPy's
 * `scipy.sparse.linalg.lsqr`, Paige and Saunders 1982): Golub–Kahan bidiagonalisation with
 * plane rotations, for any real or complex M×N A that offers `A x` and `A^H x` (complex input: a
 * complex x, with the iterates of complex arithmetic; `var` sums each entry's real and imaginary
 * estimates).
 *
 * @param damp - damping factor (also `options.damp`).
 * @returns SciPy's fields `{ x, istop, itn, r1norm, r2norm, anorm, acond, arnorm, xnorm, var }`.
 * @throws {ShapeError} when b or x0 do not match A.
 * @example
 * ```ts
 * const { x, istop } = lsqr([[1, 0], [1, 1], [1, 2]], [1, 2, 4], { atol: 1e-12, btol: 1e-12 });
 * x.toArray(); // [0.833333333333333, 1.5]
 * istop; // 2
 * ```
 */
export function lsqr(
  A: OperatorInput,
  b: ArrayInput,
  damp?: number,
  atol?: number,
  btol?: number,
  conlim?: number,
  iterLim?: number | null,
  show?: boolean,
  calcVar?: boolean,
  x0?: ArrayInput | null,
  options?: LsqrOptions,
): LsqrResult;
export function lsqr(A: OperatorInput, b: ArrayInput, options?: LsqrOptions): LsqrResult;
export function lsqr(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): LsqrResult {
  const o = parseLsqr(rest);
  const damp = o.damp ?? 0;
  const atol = o.atol ?? 1e-6;
  const btol = o.btol ?? 1e-6;
  const conlim = o.conlim ?? 1e8;
  const calcVar = o.calcVar ?? false;
  const s = leastSquaresSystem('lsqr', A, b, o.x0);
  const { m, n, x } = s;
  const iterLim = o.iterLim ?? 2 * s.dims[1];
  const eps = Number.EPSILON;
  const variance = new Float64Array(n);
  let itn = 0;
  let istop = 0;
  const ctol = conlim > 0 ? 1 / conlim : 0;
  let anorm = 0;
  let acond = 0;
  const dampsq = damp * damp;
  let ddnorm = 0;
  let res2 = 0;
  let xnorm = 0;
  let xxnorm = 0;
  let z = 0;
  let cs2 = -1;
  let sn2 = 0;
  const tm = new Float64Array(m);
  const tn = new Float64Array(n);
  const start = bidiagonalStart(s.mv, s.rmv, s.b, x, s.hasX0);
  const { u, v, bnorm } = start;
  let { alpha: alfa, beta } = start;
  // SciPy's lsqr restarts v from x when b − A x0 = 0.
  if (beta === 0) v.set(x);
  const w = v.slice();
  let rhobar = alfa;
  let phibar = beta;
  let rnorm = beta;
  let r1norm = rnorm;
  let r2norm = rnorm;
  let arnorm = alfa * beta;
  const result = (): LsqrResult => ({
    x: solution(x, s.dtype),
    istop,
    itn,
    r1norm,
    r2norm,
    anorm,
    acond,
    arnorm,
    xnorm,
    // A complex problem's estimates are the sums over each entry's real and imaginary parts.
    var: wrapRaw(
      s.dtype === 'complex128'
        ? Float64Array.from({ length: n / 2 }, (_, i) => variance[2 * i]! + variance[2 * i + 1]!)
        : variance,
      'float64',
      [s.dtype === 'complex128' ? n / 2 : n],
    ),
  });
  if (arnorm === 0) return result();
  while (itn < iterLim) {
    itn++;
    s.mv(v, tm);
    for (let i = 0; i < m; i++) u[i] = tm[i]! - alfa * u[i]!;
    beta = nrm2(m, u);
    if (beta > 0) {
      scal(m, 1 / beta, u);
      anorm = Math.sqrt(anorm * anorm + alfa * alfa + beta * beta + dampsq);
      s.rmv(u, tn);
      for (let i = 0; i < n; i++) v[i] = tn[i]! - beta * v[i]!;
      alfa = nrm2(n, v);
      if (alfa > 0) scal(n, 1 / alfa, v);
    }
    let rhobar1 = rhobar;
    let psi = 0;
    if (damp > 0) {
      rhobar1 = Math.sqrt(rhobar * rhobar + dampsq);
      const cs1 = rhobar / rhobar1;
      const sn1 = damp / rhobar1;
      psi = sn1 * phibar;
      phibar = cs1 * phibar;
    }
    const [cs, sn, rho] = symOrtho(rhobar1, beta);
    const theta = sn * alfa;
    rhobar = -cs * alfa;
    const phi = cs * phibar;
    phibar = sn * phibar;
    const tau = sn * phi;
    const t1 = phi / rho;
    const t2 = -theta / rho;
    let dk2 = 0;
    for (let i = 0; i < n; i++) {
      const dk = w[i]! / rho;
      dk2 += dk * dk;
      if (calcVar) variance[i]! += dk * dk;
      x[i]! += t1 * w[i]!;
      w[i] = v[i]! + t2 * w[i]!;
    }
    ddnorm += dk2;
    const delta = sn2 * rho;
    const gambar = -cs2 * rho;
    const rhs = phi - delta * z;
    const zbar = rhs / gambar;
    xnorm = Math.sqrt(xxnorm + zbar * zbar);
    const gamma = Math.hypot(gambar, theta);
    cs2 = gambar / gamma;
    sn2 = theta / gamma;
    z = rhs / gamma;
    xxnorm += z * z;
    acond = anorm * Math.sqrt(ddnorm);
    const res1 = phibar * phibar;
    res2 += psi * psi;
    rnorm = Math.sqrt(res1 + res2);
    arnorm = alfa * Math.abs(tau);
    const r1sq = rnorm * rnorm - dampsq * xxnorm;
    r1norm = Math.sqrt(Math.abs(r1sq));
    if (r1sq < 0) r1norm = -r1norm;
    r2norm = rnorm;
    const test1 = rnorm / bnorm;
    const test2 = arnorm / (anorm * rnorm + eps);
    const test3 = 1 / (acond + eps);
    const tt1 = test1 / (1 + (anorm * xnorm) / bnorm);
    const rtol = btol + (atol * anorm * xnorm) / bnorm;
    if (itn >= iterLim) istop = 7;
    if (1 + test3 <= 1) istop = 6;
    if (1 + test2 <= 1) istop = 5;
    if (1 + tt1 <= 1) istop = 4;
    if (test3 <= ctol) istop = 3;
    if (test2 <= atol) istop = 2;
    if (test1 <= rtol) istop = 1;
    if (istop !== 0) break;
  }
  return result();
}
