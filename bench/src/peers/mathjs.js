// mathjs: general-purpose math with typed-function dispatch over plain arrays and Matrix objects.
// @ts-check

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** @param {Input} x @returns {number[][]} */
function rows(x) {
  const [m = 0, n = 0] = x.shape;
  return Array.from({ length: m }, (_, i) => Array.from(x.data.subarray(i * n, (i + 1) * n)));
}

/** @param {any} m @returns {number[]} */
const flat = (m) => (Array.isArray(m) ? m : m.toArray()).flat();

/** @param {any[]} zs complex values -> interleaved re, im */
function interleave(zs) {
  const out = new Float64Array(2 * zs.length);
  zs.forEach((z, i) => {
    out[2 * i] = typeof z === 'number' ? z : z.re;
    out[2 * i + 1] = typeof z === 'number' ? 0 : z.im;
  });
  return out;
}

/** @type {import('../types.js').Adapter} */
export default {
  id: 'mathjs',
  label: 'mathjs',
  packages: ['mathjs'],
  precision: 'float64',
  load: () => import('mathjs'),
  ops: {
    'ufunc/a*b+c': (m) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({
        a: Array.from(a.data),
        b: Array.from(b.data),
        c: Array.from(c.data),
      }),
      run: ({ a, b, c }) => m.add(m.dotMultiply(a, b), c),
      result: (r) => r,
    }),
    'reduce/sum': (m) => ({
      setup: (/** @type {Inputs} */ { x }) => Array.from(x.data),
      run: (x) => m.sum(x),
      result: (s) => s,
    }),
    'sort/sort': (m) => ({
      setup: (/** @type {Inputs} */ { x }) => Array.from(x.data),
      run: (x) => m.sort(x),
      result: (r) => r,
    }),
    'ufunc/a+b.T': (m) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: m.matrix(rows(a)), b: m.matrix(rows(b)) }),
      run: ({ a, b }) => m.add(a, m.transpose(b)),
      result: flat,
    }),
    'linalg/matmul': (m) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: m.matrix(rows(a)), b: m.matrix(rows(b)) }),
      run: ({ a, b }) => m.multiply(a, b),
      result: flat,
    }),
    'linalg/solve': (m) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: m.matrix(rows(a)), b: Array.from(b.data) }),
      run: ({ a, b }) => m.lusolve(a, b),
      result: flat,
    }),
    'linalg/inv': (m) => ({
      setup: (/** @type {Inputs} */ { a }) => m.matrix(rows(a)),
      run: (a) => m.inv(a),
      result: flat,
    }),
    'linalg/eigh': (m) => ({
      setup: (/** @type {Inputs} */ { a }) => m.matrix(rows(a)),
      run: (a) => m.eigs(a),
      result: (e) => Float64Array.from(flat(e.values)).sort(),
      note: 'eigs() detects the symmetric input (Jacobi)',
    }),
    'fft/fft': (m) => ({
      setup: (/** @type {Inputs} */ { x }) =>
        Array.from({ length: x.data.length / 2 }, (_, i) => m.complex(x.data[2 * i] ?? 0, x.data[2 * i + 1] ?? 0)),
      run: (x) => m.fft(x),
      result: interleave,
    }),
    'fft/rfft': (m) => ({
      setup: (/** @type {Inputs} */ { x }) => Array.from(x.data),
      run: (x) => m.fft(x),
      result: (r, x) => interleave(r.slice(0, x.length / 2 + 1)),
      note: 'no rfft: full complex fft of the real input',
    }),
    'stats/norm.cdf': (m) => ({
      setup: (/** @type {Inputs} */ { x }) => Array.from(x.data),
      run: (x) => m.dotMultiply(0.5, m.add(1, m.erf(m.dotMultiply(x, Math.SQRT1_2)))),
      result: (r) => r,
      note: 'no normal distribution: 0.5 * (1 + erf(x / sqrt 2))',
    }),
    'sparse/csr-matvec': (m) => ({
      setup: (/** @type {Inputs} */ { data, indices, indptr, x }) => {
        const n = indptr.data.length - 1;
        // mathjs stores compressed columns: the CSR arrays of A are the CSC arrays of A^T
        const at = m.SparseMatrix.fromJSON({
          mathjs: 'SparseMatrix',
          values: Array.from(data.data),
          index: Array.from(indices.data),
          ptr: Array.from(indptr.data),
          size: [n, n],
          datatype: 'number',
        });
        return { a: m.transpose(at), x: m.matrix(Array.from(x.data)) };
      },
      run: ({ a, x }) => m.multiply(a, x),
      result: flat,
    }),
  },
  na: {
    'linalg/svd': 'no SVD',
    'signal/lfilter': 'no signal processing',
    'sparse/eigsh': 'no sparse eigensolver',
  },
};
