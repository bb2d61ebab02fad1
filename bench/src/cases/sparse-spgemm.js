// C = A @ A with A a random n x n CSR matrix, 10 nonzeros per row (Gustavson's SpGEMM; C has
// about 100 nonzeros per row). The result vector is C's row sums (independent of the order of
// C's unsorted indices).
// @ts-check
import { randomCsr } from './sparse-csr-matvec.js';
import { fmtN } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/spgemm',
  name: (p) => `sparse/spgemm n=${fmtN(p.n ?? 0)} nnz=${fmtN((p.n ?? 0) * 10)}`,
  sizes: { full: [{ n: 1e5 }], quick: [{ n: 1e3 }] },
  inputs: ({ n = 0 }, rng) => randomCsr(n, rng),
  flops: ({ n = 0 }) => 2 * n * 100,
  tol: { float64: 1e-13, float32: 1e-5 },
  result: 'row sums of A @ A, n values',
};
