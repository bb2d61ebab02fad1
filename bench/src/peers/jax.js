// jax-js: JAX/NumPy-style arrays compiled to WebAssembly kernels (wasm device), float64 capable.
// Arrays are reference-counted: every call consumes its arguments, hence the `.ref`s.
// @ts-check

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** @param {any} np @param {Input} x */
const arr = (np, x) => np.array(Float64Array.from(x.data)).reshape(x.shape);

/** @param {any} v arrays nested in arrays/objects */
const leaves = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' && 'real' in v ? [v.real, v.imag] : [v]);
/** @param {any} v */
async function ready(v) {
  for (const a of leaves(v)) await a.blockUntilReady();
  return v;
}
/** @param {any} v */
const dispose = (v) => {
  for (const a of leaves(v)) a.dispose();
};
/** @param {any} a */
const values = (a) => a.dataSync();
/** @param {{ real: any, imag: any }} z */
function interleave(z) {
  const re = z.real.dataSync();
  const im = z.imag.dataSync();
  const out = new Float64Array(2 * re.length);
  for (let i = 0; i < re.length; i++) {
    out[2 * i] = re[i];
    out[2 * i + 1] = im[i];
  }
  return out;
}

/** @type {import('../types.js').Adapter} */
export default {
  id: 'jax',
  label: 'jax-js',
  packages: ['@jax-js/jax'],
  precision: 'float64',
  notes:
    'Node 20 lacks Float16Array, which jax-js references: a placeholder class is defined; init() must name "wasm" (no navigator on Node 20)',
  load: async () => {
    // jax-js tests `x instanceof Float16Array` (Node >= 24 has it); an empty class makes that false
    /** @type {any} */ (globalThis).Float16Array ??= class Float16ArrayPlaceholder {};
    const jax = await import('@jax-js/jax');
    const devices = await jax.init('wasm');
    if (!devices.includes('wasm')) throw new Error('wasm device unavailable');
    jax.defaultDevice('wasm');
    return jax;
  },
  info: (jax) => ({ device: jax.defaultDevice() }),
  ops: {
    'ufunc/a*b+c': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: arr(np, a), b: arr(np, b), c: arr(np, c) }),
      run: ({ a, b, c }) => ready(np.add(np.multiply(a.ref, b.ref), c.ref)),
      result: values,
      dispose,
      teardown: dispose,
    }),
    'reduce/sum': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => ready(np.sum(x.ref)),
      result: values,
      dispose,
      teardown: dispose,
    }),
    'sort/sort': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => ready(np.sort(x.ref)),
      result: values,
      dispose,
      teardown: dispose,
    }),
    'ufunc/a+b.T': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => ready(np.add(a.ref, np.transpose(b.ref))),
      result: values,
      dispose,
      teardown: (s) => dispose([s.a, s.b]),
    }),
    'linalg/matmul': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => ready(np.matmul(a.ref, b.ref)),
      result: values,
      dispose,
      teardown: (s) => dispose([s.a, s.b]),
    }),
    'linalg/solve': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => ready(np.linalg.solve(a.ref, b.ref)),
      result: values,
      dispose,
      teardown: (s) => dispose([s.a, s.b]),
    }),
    'linalg/inv': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => ready(np.linalg.inv(a.ref)),
      result: values,
      dispose,
      teardown: dispose,
    }),
    'linalg/eigh': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => ready(np.linalg.eigh(a.ref)),
      result: ([w]) => Float64Array.from(w.dataSync()).sort(),
      dispose,
      teardown: dispose,
    }),
    'linalg/svd': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => ready(np.linalg.svd(a.ref)),
      result: ([, s]) => Float64Array.from(s.dataSync()).sort().reverse(),
      dispose,
      teardown: dispose,
    }),
    'fft/fft': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { x }) => {
        const n = x.data.length / 2;
        const re = new Float64Array(n);
        const im = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          re[i] = x.data[2 * i] ?? 0;
          im[i] = x.data[2 * i + 1] ?? 0;
        }
        return { real: np.array(re), imag: np.array(im) };
      },
      run: (z) => ready(np.fft.fft({ real: z.real.ref, imag: z.imag.ref })),
      result: interleave,
      dispose,
      teardown: dispose,
      note: 'complex arrays as { real, imag } pairs',
    }),
    'fft/rfft': ({ numpy: np }) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => ready(np.fft.rfft(x.ref)),
      result: interleave,
      dispose,
      teardown: dispose,
    }),
    'stats/norm.cdf': (jax) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(jax.numpy, x),
      run: (x) =>
        ready(jax.numpy.multiply(jax.numpy.add(jax.scipySpecial.erf(jax.numpy.multiply(x.ref, Math.SQRT1_2)), 1), 0.5)),
      result: values,
      dispose,
      teardown: dispose,
      note: 'no distributions: 0.5 * (1 + erf(x / sqrt 2))',
    }),
  },
  na: {
    'signal/lfilter': 'no IIR filter',
    'sparse/csr-matvec': 'no sparse arrays',
    'sparse/eigsh': 'no sparse arrays',
  },
};
