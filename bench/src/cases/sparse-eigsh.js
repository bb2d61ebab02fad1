// The 6 smallest eigenvalues of the n x n 1-D Laplacian tridiag(-1, 2, -1), with ARPACK in
// shift-invert mode around 0 (eigsh(L, k=6, sigma=0)): plain 'SA'/'LM' iterations do not
// converge at this size, since the spectrum's ends are packed ~1e-9 apart.
// @ts-check
import { f64, fmtN, i32 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/eigsh',
  name: (p) => `sparse/eigsh k=6 laplacian n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 1e5 }], quick: [{ n: 1e3 }] },
  inputs: ({ n = 0 }) => {
    const nnz = 3 * n - 2;
    const data = new Float64Array(nnz);
    const indices = new Int32Array(nnz);
    const indptr = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
        data[k] = i === j ? 2 : -1;
        indices[k++] = j;
      }
      indptr[i + 1] = k;
    }
    return { data: f64(data, [nnz]), indices: i32(indices, [nnz]), indptr: i32(indptr, [n + 1]) };
  },
  tol: { float64: 1e-6, float32: 1e-3 },
  result: '6 eigenvalues closest to 0, ascending',
};
