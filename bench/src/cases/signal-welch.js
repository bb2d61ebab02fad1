// Welch's power spectral density (scipy.signal.welch defaults: Hann window, nperseg 256, half
// overlap, constant detrend, density scaling) of a long real signal: many short real FFTs.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'signal/welch',
  name: (p) => `signal/welch n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n), [n]) }),
  flops: ({ n = 0 }) => 2 * 2.5 * n * Math.log2(256),
  tol: { float64: 1e-10, float32: 1e-4 },
  result: 'the density pxx (129 values)',
};
