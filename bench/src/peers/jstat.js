// jStat: statistics with a small matrix toolkit over nested arrays.
// @ts-check
import { createRequire } from 'node:module';
import { DF as T_DF } from '../cases/stats-t-ppf.js';

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

const require = createRequire(import.meta.url);

/** @param {Input} x @returns {number[][]} */
function rows(x) {
  const [m = 0, n = 0] = x.shape;
  return Array.from({ length: m }, (_, i) => Array.from(x.data.subarray(i * n, (i + 1) * n)));
}

/** @type {import('../types.js').Adapter} */
export default {
  id: 'jstat',
  label: 'jStat',
  packages: ['jstat'],
  precision: 'float64',
  load: async () => require('jstat').jStat,
  ops: {
    'reduce/sum': (jStat) => ({
      setup: (/** @type {Inputs} */ { x }) => Array.from(x.data),
      run: (x) => jStat.sum(x),
      result: (s) => s,
    }),
    'linalg/matmul': (jStat) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: rows(a), b: rows(b) }),
      run: ({ a, b }) => jStat.multiply(a, b),
      result: (r) => r.flat(),
    }),
    'linalg/solve': (jStat) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: rows(a), b: Array.from(b.data, (v) => [v]) }),
      run: ({ a, b }) => jStat.gauss_elimination(a, b),
      result: (r) => r.flat(),
      note: 'gauss_elimination',
    }),
    'linalg/inv': (jStat) => ({
      setup: (/** @type {Inputs} */ { a }) => rows(a),
      run: (a) => jStat.inv(a),
      result: (r) => r.flat(),
    }),
    'linalg/eigh': (jStat) => ({
      setup: (/** @type {Inputs} */ { a }) => rows(a),
      run: (a) => jStat.jacobi(a),
      result: (r) => Float64Array.from(r[1]).sort(),
      note: 'jacobi',
    }),
    'stats/norm.cdf': (jStat) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => {
        const y = new Float64Array(x.length);
        for (let i = 0; i < x.length; i++) y[i] = jStat.normal.cdf(x[i], 0, 1);
        return y;
      },
      result: (r) => r,
      note: 'normal.cdf in a loop',
    }),
    'stats/t.ppf': (jStat) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (q) => {
        const y = new Float64Array(q.length);
        for (let i = 0; i < q.length; i++) y[i] = jStat.studentt.inv(q[i], T_DF);
        return y;
      },
      result: (r) => r,
      note: 'studentt.inv in a loop',
    }),
    'special/gammainc': (jStat) => ({
      setup: (/** @type {Inputs} */ { a, x }) => ({ a: a.data, x: x.data }),
      run: ({ a, x }) => {
        const y = new Float64Array(a.length);
        for (let i = 0; i < a.length; i++) y[i] = jStat.lowRegGamma(a[i], x[i]);
        return y;
      },
      result: (r) => r,
      note: 'lowRegGamma in a loop',
    }),
  },
  na: {
    'ufunc/a*b+c': 'no elementwise array arithmetic',
    'sort/sort': 'no sort',
    'ufunc/a+b.T': 'no elementwise array arithmetic',
    'linalg/svd': 'no SVD',
    'fft/fft': 'no FFT',
    'fft/rfft': 'no FFT',
    'signal/lfilter': 'no IIR filter',
    'sparse/csr-matvec': 'no sparse matrices',
    'sparse/eigsh': 'no sparse matrices',
  },
};
