// The 10 largest singular values of an m x n random sparse matrix (10 nonzeros per row at random
// columns, values uniform in [0, 1): density 1e-3 at n = 1e4), svds(A, k=10).
// @ts-check
import { f64, fmtN, i32 } from './util.js';

const PER_ROW = 10;

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/svds',
  name: (p) => `sparse/svds k=10 ${fmtN(p.m ?? 0)}x${fmtN(p.n ?? 0)} nnz=${fmtN((p.m ?? 0) * PER_ROW)}`,
  sizes: { full: [{ m: 1e5, n: 1e4 }], quick: [{ m: 1e4, n: 1e3 }] },
  inputs: ({ m = 0, n = 0 }, rng) => {
    const nnz = m * PER_ROW;
    const indptr = new Int32Array(m + 1);
    const indices = new Int32Array(nnz);
    const band = n / PER_ROW;
    for (let i = 0; i < m; i++) {
      indptr[i + 1] = (i + 1) * PER_ROW;
      for (let k = 0; k < PER_ROW; k++) indices[i * PER_ROW + k] = Math.floor((k + rng.next()) * band);
    }
    return { data: f64(rng.uniform(nnz), [nnz]), indices: i32(indices, [nnz]), indptr: i32(indptr, [m + 1]) };
  },
  tol: { float64: 1e-6, float32: 1e-3 },
  result: '10 largest singular values, ascending',
};
