// Real-input FFT of length n: n/2 + 1 complex outputs.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'fft/rfft',
  name: (p) => `fft/rfft n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 2 ** 20 }], quick: [{ n: 2 ** 8 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n), [n]) }),
  flops: ({ n = 0 }) => 2.5 * n * Math.log2(n),
  tol: { float64: 1e-10, float32: 1e-5 },
  result: 'rfft(x), n/2+1 values interleaved re, im',
};
