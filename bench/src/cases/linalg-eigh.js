// Symmetric eigendecomposition (eigenvalues and eigenvectors); only eigenvalues are compared,
// since eigenvectors are defined up to sign.
// @ts-check
import { f64 } from './util.js';

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'linalg/eigh',
  name: (p) => `linalg/eigh n=${p.n}`,
  sizes: { full: [{ n: 300 }], quick: [{ n: 16 }] },
  inputs: ({ n = 0 }, rng) => {
    const r = rng.uniform(n * n);
    const s = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) s[i * n + j] = ((r[i * n + j] ?? 0) + (r[j * n + i] ?? 0)) / 2;
    }
    return { a: f64(s, [n, n]) };
  },
  tol: { float64: 1e-10, float32: 1e-4 },
  result: 'eigenvalues, ascending',
};
