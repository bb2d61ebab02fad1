/**
 * Analog lowpass prototypes (cutoff 1 rad/s) of the classic IIR families, as zeros, poles and
 * gain: Butterworth, Chebyshev I and II, elliptic (Cauer) and Bessel (Thomson).
 * @module
 */
import { type C, abs, c, conj, div, neg, prod, sub } from './cplx.js';
import { arcJacSc1, ellipdeg, ellipj, ellipk } from './elliptic.js';
import { ValueError, roots } from '@stride/ndarray';

/** Zeros, poles and gain. */
export interface Zpk {
  z: C[];
  p: C[];
  k: number;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => -n + 1 + 2 * i);
/** 10^x − 1 without cancellation for small x. */
const pow10m1 = (x: number): number => Math.expm1(Math.LN10 * x);

/** Butterworth: poles on the unit circle in the left half-plane. */
export function buttap(n: number): Zpk {
  const p = range(n).map((m) => {
    const t = (Math.PI * m) / (2 * n);
    return c(-Math.cos(t), -Math.sin(t));
  });
  return { z: [], p, k: 1 };
}

/** Chebyshev type I with rp dB of passband ripple. */
export function cheb1ap(n: number, rp: number): Zpk {
  if (n === 0) return { z: [], p: [], k: 10 ** (-rp / 20) };
  const eps = Math.sqrt(10 ** (0.1 * rp) - 1);
  const mu = Math.asinh(1 / eps) / n;
  const p = range(n).map((m) => {
    const theta = (Math.PI * m) / (2 * n);
    // −sinh(mu + iθ)
    return c(-Math.sinh(mu) * Math.cos(theta), -Math.cosh(mu) * Math.sin(theta));
  });
  let k = prod(p.map(neg)).re;
  if (n % 2 === 0) k /= Math.sqrt(1 + eps * eps);
  return { z: [], p, k };
}

/** Chebyshev type II with the stopband rs dB down. */
export function cheb2ap(n: number, rs: number): Zpk {
  if (n === 0) return { z: [], p: [], k: 1 };
  const de = 1 / Math.sqrt(10 ** (0.1 * rs) - 1);
  const mu = Math.asinh(1 / de) / n;
  const ms = n % 2 ? [...range(n).filter((m) => m < 0), ...range(n).filter((m) => m > 0)] : range(n);
  const z = ms.map((m) => c(-0, 1 / Math.sin((m * Math.PI) / (2 * n))));
  const p = range(n).map((m) => {
    const t = (Math.PI * m) / (2 * n);
    const q = c(-Math.cos(t) * Math.sinh(mu), -Math.sin(t) * Math.cosh(mu));
    return div(c(1), q);
  });
  const k = div(prod(p.map(neg)), prod(z.map(neg))).re;
  return { z, p, k };
}

/** Elliptic (Cauer) with rp dB passband ripple and rs dB stopband attenuation. */
export function ellipap(n: number, rp: number, rs: number): Zpk {
  if (n === 0) return { z: [], p: [], k: 10 ** (-rp / 20) };
  if (n === 1) {
    const p = -Math.sqrt(1 / pow10m1(0.1 * rp));
    return { z: [], p: [c(p)], k: -p };
  }
  const epsSq = pow10m1(0.1 * rp);
  const eps = Math.sqrt(epsSq);
  const ck1Sq = epsSq / pow10m1(0.1 * rs);
  if (ck1Sq === 0) throw new ValueError('ellip: cannot design a filter with the given rp and rs specifications');
  const val0 = ellipk(ck1Sq);
  const m = ellipdeg(n, ck1Sq);
  const capk = ellipk(m);
  const js: number[] = [];
  for (let j = 1 - (n % 2); j < n; j += 2) js.push(j);
  const sj = js.map((j) => ellipj((j * capk) / n, m));
  const z: C[] = [];
  for (const { sn } of sj) if (Math.abs(sn) > 2.220446049250313e-16) z.push(c(0, 1 / (Math.sqrt(m) * sn)));
  const zAll = [...z, ...z.map(conj)];
  const r = arcJacSc1(1 / eps, ck1Sq);
  const v0 = (capk * r) / (n * val0);
  const { sn: sv, cn: cv, dn: dv } = ellipj(v0, 1 - m);
  let p = sj.map(({ sn: s, cn: cc, dn: d }) => {
    const den = 1 - (d * sv) ** 2;
    return c(-(cc * d * sv * cv) / den, -(s * dv) / den);
  });
  if (n % 2) {
    const norm = Math.sqrt(p.reduce((acc, x) => acc + x.re * x.re + x.im * x.im, 0));
    const extra = p.filter((x) => Math.abs(x.im) > 2.220446049250313e-16 * norm).map(conj);
    p = [...p, ...extra];
  } else {
    p = [...p, ...p.map(conj)];
  }
  let k = div(prod(p.map(neg)), prod(zAll.map(neg))).re;
  if (n % 2 === 0) k /= Math.sqrt(1 + epsSq);
  return { z: zAll, p, k };
}

/** Bessel normalizations. */
export type BesselNorm = 'phase' | 'delay' | 'mag';

/**
 * Bessel (Thomson): poles are the roots of the reverse Bessel polynomial θ_n (unit group delay
 * at DC), polished by Newton's method, then scaled for the normalization.
 */
export function besselap(n: number, norm: BesselNorm = 'phase'): Zpk {
  if (n === 0) return { z: [], p: [], k: 1 };
  // θ_n(s) = Σ a_k s^k with a_k = (2n−k)! / (2^(n−k)·k!·(n−k)!); coefficients highest power first.
  const a: number[] = [];
  for (let k = n; k >= 0; k--) a.push(besselCoef(n, k));
  const aLast = a[n] as number;
  const w = roots(a).toArray() as (number | { re: number; im: number })[];
  let p: C[] = w.map((v) => (typeof v === 'number' ? c(v) : c(v.re, v.im)));
  p = p.map((r) => polish(a, r));
  p.sort((x, y) => x.im - y.im || x.re - y.re);
  if (norm === 'phase') {
    const f = 10 ** (-Math.log10(aLast) / n);
    return { z: [], p: p.map((x) => c(x.re * f, x.im * f)), k: 1 };
  }
  if (norm === 'delay') return { z: [], p, k: aLast };
  // 'mag': the frequency where |H(iω)| = 1/√2 for the delay-normalized filter.
  const wc = magCutoff(p, aLast);
  return { z: [], p: p.map((x) => c(x.re / wc, x.im / wc)), k: wc ** -n * aLast };
}

function besselCoef(n: number, k: number): number {
  // (2n−k)! / (2^(n−k) k! (n−k)!) as a product that stays exact for the orders used.
  let v = 1;
  for (let i = n - k + 1; i <= 2 * n - k; i++) v *= i; // (2n−k)!/(n−k)!
  for (let i = 2; i <= k; i++) v /= i;
  return v / 2 ** (n - k);
}

/** Newton steps on the polynomial (real coefficients, highest first) from a root estimate. */
function polish(a: number[], r0: C): C {
  let r = r0;
  for (let it = 0; it < 8; it++) {
    let pv = c(a[0] as number);
    let dv = c(0);
    for (let i = 1; i < a.length; i++) {
      dv = { re: dv.re * r.re - dv.im * r.im + pv.re, im: dv.re * r.im + dv.im * r.re + pv.im };
      pv = { re: pv.re * r.re - pv.im * r.im + (a[i] as number), im: pv.re * r.im + pv.im * r.re };
    }
    if (dv.re === 0 && dv.im === 0) break;
    const step = div(pv, dv);
    r = sub(r, step);
    if (abs(step) <= 1e-17 * abs(r)) break;
  }
  return r;
}

/** ω with |k / ∏(iω − p)| = 1/√2, by Newton's method on log|H(iω)| + log√2 (monotone in ω). */
function magCutoff(p: C[], k: number): number {
  let w = 1;
  for (let it = 0; it < 100; it++) {
    let f = Math.log(Math.abs(k)) + 0.5 * Math.LN2;
    let d = 0;
    for (const x of p) {
      const dr = -x.re;
      const di = w - x.im;
      f -= 0.5 * Math.log(dr * dr + di * di);
      d -= di / (dr * dr + di * di);
    }
    const step = f / d;
    w -= step;
    if (Math.abs(step) <= 1e-16 * w) break;
  }
  return w;
}
