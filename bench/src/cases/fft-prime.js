// Complex-to-complex FFT of a large prime length (Bluestein's chirp-z in pocketfft and in Stride),
// complex input interleaved re, im.
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'fft/fft-prime',
  name: (p) => `fft/fft-prime n=${p.n ?? 0}`,
  sizes: { full: [{ n: 100003 }], quick: [{ n: 1009 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(2 * n), [n, 2]) }),
  flops: ({ n = 0 }) => 5 * n * Math.log2(n),
  tol: { float64: 1e-10, float32: 1e-5 },
  result: 'fft(x), interleaved re, im',
};
