// Two-dimensional complex FFT of an n×n array (complex input interleaved re, im, C order).
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'fft/fft2',
  name: (p) => `fft/fft2 ${p.n ?? 0}x${p.n ?? 0}`,
  sizes: { full: [{ n: 1024 }], quick: [{ n: 64 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(2 * n * n), [n, n, 2]) }),
  flops: ({ n = 0 }) => 5 * n * n * Math.log2(n * n),
  tol: { float64: 1e-10, float32: 1e-5 },
  result: 'fft2(x), C order, interleaved re, im',
};
