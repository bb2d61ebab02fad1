// a + b.T on n x n float64: a ufunc over a non-contiguous (transposed) operand.
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'ufunc/a+b.T',
  name: (p) => `ufunc/a+b.T ${p.n}x${p.n}`,
  sizes: { full: [{ n: 1000 }], quick: [{ n: 64 }] },
  inputs: ({ n = 0 }, rng) => ({ a: f64(rng.uniform(n * n), [n, n]), b: f64(rng.uniform(n * n), [n, n]) }),
  flops: ({ n = 0 }) => n * n,
  tol: { float64: 1e-15, float32: 1e-6 },
  result: 'a + b.T, row-major',
};
