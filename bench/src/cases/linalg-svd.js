// Singular value decomposition with U and V (NumPy's default); singular values are compared.
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'linalg/svd',
  name: (p) => `linalg/svd n=${p.n}`,
  sizes: { full: [{ n: 300 }], quick: [{ n: 16 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n * n), [n, n]) }),
  tol: { float64: 1e-10, float32: 1e-4 },
  result: 'singular values, descending',
};
