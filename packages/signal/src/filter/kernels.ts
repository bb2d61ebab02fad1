/**
 * Filter kernels: tight loops over float64 buffers, no validation, no allocation. Complex
 * buffers are interleaved (re, im).
 * @module
 */
import { UNROLLED } from './lfilter.generated.js';

/**
 * Direct form II transposed IIR filter over one line (SciPy's lfilter recursion): b and a
 * already divided by a[0] and zero-padded to order+1 = m; `z` (length m−1) is the state, updated
 * in place.
 */
export function lfilterReal(
  n: number,
  b: Float64Array,
  a: Float64Array,
  m: number,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
): void {
  const k = m - 1;
  if (k === 0) {
    const b0 = b[0] as number;
    for (let i = 0; i < n; i++) y[i] = (x[i] as number) * b0;
    return;
  }
  const unrolled = UNROLLED[k];
  if (unrolled !== undefined) {
    unrolled(n, b, a, x, y, z);
    return;
  }
  const b0 = b[0] as number;
  const bk = b[k] as number;
  const ak = a[k] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = (z[0] as number) + b0 * xn;
    for (let j = 1; j < k; j++) z[j - 1] = (z[j] as number) + xn * (b[j] as number) - yn * (a[j] as number);
    z[k - 1] = xn * bk - yn * ak;
    y[i] = yn;
  }
}

/** {@link lfilterReal} for complex coefficients and data (all interleaved). */
export function lfilterComplex(
  n: number,
  b: Float64Array,
  a: Float64Array,
  m: number,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
): void {
  const k = m - 1;
  const b0r = b[0] as number;
  const b0i = b[1] as number;
  for (let i = 0; i < n; i++) {
    const xr = x[2 * i] as number;
    const xi = x[2 * i + 1] as number;
    let yr = b0r * xr - b0i * xi;
    let yi = b0r * xi + b0i * xr;
    if (k > 0) {
      yr += z[0] as number;
      yi += z[1] as number;
      for (let j = 1; j <= k; j++) {
        const br = b[2 * j] as number;
        const bi = b[2 * j + 1] as number;
        const ar = a[2 * j] as number;
        const ai = a[2 * j + 1] as number;
        const nr = j < k ? (z[2 * j] as number) : 0;
        const ni = j < k ? (z[2 * j + 1] as number) : 0;
        z[2 * j - 2] = nr + (xr * br - xi * bi) - (yr * ar - yi * ai);
        z[2 * j - 1] = ni + (xr * bi + xi * br) - (yr * ai + yi * ar);
      }
    }
    y[2 * i] = yr;
    y[2 * i + 1] = yi;
  }
}

/**
 * Cascaded second-order sections over one line, in place in `x` (SciPy's sosfilt recursion):
 * `sos` row-major (ns, 6) with a0 = 1, `zi` (ns, 2) updated in place.
 */
export function sosfiltReal(n: number, sos: Float64Array, ns: number, x: Float64Array, zi: Float64Array): void {
  for (let s = 0; s < ns; s++) {
    const o = 6 * s;
    const b0 = sos[o] as number;
    const b1 = sos[o + 1] as number;
    const b2 = sos[o + 2] as number;
    const a1 = sos[o + 4] as number;
    const a2 = sos[o + 5] as number;
    let z0 = zi[2 * s] as number;
    let z1 = zi[2 * s + 1] as number;
    for (let i = 0; i < n; i++) {
      const xn = x[i] as number;
      const yn = b0 * xn + z0;
      z0 = b1 * xn - a1 * yn + z1;
      z1 = b2 * xn - a2 * yn;
      x[i] = yn;
    }
    zi[2 * s] = z0;
    zi[2 * s + 1] = z1;
  }
}

/** {@link sosfiltReal} for complex data (interleaved `x` and `zi`) with real or complex sections (`sos` interleaved). */
export function sosfiltComplex(n: number, sos: Float64Array, ns: number, x: Float64Array, zi: Float64Array): void {
  for (let s = 0; s < ns; s++) {
    const o = 12 * s;
    const b0r = sos[o] as number;
    const b0i = sos[o + 1] as number;
    const b1r = sos[o + 2] as number;
    const b1i = sos[o + 3] as number;
    const b2r = sos[o + 4] as number;
    const b2i = sos[o + 5] as number;
    const a1r = sos[o + 8] as number;
    const a1i = sos[o + 9] as number;
    const a2r = sos[o + 10] as number;
    const a2i = sos[o + 11] as number;
    let z0r = zi[4 * s] as number;
    let z0i = zi[4 * s + 1] as number;
    let z1r = zi[4 * s + 2] as number;
    let z1i = zi[4 * s + 3] as number;
    for (let i = 0; i < n; i++) {
      const xr = x[2 * i] as number;
      const xi = x[2 * i + 1] as number;
      const yr = b0r * xr - b0i * xi + z0r;
      const yi = b0r * xi + b0i * xr + z0i;
      z0r = b1r * xr - b1i * xi - (a1r * yr - a1i * yi) + z1r;
      z0i = b1r * xi + b1i * xr - (a1r * yi + a1i * yr) + z1i;
      z1r = b2r * xr - b2i * xi - (a2r * yr - a2i * yi);
      z1i = b2r * xi + b2i * xr - (a2r * yi + a2i * yr);
      x[2 * i] = yr;
      x[2 * i + 1] = yi;
    }
    zi[4 * s] = z0r;
    zi[4 * s + 1] = z0i;
    zi[4 * s + 2] = z1r;
    zi[4 * s + 3] = z1i;
  }
}
