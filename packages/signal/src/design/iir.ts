/**
 * IIR filter design (SciPy's iirfilter and its families butter, cheby1, cheby2, ellip,
 * bessel): an analog lowpass prototype, a frequency transformation to the requested band, the
 * bilinear transform for digital filters, and the requested output form.
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { values } from '../filter/lines.js';
import { type BA, type ZPK, sosArray, tfArray, zpkOut } from './common.js';
import { type BesselNorm, type Zpk, besselap, buttap, cheb1ap, cheb2ap, ellipap } from './prototypes.js';
import { zpk2sosC, zpk2tfC } from './sosops.js';
import { bilinearZpkC, lp2bpZpkC, lp2bsZpkC, lp2hpZpkC, lp2lpZpkC } from './zpkops.js';

/** Band types, with SciPy's abbreviations. */
export type BType =
  | 'lowpass'
  | 'highpass'
  | 'bandpass'
  | 'bandstop'
  | 'low'
  | 'high'
  | 'band'
  | 'stop'
  | 'l'
  | 'lp'
  | 'h'
  | 'hp'
  | 'pass'
  | 'bp'
  | 'bs'
  | 'bands';
/** Output forms: `'ba'` → `{b, a}`, `'zpk'` → `{z, p, k}`, `'sos'` → an (n, 6) array. */
export type FilterOutput = 'ba' | 'zpk' | 'sos';
/** The filter families of {@link iirfilter}. */
export type FType = 'butter' | 'cheby1' | 'cheby2' | 'ellip' | 'bessel';

/** Options shared by the IIR design functions. */
export interface IIROptions {
  /** Band type (default `'lowpass'`; iirfilter: `'bandpass'`). */
  btype?: BType;
  /** Design an analog filter (Wn in rad/s) instead of a digital one. */
  analog?: boolean;
  /** Output form (default `'ba'`). */
  output?: FilterOutput;
  /** Sampling frequency of a digital filter (Wn in the same units; default: Wn normalized to Nyquist = 1). */
  fs?: number | null;
}

/** Options of {@link bessel}. */
export interface BesselOptions extends IIROptions {
  /** Normalization: `'phase'` (default), `'delay'` or `'mag'`. */
  norm?: BesselNorm;
}

/** Options of {@link iirfilter}. */
export interface IirfilterOptions extends IIROptions {
  /** Passband ripple in dB (cheby1, ellip). */
  rp?: number | null;
  /** Stopband attenuation in dB (cheby2, ellip). */
  rs?: number | null;
  /** Filter family (default `'butter'`). */
  ftype?: FType;
  /** Bessel normalization (default `'phase'`). */
  norm?: BesselNorm;
}

/** The result for an output form. */
export type IIRResult<O extends FilterOutput | undefined> = O extends 'zpk' ? ZPK : O extends 'sos' ? NDArray : BA;

const BANDS: Record<string, 'lowpass' | 'highpass' | 'bandpass' | 'bandstop'> = {
  band: 'bandpass',
  bandpass: 'bandpass',
  pass: 'bandpass',
  bp: 'bandpass',
  bs: 'bandstop',
  bandstop: 'bandstop',
  bands: 'bandstop',
  stop: 'bandstop',
  l: 'lowpass',
  low: 'lowpass',
  lowpass: 'lowpass',
  lp: 'lowpass',
  high: 'highpass',
  highpass: 'highpass',
  h: 'highpass',
  hp: 'highpass',
};

const common = {
  btype: is.choice(...(Object.keys(BANDS) as BType[])),
  analog: is.boolean,
  output: is.choice('ba', 'zpk', 'sos'),
  fs: is.orNone(is.finite),
};
const normCheck = is.choice('phase', 'delay', 'mag');
const parsers = {
  butter: signature<IIROptions>('butter', ['btype', 'analog', 'output', 'fs'], common),
  cheby1: signature<IIROptions>('cheby1', ['btype', 'analog', 'output', 'fs'], common),
  cheby2: signature<IIROptions>('cheby2', ['btype', 'analog', 'output', 'fs'], common),
  ellip: signature<IIROptions>('ellip', ['btype', 'analog', 'output', 'fs'], common),
  bessel: signature<BesselOptions>('bessel', ['btype', 'analog', 'output', 'norm', 'fs'], {
    ...common,
    norm: normCheck,
  }),
  iirfilter: signature<IirfilterOptions>('iirfilter', ['rp', 'rs', 'btype', 'analog', 'ftype', 'output', 'fs'], {
    ...common,
    rp: is.orNone(is.finite),
    rs: is.orNone(is.finite),
    ftype: is.choice('butter', 'cheby1', 'cheby2', 'ellip', 'bessel'),
    norm: normCheck,
  }),
};

function order(fn: string, n: unknown): number {
  is.int(n, fn, 'N');
  if ((n as number) < 0) throw new ValueError(`${fn}: filter order N must be non-negative, got ${n}`);
  return n as number;
}

function criticalFrequencies(fn: string, wn: ArrayInput): number[] {
  const a = asarray(wn);
  if (a.ndim > 1 || a.size < 1 || a.size > 2) {
    throw new ValueError(`${fn}: Wn must be a scalar or a length-2 sequence, got shape [${a.shape.join(', ')}]`);
  }
  if (a.dtype === 'complex128' || a.dtype === 'complex64') throw new ValueError(`${fn}: Wn must be real`);
  return Array.from(values(a, false));
}

function ripple(fn: string, name: 'rp' | 'rs', v: unknown): number {
  if (v === undefined || v === null) throw new ValueError(`${fn}: ${name} must be provided for this filter type`);
  is.finite(v, fn, name);
  if ((v as number) <= 0) throw new ValueError(`${fn}: ${name} must be positive, got ${v}`);
  return v as number;
}

/** The design shared by every family. */
function design(
  fn: string,
  nIn: unknown,
  wnIn: ArrayInput,
  o: IirfilterOptions,
  defaultBand: BType,
): BA | ZPK | NDArray {
  const n = order(fn, nIn);
  let wn = criticalFrequencies(fn, wnIn);
  const analog = o.analog ?? false;
  const btype = BANDS[o.btype ?? defaultBand] as string;
  const fs = o.fs ?? null;
  if (fs !== null) {
    if (analog) throw new ValueError(`${fn}: fs cannot be specified for an analog filter`);
    if (!(fs > 0)) throw new ValueError(`${fn}: fs must be a positive number, got ${fs}`);
    wn = wn.map((w) => (2 * w) / fs);
  }
  if (wn.some((w) => !(w > 0))) {
    throw new ValueError(`${fn}: filter critical frequencies must be greater than 0, got Wn = [${wn.join(', ')}]`);
  }
  if (wn.length > 1 && !((wn[0] as number) < (wn[1] as number))) {
    throw new ValueError(`${fn}: Wn[0] must be less than Wn[1], got [${wn.join(', ')}]`);
  }
  let proto: Zpk;
  const ftype = o.ftype ?? 'butter';
  if (ftype === 'butter') proto = buttap(n);
  else if (ftype === 'cheby1') proto = cheb1ap(n, ripple(fn, 'rp', o.rp));
  else if (ftype === 'cheby2') proto = cheb2ap(n, ripple(fn, 'rs', o.rs));
  else if (ftype === 'ellip') proto = ellipap(n, ripple(fn, 'rp', o.rp), ripple(fn, 'rs', o.rs));
  else proto = besselap(n, o.norm ?? 'phase');
  let warped = wn;
  let fsd = 2;
  if (!analog) {
    if (wn.some((w) => w >= 1)) {
      if (fs !== null) {
        throw new ValueError(
          `${fn}: digital filter critical frequencies must be 0 < Wn < fs/2 (fs=${fs} -> fs/2=${fs / 2}), got Wn = [${wn.map((w) => (w * fs) / 2).join(', ')}]`,
        );
      }
      throw new ValueError(
        `${fn}: digital filter critical frequencies must be 0 < Wn < 1, got Wn = [${wn.join(', ')}]`,
      );
    }
    fsd = 2;
    warped = wn.map((w) => 2 * fsd * Math.tan((Math.PI * w) / fsd));
  }
  let z: Zpk;
  if (btype === 'lowpass' || btype === 'highpass') {
    if (wn.length !== 1) {
      throw new ValueError(
        `${fn}: must specify a single critical frequency Wn for lowpass or highpass filter, got ${wn.length}`,
      );
    }
    z = btype === 'lowpass' ? lp2lpZpkC(proto, warped[0] as number) : lp2hpZpkC(proto, warped[0] as number);
  } else {
    if (wn.length !== 2) {
      throw new ValueError(
        `${fn}: Wn must specify start and stop frequencies for bandpass or bandstop filter, got one`,
      );
    }
    const w0 = warped[0] as number;
    const w1 = warped[1] as number;
    const bw = w1 - w0;
    const wo = Math.sqrt(w0 * w1);
    z = btype === 'bandpass' ? lp2bpZpkC(proto, wo, bw) : lp2bsZpkC(proto, wo, bw);
  }
  if (!analog) z = bilinearZpkC(z, fsd);
  const output = o.output ?? 'ba';
  if (output === 'zpk') return zpkOut(z);
  if (output === 'sos') return sosArray(zpk2sosC(fn, z.z, z.p, z.k, analog ? 'minimal' : 'nearest', analog));
  const { b, a } = zpk2tfC(z);
  return { b: tfArray(b), a: tfArray(a) };
}

/**
 * An IIR filter of any family, order and band (SciPy's `scipy.signal.iirfilter`).
 *
 * @param N - the order (of the lowpass prototype; band filters have order 2N).
 * @param Wn - critical frequency (lowpass/highpass) or [low, high] (bandpass/bandstop): for
 *   digital filters normalized so Nyquist is 1 (or in the units of `fs`), for analog in rad/s.
 * @param rp - passband ripple in dB (cheby1, ellip).
 * @param rs - stopband attenuation in dB (cheby2, ellip).
 * @param btype - band type (default `'bandpass'`).
 * @param analog - analog design (default false).
 * @param ftype - family (default `'butter'`).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for a negative order, critical frequencies outside (0, 1) (or (0, fs/2)),
 *   a missing or non-positive ripple, or a band that needs two frequencies.
 * @example
 * ```ts
 * iirfilter(2, [0.2, 0.4], { ftype: 'butter', output: 'sos' }).shape; // [2, 6]
 * ```
 */
export function iirfilter<O extends FilterOutput | undefined = undefined>(
  N: number,
  Wn: ArrayInput,
  options?: IirfilterOptions & { output?: O },
): IIRResult<O>;
export function iirfilter(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function iirfilter(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('iirfilter', N, Wn, parsers.iirfilter(rest), 'bandpass');
}

/**
 * A Butterworth filter (maximally flat passband; SciPy's `scipy.signal.butter`).
 *
 * @param N - the order.
 * @param Wn - critical frequency (−3 dB point) or [low, high]; see {@link iirfilter}.
 * @param btype - `'lowpass'` (default), `'highpass'`, `'bandpass'` or `'bandstop'`.
 * @param analog - analog design (default false).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for bad orders or critical frequencies (see {@link iirfilter}).
 * @example
 * ```ts
 * const { b, a } = butter(2, 0.5);
 * b.toArray(); // [0.2928932188134524, 0.5857864376269049, 0.2928932188134524]
 * a.toArray()[2]; // 0.17157287525380993
 * ```
 */
export function butter<O extends FilterOutput | undefined = undefined>(
  N: number,
  Wn: ArrayInput,
  options?: IIROptions & { output?: O },
): IIRResult<O>;
export function butter(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function butter(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('butter', N, Wn, { ...parsers.butter(rest), ftype: 'butter' }, 'lowpass');
}

/**
 * A Chebyshev type I filter (equiripple passband; SciPy's `scipy.signal.cheby1`).
 *
 * @param N - the order.
 * @param rp - passband ripple in dB (positive).
 * @param Wn - critical frequency (where the gain first drops below −rp) or [low, high].
 * @param btype - band type (default `'lowpass'`).
 * @param analog - analog design (default false).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for bad orders, ripple or critical frequencies.
 * @example
 * ```ts
 * cheby1(4, 1, 0.3, { output: 'sos' }).shape; // [2, 6]
 * ```
 */
export function cheby1<O extends FilterOutput | undefined = undefined>(
  N: number,
  rp: number,
  Wn: ArrayInput,
  options?: IIROptions & { output?: O },
): IIRResult<O>;
export function cheby1(N: number, rp: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function cheby1(N: number, rp: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('cheby1', N, Wn, { ...parsers.cheby1(rest), ftype: 'cheby1', rp }, 'lowpass');
}

/**
 * A Chebyshev type II filter (equiripple stopband; SciPy's `scipy.signal.cheby2`).
 *
 * @param N - the order.
 * @param rs - minimum stopband attenuation in dB (positive).
 * @param Wn - critical frequency (where the gain first reaches −rs) or [low, high].
 * @param btype - band type (default `'lowpass'`).
 * @param analog - analog design (default false).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for bad orders, attenuation or critical frequencies.
 * @example
 * ```ts
 * cheby2(4, 40, 0.3, { output: 'zpk' }).z.size; // 4
 * ```
 */
export function cheby2<O extends FilterOutput | undefined = undefined>(
  N: number,
  rs: number,
  Wn: ArrayInput,
  options?: IIROptions & { output?: O },
): IIRResult<O>;
export function cheby2(N: number, rs: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function cheby2(N: number, rs: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('cheby2', N, Wn, { ...parsers.cheby2(rest), ftype: 'cheby2', rs }, 'lowpass');
}

/**
 * An elliptic (Cauer) filter (equiripple in both bands, the steepest transition for its order;
 * SciPy's `scipy.signal.ellip`).
 *
 * @param N - the order.
 * @param rp - passband ripple in dB (positive).
 * @param rs - minimum stopband attenuation in dB (positive).
 * @param Wn - critical frequency (where the gain first drops below −rp) or [low, high].
 * @param btype - band type (default `'lowpass'`).
 * @param analog - analog design (default false).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for bad orders, ripple, attenuation or critical frequencies.
 * @example
 * ```ts
 * ellip(4, 1, 60, [0.2, 0.3], { btype: 'bandpass', output: 'sos' }).shape; // [4, 6]
 * ```
 */
export function ellip<O extends FilterOutput | undefined = undefined>(
  N: number,
  rp: number,
  rs: number,
  Wn: ArrayInput,
  options?: IIROptions & { output?: O },
): IIRResult<O>;
export function ellip(N: number, rp: number, rs: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function ellip(N: number, rp: number, rs: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('ellip', N, Wn, { ...parsers.ellip(rest), ftype: 'ellip', rp, rs }, 'lowpass');
}

/**
 * A Bessel/Thomson filter (maximally flat group delay; SciPy's `scipy.signal.bessel`).
 *
 * @param N - the order.
 * @param Wn - critical frequency or [low, high] (meaning set by `norm`).
 * @param btype - band type (default `'lowpass'`).
 * @param analog - analog design (default false).
 * @param output - `'ba'` (default), `'zpk'` or `'sos'`.
 * @param norm - `'phase'` (default: phase midpoint at Wn), `'delay'` (group delay 1/Wn) or
 *   `'mag'` (−3 dB at Wn).
 * @param fs - sampling frequency of a digital filter.
 * @returns `{ b, a }`, `{ z, p, k }` or the (n, 6) sections.
 * @throws {ValueError} for bad orders or critical frequencies.
 * @example
 * ```ts
 * bessel(1, 1, { analog: true, norm: 'delay' }).a.toArray(); // [1, 1]
 * ```
 */
export function bessel<O extends FilterOutput | undefined = undefined>(
  N: number,
  Wn: ArrayInput,
  options?: BesselOptions & { output?: O },
): IIRResult<O>;
export function bessel(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray;
export function bessel(N: number, Wn: ArrayInput, ...rest: unknown[]): BA | ZPK | NDArray {
  return design('bessel', N, Wn, { ...parsers.bessel(rest), ftype: 'bessel' }, 'lowpass');
}
