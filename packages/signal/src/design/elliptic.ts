/**
 * Complete and Jacobi elliptic functions for elliptic filter design, from the arithmetic-geometric
 * mean and Landen's transformations (Abramowitz & Stegun §16.4, §17.6; Orfanidis, "Lecture notes
 * on elliptic filter design", 2006). Parameters are m = k² as in SciPy.
 * @module
 */
import { type C, add, asin, mul, scale, sqrt, sub } from './cplx.js';

/** The arithmetic-geometric mean of a and b. */
function agm(a0: number, b0: number): number {
  let a = a0;
  let b = b0;
  for (let i = 0; i < 64 && Math.abs(a - b) > 1e-16 * a; i++) {
    const an = (a + b) / 2;
    b = Math.sqrt(a * b);
    a = an;
  }
  return (a + b) / 2;
}

/** K(m), the complete elliptic integral of the first kind: π / (2·agm(1, √(1−m))). */
export function ellipk(m: number): number {
  if (m === 1) return Number.POSITIVE_INFINITY;
  if (m > 1 || Number.isNaN(m)) return Number.NaN;
  return Math.PI / (2 * agm(1, Math.sqrt(1 - m)));
}

/** K(1 − p), accurate for small p (the complementary integral K′ without forming 1 − p). */
export function ellipkm1(p: number): number {
  if (p === 0) return Number.POSITIVE_INFINITY;
  if (p < 0 || Number.isNaN(p)) return Number.NaN;
  return Math.PI / (2 * agm(1, Math.sqrt(p)));
}

/** Jacobi's sn, cn, dn of real u for parameter m in [0, 1], by the descending AGM (A&S 16.4). */
export function ellipj(u: number, m: number): { sn: number; cn: number; dn: number } {
  if (m === 0) return { sn: Math.sin(u), cn: Math.cos(u), dn: 1 };
  if (m === 1) {
    const sech = 1 / Math.cosh(u);
    return { sn: Math.tanh(u), cn: sech, dn: sech };
  }
  const a: number[] = [1];
  const cs: number[] = [Math.sqrt(m)];
  let b = Math.sqrt(1 - m);
  let n = 0;
  while (Math.abs(cs[n] as number) > 1e-16 && n < 40) {
    const an = a[n] as number;
    a.push((an + b) / 2);
    cs.push((an - b) / 2);
    b = Math.sqrt(an * b);
    n++;
  }
  let phi = 2 ** n * (a[n] as number) * u;
  let prev = phi;
  for (let j = n; j > 0; j--) {
    prev = phi;
    phi = (phi + Math.asin(((cs[j] as number) / (a[j] as number)) * Math.sin(phi))) / 2;
  }
  const sn = Math.sin(phi);
  const cn = Math.cos(phi);
  return { sn, cn, dn: n === 0 ? 1 : cn / Math.cos(prev - phi) };
}

/** √((1 − k)(1 + k)), the complementary modulus. */
const complement = (k: number): number => Math.sqrt((1 - k) * (1 + k));

/**
 * The inverse of sn for complex w: z with sn(z, m) = w, by descending Landen transformations
 * (Orfanidis' acde): the modulus shrinks to 0, where sn is sin.
 */
function arcJacSn(w: C, m: number): C {
  const k = Math.sqrt(m);
  if (k > 1) return { re: Number.NaN, im: Number.NaN };
  const ks = [k];
  while ((ks[ks.length - 1] as number) !== 0) {
    const kp = complement(ks[ks.length - 1] as number);
    ks.push((1 - kp) / (1 + kp));
    if (ks.length > 12) break;
  }
  let big = Math.PI / 2;
  for (let i = 1; i < ks.length; i++) big *= 1 + (ks[i] as number);
  let wn = w;
  for (let i = 0; i + 1 < ks.length; i++) {
    const kn = ks[i] as number;
    const knext = ks[i + 1] as number;
    const root = sqrt(sub({ re: 1, im: 0 }, mul(scale(wn, kn), scale(wn, kn))));
    const den = scale(add({ re: 1, im: 0 }, root), 1 + knext);
    const q = 2 / (den.re * den.re + den.im * den.im);
    // 2·wn / den
    wn = { re: q * (wn.re * den.re + wn.im * den.im), im: q * (wn.im * den.re - wn.re * den.im) };
  }
  const u = asin(wn);
  return scale(u, (2 / Math.PI) * big);
}

/** The real z with sc(z, 1 − m) = w (SciPy's _arc_jac_sc1), via sn(i·z) = i·sc(z, 1 − m). */
export function arcJacSc1(w: number, m: number): number {
  const z = arcJacSn({ re: 0, im: w }, m);
  if (Math.abs(z.re) > 1e-14) throw new RangeError('arcJacSc1: the inverse is not purely imaginary');
  return z.im;
}

/**
 * The modulus m of an elliptic filter of order n with selectivity parameter m1 (the degree
 * equation K′(m)/K(m) = n·K′(m1)/K(m1)), by the nome q = q1^(1/n) and its theta series.
 */
export function ellipdeg(n: number, m1: number): number {
  const k1 = ellipk(m1);
  const k1p = ellipkm1(m1);
  const q1 = Math.exp((-Math.PI * k1p) / k1);
  const q = q1 ** (1 / n);
  let num = 0;
  for (let i = 0; i <= 7; i++) num += q ** (i * (i + 1));
  let den = 0;
  for (let i = 1; i <= 8; i++) den += q ** (i * i);
  den = 1 + 2 * den;
  return 16 * q * (num / den) ** 4;
}
