/**
 * SciPy's conversions between filter representations (zpk2tf, tf2zpk, zpk2sos, sos2tf,
 * tf2sos), the analog frequency transformations in zeros/poles/gain form (lp2lp_zpk, lp2hp_zpk,
 * lp2bp_zpk, lp2bs_zpk) and the bilinear transform (bilinear, bilinear_zpk).
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, is, signature } from '@stride/ndarray';
import { type BA, type ZPK, complexList, realList, sosArray, sosRows, tfArray, zpkOut } from './common.js';
import type { C } from './cplx.js';
import { type Pairing, polymul, sos2tfC, tf2zpkC, zpk2sosC, zpk2tfC } from './sosops.js';
import { bilinearZpkC, lp2bpZpkC, lp2bsZpkC, lp2hpZpkC, lp2lpZpkC } from './zpkops.js';

const none = (name: string) => signature<Record<string, never>>(name, [], {});
const parseZpk2tf = none('zpk2tf');
const parseTf2zpk = none('tf2zpk');
const parseSos2tf = none('sos2tf');
const parseSos2zpk = none('sos2zpk');

/** Options of {@link zpk2sos} and {@link tf2sos}. */
export interface Zpk2sosOptions {
  /** Pole–zero pairing: `'nearest'` (digital default), `'keep_odd'` or `'minimal'` (analog default). */
  pairing?: Pairing | null;
  /** Analog system (sections in s; pairing must be `'minimal'`). */
  analog?: boolean;
}
const zpk2sosChecks = { pairing: is.orNone(is.choice('nearest', 'keep_odd', 'minimal')), analog: is.boolean };
const parseZpk2sos = signature<Zpk2sosOptions>('zpk2sos', ['pairing'], zpk2sosChecks);
const parseTf2sos = signature<Zpk2sosOptions>('tf2sos', ['pairing'], zpk2sosChecks);

function gain(fn: string, k: unknown): number {
  is.finite(k, fn, 'k');
  return k as number;
}

function zpkIn(fn: string, z: ArrayInput, p: ArrayInput, k: unknown): { z: C[]; p: C[]; k: number } {
  return { z: complexList(fn, 'z', z), p: complexList(fn, 'p', p), k: gain(fn, k) };
}

/**
 * Transfer-function coefficients from zeros, poles and gain (SciPy's `scipy.signal.zpk2tf`):
 * b = k·∏(x − z), a = ∏(x − p), real where the roots come in conjugate pairs.
 *
 * @param z - zeros. @param p - poles. @param k - gain.
 * @returns `{ b, a }`, highest power first.
 * @example
 * ```ts
 * zpk2tf([1], [0.5], 2).b.toArray(); // [2, -2]
 * ```
 */
export function zpk2tf(z: ArrayInput, p: ArrayInput, k: number, ...rest: unknown[]): BA {
  parseZpk2tf(rest);
  const { b, a } = zpk2tfC(zpkIn('zpk2tf', z, p, k));
  return { b: tfArray(b), a: tfArray(a) };
}

/**
 * Zeros, poles and gain of a transfer function (SciPy's `scipy.signal.tf2zpk`). The roots come
 * from the companion matrix; their order may differ from SciPy's.
 *
 * @param b - numerator (highest power first). @param a - denominator.
 * @returns `{ z, p, k }`.
 * @throws {ValueError} for an all-zero denominator.
 * @example
 * ```ts
 * tf2zpk([2, -2], [1, -0.5]).k; // 2
 * ```
 */
export function tf2zpk(b: ArrayInput, a: ArrayInput, ...rest: unknown[]): ZPK {
  parseTf2zpk(rest);
  return zpkOut(tf2zpkC('tf2zpk', realList('tf2zpk', 'b', b), realList('tf2zpk', 'a', a)));
}

/**
 * Second-order sections from zeros, poles and gain (SciPy's `scipy.signal.zpk2sos`): each pole
 * pair is matched with its nearest zeros; sections are ordered with the poles nearest the unit
 * circle (analog: the imaginary axis) last.
 *
 * @param z - zeros. @param p - poles. @param k - gain.
 * @param pairing - `'nearest'`, `'keep_odd'` or `'minimal'`.
 * @returns the sections, shape (n, 6).
 * @throws {ValueError} for unmatched complex roots or a pairing analog systems cannot use.
 * @example
 * ```ts
 * zpk2sos([-1, -1], [0.5, 0.25], 1).toArray(); // [[1, 2, 1, 1, -0.75, 0.125]]
 * ```
 */
export function zpk2sos(
  z: ArrayInput,
  p: ArrayInput,
  k: number,
  pairing?: Pairing | null,
  options?: Zpk2sosOptions,
): NDArray;
export function zpk2sos(z: ArrayInput, p: ArrayInput, k: number, options?: Zpk2sosOptions): NDArray;
export function zpk2sos(z: ArrayInput, p: ArrayInput, k: number, ...rest: unknown[]): NDArray {
  const o = parseZpk2sos(rest);
  const s = zpkIn('zpk2sos', z, p, k);
  const analog = o.analog ?? false;
  return sosArray(zpk2sosC('zpk2sos', s.z, s.p, s.k, o.pairing ?? (analog ? 'minimal' : 'nearest'), analog));
}

/**
 * One transfer function from second-order sections (SciPy's `scipy.signal.sos2tf`).
 *
 * @param sos - sections, shape (n, 6).
 * @returns `{ b, a }`.
 * @example
 * ```ts
 * sos2tf([[1, 1, 0, 1, -0.5, 0]]).b.toArray(); // [1, 1, 0]
 * ```
 */
export function sos2tf(sos: ArrayInput, ...rest: unknown[]): BA {
  parseSos2tf(rest);
  const { b, a } = sos2tfC(sosRows('sos2tf', sos));
  return { b: tfArray({ re: b, im: null }), a: tfArray({ re: a, im: null }) };
}

/**
 * Zeros, poles and gain of second-order sections (SciPy's `scipy.signal.sos2zpk`): two zeros and
 * two poles per section (a first-order section contributes a zero root at 0), gains multiplied.
 *
 * @param sos - sections, shape (n, 6).
 * @returns `{ z, p, k }` with 2·n zeros and poles (complex128).
 * @example
 * ```ts
 * sos2zpk([[1, 0.5, 0, 1, -0.25, 0]]).k; // 1
 * ```
 */
export function sos2zpk(sos: ArrayInput, ...rest: unknown[]): ZPK {
  parseSos2zpk(rest);
  const rows = sosRows('sos2zpk', sos);
  const z: C[] = [];
  const p: C[] = [];
  let k = 1;
  for (const row of rows) {
    const s = tf2zpkC('sos2zpk', row.slice(0, 3), row.slice(3));
    const pad = (v: C[]): C[] => [...v, ...Array.from({ length: 2 - v.length }, () => ({ re: 0, im: 0 }))];
    z.push(...pad(s.z));
    p.push(...pad(s.p));
    k *= s.k;
  }
  const out = zpkOut({ z, p, k });
  return { z: out.z.astype('complex128'), p: out.p.astype('complex128'), k };
}

/**
 * Second-order sections of a transfer function (SciPy's `scipy.signal.tf2sos`).
 *
 * @param b - numerator. @param a - denominator.
 * @param pairing - see {@link zpk2sos}.
 * @returns the sections, shape (n, 6).
 * @example
 * ```ts
 * tf2sos([1, 2, 1], [1, -0.75, 0.125]).shape; // [1, 6]
 * ```
 */
export function tf2sos(b: ArrayInput, a: ArrayInput, pairing?: Pairing | null, options?: Zpk2sosOptions): NDArray;
export function tf2sos(b: ArrayInput, a: ArrayInput, options?: Zpk2sosOptions): NDArray;
export function tf2sos(b: ArrayInput, a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseTf2sos(rest);
  const s = tf2zpkC('tf2sos', realList('tf2sos', 'b', b), realList('tf2sos', 'a', a));
  const analog = o.analog ?? false;
  return sosArray(zpk2sosC('tf2sos', s.z, s.p, s.k, o.pairing ?? (analog ? 'minimal' : 'nearest'), analog));
}

function positive(fn: string, name: string, v: unknown): number {
  is.finite(v, fn, name);
  if (!((v as number) > 0)) throw new ValueError(`${fn}: ${name} must be positive, got ${v}`);
  return v as number;
}

/**
 * A lowpass prototype moved to cutoff `wo` (SciPy's `scipy.signal.lp2lp_zpk`).
 *
 * @param z - zeros. @param p - poles. @param k - gain. @param wo - new cutoff (rad/s, default 1).
 * @returns `{ z, p, k }`.
 * @throws {ValueError} when there are more zeros than poles.
 * @example
 * ```ts
 * lp2lpZpk([], [-1], 1, 2).p.toArray(); // [-2]
 * ```
 */
export function lp2lpZpk(z: ArrayInput, p: ArrayInput, k: number, wo = 1, ...rest: unknown[]): ZPK {
  none('lp2lpZpk')(rest);
  return zpkOut(lp2lpZpkC(zpkIn('lp2lpZpk', z, p, k), positive('lp2lpZpk', 'wo', wo)));
}

/**
 * A lowpass prototype turned into a highpass with cutoff `wo` (SciPy's `scipy.signal.lp2hp_zpk`).
 *
 * @param z - zeros. @param p - poles. @param k - gain. @param wo - cutoff (rad/s, default 1).
 * @returns `{ z, p, k }`.
 * @throws {ValueError} when there are more zeros than poles.
 * @example
 * ```ts
 * lp2hpZpk([], [-1], 1, 2).z.toArray(); // [0]
 * ```
 */
export function lp2hpZpk(z: ArrayInput, p: ArrayInput, k: number, wo = 1, ...rest: unknown[]): ZPK {
  none('lp2hpZpk')(rest);
  return zpkOut(lp2hpZpkC(zpkIn('lp2hpZpk', z, p, k), positive('lp2hpZpk', 'wo', wo)));
}

/**
 * A lowpass prototype turned into a bandpass centred at `wo` with width `bw` (SciPy's
 * `scipy.signal.lp2bp_zpk`).
 *
 * @param z - zeros. @param p - poles. @param k - gain. @param wo - centre (rad/s). @param bw - bandwidth.
 * @returns `{ z, p, k }`.
 * @throws {ValueError} when there are more zeros than poles.
 * @example
 * ```ts
 * lp2bpZpk([], [-1], 1, 1, 1).k; // 1
 * ```
 */
export function lp2bpZpk(z: ArrayInput, p: ArrayInput, k: number, wo = 1, bw = 1, ...rest: unknown[]): ZPK {
  none('lp2bpZpk')(rest);
  return zpkOut(lp2bpZpkC(zpkIn('lp2bpZpk', z, p, k), positive('lp2bpZpk', 'wo', wo), positive('lp2bpZpk', 'bw', bw)));
}

/**
 * A lowpass prototype turned into a bandstop centred at `wo` with width `bw` (SciPy's
 * `scipy.signal.lp2bs_zpk`).
 *
 * @param z - zeros. @param p - poles. @param k - gain. @param wo - centre (rad/s). @param bw - bandwidth.
 * @returns `{ z, p, k }`.
 * @throws {ValueError} when there are more zeros than poles.
 * @example
 * ```ts
 * lp2bsZpk([], [-1], 1, 1, 1).z.size; // 2
 * ```
 */
export function lp2bsZpk(z: ArrayInput, p: ArrayInput, k: number, wo = 1, bw = 1, ...rest: unknown[]): ZPK {
  none('lp2bsZpk')(rest);
  return zpkOut(lp2bsZpkC(zpkIn('lp2bsZpk', z, p, k), positive('lp2bsZpk', 'wo', wo), positive('lp2bsZpk', 'bw', bw)));
}

/**
 * The bilinear transform s = 2·fs·(z − 1)/(z + 1) of an analog zeros/poles/gain system (SciPy's
 * `scipy.signal.bilinear_zpk`).
 *
 * @param z - zeros. @param p - poles. @param k - gain. @param fs - sampling frequency.
 * @returns the digital `{ z, p, k }`.
 * @throws {ValueError} when there are more zeros than poles or fs is not positive.
 * @example
 * ```ts
 * bilinearZpk([], [-1], 1, 0.5).p.toArray(); // [0]
 * ```
 */
export function bilinearZpk(z: ArrayInput, p: ArrayInput, k: number, fs: number, ...rest: unknown[]): ZPK {
  none('bilinearZpk')(rest);
  return zpkOut(bilinearZpkC(zpkIn('bilinearZpk', z, p, k), positive('bilinearZpk', 'fs', fs)));
}

/**
 * The bilinear transform of an analog transfer function b(s)/a(s) (SciPy's
 * `scipy.signal.bilinear`), computed through its zeros, poles and gain.
 *
 * @param b - analog numerator. @param a - analog denominator. @param fs - sampling frequency (default 1).
 * @returns the digital `{ b, a }` (a[0] = 1).
 * @example
 * ```ts
 * bilinear([1], [1, 1], 0.5).a.toArray(); // [1, 0]
 * ```
 */
export function bilinear(b: ArrayInput, a: ArrayInput, fs = 1, ...rest: unknown[]): BA {
  none('bilinear')(rest);
  const f = positive('bilinear', 'fs', fs);
  const bv = realList('bilinear', 'b', b);
  const av = realList('bilinear', 'a', a);
  // Direct polynomial substitution, as SciPy: each s^k term becomes (2fs)^k (z−1)^k (z+1)^(N−k).
  const d = av.length - 1;
  const nb = bv.length - 1;
  const m = Math.max(d, nb);
  const sub = (coef: number[], deg: number): number[] => {
    const out = new Array<number>(m + 1).fill(0);
    for (let j = 0; j <= deg; j++) {
      // coefficient of s^(deg−j)
      const power = deg - j;
      let poly = [1];
      for (let i = 0; i < power; i++) poly = polymul(poly, [1, -1]);
      for (let i = 0; i < m - power; i++) poly = polymul(poly, [1, 1]);
      const s = (coef[j] as number) * (2 * f) ** power;
      for (let i = 0; i <= m; i++) out[i] = (out[i] as number) + s * (poly[i] as number);
    }
    return out;
  };
  const bz = sub(bv, nb);
  const az = sub(av, d);
  const a0 = az[0] as number;
  return {
    b: tfArray({ re: bz.map((v) => v / a0), im: null }),
    a: tfArray({ re: az.map((v) => v / a0), im: null }),
  };
}
