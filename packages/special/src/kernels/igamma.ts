/**
 * The regularized incomplete gamma functions P(a, x) = gammainc, Q(a, x) = gammaincc and their
 * inverses in x.
 *
 * Method (W. Gautschi, "A computational procedure for incomplete gamma functions", ACM TOMS 5
 * (1979); A. R. DiDonato & A. H. Morris, "Computation of the incomplete gamma function ratios and
 * their inverse", ACM TOMS 12 (1986); N. M. Temme, "The asymptotic expansion of the incomplete gamma
 * functions", SIAM J. Math. Anal. 10 (1979)):
 * - the prefactor x^a e^-x / Gamma(a) for a >= 10 as sqrt(a / 2 pi) exp(a (log(1 + t) - t) - mu(a)),
 *   t = (x - a)/a, with log(1 + t) - t computed without cancellation and mu Stirling's remainder, so
 *   it keeps its relative accuracy for large a where exp(a log x - x - lgamma a) would not;
 * - P by its power series for x < a + 1; Q by the Legendre continued fraction (modified Lentz) for
 *   larger x; for a < 1 and x < 1.1, Q = -expm1(a log x - lgamma(1 + a)) - x^a/Gamma(a) sum_{n>=1}
 *   (-x)^n / (n! (a + n)), which keeps Q's relative accuracy when P is close to 1;
 * - for large a with x near a, Temme's uniform expansion Q = erfc(eta sqrt(a/2))/2 + R_a(eta);
 * - the inverse: DiDonato–Morris style starting values (the Wilson–Hilferty cube for a > 1, the
 *   small-x power form otherwise), refined by Halley's method on P or Q, whichever is the smaller.
 */
import { erfcx } from './erf.js';
import { gamma, gammaln, lgamma1p, stirlingCorrection } from './gamma.js';
import { ndtri } from './ndtri.js';
import { temmeSeries } from './temme.js';
import { log1pmx } from './util.js';

const EPS = 1.1102230246251565e-16;
const TINY = 1e-300;

/**
 * x^a e^-x / Gamma(a) for a > 0, x > 0, with full relative accuracy for large a.
 *
 * @example
 * ```ts
 * gammaPrefactor(1, 1); // 0.36787944117144233
 * ```
 */
export function gammaPrefactor(a: number, x: number): number {
  if (a >= 10) {
    // a (log(x/a) - x/a + 1): through log1pmx near x = a (no cancellation); far from a the rounding of
    // t = (x - a)/a would be amplified by log1p near t = -1, so the direct form is used there
    const t = (x - a) / a;
    const e = Math.abs(t) < 0.5 ? a * log1pmx(t) : a * Math.log(x / a) - (x - a);
    return Math.sqrt(a / (2 * Math.PI)) * Math.exp(e - stirlingCorrection(a));
  }
  if (x < 700 && a > 1e-3) {
    return (x ** a * Math.exp(-x)) / gamma(a);
  }
  return Math.exp(a * Math.log(x) - x - gammaln(a));
}

/** P(a, x) by its power series, x^a e^-x / Gamma(a + 1) * sum x^n / ((a+1)...(a+n)). */
function pSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  let ap = a;
  for (let n = 0; n < 100000; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (term < sum * EPS) break;
  }
  return (gammaPrefactor(a, x) / a) * sum;
}

/**
 * Q(a, x) by the continued fraction 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...))): its convergents
 * B_n/A_n by the three-term recurrence (Wallis), rescaled and tested every fourth term, so the
 * chain of dependent operations holds no division; modified Lentz for huge x (where a convergent
 * would overflow between rescalings) and as a fallback.
 */
function qContinuedFraction(a: number, x: number): number {
  if (x < 1e8) {
    let b = x + 1 - a;
    let a0 = 1;
    let a1 = b;
    let b0 = 0;
    let b1 = 1;
    let prev = b1 / a1;
    for (let i = 1; i < 100000; i++) {
      const an = -i * (i - a);
      b += 2;
      const a2 = b * a1 + an * a0;
      const b2 = b * b1 + an * b0;
      a0 = a1;
      a1 = a2;
      b0 = b1;
      b1 = b2;
      if ((i & 3) === 0) {
        const h = b1 / a1;
        if (!Number.isFinite(h)) break;
        if (Math.abs(h - prev) <= EPS * Math.abs(h)) return gammaPrefactor(a, x) * h;
        prev = h;
        const m = Math.abs(a1);
        if (m > 1e150 || m < 1e-150) {
          const r = 1 / m;
          a0 *= r;
          a1 *= r;
          b0 *= r;
          b1 *= r;
        }
      }
    }
  }
  return qLentz(a, x);
}

/** The same continued fraction by the modified Lentz method. */
function qLentz(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return gammaPrefactor(a, x) * h;
}

/** Q(a, x) for a < 1, x < 1.1 (Gautschi's form that keeps Q's relative accuracy). */
function qSmallA(a: number, x: number): number {
  const lx = Math.log(x);
  const u = -Math.expm1(a * lx - lgamma1p(a));
  // x^a / Gamma(a) * sum_{n>=1} (-x)^n / (n! (a + n))
  let term = 1;
  let s = 0;
  for (let n = 1; n < 200; n++) {
    term *= -x / n;
    const d = term / (a + n);
    s += d;
    if (Math.abs(d) < Math.abs(s) * EPS) break;
  }
  const f = Math.exp(a * lx - lgamma1p(a)) * a; // x^a / Gamma(a)
  return u - f * s;
}

/** Whether Temme's uniform expansion applies (large a, x within its region around a). */
function useTemme(a: number, x: number): boolean {
  return a >= 20 && Math.abs(x - a) <= 0.4 * a;
}

/**
 * Q(a, x) (upper) or P(a, x) by Temme's expansion, Q = erfc(eta sqrt(a/2))/2 + exp(-a eta^2/2)/sqrt(2 pi a)
 * S(a, eta). The smaller of P and Q is computed directly, with erfc(z) = exp(-z^2) erfcx(z) and
 * z^2 = a (lambda - 1 - log lambda) taken from the same exponent as the remainder.
 */
function temme(a: number, x: number, upper: boolean): number {
  const t = (x - a) / a;
  const phi = -log1pmx(t); // lambda - 1 - log lambda >= 0
  let eta = Math.sqrt(2 * phi);
  if (t < 0) eta = -eta;
  const e = Math.exp(-a * phi);
  const rs = temmeSeries(a, eta) / Math.sqrt(2 * Math.PI * a);
  const z = Math.abs(eta) * Math.sqrt(0.5 * a);
  if (eta >= 0) {
    const q = e * (0.5 * erfcx(z) + rs);
    return upper ? q : 1 - q;
  }
  const p = e * (0.5 * erfcx(z) - rs);
  return upper ? 1 - p : p;
}

/** Whether P(a, x) ~ x^a / Gamma(a + 1) is below 1/2 (then P is summed directly and Q = 1 - P). */
function pIsSmall(a: number, x: number): boolean {
  return a * Math.log(x) - lgamma1p(a) < -Math.LN2;
}

function checkArgs(a: number, x: number): number | undefined {
  if (Number.isNaN(a) || Number.isNaN(x) || a < 0 || x < 0) return Number.NaN;
  return undefined;
}

/**
 * The regularized lower incomplete gamma function P(a, x) = gamma(a, x) / Gamma(a) (SciPy's
 * `gammainc`): 0 at x = 0, 1 for a = 0 < x, NaN for negative arguments.
 *
 * @example
 * ```ts
 * gammainc(1, 1); // 0.632120558828558
 * gammainc(0.5, 2); // 0.954499736103642
 * ```
 */
export function gammainc(a: number, x: number): number {
  const bad = checkArgs(a, x);
  if (bad !== undefined) return bad;
  if (a === 0) return x > 0 ? 1 : Number.NaN;
  if (x === 0) return 0;
  if (a === Number.POSITIVE_INFINITY) return x === Number.POSITIVE_INFINITY ? Number.NaN : 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (useTemme(a, x)) return temme(a, x, false);
  if (x < 1.1 && a < 1 && !pIsSmall(a, x)) return 1 - qSmallA(a, x);
  if (x < a + 1) return pSeries(a, x);
  return 1 - qContinuedFraction(a, x);
}

/**
 * The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x) (SciPy's `gammaincc`),
 * accurate when Q is tiny.
 *
 * @example
 * ```ts
 * gammaincc(1, 1); // 0.367879441171442
 * gammaincc(10, 100); // 1.12534739608428e-31
 * ```
 */
export function gammaincc(a: number, x: number): number {
  const bad = checkArgs(a, x);
  if (bad !== undefined) return bad;
  if (a === 0) return x > 0 ? 0 : Number.NaN;
  if (x === 0) return 1;
  if (a === Number.POSITIVE_INFINITY) return x === Number.POSITIVE_INFINITY ? Number.NaN : 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (useTemme(a, x)) return temme(a, x, true);
  if (x < 1.1 && a < 1 && !pIsSmall(a, x)) return qSmallA(a, x);
  if (x < a + 1) return 1 - pSeries(a, x);
  return qContinuedFraction(a, x);
}

/** Starting value for the x with P(a, x) = p (q = 1 - p given exactly). */
function startingValue(a: number, p: number, q: number): number {
  const lgA1 = gammaln(a + 1);
  // small x: P ~ x^a / Gamma(a + 1)
  const small = Math.exp((Math.log(p) + lgA1) / a);
  if (small === 0) return 0;
  if (a <= 1) {
    if (q < 0.05) {
      // upper tail for small a: Q ~ x^(a-1) e^-x / Gamma(a)
      const lq = Math.log(q) + gammaln(a);
      let x = -lq;
      for (let i = 0; i < 5; i++) x = -lq + (a - 1) * Math.log(Math.max(x, 1e-300));
      return Math.max(x, 1e-300);
    }
    return Math.max(small, Number.MIN_VALUE);
  }
  // Wilson–Hilferty: x ~ a (1 - 1/(9a) + z / (3 sqrt a))^3
  const z = p < q ? ndtri(p) : -ndtri(q);
  const c = 1 / (9 * a);
  const w = 1 - c + z * Math.sqrt(c);
  if (w > 0.1) return a * w * w * w;
  return Math.max(small, Number.MIN_VALUE);
}

/** x with P(a, x) = p (lower) — both p and q = 1 - p are passed so neither tail loses digits. */
function invert(a: number, p: number, q: number): number {
  let x = startingValue(a, p, q);
  // the answer is below the smallest subnormal (P ~ x^a / Gamma(a + 1) there)
  if (x === 0) return 0;
  const useQ = p > 0.5;
  const target = useQ ? q : p;
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let it = 0; it < 100; it++) {
    const v = useQ ? gammaincc(a, x) : gammainc(a, x);
    const f = v - target;
    // P increases in x, Q decreases
    if (f > 0 !== useQ) hi = Math.min(hi, x);
    else lo = Math.max(lo, x);
    if (f === 0) return x;
    const dens = gammaPrefactor(a, x) / x; // dP/dx
    let xn: number;
    if (dens > 0 && Number.isFinite(dens)) {
      let step: number;
      if (target < 1e-3) {
        // far tail: Newton on log P (or log Q), which is nearly linear there where P itself is not
        step = (Math.log(v) - Math.log(target)) * (v / dens);
        if (useQ) step = -step;
      } else {
        step = (useQ ? -f : f) / dens;
        // Halley: f'' / f' = (a - 1)/x - 1
        const corr = 1 - 0.5 * step * ((a - 1) / x - 1);
        if (corr > 0.5 && corr < 2) step /= corr;
      }
      // at most a factor 4 per step: far from the root Newton's step is meaningless
      xn = Math.min(Math.max(x - step, 0.25 * x), 4 * x);
    } else xn = Number.NaN;
    // converged (a step below the rounding level may land on a bracket end: that is the answer)
    if (Math.abs(xn - x) <= 4 * EPS * Math.abs(x)) return xn;
    if (!(xn > lo && xn < hi)) {
      if (hi === Number.POSITIVE_INFINITY) xn = 4 * Math.max(x, lo);
      else if (lo === 0) xn = 0.25 * hi;
      else xn = hi / lo > 4 ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
    }
    if (Math.abs(xn - x) <= 4 * EPS * Math.abs(xn)) return xn;
    x = xn;
  }
  return x;
}

/**
 * The inverse of P(a, x) in x (SciPy's `gammaincinv`): gammainc(a, gammaincinv(a, p)) = p.
 *
 * @example
 * ```ts
 * gammaincinv(1, 0.5); // 0.693147180559945
 * gammaincinv(10, 0.01); // 4.1301991662732
 * ```
 */
export function gammaincinv(a: number, p: number): number {
  if (Number.isNaN(a) || Number.isNaN(p) || !(a >= 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (a === 0 || a === Number.POSITIVE_INFINITY) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  return invert(a, p, 1 - p);
}

/**
 * The inverse of Q(a, x) in x (SciPy's `gammainccinv`): gammaincc(a, gammainccinv(a, q)) = q.
 *
 * @example
 * ```ts
 * gammainccinv(1, 0.5); // 0.693147180559945
 * ```
 */
export function gammainccinv(a: number, q: number): number {
  if (Number.isNaN(a) || Number.isNaN(q) || !(a >= 0) || !(q >= 0 && q <= 1)) return Number.NaN;
  if (a === 0 || a === Number.POSITIVE_INFINITY) return Number.NaN;
  if (q === 1) return 0;
  if (q === 0) return Number.POSITIVE_INFINITY;
  return invert(a, 1 - q, q);
}
