// Standard normal CDF over 1e6 points in [-6, 6) (scipy.stats.norm.cdf): special-function speed
// and accuracy, tails included.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'stats/norm.cdf',
  name: (p) => `stats/norm.cdf n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n, -6, 6), [n]) }),
  tol: { float64: 1e-12, float32: 1e-5 },
  result: 'cdf(x), n values',
};
