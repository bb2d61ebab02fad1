// Solve A x = b for one right-hand side (LU with partial pivoting, LAPACK gesv in NumPy).
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'linalg/solve',
  name: (p) => `linalg/solve n=${p.n}`,
  sizes: { full: [{ n: 500 }], quick: [{ n: 20 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n * n), [n, n]), b: f64(rng.uniform(n), [n]) }),
  flops: ({ n = 0 }) => (2 / 3) * n ** 3 + 2 * n ** 2,
  tol: { float64: 1e-9, float32: 1e-2 },
  result: 'x, n values',
};
