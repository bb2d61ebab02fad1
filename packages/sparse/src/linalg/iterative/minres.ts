/** MINRES (Paige–Saunders) for symmetric, possibly indefinite systems. */
import { type ArrayInput, is, signature, ValueError } from '@stride/ndarray';
import type { OperatorInput } from '../operator.js';
import {
  type KrylovOptions,
  krylovChecks,
  precondition,
  report,
  residual,
  type SolveResult,
  solution,
  squareSystem,
} from './common.js';
import { dot, nrm2 } from './vec.js';

/** Options of {@link minres}: the Krylov options (no `atol`) plus the shift. */
export interface MinresOptions extends Omit<KrylovOptions, 'atol'> {
  /** Solve `(A − shift·I) x = b` instead (default 0). */
  shift?: number;
  /** Accepted for SciPy compatibility; Stride never prints. */
  show?: boolean;
  /** Accepted for SciPy compatibility (symmetry is detected through the Lanczos recurrence). */
  check?: boolean;
}

const { atol: _atol, ...checks } = krylovChecks;
const parseMinres = signature<MinresOptions>('minres', ['x0'], {
  ...checks,
  shift: is.finite,
  show: is.boolean,
  check: is.boolean,
} as never);

/**
 * Solves `(A − shift·I) x = b` by MINRES (SciPy's `scipy.sparse.linalg.minres`, the
 * Paige–Saunders algorithm) for a real symmetric or complex Hermitian (SciPy 1.17 refuses complex
 * input), possibly indefinite A, with an optional
 * symmetric positive definite preconditioner `M ≈ A⁻¹`. Stops when ‖r‖/(‖A‖‖x‖) ≤ rtol or
 * ‖A r‖/(‖A‖‖r‖) ≤ rtol, or when A looks singular or ill-conditioned to working precision.
 *
 * @returns `{ x, info }`: info 0 when it stopped on a test, `maxiter` (default 5·N) otherwise.
 * @throws {ValueError} when M is indefinite or A is seen not to be symmetric.
 * @example
 * ```ts
 * const { x, info } = minres([[1, 2], [2, -1]], [3, 1], { rtol: 1e-12 });
 * info; // 0
 * x.toArray(); // [1, 1]
 * ```
 */
export function minres(A: OperatorInput, b: ArrayInput, x0?: ArrayInput | null, options?: MinresOptions): SolveResult;
export function minres(A: OperatorInput, b: ArrayInput, options?: MinresOptions): SolveResult;
export function minres(A: OperatorInput, b: ArrayInput, ...rest: unknown[]): SolveResult {
  const { x0, rtol = 1e-5, maxiter, M, callback, shift = 0 } = parseMinres(rest);
  const s = squareSystem('minres', A, b, x0, M);
  const { n, x } = s;
  const cap = maxiter ?? 5 * s.dim;
  const eps = Number.EPSILON;
  let r1 = new Float64Array(n);
  let r2 = new Float64Array(n);
  let y = new Float64Array(n);
  const v = new Float64Array(n);
  let w = new Float64Array(n);
  let w1 = new Float64Array(n);
  let w2 = new Float64Array(n);
  residual(s, r1, y);
  precondition(s.M, r1, y);
  let beta1 = dot(n, r1, y);
  if (beta1 < 0) throw new ValueError('minres: the preconditioner M is not positive definite');
  if (beta1 === 0) return { x: solution(x, s.dtype), info: 0 };
  if (nrm2(n, s.b) === 0) return { x: solution(s.b.slice(), s.dtype), info: 0 };
  beta1 = Math.sqrt(beta1);
  let oldb = 0;
  let beta = beta1;
  let dbar = 0;
  let epsln = 0;
  let phibar = beta1;
  let rhs1 = beta1;
  let rhs2 = 0;
  let tnorm2 = 0;
  let gmax = 0;
  let gmin = Number.MAX_VALUE;
  let cs = -1;
  let sn = 0;
  r2.set(r1);
  let istop = 0;
  let itn = 0;
  while (itn < cap) {
    itn++;
    const sc = 1 / beta;
    for (let i = 0; i < n; i++) v[i] = sc * y[i]!;
    s.A(v, y);
    if (shift !== 0) for (let i = 0; i < n; i++) y[i]! -= shift * v[i]!;
    if (itn >= 2) {
      const f = beta / oldb;
      for (let i = 0; i < n; i++) y[i]! -= f * r1[i]!;
    }
    const alfa = dot(n, v, y);
    const f2 = alfa / beta;
    for (let i = 0; i < n; i++) y[i]! -= f2 * r2[i]!;
    // r1 ← r2, r2 ← y, y ← M r2 (buffers rotate; nothing is copied).
    const spare = r1;
    r1 = r2;
    r2 = y;
    y = spare;
    precondition(s.M, r2, y);
    oldb = beta;
    beta = dot(n, r2, y);
    if (beta < 0) throw new ValueError('minres: A is not symmetric (or M is not positive definite)');
    beta = Math.sqrt(beta);
    tnorm2 += alfa * alfa + oldb * oldb + beta * beta;
    if (itn === 1 && beta / beta1 <= 10 * eps) istop = -1;
    const oldeps = epsln;
    const delta = cs * dbar + sn * alfa;
    const gbar = sn * dbar - cs * alfa;
    epsln = sn * beta;
    dbar = -cs * beta;
    const root = Math.hypot(gbar, dbar);
    const gamma = Math.max(Math.hypot(gbar, beta), eps);
    cs = gbar / gamma;
    sn = beta / gamma;
    const phi = cs * phibar;
    phibar = sn * phibar;
    const denom = 1 / gamma;
    const t = w1;
    w1 = w2;
    w2 = w;
    w = t;
    for (let i = 0; i < n; i++) {
      w[i] = (v[i]! - oldeps * w1[i]! - delta * w2[i]!) * denom;
      x[i]! += phi * w[i]!;
    }
    gmax = Math.max(gmax, gamma);
    gmin = Math.min(gmin, gamma);
    const z = rhs1 / gamma;
    rhs1 = rhs2 - delta * z;
    rhs2 = -epsln * z;
    const Anorm = Math.sqrt(tnorm2);
    const ynorm = nrm2(n, x);
    const epsx = Anorm * ynorm * eps;
    const rnorm = phibar;
    const test1 = ynorm === 0 || Anorm === 0 ? Number.POSITIVE_INFINITY : rnorm / (Anorm * ynorm);
    const test2 = Anorm === 0 ? Number.POSITIVE_INFINITY : root / Anorm;
    const Acond = gmax / gmin;
    if (istop === 0) {
      if (1 + test2 <= 1) istop = 2;
      if (1 + test1 <= 1) istop = 1;
      if (itn >= cap) istop = 6;
      if (Acond >= 0.1 / eps) istop = 4;
      if (epsx >= beta1) istop = 3;
      if (test2 <= rtol) istop = 2;
      if (test1 <= rtol) istop = 1;
    }
    report(callback, x, s.dtype);
    if (istop !== 0) break;
  }
  return { x: solution(x, s.dtype), info: istop === 6 ? cap : 0 };
}
