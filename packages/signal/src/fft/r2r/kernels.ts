/**
 * Unnormalized DCT and DST of types I–IV on one real line, each in O(n log n) through one
 * complex FFT (any length: the FFT plans handle every n):
 * - DCT-II and DCT-III by Makhoul's even/odd reordering into a length-n complex FFT;
 * - DCT-IV by a length-2n FFT of the pre- and post-twiddled line;
 * - DCT-I and DST-I by the FFT of the even (odd) extension of length 2(n−1) (2(n+1));
 * - DST-II/III/IV from the DCTs by index reversal and alternating signs.
 *
 * Definitions (SciPy's, "backward" scaling), for k = 0..n−1:
 * - DCT-I   y_k = x_0 + (−1)^k x_{n−1} + 2 Σ_{j=1}^{n−2} x_j cos(πjk/(n−1))
 * - DCT-II  y_k = 2 Σ x_j cos(πk(2j+1)/(2n))
 * - DCT-III y_k = x_0 + 2 Σ_{j≥1} x_j cos(πj(2k+1)/(2n))
 * - DCT-IV  y_k = 2 Σ x_j cos(π(2k+1)(2j+1)/(4n))
 * - DST-I   y_k = 2 Σ x_j sin(π(k+1)(j+1)/(n+1))
 * - DST-II  y_k = 2 Σ x_j sin(π(k+1)(2j+1)/(2n))
 * - DST-III y_k = (−1)^k x_{n−1} + 2 Σ_{j≤n−2} x_j sin(π(2k+1)(j+1)/(2n))
 * - DST-IV  y_k = 2 Σ x_j sin(π(2k+1)(2j+1)/(4n))
 * @module
 */
import { complexPlan } from '../kernels/plan.js';

/** The transform types. */
export type R2RType = 1 | 2 | 3 | 4;

/** Work buffers grown on demand (no transform calls back into user code). */
let bufA = new Float64Array(0);
let bufB = new Float64Array(0);
function work(size: number): [Float64Array, Float64Array] {
  if (bufA.length < size) {
    bufA = new Float64Array(size);
    bufB = new Float64Array(size);
  }
  return [bufA, bufB];
}

/** The complex FFT of the first m complex values of `c` (interleaved), in place. */
function cfft(c: Float64Array, m: number, scratch: Float64Array): void {
  complexPlan(m).exec(c.subarray(0, 2 * m), scratch.subarray(0, 2 * m), false);
}

/** DCT-II of x (length n) into y. */
function dct2(n: number, x: Float64Array, y: Float64Array): void {
  const [c, s] = work(2 * n);
  const half = (n + 1) >> 1;
  for (let j = 0; j < half; j++) {
    c[2 * j] = x[2 * j] as number;
    c[2 * j + 1] = 0;
  }
  for (let j = 0; j < n >> 1; j++) {
    c[2 * (n - 1 - j)] = x[2 * j + 1] as number;
    c[2 * (n - 1 - j) + 1] = 0;
  }
  cfft(c, n, s);
  for (let k = 0; k < n; k++) {
    const a = (Math.PI * k) / (2 * n);
    y[k] = 2 * ((c[2 * k] as number) * Math.cos(a) + (c[2 * k + 1] as number) * Math.sin(a));
  }
}

/** DCT-III of x (length n) into y. */
function dct3(n: number, x: Float64Array, y: Float64Array): void {
  const [c, s] = work(2 * n);
  // Z_k = e^{iπk/(2n)} (x_k − i x_{n−k}), x_n = 0; v = unnormalized inverse DFT of Z
  for (let k = 0; k < n; k++) {
    const a = (Math.PI * k) / (2 * n);
    const re = x[k] as number;
    const im = k === 0 ? 0 : -(x[n - k] as number);
    const cs = Math.cos(a);
    const sn = Math.sin(a);
    // conjugated, so that a forward FFT computes the inverse DFT
    c[2 * k] = re * cs - im * sn;
    c[2 * k + 1] = -(re * sn + im * cs);
  }
  cfft(c, n, s);
  const half = (n + 1) >> 1;
  for (let j = 0; j < half; j++) y[2 * j] = c[2 * j] as number;
  for (let j = 0; j < n >> 1; j++) y[2 * j + 1] = c[2 * (n - 1 - j)] as number;
}

/** DCT-IV of x (length n) into y, through a zero-padded FFT of length 2n. */
function dct4(n: number, x: Float64Array, y: Float64Array): void {
  const m = 2 * n;
  const [c, s] = work(2 * m);
  for (let j = 0; j < n; j++) {
    const a = (Math.PI * (2 * j + 1)) / (4 * n);
    const v = x[j] as number;
    c[2 * j] = v * Math.cos(a);
    c[2 * j + 1] = -v * Math.sin(a);
  }
  c.fill(0, 2 * n, 2 * m);
  cfft(c, m, s);
  for (let k = 0; k < n; k++) {
    const a = (Math.PI * k) / (2 * n);
    y[k] = 2 * ((c[2 * k] as number) * Math.cos(a) + (c[2 * k + 1] as number) * Math.sin(a));
  }
}

/** DCT-I of x (length n ≥ 2) into y, from the FFT of the even extension (length 2(n−1)). */
function dct1(n: number, x: Float64Array, y: Float64Array): void {
  const m = 2 * (n - 1);
  const [c, s] = work(2 * m);
  for (let j = 0; j < n; j++) {
    c[2 * j] = x[j] as number;
    c[2 * j + 1] = 0;
  }
  for (let j = 1; j < n - 1; j++) {
    c[2 * (m - j)] = x[j] as number;
    c[2 * (m - j) + 1] = 0;
  }
  cfft(c, m, s);
  for (let k = 0; k < n; k++) y[k] = c[2 * k] as number;
}

/** DST-I of x (length n) into y, from the FFT of the odd extension (length 2(n+1)). */
function dst1(n: number, x: Float64Array, y: Float64Array): void {
  const m = 2 * (n + 1);
  const [c, s] = work(2 * m);
  c.fill(0, 0, 2 * m);
  for (let j = 0; j < n; j++) {
    c[2 * (j + 1)] = x[j] as number;
    c[2 * (m - 1 - j)] = -(x[j] as number);
  }
  cfft(c, m, s);
  for (let k = 0; k < n; k++) y[k] = -(c[2 * (k + 1) + 1] as number);
}

/**
 * The unnormalized transform `kind` of `type` of the n values in x into y (x and y distinct;
 * x may be modified).
 */
export function r2r(kind: 'dct' | 'dst', type: R2RType, n: number, x: Float64Array, y: Float64Array): void {
  if (kind === 'dct') {
    if (type === 1) dct1(n, x, y);
    else if (type === 2) dct2(n, x, y);
    else if (type === 3) dct3(n, x, y);
    else dct4(n, x, y);
    return;
  }
  if (type === 1) {
    dst1(n, x, y);
    return;
  }
  if (type === 2) {
    // DST-II(x)_k = DCT-II((−1)^j x_j)_{n−1−k}
    for (let j = 1; j < n; j += 2) x[j] = -(x[j] as number);
    dct2(n, x, y);
    y.subarray(0, n).reverse();
    return;
  }
  // DST-III/IV(x)_k = (−1)^k DCT-III/IV(reversed x)_k
  x.subarray(0, n).reverse();
  if (type === 3) dct3(n, x, y);
  else dct4(n, x, y);
  for (let k = 1; k < n; k += 2) y[k] = -(y[k] as number);
}
