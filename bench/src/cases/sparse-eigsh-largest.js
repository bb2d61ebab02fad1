// The 10 largest eigenvalues of a symmetric "web graph": the adjacency matrix of n nodes with 5
// out-links each, aimed preferentially at low-numbered nodes (hubs, so the top of the spectrum
// is spread like a real link graph's), symmetrised. eigsh(A, k=10, which='LA'), no shift.
// @ts-check
import { f64, fmtN, i32 } from './util.js';

const LINKS = 5;

/**
 * @param {number} n
 * @param {{ next(): number }} rng
 */
export function webGraph(n, rng) {
  /** @type {Map<number, number>[]} */
  const rows = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < LINKS; l++) {
      const u = rng.next();
      const j = Math.min(n - 1, Math.floor(n * u * u * u));
      const ri = rows[i];
      const rj = rows[j];
      if (j === i || !ri || !rj) continue;
      ri.set(j, 1);
      rj.set(i, 1);
    }
  }
  let nnz = 0;
  for (const r of rows) nnz += r.size;
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(nnz);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const cols = [...(rows[i]?.keys() ?? [])].sort((a, b) => a - b);
    for (const c of cols) indices[k++] = c;
    indptr[i + 1] = k;
  }
  return {
    data: f64(new Float64Array(nnz).fill(1), [nnz]),
    indices: i32(indices, [nnz]),
    indptr: i32(indptr, [n + 1]),
  };
}

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'sparse/eigsh-largest',
  name: (p) => `sparse/eigsh k=10 LA web graph n=${fmtN(p.n ?? 0)}`,
  sizes: { full: [{ n: 3e5 }], quick: [{ n: 1e4 }] },
  inputs: ({ n = 0 }, rng) => webGraph(n, rng),
  tol: { float64: 1e-6, float32: 1e-3 },
  result: '10 largest eigenvalues, ascending',
};
