// scijs ndarray + ndarray-ops: strided views with cwise-compiled elementwise loops.
// @ts-check
import { createRequire } from 'node:module';

/** @typedef {import('../types.js').Inputs} Inputs */

const require = createRequire(import.meta.url);

/** @type {import('../types.js').Adapter} */
export default {
  id: 'ndarray',
  label: 'ndarray (scijs)',
  packages: ['ndarray', 'ndarray-ops'],
  precision: 'float64',
  load: async () => ({ ndarray: require('ndarray'), ops: require('ndarray-ops') }),
  ops: {
    'ufunc/a*b+c': ({ ndarray, ops }) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: ndarray(a.data), b: ndarray(b.data), c: ndarray(c.data) }),
      run: ({ a, b, c }) => {
        const out = ndarray(new Float64Array(a.size));
        ops.mul(out, a, b);
        ops.addeq(out, c);
        return out;
      },
      result: (r) => r.data,
    }),
    'reduce/sum': ({ ndarray, ops }) => ({
      setup: (/** @type {Inputs} */ { x }) => ndarray(x.data),
      run: (x) => ops.sum(x),
      result: (s) => s,
    }),
    'ufunc/a+b.T': ({ ndarray, ops }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: ndarray(a.data, a.shape), b: ndarray(b.data, b.shape) }),
      run: ({ a, b }) => {
        const out = ndarray(new Float64Array(a.size), a.shape);
        ops.add(out, a, b.transpose(1, 0));
        return out;
      },
      result: (r) => r.data,
    }),
  },
  na: {
    'sort/sort': 'not in ndarray-ops',
    'linalg/matmul': 'not in ndarray-ops',
    'linalg/solve': 'not in ndarray-ops',
    'linalg/inv': 'not in ndarray-ops',
    'linalg/eigh': 'not in ndarray-ops',
    'linalg/svd': 'not in ndarray-ops',
    'fft/fft': 'not in ndarray-ops',
    'fft/rfft': 'not in ndarray-ops',
    'signal/lfilter': 'not in ndarray-ops',
    'stats/norm.cdf': 'not in ndarray-ops',
    'sparse/csr-matvec': 'no sparse matrices',
    'sparse/eigsh': 'no sparse matrices',
  },
};
