/**
 * Windows defined by an optimality problem: Dolph–Chebyshev (`chebwin`) and the discrete
 * prolate spheroidal (Slepian) sequences (`dpss`).
 * @module
 */
import { ArgumentError, NDArray, ValueError, describeValue, is, signature } from '@stride/ndarray';
import { complexPlan } from '../fft/kernels/plan.js';
import type { WindowOptions } from './cosine.js';
import { build, checkM, finiteParam, required } from './core.js';
import { largestEigenpairs } from './tridiagonal.js';

/** Options of {@link chebwin}. */
export interface ChebwinOptions extends WindowOptions {
  /** Sidelobe attenuation in dB. */
  at?: number;
}

const parseChebwin = signature<ChebwinOptions>('chebwin', ['at', 'sym'], { at: is.number, sym: is.boolean });

/** The Dolph–Chebyshev window as the DFT of the Chebyshev polynomial sampled on the unit circle. */
function chebShape(at: number): (m: number) => Float64Array {
  return (m) => {
    const order = m - 1;
    const beta = Math.cosh(Math.acosh(10 ** (Math.abs(at) / 20)) / order);
    const buf = new Float64Array(2 * m);
    for (let k = 0; k < m; k++) {
      const x = beta * Math.cos((Math.PI * k) / m);
      let p: number;
      if (x > 1) p = Math.cosh(order * Math.acosh(x));
      else if (x < -1) p = (2 * (m % 2) - 1) * Math.cosh(order * Math.acosh(-x));
      else p = Math.cos(order * Math.acos(x));
      if (m % 2 === 1) {
        buf[2 * k] = p;
      } else {
        // a half-sample shift makes the even-length window symmetric
        buf[2 * k] = p * Math.cos((Math.PI / m) * k);
        buf[2 * k + 1] = p * Math.sin((Math.PI / m) * k);
      }
    }
    complexPlan(m).exec(buf, new Float64Array(2 * m), false);
    const w = new Float64Array(m);
    if (m % 2 === 1) {
      const n = (m + 1) / 2;
      for (let i = 0; i < n; i++) {
        const v = buf[2 * i] as number;
        w[n - 1 + i] = v;
        w[n - 1 - i] = v;
      }
    } else {
      const n = m / 2 + 1;
      for (let i = 1; i < n; i++) {
        const v = buf[2 * i] as number;
        w[n - 2 + i] = v;
        w[n - 1 - i] = v;
      }
    }
    let max = Number.NEGATIVE_INFINITY;
    for (const v of w) if (v > max) max = v;
    for (let i = 0; i < m; i++) w[i] = (w[i] as number) / max;
    return w;
  };
}

/**
 * The Dolph–Chebyshev window: the narrowest main lobe for equal sidelobes `at` dB down
 * (SciPy's `windows.chebwin`).
 *
 * @param M - number of points.
 * @param at - sidelobe attenuation in dB (its magnitude is used).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * chebwin(3, 100).toArray(); // [0.500010000100001, 1, 0.500010000100001]
 * ```
 */
export function chebwin(M: number, at: number, sym?: boolean, options?: WindowOptions): NDArray;
export function chebwin(M: number, at: number, options?: WindowOptions): NDArray;
export function chebwin(M: number, options: ChebwinOptions): NDArray;
export function chebwin(M: number, ...rest: unknown[]): NDArray {
  const { at, sym = true } = parseChebwin(rest);
  const a = finiteParam('chebwin', 'at', required('chebwin', 'at', at));
  return build('chebwin', M, sym, chebShape(a));
}

/** Options of {@link dpss}. */
export interface DpssOptions extends WindowOptions {
  /** The standardized half bandwidth NW (0 < NW < M/2). */
  NW?: number;
  /** Number of tapers (default: one, returned as a 1-D window); with it, a (Kmax, M) array. */
  Kmax?: number | null;
  /** 2 (unit energy), `'approximate'` or `'subsample'` (peak 1 with an even-length correction); default `'approximate'` for one taper, 2 with Kmax. */
  norm?: 2 | 'approximate' | 'subsample' | null;
}

const normCheck = ((v: unknown, fn: string, name: string) => {
  if (v === null || v === 2 || v === 'approximate' || v === 'subsample') return v;
  if (typeof v === 'string' || typeof v === 'number') {
    throw new ValueError(`${fn}: ${name} must be one of 2, "approximate", "subsample", got ${describeValue(v)}`);
  }
  throw new ArgumentError(`${fn}: ${name} must be 2, "approximate", "subsample" or null, got ${describeValue(v)}`);
}) as (v: unknown, fn: string, name: string) => 2 | 'approximate' | 'subsample' | null;

const parseDpss = signature<DpssOptions>('dpss', ['NW', 'Kmax', 'sym', 'norm'], {
  NW: is.number,
  Kmax: is.nullable(is.int),
  sym: is.boolean,
  norm: normCheck,
});

/**
 * The discrete prolate spheroidal (Slepian) sequences: the windows of M points whose energy is
 * most concentrated in the band |f| < NW/M (SciPy's `windows.dpss`), from the tridiagonal
 * matrix that commutes with the concentration problem (Percival and Walden).
 *
 * @param M - number of points.
 * @param NW - standardized half bandwidth, 0 < NW < M/2.
 * @param Kmax - number of tapers; omitted: one 1-D window; given: an array of shape (Kmax, M).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @param options - `norm`: 2, `'approximate'` or `'subsample'`.
 * @throws {ValueError} for NW outside (0, M/2), Kmax outside [1, M] or an unknown norm.
 * @example
 * ```ts
 * dpss(4, 1).shape; // [4]
 * dpss(8, 2, 3).shape; // [3, 8]
 * ```
 */
export function dpss(M: number, NW: number, Kmax?: number | null, sym?: boolean, options?: DpssOptions): NDArray;
export function dpss(M: number, NW: number, Kmax?: number | null, options?: DpssOptions): NDArray;
export function dpss(M: number, NW: number, options?: DpssOptions): NDArray;
export function dpss(M: number, options: DpssOptions): NDArray;
export function dpss(M: number, ...rest: unknown[]): NDArray {
  const fn = 'dpss';
  const o = parseDpss(rest);
  const NW = finiteParam(fn, 'NW', required(fn, 'NW', o.NW));
  const sym = o.sym ?? true;
  const single = o.Kmax === undefined || o.Kmax === null;
  const norm = o.norm ?? (single ? 'approximate' : 2);
  const m0 = checkM(fn, M);
  if (m0 <= 1) return build(fn, m0, sym, () => new Float64Array(0));
  const K = single ? 1 : (o.Kmax as number);
  if (!(K > 0 && K <= m0)) throw new ValueError(`${fn}: Kmax must be greater than 0 and at most M (${m0}), got ${K}`);
  if (NW >= m0 / 2) throw new ValueError(`${fn}: NW must be less than M/2 (${m0 / 2}), got ${NW}`);
  if (NW <= 0) throw new ValueError(`${fn}: NW must be positive, got ${NW}`);
  const m = sym ? m0 : m0 + 1;
  const W = NW / m;
  const d = new Float64Array(m);
  const e = new Float64Array(m - 1);
  const c = Math.cos(2 * Math.PI * W);
  for (let i = 0; i < m; i++) d[i] = ((m - 1 - 2 * i) / 2) ** 2 * c;
  for (let i = 1; i < m; i++) e[i - 1] = (i * (m - i)) / 2;
  const { vectors } = largestEigenpairs(d, e, K);
  // sign conventions: symmetric tapers have a positive mean, antisymmetric ones begin positive
  const thresh = Math.max(1e-7, 1 / m);
  vectors.forEach((v, k) => {
    let flip = false;
    if (k % 2 === 0) {
      let s = 0;
      for (const x of v) s += x;
      flip = s < 0;
    } else {
      for (const x of v) {
        if (x * x > thresh) {
          flip = x < 0;
          break;
        }
      }
    }
    if (flip) for (let i = 0; i < m; i++) v[i] = -(v[i] as number);
  });
  if (norm !== 2) {
    let max = Number.NEGATIVE_INFINITY;
    for (const v of vectors) for (const x of v) if (x > max) max = x;
    let corr = 1 / max;
    if (m % 2 === 0) {
      if (norm === 'approximate') corr *= (m * m) / (m * m + NW);
      else corr *= m / subsampleSum(vectors[0] as Float64Array, 1 / max);
    }
    for (const v of vectors) for (let i = 0; i < m; i++) v[i] = (v[i] as number) * corr;
  }
  const out = new Float64Array(K * m0);
  for (let k = 0; k < K; k++) out.set((vectors[k] as Float64Array).subarray(0, m0), k * m0);
  return new NDArray('float64', out, single ? [m0] : [K, m0]);
}

/** Σ Re of the spectrum of w·scale shifted by half a sample (SciPy's 'subsample' correction), even length. */
function subsampleSum(w: Float64Array, scale: number): number {
  const m = w.length;
  const buf = new Float64Array(2 * m);
  for (let n = 0; n < m; n++) buf[2 * n] = (w[n] as number) * scale;
  complexPlan(m).exec(buf, new Float64Array(2 * m), false);
  let total = buf[0] as number;
  for (let k = 1; k <= m / 2; k++) {
    const a = Math.PI * (1 - 1 / m) * k;
    total += 2 * ((buf[2 * k] as number) * Math.cos(a) - (buf[2 * k + 1] as number) * Math.sin(a));
  }
  return total;
}
