// sort of 1e6 float64 values into a new array (np.sort copies).
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sort/sort',
  name: (p) => `sort/sort n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({ x: f64(rng.uniform(n), [n]) }),
  tol: { float64: 0, float32: 1e-7 },
  result: 'the sorted values, ascending',
};
