/**
 * Frequency responses of digital filters: SciPy's `freqz` (transfer function) and `sosfreqz`
 * (second-order sections).
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { fft, rfft } from '../fft/transforms.js';
import { isComplex, values } from '../filter/lines.js';
import { sosRows } from './common.js';

/** Options of {@link freqz} and {@link sosfreqz}. */
export interface FreqzOptions {
  /** Number of frequencies (default 512), or the frequencies themselves (in the units of fs). */
  worN?: number | ArrayInput | null;
  /** Span the whole circle [0, fs) instead of [0, fs/2). */
  whole?: boolean;
  /** Sampling frequency (default 2π: w in rad/sample). */
  fs?: number;
  /** With an integer worN and whole false, include fs/2 as the last point. */
  includeNyquist?: boolean;
}

/** A frequency response: frequencies and complex values. */
export interface FreqResponse {
  /** Frequencies, in the units of fs. */
  w: NDArray;
  /** The complex response at w. */
  h: NDArray;
}

const worNCheck = is.orNone(is.or(is.nonNegInt, is.arrayLike));
const checks = { worN: worNCheck, whole: is.boolean, fs: is.finite, includeNyquist: is.boolean };
const parseFreqz = signature<FreqzOptions & { a?: ArrayInput }>(
  'freqz',
  ['a', 'worN', 'whole', 'fs', 'includeNyquist'],
  {
    ...checks,
    a: is.arrayLike,
  },
);
const parseSosfreqz = signature<Omit<FreqzOptions, 'includeNyquist'>>('sosfreqz', ['worN', 'whole', 'fs'], {
  worN: worNCheck,
  whole: is.boolean,
  fs: is.finite,
});

/** Evaluates Σ c[i]·x^i at x = e^{−iω} (interleaved complex coefficients). */
function polyvalAt(coef: Float64Array, n: number, wr: number, wi: number): [number, number] {
  let r = 0;
  let i = 0;
  for (let k = n - 1; k >= 0; k--) {
    const nr = r * wr - i * wi + (coef[2 * k] as number);
    i = r * wi + i * wr + (coef[2 * k + 1] as number);
    r = nr;
  }
  return [r, i];
}

/** The response (interleaved) of b/a at N points or given frequencies, with w in rad/sample. */
function response(fn: string, b: NDArray, a: NDArray, o: FreqzOptions): { w: Float64Array; h: Float64Array } {
  const fs = o.fs ?? 2 * Math.PI;
  if (!(fs > 0)) throw new ValueError(`${fn}: fs must be a positive number, got ${fs}`);
  const whole = o.whole ?? false;
  const worN = o.worN ?? 512;
  let w: Float64Array;
  let h: Float64Array | null = null;
  const bv = values(b, true);
  const av = values(a, true);
  if (typeof worN === 'number') {
    const n = worN;
    const last = whole ? 2 * Math.PI : Math.PI;
    const endpoint = (o.includeNyquist ?? false) && !whole;
    w = new Float64Array(n);
    const step = n > 1 ? last / (endpoint ? n - 1 : n) : 0;
    for (let i = 0; i < n; i++) w[i] = i * step;
    if (endpoint && n > 1) w[n - 1] = last;
    const nfft = whole ? n : o.includeNyquist ? 2 * (n - 1) : 2 * n;
    if (a.size === 1 && nfft >= b.size && nfft > 0) {
      const real = !isComplex(b.dtype) && !isComplex(a.dtype);
      const spec = (real ? rfft(b, { n: nfft }) : fft(b, { n: nfft })) as NDArray;
      const sv = values(spec, true);
      const m = spec.size;
      const ar = av[0] as number;
      const ai = av[1] as number;
      const d = ar * ar + ai * ai;
      h = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        // Beyond the half spectrum of a real input, the response is the conjugate mirror.
        let xr: number;
        let xi: number;
        if (i < m) {
          xr = sv[2 * i] as number;
          xi = sv[2 * i + 1] as number;
        } else {
          xr = sv[2 * (nfft - i)] as number;
          xi = -(sv[2 * (nfft - i) + 1] as number);
        }
        h[2 * i] = (xr * ar + xi * ai) / d;
        h[2 * i + 1] = (xi * ar - xr * ai) / d;
      }
    }
  } else {
    const f = values(asarray(worN as ArrayInput), false);
    w = new Float64Array(f.length);
    for (let i = 0; i < f.length; i++) w[i] = (2 * Math.PI * (f[i] as number)) / fs;
  }
  if (h === null) {
    h = new Float64Array(2 * w.length);
    for (let i = 0; i < w.length; i++) {
      const wr = Math.cos(w[i] as number);
      const wi = -Math.sin(w[i] as number);
      const [nr, ni] = polyvalAt(bv, b.size, wr, wi);
      const [dr, di] = polyvalAt(av, a.size, wr, wi);
      const d = dr * dr + di * di;
      h[2 * i] = (nr * dr + ni * di) / d;
      h[2 * i + 1] = (ni * dr - nr * di) / d;
    }
  }
  const s = fs / (2 * Math.PI);
  const wo = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) wo[i] = (w[i] as number) * s;
  return { w: wo, h };
}

function coef(fn: string, name: string, v: ArrayInput): NDArray {
  let c = asarray(v);
  if (c.ndim === 0) c = asarray([c.item() as number]);
  if (c.ndim !== 1) throw new ValueError(`${fn}: ${name} must be 1-D, got shape [${c.shape.join(', ')}]`);
  if (c.size === 0) throw new ValueError(`${fn}: ${name} must not be empty`);
  return c;
}

/**
 * The frequency response of a digital filter b(z)/a(z) (SciPy's `scipy.signal.freqz`), at
 * `worN` equally spaced frequencies on [0, fs/2) (or [0, fs) with `whole`), or at given
 * frequencies. FIR filters with many points use an FFT.
 *
 * @param b - numerator coefficients. @param a - denominator coefficients (default 1).
 * @param worN - number of points (default 512) or the frequencies.
 * @param whole - the whole circle (default false).
 * @param fs - sampling frequency (default 2π).
 * @param includeNyquist - include fs/2 as the last point (integer worN, not whole).
 * @returns `{ w, h }`.
 * @throws {ValueError} for empty or non-1-D coefficients or a non-positive fs.
 * @example
 * ```ts
 * const { w, h } = freqz([0.5, 0.5], [1], 3);
 * w.toArray(); // [0, 1.0471975511965976, 2.0943951023931953]
 * ```
 */
export function freqz(
  b: ArrayInput,
  a?: ArrayInput,
  worN?: number | ArrayInput | null,
  whole?: boolean,
  fs?: number,
  options?: FreqzOptions,
): FreqResponse;
export function freqz(b: ArrayInput, a: ArrayInput, options?: FreqzOptions): FreqResponse;
export function freqz(b: ArrayInput, options?: FreqzOptions & { a?: ArrayInput }): FreqResponse;
export function freqz(b: ArrayInput, ...rest: unknown[]): FreqResponse {
  const o = parseFreqz(rest);
  const { w, h } = response('freqz', coef('freqz', 'b', b), coef('freqz', 'a', o.a ?? 1), o);
  return { w: new NDArray('float64', w, [w.length]), h: new NDArray('complex128', h, [w.length]) };
}

/**
 * The frequency response of second-order sections (SciPy's `scipy.signal.sosfreqz`): the
 * product of each section's response.
 *
 * @param sos - sections, shape (n, 6).
 * @param worN - number of points (default 512) or the frequencies.
 * @param whole - the whole circle (default false).
 * @param fs - sampling frequency (default 2π).
 * @returns `{ w, h }`.
 * @throws {ValueError} for a malformed sos array.
 * @example
 * ```ts
 * sosfreqz([[1, 0, 0, 1, 0, 0]], 2).h.toArray(); // [{ re: 1, im: 0 }, { re: 1, im: 0 }]
 * ```
 */
export function sosfreqz(
  sos: ArrayInput,
  worN?: number | ArrayInput | null,
  whole?: boolean,
  fs?: number,
  options?: FreqzOptions,
): FreqResponse;
export function sosfreqz(sos: ArrayInput, options?: FreqzOptions): FreqResponse;
export function sosfreqz(sos: ArrayInput, ...rest: unknown[]): FreqResponse {
  const o = parseSosfreqz(rest);
  const rows = sosRows('sosfreqz', sos);
  if (rows.length === 0) throw new ValueError('sosfreqz: sos must have at least one section');
  let w: Float64Array | null = null;
  let h: Float64Array | null = null;
  for (const row of rows) {
    const r = response('sosfreqz', asarray(row.slice(0, 3)), asarray(row.slice(3)), o);
    w = r.w;
    if (h === null) h = r.h;
    else {
      for (let i = 0; i < h.length; i += 2) {
        const xr = h[i] as number;
        const xi = h[i + 1] as number;
        const yr = r.h[i] as number;
        const yi = r.h[i + 1] as number;
        h[i] = xr * yr - xi * yi;
        h[i + 1] = xr * yi + xi * yr;
      }
    }
  }
  const ww = w as Float64Array;
  return { w: new NDArray('float64', ww, [ww.length]), h: new NDArray('complex128', h as Float64Array, [ww.length]) };
}

/** Options of {@link groupDelay}. */
export interface GroupDelayOptions {
  /** Number of frequencies (default 512) or the frequencies (in the units of fs). */
  w?: number | ArrayInput | null;
  /** The whole circle [0, fs) instead of [0, fs/2). */
  whole?: boolean;
  /** Sampling frequency (default 2π). */
  fs?: number;
}
const parseGroupDelay = signature<GroupDelayOptions>('groupDelay', ['w', 'whole', 'fs'], {
  w: worNCheck,
  whole: is.boolean,
  fs: is.finite,
});

/**
 * The group delay −dφ/dω of a digital filter b(z)/a(z), in samples (SciPy's
 * `scipy.signal.group_delay`), from the derivative of the polynomial c = b ∗ reversed(conj(a)).
 * Where the response vanishes (a singular frequency) the delay is reported as 0, as SciPy does.
 *
 * @param system - `[b, a]` or `{ b, a }`.
 * @param w - number of points (default 512) or the frequencies.
 * @param whole - the whole circle (default false). @param fs - sampling frequency (default 2π).
 * @returns `{ w, gd }`.
 * @throws {ValueError} for empty coefficients or a non-positive fs.
 * @example
 * ```ts
 * groupDelay([[0, 0, 1], [1]], 4).gd.toArray(); // [2, 2, 2, 2]
 * ```
 */
export function groupDelay(
  system: readonly [ArrayInput, ArrayInput] | { b: ArrayInput; a: ArrayInput },
  w?: number | ArrayInput | null,
  whole?: boolean,
  fs?: number,
  options?: GroupDelayOptions,
): { w: NDArray; gd: NDArray };
export function groupDelay(
  system: readonly [ArrayInput, ArrayInput] | { b: ArrayInput; a: ArrayInput },
  options?: GroupDelayOptions,
): { w: NDArray; gd: NDArray };
export function groupDelay(
  system: readonly [ArrayInput, ArrayInput] | { b: ArrayInput; a: ArrayInput },
  ...rest: unknown[]
): { w: NDArray; gd: NDArray } {
  const o = parseGroupDelay(rest);
  const [bIn, aIn] = Array.isArray(system)
    ? (system as readonly [ArrayInput, ArrayInput])
    : [(system as { b: ArrayInput }).b, (system as { a: ArrayInput }).a];
  if (bIn === undefined || aIn === undefined) throw new ValueError('groupDelay: system must be [b, a] or { b, a }');
  const b = values(coef('groupDelay', 'b', bIn), true);
  const a = values(coef('groupDelay', 'a', aIn), true);
  const fs = o.fs ?? 2 * Math.PI;
  if (!(fs > 0)) throw new ValueError(`groupDelay: fs must be a positive number, got ${fs}`);
  const wIn = o.w ?? 512;
  let w: Float64Array;
  if (typeof wIn === 'number') {
    w = new Float64Array(wIn);
    const last = o.whole ? 2 * Math.PI : Math.PI;
    const step = last / wIn;
    for (let i = 0; i < wIn; i++) w[i] = i * step;
  } else {
    const f = values(asarray(wIn as ArrayInput), false);
    w = f.map((v) => (2 * Math.PI * v) / fs);
  }
  const nb = b.length / 2;
  const na = a.length / 2;
  // c = b ∗ conj(a reversed), and c·k for the derivative.
  const nc = nb + na - 1;
  const c = new Float64Array(2 * nc);
  for (let i = 0; i < nb; i++) {
    for (let j = 0; j < na; j++) {
      const br = b[2 * i] as number;
      const bi = b[2 * i + 1] as number;
      const ar = a[2 * (na - 1 - j)] as number;
      const ai = -(a[2 * (na - 1 - j) + 1] as number);
      c[2 * (i + j)] = (c[2 * (i + j)] as number) + br * ar - bi * ai;
      c[2 * (i + j) + 1] = (c[2 * (i + j) + 1] as number) + br * ai + bi * ar;
    }
  }
  const cr = c.map((v, i) => v * (i >> 1));
  const gd = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const zr = Math.cos(w[i] as number);
    const zi = -Math.sin(w[i] as number);
    const [nr, ni] = polyvalAt(cr, nc, zr, zi);
    const [dr, di] = polyvalAt(c, nc, zr, zi);
    const d = dr * dr + di * di;
    const g = (nr * dr + ni * di) / d - na + 1;
    gd[i] = Number.isFinite(g) ? g : 0;
  }
  const s = fs / (2 * Math.PI);
  return {
    w: new NDArray(
      'float64',
      w.map((v) => v * s),
      [w.length],
    ),
    gd: new NDArray('float64', gd, [w.length]),
  };
}
