/**
 * Complex scalar arithmetic for filter design (zeros, poles and their transforms), with NumPy's
 * branch cuts and signed zeros.
 * @module
 */

/** A complex number. */
export interface C {
  re: number;
  im: number;
}

export const c = (re: number, im = 0): C => ({ re, im });
export const add = (a: C, b: C): C => ({ re: a.re + b.re, im: a.im + b.im });
export const sub = (a: C, b: C): C => ({ re: a.re - b.re, im: a.im - b.im });
export const neg = (a: C): C => ({ re: -a.re, im: -a.im });
export const conj = (a: C): C => ({ re: a.re, im: -a.im });
export const scale = (a: C, s: number): C => ({ re: a.re * s, im: a.im * s });
export const mul = (a: C, b: C): C => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
export const abs = (a: C): number => Math.hypot(a.re, a.im);
export const isReal = (a: C): boolean => a.im === 0;

/** a / b by Smith's method (as NumPy divides). */
export function div(a: C, b: C): C {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    if (b.re === 0 && b.im === 0) return { re: a.re / Math.abs(b.re), im: a.im / Math.abs(b.im) };
    const rat = b.im / b.re;
    const scl = 1 / (b.re + b.im * rat);
    return { re: (a.re + a.im * rat) * scl, im: (a.im - a.re * rat) * scl };
  }
  const rat = b.re / b.im;
  const scl = 1 / (b.im + b.re * rat);
  return { re: (a.re * rat + a.im) * scl, im: (a.im * rat - a.re) * scl };
}

/** The principal square root (the sign of a zero imaginary part picks the side of the cut). */
export function sqrt(a: C): C {
  if (a.re === 0 && a.im === 0) return { re: 0, im: a.im };
  const t = Math.sqrt((Math.abs(a.re) + Math.hypot(a.re, a.im)) / 2);
  if (a.re >= 0) return { re: t, im: a.im / (2 * t) };
  const neg = a.im < 0 || Object.is(a.im, -0);
  return { re: Math.abs(a.im) / (2 * t), im: neg ? -t : t };
}

/** exp(a). */
export function exp(a: C): C {
  const e = Math.exp(a.re);
  return a.im === 0 ? { re: e, im: a.im } : { re: e * Math.cos(a.im), im: e * Math.sin(a.im) };
}

/** The product of a list (1 for none). */
export function prod(v: readonly C[]): C {
  let r: C = { re: 1, im: 0 };
  for (const x of v) r = mul(r, x);
  return r;
}

/** log(a), principal branch. */
export function log(a: C): C {
  return { re: Math.log(abs(a)), im: Math.atan2(a.im, a.re) };
}

/** asin(a), principal branch: −i·log(i·a + sqrt(1 − a²)). */
export function asin(a: C): C {
  if (a.im === 0 && Math.abs(a.re) <= 1) return { re: Math.asin(a.re), im: a.im };
  const iz = { re: -a.im, im: a.re };
  const r = log(add(iz, sqrt(sub({ re: 1, im: 0 }, mul(a, a)))));
  return { re: r.im, im: -r.re };
}

/** Polynomial coefficients (highest power first) of ∏(x − r), multiplied in order like np.poly. */
export function polyFromRoots(r: readonly C[]): C[] {
  let p: C[] = [{ re: 1, im: 0 }];
  for (const root of r) {
    const q: C[] = new Array(p.length + 1);
    for (let i = 0; i <= p.length; i++) {
      const hi = i < p.length ? (p[i] as C) : { re: 0, im: 0 };
      const lo = i > 0 ? mul(p[i - 1] as C, neg(root)) : { re: 0, im: 0 };
      q[i] = add(hi, lo);
    }
    p = q;
  }
  return p;
}

/** True when the non-real entries pair up exactly as conjugates (so a product is real). */
export function conjugateClosed(r: readonly C[]): boolean {
  const pos = r.filter((x) => x.im > 0).map((x) => [x.re, x.im] as const);
  const negs = r.filter((x) => x.im < 0).map((x) => [x.re, -x.im] as const);
  if (pos.length !== negs.length) return false;
  const cmp = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0] || a[1] - b[1];
  pos.sort(cmp);
  negs.sort(cmp);
  return pos.every(
    (x, i) => x[0] === (negs[i] as readonly [number, number])[0] && x[1] === (negs[i] as readonly [number, number])[1],
  );
}
