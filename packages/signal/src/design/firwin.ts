/**
 * FIR design by the window method (SciPy's `firwin`), by frequency sampling (`firwin2`) and the
 * Kaiser-window formulas (`kaiser_beta`, `kaiser_atten`, `kaiserord`).
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, noExtra, signature } from '@stride/ndarray';
import { values } from '../filter/lines.js';
import { realPlan } from '../fft/kernels/real.js';
import { type WindowSpec, get } from '../windows/get.js';

/** Options of {@link firwin}. */
export interface FirwinOptions {
  /** Transition width (units of fs): designs with a Kaiser window of the matching β, overriding `window`. */
  width?: number | null;
  /** Window (default `'hamming'`), as for `windows.get`. */
  window?: WindowSpec;
  /** True (default) or `'lowpass'`/`'bandstop'`: the gain at 0 is 1; false or `'highpass'`/`'bandpass'`: 0. */
  passZero?: boolean | 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';
  /** Scale so the response is exactly 1 at the centre of the first passband (default true). */
  scale?: boolean;
  /** Sampling frequency (default 2: cutoffs relative to Nyquist = 1). */
  fs?: number | null;
}

const parseFirwin = signature<FirwinOptions>('firwin', [], {
  width: is.orNone(is.finite),
  window: is.any,
  passZero: is.or(is.boolean, is.choice('lowpass', 'highpass', 'bandpass', 'bandstop')),
  scale: is.boolean,
  fs: is.orNone(is.finite),
});

/**
 * The Kaiser window β for a stopband attenuation of `a` dB (SciPy's `kaiser_beta`).
 *
 * @param a - attenuation in dB (positive).
 * @returns β.
 * @example
 * ```ts
 * kaiserBeta(65); // 6.20426
 * ```
 */
export function kaiserBeta(a: number, ...rest: unknown[]): number {
  noExtra(rest, 'kaiserBeta');
  is.finite(a, 'kaiserBeta', 'a');
  if (a > 50) return 0.1102 * (a - 8.7);
  if (a > 21) return 0.5842 * (a - 21) ** 0.4 + 0.07886 * (a - 21);
  return 0;
}

/**
 * The attenuation (dB) of a Kaiser FIR filter with `numtaps` taps and transition width `width`
 * (relative to Nyquist = 1) (SciPy's `kaiser_atten`).
 *
 * @param numtaps - number of taps. @param width - transition width (Nyquist = 1).
 * @returns the attenuation in dB.
 * @example
 * ```ts
 * kaiserAtten(211, 0.0375); // 64.48099630593983
 * ```
 */
export function kaiserAtten(numtaps: number, width: number, ...rest: unknown[]): number {
  noExtra(rest, 'kaiserAtten');
  is.int(numtaps, 'kaiserAtten', 'numtaps');
  is.finite(width, 'kaiserAtten', 'width');
  return 2.285 * (numtaps - 1) * Math.PI * width + 7.95;
}

/**
 * The length and β of a Kaiser-window FIR filter for a ripple/attenuation of `ripple` dB and a
 * transition width `width` (Nyquist = 1) (SciPy's `kaiserord`).
 *
 * @param ripple - the deviation in dB (at least 8). @param width - transition width (Nyquist = 1).
 * @returns `{ numtaps, beta }`.
 * @throws {ValueError} for a ripple below 8 dB.
 * @example
 * ```ts
 * kaiserord(65, 0.0375).numtaps; // 213
 * ```
 */
export function kaiserord(ripple: number, width: number, ...rest: unknown[]): { numtaps: number; beta: number } {
  noExtra(rest, 'kaiserord');
  is.finite(ripple, 'kaiserord', 'ripple');
  is.finite(width, 'kaiserord', 'width');
  const a = Math.abs(ripple);
  if (a < 8)
    throw new ValueError(`kaiserord: requested maximum ripple attenuation ${a} is too small for the Kaiser formula`);
  const n = (a - 7.95) / 2.285 / (Math.PI * width) + 1;
  return { numtaps: Math.ceil(n), beta: kaiserBeta(a) };
}

const sinc = (x: number): number => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));

/**
 * A linear-phase FIR filter by the window method (SciPy's `scipy.signal.firwin`): the ideal
 * (sinc) response of the pass bands between the cutoffs, times a window, scaled to unit gain at
 * the centre of the first pass band.
 *
 * @param numtaps - number of taps (odd when the response at Nyquist is not zero).
 * @param cutoff - cutoff frequency or increasing band edges, in (0, fs/2).
 * @param width - transition width (Kaiser design), @param window - window (default `'hamming'`),
 *   @param passZero - pass band at 0, @param scale - unit gain, @param fs - sampling frequency (options).
 * @returns the taps (float64).
 * @throws {ValueError} for cutoffs outside (0, fs/2), not increasing, or an even numtaps passing Nyquist.
 * @example
 * ```ts
 * firwin(3, 0.5).toArray(); // [0.0462214986024062, 0.907557002795188, 0.0462214986024062]
 * ```
 */
export function firwin(numtaps: number, cutoff: ArrayInput, options?: FirwinOptions): NDArray;
export function firwin(numtaps: number, cutoff: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseFirwin(rest);
  return new NDArray('float64', firwinValues('firwin', numtaps, cutoff, o), [numtaps]);
}

/** firwin's taps as float64 values (resamplePoly and decimate reuse it). */
export function firwinValues(fn: string, numtaps: unknown, cutoffIn: ArrayInput, o: FirwinOptions): Float64Array {
  is.int(numtaps, fn, 'numtaps');
  const n = numtaps as number;
  if (n < 1) throw new ValueError(`${fn}: numtaps must be at least 1, got ${n}`);
  const nyq = 0.5 * (o.fs ?? 2);
  const ca = asarray(cutoffIn);
  if (ca.ndim > 1) throw new ValueError(`${fn}: the cutoff argument must be at most one-dimensional`);
  const cutoff = Array.from(values(ca, false), (v) => v / nyq);
  if (cutoff.length === 0) throw new ValueError(`${fn}: at least one cutoff frequency must be given`);
  if (Math.min(...cutoff) <= 0 || Math.max(...cutoff) >= 1) {
    throw new ValueError(
      `${fn}: invalid cutoff frequency: frequencies must be greater than 0 and less than fs/2, got [${cutoff.map((c) => c * nyq).join(', ')}]`,
    );
  }
  for (let i = 1; i < cutoff.length; i++) {
    if ((cutoff[i] as number) <= (cutoff[i - 1] as number)) {
      throw new ValueError(`${fn}: invalid cutoff frequencies: the frequencies must be strictly increasing`);
    }
  }
  let window: WindowSpec = o.window ?? 'hamming';
  if (o.width !== undefined && o.width !== null) {
    window = ['kaiser', kaiserBeta(kaiserAtten(n, o.width / nyq))];
  }
  let passZero: boolean;
  const pz = o.passZero ?? true;
  if (typeof pz === 'string') {
    if (pz === 'lowpass' && cutoff.length !== 1)
      throw new ValueError(`${fn}: cutoff must have one element if passZero=="lowpass", got ${cutoff.length}`);
    if (pz === 'highpass' && cutoff.length !== 1)
      throw new ValueError(`${fn}: cutoff must have one element if passZero=="highpass", got ${cutoff.length}`);
    if ((pz === 'bandpass' || pz === 'bandstop') && cutoff.length <= 1) {
      throw new ValueError(`${fn}: cutoff must have at least two elements if passZero=="${pz}", got ${cutoff.length}`);
    }
    passZero = pz === 'lowpass' || pz === 'bandstop';
  } else {
    passZero = pz;
  }
  const passNyquist = Boolean(cutoff.length & 1) !== passZero;
  if (passNyquist && n % 2 === 0) {
    throw new ValueError(
      `${fn}: a filter with an even number of coefficients must have zero response at the Nyquist frequency`,
    );
  }
  const edges = [...(passZero ? [0] : []), ...cutoff, ...(passNyquist ? [1] : [])];
  const alpha = 0.5 * (n - 1);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = i - alpha;
    let s = 0;
    for (let b = 0; b < edges.length; b += 2) {
      const left = edges[b] as number;
      const right = edges[b + 1] as number;
      s += right * sinc(right * m);
      s -= left * sinc(left * m);
    }
    h[i] = s;
  }
  const win = values(get(window, n, false), false);
  for (let i = 0; i < n; i++) h[i] = (h[i] as number) * (win[i] as number);
  if (o.scale ?? true) {
    const left = edges[0] as number;
    const right = edges[1] as number;
    const f = left === 0 ? 0 : right === 1 ? 1 : 0.5 * (left + right);
    let s = 0;
    for (let i = 0; i < n; i++) s += (h[i] as number) * Math.cos(Math.PI * (i - alpha) * f);
    for (let i = 0; i < n; i++) h[i] = (h[i] as number) / s;
  }
  return h;
}

/** Options of {@link firwin2}. */
export interface Firwin2Options {
  /** Points of the interpolation grid from 0 to Nyquist (default 1 + the smallest power of 2 ≥ numtaps); above numtaps. */
  nfreqs?: number | null;
  /** Window (default `'hamming'`), as for `windows.get`; `null` for none. */
  window?: WindowSpec | null;
  /** An antisymmetric impulse response (types III and IV) instead of a symmetric one (I and II). */
  antisymmetric?: boolean;
  /** Sampling frequency (default 2: frequencies relative to Nyquist = 1). */
  fs?: number | null;
}

const parseFirwin2 = signature<Firwin2Options>('firwin2', [], {
  nfreqs: is.orNone(is.int),
  window: is.any,
  antisymmetric: is.boolean,
  fs: is.orNone(is.finite),
});

/** Linear interpolation of (xp, fp) at x (xp increasing; clamped at the ends, as np.interp). */
function interp(x: number, xp: readonly number[], fp: readonly number[], from: number): number {
  let i = from;
  while (i < xp.length - 2 && x > (xp[i + 1] as number)) i++;
  const x0 = xp[i] as number;
  const x1 = xp[i + 1] as number;
  if (x <= x0) return fp[i] as number;
  if (x >= x1) return fp[i + 1] as number;
  const t = (x - x0) / (x1 - x0);
  return (fp[i] as number) + t * ((fp[i + 1] as number) - (fp[i] as number));
}

/**
 * A linear-phase FIR filter by frequency sampling (SciPy's `scipy.signal.firwin2`): the desired
 * gain, linearly interpolated on a grid of `nfreqs` points from 0 to Nyquist, is given the
 * linear phase of a `numtaps`-tap filter, taken to the time domain by an inverse real FFT,
 * truncated and windowed. A frequency given twice makes a step.
 *
 * @param numtaps - number of taps (type I/II: odd/even symmetric; III/IV: odd/even antisymmetric).
 * @param freq - frequencies from 0 to fs/2, non-decreasing (a value at most twice; 0 and fs/2 once).
 * @param gain - the gains at `freq` (same length).
 * @param nfreqs - grid size, @param window - window (`null`: none), @param antisymmetric - type III/IV,
 *   @param fs - sampling frequency (options).
 * @returns the taps (float64).
 * @throws {ValueError} for freq not from 0 to fs/2, decreasing, repeated too often, a gain the
 *   filter type cannot have (type II at Nyquist, III at 0 and Nyquist, IV at 0), or nfreqs ≤ numtaps.
 * @example
 * ```ts
 * firwin2(5, [0, 0.5, 1], [1, 1, 0]).toArray()[2]; // 0.75
 * ```
 */
export function firwin2(numtaps: number, freq: ArrayInput, gain: ArrayInput, options?: Firwin2Options): NDArray;
export function firwin2(numtaps: number, freq: ArrayInput, gain: ArrayInput, ...rest: unknown[]): NDArray {
  const fn = 'firwin2';
  const o = parseFirwin2(rest);
  is.int(numtaps, fn, 'numtaps');
  if (numtaps < 1) throw new ValueError(`${fn}: numtaps must be at least 1, got ${numtaps}`);
  const nyq = 0.5 * (o.fs ?? 2);
  const f = Array.from(values(asarray(freq), false));
  const g = Array.from(values(asarray(gain), false));
  if (f.length !== g.length) {
    throw new ValueError(`${fn}: freq and gain must have the same length, got ${f.length} and ${g.length}`);
  }
  if (f.length < 2 || f[0] !== 0 || f[f.length - 1] !== nyq) {
    throw new ValueError(`${fn}: freq must start with 0 and end with fs/2 = ${nyq}, got [${f.join(', ')}]`);
  }
  const nfreqs = o.nfreqs ?? 1 + 2 ** Math.ceil(Math.log2(numtaps));
  if (numtaps >= nfreqs) {
    throw new ValueError(`${fn}: numtaps must be less than nfreqs, got numtaps = ${numtaps} and nfreqs = ${nfreqs}`);
  }
  for (let i = 1; i < f.length; i++) {
    if ((f[i] as number) < (f[i - 1] as number)) {
      throw new ValueError(`${fn}: the values in freq must be non-decreasing, got [${f.join(', ')}]`);
    }
    if (i >= 2 && f[i] === f[i - 2]) {
      throw new ValueError(`${fn}: a value in freq must not occur more than twice, got ${f[i]} three times`);
    }
  }
  if (f[0] === f[1]) throw new ValueError(`${fn}: the value 0 must not be repeated in freq`);
  if (f[f.length - 1] === f[f.length - 2])
    throw new ValueError(`${fn}: the value fs/2 = ${nyq} must not be repeated in freq`);
  const odd = numtaps % 2 === 1;
  const type = o.antisymmetric ? (odd ? 3 : 4) : odd ? 1 : 2;
  const g0 = g[0] as number;
  const gN = g[g.length - 1] as number;
  if (type === 2 && gN !== 0) {
    throw new ValueError(`${fn}: a type II filter (even numtaps, symmetric) must have zero gain at Nyquist, got ${gN}`);
  }
  if (type === 3 && (g0 !== 0 || gN !== 0)) {
    throw new ValueError(
      `${fn}: a type III filter (odd numtaps, antisymmetric) must have zero gain at 0 and at Nyquist, got ${g0} and ${gN}`,
    );
  }
  if (type === 4 && g0 !== 0) {
    throw new ValueError(`${fn}: a type IV filter (even numtaps, antisymmetric) must have zero gain at 0, got ${g0}`);
  }
  // a repeated frequency (a step) is split by one ulp of Nyquist either side
  const eps = 2 ** -52 * nyq;
  for (let k = 0; k + 1 < f.length; k++) {
    if (f[k] === f[k + 1]) {
      f[k] = (f[k] as number) - eps;
      f[k + 1] = (f[k + 1] as number) + eps;
    }
  }
  for (let k = 0; k + 1 < f.length; k++) {
    if (!((f[k + 1] as number) > (f[k] as number))) {
      throw new ValueError(`${fn}: freq cannot contain numbers that are too close (within eps·fs/2)`);
    }
  }
  // the desired response with the linear phase of the filter's delay (numtaps − 1)/2, ×i if antisymmetric
  const spec = new Float64Array(2 * nfreqs);
  const delay = (numtaps - 1) / 2;
  let seg = 0;
  for (let j = 0; j < nfreqs; j++) {
    const x = j === nfreqs - 1 ? nyq : (nyq * j) / (nfreqs - 1);
    while (seg < f.length - 2 && x > (f[seg + 1] as number)) seg++;
    const amp = interp(x, f, g, seg);
    const ph = (-delay * Math.PI * x) / nyq;
    let re = amp * Math.cos(ph);
    let im = amp * Math.sin(ph);
    if (type > 2) [re, im] = [-im, re];
    spec[2 * j] = re;
    spec[2 * j + 1] = im;
  }
  const n = 2 * (nfreqs - 1);
  const full = new Float64Array(2 * nfreqs);
  realPlan(n).backward(spec, full);
  const win = o.window === null ? null : values(get(o.window ?? 'hamming', numtaps, false), false);
  const h = new Float64Array(numtaps);
  for (let i = 0; i < numtaps; i++) h[i] = ((full[i] as number) / n) * (win === null ? 1 : (win[i] as number));
  if (type === 3) h[numtaps >> 1] = 0;
  return new NDArray('float64', h, [numtaps]);
}
