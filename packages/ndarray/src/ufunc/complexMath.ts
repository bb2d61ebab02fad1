/**
 * Complex scalar math for the generated kernels. Each function writes its result to `R` (re, im)
 * instead of allocating a pair; the kernel copies R into the output right away.
 */

/** Result slot of the complex helpers: R[0] = real part, R[1] = imaginary part. */
export const R = new Float64Array(2);

const INF = Number.POSITIVE_INFINITY;
const HALF_PI = Math.PI / 2;

function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return y < 0 || Object.is(y, -0) ? -ax : ax;
}

/**
 * (ar + i ai) / (br + i bi) by Smith's method (no overflow for large divisors).
 *
 * @example
 * ```ts
 * cdiv(1, 0, 0, 1); // R = [0, -1]  (1 / i)
 * ```
 */
export function cdiv(ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) {
      R[0] = ar / abr;
      R[1] = ai / abi;
      return;
    }
    const rat = bi / br;
    const scl = 1 / (br + bi * rat);
    R[0] = (ar + ai * rat) * scl;
    R[1] = (ai - ar * rat) * scl;
  } else {
    const rat = br / bi;
    const scl = 1 / (bi + br * rat);
    R[0] = (ar * rat + ai) * scl;
    R[1] = (ai * rat - ar) * scl;
  }
}

/**
 * 1 / (x + iy) by Smith's method.
 *
 * @example
 * ```ts
 * crecip(0, 2); // R = [0, -0.5]
 * ```
 */
export function crecip(x: number, y: number): void {
  if (Math.abs(y) <= Math.abs(x)) {
    const t = y / x;
    const d = x + y * t;
    R[0] = 1 / d;
    R[1] = -t / d;
  } else {
    const t = x / y;
    const d = x * t + y;
    R[0] = t / d;
    R[1] = -1 / d;
  }
}

/**
 * Principal square root (branch cut on the negative real axis, C99 special values).
 *
 * @example
 * ```ts
 * csqrt(-4, 0); // R = [0, 2]
 * ```
 */
export function csqrt(x: number, y: number): void {
  if (x === 0 && y === 0) {
    R[0] = 0;
    R[1] = y;
    return;
  }
  if (y === INF || y === -INF) {
    R[0] = INF;
    R[1] = y;
    return;
  }
  if (Number.isNaN(x)) {
    R[0] = x;
    R[1] = x;
    return;
  }
  if (x === INF) {
    R[0] = x;
    R[1] = Number.isNaN(y) ? y : copysign(0, y);
    return;
  }
  if (x === -INF) {
    R[0] = Number.isNaN(y) ? y : 0;
    R[1] = copysign(INF, y);
    return;
  }
  if (Number.isNaN(y)) {
    R[0] = y;
    R[1] = y;
    return;
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let t: number;
  if (ax > 1e307 || ay > 1e307) {
    // Scale by 1/4 so |x| + |z| cannot overflow; sqrt brings back a factor of 2.
    t = 2 * Math.sqrt((ax * 0.25 + Math.hypot(ax * 0.25, ay * 0.25)) * 0.5);
  } else {
    t = Math.sqrt((ax + Math.hypot(ax, ay)) * 0.5);
  }
  if (x >= 0) {
    R[0] = t;
    R[1] = y / (2 * t);
  } else {
    R[0] = ay / (2 * t);
    R[1] = copysign(t, y);
  }
}

/**
 * e^(x + iy).
 *
 * @example
 * ```ts
 * cexp(0, Math.PI); // R = [-1, 1.2246467991473532e-16]
 * ```
 */
export function cexp(x: number, y: number): void {
  if (y === 0) {
    R[0] = Math.exp(x);
    R[1] = y;
    return;
  }
  if (Number.isNaN(y) || y === INF || y === -INF) {
    if (x === -INF) {
      R[0] = 0;
      R[1] = y === -INF ? -0 : 0;
    } else if (x === INF) {
      R[0] = INF;
      R[1] = Number.NaN;
    } else {
      R[0] = Number.NaN;
      R[1] = Number.NaN;
    }
    return;
  }
  const c = Math.cos(y);
  const s = Math.sin(y);
  if (x > 709) {
    // e^x overflows before the product with cos/sin would; split it in two halves.
    const h = Math.exp(x / 2);
    R[0] = c * h * h;
    R[1] = s * h * h;
    return;
  }
  const e = Math.exp(x);
  R[0] = e * c;
  R[1] = e * s;
}

/**
 * 2^(x + iy) = e^((x + iy) ln 2); with `f32` the scaled exponent rounds to float32 like NumPy's complex64 loop.
 *
 * @example
 * ```ts
 * cexp2(3, 0); // R = [7.999999999999998, 0]  (e^(3 ln 2), as NumPy)
 * ```
 */
export function cexp2(x: number, y: number, f32 = false): void {
  if (f32) cexp(Math.fround(x * Math.LN2), Math.fround(y * Math.LN2));
  else cexp(x * Math.LN2, y * Math.LN2);
}

/**
 * e^z - 1, accurate for small real part.
 *
 * @example
 * ```ts
 * cexpm1(1e-10, 0); // R = [1.00000000005e-10, 0]
 * ```
 */
export function cexpm1(x: number, y: number): void {
  const h = Math.sin(y / 2);
  const re = Math.expm1(x) * Math.cos(y) - 2 * h * h;
  R[1] = Math.exp(x) * Math.sin(y);
  R[0] = re;
}

/**
 * Principal natural logarithm (branch cut on the negative real axis).
 *
 * @example
 * ```ts
 * clog(-1, 0); // R = [0, Math.PI]
 * ```
 */
export function clog(x: number, y: number): void {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const im = Math.atan2(y, x);
  let re: number;
  if (ax === INF || ay === INF) re = INF;
  else if (Number.isNaN(x) || Number.isNaN(y)) re = Number.NaN;
  else if (ax === 0 && ay === 0) re = -INF;
  else {
    const big = Math.max(ax, ay);
    const small = Math.min(ax, ay);
    // Near |z| = 1 log(|z|) loses digits; log1p(|z|^2 - 1) / 2 keeps them.
    if (big > 0.5 && big < 1.5 && small < 1) re = 0.5 * Math.log1p((big - 1) * (big + 1) + small * small);
    else re = Math.log(Math.hypot(ax, ay));
  }
  R[0] = re;
  R[1] = im;
}

/**
 * log2(z) = log(z) / ln 2.
 *
 * @example
 * ```ts
 * clog2(8, 0); // R = [2.9999999999999996, 0]  (log(8) / ln 2, as NumPy)
 * ```
 */
export function clog2(x: number, y: number): void {
  clog(x, y);
  R[0] = (R[0] as number) * Math.LOG2E;
  R[1] = (R[1] as number) * Math.LOG2E;
}

/**
 * log10(z) = log(z) / ln 10.
 *
 * @example
 * ```ts
 * clog10(100, 0); // R = [2, 0]
 * ```
 */
export function clog10(x: number, y: number): void {
  clog(x, y);
  R[0] = (R[0] as number) * Math.LOG10E;
  R[1] = (R[1] as number) * Math.LOG10E;
}

/**
 * log(1 + z), computed as NumPy does: log|1 + z| + i arg(1 + z). With `f32` the intermediates
 * round to float32 like NumPy's complex64 loop (whose result this formula's cancellation makes
 * depend on that rounding).
 *
 * @example
 * ```ts
 * clog1p(0, 0); // R = [0, 0]
 * ```
 */
export function clog1p(x: number, y: number, f32 = false): void {
  const u = f32 ? Math.fround(x + 1) : x + 1;
  const h = Math.hypot(u, y);
  R[0] = Math.log(f32 ? Math.fround(h) : h);
  R[1] = Math.atan2(y, u);
}

function mul(ar: number, ai: number, br: number, bi: number): void {
  R[0] = ar * br - ai * bi;
  R[1] = ar * bi + ai * br;
}

/**
 * a^b: exact repeated multiplication for small integer exponents, e^(b log a) otherwise.
 *
 * @example
 * ```ts
 * cpow(0, 1, 2, 0); // R = [-1, 0]  (i^2)
 * ```
 */
export function cpow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    R[0] = 1;
    R[1] = 0;
    return;
  }
  if (ar === 0 && ai === 0) {
    if (br > 0) {
      R[0] = 0;
      R[1] = 0;
    } else {
      R[0] = Number.NaN;
      R[1] = Number.NaN;
    }
    return;
  }
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) < 100) {
    const n = br;
    if (n === 1) {
      R[0] = ar;
      R[1] = ai;
      return;
    }
    if (n === 2) {
      mul(ar, ai, ar, ai);
      return;
    }
    if (n === 3) {
      mul(ar, ai, ar, ai);
      mul(R[0] as number, R[1] as number, ar, ai);
      return;
    }
    let e = Math.abs(n);
    let accr = 1;
    let acci = 0;
    let pr = ar;
    let pi = ai;
    while (e > 0) {
      if (e % 2 === 1) {
        mul(accr, acci, pr, pi);
        accr = R[0] as number;
        acci = R[1] as number;
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        mul(pr, pi, pr, pi);
        pr = R[0] as number;
        pi = R[1] as number;
      }
    }
    if (n < 0) {
      cdiv(1, 0, accr, acci);
      return;
    }
    R[0] = accr;
    R[1] = acci;
    return;
  }
  clog(ar, ai);
  const lr = R[0] as number;
  const li = R[1] as number;
  cexp(br * lr - bi * li, br * li + bi * lr);
}

const finite = (v: number): boolean => v - v === 0;

/**
 * sinh(x + iy) = sinh x cos y + i cosh x sin y, with C99 Annex G special values.
 *
 * @example
 * ```ts
 * csinh(0, Math.PI / 2); // R = [0, 1]
 * ```
 */
export function csinh(x: number, y: number): void {
  if (y === 0) {
    R[0] = Math.sinh(x);
    R[1] = y;
    return;
  }
  if (finite(y)) {
    R[0] = Math.sinh(x) * Math.cos(y);
    R[1] = Math.cosh(x) * Math.sin(y);
    return;
  }
  // y is ±Infinity or NaN.
  if (x === 0) {
    R[0] = x;
    R[1] = Number.NaN;
  } else if (x === INF || x === -INF) {
    R[0] = !Number.isNaN(y) ? x * Math.sign(y) : x;
    R[1] = Number.NaN;
  } else {
    R[0] = Number.NaN;
    R[1] = Number.NaN;
  }
}

/**
 * cosh(x + iy) = cosh x cos y + i sinh x sin y, with C99 Annex G special values.
 *
 * @example
 * ```ts
 * ccosh(0, 0); // R = [1, 0]
 * ```
 */
export function ccosh(x: number, y: number): void {
  if (y === 0) {
    R[0] = Math.cosh(x);
    // sinh(x) * y, but inf * 0 must give a signed zero here.
    R[1] = Number.isNaN(x) ? y : (x < 0 || Object.is(x, -0)) !== (y < 0 || Object.is(y, -0)) ? -0 : 0;
    return;
  }
  if (finite(y)) {
    R[0] = Math.cosh(x) * Math.cos(y);
    R[1] = Math.sinh(x) * Math.sin(y);
    return;
  }
  if (x === 0) {
    R[0] = Number.NaN;
    R[1] = 0;
  } else if (x === INF || x === -INF) {
    R[0] = INF;
    R[1] = Number.NaN;
  } else {
    R[0] = Number.NaN;
    R[1] = Number.NaN;
  }
}

/**
 * tanh(x + iy), stable for large |x| (Kahan's formulation).
 *
 * @example
 * ```ts
 * ctanh(Infinity, 1); // R = [1, 0]
 * ```
 */
export function ctanh(x: number, y: number): void {
  if (Number.isNaN(x)) {
    R[0] = x;
    R[1] = y === 0 ? y : x;
    return;
  }
  if (x === INF || x === -INF) {
    R[0] = copysign(1, x);
    R[1] = y - y === 0 ? copysign(0, Math.sin(2 * y)) : copysign(0, y);
    return;
  }
  if (!finite(y)) {
    R[0] = x === 0 ? x : Number.NaN;
    R[1] = Number.NaN;
    return;
  }
  if (y === 0) {
    R[0] = Math.tanh(x);
    R[1] = y;
    return;
  }
  if (Math.abs(x) > 22) {
    R[0] = copysign(1, x);
    R[1] = 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x));
    return;
  }
  const t = Math.tan(y);
  const b = 1 + t * t;
  const s = Math.sinh(x);
  const rho = Math.sqrt(1 + s * s);
  const den = 1 + b * s * s;
  R[0] = (b * rho * s) / den;
  R[1] = t / den;
}

/**
 * sin z = -i sinh(iz).
 *
 * @example
 * ```ts
 * csin(Math.PI / 2, 0); // R = [1, 0]
 * ```
 */
export function csin(x: number, y: number): void {
  csinh(-y, x);
  const a = R[0] as number;
  R[0] = R[1] as number;
  R[1] = -a;
}

/**
 * cos z = cosh(iz).
 *
 * @example
 * ```ts
 * ccos(0, 0); // R = [1, -0]
 * ```
 */
export function ccos(x: number, y: number): void {
  ccosh(-y, x);
}

/**
 * tan z = -i tanh(iz).
 *
 * @example
 * ```ts
 * ctan(0, 0); // R = [0, 0]
 * ```
 */
export function ctan(x: number, y: number): void {
  ctanh(-y, x);
  const a = R[0] as number;
  R[0] = R[1] as number;
  R[1] = -a;
}

/**
 * arcsin of finite z with Kahan's formulas: with s1 = sqrt(1 - z), s2 = sqrt(1 + z),
 * Re = atan2(Re z, Re(s1 s2)), Im = asinh(Im(conj(s1) s2)).
 */
function asinFinite(x: number, y: number): void {
  csqrt(1 - x, -y);
  const s1r = R[0] as number;
  const s1i = R[1] as number;
  csqrt(1 + x, y);
  const s2r = R[0] as number;
  const s2i = R[1] as number;
  R[0] = Math.atan2(x, s1r * s2r - s1i * s2i);
  R[1] = Math.asinh(s1r * s2i - s1i * s2r);
}

/** arcsinh for inputs with an infinite or NaN part (C99 Annex G); for |z| -> inf it is log(2z). */
function asinhSpecial(x: number, y: number): void {
  if (Number.isNaN(x)) {
    R[0] = y === INF || y === -INF ? INF : Number.NaN;
    R[1] = y === 0 ? y : Number.NaN;
    return;
  }
  if (Number.isNaN(y)) {
    R[0] = x === INF || x === -INF ? x : Number.NaN;
    R[1] = Number.NaN;
    return;
  }
  clog(Math.abs(x), y);
  R[0] = copysign(R[0] as number, x);
}

/**
 * arcsin z (principal branch, cuts on the real axis outside [-1, 1]).
 *
 * @example
 * ```ts
 * casin(2, 0); // R = [1.5707963267948966, 1.3169578969248166]
 * ```
 */
export function casin(x: number, y: number): void {
  if (finite(x) && finite(y)) {
    asinFinite(x, y);
    return;
  }
  if ((x === INF || x === -INF) && Number.isNaN(y)) {
    R[0] = Number.NaN;
    R[1] = INF;
    return;
  }
  // asin z = -i asinh(iz)
  asinhSpecial(-y, x);
  const a = R[0] as number;
  R[0] = R[1] as number;
  R[1] = -a;
}

/**
 * arcsinh z = -i arcsin(iz).
 *
 * @example
 * ```ts
 * casinh(0, 0); // R = [0, 0]
 * ```
 */
export function casinh(x: number, y: number): void {
  if (!(finite(x) && finite(y))) {
    asinhSpecial(x, y);
    return;
  }
  asinFinite(-y, x);
  const p = R[0] as number;
  R[0] = R[1] as number;
  R[1] = -p;
}

/**
 * arccos z (Kahan): Re = 2 atan2(Re s1, Re s2), Im = asinh(Im(conj(s2) s1)).
 *
 * @example
 * ```ts
 * cacos(1, 0); // R = [0, -0]
 * ```
 */
export function cacos(x: number, y: number): void {
  if (!(finite(x) && finite(y))) {
    if (Number.isNaN(x)) {
      R[0] = Number.NaN;
      R[1] = y === INF || y === -INF ? -y : Number.NaN;
    } else if (Number.isNaN(y)) {
      R[0] = x === 0 ? HALF_PI : Number.NaN;
      R[1] = x === INF || x === -INF ? -INF : Number.NaN;
    } else {
      R[0] = Math.atan2(Math.abs(y), x);
      R[1] = y < 0 || Object.is(y, -0) ? INF : -INF;
    }
    return;
  }
  csqrt(1 - x, -y);
  const s1r = R[0] as number;
  const s1i = R[1] as number;
  csqrt(1 + x, y);
  const s2r = R[0] as number;
  const s2i = R[1] as number;
  R[0] = 2 * Math.atan2(s1r, s2r);
  R[1] = Math.asinh(s2r * s1i - s2i * s1r);
}

/**
 * arccosh z (Kahan): with s1 = sqrt(z - 1), s2 = sqrt(z + 1).
 *
 * @example
 * ```ts
 * cacosh(1, 0); // R = [0, 0]
 * ```
 */
export function cacosh(x: number, y: number): void {
  if (!(finite(x) && finite(y))) {
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const inf = x === INF || x === -INF || y === INF || y === -INF;
      R[0] = inf ? INF : Number.NaN;
      R[1] = Number.NaN;
    } else {
      R[0] = INF;
      R[1] = copysign(Math.atan2(Math.abs(y), x), y);
    }
    return;
  }
  csqrt(x - 1, y);
  const s1r = R[0] as number;
  const s1i = R[1] as number;
  csqrt(x + 1, y);
  const s2r = R[0] as number;
  const s2i = R[1] as number;
  R[0] = Math.asinh(s1r * s2r + s1i * s2i);
  R[1] = 2 * Math.atan2(s1i, s2r);
}

/**
 * arctanh z = (log1p(4x / ((1 - x)^2 + y^2)) / 4, atan2(2y, (1 - x)(1 + x) - y^2) / 2).
 *
 * @example
 * ```ts
 * catanh(1, 0); // R = [Infinity, 0]
 * ```
 */
export function catanh(x: number, y: number): void {
  if (!(finite(x) && finite(y))) {
    if (Number.isNaN(x)) {
      const inf = y === INF || y === -INF;
      R[0] = inf ? 0 : Number.NaN;
      R[1] = inf ? copysign(HALF_PI, y) : Number.NaN;
    } else if (Number.isNaN(y)) {
      R[0] = x === INF || x === -INF ? copysign(0, x) : x === 0 ? x : Number.NaN;
      R[1] = Number.NaN;
    } else {
      R[0] = copysign(0, x);
      R[1] = copysign(HALF_PI, y);
    }
    return;
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax > 1e150 || ay > 1e150) {
    // 1/z dominates: Re ~ x / |z|^2, Im -> ±pi/2.
    const m = Math.max(ax, ay);
    const xs = x / m;
    const ys = y / m;
    R[0] = xs / (xs * xs + ys * ys) / m;
    R[1] = copysign(HALF_PI, y);
    return;
  }
  const d = (1 - x) * (1 - x) + y * y;
  R[0] = 0.25 * Math.log1p((4 * x) / d);
  R[1] = 0.5 * Math.atan2(2 * y, (1 - x) * (1 + x) - y * y);
}

/**
 * arctan z = -i arctanh(iz).
 *
 * @example
 * ```ts
 * catan(0, 0); // R = [0, 0]
 * ```
 */
export function catan(x: number, y: number): void {
  if ((x === INF || x === -INF) && Number.isNaN(y)) {
    R[0] = copysign(HALF_PI, x);
    R[1] = 0;
    return;
  }
  catanh(-y, x);
  const a = R[0] as number;
  R[0] = R[1] as number;
  R[1] = -a;
}

/**
 * NumPy 2's complex sign: z / |z| (0 for 0, NaN when undefined).
 *
 * @example
 * ```ts
 * csign(3, 4); // R = [0.6, 0.8]
 * ```
 */
export function csign(x: number, y: number): void {
  const h = Math.hypot(x, y);
  if (Number.isNaN(h)) {
    R[0] = Number.NaN;
    R[1] = Number.NaN;
  } else if (h === 0) {
    R[0] = 0;
    R[1] = 0;
  } else if (h === INF) {
    const xi = x === INF || x === -INF;
    const yi = y === INF || y === -INF;
    if (xi && yi) {
      R[0] = Number.NaN;
      R[1] = Number.NaN;
    } else {
      R[0] = xi ? Math.sign(x) : 0;
      R[1] = yi ? Math.sign(y) : 0;
    }
  } else {
    R[0] = x / h;
    R[1] = y / h;
  }
}
