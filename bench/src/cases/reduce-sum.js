// sum of 1e7 float64 values in [0, 1): a bandwidth-bound reduction (NumPy sums pairwise).
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'reduce/sum',
  name: (p) => `reduce/sum n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e7 }], quick: [{ n: 1e4 }] },
  // [0, 1) keeps the sum well conditioned, so float32 libraries are judged on their summation
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n, 0, 1), [n]) }),
  flops: ({ n = 0 }) => n,
  tol: { float64: 1e-12, float32: 1e-4 },
  result: 'the sum, 1 value',
};
