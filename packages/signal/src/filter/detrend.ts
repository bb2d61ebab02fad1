/**
 * SciPy's `detrend`: removes the mean, or a least-squares line (piecewise between breakpoints),
 * along an axis.
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { type FloatDType, isComplex, lineAxis, mapLines } from './lines.js';

/** Options of {@link detrend}. */
export interface DetrendOptions {
  /** The axis (default −1). */
  axis?: number;
  /** `'linear'` (default) or `'constant'` (SciPy's `'l'` and `'c'` accepted). */
  type?: 'linear' | 'constant' | 'l' | 'c';
  /** Breakpoints of the piecewise-linear fit (indices along the axis). */
  bp?: number | number[];
}
const parseDetrend = signature<DetrendOptions>('detrend', ['axis', 'type', 'bp'], {
  axis: is.axisInt,
  type: is.choice('linear', 'constant', 'l', 'c'),
  bp: is.or(is.nonNegInt, is.arrayOf(is.nonNegInt)),
});

/** Subtracts the least-squares line from v[lo:hi] (w numbers per value). */
function removeLine(v: Float64Array, lo: number, hi: number, w: number): void {
  const n = hi - lo;
  if (n <= 0) return;
  if (n === 1) {
    for (let c = 0; c < w; c++) v[w * lo + c] = 0;
    return;
  }
  const tm = (n - 1) / 2;
  let stt = 0;
  for (let i = 0; i < n; i++) stt += (i - tm) * (i - tm);
  for (let c = 0; c < w; c++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += v[w * (lo + i) + c] as number;
    mean /= n;
    let sty = 0;
    for (let i = 0; i < n; i++) sty += (i - tm) * ((v[w * (lo + i) + c] as number) - mean);
    const slope = sty / stt;
    for (let i = 0; i < n; i++) v[w * (lo + i) + c] = (v[w * (lo + i) + c] as number) - (mean + slope * (i - tm));
  }
}

/**
 * Removes a trend along an axis (SciPy's `scipy.signal.detrend`): the mean (`'constant'`) or the
 * least-squares straight line (`'linear'`), fitted separately between breakpoints `bp`.
 *
 * @param data - the input (N-d).
 * @param axis - the axis (default −1).
 * @param type - `'linear'` (default) or `'constant'`.
 * @param bp - breakpoints (default none).
 * @returns the detrended data (float32/complex64 kept, other dtypes as float64).
 * @throws {ValueError} for breakpoints beyond the data.
 * @example
 * ```ts
 * detrend([1, 2, 3, 5]).toArray(); // [0.2, -0.1, -0.4, 0.3]
 * ```
 */
export function detrend(
  data: ArrayInput,
  axis?: number,
  type?: DetrendOptions['type'],
  bp?: number | number[],
  options?: DetrendOptions,
): NDArray;
export function detrend(data: ArrayInput, options?: DetrendOptions): NDArray;
export function detrend(data: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseDetrend(rest);
  const a = asarray(data);
  const axis = lineAxis('detrend', a, o.axis ?? -1);
  const dt: FloatDType =
    a.dtype === 'float32' || a.dtype === 'complex64' || a.dtype === 'complex128' ? a.dtype : 'float64';
  const cplx = isComplex(dt);
  const w = cplx ? 2 : 1;
  const n = a.shape[axis] as number;
  const type = o.type ?? 'linear';
  const bps = [0, ...(o.bp === undefined ? [] : typeof o.bp === 'number' ? [o.bp] : o.bp), n];
  const bp = [...new Set(bps)].sort((x, y) => x - y);
  if (bp.some((b) => b > n))
    throw new ValueError(
      `detrend: breakpoints must be less than length of data along given axis (${n}), got [${bps.slice(1, -1).join(', ')}]`,
    );
  return mapLines([a], axis, [n], dt, ([xl], [yl]) => {
    const y = yl as Float64Array;
    y.set(xl as Float64Array);
    if (type === 'constant' || type === 'c') {
      for (let c = 0; c < w; c++) {
        let m = 0;
        for (let i = 0; i < n; i++) m += y[w * i + c] as number;
        m /= n;
        for (let i = 0; i < n; i++) y[w * i + c] = (y[w * i + c] as number) - m;
      }
    } else {
      for (let k = 0; k + 1 < bp.length; k++) removeLine(y, bp[k] as number, bp[k + 1] as number, w);
    }
  })[0] as NDArray;
}
