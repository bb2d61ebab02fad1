// Complex-to-complex FFT of length n (complex input interleaved re, im).
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'fft/fft',
  name: (p) => `fft/fft n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 2 ** 16 }, { n: 2 ** 20 }], quick: [{ n: 2 ** 8 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(2 * n), [n, 2]) }),
  flops: ({ n = 0 }) => 5 * n * Math.log2(n),
  tol: { float64: 1e-10, float32: 1e-5 },
  result: 'fft(x), interleaved re, im',
};
