// fft.js: radix-4 FFT for power-of-two sizes, interleaved re/im arrays.
// @ts-check
import { createRequire } from 'node:module';

/** @typedef {import('../types.js').Inputs} Inputs */

const require = createRequire(import.meta.url);

/** @type {import('../types.js').Adapter} */
export default {
  id: 'fftjs',
  label: 'fft.js',
  packages: ['fft.js'],
  precision: 'float64',
  load: async () => require('fft.js'),
  ops: {
    'fft/fft': (FFT) => ({
      setup: (/** @type {Inputs} */ { x }) => ({ f: new FFT(x.data.length / 2), x: x.data }),
      // a fresh output per call, as np.fft.fft allocates one
      run: ({ f, x }) => {
        const out = new Float64Array(x.length);
        f.transform(out, x);
        return out;
      },
      result: (out) => out,
    }),
    'fft/rfft': (FFT) => ({
      setup: (/** @type {Inputs} */ { x }) => ({ f: new FFT(x.data.length), x: x.data }),
      run: ({ f, x }) => {
        const out = new Float64Array(2 * x.length);
        f.realTransform(out, x);
        return out;
      },
      result: (out, { x }) => out.subarray(0, x.length + 2),
      note: 'realTransform (half spectrum)',
    }),
  },
  na: Object.fromEntries(
    [
      'ufunc/a*b+c',
      'reduce/sum',
      'sort/sort',
      'ufunc/a+b.T',
      'linalg/matmul',
      'linalg/solve',
      'linalg/inv',
      'linalg/eigh',
      'linalg/svd',
      'signal/lfilter',
      'stats/norm.cdf',
      'sparse/csr-matvec',
      'sparse/eigsh',
    ]
      .map((op) => [op, 'FFT only'])
      .concat([
        ['fft/fft-prime', 'powers of two only'],
        ['fft/fft2', 'one-dimensional transforms only'],
        ['signal/welch', 'FFT only'],
      ]),
  ),
};
