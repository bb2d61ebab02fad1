/**
 * Averaged spectral estimates (SciPy 1.17's `csd`, `welch`, `periodogram`, `coherence`).
 * @module
 */
import {
  type ArrayInput,
  NDArray,
  ValueError,
  asarray,
  ascontiguousarray,
  astype,
  broadcastShapes,
  broadcastTo,
  is,
  signature,
} from '@stride/ndarray';
import {
  type Detrend,
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
  medianBias,
  rowsOf,
  segmentCount,
  segmentSizes,
  segmentSpectra,
  spectralScale,
  triage,
  windowCheck,
} from './core.js';

/** Options of `welch` and `csd`. */
export interface WelchOptions {
  /** Sampling frequency (default 1). */
  fs?: number;
  /** Window: a name, a `[name, ...params]` tuple or the values (default `'hann'`). */
  window?: SpectralWindow;
  /** Segment length (default 256, clipped to the signal; an explicit window's length). */
  nperseg?: number | null;
  /** Overlap between segments (default nperseg/2). */
  noverlap?: number | null;
  /** FFT length (default nperseg; zero-padded segments above it). */
  nfft?: number | null;
  /** Per-segment detrending: `'constant'` (default), `'linear'` or `false`. */
  detrend?: Detrend;
  /** One-sided spectrum for real input (default `true`; complex input is always two-sided). */
  returnOnesided?: boolean;
  /** `'density'` (V²/Hz, default) or `'spectrum'` (V²). */
  scaling?: 'density' | 'spectrum';
  /** The axis along which the spectrum is computed (default −1). */
  axis?: number;
  /** How the segment periodograms are averaged: `'mean'` (default) or `'median'` (bias-corrected). */
  average?: 'mean' | 'median';
}

/** Options of `periodogram`. */
export type PeriodogramOptions = Omit<WelchOptions, 'nperseg' | 'noverlap' | 'average' | 'window'> & {
  /** Window (default `'boxcar'`); `null` is the default too. */
  window?: SpectralWindow | null;
};

/** Options of `coherence`. */
export type CoherenceOptions = Omit<WelchOptions, 'returnOnesided' | 'scaling' | 'average'>;

const common = {
  fs: is.finite,
  window: windowCheck,
  nperseg: is.orNone(is.positiveInt),
  noverlap: is.orNone(is.int),
  nfft: is.orNone(is.int),
  detrend: detrendCheck,
  returnOnesided: is.boolean,
  scaling: is.choice('density', 'spectrum'),
  axis: is.axisInt,
  average: is.choice('mean', 'median'),
};
const ORDER = [
  'fs',
  'window',
  'nperseg',
  'noverlap',
  'nfft',
  'detrend',
  'returnOnesided',
  'scaling',
  'axis',
  'average',
];
const parseWelch = signature<WelchOptions>('welch', ORDER, common);
const parseCsd = signature<WelchOptions>('csd', ORDER, common);
const { nperseg: _a, noverlap: _b, average: _c, ...pchecks } = common;
const parsePeriodogram = signature<PeriodogramOptions>(
  'periodogram',
  ['fs', 'window', 'nfft', 'detrend', 'returnOnesided', 'scaling', 'axis'],
  { ...pchecks, window: is.nullable(windowCheck) },
);
const { returnOnesided: _d, scaling: _e, average: _f, ...cchecks } = common;
const parseCoherence = signature<CoherenceOptions>(
  'coherence',
  ['fs', 'window', 'nperseg', 'noverlap', 'nfft', 'detrend', 'axis'],
  cchecks,
);

/** The cross spectral density of x and y (y === x: the power spectral density), SciPy 1.17's csd. */
function crossSpectrum(
  fn: string,
  xIn: ArrayInput,
  yIn: ArrayInput | null,
  o: WelchOptions,
): { f: NDArray; p: NDArray } {
  const x = asarray(xIn);
  const y = yIn === null ? x : asarray(yIn);
  const same = yIn === null;
  const axisArg = o.axis ?? -1;
  const fs = o.fs ?? 1;
  const ax = axisIndex(fn, axisArg, x.ndim);
  const ay = same ? ax : axisIndex(fn, axisArg, y.ndim);
  const xOuter = x.shape.filter((_, i) => i !== ax);
  const yOuter = y.shape.filter((_, i) => i !== ay);
  let outer: number[];
  try {
    outer = same ? xOuter : broadcastShapes(fn, xOuter, yOuter);
  } catch {
    throw new ValueError(`${fn}: x and y cannot be broadcast together (shapes [${x.shape}] and [${y.shape}])`);
  }
  const xn = x.shape[ax] as number;
  const yn = y.shape[ay] as number;
  if (x.size === 0 || y.size === 0) {
    if (same) return { f: emptyOf(x.shape), p: emptyOf(x.shape) };
    const shape = [...outer, Math.min(xn, yn)];
    const e = emptyOf(shape);
    return { f: e, p: e };
  }
  const n = Math.max(xn, yn);
  const { win, nperseg } = triage(fn, o.window ?? 'hann', o.nperseg ?? undefined, n, 256);
  const { nfft, noverlap } = segmentSizes(fn, nperseg, o.nfft ?? undefined, o.noverlap ?? undefined, nperseg >> 1);
  const kx = kindOf(x);
  const ky = kindOf(y);
  const onesided = (o.returnOnesided ?? true) && !kx.complex;
  if (onesided && ky.complex) {
    throw new ValueError(
      `${fn}: y is complex while x is real: a one-sided spectrum is undefined; pass returnOnesided: false`,
    );
  }
  const plan: SegmentPlan = {
    win,
    nperseg,
    step: nperseg - noverlap,
    nfft,
    detrend: o.detrend ?? 'constant',
    onesided,
  };
  const scaling = o.scaling ?? 'density';
  const scale = spectralScale(win, scaling, fs);
  const rx = rowsOf(x, ax, same ? undefined : outer, n);
  const ry = same ? rx : rowsOf(y, ay, outer, n);
  const nseg = segmentCount(n, plan);
  const nfreq = freqCount(plan);
  const cplxOut = !same;
  const out = new Float64Array((cplxOut ? 2 : 1) * rx.count * nfreq);
  const sx = new Float64Array(2 * nseg * nfreq);
  const sy = same ? sx : new Float64Array(2 * nseg * nfreq);
  const perSeg = new Float64Array(2 * nseg * nfreq);
  const avg = o.average ?? 'mean';
  const col = new Float64Array(nseg);
  for (let r = 0; r < rx.count; r++) {
    segmentSpectra(rx, r, plan, nseg, sx);
    if (!same) segmentSpectra(ry, r, plan, nseg, sy);
    // conj(X)·Y per segment and frequency, scaled, one-sided bins doubled
    for (let s = 0; s < nseg; s++) {
      const row = perSeg.subarray(2 * s * nfreq, 2 * (s + 1) * nfreq);
      for (let k = 0; k < nfreq; k++) {
        const i = 2 * (s * nfreq + k);
        const ar = sx[i] as number;
        const ai = sx[i + 1] as number;
        const br = sy[i] as number;
        const bi = sy[i + 1] as number;
        row[2 * k] = scale * (ar * br + ai * bi);
        row[2 * k + 1] = same ? 0 : scale * (ar * bi - ai * br);
      }
      if (onesided) doubleOneSided(row, nfreq, nfft, true);
    }
    for (let k = 0; k < nfreq; k++) {
      for (let part = 0; part < (cplxOut ? 2 : 1); part++) {
        let v: number;
        if (nseg === 1 || avg === 'mean') {
          let acc = 0;
          for (let s = 0; s < nseg; s++) acc += perSeg[2 * (s * nfreq + k) + part] as number;
          v = acc / nseg;
        } else {
          for (let s = 0; s < nseg; s++) col[s] = perSeg[2 * (s * nfreq + k) + part] as number;
          v = median(col) / medianBias(nseg);
        }
        out[(cplxOut ? 2 : 1) * (r * nfreq + k) + part] = v;
      }
    }
  }
  const single = same ? kx.single : kx.single && ky.single;
  const nd = outer.length + 1;
  const axOut = axisArg < 0 ? axisArg + nd : Math.min(axisArg, nd - 1);
  return { f: frequencies(plan, fs), p: assemble(out, cplxOut, single, outer, [nfreq], axOut) };
}

/**
 * Welch's power spectral density estimate: the average of modified periodograms of
 * overlapping windowed segments (SciPy's `signal.welch`).
 *
 * @param x - the signal (real or complex; complex gives the two-sided spectrum).
 * @param options - `fs`, `window` (`'hann'`), `nperseg` (256), `noverlap` (nperseg/2), `nfft`,
 * `detrend` (`'constant'`), `returnOnesided`, `scaling` (`'density'`), `axis` (−1), `average` (`'mean'`);
 * SciPy's positional order is accepted too.
 * @returns `{ f, pxx }`: the frequencies and the spectral density (power spectrum for `'spectrum'`).
 * @throws {ValueError} for noverlap ≥ nperseg, nfft < nperseg, an unknown window or scaling.
 * @example
 * ```ts
 * const { f, pxx } = welch([1, 0, -1, 0, 1, 0, -1, 0], { nperseg: 4 });
 * f.toArray(); // [0, 0.25, 0.5]
 * pxx.toArray(); // [0.66666666666667, 1.3333333333333, 0.66666666666667]
 * ```
 */
export function welch(x: ArrayInput, options?: WelchOptions): { f: NDArray; pxx: NDArray };
export function welch(
  x: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { f: NDArray; pxx: NDArray };
export function welch(x: ArrayInput, ...rest: unknown[]): { f: NDArray; pxx: NDArray } {
  const o = parseWelch(rest);
  const { f, p } = crossSpectrum('welch', x, null, o);
  return { f, pxx: p };
}

/**
 * The cross power spectral density of x and y by Welch's method (SciPy's `signal.csd`):
 * the average of conj(X)·Y over segments. Unequal lengths are zero-padded; the other axes broadcast.
 *
 * @param x - the first signal.
 * @param y - the second signal.
 * @param options - as `welch`.
 * @returns `{ f, pxy }` (pxy complex).
 * @example
 * ```ts
 * const { pxy } = csd([1, 2, 3, 4], [1, 2, 3, 4], { nperseg: 4, detrend: false, scaling: 'spectrum' });
 * pxy.dtype; // 'complex128'
 * ```
 */
export function csd(x: ArrayInput, y: ArrayInput, options?: WelchOptions): { f: NDArray; pxy: NDArray };
export function csd(
  x: ArrayInput,
  y: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { f: NDArray; pxy: NDArray };
export function csd(x: ArrayInput, y: ArrayInput, ...rest: unknown[]): { f: NDArray; pxy: NDArray } {
  const o = parseCsd(rest);
  const { f, p } = crossSpectrum('csd', x, y, o);
  return { f, pxy: p };
}

/**
 * The periodogram: one windowed segment over the whole signal (SciPy's `signal.periodogram`).
 *
 * @param x - the signal.
 * @param options - `fs`, `window` (`'boxcar'`), `nfft` (a shorter nfft truncates the signal),
 * `detrend`, `returnOnesided`, `scaling`, `axis`.
 * @returns `{ f, pxx }`.
 * @example
 * ```ts
 * periodogram([1, 1, 1, 1], { detrend: false }).pxx.toArray(); // [4, 0, 0]
 * ```
 */
export function periodogram(x: ArrayInput, options?: PeriodogramOptions): { f: NDArray; pxx: NDArray };
export function periodogram(x: ArrayInput, fs?: number, ...rest: unknown[]): { f: NDArray; pxx: NDArray };
export function periodogram(xIn: ArrayInput, ...rest: unknown[]): { f: NDArray; pxx: NDArray } {
  const fn = 'periodogram';
  const o = parsePeriodogram(rest);
  let x = asarray(xIn);
  if (x.size === 0) return { f: emptyOf(x.shape), pxx: emptyOf(x.shape) };
  const ax = axisIndex(fn, o.axis ?? -1, x.ndim);
  const len = x.shape[ax] as number;
  let nperseg = len;
  let nfft = o.nfft ?? undefined;
  if (nfft !== undefined && nfft < 1) throw new ValueError(`${fn}: nfft must be a positive integer, got ${nfft}`);
  if (nfft !== undefined && nfft < len) {
    x = x.index(...x.shape.map((_, i) => (i === ax ? `:${nfft}` : ':'))) as NDArray;
    nperseg = nfft;
    nfft = undefined;
  }
  const window = o.window ?? 'boxcar';
  const { f, p } = crossSpectrum(fn, x, null, { ...o, window, nperseg, noverlap: 0, nfft, average: 'mean' });
  return { f, pxx: p };
}

/**
 * The magnitude-squared coherence |Pxy|²/(Pxx·Pyy) by Welch's method (SciPy's `signal.coherence`).
 *
 * @param x - the first signal.
 * @param y - the second signal.
 * @param options - `fs`, `window`, `nperseg`, `noverlap`, `nfft`, `detrend`, `axis`.
 * @returns `{ f, cxy }`, values in [0, 1].
 * @example
 * ```ts
 * const x = [0.3, -1.2, 0.5, 2.2, -0.7, 0.1, 1.4, -0.9, 0.2, 0.8];
 * coherence(x, x, { nperseg: 4 }).cxy.toArray(); // [1, 1, 1]
 * ```
 */
export function coherence(x: ArrayInput, y: ArrayInput, options?: CoherenceOptions): { f: NDArray; cxy: NDArray };
export function coherence(
  x: ArrayInput,
  y: ArrayInput,
  fs?: number,
  window?: SpectralWindow,
  ...rest: unknown[]
): { f: NDArray; cxy: NDArray };
export function coherence(x: ArrayInput, y: ArrayInput, ...rest: unknown[]): { f: NDArray; cxy: NDArray } {
  const o = parseCoherence(rest);
  const { f, p: pxx } = crossSpectrum('coherence', x, null, o);
  const { p: pyy } = crossSpectrum('coherence', y, null, o);
  const { p: pxy } = crossSpectrum('coherence', x, y, o);
  const a = pxy.data as Float64Array | Float32Array;
  const px = broadcastData(pxx, pxy.shape);
  const py = broadcastData(pyy, pxy.shape);
  const out = new Float64Array(pxy.size);
  for (let i = 0; i < out.length; i++) {
    const re = a[2 * (pxy.offset + i)] as number;
    const im = a[2 * (pxy.offset + i) + 1] as number;
    out[i] = (re * re + im * im) / (px[i] as number) / (py[i] as number);
  }
  const single = pxy.dtype === 'complex64';
  const cxy = new NDArray(single ? 'float32' : 'float64', single ? Float32Array.from(out) : out, pxy.shape) as NDArray;
  return { f, cxy };
}

/** The values of `a` broadcast to `shape`, C order, as float64. */
function broadcastData(a: NDArray, shape: readonly number[]): Float64Array {
  const b = ascontiguousarray(astype(broadcastTo(a, shape), 'float64')) as NDArray;
  return (b.data as Float64Array).subarray(b.offset, b.offset + b.size);
}
