/** Numerical building blocks shared by the kernels: series evaluation, sin(pi x), log1p(x) - x, exp(-x^2) without rounding loss. */

/**
 * Evaluates a Chebyshev series on [a, b] by Clenshaw's recurrence (coefficient 0 already halved).
 *
 * @example
 * ```ts
 * chebyshev([0.5, 0, 0], -1, 1, 0.3); // 0.5
 * ```
 */
export function chebyshev(c: readonly number[], a: number, b: number, x: number): number {
  const t = (2 * x - a - b) / (b - a);
  const t2 = 2 * t;
  let b1 = 0;
  let b2 = 0;
  for (let k = c.length - 1; k >= 1; k--) {
    const b0 = (c[k] as number) + t2 * b1 - b2;
    b2 = b1;
    b1 = b0;
  }
  return (c[0] as number) + t * b1 - b2;
}

/**
 * The coefficients `c` (lowest degree first) padded with zeros to a multiple of four, for
 * {@link polyval4}; `from` drops the first `from` of them.
 *
 * @example
 * ```ts
 * Array.from(pad4([1, 2, 3])); // [1, 2, 3, 0]
 * ```
 */
export function pad4(c: readonly number[], from = 0): Float64Array {
  const n = c.length - from;
  const out = new Float64Array(Math.ceil(n / 4) * 4);
  for (let k = 0; k < n; k++) out[k] = c[from + k] as number;
  return out;
}

/**
 * Evaluates sum c_k x^k for coefficients padded by {@link pad4}, as four interleaved Horner chains
 * in x^4 (p = P0(x^4) + x P1(x^4) + x^2 (P2(x^4) + x P3(x^4))): a quarter of Horner's chain of
 * dependent operations, for the long Taylor series of the kernels.
 *
 * @example
 * ```ts
 * polyval4(pad4([1, 2, 3]), 2); // 17
 * ```
 */
export function polyval4(c: Float64Array, x: number): number {
  const x2 = x * x;
  const x4 = x2 * x2;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = c.length - 4; k >= 0; k -= 4) {
    s0 = s0 * x4 + c[k]!;
    s1 = s1 * x4 + c[k + 1]!;
    s2 = s2 * x4 + c[k + 2]!;
    s3 = s3 * x4 + c[k + 3]!;
  }
  return s0 + x * s1 + x2 * (s2 + x * s3);
}

/**
 * Evaluates the polynomial sum c_k x^k by Horner's rule.
 *
 * @example
 * ```ts
 * polyval([1, 2, 3], 2); // 17
 * ```
 */
export function polyval(c: readonly number[], x: number): number {
  let s = 0;
  for (let k = c.length - 1; k >= 0; k--) s = s * x + (c[k] as number);
  return s;
}

/**
 * sin(pi x) with the argument reduced exactly (so integers give exact zeros and large x keeps its accuracy).
 *
 * @example
 * ```ts
 * sinpi(0.5); // 1
 * sinpi(1); // 0
 * ```
 */
export function sinpi(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  // |x| mod 2, r - 1 and 1 - r are all exact in binary floating point
  let r = Math.abs(x) % 2;
  let sign = x < 0 ? -1 : 1;
  if (r >= 1) {
    r -= 1;
    sign = -sign;
  }
  if (r > 0.5) r = 1 - r;
  if (r === 0) return 0;
  return sign * (r <= 0.25 ? Math.sin(Math.PI * r) : Math.cos(Math.PI * (0.5 - r)));
}

/**
 * cos(pi x) with the argument reduced exactly.
 *
 * @example
 * ```ts
 * cospi(1); // -1
 * cospi(0.5); // 0
 * ```
 */
export function cospi(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  let r = Math.abs(x) % 2;
  if (r > 1) r = 2 - r;
  // cos(pi r) for r in [0, 1]
  if (r === 0.5) return 0;
  if (r < 0.25) return Math.cos(Math.PI * r);
  if (r < 0.75) return Math.sin(Math.PI * (0.5 - r));
  return -Math.cos(Math.PI * (1 - r));
}

/**
 * log(1 + x) - x without cancellation for small |x| (series in u = x / (2 + x), since
 * log(1 + x) = 2 atanh(u)).
 *
 * @example
 * ```ts
 * log1pmx(1e-10); // -4.99999999966667e-21
 * ```
 */
export function log1pmx(x: number): number {
  if (Math.abs(x) > 0.5) return Math.log1p(x) - x;
  // log1p(x) - x = -x^2/(2+x) + 2 sum_{k>=1} u^(2k+1)/(2k+1), u = x/(2+x), |u| <= 1/3
  const u = x / (2 + x);
  const u2 = u * u;
  let term = u * u2;
  let s = 0;
  for (let k = 3; k < 80; k += 2) {
    const d = term / k;
    s += d;
    if (Math.abs(d) <= 1e-17 * Math.abs(s)) break;
    term *= u2;
  }
  return 2 * s - (x * x) / (2 + x);
}

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp splitting)

/**
 * exp(-x * y) with x * y formed exactly (Dekker's product), so a large product loses nothing to rounding before exp.
 *
 * @example
 * ```ts
 * expmxy(1, 2); // 0.1353352832366127
 * ```
 */
export function expmxy(x: number, y: number): number {
  const p = x * y;
  if (p > 746 || !Number.isFinite(p)) return p > 0 ? 0 : Math.exp(-p);
  let t = SPLIT * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLIT * y;
  const yh = t - (t - y);
  const yl = y - yh;
  const e = xh * yh - p + xh * yl + xl * yh + xl * yl;
  // exp(-(p + e)) = exp(-p) * (1 - e) to first order; |e| <= ulp(p)/2
  return Math.exp(-p) * (1 - e);
}

/**
 * sqrt(2 pi).
 *
 * @example
 * ```ts
 * SQRT_2PI; // 2.5066282746310002
 * ```
 */
export const SQRT_2PI = 2.5066282746310002;
/**
 * log(sqrt(2 pi)) = log(2 pi) / 2.
 *
 * @example
 * ```ts
 * LOG_SQRT_2PI; // 0.9189385332046728
 * ```
 */
export const LOG_SQRT_2PI = 0.9189385332046728;
/**
 * 1 / sqrt(pi).
 *
 * @example
 * ```ts
 * FRAC_1_SQRT_PI; // 0.5641895835477563
 * ```
 */
export const FRAC_1_SQRT_PI = 0.5641895835477563;
/**
 * Euler–Mascheroni constant.
 *
 * @example
 * ```ts
 * EULER; // 0.5772156649015329
 * ```
 */
export const EULER = 0.5772156649015329;
/**
 * Largest x for which gamma(x) is finite in float64.
 *
 * @example
 * ```ts
 * MAX_GAMMA_ARG; // 171.6243769563027
 * ```
 */
export const MAX_GAMMA_ARG = 171.6243769563027;
