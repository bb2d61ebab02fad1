// numpy-ts: a NumPy port in TypeScript (NumPy names and semantics, wasm-backed storage).
// @ts-check
import { CALLS } from '../cases/overhead-small.js';

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** @param {any} np @param {Input} x */
const arr = (np, x) => np.array(Float64Array.from(x.data)).reshape(...x.shape);

/** @param {any} np */
const values = (np) => (/** @type {any} */ a) => {
  const c = np.ascontiguousarray(a);
  return c.data.subarray(0, c.size * (String(c.dtype).startsWith('complex') ? 2 : 1));
};

/** @param {any} r an array, or a result object of arrays: freed now rather than by a finalizer */
const dispose = (r) => {
  if (typeof r?.dispose === 'function') r.dispose();
  else if (r && typeof r === 'object') for (const v of Object.values(r)) v?.dispose?.();
};

/** @type {import('../types.js').Adapter} */
export default {
  id: 'numpy-ts',
  label: 'numpy-ts',
  packages: ['numpy-ts'],
  precision: 'float64',
  notes: 'configureWasm({ maxMemory: 1 GiB }): its fixed 256 MiB default heap cannot hold the 1e7-element cases',
  load: async () => {
    const np = await import('numpy-ts');
    np.configureWasm({ maxMemory: 2 ** 30 });
    return np;
  },
  ops: {
    'ufunc/a*b+c': (np) => ({
      setup: (/** @type {Inputs} */ { a, b, c }) => ({ a: arr(np, a), b: arr(np, b), c: arr(np, c) }),
      run: ({ a, b, c }) => np.add(np.multiply(a, b), c),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'reduce/sum': (np) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => np.sum(x),
      result: (s) => Number(s),
      dispose,
      teardown: dispose,
    }),
    'sort/sort': (np) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => np.sort(x),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'ufunc/a+b.T': (np) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => np.add(a, b.T),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'linalg/matmul': (np) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => np.matmul(a, b),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'linalg/solve': (np) => ({
      setup: (/** @type {Inputs} */ { a, b }) => ({ a: arr(np, a), b: arr(np, b) }),
      run: ({ a, b }) => np.linalg.solve(a, b),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'linalg/inv': (np) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => np.linalg.inv(a),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'linalg/eigh': (np) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => np.linalg.eigh(a),
      result: (r) => Float64Array.from(values(np)(r.w)).sort(),
      dispose,
      teardown: dispose,
    }),
    'linalg/svd': (np) => ({
      setup: (/** @type {Inputs} */ { a }) => arr(np, a),
      run: (a) => np.linalg.svd(a),
      result: (r) => Float64Array.from(values(np)(r.s)).sort().reverse(),
      dispose,
      teardown: dispose,
    }),
    'fft/fft': (np) => ({
      setup: (/** @type {Inputs} */ { x }) => {
        // frombuffer(..., 'complex128') miscounts elements in 1.7.0; fill a complex array instead
        const z = np.zeros([x.data.length / 2], 'complex128');
        z.data.set(x.data);
        return z;
      },
      run: (z) => np.fft.fft(z),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'fft/rfft': (np) => ({
      setup: (/** @type {Inputs} */ { x }) => arr(np, x),
      run: (x) => np.fft.rfft(x),
      result: values(np),
      dispose,
      teardown: dispose,
    }),
    'overhead/small': (np) => ({
      // CALLS calls per run (see cases/overhead-small.js); each result but the last is disposed.
      setup: (/** @type {Inputs} */ { a, b, x }, /** @type {{ k?: number }} */ params) => {
        /** @type {((s: any) => any)[]} */
        const calls = [
          (s) => np.add(s.a, s.b),
          (s) => np.add(s.a, 2),
          () => np.zeros([10]),
          (s) => s.g.slice('1:', '::2'),
          (s) => np.sum(s.a),
        ];
        return { f: calls[params?.k ?? 0] ?? calls[0], a: arr(np, a), b: arr(np, b), g: arr(np, x) };
      },
      run: (/** @type {any} */ s) => {
        const f = s.f;
        for (let i = 1; i < CALLS; i++) dispose(f(s));
        return f(s);
      },
      result: (/** @type {any} */ out) => (typeof out === 'object' ? values(np)(out) : [Number(out)]),
      dispose,
      teardown: (/** @type {any} */ s) => dispose({ a: s.a, b: s.b, g: s.g }),
    }),
  },
  na: {
    'signal/lfilter': 'no scipy.signal counterpart',
    'stats/norm.cdf': 'no erf or distributions',
    'sparse/csr-matvec': 'no sparse arrays',
    'sparse/eigsh': 'no sparse arrays',
  },
};
