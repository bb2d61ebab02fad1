/**
 * SciPy's N-d median filter (`medfilt`): each output is the median of the window around it,
 * zero outside the input.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { cStrides, values } from './lines.js';

/** Options of {@link medfilt}. */
export interface MedfiltOptions {
  /** Window size per dimension (odd; one number for all dimensions; default 3). */
  kernelSize?: number | number[] | null;
}
const parseMedfilt = signature<MedfiltOptions>('medfilt', ['kernelSize'], {
  kernelSize: is.orNone(is.or(is.positiveInt, is.arrayOf(is.positiveInt))),
});

/**
 * Median-filters an N-d array (SciPy's `scipy.signal.medfilt`): each element becomes the median
 * of the `kernelSize` window centred on it, with zeros beyond the edges. The dtype is kept.
 *
 * @param volume - the input (N-d, real).
 * @param kernelSize - odd window size per dimension (default 3).
 * @returns the filtered array, the shape and dtype of volume.
 * @throws {ValueError} for even sizes or a size list of the wrong length.
 * @example
 * ```ts
 * medfilt([2, 6, 5, 4, 0, 3, 5, 7, 9, 2, 0, 1], 5).toArray(); // [2, 4, 4, 4, 4, 4, 5, 5, 5, 2, 1, 0]
 * ```
 */
export function medfilt(volume: ArrayInput, kernelSize?: number | number[] | null, options?: MedfiltOptions): NDArray;
export function medfilt(volume: ArrayInput, options?: MedfiltOptions): NDArray;
export function medfilt(volume: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseMedfilt(rest);
  const a = asarray(volume);
  if (a.dtype === 'complex128' || a.dtype === 'complex64')
    throw new ValueError('medfilt: complex input is not supported');
  const nd = a.ndim;
  const ks0 = o.kernelSize ?? 3;
  const ks = typeof ks0 === 'number' ? new Array<number>(nd).fill(ks0) : ks0;
  if (ks.length !== nd)
    throw new ValueError(`medfilt: kernel_size must have one entry per dimension (${nd}), got ${ks.length}`);
  if (ks.some((k) => k % 2 !== 1))
    throw new ValueError(`medfilt: each element of kernel_size should be odd, got [${ks.join(', ')}]`);
  const x = values(a, false);
  const shape = a.shape.slice();
  const total = x.length;
  const out = new Float64Array(total);
  const st = cStrides(shape);
  const wsize = ks.reduce((p, k) => p * k, 1);
  const win = new Float64Array(wsize);
  const idx = new Array<number>(nd).fill(0);
  const off = new Array<number>(nd).fill(0);
  for (let p = 0; p < total; p++) {
    let r = p;
    for (let d = nd - 1; d >= 0; d--) {
      idx[d] = r % (shape[d] as number);
      r = Math.floor(r / (shape[d] as number));
    }
    // Walk the window.
    for (let d = 0; d < nd; d++) off[d] = -((ks[d] as number) >> 1);
    for (let w = 0; w < wsize; w++) {
      let inside = true;
      let lin = 0;
      for (let d = 0; d < nd; d++) {
        const q = (idx[d] as number) + (off[d] as number);
        if (q < 0 || q >= (shape[d] as number)) {
          inside = false;
          break;
        }
        lin += q * (st[d] as number);
      }
      win[w] = inside ? (x[lin] as number) : 0;
      for (let d = nd - 1; d >= 0; d--) {
        off[d] = (off[d] as number) + 1;
        if ((off[d] as number) <= (ks[d] as number) >> 1) break;
        off[d] = -((ks[d] as number) >> 1);
      }
    }
    win.sort();
    out[p] = win[wsize >> 1] as number;
  }
  const dt = a.dtype;
  if (dt === 'float64') return new NDArray('float64', out, shape);
  if (dt === 'float32') return new NDArray('float32', Float32Array.from(out), shape);
  return new NDArray('float64', out, shape).astype(dt as 'int32');
}
