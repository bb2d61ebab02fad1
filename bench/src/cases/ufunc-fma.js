// a*b + c on float64 vectors: two ufuncs, memory-bound, allocates temporaries like NumPy does.
// @ts-check
import { f64, fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'ufunc/a*b+c',
  name: (p) => `ufunc/a*b+c n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e6 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => ({
    a: f64(rng.uniform(n), [n]),
    b: f64(rng.uniform(n), [n]),
    c: f64(rng.uniform(n), [n]),
  }),
  flops: ({ n = 0 }) => 2 * n,
  tol: { float64: 1e-14, float32: 1e-6 },
  result: 'a*b+c, n values',
};
