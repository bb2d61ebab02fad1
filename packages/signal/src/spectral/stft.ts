/**
 * Time–frequency analysis (SciPy's `spectrogram`, `stft`, `istft`) and the overlap-add
 * conditions (`checkCola`, `checkNola`).
 * @module
 */
import {
  type ArrayInput,
  NDArray,
  ValueError,
  asarray,
  ascontiguousarray,
  astype,
  is,
  moveaxis,
  signature,
} from '@stride/ndarray';
import { complexPlan } from '../fft/kernels/plan.js';
import { realPlan } from '../fft/kernels/real.js';
import { get } from '../windows/get.js';
import type { WelchOptions } from './welch.js';
import {
  type Detrend,
  type Rows,
  type SegmentPlan,
  type SpectralWindow,
  assemble,
  axisIndex,
  detrendCheck,
  doubleOneSided,
  emptyOf,
  freqCount,
  frequencies,
  kindOf,
  median,
  rowsOf,
  segmentCount,
  segmentSizes,
  segmentSpectra,
  spectralScale,
  triage,
  windowCheck,
} from './core.js';

/** Options of `spectrogram` (defaults: window `['tukey', 0.25]`, noverlap nperseg/8, as SciPy). */
export interface SpectrogramOptions extends Omit<WelchOptions, 'average'> {
  /** `'psd'` (default), `'complex'`, `'magnitude'`, `'angle'` or `'phase'` (unwrapped angle). */
  mode?: 'psd' | 'complex' | 'magnitude' | 'angle' | 'phase';
}

/** Options of `stft`. */
export interface StftOptions {
  /** Sampling frequency (default 1). */
  fs?: number;
  /** Window (default `'hann'`). */
  window?: SpectralWindow;
  /** Segment length (default 256, clipped to the signal). */
  nperseg?: number;
  /** Overlap (default nperseg/2). */
  noverlap?: number | null;
  /** FFT length (default nperseg). */
  nfft?: number | null;
  /** Per-segment detrending (default `false`). */
  detrend?: Detrend;
  /** One-sided for real input (default `true`). */
  returnOnesided?: boolean;
  /** Extension at both ends by nperseg/2: `'zeros'` (default), `'even'`, `'odd'`, `'constant'` or `null`. */
  boundary?: 'zeros' | 'even' | 'odd' | 'constant' | null;
  /** Zero-pad the end to a whole number of segments (default `true`). */
  padded?: boolean;
  /** The signal axis (default −1). */
  axis?: number;
  /** `'spectrum'` (default) or `'psd'`. */
  scaling?: 'spectrum' | 'psd';
}

/** Options of `istft`. */
export interface IstftOptions {
  /** Sampling frequency (default 1). */
  fs?: number;
  /** Window (default `'hann'`). */
  window?: SpectralWindow;
  /** Segment length (default from the frequency axis). */
  nperseg?: number | null;
  /** Overlap (default nperseg/2). */
  noverlap?: number | null;
  /** FFT length. */
  nfft?: number | null;
  /** The input is a one-sided spectrum (default `true`). */
  inputOnesided?: boolean;
  /** Drop the nperseg/2 points `stft` added at each end (default `true`). */
  boundary?: boolean;
  /** The time axis of the input (default −1). */
  timeAxis?: number;
  /** The frequency axis of the input (default −2). */
  freqAxis?: number;
  /** `'spectrum'` (default) or `'psd'`. */
  scaling?: 'spectrum' | 'psd';
}

const parseSpectrogram = signature<SpectrogramOptions>(
  'spectrogram',
  ['fs', 'window', 'nperseg', 'noverlap', 'nfft', 'detrend', 'returnOnesided', 'scaling', 'axis', 'mode'],
  {
    fs: is.finite,
    window: windowCheck,
    nperseg: is.orNone(is.int),
    noverlap: is.orNone(is.int),
    nfft: is.orNone(is.int),
    detrend: detrendCheck,
    returnOnesided: is.boolean,
    scaling: is.choice('density', 'spectrum'),
    axis: is.axisInt,
    mode: is.choice('psd', 'complex', 'magnitude', 'angle', 'phase'),
  },
);
const boundaryCheck = is.choice('zeros', 'even', 'odd', 'constant');
const parseStft = signature<StftOptions>(
  'stft',
  ['fs', 'window', 'nperseg', 'noverlap', 'nfft', 'detrend', 'returnOnesided', 'boundary', 'padded', 'axis', 'scaling'],
  {
    fs: is.finite,
    window: windowCheck,
    nperseg: is.int,
    noverlap: is.orNone(is.int),
    nfft: is.orNone(is.int),
    detrend: detrendCheck,
    returnOnesided: is.boolean,
    boundary: ((v: unknown, fn: string, name: string) => (v === null ? null : boundaryCheck(v, fn, name))) as never,
    padded: is.boolean,
    axis: is.axisInt,
    scaling: is.choice('spectrum', 'psd'),
  },
);
const parseIstft = signature<IstftOptions>(
  'istft',
  ['fs', 'window', 'nperseg', 'noverlap', 'nfft', 'inputOnesided', 'boundary', 'timeAxis', 'freqAxis', 'scaling'],
  {
    fs: is.finite,
    window: windowCheck,
    nperseg: is.orNone(is.int),
    noverlap: is.orNone(is.int),
    nfft: is.orNone(is.int),
    inputOnesided: is.boolean,
    boundary: is.boolean,
    timeAxis: is.axisInt,
    freqAxis: is.axisInt,
    scaling: is.choice('spectrum', 'psd'),
  },
);

/** Extends each row by n points at both ends (SciPy's even/odd/constant/zero extensions). */
function extendRows(fn: string, rows: Rows, n: number, kind: 'zeros' | 'even' | 'odd' | 'constant'): Rows {
  const L = rows.len;
  if ((kind === 'even' || kind === 'odd') && n > L - 1) {
    throw new ValueError(
      `${fn}: the extension length ${n} is too big; it must not exceed the signal length − 1 = ${L - 1}`,
    );
  }
  const NL = L + 2 * n;
  const w = rows.complex ? 2 : 1;
  const data = new Float64Array(w * rows.count * NL);
  for (let r = 0; r < rows.count; r++) {
    for (let part = 0; part < w; part++) {
      const at = (i: number) => rows.data[w * (r * L + i) + part] as number;
      const put = (i: number, v: number) => {
        data[w * (r * NL + i) + part] = v;
      };
      for (let i = 0; i < L; i++) put(n + i, at(i));
      for (let i = 1; i <= n; i++) {
        let lo = 0;
        let hi = 0;
        if (kind === 'even') {
          lo = at(i);
          hi = at(L - 1 - i);
        } else if (kind === 'odd') {
          lo = 2 * at(0) - at(i);
          hi = 2 * at(L - 1) - at(L - 1 - i);
        } else if (kind === 'constant') {
          lo = at(0);
          hi = at(L - 1);
        }
        put(n - i, lo);
        put(n + L - 1 + i, hi);
      }
    }
  }
  return { ...rows, data, len: NL };
}

/** Zero-pads each row to `len`. */
function padRows(rows: Rows, len: number): Rows {
  if (len === rows.len) return rows;
  const w = rows.complex ? 2 : 1;
  const data = new Float64Array(w * rows.count * len);
  for (let r = 0; r < rows.count; r++) {
    data.set(rows.data.subarray(w * r * rows.len, w * (r + 1) * rows.len), w * r * len);
  }
  return { ...rows, data, len };
}

/** The legacy spectral helper in its 'stft' and 'psd' modes: segment spectra laid out (…, freq, time). */
function timeFrequency(
  fn: string,
  xIn: ArrayInput,
  o: {
    fs: number;
    window: SpectralWindow;
    nperseg: number | undefined;
    noverlap: number | undefined;
    nfft: number | undefined;
    detrend: Detrend;
    onesided: boolean;
    scaling: 'density' | 'spectrum';
    axis: number;
    mode: 'psd' | 'stft';
    boundary: 'zeros' | 'even' | 'odd' | 'constant' | null;
    padded: boolean;
    dfltOverlap: (nperseg: number) => number;
  },
): { f: NDArray; t: NDArray; z: NDArray; complexOut: boolean; rawOuter: number[] } {
  const x = asarray(xIn);
  const ax = axisIndex(fn, o.axis, x.ndim);
  const n = x.shape[ax] as number;
  const { win, nperseg } = triage(fn, o.window, o.nperseg, n, 256);
  const { nfft, noverlap } = segmentSizes(fn, nperseg, o.nfft, o.noverlap, o.dfltOverlap(nperseg));
  const step = nperseg - noverlap;
  const kx = kindOf(x);
  const onesided = o.onesided && !kx.complex;
  const plan: SegmentPlan = { win, nperseg, step, nfft, detrend: o.detrend, onesided };
  let rows = rowsOf(x, ax);
  if (o.boundary !== null) rows = extendRows(fn, rows, nperseg >> 1, o.boundary);
  if (o.padded) {
    const L = rows.len;
    const nadd = (((-(L - nperseg) % step) + step) % step) % nperseg;
    rows = padRows(rows, L + nadd);
  }
  let scale = spectralScale(win, o.scaling, o.fs);
  if (o.mode === 'stft') scale = Math.sqrt(scale);
  const nseg = segmentCount(rows.len, plan);
  const nfreq = freqCount(plan);
  const complexOut = o.mode === 'stft';
  const w = complexOut ? 2 : 1;
  const out = new Float64Array(w * rows.count * nfreq * nseg);
  const spec = new Float64Array(2 * nseg * nfreq);
  const row = new Float64Array(2 * nfreq);
  for (let r = 0; r < rows.count; r++) {
    segmentSpectra(rows, r, plan, nseg, spec);
    for (let s = 0; s < nseg; s++) {
      for (let k = 0; k < nfreq; k++) {
        const re = spec[2 * (s * nfreq + k)] as number;
        const im = spec[2 * (s * nfreq + k) + 1] as number;
        if (complexOut) {
          row[2 * k] = scale * re;
          row[2 * k + 1] = scale * im;
        } else {
          row[k] = scale * (re * re + im * im);
        }
      }
      if (!complexOut && onesided) doubleOneSided(row, nfreq, nfft, false);
      for (let k = 0; k < nfreq; k++) {
        const at = w * ((r * nfreq + k) * nseg + s);
        out[at] = row[w * k] as number;
        if (complexOut) out[at + 1] = row[2 * k + 1] as number;
      }
    }
  }
  const times = new Float64Array(nseg);
  for (let s = 0; s < nseg; s++) {
    times[s] = (nperseg / 2 + s * step) / o.fs - (o.boundary !== null ? nperseg / 2 / o.fs : 0);
  }
  const z = assemble(out, complexOut, kx.single, rows.outer, [nfreq, nseg], ax);
  return {
    f: frequencies(plan, o.fs),
    t: new NDArray('float64', times, [nseg]) as NDArray,
    z,
    complexOut,
    rawOuter: rows.outer,
  };
}

/**
 * A spectrogram: the power spectral density (or the complex STFT, its magnitude, angle or
 * unwrapped phase) of consecutive segments (SciPy's `signal.spectrogram`).
 *
 * @param x - the signal.
 * @param options - `fs`, `window` (`['tukey', 0.25]`), `nperseg` (256), `noverlap` (nperseg/8),
 * `nfft`, `detrend` (`'constant'`), `returnOnesided`, `scaling` (`'density'`), `axis`, `mode` (`'psd'`).
 * @returns `{ f, t, sxx }` with sxx of shape (…, f, t) where the signal axis was.
 * @example
 * ```ts
 * const { f, t, sxx } = spectrogram(new Float64Array(64).map((_, i) => Math.sin(i)), { nperseg: 16 });
 * [f.shape, t.shape, sxx.shape]; // [[9], [4], [9, 4]]
 * ```
 */
export function spectrogram(x: ArrayInput, options?: SpectrogramOptions): { f: NDArray; t: NDArray; sxx: NDArray };
export function spectrogram(
  x: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { f: NDArray; t: NDArray; sxx: NDArray };
export function spectrogram(xIn: ArrayInput, ...rest: unknown[]): { f: NDArray; t: NDArray; sxx: NDArray } {
  const fn = 'spectrogram';
  const o = parseSpectrogram(rest);
  const x = asarray(xIn);
  if (x.size === 0) return { f: emptyOf(x.shape), t: emptyOf(x.shape), sxx: emptyOf(x.shape) };
  const mode = o.mode ?? 'psd';
  const r = timeFrequency(fn, x, {
    fs: o.fs ?? 1,
    window: o.window ?? ['tukey', 0.25],
    nperseg: o.nperseg ?? undefined,
    noverlap: o.noverlap ?? undefined,
    nfft: o.nfft ?? undefined,
    detrend: o.detrend ?? 'constant',
    onesided: o.returnOnesided ?? true,
    scaling: o.scaling ?? 'density',
    axis: o.axis ?? -1,
    mode: mode === 'psd' ? 'psd' : 'stft',
    boundary: null,
    padded: false,
    dfltOverlap: (n) => n >> 3,
  });
  if (mode === 'psd' || mode === 'complex') return { f: r.f, t: r.t, sxx: r.z };
  // magnitude, angle, phase of the complex STFT
  const z = r.z;
  const d = z.data as Float64Array | Float32Array;
  const out = new Float64Array(z.size);
  for (let i = 0; i < out.length; i++) {
    const re = d[2 * (z.offset + i)] as number;
    const im = d[2 * (z.offset + i) + 1] as number;
    out[i] = mode === 'magnitude' ? Math.hypot(re, im) : Math.atan2(im, re);
  }
  const single = z.dtype === 'complex64';
  let res = new NDArray(single ? 'float32' : 'float64', single ? Float32Array.from(out) : out, z.shape) as NDArray;
  if (mode === 'phase') {
    // unwrap along the frequency axis (where the signal axis was)
    const fax = axisIndex(fn, o.axis ?? -1, x.ndim);
    res = unwrapAxis(res, fax);
  }
  return { f: r.f, t: r.t, sxx: res };
}

/** NumPy's `unwrap` (discontinuity π) along one axis. */
function unwrapAxis(a: NDArray, axis: number): NDArray {
  const m = ascontiguousarray(astype(moveaxis(a, axis, -1), 'float64')) as NDArray;
  const n = m.shape[m.ndim - 1] as number;
  const d = Float64Array.from((m.data as Float64Array).subarray(m.offset, m.offset + m.size));
  const rowsN = n === 0 ? 0 : d.length / n;
  for (let r = 0; r < rowsN; r++) {
    let correction = 0;
    let prev = d[r * n] as number;
    for (let i = 1; i < n; i++) {
      const cur = d[r * n + i] as number;
      const dd = cur - prev;
      let mod = ((((dd + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) - Math.PI;
      if (mod === -Math.PI && dd > 0) mod = Math.PI;
      if (Math.abs(dd) >= Math.PI) correction += mod - dd;
      prev = cur;
      d[r * n + i] = cur + correction;
    }
  }
  const back = new NDArray('float64', d, m.shape) as NDArray;
  const moved = ascontiguousarray(moveaxis(back, -1, axis)) as NDArray;
  return a.dtype === 'float32' ? (astype(moved, 'float32') as NDArray) : moved;
}

/**
 * The short-time Fourier transform (SciPy's `signal.stft`): windowed segments' spectra, with
 * the signal extended at both ends and padded so that `istft` inverts it.
 *
 * @param x - the signal (real, or complex for a two-sided transform).
 * @param options - `fs`, `window` (`'hann'`), `nperseg` (256), `noverlap` (nperseg/2), `nfft`,
 * `detrend` (`false`), `returnOnesided`, `boundary` (`'zeros'`), `padded` (`true`), `axis`, `scaling` (`'spectrum'`).
 * @returns `{ f, t, zxx }` with zxx complex of shape (…, f, t).
 * @example
 * ```ts
 * const { zxx } = stft([1, 2, 3, 4, 5, 6, 7, 8], { nperseg: 4 });
 * zxx.shape; // [3, 5]
 * ```
 */
export function stft(x: ArrayInput, options?: StftOptions): { f: NDArray; t: NDArray; zxx: NDArray };
export function stft(
  x: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { f: NDArray; t: NDArray; zxx: NDArray };
export function stft(xIn: ArrayInput, ...rest: unknown[]): { f: NDArray; t: NDArray; zxx: NDArray } {
  const o = parseStft(rest);
  const x = asarray(xIn);
  if (x.size === 0) return { f: emptyOf(x.shape), t: emptyOf(x.shape), zxx: emptyOf(x.shape) };
  const r = timeFrequency('stft', x, {
    fs: o.fs ?? 1,
    window: o.window ?? 'hann',
    nperseg: o.nperseg ?? 256,
    noverlap: o.noverlap ?? undefined,
    nfft: o.nfft ?? undefined,
    detrend: o.detrend ?? false,
    onesided: o.returnOnesided ?? true,
    scaling: (o.scaling ?? 'spectrum') === 'psd' ? 'density' : 'spectrum',
    axis: o.axis ?? -1,
    mode: 'stft',
    boundary: o.boundary === undefined ? 'zeros' : o.boundary,
    padded: o.padded ?? true,
    dfltOverlap: (n) => n >> 1,
  });
  return { f: r.f, t: r.t, zxx: r.z };
}

/** A window's values for `istft` and the overlap checks: a name/tuple via `get`, or an array of length nperseg. */
function windowValues(fn: string, window: SpectralWindow, nperseg: number): Float64Array {
  if (typeof window === 'string' || (Array.isArray(window) && typeof window[0] === 'string')) {
    return Float64Array.from(get(window as never, nperseg).data as Float64Array);
  }
  const a = asarray(window as never) as NDArray;
  if (a.ndim !== 1) throw new ValueError(`${fn}: window must be 1-D, got shape [${a.shape}]`);
  if (a.shape[0] !== nperseg) throw new ValueError(`${fn}: window must have length of ${nperseg}, got ${a.shape[0]}`);
  return Float64Array.from(astype(a, 'float64').toArray() as number[]);
}

/**
 * The inverse short-time Fourier transform by weighted overlap-add (SciPy's `signal.istft`):
 * `istft(stft(x).zxx).x` returns x (zero-padded to whole segments) when the window meets NOLA.
 *
 * @param Zxx - the STFT, at least 2-d (frequency axis −2, time axis −1 by default).
 * @param options - `fs`, `window` (`'hann'`), `nperseg`, `noverlap`, `nfft`, `inputOnesided`,
 * `boundary`, `timeAxis`, `freqAxis`, `scaling`.
 * @returns `{ t, x }`.
 * @throws {ValueError} for a 1-d input, equal axes, noverlap ≥ nperseg or a window of the wrong length.
 * @example
 * ```ts
 * const { zxx } = stft([1, 2, 3, 4, 5, 6, 7, 8], { nperseg: 4 });
 * istft(zxx, { nperseg: 4 }).x.toArray(); // [1, 2, 3, 4, 5, 6, 7, 8]
 * ```
 */
export function istft(Zxx: ArrayInput, options?: IstftOptions): { t: NDArray; x: NDArray };
export function istft(
  Zxx: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { t: NDArray; x: NDArray };
export function istft(zIn: ArrayInput, ...rest: unknown[]): { t: NDArray; x: NDArray } {
  const fn = 'istft';
  const o = parseIstft(rest);
  const z0 = asarray(zIn);
  if (z0.ndim < 2) throw new ValueError(`${fn}: the STFT input must be at least 2-d, got shape [${z0.shape}]`);
  const fa = axisIndex(fn, o.freqAxis ?? -2, z0.ndim);
  const ta = axisIndex(fn, o.timeAxis ?? -1, z0.ndim);
  if (fa === ta) throw new ValueError(`${fn}: the time and frequency axes must differ, got ${fa} for both`);
  const fs = o.fs ?? 1;
  const onesided = o.inputOnesided ?? true;
  const nseg = z0.shape[ta] as number;
  const nf = z0.shape[fa] as number;
  const nDefault = onesided ? 2 * (nf - 1) : nf;
  const nperseg = o.nperseg ?? nDefault;
  if (nperseg < 1) throw new ValueError(`${fn}: nperseg must be a positive integer, got ${nperseg}`);
  let nfft: number;
  if (o.nfft === undefined || o.nfft === null) nfft = onesided && nperseg === nDefault + 1 ? nperseg : nDefault;
  else if (o.nfft < nperseg)
    throw new ValueError(`${fn}: nfft (${o.nfft}) must be greater than or equal to nperseg (${nperseg})`);
  else nfft = o.nfft;
  const noverlap = o.noverlap ?? nperseg >> 1;
  if (noverlap >= nperseg) throw new ValueError(`${fn}: noverlap (${noverlap}) must be less than nperseg (${nperseg})`);
  const step = nperseg - noverlap;
  const win = windowValues(fn, o.window ?? 'hann', nperseg);
  if (nfft < 1) throw new ValueError(`${fn}: invalid number of FFT data points (${nfft})`);
  // (…, freq, time) contiguous complex
  const outerAxes = z0.shape.map((_, i) => i).filter((i) => i !== fa && i !== ta);
  const perm = [...outerAxes, fa, ta];
  const zt = ascontiguousarray(astype(z0.transpose(perm), 'complex128')) as NDArray;
  const zd = (zt.data as Float64Array).subarray(2 * zt.offset);
  const outer = outerAxes.map((i) => z0.shape[i] as number);
  let count = 1;
  for (const d of outer) count *= d;
  const scaling = o.scaling ?? 'spectrum';
  // the inverse of stft's scale
  const gain = 1 / Math.sqrt(spectralScale(win, scaling === 'psd' ? 'density' : 'spectrum', fs));
  const outLen = nperseg + (nseg - 1) * step;
  const norm = new Float64Array(outLen);
  for (let s = 0; s < nseg; s++)
    for (let j = 0; j < nperseg; j++) norm[s * step + j] = (norm[s * step + j] as number) + (win[j] as number) ** 2;
  const cut = (o.boundary ?? true) ? nperseg >> 1 : 0;
  const finalLen = Math.max(0, outLen - 2 * cut);
  const cplxOut = !onesided;
  const w = cplxOut ? 2 : 1;
  const out = new Float64Array(w * count * finalLen);
  const acc = new Float64Array(2 * outLen);
  const m = (nfft >> 1) + 1;
  const spec = new Float64Array(2 * Math.max(m, nfft) + 2);
  const seg = new Float64Array(2 * Math.max(m, nfft) + 2);
  const work = new Float64Array(2 * nfft);
  const zinner = z0.shape[fa] as number;
  for (let r = 0; r < count; r++) {
    acc.fill(0);
    for (let s = 0; s < nseg; s++) {
      // the frequency column of segment s
      const take = onesided ? m : nfft;
      spec.fill(0);
      for (let k = 0; k < Math.min(take, zinner); k++) {
        const at = 2 * ((r * zinner + k) * nseg + s);
        spec[2 * k] = zd[at] as number;
        spec[2 * k + 1] = zd[at + 1] as number;
      }
      if (onesided) {
        realPlan(nfft).backward(spec, seg);
        for (let j = 0; j < nperseg; j++) {
          acc[2 * (s * step + j)] =
            (acc[2 * (s * step + j)] as number) + ((seg[j] as number) / nfft) * gain * (win[j] as number);
        }
      } else {
        // inverse DFT as the conjugate of the forward DFT of the conjugate
        for (let k = 0; k < nfft; k++) spec[2 * k + 1] = -(spec[2 * k + 1] as number);
        complexPlan(nfft).exec(spec, work, false);
        for (let j = 0; j < nperseg; j++) {
          const f = (gain * (win[j] as number)) / nfft;
          acc[2 * (s * step + j)] = (acc[2 * (s * step + j)] as number) + (spec[2 * j] as number) * f;
          acc[2 * (s * step + j) + 1] = (acc[2 * (s * step + j) + 1] as number) - (spec[2 * j + 1] as number) * f;
        }
      }
    }
    for (let i = 0; i < finalLen; i++) {
      const nv = norm[cut + i] as number;
      const d = nv > 1e-10 ? nv : 1;
      out[w * (r * finalLen + i)] = (acc[2 * (cut + i)] as number) / d;
      if (cplxOut) out[w * (r * finalLen + i) + 1] = (acc[2 * (cut + i) + 1] as number) / d;
    }
  }
  const single = z0.dtype === 'complex64' || z0.dtype === 'float32';
  const dtype = cplxOut ? (single ? 'complex64' : 'complex128') : single ? 'float32' : 'float64';
  let x = new NDArray(dtype, single ? Float32Array.from(out) : out, [...outer, finalLen]) as NDArray;
  if (x.ndim > 1 && ta !== z0.ndim - 1) {
    const tpos = fa < ta ? ta - 1 : ta;
    x = ascontiguousarray(moveaxis(x, -1, tpos)) as NDArray;
  }
  const tn = x.shape[0] as number;
  const t = new Float64Array(tn);
  for (let i = 0; i < tn; i++) t[i] = i / fs;
  return { t: new NDArray('float64', t, [tn]) as NDArray, x };
}

const parseCheck = (name: string) => signature<{ tol?: number }>(name, ['tol'], { tol: is.number });
const parseCola = parseCheck('checkCola');
const parseNola = parseCheck('checkNola');

/** Sums of the window (or its square) over the shifted copies that overlap one hop. */
function binSums(fn: string, window: SpectralWindow, nperseg: number, noverlap: number, square: boolean): Float64Array {
  if (!Number.isInteger(nperseg) || nperseg < 1)
    throw new ValueError(`${fn}: nperseg must be a positive integer, got ${nperseg}`);
  if (!Number.isInteger(noverlap)) throw new ValueError(`${fn}: noverlap must be an integer, got ${noverlap}`);
  if (noverlap >= nperseg) throw new ValueError(`${fn}: noverlap (${noverlap}) must be less than nperseg (${nperseg})`);
  if (noverlap < 0) throw new ValueError(`${fn}: noverlap must be a non-negative integer, got ${noverlap}`);
  const win = windowValues(fn, window, nperseg);
  const step = nperseg - noverlap;
  const sums = new Float64Array(step);
  const v = (j: number) => (square ? (win[j] as number) ** 2 : (win[j] as number));
  for (let ii = 0; ii < Math.floor(nperseg / step); ii++)
    for (let j = 0; j < step; j++) sums[j] = (sums[j] as number) + v(ii * step + j);
  const rem = nperseg % step;
  for (let j = 0; j < rem; j++) sums[j] = (sums[j] as number) + v(nperseg - rem + j);
  return sums;
}

/**
 * Whether a window meets the constant overlap-add condition at this overlap (SciPy's `check_COLA`).
 *
 * @param window - a name, tuple or the window values.
 * @param nperseg - segment length.
 * @param noverlap - overlap.
 * @param tol - allowed deviation of the sums from their median (default 1e-10).
 * @example
 * ```ts
 * checkCola('hann', 256, 128); // true
 * checkCola(['tukey', 0.5], 256, 128); // false
 * ```
 */
export function checkCola(window: SpectralWindow, nperseg: number, noverlap: number, tol?: number): boolean;
export function checkCola(
  window: SpectralWindow,
  nperseg: number,
  noverlap: number,
  options?: { tol?: number },
): boolean;
export function checkCola(window: SpectralWindow, nperseg: number, noverlap: number, ...rest: unknown[]): boolean {
  const { tol = 1e-10 } = parseCola(rest);
  const s = binSums('checkCola', window, nperseg, noverlap, false);
  const med = median(s);
  let dev = 0;
  for (const v of s) dev = Math.max(dev, Math.abs(v - med));
  return dev < tol;
}

/**
 * Whether a window meets the nonzero overlap-add condition (so `istft` can invert; SciPy's `check_NOLA`).
 *
 * @param window - a name, tuple or the window values.
 * @param nperseg - segment length.
 * @param noverlap - overlap.
 * @param tol - the smallest allowed sum (default 1e-10).
 * @example
 * ```ts
 * checkNola('hann', 256, 128); // true
 * checkNola('boxcar', 4, 0); // true
 * ```
 */
export function checkNola(window: SpectralWindow, nperseg: number, noverlap: number, tol?: number): boolean;
export function checkNola(
  window: SpectralWindow,
  nperseg: number,
  noverlap: number,
  options?: { tol?: number },
): boolean;
export function checkNola(window: SpectralWindow, nperseg: number, noverlap: number, ...rest: unknown[]): boolean {
  const { tol = 1e-10 } = parseNola(rest);
  const s = binSums('checkNola', window, nperseg, noverlap, true);
  let min = Number.POSITIVE_INFINITY;
  for (const v of s) min = Math.min(min, v);
  return min > tol;
}
