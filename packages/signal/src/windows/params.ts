/**
 * Windows with parameters: kaiser, kaiserBesselDerived, gaussian, generalGaussian,
 * exponential, tukey, taylor.
 * @module
 */
import { type NDArray, ValueError, is, signature } from '@stride/ndarray';
import type { WindowOptions } from './cosine.js';
import { cosineSum } from './cosine.js';
import { besselI0, build, checkM, finiteParam, required } from './core.js';

/** Kaiser's window shape for a β. */
export function kaiserShape(beta: number): (m: number) => Float64Array {
  return (m) => {
    const w = new Float64Array(m);
    const alpha = (m - 1) / 2;
    const den = besselI0(beta);
    for (let n = 0; n < m; n++) {
      const r = (n - alpha) / alpha;
      w[n] = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / den;
    }
    return w;
  };
}

/** Options of {@link kaiser}. */
export interface KaiserOptions extends WindowOptions {
  /** The shape parameter β (0 rectangular, 5 like Hamming, 8.6 like Blackman). */
  beta?: number;
}

const parseKaiser = signature<KaiserOptions>('kaiser', ['beta', 'sym'], { beta: is.number, sym: is.boolean });

/**
 * The Kaiser window, I0(β·√(1 − (2n/(M−1) − 1)²))/I0(β) (SciPy's `windows.kaiser`).
 *
 * @param M - number of points.
 * @param beta - the shape parameter β (finite).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @throws {ValueError} when β is not finite.
 * @example
 * ```ts
 * kaiser(3, 0).toArray(); // [1, 1, 1]
 * kaiser(3, 5).toArray(); // [0.0367108922712867, 1, 0.0367108922712867]
 * ```
 */
export function kaiser(M: number, beta: number, sym?: boolean, options?: WindowOptions): NDArray;
export function kaiser(M: number, beta: number, options?: WindowOptions): NDArray;
export function kaiser(M: number, options: KaiserOptions): NDArray;
export function kaiser(M: number, ...rest: unknown[]): NDArray {
  const { beta, sym = true } = parseKaiser(rest);
  const b = finiteParam('kaiser', 'beta', required('kaiser', 'beta', beta));
  return build('kaiser', M, sym, kaiserShape(b));
}

const parseKbd = signature<KaiserOptions>('kaiserBesselDerived', ['beta'], { beta: is.number, sym: is.boolean });

/**
 * The Kaiser–Bessel derived window of even length (the MDCT's, Princen–Bradley: w[n]² +
 * w[n + M/2]² = 1) (SciPy's `windows.kaiser_bessel_derived`).
 *
 * @param M - number of points (even).
 * @param beta - the shape parameter β of the Kaiser window it derives from.
 * @param options - `sym` must be `true` (the window exists only in its symmetric form).
 * @throws {ValueError} for odd M or `sym: false`.
 * @example
 * ```ts
 * kaiserBesselDerived(2, 1).toArray(); // [0.7071067811865476, 0.7071067811865476]
 * ```
 */
export function kaiserBesselDerived(M: number, beta: number, options?: WindowOptions): NDArray;
export function kaiserBesselDerived(M: number, options: KaiserOptions): NDArray;
export function kaiserBesselDerived(M: number, ...rest: unknown[]): NDArray {
  const fn = 'kaiserBesselDerived';
  const { beta, sym = true } = parseKbd(rest);
  const b = finiteParam(fn, 'beta', required(fn, 'beta', beta));
  if (!sym) throw new ValueError(`${fn}: the window is only defined symmetric, got sym = false`);
  const m = checkM(fn, M);
  if (m >= 1 && m % 2 === 1) throw new ValueError(`${fn}: M must be even, got ${m}`);
  return build(fn, m, true, (len) => {
    const half = len / 2;
    const k = kaiserShape(b)(half + 1);
    const csum = new Float64Array(half + 1);
    let s = 0;
    for (let i = 0; i <= half; i++) {
      s += k[i] as number;
      csum[i] = s;
    }
    const w = new Float64Array(len);
    for (let i = 0; i < half; i++) {
      const v = Math.sqrt((csum[i] as number) / s);
      w[i] = v;
      w[len - 1 - i] = v;
    }
    return w;
  });
}

/** Options of {@link gaussian}. */
export interface GaussianOptions extends WindowOptions {
  /** The standard deviation σ in samples. */
  std?: number;
}

const parseGaussian = signature<GaussianOptions>('gaussian', ['std', 'sym'], { std: is.number, sym: is.boolean });

/**
 * The Gaussian window, exp(−½ (n − (M−1)/2)²/σ²) (SciPy's `windows.gaussian`).
 *
 * @param M - number of points.
 * @param std - the standard deviation σ.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * gaussian(3, 1).toArray(); // [0.6065306597126334, 1, 0.6065306597126334]
 * ```
 */
export function gaussian(M: number, std: number, sym?: boolean, options?: WindowOptions): NDArray;
export function gaussian(M: number, std: number, options?: WindowOptions): NDArray;
export function gaussian(M: number, options: GaussianOptions): NDArray;
export function gaussian(M: number, ...rest: unknown[]): NDArray {
  const { std, sym = true } = parseGaussian(rest);
  const sd = required('gaussian', 'std', std);
  return build('gaussian', M, sym, (m) => {
    const w = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const n = i - (m - 1) / 2;
      w[i] = Math.exp(-(n * n) / (2 * sd * sd));
    }
    return w;
  });
}

/** Options of {@link generalGaussian}. */
export interface GeneralGaussianOptions extends WindowOptions {
  /** The shape p (1 is the Gaussian, 0.5 the Laplace shape). */
  p?: number;
  /** The width σ. */
  sig?: number;
}

const parseGeneralGaussian = signature<GeneralGaussianOptions>('generalGaussian', ['p', 'sig', 'sym'], {
  p: is.number,
  sig: is.number,
  sym: is.boolean,
});

/**
 * The generalized Gaussian window, exp(−½ |(n − (M−1)/2)/σ|^(2p)) (SciPy's `windows.general_gaussian`).
 *
 * @param M - number of points.
 * @param p - the shape p.
 * @param sig - the width σ.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * generalGaussian(3, 1, 1).toArray(); // [0.6065306597126334, 1, 0.6065306597126334]
 * ```
 */
export function generalGaussian(M: number, p: number, sig: number, sym?: boolean, options?: WindowOptions): NDArray;
export function generalGaussian(M: number, p: number, sig: number, options?: WindowOptions): NDArray;
export function generalGaussian(M: number, options: GeneralGaussianOptions): NDArray;
export function generalGaussian(M: number, ...rest: unknown[]): NDArray {
  const fn = 'generalGaussian';
  const { p, sig, sym = true } = parseGeneralGaussian(rest);
  const pp = required(fn, 'p', p);
  const sg = required(fn, 'sig', sig);
  return build(fn, M, sym, (m) => {
    const w = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const n = i - (m - 1) / 2;
      w[i] = Math.exp(-0.5 * Math.abs(n / sg) ** (2 * pp));
    }
    return w;
  });
}

/** Options of {@link exponential}. */
export interface ExponentialOptions extends WindowOptions {
  /** Where the window peaks (default the middle, (M−1)/2); only with `sym: false`. */
  center?: number | null;
  /** The decay τ (default 1): the window falls by e^(−1) per τ samples. */
  tau?: number;
}

const parseExponential = signature<ExponentialOptions>('exponential', ['center', 'tau', 'sym'], {
  center: is.nullable(is.number),
  tau: is.number,
  sym: is.boolean,
});

/**
 * The exponential (Poisson) window, exp(−|n − center|/τ) (SciPy's `windows.exponential`).
 *
 * @param M - number of points.
 * @param center - the peak position (default (M−1)/2); a ValueError with `sym: true`.
 * @param tau - the decay τ (default 1).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * exponential(3).toArray(); // [0.36787944117144233, 1, 0.36787944117144233]
 * exponential(3, 0, 1, false).toArray(); // [1, 0.36787944117144233, 0.1353352832366127]
 * ```
 */
export function exponential(
  M: number,
  center?: number | null,
  tau?: number,
  sym?: boolean,
  options?: WindowOptions,
): NDArray;
export function exponential(M: number, center?: number | null, tau?: number, options?: WindowOptions): NDArray;
export function exponential(M: number, options: ExponentialOptions): NDArray;
export function exponential(M: number, ...rest: unknown[]): NDArray {
  const { center, tau = 1, sym = true } = parseExponential(rest);
  if (sym && center !== undefined && center !== null) {
    throw new ValueError(`exponential: a center (${center}) makes no sense for a symmetric window; pass sym: false`);
  }
  return build('exponential', M, sym, (m) => {
    const c = center ?? (m - 1) / 2;
    const w = new Float64Array(m);
    for (let n = 0; n < m; n++) w[n] = Math.exp(-Math.abs(n - c) / tau);
    return w;
  });
}

/** Options of {@link tukey}. */
export interface TukeyOptions extends WindowOptions {
  /** The fraction of the window inside the cosine tapers (default 0.5; 0 rectangular, 1 Hann). */
  alpha?: number;
}

const parseTukey = signature<TukeyOptions>('tukey', ['alpha', 'sym'], { alpha: is.number, sym: is.boolean });

/**
 * The Tukey (tapered cosine) window (SciPy's `windows.tukey`).
 *
 * @param M - number of points.
 * @param alpha - fraction inside the tapers (default 0.5): ≤ 0 rectangular, ≥ 1 Hann.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * tukey(5).toArray(); // [0, 1, 1, 1, 0]
 * tukey(5, 1).toArray(); // [0, 0.5, 1, 0.5, 0]
 * ```
 */
export function tukey(M: number, alpha?: number, sym?: boolean, options?: WindowOptions): NDArray;
export function tukey(M: number, alpha?: number, options?: WindowOptions): NDArray;
export function tukey(M: number, options: TukeyOptions): NDArray;
export function tukey(M: number, ...rest: unknown[]): NDArray {
  const { alpha = 0.5, sym = true } = parseTukey(rest);
  if (Number.isNaN(alpha)) throw new ValueError('tukey: alpha must be a number, got NaN');
  if (alpha >= 1) return build('tukey', M, sym, cosineSum([0.5, 0.5]));
  return build('tukey', M, sym, (m) => {
    const w = new Float64Array(m).fill(1);
    if (alpha <= 0) return w;
    const width = Math.floor((alpha * (m - 1)) / 2);
    for (let n = 0; n <= width; n++) {
      w[n] = 0.5 * (1 + Math.cos(Math.PI * (-1 + (2 * n) / alpha / (m - 1))));
    }
    for (let n = m - width - 1; n < m; n++) {
      w[n] = 0.5 * (1 + Math.cos(Math.PI * (-2 / alpha + 1 + (2 * n) / alpha / (m - 1))));
    }
    return w;
  });
}

/** Options of {@link taylor}. */
export interface TaylorOptions extends WindowOptions {
  /** Number of nearly constant-level sidelobes next to the main lobe (default 4). */
  nbar?: number;
  /** The sidelobe level in dB below the main lobe (default 30). */
  sll?: number;
  /** Scale so that the middle of the window is 1 (default `true`). */
  norm?: boolean;
}

const parseTaylor = signature<TaylorOptions>('taylor', ['nbar', 'sll', 'norm', 'sym'], {
  nbar: is.int,
  sll: is.number,
  norm: is.boolean,
  sym: is.boolean,
});

/**
 * The Taylor window, used in radar: nbar near-equal sidelobes `sll` dB down (SciPy's `windows.taylor`).
 *
 * @param M - number of points.
 * @param nbar - nearly constant-level sidelobes (default 4).
 * @param sll - sidelobe suppression in dB (default 30, a positive number).
 * @param norm - scale the middle to 1 (default `true`).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @throws {ValueError} for a negative sll.
 * @example
 * ```ts
 * taylor(1).toArray(); // [1]
 * taylor(4).shape; // [4]
 * ```
 */
export function taylor(
  M: number,
  nbar?: number,
  sll?: number,
  norm?: boolean,
  sym?: boolean,
  options?: WindowOptions,
): NDArray;
export function taylor(M: number, nbar?: number, sll?: number, norm?: boolean, options?: WindowOptions): NDArray;
export function taylor(M: number, options: TaylorOptions): NDArray;
export function taylor(M: number, ...rest: unknown[]): NDArray {
  const { nbar = 4, sll = 30, norm = true, sym = true } = parseTaylor(rest);
  if (sll < 0) throw new ValueError(`taylor: sll must be a non-negative number of dB, got ${sll}`);
  if (nbar < 1) throw new ValueError(`taylor: nbar must be at least 1, got ${nbar}`);
  return build('taylor', M, sym, (m) => {
    const B = 10 ** (sll / 20);
    const A = Math.acosh(B) / Math.PI;
    const s2 = (nbar * nbar) / (A * A + (nbar - 0.5) ** 2);
    const Fm = new Float64Array(nbar - 1);
    for (let i = 0; i < nbar - 1; i++) {
      const mi = i + 1;
      const m2 = mi * mi;
      let num = i % 2 === 0 ? 1 : -1;
      for (let j = 1; j < nbar; j++) num *= 1 - m2 / s2 / (A * A + (j - 0.5) ** 2);
      let den = 2;
      for (let j = 1; j < nbar; j++) if (j !== mi) den *= 1 - m2 / (j * j);
      Fm[i] = num / den;
    }
    const W = (n: number): number => {
      let s = 0;
      for (let i = 0; i < nbar - 1; i++)
        s += (Fm[i] as number) * Math.cos((2 * Math.PI * (i + 1) * (n - m / 2 + 0.5)) / m);
      return 1 + 2 * s;
    };
    const w = new Float64Array(m);
    for (let n = 0; n < m; n++) w[n] = W(n);
    if (norm) {
      const scale = 1 / W((m - 1) / 2);
      for (let n = 0; n < m; n++) w[n] = (w[n] as number) * scale;
    }
    return w;
  });
}
