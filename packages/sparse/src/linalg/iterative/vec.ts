/** Vector kernels over Float64Array for the Krylov loops (no validation, no allocation). */
import { nativeAxpy, nativeDot } from '../../kernels/native.js';

/** x · y over the first n entries (natively for long vectors in the heap: the same bits). */
export function dot(n: number, x: Float64Array, y: Float64Array): number {
  const d = nativeDot(n, x, y);
  if (d !== null) return d;
  let s0 = 0;
  let s1 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    s0 += x[i]! * y[i]!;
    s1 += x[i + 1]! * y[i + 1]!;
  }
  if (i < n) s0 += x[i]! * y[i]!;
  return s0 + s1;
}

/** ‖x‖₂ over the first n entries, scaled so that huge or tiny entries neither overflow nor underflow. */
export function nrm2(n: number, x: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(x[i]!);
    if (a > scale) scale = a;
  }
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  if (scale > 1e-150 && scale < 1e150) return Math.sqrt(dot(n, x, x));
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = x[i]! / scale;
    s += t * t;
  }
  return scale * Math.sqrt(s);
}

/** y += a x (natively for long vectors in the heap). */
export function axpy(n: number, a: number, x: Float64Array, y: Float64Array): void {
  if (nativeAxpy(n, a, x, y)) return;
  for (let i = 0; i < n; i++) y[i]! += a * x[i]!;
}

/** x *= a. */
export function scal(n: number, a: number, x: Float64Array): void {
  for (let i = 0; i < n; i++) x[i]! *= a;
}

/** Complex vectors stored interleaved (re, im), m complex entries: x^H y as [re, im]. */
export function dotc(m: number, x: Float64Array, y: Float64Array, out: Float64Array): void {
  let re = 0;
  let im = 0;
  for (let i = 0; i < 2 * m; i += 2) {
    const xr = x[i]!;
    const xi = x[i + 1]!;
    const yr = y[i]!;
    const yi = y[i + 1]!;
    re += xr * yr + xi * yi;
    im += xr * yi - xi * yr;
  }
  out[0] = re;
  out[1] = im;
}

/** Complex interleaved: y += (ar + i ai) x. */
export function caxpy(m: number, ar: number, ai: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < 2 * m; i += 2) {
    const xr = x[i]!;
    const xi = x[i + 1]!;
    y[i]! += ar * xr - ai * xi;
    y[i + 1]! += ar * xi + ai * xr;
  }
}

/**
 * Classical Gram–Schmidt of w against the columns q[0..j), twice when the first pass removed
 * much of w (the Daniel–Gragg–Kaufman–Stewart criterion), in the inner product `x·(B y)` (real) or
 * `x^H (B y)` (complex, interleaved). With `B` (generalised problems) z holds B w and bq the
 * products B q[i]; both are updated, so no further product with B is needed. The real parts of the
 * coefficients are added to h (length ≥ j) when h is given. Returns the B-norm of w afterwards.
 */
export function orthogonalize(
  len: number,
  complex: boolean,
  q: readonly Float64Array[],
  bq: readonly Float64Array[] | null,
  j: number,
  w: Float64Array,
  z: Float64Array | null,
  h: Float64Array | null,
  coef: Float64Array,
): number {
  const norm = (): number => (z === null ? nrm2(len, w) : Math.sqrt(Math.max(dot(len, w, z), 0)));
  const before = norm();
  let after = before;
  for (let pass = 0; pass < 2; pass++) {
    project(len, complex, q, bq, j, w, z, coef);
    if (h !== null) for (let i = 0; i < j; i++) h[i]! += coef[complex ? 2 * i : i]!;
    after = norm();
    if (after > Math.SQRT1_2 * before) break;
  }
  return after;
}

function project(
  len: number,
  complex: boolean,
  q: readonly Float64Array[],
  bq: readonly Float64Array[] | null,
  j: number,
  w: Float64Array,
  z: Float64Array | null,
  coef: Float64Array,
): void {
  const t = z ?? w;
  if (!complex) {
    for (let i = 0; i < j; i++) coef[i] = dot(len, q[i]!, t);
    for (let i = 0; i < j; i++) {
      axpy(len, -coef[i]!, q[i]!, w);
      if (z !== null && bq !== null) axpy(len, -coef[i]!, bq[i]!, z);
    }
    return;
  }
  const m = len / 2;
  const c = new Float64Array(2);
  for (let i = 0; i < j; i++) {
    dotc(m, q[i]!, t, c);
    coef[2 * i] = c[0]!;
    coef[2 * i + 1] = c[1]!;
  }
  for (let i = 0; i < j; i++) {
    caxpy(m, -coef[2 * i]!, -coef[2 * i + 1]!, q[i]!, w);
    if (z !== null && bq !== null) caxpy(m, -coef[2 * i]!, -coef[2 * i + 1]!, bq[i]!, z);
  }
}

/** A deterministic pseudo-random vector in [-1, 1) (xorshift seeded by the caller; no shared state). */
export function randomVector(len: number, seed: number): Float64Array {
  const out = new Float64Array(len);
  let s = (seed >>> 0) ^ 0x9e3779b9 || 1;
  for (let i = 0; i < len; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = (s >>> 0) / 2147483648 - 1;
  }
  return out;
}
