// numjs: NumPy-like API over scijs ndarray (cwise loops, ndarray-gemm, ndarray-fft).
// @ts-check
import { createRequire } from 'node:module';

/** @typedef {import('../types.js').Inputs} Inputs */

const require = createRequire(import.meta.url);
/** @type {any} */
const Module = require('node:module');

/**
 * numjs' index requires its image module, which requires `sharp`, whose native binary is
 * downloaded at install time (not possible offline) and which no case uses: a stub stands in.
 */
function loadNumjs() {
  const fromNumjs = createRequire(require.resolve('numjs'));
  try {
    fromNumjs('sharp');
  } catch {
    const path = fromNumjs.resolve('sharp');
    const stub = new Module(path);
    stub.exports = () => {
      throw new Error('sharp is not available in the bench');
    };
    stub.loaded = true;
    require.cache[path] = stub;
  }
  return require('numjs');
}

/** @param {any} r numjs NdArray -> flat row-major values */
const flat = (r) => r.flatten().selection.data;

/** @type {import('../types.js').Adapter} */
export default {
  id: 'numjs',
  label: 'numjs',
  packages: ['numjs'],
  precision: 'float64',
  notes: "its image module's `sharp` dependency needs a downloaded native binary; stubbed (unused)",
  load: async () => loadNumjs(),
  ops: {
    'ufunc/a*b+c': (nj) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({
        a: new nj.NdArray(a.data, a.shape),
        b: new nj.NdArray(b.data, b.shape),
        c: new nj.NdArray(c.data, c.shape),
      }),
      run: ({ a, b, c }) => nj.add(nj.multiply(a, b), c),
      result: flat,
    }),
    'reduce/sum': (nj) => ({
      setup: (/** @type {Inputs} */ { x }) => new nj.NdArray(x.data, x.shape),
      run: (x) => nj.sum(x),
      result: (s) => s,
    }),
    'ufunc/a+b.T': (nj) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({
        a: new nj.NdArray(a.data, a.shape),
        b: new nj.NdArray(b.data, b.shape),
      }),
      run: ({ a, b }) => nj.add(a, b.T),
      result: flat,
    }),
    'linalg/matmul': (nj) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({
        a: new nj.NdArray(a.data, a.shape),
        b: new nj.NdArray(b.data, b.shape),
      }),
      run: ({ a, b }) => nj.dot(a, b),
      result: flat,
    }),
    'fft/fft': (nj) => ({
      setup: (/** @type {Inputs} */ { x }) => new nj.NdArray(x.data, x.shape),
      run: (x) => nj.fft(x),
      result: flat,
    }),
    'fft/rfft': (nj) => ({
      setup: (/** @type {Inputs} */ { x }) => {
        const n = x.data.length;
        const z = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) z[2 * i] = x.data[i] ?? 0;
        return new nj.NdArray(z, [n, 2]);
      },
      run: (x) => nj.fft(x),
      result: (r) => flat(r).subarray(0, r.shape[0] + 2),
      note: 'no rfft: complex fft of the zero-padded-imaginary input',
    }),
  },
  na: {
    'sort/sort': 'no sort',
    'linalg/solve': 'no linear algebra beyond dot',
    'linalg/inv': 'no linear algebra beyond dot',
    'linalg/eigh': 'no linear algebra beyond dot',
    'linalg/svd': 'no linear algebra beyond dot',
    'signal/lfilter': 'no IIR filter',
    'stats/norm.cdf': 'no distributions or erf',
    'sparse/csr-matvec': 'no sparse matrices',
    'sparse/eigsh': 'no sparse matrices',
  },
};
