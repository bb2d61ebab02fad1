// ml-matrix: dense matrices (one Float64Array per row) with JAMA-derived decompositions.
// @ts-check

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** @param {any} M @param {Input} x */
const mat = (M, x) => M.from1DArray(x.shape[0], x.shape[1] ?? x.data.length / (x.shape[0] ?? 1), x.data);
/** @param {any} M @param {Input} x */
const row = (M, x) => M.from1DArray(1, x.data.length, x.data);

/** @type {import('../types.js').Adapter} */
export default {
  id: 'ml-matrix',
  label: 'ml-matrix',
  packages: ['ml-matrix'],
  precision: 'float64',
  load: () => import('ml-matrix'),
  ops: {
    'ufunc/a*b+c': ({ Matrix }) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: row(Matrix, a), b: row(Matrix, b), c: row(Matrix, c) }),
      // mul/add work in place, so the copy is part of a*b+c
      run: ({ a, b, c }) => a.clone().mul(b).add(c),
      result: (m) => m.to1DArray(),
    }),
    'reduce/sum': ({ Matrix }) => ({
      setup: (/** @type {Inputs} */ { x }) => row(Matrix, x),
      run: (m) => m.sum(),
      result: (s) => s,
    }),
    'ufunc/a+b.T': ({ Matrix }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: mat(Matrix, a), b: mat(Matrix, b) }),
      run: ({ a, b }) => a.clone().add(b.transpose()),
      result: (m) => m.to1DArray(),
    }),
    'linalg/matmul': ({ Matrix }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: mat(Matrix, a), b: mat(Matrix, b) }),
      run: ({ a, b }) => a.mmul(b),
      result: (m) => m.to1DArray(),
    }),
    'linalg/solve': ({ Matrix, solve }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: mat(Matrix, a), b: Matrix.columnVector(Array.from(b.data)) }),
      run: ({ a, b }) => solve(a, b),
      result: (m) => m.to1DArray(),
    }),
    'linalg/inv': ({ Matrix, inverse }) => ({
      setup: (/** @type {Inputs} */ { a }) => mat(Matrix, a),
      run: (a) => inverse(a),
      result: (m) => m.to1DArray(),
    }),
    'linalg/eigh': ({ Matrix, EigenvalueDecomposition }) => ({
      setup: (/** @type {Inputs} */ { a }) => mat(Matrix, a),
      run: (a) => new EigenvalueDecomposition(a, { assumeSymmetric: true }),
      result: (e) => Float64Array.from(e.realEigenvalues).sort(),
    }),
    'linalg/svd': ({ Matrix, SingularValueDecomposition }) => ({
      setup: (/** @type {Inputs} */ { a }) => mat(Matrix, a),
      run: (a) =>
        new SingularValueDecomposition(a, { computeLeftSingularVectors: true, computeRightSingularVectors: true }),
      result: (d) => Float64Array.from(d.diagonal).sort().reverse(),
    }),
  },
  na: {
    'sort/sort': 'no sort routine',
    'fft/fft': 'no FFT',
    'fft/rfft': 'no FFT',
    'signal/lfilter': 'no signal processing',
    'stats/norm.cdf': 'no distributions',
    'sparse/csr-matvec': 'no sparse matrices',
    'sparse/eigsh': 'no sparse matrices',
  },
};
