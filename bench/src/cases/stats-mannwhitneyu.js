// Mann–Whitney U test on two samples of 1e5 float64 values (scipy.stats.mannwhitneyu, asymptotic
// path: ranks of the pooled 2e5 values, tie term, normal tail).
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'stats/mannwhitneyu',
  name: (p) => `stats/mannwhitneyu n=${fmtN(p.n ?? 0)}+${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e5 }], quick: [{ n: 1e3 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n, 0, 1), [n]), b: f64(rng.uniform(n, 0.002, 1.002), [n]) }),
  tol: { float64: 1e-10, float32: 1e-5 },
  result: '[U of a, two-sided p-value]',
};
