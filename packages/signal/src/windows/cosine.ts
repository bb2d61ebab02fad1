/**
 * The windows without parameters (SciPy's hann, hamming, blackman, ..., lanczos) and the
 * cosine-sum families they come from.
 * @module
 */
import { type NDArray, ValueError, is, signature } from '@stride/ndarray';
import { type Shape, build, finiteParam, linspace, required } from './core.js';

/** The `sym` option every window takes. */
export interface WindowOptions {
  /** `true` (default): a symmetric window for filter design; `false`: periodic, for spectral analysis. */
  sym?: boolean;
}

/** A window without parameters: `(M, sym = true)`. */
export interface PlainWindow {
  (M: number, sym?: boolean, options?: WindowOptions): NDArray;
  (M: number, options?: WindowOptions): NDArray;
}

const symOnly = (fn: string) => signature<WindowOptions>(fn, ['sym'], { sym: is.boolean });

/** A plain window function of a symmetric shape. */
function plain(fn: string, shape: Shape): PlainWindow {
  const parse = symOnly(fn);
  return ((M: number, ...rest: unknown[]) => {
    const { sym = true } = parse(rest);
    return build(fn, M, sym, shape);
  }) as PlainWindow;
}

/** Σ_k (−1)^k a_k cos(k·x) over x evenly spaced in [−π, π] (SciPy's general_cosine). */
export function cosineSum(a: readonly number[]): Shape {
  return (m) => {
    const x = linspace(-Math.PI, Math.PI, m);
    const w = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let k = 0; k < a.length; k++) s += (a[k] as number) * Math.cos(k * (x[i] as number));
      w[i] = s;
    }
    return w;
  };
}

/**
 * The Hann window, 0.5 − 0.5·cos(2πn/(M−1)) (SciPy's `windows.hann`).
 *
 * @param M - number of points (a non-negative integer; 0 gives an empty window).
 * @param sym - `true` (default) symmetric; `false` periodic (the first M of M + 1 points).
 * @example
 * ```ts
 * hann(5).toArray(); // [0, 0.5, 1, 0.5, 0]
 * hann(4, false).toArray(); // [0, 0.5, 1, 0.5]
 * ```
 */
export const hann: PlainWindow = plain('hann', cosineSum([0.5, 0.5]));

/**
 * The Hamming window, 0.54 − 0.46·cos(2πn/(M−1)) (SciPy's `windows.hamming`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * hamming(3).toArray(); // [0.08, 1, 0.08]
 * ```
 */
export const hamming: PlainWindow = plain('hamming', cosineSum([0.54, 0.46]));

/**
 * The Blackman window, a three-term cosine sum 0.42, 0.5, 0.08 (SciPy's `windows.blackman`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * blackman(5).toArray(); // [-1.3877787807814e-17, 0.34, 1, 0.34, -1.3877787807814e-17]
 * ```
 */
export const blackman: PlainWindow = plain('blackman', cosineSum([0.42, 0.5, 0.08]));

/**
 * The minimum four-term Blackman–Harris window (SciPy's `windows.blackmanharris`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * blackmanharris(3).toArray(); // [0.000060000000000001, 1, 0.000060000000000001]
 * ```
 */
export const blackmanharris: PlainWindow = plain('blackmanharris', cosineSum([0.35875, 0.48829, 0.14128, 0.01168]));

/**
 * Nuttall's minimum four-term Blackman–Harris window (SciPy's `windows.nuttall`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * nuttall(3).toArray()[1]; // 1
 * nuttall(4, false).toArray()[0]; // 0.0003628
 * ```
 */
export const nuttall: PlainWindow = plain('nuttall', cosineSum([0.3635819, 0.4891775, 0.1365995, 0.0106411]));

/**
 * The flat-top window, five cosine terms for amplitude-accurate spectra (SciPy's `windows.flattop`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * flattop(3).toArray()[1]; // 1.000000003
 * ```
 */
export const flattop: PlainWindow = plain(
  'flattop',
  cosineSum([0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368]),
);

/**
 * The Bartlett (triangular, zero at both ends) window (SciPy's `windows.bartlett`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * bartlett(5).toArray(); // [0, 0.5, 1, 0.5, 0]
 * ```
 */
export const bartlett: PlainWindow = plain('bartlett', (m) => {
  const w = new Float64Array(m);
  for (let n = 0; n < m; n++) w[n] = n <= (m - 1) / 2 ? (2 * n) / (m - 1) : 2 - (2 * n) / (m - 1);
  return w;
});

/**
 * The triangular window without zero end points (SciPy's `windows.triang`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * triang(3).toArray(); // [0.5, 1, 0.5]
 * triang(4).toArray(); // [0.25, 0.75, 0.75, 0.25]
 * ```
 */
export const triang: PlainWindow = plain('triang', (m) => {
  const w = new Float64Array(m);
  const half = (m + 1) >> 1;
  for (let k = 1; k <= half; k++) {
    const v = m % 2 === 0 ? (2 * k - 1) / m : (2 * k) / (m + 1);
    w[k - 1] = v;
    w[m - k] = v;
  }
  return w;
});

/**
 * The modified Bartlett–Hann window (SciPy's `windows.barthann`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * barthann(3).toArray(); // [0, 1, 0]
 * ```
 */
export const barthann: PlainWindow = plain('barthann', (m) => {
  const w = new Float64Array(m);
  for (let n = 0; n < m; n++) {
    const fac = Math.abs(n / (m - 1) - 0.5);
    w[n] = 0.62 - 0.48 * fac + 0.38 * Math.cos(2 * Math.PI * fac);
  }
  return w;
});

/**
 * The Bohman window, the convolution of two half-cosines (SciPy's `windows.bohman`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * bohman(3).toArray(); // [0, 1, 0]
 * ```
 */
export const bohman: PlainWindow = plain('bohman', (m) => {
  const x = linspace(-1, 1, m);
  const w = new Float64Array(m);
  for (let i = 1; i < m - 1; i++) {
    const f = Math.abs(x[i] as number);
    w[i] = (1 - f) * Math.cos(Math.PI * f) + Math.sin(Math.PI * f) / Math.PI;
  }
  return w;
});

/**
 * The rectangular window: M ones (SciPy's `windows.boxcar`).
 *
 * @param M - number of points.
 * @param sym - accepted for a uniform signature (the window is the same either way).
 * @example
 * ```ts
 * boxcar(3).toArray(); // [1, 1, 1]
 * ```
 */
export const boxcar: PlainWindow = plain('boxcar', (m) => new Float64Array(m).fill(1));

/**
 * The cosine (sine) window, sin(π(n + ½)/M) (SciPy's `windows.cosine`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * cosine(2).toArray(); // [0.707106781186548, 0.707106781186548]
 * ```
 */
export const cosine: PlainWindow = plain('cosine', (m) => {
  const w = new Float64Array(m);
  for (let n = 0; n < m; n++) w[n] = Math.sin((Math.PI / m) * (n + 0.5));
  return w;
});

/**
 * The Parzen window, a piecewise cubic (de la Vallée Poussin) (SciPy's `windows.parzen`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * parzen(3).toArray(); // [0.074074074074074, 1, 0.074074074074074]
 * ```
 */
export const parzen: PlainWindow = plain('parzen', (m) => {
  const w = new Float64Array(m);
  const half = m / 2;
  for (let i = 0; i < m; i++) {
    const a = Math.abs(-(m - 1) / 2 + i);
    const r = a / half;
    w[i] = a > (m - 1) / 4 ? 2 * (1 - r) ** 3 : 1 - 6 * r ** 2 + 6 * r ** 3;
  }
  return w;
});

/**
 * The Lanczos (sinc) window, sinc(2n/(M−1) − 1) (SciPy's `windows.lanczos`).
 *
 * @param M - number of points.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * lanczos(5).toArray()[1]; // 0.63661977236758
 * ```
 */
export const lanczos: PlainWindow = plain('lanczos', (m) => {
  const w = new Float64Array(m);
  const sinc = (x: number) => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));
  // the right half, mirrored, so the window is exactly symmetric
  const start = m % 2 === 0 ? m / 2 : (m + 1) / 2;
  for (let n = start; n < m; n++) {
    const v = sinc((2 * n) / (m - 1) - 1);
    w[n] = v;
    w[m - 1 - n] = v;
  }
  if (m % 2 === 1) w[(m - 1) / 2] = 1;
  return w;
});

/** Options of {@link generalCosine}. */
export interface GeneralCosineOptions extends WindowOptions {
  /** The weighting coefficients a_k. */
  a?: readonly number[];
}

const parseGeneralCosine = signature<GeneralCosineOptions>('generalCosine', ['a', 'sym'], {
  a: is.arrayOf(is.number),
  sym: is.boolean,
});

/**
 * A weighted sum of cosines, Σ_k (−1)^k a_k cos(2πkn/(M−1)) (SciPy's `windows.general_cosine`).
 *
 * @param M - number of points.
 * @param a - the coefficients a_k (a non-empty array of numbers).
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * generalCosine(3, [0.5, 0.5]).toArray(); // [0, 1, 0]
 * ```
 */
export function generalCosine(M: number, a: readonly number[], sym?: boolean, options?: WindowOptions): NDArray;
export function generalCosine(M: number, a: readonly number[], options?: WindowOptions): NDArray;
export function generalCosine(M: number, options: GeneralCosineOptions): NDArray;
export function generalCosine(M: number, ...rest: unknown[]): NDArray {
  const { a, sym = true } = parseGeneralCosine(rest);
  const coef = required('generalCosine', 'a', a);
  if (coef.length === 0) throw new ValueError('generalCosine: a must hold at least one coefficient, got []');
  return build('generalCosine', M, sym, cosineSum(coef));
}

/** Options of {@link generalHamming}. */
export interface GeneralHammingOptions extends WindowOptions {
  /** The window coefficient α (Hann is 0.5, Hamming 0.54). */
  alpha?: number;
}

const parseGeneralHamming = signature<GeneralHammingOptions>('generalHamming', ['alpha', 'sym'], {
  alpha: is.number,
  sym: is.boolean,
});

/**
 * The generalized Hamming window, α − (1 − α)·cos(2πn/(M−1)) (SciPy's `windows.general_hamming`).
 *
 * @param M - number of points.
 * @param alpha - the coefficient α.
 * @param sym - `true` (default) symmetric; `false` periodic.
 * @example
 * ```ts
 * generalHamming(3, 0.5).toArray(); // [0, 1, 0]
 * ```
 */
export function generalHamming(M: number, alpha: number, sym?: boolean, options?: WindowOptions): NDArray;
export function generalHamming(M: number, alpha: number, options?: WindowOptions): NDArray;
export function generalHamming(M: number, options: GeneralHammingOptions): NDArray;
export function generalHamming(M: number, ...rest: unknown[]): NDArray {
  const { alpha, sym = true } = parseGeneralHamming(rest);
  const al = finiteParam('generalHamming', 'alpha', required('generalHamming', 'alpha', alpha));
  return build('generalHamming', M, sym, cosineSum([al, 1 - al]));
}
