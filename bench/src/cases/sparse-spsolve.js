// x = spsolve(A, b) with A the 5-point 2-D Poisson matrix on an m x m grid (n = m^2, CSC), one
// right-hand side: a sparse direct solve (SuperLU with its default COLAMD ordering in SciPy).
// @ts-check
import { f64, fmtN, i32 } from './util.js';

/**
 * The 2-D Poisson matrix kron(I, T) + kron(T, I), T = tridiag(-1, 2, -1), as CSC arrays (row
 * indices sorted in each column).
 * @param {number} m
 */
export function poisson2d(m) {
  const n = m * m;
  const nnz = 5 * n - 4 * m;
  const data = new Float64Array(nnz);
  const indices = new Int32Array(nnz);
  const indptr = new Int32Array(n + 1);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const r = Math.floor(j / m);
    const c = j % m;
    /** @param {number} i @param {number} v */
    const put = (i, v) => {
      indices[k] = i;
      data[k++] = v;
    };
    if (r > 0) put(j - m, -1);
    if (c > 0) put(j - 1, -1);
    put(j, 4);
    if (c < m - 1) put(j + 1, -1);
    if (r < m - 1) put(j + m, -1);
    indptr[j + 1] = k;
  }
  return { data: f64(data, [nnz]), indices: i32(indices, [nnz]), indptr: i32(indptr, [n + 1]) };
}

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/spsolve',
  name: (p) => `sparse/spsolve poisson2d ${p.m}x${p.m} n=${fmtN((p.m ?? 0) ** 2)}`,
  sizes: { full: [{ m: 300 }], quick: [{ m: 100 }] },
  inputs: ({ m = 0 }, rng) => ({ ...poisson2d(m), b: f64(rng.uniform(m * m), [m * m]) }),
  tol: { float64: 1e-9, float32: 1e-3 },
  result: 'x, n values',
};
