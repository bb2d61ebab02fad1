// Student t quantiles at 1e5 probabilities in [1e-6, 1 - 1e-6) with 5 degrees of freedom (scipy.stats.t.ppf):
// an inverse of the incomplete beta function per element.
// @ts-check
import { f64, fmtN } from './util.js';

/** Degrees of freedom of the case. */
export const DF = 5;

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'stats/t.ppf',
  name: (p) => `stats/t.ppf n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e5 }], quick: [{ n: 1e3 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n, 1e-6, 1 - 1e-6), [n]) }),
  tol: { float64: 1e-12, float32: 1e-5 },
  result: 't.ppf(q, df=5), n values',
};
