/**
 * Scalar kernels of the error-function family: erf, erfc, erfcx, erfinv, erfcinv.
 *
 * Method (after W. J. Cody, "Rational Chebyshev approximations for the error function", Math.
 * Comp. 23 (1969), whose structure we follow with our own fits): the Maclaurin series of erf for
 * |x| < 1/2; for larger x the scaled function erfcx(x) = exp(x^2) erfc(x), which is smooth and
 * slowly varying, from Chebyshev series fitted by scripts/gen_coefficients.py on 22 pieces of
 * [1/2, 6] and, as x erfcx(x) in u = 1/x^2, on [6, inf). exp(-x^2) is formed from the exact product x*x
 * (Dekker), so erfc keeps its relative accuracy deep into the tail, where a rounded x^2 would cost
 * hundreds of ulps. The inverses go through the normal quantile (erfinv(y) = ndtri((1 + y)/2)/sqrt 2
 * with the half-offset kept exact).
 */
import { ERF_SMALL, ERFCX_C, ERFCX_POWER } from './coefficients.generated.js';
import { ndtriCentral, ndtriTail } from './ndtri.js';
import { chebyshev, expmxy, FRAC_1_SQRT_PI, polyval } from './util.js';

const SQRT1_2 = Math.SQRT1_2;

/**
 * erfcx(x) for x >= 0.5 (no checks below that).
 *
 * @example
 * ```ts
 * erfcxLarge(1); // 0.427583576155807
 * ```
 */
export function erfcxLarge(x: number): number {
  if (x < 6) {
    // 22 pieces of width 1/4, each a polynomial of degree 12 in t = 8 (x - mid) on [-1, 1]
    // (the Chebyshev fits ERFCX_PIECES in the power basis), by Estrin's scheme: four dependent
    // multiply-adds instead of Horner's twelve (x - mid is exact: Sterbenz)
    const i = Math.floor((x - 0.5) * 4);
    const t = 8 * (x - (0.625 + 0.25 * i));
    const k = 13 * i;
    const c = ERFCX_POWER;
    const t2 = t * t;
    const t4 = t2 * t2;
    const q0 = c[k]! + c[k + 1]! * t + (c[k + 2]! + c[k + 3]! * t) * t2;
    const q1 = c[k + 4]! + c[k + 5]! * t + (c[k + 6]! + c[k + 7]! * t) * t2;
    const q2 = c[k + 8]! + c[k + 9]! * t + (c[k + 10]! + c[k + 11]! * t) * t2;
    return q0 + q1 * t4 + (q2 + c[k + 12]! * t4) * (t4 * t4);
  }
  if (x > 1e150) return FRAC_1_SQRT_PI / x;
  return chebyshev(ERFCX_C, 0, 1 / 36, 1 / (x * x)) / x;
}

/**
 * The error function erf(x) = 2/sqrt(pi) * integral_0^x exp(-t^2) dt.
 *
 * @example
 * ```ts
 * erf(0.5); // 0.5204998778130465
 * erf(-3); // -0.9999779095030014
 * ```
 */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.5) return x * polyval(ERF_SMALL, x * x);
  if (ax >= 6) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  const r = 1 - expmxy(ax, ax) * erfcxLarge(ax);
  return x > 0 ? r : -r;
}

/**
 * The complementary error function erfc(x) = 1 - erf(x), accurate in the far right tail (to the
 * smallest subnormal).
 *
 * @example
 * ```ts
 * erfc(0.5); // 0.479500122186953
 * erfc(10); // 2.08848758376254e-45
 * ```
 */
export function erfc(x: number): number {
  if (x < 0.5) {
    if (x > -0.5) return 1 - x * polyval(ERF_SMALL, x * x);
    if (x < -6) return 2;
    return 2 - expmxy(x, x) * erfcxLarge(-x);
  }
  if (x > 27.3) return Number.isFinite(x) || x > 0 ? 0 : x;
  return expmxy(x, x) * erfcxLarge(x);
}

/**
 * The scaled complementary error function erfcx(x) = exp(x^2) erfc(x) (SciPy's `erfcx`).
 *
 * @example
 * ```ts
 * erfcx(1); // 0.427583576155807
 * erfcx(1e10); // 5.641895835477563e-11
 * ```
 */
export function erfcx(x: number): number {
  if (x >= 0.5) return erfcxLarge(x);
  if (x > -0.5) return Math.exp(x * x) * (1 - x * polyval(ERF_SMALL, x * x));
  if (x < -26.7) return Number.isNaN(x) ? x : Number.POSITIVE_INFINITY;
  // erfcx(x) = 2 exp(x^2) - erfcx(-x)
  return 2 / expmxy(x, x) - erfcxLarge(-x);
}

/**
 * The inverse error function: erf(erfinv(y)) = y for y in [-1, 1]; ±inf at ±1, NaN outside.
 *
 * @example
 * ```ts
 * erfinv(0.5); // 0.4769362762044699
 * erfinv(-1); // -Infinity
 * ```
 */
export function erfinv(y: number): number {
  const ay = Math.abs(y);
  if (!(ay <= 1)) return Number.NaN;
  if (ay <= 0.85) return y * ndtriCentral(0.25 * y * y) * (0.5 * SQRT1_2);
  if (ay === 1) return y * Number.POSITIVE_INFINITY;
  // erfinv(y) = -ndtri((1 - |y|)/2) / sqrt(2), with 1 - |y| exact
  const r = -ndtriTail(0.5 * (1 - ay)) * SQRT1_2;
  return y > 0 ? r : -r;
}

/**
 * The inverse complementary error function: erfc(erfcinv(z)) = z for z in [0, 2].
 *
 * @example
 * ```ts
 * erfcinv(0.5); // 0.4769362762044699
 * erfcinv(1e-300); // 26.2094699605161
 * ```
 */
export function erfcinv(z: number): number {
  if (!(z >= 0 && z <= 2)) return Number.NaN;
  if (z >= 0.15 && z <= 1.85) {
    // erfcinv(z) = -ndtri(z/2)/sqrt 2 = -q g(q^2)/sqrt 2 with q = (z - 1)/2 exact
    const q = 0.5 * (z - 1);
    return -(q * ndtriCentral(q * q)) * SQRT1_2;
  }
  if (z === 0) return Number.POSITIVE_INFINITY;
  if (z === 2) return Number.NEGATIVE_INFINITY;
  if (z < 1) return -ndtriTail(0.5 * z) * SQRT1_2;
  return ndtriTail(0.5 * (2 - z)) * SQRT1_2;
}
