/**
 * SciPy's `decimate`: an anti-aliasing lowpass (Chebyshev I of order 8, or a Hamming FIR) and
 * keeping every q-th sample, with zero phase by default.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { firwinValues } from '../design/firwin.js';
import { cheby1 } from '../design/iir.js';
import { lineAxis, mapLines } from '../filter/lines.js';
import { sosfilt } from '../filter/sosfilt.js';
import { sosfiltfilt } from '../filter/filtfilt.js';
import { resamplePoly, upfirdn } from './poly.js';

/** Options of {@link decimate}. */
export interface DecimateOptions {
  /** Filter order (default 8 for 'iir', 20·q for 'fir'). */
  n?: number | null;
  /** `'iir'` (default: Chebyshev I, 0.05 dB ripple, cutoff 0.8/q) or `'fir'` (Hamming window, cutoff 1/q). */
  ftype?: 'iir' | 'fir';
  /** The axis (default −1). */
  axis?: number;
  /** Filter forward and backward (no phase shift; default true). */
  zeroPhase?: boolean;
}
const parseDecimate = signature<DecimateOptions>('decimate', ['n', 'ftype', 'axis', 'zeroPhase'], {
  n: is.orNone(is.nonNegInt),
  ftype: is.choice('iir', 'fir'),
  axis: is.axisInt,
  zeroPhase: is.boolean,
});

/** Every q-th sample along axis, starting at 0, at most `count` of them. */
function every(y: NDArray, axis: number, q: number, count: number): NDArray {
  return mapLines([y], axis, [count], y.dtype as 'float64', ([l], [o]) => {
    for (let i = 0; i < count; i++) {
      const w = (l as Float64Array).length / (y.shape[axis] as number);
      for (let c = 0; c < w; c++) (o as Float64Array)[w * i + c] = (l as Float64Array)[w * i * q + c] as number;
    }
  })[0] as NDArray;
}

/**
 * Downsamples by an integer factor after an anti-aliasing filter (SciPy's
 * `scipy.signal.decimate`).
 *
 * @param x - the signal (N-d). @param q - the factor.
 * @param n - filter order. @param ftype - `'iir'` (default) or `'fir'`.
 * @param axis - the axis (default −1). @param zeroPhase - forward-backward filtering (default true).
 * @returns ⌈len/q⌉ samples along axis (float32/complex kept, other dtypes float64).
 * @throws {ValueError} for q < 1, or a signal too short for the zero-phase padding.
 * @example
 * ```ts
 * decimate(new Float64Array(40).fill(1), 4).shape; // [10]
 * ```
 */
export function decimate(
  x: ArrayInput,
  q: number,
  n?: number | null,
  ftype?: 'iir' | 'fir',
  axis?: number,
  zeroPhase?: boolean,
  options?: DecimateOptions,
): NDArray;
export function decimate(x: ArrayInput, q: number, options?: DecimateOptions): NDArray;
export function decimate(x: ArrayInput, q: number, ...rest: unknown[]): NDArray {
  const o = parseDecimate(rest);
  is.int(q, 'decimate', 'q');
  if (q < 1) throw new ValueError(`decimate: q must be a positive integer, got ${q}`);
  let xx = asarray(x);
  if (!/^float|^complex/.test(xx.dtype)) xx = xx.astype('float64');
  const axis = lineAxis('decimate', xx, o.axis ?? -1);
  const len = xx.shape[axis] as number;
  const nOut = Math.ceil(len / q);
  const single = xx.dtype === 'float32' || xx.dtype === 'complex64';
  const zero = o.zeroPhase ?? true;
  if ((o.ftype ?? 'iir') === 'fir') {
    const order = o.n ?? 20 * q;
    let b = firwinValues('decimate', order + 1, 1 / q, { window: 'hamming' });
    if (single) b = Float64Array.from(Float32Array.from(b));
    const taps = new NDArray('float64', b, [b.length]);
    if (zero) return resamplePoly(xx, 1, q, { axis, window: single ? taps.astype('float32') : taps });
    const y = upfirdn(single ? taps.astype('float32') : taps, xx, 1, q, axis);
    return every(y, axis, 1, nOut);
  }
  const sos = cheby1(o.n ?? 8, 0.05, 0.8 / q, { output: 'sos' });
  const s = single ? sos.astype('float32') : sos;
  const y = zero ? sosfiltfilt(s, xx, axis) : sosfilt(s, xx, axis);
  return every(y, axis, q, nOut);
}
