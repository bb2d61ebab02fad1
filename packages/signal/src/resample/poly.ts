/**
 * Polyphase resampling: SciPy's `upfirdn` (upsample, FIR filter, downsample in one pass that
 * computes only the kept outputs) and `resample_poly` (with a Kaiser-window FIR by default).
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { firwinValues } from '../design/firwin.js';
import { type FloatDType, isComplex, lineAxis, mapLines, values } from '../filter/lines.js';
import type { WindowSpec } from '../windows/get.js';

/** Options of {@link upfirdn}. */
export interface UpfirdnOptions {
  /** Upsampling factor (default 1). */
  up?: number;
  /** Downsampling factor (default 1). */
  down?: number;
  /** The axis (default −1). */
  axis?: number;
  /** Only `'constant'` extension (SciPy's default) is implemented. */
  mode?: 'constant';
  /** The constant beyond the signal (default 0). */
  cval?: number;
}

/** Options of {@link resamplePoly}. */
export interface ResamplePolyOptions {
  /** The axis (default 0). */
  axis?: number;
  /** Window for the FIR design (default `['kaiser', 5]`), or the FIR taps themselves. */
  window?: WindowSpec | ArrayInput;
  /** Edge handling: `'constant'` (default, with cval) or the background removed first: `'mean'`, `'median'`, `'minimum'`, `'maximum'`. */
  padtype?: 'constant' | 'mean' | 'median' | 'minimum' | 'maximum';
  /** Constant for `'constant'` (default 0). */
  cval?: number | null;
}

const parseUpfirdn = signature<UpfirdnOptions>('upfirdn', ['up', 'down', 'axis', 'mode', 'cval'], {
  up: is.positiveInt,
  down: is.positiveInt,
  axis: is.axisInt,
  mode: is.choice('constant'),
  cval: is.finite,
});
const parseResamplePoly = signature<ResamplePolyOptions>('resamplePoly', ['axis', 'window', 'padtype', 'cval'], {
  axis: is.axisInt,
  window: is.any,
  padtype: is.choice('constant', 'mean', 'median', 'minimum', 'maximum'),
  cval: is.orNone(is.finite),
});

/** Number of outputs of upfirdn. */
export const upfirdnLength = (lenH: number, n: number, up: number, down: number): number =>
  Math.floor(((n - 1) * up + lenH - 1) / down) + 1;

/**
 * One line of upfirdn, outputs [k0, k0 + count): y[k] = Σ_j h[j]·xu[k·down − j] with xu the
 * signal upsampled by zeros (cval beyond either end). w = 2 for interleaved complex.
 */
export function upfirdnLine(
  h: Float64Array,
  hc: boolean,
  x: Float64Array,
  n: number,
  up: number,
  down: number,
  k0: number,
  count: number,
  cval: number,
  w: number,
  y: Float64Array,
): void {
  const lh = h.length / (hc ? 2 : 1);
  for (let k = 0; k < count; k++) {
    const t = (k0 + k) * down;
    let sr = 0;
    let si = 0;
    // j ≡ t (mod up), 0 ≤ j < lh
    for (let j = t % up; j < lh; j += up) {
      const i = (t - j) / up;
      if (i < 0 && cval === 0) break;
      const hr = h[hc ? 2 * j : j] as number;
      const hi = hc ? (h[2 * j + 1] as number) : 0;
      const inside = i >= 0 && i < n;
      const xr = inside ? (x[w * i] as number) : cval;
      const xi = inside && w === 2 ? (x[2 * i + 1] as number) : 0;
      sr += hr * xr - hi * xi;
      si += hr * xi + hi * xr;
    }
    y[w * k] = sr;
    if (w === 2) y[2 * k + 1] = si;
  }
}

function resultType(x: NDArray, h: NDArray): FloatDType {
  const c = isComplex(x.dtype) || isComplex(h.dtype);
  const single =
    (x.dtype === 'float32' || x.dtype === 'complex64') && (h.dtype === 'float32' || h.dtype === 'complex64');
  return c ? (single ? 'complex64' : 'complex128') : single ? 'float32' : 'float64';
}

/**
 * Upsamples by zero insertion, applies an FIR filter and downsamples, in one polyphase pass
 * (SciPy's `scipy.signal.upfirdn`, mode 'constant').
 *
 * @param h - FIR taps (1-D). @param x - the signal (N-d).
 * @param up - upsampling factor (default 1). @param down - downsampling factor (default 1).
 * @param axis - the axis (default −1). @param mode - `'constant'`. @param cval - the constant (default 0).
 * @returns ((n − 1)·up + len(h) − 1) // down + 1 samples along axis.
 * @throws {ValueError} for empty or non-1-D h.
 * @example
 * ```ts
 * upfirdn([1, 1], [1, 2, 3], 2).toArray(); // [1, 1, 2, 2, 3, 3]
 * ```
 */
export function upfirdn(
  h: ArrayInput,
  x: ArrayInput,
  up?: number,
  down?: number,
  axis?: number,
  options?: UpfirdnOptions,
): NDArray;
export function upfirdn(h: ArrayInput, x: ArrayInput, options?: UpfirdnOptions): NDArray;
export function upfirdn(h: ArrayInput, x: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseUpfirdn(rest);
  const hh = asarray(h);
  if (hh.ndim !== 1 || hh.size === 0)
    throw new ValueError(`upfirdn: h must be 1-D with non-zero length, got shape [${hh.shape.join(', ')}]`);
  const xx = asarray(x);
  const axis = lineAxis('upfirdn', xx, o.axis ?? -1);
  const up = o.up ?? 1;
  const down = o.down ?? 1;
  const dt = resultType(xx, hh);
  const cplx = isComplex(dt);
  const hv = values(hh, isComplex(hh.dtype));
  const n = xx.shape[axis] as number;
  const m = upfirdnLength(hh.size, n, up, down);
  return mapLines([xx], axis, [m], dt, ([xl], [yl]) => {
    upfirdnLine(
      hv,
      isComplex(hh.dtype),
      xl as Float64Array,
      n,
      up,
      down,
      0,
      m,
      o.cval ?? 0,
      cplx ? 2 : 1,
      yl as Float64Array,
    );
  })[0] as NDArray;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Resamples by the rational factor up/down with a polyphase FIR filter (SciPy's
 * `scipy.signal.resample_poly`): by default a lowpass of 2·10·max(up, down) + 1 taps designed
 * with `firwin` and a Kaiser window (β = 5), centred so output samples align with the input.
 *
 * @param x - the signal (N-d). @param up - upsampling factor. @param down - downsampling factor.
 * @param axis - the axis (default 0). @param window - FIR design window or the taps.
 * @param padtype - edge handling (default `'constant'`). @param cval - the constant (default 0).
 * @returns ⌈n·up/down⌉ samples along axis (float32/complex kept, other dtypes float64).
 * @throws {ValueError} for factors below 1 or a cval with a non-constant padtype.
 * @example
 * ```ts
 * resamplePoly([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 1, 2, { padtype: 'mean' }).toArray(); // [1, 1, 1, 1, 1]
 * ```
 */
export function resamplePoly(
  x: ArrayInput,
  up: number,
  down: number,
  axis?: number,
  options?: ResamplePolyOptions,
): NDArray;
export function resamplePoly(x: ArrayInput, up: number, down: number, options?: ResamplePolyOptions): NDArray;
export function resamplePoly(x: ArrayInput, up: number, down: number, ...rest: unknown[]): NDArray {
  const o = parseResamplePoly(rest);
  is.int(up, 'resamplePoly', 'up');
  is.int(down, 'resamplePoly', 'down');
  if (up < 1 || down < 1) throw new ValueError(`resamplePoly: up and down must be >= 1, got ${up} and ${down}`);
  const padtype = o.padtype ?? 'constant';
  if (o.cval !== undefined && o.cval !== null && padtype !== 'constant') {
    throw new ValueError(`resamplePoly: cval has no effect when padtype is ${padtype}`);
  }
  const xx = asarray(x);
  const axis = lineAxis('resamplePoly', xx, o.axis ?? 0);
  const g = gcd(up, down);
  const u = up / g;
  const d = down / g;
  const inexact = /^float|^complex/.test(xx.dtype);
  const dt: FloatDType = inexact ? (xx.dtype as FloatDType) : 'float64';
  const cplx = isComplex(dt);
  const w = cplx ? 2 : 1;
  const n = xx.shape[axis] as number;
  if (u === 1 && d === 1)
    return mapLines([xx], axis, [n], dt, ([xl], [yl]) => (yl as Float64Array).set(xl as Float64Array))[0] as NDArray;
  const nOut = Math.ceil((n * u) / d);
  let h: Float64Array;
  let halfLen: number;
  const win = o.window ?? ['kaiser', 5];
  const isTaps =
    ArrayBuffer.isView(win) ||
    (Array.isArray(win) && typeof win[0] !== 'string') ||
    (typeof win === 'object' && !Array.isArray(win));
  if (isTaps) {
    const ta = asarray(win as ArrayInput);
    if (ta.ndim > 1) throw new ValueError('resamplePoly: window must be 1-D');
    h = Float64Array.from(values(ta, false));
    halfLen = (h.length - 1) >> 1;
  } else {
    const maxRate = Math.max(u, d);
    halfLen = 10 * maxRate;
    h = firwinValues('resamplePoly', 2 * halfLen + 1, 1 / maxRate, { window: win as WindowSpec });
    if (dt === 'float32' || dt === 'complex64') h = Float64Array.from(Float32Array.from(h));
  }
  for (let i = 0; i < h.length; i++) h[i] = (h[i] as number) * u;
  const nPrePad = d - (halfLen % d);
  let nPostPad = 0;
  const nPreRemove = Math.floor((halfLen + nPrePad) / d);
  while (upfirdnLength(h.length + nPrePad + nPostPad, n, u, d) < nOut + nPreRemove) nPostPad++;
  const hp = new Float64Array(nPrePad + h.length + nPostPad);
  hp.set(h, nPrePad);
  const cval = padtype === 'constant' ? (o.cval ?? 0) : 0;
  const sorted = new Float64Array(n);
  return mapLines([xx], axis, [nOut], dt, ([xl], [yl]) => {
    const y = yl as Float64Array;
    const xv = padtype === 'constant' ? (xl as Float64Array) : Float64Array.from(xl as Float64Array);
    // Background per component (re, im): subtracted before filtering, added back after.
    const bg = [0, 0];
    if (padtype !== 'constant' && n > 0) {
      for (let c = 0; c < w; c++) {
        for (let i = 0; i < n; i++) sorted[i] = xv[w * i + c] as number;
        const s = sorted.subarray(0, n);
        if (padtype === 'mean') bg[c] = s.reduce((p, v) => p + v, 0) / n;
        else if (padtype === 'minimum') bg[c] = s.reduce((p, v) => Math.min(p, v), Number.POSITIVE_INFINITY);
        else if (padtype === 'maximum') bg[c] = s.reduce((p, v) => Math.max(p, v), Number.NEGATIVE_INFINITY);
        else {
          s.sort();
          bg[c] = n % 2 ? (s[n >> 1] as number) : 0.5 * ((s[(n >> 1) - 1] as number) + (s[n >> 1] as number));
        }
        for (let i = 0; i < n; i++) xv[w * i + c] = (xv[w * i + c] as number) - (bg[c] as number);
      }
    }
    upfirdnLine(hp, false, xv, n, u, d, nPreRemove, nOut, cval, w, y);
    if (padtype !== 'constant') {
      for (let i = 0; i < nOut; i++)
        for (let c = 0; c < w; c++) y[w * i + c] = (y[w * i + c] as number) + (bg[c] as number);
    }
  })[0] as NDArray;
}
