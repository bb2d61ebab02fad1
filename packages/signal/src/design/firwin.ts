/**
 * FIR design by the window method (SciPy's `firwin`) and the Kaiser-window formulas
 * (`kaiser_beta`, `kaiser_atten`, `kaiserord`).
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, noExtra, signature } from '@stride/ndarray';
import { values } from '../filter/lines.js';
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
