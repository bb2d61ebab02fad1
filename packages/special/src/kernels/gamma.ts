/**
 * Scalar kernels of the gamma family: gamma, gammaln, digamma, beta, betaln and the Stirling
 * correction they share.
 *
 * Method (Abramowitz & Stegun 6.1, 6.3; Olver et al., NIST DLMF 5.7, 5.11, 5.15):
 * - log Gamma near its zeros 1 and 2 from Taylor series about 1, 1.5 and 2 whose coefficients are
 *   zeta and polygamma values (DLMF 5.7.3), so lgamma(1 + t) keeps full relative accuracy as t -> 0;
 * - for 2.25 < x < 10 the recurrence Gamma(x + 1) = x Gamma(x) down into that range (a product of
 *   exact shifts, one log), for x >= 10 Stirling's series (DLMF 5.11.1) with its remainder
 *   mu(x) = sum B_2k / (2k (2k - 1) x^(2k - 1));
 * - negative arguments by the reflection formula Gamma(x) Gamma(1 - x) = pi / sin(pi x) with sin(pi x)
 *   reduced exactly; poles give SciPy's values (inf / NaN);
 * - Gamma(x) for large x as sqrt(2 pi) x^((x - 1/2)/2) e^-x x^((x - 1/2)/2) e^mu(x): the power is
 *   split so nothing overflows before the end and no large exponent is rounded;
 * - digamma by Taylor series about 1 and about its positive zero x0 (so the zero keeps relative
 *   accuracy), the recurrence psi(x + 1) = psi(x) + 1/x, the asymptotic series (DLMF 5.15.8) and
 *   reflection psi(1 - x) - psi(x) = pi cot(pi x).
 */
import {
  DIGAMMA_ASYMPTOTIC,
  DIGAMMA_AT_1,
  DIGAMMA_AT_X0,
  DIGAMMA_X0_HI,
  DIGAMMA_X0_LO,
  LGAMMA_AT_1,
  LGAMMA_AT_1_5,
  LGAMMA_AT_2,
  STIRLING,
} from './coefficients.generated.js';
import { cospi, LOG_SQRT_2PI, MAX_GAMMA_ARG, pad4, polyval4, SQRT_2PI, sinpi } from './util.js';

// Stirling's remainder series in 1/x^2, for four interleaved chains
const STIRLING_4 = /* @__PURE__ */ pad4(STIRLING);

/**
 * The remainder of Stirling's series, mu(x) = lgamma(x) - ((x - 1/2) log x - x + log(2 pi)/2), for x >= 10.
 *
 * @example
 * ```ts
 * stirlingCorrection(10); // 0.008330563433362871
 * ```
 */
export function stirlingCorrection(x: number): number {
  if (x >= 1e8) return (STIRLING[0] as number) / x;
  const r = 1 / x;
  const r2 = r * r;
  if (x < 30) return polyval4(STIRLING_4, r2) * r;
  let s = 0;
  for (let k = 5; k >= 0; k--) s = s * r2 + (STIRLING[k] as number);
  return s * r;
}

/**
 * lgamma(1 + t) for t in [-0.5, 1.25] without forming 1 + t (full relative accuracy near t = 0 and t = 1).
 *
 * @example
 * ```ts
 * lgamma1p(1e-20); // -5.77215664901533e-21
 * ```
 */
export function lgamma1p(t: number): number {
  return lgam1p(t);
}

// the series of lgamma(1 + t) about t = 0, 1/2 and 1 (the first and last have c0 = 0: stored from c1)
const LG_AT_1 = /* @__PURE__ */ pad4(LGAMMA_AT_1, 1);
const LG_AT_1_5 = /* @__PURE__ */ pad4(LGAMMA_AT_1_5);
const LG_AT_2 = /* @__PURE__ */ pad4(LGAMMA_AT_2, 1);
// the series of digamma about 1 and about its positive zero
const DG_AT_1 = /* @__PURE__ */ pad4(DIGAMMA_AT_1);
const DG_AT_X0 = /* @__PURE__ */ pad4(DIGAMMA_AT_X0);

function lgam1p(t: number): number {
  // below the series' range: lgamma(1 + t) = lgamma(2 + t) - log(1 + t), t + 1 exact here
  if (t < -0.25) return lgam1p(t + 1) - Math.log1p(t);
  if (t <= 0.25) return polyval4(LG_AT_1, t) * t;
  if (t <= 0.75) return polyval4(LG_AT_1_5, t - 0.5);
  const u = t - 1;
  return polyval4(LG_AT_2, u) * u;
}

/** log Gamma(x) for x > 0 (finite or +inf). */
function lgammaPositive(x: number): number {
  if (x < 0.75) return lgam1p(x) - Math.log(x);
  if (x <= 2.25) return lgam1p(x - 1);
  if (x < 10) {
    let y = x;
    let prod = 1;
    while (y > 2.25) {
      y -= 1;
      prod *= y;
    }
    return lgam1p(y - 1) + Math.log(prod);
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  return (x - 0.5) * (Math.log(x) - 1) + (LOG_SQRT_2PI - 0.5) + stirlingCorrection(x);
}

/**
 * log|Gamma(x)| (SciPy's `gammaln`): +inf at the poles 0, -1, -2, ...; -inf at -inf like SciPy.
 *
 * @example
 * ```ts
 * gammaln(10); // 12.8018274800815
 * gammaln(-0.5); // 1.2655121234846454
 * ```
 */
export function gammaln(x: number): number {
  if (x > 0) return lgammaPositive(x);
  if (Number.isNaN(x)) return x;
  if (x === Number.NEGATIVE_INFINITY) return x;
  if (Number.isInteger(x)) return Number.POSITIVE_INFINITY;
  // reflection: log|Gamma(x)| = log(pi / |sin(pi x)|) - log Gamma(1 - x)
  if (x > -0.25) return lgam1p(x) - Math.log(-x);
  // reflection with log Gamma(1 - x) = log(-x) + log Gamma(-x) (1 - x is never rounded)
  return Math.log(Math.PI / Math.abs(sinpi(x) * x)) - lgammaPositive(-x);
}

/**
 * The sign of Gamma(x): 1 or -1 (1 at the poles and for NaN, as SciPy's `gammasgn` gives 0 / NaN there).
 *
 * @example
 * ```ts
 * gammasgn(-0.5); // -1
 * ```
 */
export function gammasgn(x: number): number {
  if (x > 0) return 1;
  if (Number.isNaN(x)) return Number.NaN;
  if (Number.isInteger(x)) return x === 0 ? (Object.is(x, -0) ? -1 : 1) : Number.NaN;
  if (x === Number.NEGATIVE_INFINITY) return Number.NaN;
  // Gamma(x) < 0 on (-1, 0), (-3, -2), ...
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** Gamma(x) for x >= 10 through Stirling's formula with the power split in halves. */
function gammaStirling(x: number): number {
  const h = x ** (0.5 * (x - 0.5));
  return SQRT_2PI * (h * Math.exp(-x) * h) * Math.exp(stirlingCorrection(x));
}

function gammaPositive(x: number): number {
  if (x < 1) return Math.exp(lgam1p(x)) / x;
  if (x <= 2) return Math.exp(lgam1p(x - 1));
  if (x < 12) {
    let y = x;
    let prod = 1;
    while (y > 2) {
      y -= 1;
      prod *= y;
    }
    return Math.exp(lgam1p(y - 1)) * prod;
  }
  if (x > MAX_GAMMA_ARG) return Number.POSITIVE_INFINITY;
  return gammaStirling(x);
}

/**
 * The gamma function Gamma(x): +inf at 0, -inf at -0, NaN at negative integers and -inf, as SciPy.
 *
 * @example
 * ```ts
 * gamma(5); // 24
 * gamma(0.5); // 1.77245385090552
 * gamma(-1.5); // 2.3632718012073544
 * ```
 */
export function gamma(x: number): number {
  if (x > 0) return gammaPositive(x);
  if (x === 0) return Object.is(x, -0) ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (Number.isNaN(x) || Number.isInteger(x) || x === Number.NEGATIVE_INFINITY) return Number.NaN;
  if (x > -0.25) return Math.exp(lgam1p(x)) / x;
  // reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)) with Gamma(1 - x) = -x Gamma(-x), so that
  // 1 - x is never rounded (its half ulp would cost |x psi(1 - x)| ulps, hundreds near -170)
  const s = sinpi(x);
  const y = -x;
  if (y <= MAX_GAMMA_ARG) return Math.PI / (s * y) / gammaPositive(y);
  // Gamma(-x) overflows: the answer is subnormal or 0
  return (Math.PI / (s * y)) * Math.exp(-lgammaPositive(y));
}

/**
 * 1 / Gamma(x) (SciPy's `rgamma`): 0 at the poles.
 *
 * @example
 * ```ts
 * rgamma(0); // 0
 * rgamma(3); // 0.5
 * ```
 */
export function rgamma(x: number): number {
  if (x > 0) {
    if (x < 1) return x * Math.exp(-lgam1p(x));
    if (x <= MAX_GAMMA_ARG) return 1 / gammaPositive(x);
    if (x > 200) return 0;
    // 1/Gamma(x) is below 1e-308: Stirling with the power split so nothing overflows on the way
    const h = x ** (-0.5 * (x - 0.5));
    return (h * Math.exp(x) * h) / (SQRT_2PI * Math.exp(stirlingCorrection(x)));
  }
  if (Number.isNaN(x)) return x;
  if (Number.isInteger(x)) return 0;
  if (x === Number.NEGATIVE_INFINITY) return Number.NaN;
  const y = -x;
  if (y > MAX_GAMMA_ARG) return Math.sign(sinpi(x)) * Number.POSITIVE_INFINITY;
  return ((sinpi(x) * y) / Math.PI) * gammaPositive(y);
}

function digammaPositive(x: number): number {
  // psi(x) for x in (0, 0.25]: psi(1 + x) - 1/x with the series in t = x (1 + x is never rounded)
  if (x <= 0.25) return polyval4(DG_AT_1, x) - 1 / x;
  if (x < 0.75) return polyval4(DG_AT_X0, x + (1 - DIGAMMA_X0_HI) - DIGAMMA_X0_LO) - 1 / x;
  if (x >= 10) return digammaAsymptotic(x);
  // reduce into [0.75, 1.75) by psi(x) = psi(x - n) + sum 1/(x - k)
  let y = x;
  let acc = 0;
  while (y >= 1.75) {
    y -= 1;
    acc += 1 / y;
  }
  const base = y <= 1.25 ? polyval4(DG_AT_1, y - 1) : polyval4(DG_AT_X0, y - DIGAMMA_X0_HI - DIGAMMA_X0_LO);
  return base + acc;
}

function digammaAsymptotic(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x > 1e17) return Math.log(x);
  const r2 = 1 / (x * x);
  let s = 0;
  for (let k = x >= 30 ? 5 : DIGAMMA_ASYMPTOTIC.length - 1; k >= 0; k--) s = s * r2 + (DIGAMMA_ASYMPTOTIC[k] as number);
  return Math.log(x) - 0.5 / x - s * r2;
}

/**
 * The digamma function psi(x) = Gamma'(x) / Gamma(x) (SciPy's `psi` / `digamma`): -inf at 0,
 * +inf at -0, NaN at negative integers and -inf.
 *
 * @example
 * ```ts
 * digamma(1); // -0.5772156649015329
 * digamma(0.5); // -1.9635100260214235
 * ```
 */
export function digamma(x: number): number {
  if (x > 0) return digammaPositive(x);
  if (x === 0) return Object.is(x, -0) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (Number.isNaN(x) || Number.isInteger(x) || x === Number.NEGATIVE_INFINITY) return Number.NaN;
  // psi(x) = psi(1 + x) - 1/x with the series in t = x near 0
  if (x > -0.25) return polyval4(DG_AT_1, x) - 1 / x;
  // reflection: psi(x) = psi(1 - x) - pi cot(pi x), with psi(1 - x) = psi(-x) - 1/x
  return digammaPositive(-x) - 1 / x - (Math.PI * cospi(x)) / sinpi(x);
}

/**
 * log|B(a, b)| for a, b > 0 without the cancellation of lgamma(a) + lgamma(b) - lgamma(a + b)
 * when an argument is large (Stirling forms with log1p, as in DiDonato & Morris 1992, BETALN).
 */
function betalnPositive(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi < 10) return gammaln(lo) + gammaln(hi) - gammaln(lo + hi);
  const s = lo + hi;
  if (lo >= 10) {
    // (lo - 1/2) log(lo/s) + (hi - 1/2) log(hi/s) - log(s)/2 + log(2 pi)/2 + mu(lo) + mu(hi) - mu(s)
    const corr = stirlingCorrection(lo) + stirlingCorrection(hi) - stirlingCorrection(s);
    return -0.5 * Math.log(hi) + LOG_SQRT_2PI + corr + (lo - 0.5) * Math.log(lo / s) + hi * Math.log1p(-lo / s);
  }
  // hi >= 10 > lo: lgamma(lo) + [lgamma(hi) - lgamma(hi + lo)] with the bracket in Stirling form
  const corr = stirlingCorrection(hi) - stirlingCorrection(s);
  const t = lo / hi;
  return gammaln(lo) + corr + lo - lo * Math.log(s) - (hi - 0.5) * Math.log1p(t);
}

/**
 * log|B(a, b)| (SciPy's `betaln`), accurate when one or both arguments are large.
 *
 * @example
 * ```ts
 * betaln(2, 3); // -2.4849066497880004
 * betaln(1e10, 2); // -46.0517018599809
 * ```
 */
export function betaln(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a > 0 && b > 0) return betalnPositive(a, b);
  return Math.log(Math.abs(beta(a, b)));
}

/**
 * The beta function B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b) (SciPy's `beta`), with SciPy's
 * values at the poles.
 *
 * @example
 * ```ts
 * beta(2, 3); // 0.08333333333333333
 * beta(-0.5, 2); // -4
 * ```
 */
export function beta(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a > 0 && b > 0) {
    const s = a + b;
    if (s <= MAX_GAMMA_ARG && Math.max(a, b) < 10) return (gammaPositive(a) / gammaPositive(s)) * gammaPositive(b);
    return Math.exp(betalnPositive(a, b));
  }
  // At least one argument is not positive.
  const aPole = a <= 0 && Number.isInteger(a);
  const bPole = b <= 0 && Number.isInteger(b);
  const s = a + b;
  const sPole = s <= 0 && Number.isInteger(s);
  if (aPole || bPole) {
    // Gamma(a) Gamma(b) / Gamma(a+b): a pole over a pole is finite (the limit), a pole alone is inf
    if (aPole && !bPole && sPole) return limitRatio(a, b);
    if (bPole && !aPole && sPole) return limitRatio(b, a);
    return Number.POSITIVE_INFINITY;
  }
  if (sPole) return sinpi(a) * sinpi(b) < 0 ? -0 : 0;
  if (Math.abs(a) < 171 && Math.abs(b) < 171 && Math.abs(s) < 171) {
    return (gamma(a) / gamma(s)) * gamma(b);
  }
  const sign = gammasgn(a) * gammasgn(b) * gammasgn(s);
  return sign * Math.exp(gammaln(a) + gammaln(b) - gammaln(s));
}

/** B(n, b) for a non-positive integer n and b with n + b a non-positive integer: the limit (-1)^... Gamma(b)/... */
function limitRatio(n: number, b: number): number {
  // Gamma(n + e) / Gamma(n + b + e) -> (-1)^(n - (n+b)) (-(n+b))! / (-n)!  as e -> 0
  const m = -n;
  const k = -(n + b);
  // (-1)^(m - k) k! / m! * Gamma(b)
  const sign = (m - k) % 2 === 0 ? 1 : -1;
  return (sign * gamma(k + 1) * gamma(b)) / gamma(m + 1);
}
