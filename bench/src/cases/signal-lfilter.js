// IIR filtering with a 4th-order Butterworth low-pass (scipy.signal.lfilter, direct form II
// transposed): a sequential recurrence, so it measures scalar loop speed.
// @ts-check
import { f64, fmtN } from './util.js';

// scipy.signal.butter(4, 0.2): fixed here so every system filters with identical coefficients
export const BUTTER4_B = [
  0.004824343357716228, 0.019297373430864913, 0.02894606014629737, 0.019297373430864913, 0.004824343357716228,
];
export const BUTTER4_A = [1.0, -2.369513007182038, 2.313988414415881, -1.054665405878568, 0.18737949236818502];

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'signal/lfilter',
  name: (p) => `signal/lfilter n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({
    b: f64(Float64Array.from(BUTTER4_B), [5]),
    a: f64(Float64Array.from(BUTTER4_A), [5]),
    x: f64(rng.uniform(n), [n]),
  }),
  flops: ({ n = 0 }) => 18 * n,
  tol: { float64: 1e-10, float32: 1e-4 },
  result: 'filtered signal, n values',
};
