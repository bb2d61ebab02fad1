// Dense float64 matrix product C = A @ B (BLAS dgemm in NumPy), reported in GFLOP/s too.
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'linalg/matmul',
  name: (p) => `linalg/matmul n=${p.n}`,
  sizes: { full: [{ n: 256 }, { n: 1024 }], quick: [{ n: 32 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n * n), [n, n]), b: f64(rng.uniform(n * n), [n, n]) }),
  flops: ({ n = 0 }) => 2 * n ** 3,
  tol: { float64: 1e-12, float32: 1e-5 },
  result: 'A @ B, row-major',
};
