// stdlib-js: strided BLAS-style kernels (@stdlib/blas), ndarray machinery (@stdlib/ndarray) and
// distributions (@stdlib/stats), loaded per routine from the umbrella packages.
// @ts-check
import { createRequire } from 'node:module';
import { DF as T_DF } from '../cases/stats-t-ppf.js';

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

const require = createRequire(import.meta.url);

/** @param {Float64Array} data @param {number[]} shape @param {number[]} strides */
const nd = (data, shape, strides) => ({ dtype: 'float64', data, shape, strides, offset: 0, order: 'row-major' });

/** @type {import('../types.js').Adapter} */
export default {
  id: 'stdlib',
  label: 'stdlib',
  packages: ['@stdlib/blas', '@stdlib/ndarray', '@stdlib/stats'],
  precision: 'float64',
  load: async () => ({
    dgemm: require('@stdlib/blas/base/dgemm'),
    dsum: require('@stdlib/blas/ext/base/dsum'),
    dsort: require('@stdlib/blas/ext/base/dsort'),
    ternary: require('@stdlib/ndarray/base/ternary'),
    binary: require('@stdlib/ndarray/base/binary'),
    normalCdf: require('@stdlib/stats/base/dists/normal/cdf'),
    tQuantile: require('@stdlib/stats/base/dists/t/quantile'),
    gammaCdf: require('@stdlib/stats/base/dists/gamma/cdf'),
  }),
  ops: {
    'ufunc/a*b+c': ({ ternary }) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: a.data, b: b.data, c: c.data }),
      run: ({ a, b, c }) => {
        const n = a.length;
        const out = nd(new Float64Array(n), [n], [1]);
        ternary(
          [nd(a, [n], [1]), nd(b, [n], [1]), nd(c, [n], [1]), out],
          (/** @type {number} */ x, /** @type {number} */ y, /** @type {number} */ z) => x * y + z,
        );
        return out.data;
      },
      result: (r) => r,
      note: 'ndarray/base/ternary with a callback',
    }),
    'reduce/sum': ({ dsum }) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => dsum(x.length, x, 1),
      result: (s) => s,
    }),
    'sort/sort': ({ dsort }) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => {
        const y = x.slice();
        dsort(y.length, 1, y, 1);
        return y;
      },
      result: (r) => r,
    }),
    'ufunc/a+b.T': ({ binary }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: a.data, b: b.data, n: a.shape[0] }),
      run: ({ a, b, n }) => {
        const out = nd(new Float64Array(n * n), [n, n], [n, 1]);
        // b.T as a strided view: swapped strides, no copy
        binary(
          [nd(a, [n, n], [n, 1]), nd(b, [n, n], [1, n]), out],
          (/** @type {number} */ x, /** @type {number} */ y) => x + y,
        );
        return out.data;
      },
      result: (r) => r,
      note: 'ndarray/base/binary over a transposed view',
    }),
    'linalg/matmul': ({ dgemm }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: a.data, b: b.data, n: a.shape[0] }),
      run: ({ a, b, n }) => {
        const c = new Float64Array(n * n);
        dgemm('row-major', 'no-transpose', 'no-transpose', n, n, n, 1, a, n, b, n, 0, c, n);
        return c;
      },
      result: (r) => r,
      note: 'blas/base/dgemm (JavaScript)',
    }),
    'stats/norm.cdf': ({ normalCdf }) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (x) => {
        const y = new Float64Array(x.length);
        for (let i = 0; i < x.length; i++) y[i] = normalCdf(x[i], 0, 1);
        return y;
      },
      result: (r) => r,
      note: 'stats/base/dists/normal/cdf in a loop',
    }),
    'stats/t.ppf': ({ tQuantile }) => ({
      setup: (/** @type {Inputs} */ { x }) => x.data,
      run: (q) => {
        const y = new Float64Array(q.length);
        for (let i = 0; i < q.length; i++) y[i] = tQuantile(q[i], T_DF);
        return y;
      },
      result: (r) => r,
      note: 'stats/base/dists/t/quantile in a loop',
    }),
    'special/gammainc': ({ gammaCdf }) => ({
      setup: (/** @type {Inputs} */ { a, x }) => ({ a: a.data, x: x.data }),
      run: ({ a, x }) => {
        const y = new Float64Array(a.length);
        // P(a, x) is the CDF at x of the gamma law with shape a and rate 1
        for (let i = 0; i < a.length; i++) y[i] = gammaCdf(x[i], a[i], 1);
        return y;
      },
      result: (r) => r,
      note: 'stats/base/dists/gamma/cdf in a loop',
    }),
  },
  na: {
    'linalg/solve': 'no LAPACK routines in @stdlib/blas, /ndarray, /stats',
    'linalg/inv': 'no LAPACK routines in @stdlib/blas, /ndarray, /stats',
    'linalg/eigh': 'no LAPACK routines in @stdlib/blas, /ndarray, /stats',
    'linalg/svd': 'no LAPACK routines in @stdlib/blas, /ndarray, /stats',
    'fft/fft': 'no FFT in @stdlib/blas, /ndarray, /stats',
    'fft/rfft': 'no FFT in @stdlib/blas, /ndarray, /stats',
    'signal/lfilter': 'no IIR filter',
    'sparse/csr-matvec': 'no sparse matrices',
    'sparse/eigsh': 'no sparse matrices',
  },
};
