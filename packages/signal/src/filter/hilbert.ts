/**
 * SciPy's `hilbert`: the analytic signal x + i·H(x) by zeroing the negative frequencies of an FFT.
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { fft, ifft } from '../fft/transforms.js';
import { lineAxis, mapLines } from './lines.js';

/** Options of {@link hilbert}. */
export interface HilbertOptions {
  /** Number of Fourier components (default the length along axis). */
  N?: number | null;
  /** The axis (default −1). */
  axis?: number;
}
const parseHilbert = signature<HilbertOptions>('hilbert', ['N', 'axis'], { N: is.orNone(is.int), axis: is.axisInt });

/**
 * The analytic signal of a real signal along an axis (SciPy's `scipy.signal.hilbert`): the FFT
 * with negative frequencies zeroed and positive ones doubled, transformed back; its imaginary
 * part is the Hilbert transform.
 *
 * @param x - a real signal (N-d).
 * @param N - number of Fourier components (default x.shape[axis]; the signal is padded or cut).
 * @param axis - the axis (default −1).
 * @returns the complex analytic signal (complex64 for float32 input).
 * @throws {ValueError} for complex input or N ≤ 0.
 * @example
 * ```ts
 * hilbert([1, 0, -1, 0]).toArray(); // [{ re: 1, im: 0 }, { re: 0, im: 1 }, { re: -1, im: 0 }, { re: 0, im: -1 }]
 * ```
 */
export function hilbert(x: ArrayInput, N?: number | null, axis?: number, options?: HilbertOptions): NDArray;
export function hilbert(x: ArrayInput, options?: HilbertOptions): NDArray;
export function hilbert(x: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseHilbert(rest);
  const a = asarray(x);
  if (a.dtype === 'complex128' || a.dtype === 'complex64') throw new ValueError('hilbert: x must be real');
  const axis = lineAxis('hilbert', a, o.axis ?? -1);
  const n = o.N ?? (a.shape[axis] as number);
  if (n <= 0) throw new ValueError(`hilbert: N must be positive, got ${n}`);
  const xf = fft(a, { n, axis }) as NDArray;
  const single = xf.dtype === 'complex64';
  const h = mapLines([xf], axis, [n], single ? 'complex64' : 'complex128', ([l], [out]) => {
    const y = out as Float64Array;
    y.set(l as Float64Array);
    const half = n >> 1;
    if (n % 2 === 0) {
      for (let i = 1; i < half; i++) {
        y[2 * i] = 2 * (y[2 * i] as number);
        y[2 * i + 1] = 2 * (y[2 * i + 1] as number);
      }
      for (let i = half + 1; i < n; i++) y[2 * i] = y[2 * i + 1] = 0;
    } else {
      for (let i = 1; i <= half; i++) {
        y[2 * i] = 2 * (y[2 * i] as number);
        y[2 * i + 1] = 2 * (y[2 * i + 1] as number);
      }
      for (let i = half + 1; i < n; i++) y[2 * i] = y[2 * i + 1] = 0;
    }
  })[0] as NDArray;
  return ifft(h, { axis }) as NDArray;
}
