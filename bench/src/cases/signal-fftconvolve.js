// FFT convolution of a long signal with a long kernel (scipy.signal.fftconvolve, mode 'full'):
// three real FFTs of a fast length near n + m − 1 and a pointwise product.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'signal/fftconvolve',
  name: (p) => `signal/fftconvolve n=${fmtN(p.n ?? 0)} m=${fmtN(p.m ?? 0)}`,
  sizes: { full: [{ n: 1e6, m: 1e4 }], quick: [{ n: 1e4, m: 1e2 }] },
  inputs: ({ n = 0, m = 0 }, rng) => ({
    x: f64(rng.uniform(n), [n]),
    b: f64(rng.uniform(m), [m]),
  }),
  flops: ({ n = 0, m = 0 }) => 3 * 2.5 * (n + m) * Math.log2(n + m),
  tol: { float64: 1e-9, float32: 1e-3 },
  result: 'full convolution, n + m − 1 values',
};
