/**
 * `Polynomial`: the basics of NumPy's `numpy.polynomial.Polynomial` — coefficients lowest power
 * first, a `domain` mapped linearly onto a `window` before evaluation (what makes `fit` well
 * conditioned), arithmetic, calculus, roots and least-squares fitting.
 */
import { is, signature } from '../core/args.js';
import { type ArrayInput, asarray } from '../core/convert.js';
import { isComplex } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { partsOf } from './dense.js';
import { polyfit } from './polyfit.js';
import { polyval, roots as polyRoots } from './poly.js';
import { reshape } from '../manipulation/shape.js';

/** An interval `[start, end]`. */
export type Interval = readonly [number, number];

/** Options of the {@link Polynomial} constructor. */
export interface PolynomialOptions {
  /** Interval of x that maps onto `window` (default [-1, 1]). */
  domain?: Interval;
  /** Interval the polynomial is evaluated in (default [-1, 1]). */
  window?: Interval;
  /** Name of the variable in `toString` (default `'x'`). */
  symbol?: string;
}

/** Options of {@link Polynomial.fit}. */
export interface PolynomialFitOptions {
  /** Domain of the fit (default: [min(x), max(x)]). */
  domain?: Interval | null;
  /** Cutoff for small singular values (default len(x)·eps). */
  rcond?: number | null;
  /** Weights of the unsquared residuals. */
  w?: ArrayInput | null;
  /** Window (default [-1, 1]). */
  window?: Interval | null;
  /** Variable name. */
  symbol?: string;
}

const interval = is.arrayOf(is.finite);
const parseCtor = signature<PolynomialOptions>('Polynomial', ['domain', 'window', 'symbol'], {
  domain: interval,
  window: interval,
  symbol: is.string,
});
const parseFit = signature<PolynomialFitOptions>('Polynomial.fit', [], {
  domain: is.nullable(interval),
  rcond: is.nullable(is.number),
  w: is.nullable(is.arrayLike),
  window: is.nullable(interval),
  symbol: is.string,
});

function checkInterval(v: readonly number[] | undefined, name: string): Interval {
  if (v === undefined) return [-1, 1];
  if (v.length !== 2 || v[0] === v[1]) {
    throw new ValueError(`Polynomial: ${name} must be two different numbers, got [${v.join(', ')}]`);
  }
  return [v[0] as number, v[1] as number];
}

/** `off + scl·x` maps `domain` onto `window` (NumPy's `mapparms`). */
function mapParams(domain: Interval, window: Interval): [number, number] {
  const [d0, d1] = domain;
  const [w0, w1] = window;
  return [(d1 * w0 - d0 * w1) / (d1 - d0), (w1 - w0) / (d1 - d0)];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A power series `c[0] + c[1]·t + c[2]·t² + …` in `t = off + scl·x`, where the linear map takes
 * `domain` onto `window` (both [-1, 1] by default, so `t = x`). Real coefficients (float64).
 *
 * @example
 * ```ts
 * const p = new Polynomial([1, 2, 3]);  // 1 + 2x + 3x²
 * p.call(2);                            // 17
 * p.deriv().coef.toArray();             // [2, 6]
 * Polynomial.fit([0, 1, 2, 3], [1, 3, 5, 7], 1).convert().coef.toArray(); // [1, 2]
 * ```
 */
export class Polynomial {
  /** Coefficients, lowest power first (float64). */
  readonly coef: NDArray;
  /** Interval of x mapped onto `window`. */
  readonly domain: Interval;
  /** Interval the series is evaluated in. */
  readonly window: Interval;
  /** Variable name used by `toString`. */
  readonly symbol: string;

  constructor(coef: ArrayInput, domain?: Interval, window?: Interval, symbol?: string, options?: PolynomialOptions);
  constructor(coef: ArrayInput, options?: PolynomialOptions);
  constructor(coef: ArrayInput, ...rest: unknown[]) {
    const o = parseCtor(rest);
    const c = asarray(coef);
    if (isComplex(c.dtype)) throw new DTypeError('Polynomial: complex coefficients are not supported');
    if (c.ndim > 1) throw new ValueError(`Polynomial: coef must be 1-D, got shape [${c.shape.join(', ')}]`);
    const v = partsOf(c).re;
    this.coef = new NDArray('float64', v.length === 0 ? Float64Array.of(0) : v, [Math.max(v.length, 1)]);
    this.domain = checkInterval(o.domain, 'domain');
    this.window = checkInterval(o.window, 'window');
    this.symbol = o.symbol ?? 'x';
  }

  private get c(): Float64Array {
    return this.coef.data as Float64Array;
  }

  private make(c: Float64Array): Polynomial {
    return new Polynomial(c, { domain: this.domain, window: this.window, symbol: this.symbol });
  }

  /** The other operand's coefficients; a Polynomial must have the same domain and window. */
  private operand(other: Polynomial | number | ArrayInput, op: string): Float64Array {
    if (other instanceof Polynomial) {
      const same = (a: Interval, b: Interval): boolean => a[0] === b[0] && a[1] === b[1];
      if (!same(other.domain, this.domain) || !same(other.window, this.window)) {
        throw new ValueError(`Polynomial.${op}: domains and windows differ`);
      }
      return other.c;
    }
    return partsOf(reshape(asarray(other as ArrayInput), [-1])).re;
  }

  /** Degree: the number of coefficients minus one (trailing zeros count, as in NumPy). */
  degree(): number {
    return this.c.length - 1;
  }

  /** `off + scl·x` that maps the domain onto the window. */
  mapparms(): [number, number] {
    return mapParams(this.domain, this.window);
  }

  /**
   * Evaluates at `x` (mapped from the domain to the window first).
   * @returns A number for a number, an NDArray of x's shape otherwise.
   */
  call(x: number): number;
  call(x: ArrayInput): NDArray;
  call(x: ArrayInput): NDArray | number {
    const [off, scl] = this.mapparms();
    const high = this.c.slice().reverse();
    if (typeof x === 'number') return polyval(high, off + scl * x) as number;
    const xa = partsOf(asarray(x)).re.map((v) => off + scl * v);
    return polyval(high, new NDArray('float64', xa, asarray(x).shape));
  }

  /** Sum with a polynomial of the same domain and window, or with coefficients / a number. */
  add(other: Polynomial | number | ArrayInput): Polynomial {
    const a = this.c;
    const b = this.operand(other, 'add');
    const out = new Float64Array(Math.max(a.length, b.length));
    for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
    return this.make(out);
  }

  /** Difference (see {@link Polynomial.add}). */
  sub(other: Polynomial | number | ArrayInput): Polynomial {
    const b = this.operand(other, 'sub');
    return this.add(b.map((v) => -v));
  }

  /** Product (see {@link Polynomial.add}). */
  mul(other: Polynomial | number | ArrayInput): Polynomial {
    const a = this.c;
    const b = this.operand(other, 'mul');
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++)
      for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as number) + (a[i] as number) * (b[j] as number);
    return this.make(out);
  }

  /** Integer power `n ≥ 0`. */
  pow(n: number): Polynomial {
    is.nonNegInt(n, 'Polynomial.pow', 'n');
    let r = this.make(Float64Array.of(1));
    for (let k = 0; k < n; k++) r = r.mul(this);
    return r;
  }

  /** The `m`-th derivative with respect to x (the domain map's scale included). */
  deriv(m = 1): Polynomial {
    is.nonNegInt(m, 'Polynomial.deriv', 'm');
    const [, scl] = this.mapparms();
    let c = this.c.slice();
    for (let k = 0; k < m; k++) {
      if (c.length <= 1) {
        c = Float64Array.of(0);
        break;
      }
      const d = new Float64Array(c.length - 1);
      for (let i = 1; i < c.length; i++) d[i - 1] = i * (c[i] as number) * scl;
      c = d;
    }
    return this.make(c);
  }

  /**
   * The `m`-th integral with respect to x; the constants `k` (zeros by default) are the values
   * of the successive integrals at `lbnd` (default: the point the domain maps to 0 of the window,
   * as in NumPy).
   */
  integ(m = 1, k: readonly number[] = [], lbnd?: number): Polynomial {
    is.nonNegInt(m, 'Polynomial.integ', 'm');
    if (k.length > m)
      throw new ValueError(`Polynomial.integ: too many integration constants (${k.length} for m = ${m})`);
    const [off, scl] = this.mapparms();
    const t0 = lbnd === undefined ? 0 : off + scl * lbnd;
    let c = this.c.slice();
    for (let j = 0; j < m; j++) {
      const d = new Float64Array(c.length + 1);
      for (let i = 0; i < c.length; i++) d[i + 1] = (c[i] as number) / (i + 1) / scl;
      // Choose the constant so the integral equals k[j] at t0.
      const at = polyval(d.slice().reverse(), t0) as number;
      d[0] = (k[j] ?? 0) - at;
      c = d;
    }
    return this.make(c);
  }

  /** Roots in the domain's coordinates, sorted (real when all are real). */
  roots(): NDArray {
    const r = polyRoots(this.c.slice().reverse());
    const [off, scl] = this.mapparms();
    const vals = r.toArray() as (number | { re: number; im: number })[];
    const mapped = vals.map((v) =>
      typeof v === 'number' ? (v - off) / scl : { re: (v.re - off) / scl, im: v.im / scl },
    );
    const key = (v: number | { re: number; im: number }): [number, number] =>
      typeof v === 'number' ? [v, 0] : [v.re, v.im];
    mapped.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
    return asarray(mapped as never, { dtype: r.dtype });
  }

  /**
   * The same function with another domain and window (default [-1, 1] both: plain coefficients of x).
   */
  convert(options: { domain?: Interval; window?: Interval } = {}): Polynomial {
    const domain = checkInterval(options.domain, 'domain');
    const window = checkInterval(options.window, 'window');
    // New variable u = off2 + scl2·x; old t = off + scl·x = a + b·u.
    const [off, scl] = this.mapparms();
    const [off2, scl2] = mapParams(domain, window);
    const b = scl / scl2;
    const a = off - b * off2;
    // Horner in polynomial arithmetic: p(a + b u).
    const c = this.c;
    let acc = new Float64Array([c[c.length - 1] as number]);
    for (let i = c.length - 2; i >= 0; i--) {
      const next = new Float64Array(acc.length + 1);
      for (let j = 0; j < acc.length; j++) {
        next[j] = (next[j] as number) + a * (acc[j] as number);
        next[j + 1] = (next[j + 1] as number) + b * (acc[j] as number);
      }
      next[0] = (next[0] as number) + (c[i] as number);
      acc = next;
    }
    return new Polynomial(acc, { domain, window, symbol: this.symbol });
  }

  /** `n` evenly spaced x in `domain` (default the polynomial's) and the values there: `[x, y]`. */
  linspace(n = 100, domain?: Interval): [NDArray, NDArray] {
    is.nonNegInt(n, 'Polynomial.linspace', 'n');
    const [d0, d1] = domain ?? this.domain;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = n === 1 ? d0 : d0 + ((d1 - d0) * i) / (n - 1);
    const xs = new NDArray('float64', x, [n]);
    return [xs, this.call(xs)];
  }

  /** `1.0 + 2.0·x + 3.0·x²`, NumPy's unicode style. */
  toString(): string {
    const sup = (k: number): string => (k === 1 ? '' : [...String(k)].map((d) => SUPERSCRIPT[Number(d)]).join(''));
    const num = (v: number): string => (Number.isInteger(v) && Math.abs(v) < 1e16 ? v.toFixed(1) : String(v));
    const [off, scl] = this.mapparms();
    const mapped = off === 0 && scl === 1;
    const t = mapped ? this.symbol : `(${num(off)} + ${num(scl)}${this.symbol})`;
    let s = num(this.c[0] as number);
    for (let i = 1; i < this.c.length; i++) {
      const v = this.c[i] as number;
      s += `${v < 0 || Object.is(v, -0) ? ' - ' : ' + '}${num(Math.abs(v))}·${t}${sup(i)}`;
    }
    return s;
  }

  /**
   * The least-squares fit of degree `deg` to `(x, y)`, computed in the window (well conditioned)
   * with `domain` defaulting to the data's range.
   */
  static fit(x: ArrayInput, y: ArrayInput, deg: number, options?: PolynomialFitOptions): Polynomial {
    const o = parseFit(options === undefined ? [] : [options]);
    is.nonNegInt(deg, 'Polynomial.fit', 'deg');
    const xs = partsOf(asarray(x)).re;
    if (xs.length === 0) throw new ValueError('Polynomial.fit: x is empty');
    let domain = o.domain ? checkInterval(o.domain, 'domain') : undefined;
    if (!domain) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const v of xs) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      domain = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
    }
    const window = o.window ? checkInterval(o.window, 'window') : ([-1, 1] as Interval);
    const [off, scl] = mapParams(domain, window);
    const t = xs.map((v) => off + scl * v);
    const c = polyfit(t, y, deg, { rcond: o.rcond ?? null, w: o.w ?? null });
    if (c.ndim !== 1) throw new ValueError('Polynomial.fit: y must be 1-D');
    const low = (partsOf(c).re as Float64Array).reverse();
    return new Polynomial(low, { domain, window, symbol: o.symbol ?? 'x' });
  }
}
