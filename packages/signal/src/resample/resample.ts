/**
 * SciPy's Fourier-method `resample`: the spectrum truncated or zero-padded to the new length,
 * with the Nyquist bin split or joined as SciPy does, transformed back.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { fft, ifft, irfft, rfft } from '../fft/transforms.js';
import { fftfreq, ifftshift } from '../fft/helpers.js';
import { isComplex, lineAxis, mapLines, values } from '../filter/lines.js';
import { type WindowSpec, get } from '../windows/get.js';

/** Options of {@link resample}. */
export interface ResampleOptions {
  /** Sample positions of x (equally spaced); when given, the result is `{ y, t }`. */
  t?: ArrayInput | null;
  /** The axis (default 0). */
  axis?: number;
  /** Spectral window: a window spec, its values (length of x along axis), or a function of the FFT frequencies. */
  window?: WindowSpec | ArrayInput | ((f: NDArray) => ArrayInput) | null;
  /** `'time'` (default) or `'freq'` (x is already a spectrum, as from `fft`). */
  domain?: 'time' | 'freq';
}

const parseResample = signature<ResampleOptions>('resample', ['t', 'axis', 'window', 'domain'], {
  t: is.nullable(is.arrayLike),
  axis: is.axisInt,
  window: is.any,
  domain: is.choice('time', 'freq'),
});

/**
 * Resamples x to `num` samples along an axis with the Fourier method (SciPy's
 * `scipy.signal.resample`): the signal is taken as periodic, its spectrum cut or zero-padded.
 *
 * @param x - the signal (N-d). @param num - the new number of samples.
 * @param t - sample positions (then the result is `{ y, t }`).
 * @param axis - the axis (default 0). @param window - spectral window. @param domain - `'time'` or `'freq'`.
 * @returns the resampled signal (float for real input, complex otherwise), or `{ y, t }`.
 * @throws {ValueError} for a negative num or a window of the wrong length.
 * @example
 * ```ts
 * resample([1, 0, -1, 0], 8).toArray()[1]; // 0.7071067811865475
 * ```
 */
export function resample(x: ArrayInput, num: number, options?: ResampleOptions & { t?: null }): NDArray;
export function resample(
  x: ArrayInput,
  num: number,
  options: ResampleOptions & { t: ArrayInput },
): { y: NDArray; t: NDArray };
export function resample(x: ArrayInput, num: number, ...rest: unknown[]): NDArray | { y: NDArray; t: NDArray };
export function resample(x: ArrayInput, num: number, ...rest: unknown[]): NDArray | { y: NDArray; t: NDArray } {
  const o = parseResample(rest);
  is.nonNegInt(num, 'resample', 'num');
  if (num === 0) throw new ValueError('resample: num must be positive, got 0');
  const a = asarray(x);
  const axis = lineAxis('resample', a, o.axis ?? 0);
  const nx = a.shape[axis] as number;
  const domain = o.domain ?? 'time';
  const real = !isComplex(a.dtype) && domain === 'time';
  const single = a.dtype === 'float32' || a.dtype === 'complex64';
  let spec: NDArray;
  if (domain === 'time') spec = (real ? rfft(a, { axis }) : fft(a, { axis })) as NDArray;
  else spec = isComplex(a.dtype) ? a : a.astype(single ? 'complex64' : 'complex128');
  // Window over the FFT bins.
  let win: Float64Array | null = null;
  if (o.window !== undefined && o.window !== null) {
    const wv = o.window;
    let w: NDArray;
    if (typeof wv === 'function') w = asarray(wv(fftfreq(nx)));
    else if (typeof wv === 'string' || typeof wv === 'number' || (Array.isArray(wv) && typeof wv[0] === 'string')) {
      w = ifftshift(get(wv as WindowSpec, nx));
    } else {
      w = asarray(wv as ArrayInput);
      if (w.ndim !== 1 || w.size !== nx)
        throw new ValueError(
          `resample: window must have the same length as data (${nx}), got shape [${w.shape.join(', ')}]`,
        );
    }
    win = values(w, false);
    if (real) {
      const folded = Float64Array.from(win);
      for (let i = 1; i < nx; i++) folded[i] = 0.5 * ((win[i] as number) + (win[nx - i] as number));
      win = folded;
    }
  }
  const n = Math.min(num, nx);
  const nyq = (n >> 1) + 1;
  const outLen = real ? (num >> 1) + 1 : num;
  const scale = num / nx;
  const ySpec = mapLines([spec], axis, [outLen], single ? 'complex64' : 'complex128', ([xl], [yl]) => {
    const X = win ? Float64Array.from(xl as Float64Array) : (xl as Float64Array);
    const Y = yl as Float64Array;
    if (win)
      for (let i = 0; i < X.length / 2; i++) {
        X[2 * i] = (X[2 * i] as number) * (win[i] as number);
        X[2 * i + 1] = (X[2 * i + 1] as number) * (win[i] as number);
      }
    Y.fill(0);
    for (let i = 0; i < Math.min(nyq, outLen) && i < X.length / 2; i++) {
      Y[2 * i] = X[2 * i] as number;
      Y[2 * i + 1] = X[2 * i + 1] as number;
    }
    if (!real && n > 2) {
      for (let i = nyq - n; i < 0; i++) {
        Y[2 * (num + i)] = X[2 * (nx + i)] as number;
        Y[2 * (num + i) + 1] = X[2 * (nx + i) + 1] as number;
      }
    }
    if (n % 2 === 0 && n > 0) {
      const h = n >> 1;
      if (num < nx) {
        if (real) {
          Y[2 * h] = 2 * (Y[2 * h] as number);
          Y[2 * h + 1] = 2 * (Y[2 * h + 1] as number);
        } else {
          Y[2 * (num - h)] = (Y[2 * (num - h)] as number) + (X[2 * (nx - h)] as number);
          Y[2 * (num - h) + 1] = (Y[2 * (num - h) + 1] as number) + (X[2 * (nx - h) + 1] as number);
        }
      } else if (nx < num) {
        Y[2 * h] = 0.5 * (Y[2 * h] as number);
        Y[2 * h + 1] = 0.5 * (Y[2 * h + 1] as number);
        if (!real) {
          Y[2 * (num - h)] = Y[2 * h] as number;
          Y[2 * (num - h) + 1] = Y[2 * h + 1] as number;
        }
      }
    }
    for (let i = 0; i < Y.length; i++) Y[i] = (Y[i] as number) * scale;
  })[0] as NDArray;
  const y = (real ? irfft(ySpec, { n: num, axis }) : ifft(ySpec, { axis })) as NDArray;
  if (o.t === undefined || o.t === null) return y;
  const tv = values(asarray(o.t), false);
  const dt = (((tv[1] as number) - (tv[0] as number)) * nx) / num;
  const nt = new Float64Array(num);
  for (let i = 0; i < num; i++) nt[i] = i * dt + (tv[0] as number);
  return { y, t: new NDArray('float64', nt, [num]) };
}
