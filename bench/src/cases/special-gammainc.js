// Regularized lower incomplete gamma P(a, x) over 1e6 pairs (scipy.special.gammainc), a in
// [0.5, 20) and x in [0, 30): the power series, the continued fraction and the region between.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'special/gammainc',
  name: (p) => `special/gammainc n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n, 0.5, 20), [n]), x: f64(rng.uniform(n, 0, 30), [n]) }),
  tol: { float64: 1e-12, float32: 1e-5 },
  result: 'gammainc(a, x), n values',
};
