// Matrix inverse of a random n x n matrix (LAPACK getrf + getri-style in NumPy).
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'linalg/inv',
  name: (p) => `linalg/inv n=${p.n}`,
  sizes: { full: [{ n: 500 }], quick: [{ n: 20 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n * n), [n, n]) }),
  flops: ({ n = 0 }) => 2 * n ** 3,
  tol: { float64: 1e-9, float32: 1e-2 },
  result: 'inv(A), row-major',
};
