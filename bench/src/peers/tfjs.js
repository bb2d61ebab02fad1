// TensorFlow.js core with the WebAssembly backend (XNNPACK kernels). float32 only.
// @ts-check

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** @param {any} tf @param {Input} x */
const t32 = (tf, x) => tf.tensor(Float32Array.from(x.data), x.shape, 'float32');
/** @param {any} t */
const dispose = (t) => t.dispose();
/** @param {any} t */
const values = (t) => t.dataSync();

/** @type {import('../types.js').Adapter} */
export default {
  id: 'tfjs',
  label: 'tfjs-wasm f32',
  packages: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm'],
  precision: 'float32',
  notes: 'no float64 dtype: inputs are rounded to float32 and checked with float32 tolerances',
  load: async () => {
    const tf = await import('@tensorflow/tfjs-core');
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend failed to initialise');
    await tf.ready();
    return { tf, wasm };
  },
  info: ({ tf, wasm }) => ({
    backend: tf.getBackend(),
    threads: wasm.getThreadsCount?.(),
    simd: tf.env().getBool('WASM_HAS_SIMD_SUPPORT'),
    multithread: tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT'),
  }),
  ops: {
    'ufunc/a*b+c': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: t32(tf, a), b: t32(tf, b), c: t32(tf, c) }),
      run: ({ a, b, c }) => tf.tidy(() => tf.add(tf.mul(a, b), c)),
      result: values,
      dispose,
    }),
    'reduce/sum': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { x }) => t32(tf, x),
      run: (x) => tf.sum(x),
      result: values,
      dispose,
    }),
    'sort/sort': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { x }) => t32(tf, x),
      run: (x) => tf.topk(x, x.size, true),
      result: (r) => Float64Array.from(r.values.dataSync()).reverse(),
      dispose: (r) => {
        r.values.dispose();
        r.indices.dispose();
      },
      note: 'no sort op: topk(x, n), descending',
    }),
    'ufunc/a+b.T': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: t32(tf, a), b: t32(tf, b) }),
      run: ({ a, b }) => tf.tidy(() => tf.add(a, tf.transpose(b))),
      result: values,
      dispose,
    }),
    'linalg/matmul': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: t32(tf, a), b: t32(tf, b) }),
      run: ({ a, b }) => tf.matMul(a, b),
      result: values,
      dispose,
    }),
    'stats/norm.cdf': ({ tf }) => ({
      setup: (/** @type {Inputs} */ { x }) => t32(tf, x),
      run: (x) => tf.tidy(() => tf.mul(0.5, tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))))),
      result: values,
      dispose,
      note: 'no distributions: 0.5 * (1 + erf(x / sqrt 2))',
    }),
  },
  na: {
    'linalg/solve': 'no linear algebra beyond matMul',
    'linalg/inv': 'no linear algebra beyond matMul',
    'linalg/eigh': 'no linear algebra beyond matMul',
    'linalg/svd': 'no linear algebra beyond matMul',
    'fft/fft': 'the wasm backend has no Complex/FFT kernels',
    'fft/rfft': 'the wasm backend has no Complex/FFT kernels',
    'signal/lfilter': 'no IIR filter',
    'sparse/csr-matvec': 'no sparse matmul',
    'sparse/eigsh': 'no sparse eigensolver',
  },
};
