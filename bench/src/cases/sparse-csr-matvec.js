// y = A @ x with A a random n x n CSR matrix, 10 nonzeros per row (column indices sorted, unique).
// @ts-check
import { f64, fmtN, i32 } from './util.js';

const PER_ROW = 10;

/**
 * A random n x n CSR matrix with PER_ROW nonzeros per row, one column per band of n / PER_ROW
 * columns (sorted, unique in each row).
 * @param {number} n
 * @param {import('../rng.js').Rng} rng
 */
export function randomCsr(n, rng) {
  const nnz = n * PER_ROW;
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(nnz);
  const band = n / PER_ROW;
  for (let i = 0; i < n; i++) {
    indptr[i + 1] = (i + 1) * PER_ROW;
    for (let k = 0; k < PER_ROW; k++) indices[i * PER_ROW + k] = Math.floor((k + rng.next()) * band);
  }
  return {
    data: f64(rng.uniform(nnz), [nnz]),
    indices: i32(indices, [nnz]),
    indptr: i32(indptr, [n + 1]),
  };
}

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/csr-matvec',
  name: (p) => `sparse/csr-matvec n=${fmtN(p.n ?? 0)} nnz=${fmtN((p.n ?? 0) * PER_ROW)}`,
  sizes: { full: [{ n: 1e5 }], quick: [{ n: 1e3 }] },
  inputs: ({ n = 0 }, rng) => ({ ...randomCsr(n, rng), x: f64(rng.uniform(n), [n]) }),
  flops: ({ n = 0 }) => 2 * n * PER_ROW,
  tol: { float64: 1e-13, float32: 1e-5 },
  result: 'A @ x, n values',
};
