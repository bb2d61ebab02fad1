/**
 * The engine under every spectral estimate: window triage (a name, a tuple or an array),
 * signal rows along an axis, segment spectra (detrended, windowed, FFT'd), averaging and the
 * output layout SciPy uses.
 * @module
 */
import {
  ArgumentError,
  AxisError,
  NDArray,
  ValueError,
  ascontiguousarray,
  asarray,
  astype,
  broadcastTo,
  describeValue,
  moveaxis,
} from '@stride/ndarray';
import { complexPlan } from '../fft/kernels/plan.js';
import { realPlan } from '../fft/kernels/real.js';
import { type WindowSpec, get } from '../windows/get.js';

/** A window: a name or tuple (see `windows.get`), or the window's values. */
export type SpectralWindow = WindowSpec | ArrayLike<number> | NDArray;

/** How each segment is detrended: its mean, its least-squares line, or not at all. */
export type Detrend = 'constant' | 'linear' | false;

/** Argument check of `window`: a string, a tuple starting with a name, or numbers. */
export function windowCheck(v: unknown, fn: string, name: string): SpectralWindow {
  if (typeof v === 'string') return v;
  if (v instanceof NDArray) return v;
  if (Array.isArray(v) && (typeof v[0] === 'string' || v.every((e) => typeof e === 'number')))
    return v as SpectralWindow;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return v as unknown as ArrayLike<number>;
  throw new ArgumentError(
    `${fn}: ${name} must be a window name, a [name, ...parameters] tuple or an array of numbers, got ${describeValue(v)}`,
  );
}

/** Argument check of `detrend`. */
export function detrendCheck(v: unknown, fn: string, name: string): Detrend {
  if (v === false || v === 'constant' || v === 'linear') return v;
  if (typeof v === 'string') {
    throw new ValueError(`${fn}: ${name} must be "constant", "linear" or false, got ${JSON.stringify(v)}`);
  }
  throw new ArgumentError(`${fn}: ${name} must be "constant", "linear" or false, got ${describeValue(v)}`);
}

const isSpec = (w: SpectralWindow): w is WindowSpec =>
  typeof w === 'string' || (Array.isArray(w) && typeof w[0] === 'string');

/** The window values of an explicit window (1-D, finite length). */
function explicitWindow(fn: string, w: SpectralWindow): Float64Array {
  const a = asarray(w as Parameters<typeof asarray>[0]);
  if (a.ndim !== 1) throw new ValueError(`${fn}: window must be 1-D, got shape [${a.shape}]`);
  return Float64Array.from(astype(a, 'float64').toArray() as number[]);
}

/**
 * SciPy's segment triage: a named window gets `nperseg` (default `dflt`) points, clipped to the
 * signal length; an explicit window sets `nperseg` (which must then agree), and one longer
 * than the signal is an error.
 */
export function triage(
  fn: string,
  window: SpectralWindow,
  nperseg: number | undefined,
  inputLength: number,
  dflt: number,
): { win: Float64Array; nperseg: number } {
  if (nperseg !== undefined && nperseg < 1) {
    throw new ValueError(`${fn}: nperseg must be a positive integer, got ${nperseg}`);
  }
  if (isSpec(window)) {
    const n = Math.min(nperseg ?? dflt, inputLength);
    return { win: Float64Array.from(get(window, n).data as Float64Array), nperseg: n };
  }
  const win = explicitWindow(fn, window);
  if (inputLength < win.length) {
    throw new ValueError(`${fn}: window is longer than input signal (${win.length} > ${inputLength})`);
  }
  if (nperseg !== undefined && nperseg !== win.length) {
    throw new ValueError(`${fn}: nperseg (${nperseg}) does not equal the window length (${win.length})`);
  }
  return { win, nperseg: win.length };
}

/** nfft (default nperseg, never below it) and noverlap (default `dflt`, below nperseg). */
export function segmentSizes(
  fn: string,
  nperseg: number,
  nfft: number | undefined,
  noverlap: number | undefined,
  dfltOverlap: number,
): { nfft: number; noverlap: number } {
  const nf = nfft ?? nperseg;
  if (nf < nperseg) throw new ValueError(`${fn}: nfft (${nf}) must be greater than or equal to nperseg (${nperseg})`);
  const no = noverlap ?? dfltOverlap;
  if (no >= nperseg) throw new ValueError(`${fn}: noverlap (${no}) must be less than nperseg (${nperseg})`);
  if (no < 0) throw new ValueError(`${fn}: noverlap must be non-negative, got ${no}`);
  return { nfft: nf, noverlap: no };
}

/** Signal rows: the input with `axis` moved last, as contiguous float64 (interleaved when complex). */
export interface Rows {
  data: Float64Array;
  complex: boolean;
  single: boolean;
  /** the shape without the axis */
  outer: number[];
  count: number;
  len: number;
}

/** The dtype class of an input: complex or not, single precision or not. */
export function kindOf(a: NDArray): { complex: boolean; single: boolean } {
  const dt = a.dtype as string;
  return { complex: dt === 'complex64' || dt === 'complex128', single: dt === 'float32' || dt === 'complex64' };
}

/** Rows of `a` along `axis` (normalized), broadcast over `outer` when given, zero-padded to `len`. */
export function rowsOf(a: NDArray, axis: number, outer?: readonly number[], len?: number): Rows {
  const { complex, single } = kindOf(a);
  let m = moveaxis(a, axis, -1) as NDArray;
  const n = m.shape[m.ndim - 1] as number;
  const o = outer ? outer.slice() : m.shape.slice(0, -1);
  if (outer !== undefined) m = broadcastTo(m, [...o, n]) as NDArray;
  m = ascontiguousarray(astype(m, complex ? 'complex128' : 'float64')) as NDArray;
  let count = 1;
  for (const d of o) count *= d;
  const L = len ?? n;
  const w = complex ? 2 : 1;
  const src = m.data as Float64Array;
  let data: Float64Array;
  if (L === n) data = src.slice(w * m.offset, w * (m.offset + count * n));
  else {
    data = new Float64Array(w * count * L);
    for (let r = 0; r < count; r++) {
      data.set(src.subarray(w * (m.offset + r * n), w * (m.offset + (r + 1) * n)), w * r * L);
    }
  }
  return { data, complex, single, outer: o, count, len: L };
}

/** Removes the mean or the least-squares line from `n` values of `x` at `off` (stride 1 or 2). */
export function detrendSegment(x: Float64Array, off: number, n: number, stride: number, type: Detrend): void {
  if (type === false || n === 0) return;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += x[off + j * stride] as number;
  mean /= n;
  if (type === 'constant' || n === 1) {
    for (let j = 0; j < n; j++) x[off + j * stride] = (x[off + j * stride] as number) - mean;
    return;
  }
  // least squares y = a + b·(j − c) with c the mean abscissa
  const c = (n - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let j = 0; j < n; j++) {
    const d = j - c;
    sxy += d * ((x[off + j * stride] as number) - mean);
    sxx += d * d;
  }
  const b = sxy / sxx;
  for (let j = 0; j < n; j++) x[off + j * stride] = (x[off + j * stride] as number) - mean - b * (j - c);
}

/** How segments are cut and transformed. */
export interface SegmentPlan {
  win: Float64Array;
  nperseg: number;
  step: number;
  nfft: number;
  detrend: Detrend;
  onesided: boolean;
}

/** Number of frequencies a plan gives. */
export const freqCount = (p: SegmentPlan): number => (p.onesided ? (p.nfft >> 1) + 1 : p.nfft);

/** Number of whole segments in a signal of length n. */
export const segmentCount = (n: number, p: SegmentPlan): number =>
  n < p.nperseg ? 0 : Math.floor((n - p.nperseg) / p.step) + 1;

/**
 * The spectra of every segment of row `r` of `rows`: `out[(s·nfreq + k)·2 + {0,1}]`, complex,
 * unscaled. One-sided plans use the real FFT (the input must be real).
 */
export function segmentSpectra(rows: Rows, r: number, p: SegmentPlan, nseg: number, out: Float64Array): void {
  const nfreq = freqCount(p);
  const { nperseg, nfft, win } = p;
  const L = rows.len;
  const x = rows.data;
  if (p.onesided) {
    const plan = realPlan(nfft);
    const buf = new Float64Array(2 * ((nfft >> 1) + 1) + 2);
    const spec = new Float64Array(2 * ((nfft >> 1) + 1) + 2);
    for (let s = 0; s < nseg; s++) {
      const base = r * L + s * p.step;
      if (rows.complex) for (let j = 0; j < nperseg; j++) buf[j] = x[2 * (base + j)] as number;
      else for (let j = 0; j < nperseg; j++) buf[j] = x[base + j] as number;
      detrendSegment(buf, 0, nperseg, 1, p.detrend);
      for (let j = 0; j < nperseg; j++) buf[j] = (buf[j] as number) * (win[j] as number);
      buf.fill(0, nperseg, nfft);
      plan.forward(buf, spec);
      out.set(spec.subarray(0, 2 * nfreq), 2 * s * nfreq);
    }
    return;
  }
  const plan = complexPlan(nfft);
  const buf = new Float64Array(2 * nfft);
  const work = new Float64Array(2 * nfft);
  for (let s = 0; s < nseg; s++) {
    const base = r * L + s * p.step;
    buf.fill(0);
    if (rows.complex) {
      for (let j = 0; j < nperseg; j++) {
        buf[2 * j] = x[2 * (base + j)] as number;
        buf[2 * j + 1] = x[2 * (base + j) + 1] as number;
      }
      detrendSegment(buf, 1, nperseg, 2, p.detrend);
    } else {
      for (let j = 0; j < nperseg; j++) buf[2 * j] = x[base + j] as number;
    }
    detrendSegment(buf, 0, nperseg, 2, p.detrend);
    for (let j = 0; j < nperseg; j++) {
      buf[2 * j] = (buf[2 * j] as number) * (win[j] as number);
      buf[2 * j + 1] = (buf[2 * j + 1] as number) * (win[j] as number);
    }
    plan.exec(buf, work, false);
    out.set(buf.subarray(0, 2 * nfreq), 2 * s * nfreq);
  }
}

/** Sample frequencies: rfftfreq (one-sided) or fftfreq (two-sided) of nfft at rate fs. */
export function frequencies(p: SegmentPlan, fs: number): NDArray {
  const nf = freqCount(p);
  const f = new Float64Array(nf);
  for (let k = 0; k < nf; k++) {
    const kk = p.onesided || k < (p.nfft + 1) >> 1 ? k : k - p.nfft;
    f[k] = kk / (p.nfft / fs);
  }
  return new NDArray('float64', f, [nf]);
}

/** Doubles the one-sided bins that stand for two (all but DC and, for even nfft, Nyquist). */
export function doubleOneSided(row: Float64Array, nfreq: number, nfft: number, complex: boolean): void {
  const last = nfft % 2 === 0 ? nfreq - 1 : nfreq;
  const w = complex ? 2 : 1;
  for (let k = w; k < w * last; k++) row[k] = 2 * (row[k] as number);
}

/** The median of n values (sorted copy), NumPy's (mean of the middle two for even n). */
export function median(v: Float64Array): number {
  const s = Float64Array.from(v).sort();
  const n = s.length;
  if (n === 0) return Number.NaN;
  for (const x of s) if (Number.isNaN(x)) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : 0.5 * ((s[n / 2 - 1] as number) + (s[n / 2] as number));
}

/** The bias of the median of n χ²₂ periodograms against their mean (Allen et al., FINDCHIRP). */
export function medianBias(n: number): number {
  let s = 1;
  for (let i = 1; i <= (n - 1) >> 1; i++) s += 1 / (2 * i + 1) - 1 / (2 * i);
  return s;
}

/**
 * An NDArray from rows laid out as `[...outer, ...inner]` (C order), with the first inner axis
 * moved to `axis` of the input's dimensions (SciPy's layout: frequency where the signal axis
 * was, time last).
 */
export function assemble(
  data: Float64Array,
  complex: boolean,
  single: boolean,
  outer: readonly number[],
  inner: readonly number[],
  axis: number,
): NDArray {
  const dtype = complex ? (single ? 'complex64' : 'complex128') : single ? 'float32' : 'float64';
  const arr = new NDArray(dtype, single ? Float32Array.from(data) : data, [...outer, ...inner]) as NDArray;
  if (axis === outer.length) return arr;
  return ascontiguousarray(moveaxis(arr, outer.length, axis)) as NDArray;
}

/** A normalized axis index, or NumPy's AxisError. */
export function axisIndex(fn: string, axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) {
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** An empty float64 array of a shape. */
export const emptyOf = (shape: readonly number[]): NDArray =>
  new NDArray('float64', new Float64Array(shape.reduce((p, d) => p * d, 1)), shape);

/** The periodogram scale of a window: 1/(fs·Σw²) for a density, 1/(Σw)² for a power spectrum. */
export function spectralScale(win: Float64Array, scaling: 'density' | 'spectrum', fs: number): number {
  let s1 = 0;
  let s2 = 0;
  for (const w of win) {
    s1 += w;
    s2 += w * w;
  }
  return scaling === 'density' ? 1 / (fs * s2) : 1 / (s1 * s1);
}
