/**
 * Conversions between zeros/poles/gain, transfer-function coefficients and second-order
 * sections, on complex lists (SciPy's zpk2tf, tf2zpk, zpk2sos with its pole–zero pairing).
 * @module
 */
import { ValueError, roots } from '@stride/ndarray';
import { type C, abs, c, conj, conjugateClosed, isReal, polyFromRoots } from './cplx.js';
import type { Zpk } from './prototypes.js';

/** Transfer function coefficients (highest power first); `im` null when real. */
export interface Tf {
  re: number[];
  im: number[] | null;
}

/** b = k·poly(z), a = poly(p), real where the roots pair up as conjugates. */
export function zpk2tfC({ z, p, k }: Zpk): { b: Tf; a: Tf } {
  const tf = (r: C[], gain: number): Tf => {
    const q = polyFromRoots(r);
    const real = conjugateClosed(r);
    return { re: q.map((x) => x.re * gain), im: real ? null : q.map((x) => x.im * gain) };
  };
  return { b: tf(z, k), a: tf(p, 1) };
}

/** The roots of real coefficients as complex numbers. */
export function rootsC(coef: number[]): C[] {
  if (coef.length <= 1) return [];
  const r = roots(coef).toArray() as (number | { re: number; im: number })[];
  return r.map((v) => (typeof v === 'number' ? c(v) : c(v.re, v.im)));
}

/** SciPy's normalize: leading zeros of a trimmed, both divided by a[0], numerator leading ~0 trimmed. */
export function normalizeTf(fn: string, b: number[], a: number[]): { b: number[]; a: number[] } {
  let s = 0;
  while (s < a.length && a[s] === 0) s++;
  if (s === a.length) throw new ValueError(`${fn}: denominator must have at least one nonzero element`);
  const a0 = a[s] as number;
  const an = a.slice(s).map((v) => v / a0);
  let bn = b.map((v) => v / a0);
  let lead = 0;
  while (lead < bn.length - 1 && Math.abs(bn[lead] as number) <= 1e-14) lead++;
  if (lead > 0) bn = bn.slice(lead);
  return { b: bn, a: an };
}

/** tf2zpk on real coefficients. */
export function tf2zpkC(fn: string, bIn: number[], aIn: number[]): Zpk {
  const { b, a } = normalizeTf(fn, bIn, aIn);
  const k = b[0] as number;
  const bm = b.map((v) => v / k);
  return { z: rootsC(bm), p: rootsC(a), k };
}

const EPS = 2.220446049250313e-16;

/** SciPy's _cplxreal: one of each conjugate pair (positive imaginary part, sorted), and the reals. */
export function cplxreal(fn: string, zIn: C[]): { zc: C[]; zr: number[] } {
  if (zIn.length === 0) return { zc: [], zr: [] };
  const tol = 100 * EPS;
  const z = zIn.slice().sort((x, y) => x.re - y.re || Math.abs(x.im) - Math.abs(y.im));
  const zr: number[] = [];
  const cs: C[] = [];
  for (const x of z) {
    if (Math.abs(x.im) <= tol * abs(x)) zr.push(x.re);
    else cs.push(x);
  }
  const zp = cs.filter((x) => x.im > 0);
  const zn = cs.filter((x) => x.im < 0);
  const err = () => new ValueError(`${fn}: array contains a complex value with no matching conjugate`);
  if (zp.length !== zn.length) throw err();
  // Runs of (approximately) equal real part are sorted by imaginary magnitude.
  let i = 0;
  while (i < zp.length) {
    let j = i;
    while (j + 1 < zp.length && (zp[j + 1] as C).re - (zp[j] as C).re <= tol * abs(zp[j] as C)) j++;
    if (j > i) {
      const byIm = (x: C, y: C) => Math.abs(x.im) - Math.abs(y.im);
      const a = zp.slice(i, j + 1).sort(byIm);
      const b = zn.slice(i, j + 1).sort(byIm);
      zp.splice(i, a.length, ...a);
      zn.splice(i, b.length, ...b);
    }
    i = j + 1;
  }
  const zc = zp.map((x, idx) => {
    const y = conj(zn[idx] as C);
    if (abs(c(x.re - y.re, x.im - y.im)) > tol * abs(zn[idx] as C)) throw err();
    return c((x.re + y.re) / 2, (x.im + y.im) / 2);
  });
  return { zc, zr };
}

/** Index of the entry of `fro` nearest `to`, restricted to real / complex entries. */
function nearestIdx(fro: C[], to: C, which: 'real' | 'complex' | 'any'): number {
  const order = fro
    .map((_, i) => i)
    .sort((i, j) => {
      const di = abs(c((fro[i] as C).re - to.re, (fro[i] as C).im - to.im));
      const dj = abs(c((fro[j] as C).re - to.re, (fro[j] as C).im - to.im));
      return di - dj || i - j;
    });
  if (which === 'any') return order[0] as number;
  const found = order.find((i) => isReal(fro[i] as C) === (which === 'real'));
  if (found === undefined) throw new ValueError('zpk2sos: no zero of the required kind to pair with');
  return found;
}

/** One section [b0, b1, b2, 1, a1, a2] from up to two zeros and poles. */
function section(z: C[], p: C[]): number[] {
  const { b, a } = zpk2tfC({ z, p, k: 1 });
  const row = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < b.re.length; i++) row[3 - b.re.length + i] = b.re[i] as number;
  for (let i = 0; i < a.re.length; i++) row[6 - a.re.length + i] = a.re[i] as number;
  return row;
}

/** Pairing strategies of zpk2sos. */
export type Pairing = 'nearest' | 'keep_odd' | 'minimal';

/**
 * Second-order sections from zeros, poles and gain, pairing each pole with its nearest zero and
 * ordering sections so the poles closest to the unit circle (analog: the imaginary axis) come last.
 */
export function zpk2sosC(fn: string, zIn: C[], pIn: C[], k: number, pairing: Pairing, analog: boolean): number[][] {
  if (analog && pairing !== 'minimal') {
    throw new ValueError(`${fn}: for analog zpk2sos conversion, pairing must be "minimal", got "${pairing}"`);
  }
  if (zIn.length === 0 && pIn.length === 0) return [analog ? [0, 0, k, 0, 0, 1] : [k, 0, 0, 1, 0, 0]];
  let z = zIn.slice();
  let p = pIn.slice();
  let nSections: number;
  if (pairing !== 'minimal') {
    while (p.length < z.length) p.push(c(0));
    while (z.length < p.length) z.push(c(0));
    nSections = (Math.max(p.length, z.length) + 1) >> 1;
    if (p.length % 2 === 1 && pairing === 'nearest') {
      p.push(c(0));
      z.push(c(0));
    }
  } else {
    if (p.length < z.length) throw new ValueError(`${fn}: for analog zpk2sos conversion, must have len(p) >= len(z)`);
    nSections = (p.length + 1) >> 1;
  }
  const split = (v: C[]) => {
    const { zc, zr } = cplxreal(fn, v);
    return [...zc, ...zr.map((x) => c(x))];
  };
  z = split(z);
  p = split(p);
  const badness = analog ? (x: C) => Math.abs(x.re) : (x: C) => Math.abs(1 - abs(x));
  const worst = (v: C[]): number => {
    let best = 0;
    for (let i = 1; i < v.length; i++) if (badness(v[i] as C) < badness(v[best] as C)) best = i;
    return best;
  };
  const take = (v: C[], i: number): C => v.splice(i, 1)[0] as C;
  const sos: number[][] = new Array(nSections);
  for (let si = nSections - 1; si >= 0; si--) {
    const p1 = take(p, worst(p));
    const realLeft = p.filter(isReal).length;
    if (isReal(p1) && realLeft === 0) {
      if (pairing !== 'minimal') {
        const z1 = take(z, nearestIdx(z, p1, 'real'));
        sos[si] = section([z1, c(0)], [p1, c(0)]);
      } else if (z.length > 0) {
        const z1 = take(z, nearestIdx(z, p1, 'real'));
        sos[si] = section([z1], [p1]);
      } else {
        sos[si] = section([], [p1]);
      }
    } else if (p.length + 1 === z.length && !isReal(p1) && realLeft === 1 && z.filter(isReal).length === 1) {
      const z1 = take(z, nearestIdx(z, p1, 'complex'));
      sos[si] = section([z1, conj(z1)], [p1, conj(p1)]);
    } else {
      let p2: C;
      if (isReal(p1)) {
        const realIdx = p.map((x, i) => (isReal(x) ? i : -1)).filter((i) => i >= 0);
        const pick = realIdx[worst(realIdx.map((i) => p[i] as C))] as number;
        p2 = take(p, pick);
      } else {
        p2 = conj(p1);
      }
      if (z.length > 0) {
        const z1 = take(z, nearestIdx(z, p1, 'any'));
        if (!isReal(z1)) {
          sos[si] = section([z1, conj(z1)], [p1, p2]);
        } else if (z.length > 0) {
          const z2 = take(z, nearestIdx(z, p1, 'real'));
          sos[si] = section([z1, z2], [p1, p2]);
        } else {
          sos[si] = section([z1], [p1, p2]);
        }
      } else {
        sos[si] = section([], [p1, p2]);
      }
    }
  }
  const first = sos[0] as number[];
  for (let i = 0; i < 3; i++) first[i] = (first[i] as number) * k;
  return sos;
}

/** The product of the sections as one transfer function (SciPy's sos2tf). */
export function sos2tfC(sos: number[][]): { b: number[]; a: number[] } {
  let b = [1];
  let a = [1];
  for (const row of sos) {
    b = polymul(b, row.slice(0, 3));
    a = polymul(a, row.slice(3));
  }
  return { b, a };
}

/** The product of two real polynomials (their coefficient convolution). */
export function polymul(x: number[], y: number[]): number[] {
  const out = new Array<number>(x.length + y.length - 1).fill(0);
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) out[i + j] = (out[i + j] as number) + (x[i] as number) * (y[j] as number);
  }
  return out;
}
