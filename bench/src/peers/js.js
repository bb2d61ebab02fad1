// Plain JavaScript baseline: the straightforward typed-array loops anyone would write, no library.
// It is the floor a library has to beat to be worth importing.
// @ts-check

/** @typedef {import('../types.js').Inputs} Inputs */

/** @type {import('../types.js').Adapter} */
export default {
  id: 'js',
  label: 'plain JS',
  packages: [],
  precision: 'float64',
  notes: 'hand-written typed-array loops, no library',
  load: async () => ({}),
  ops: {
    'ufunc/a*b+c': () => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: a.data, b: b.data, c: c.data }),
      run: ({ a, b, c }) => {
        const n = a.length;
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = a[i] * b[i] + c[i];
        return out;
      },
      result: (out) => out,
    }),
    'reduce/sum': () => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => {
        let s = 0;
        for (let i = 0; i < x.length; i++) s += x[i];
        return s;
      },
      result: (s) => s,
    }),
    'sort/sort': () => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => x.slice().sort(),
      result: (out) => out,
      note: 'Float64Array.prototype.sort on a copy',
    }),
    'ufunc/a+b.T': () => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: a.data, b: b.data, n: a.shape[0] }),
      run: ({ a, b, n }) => {
        const out = new Float64Array(n * n);
        for (let i = 0; i < n; i++) {
          const r = i * n;
          for (let j = 0; j < n; j++) out[r + j] = a[r + j] + b[j * n + i];
        }
        return out;
      },
      result: (out) => out,
    }),
    'linalg/matmul': () => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: a.data, b: b.data, n: a.shape[0] }),
      // i-k-j order: the inner loop streams rows of B and C
      run: ({ a, b, n }) => {
        const c = new Float64Array(n * n);
        for (let i = 0; i < n; i++) {
          const ci = i * n;
          for (let k = 0; k < n; k++) {
            const aik = a[ci + k];
            const bk = k * n;
            for (let j = 0; j < n; j++) c[ci + j] = /** @type {number} */ (c[ci + j]) + aik * b[bk + j];
          }
        }
        return c;
      },
      result: (out) => out,
      note: 'naive i-k-j triple loop',
    }),
    'signal/lfilter': () => ({
      setup: (/** @type {Inputs} */ { b, a, x }) => ({ b: b.data, a: a.data, x: x.data }),
      // direct form II transposed, order 4, a[0] == 1
      run: ({ b, a, x }) => {
        const n = x.length;
        const y = new Float64Array(n);
        const [b0, b1, b2, b3, b4] = b;
        const [, a1, a2, a3, a4] = a;
        let z0 = 0;
        let z1 = 0;
        let z2 = 0;
        let z3 = 0;
        for (let i = 0; i < n; i++) {
          const xi = x[i];
          const yi = b0 * xi + z0;
          z0 = b1 * xi - a1 * yi + z1;
          z1 = b2 * xi - a2 * yi + z2;
          z2 = b3 * xi - a3 * yi + z3;
          z3 = b4 * xi - a4 * yi;
          y[i] = yi;
        }
        return y;
      },
      result: (out) => out,
      note: 'direct form II transposed, unrolled for order 4',
    }),
    'sparse/csr-matvec': () => ({
      setup: (/** @type {Inputs} */ { data, indices, indptr, x }) => ({
        data: data.data,
        indices: indices.data,
        indptr: indptr.data,
        x: x.data,
      }),
      run: ({ data, indices, indptr, x }) => {
        const n = indptr.length - 1;
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = indptr[i]; k < indptr[i + 1]; k++) s += data[k] * x[indices[k]];
          y[i] = s;
        }
        return y;
      },
      result: (out) => out,
    }),
  },
  na: {
    'linalg/solve': 'baseline covers simple loops only',
    'linalg/inv': 'baseline covers simple loops only',
    'linalg/eigh': 'baseline covers simple loops only',
    'linalg/svd': 'baseline covers simple loops only',
    'fft/fft': 'baseline covers simple loops only',
    'fft/rfft': 'baseline covers simple loops only',
    'stats/norm.cdf': 'no erf in JavaScript Math',
    'sparse/eigsh': 'baseline covers simple loops only',
  },
};
