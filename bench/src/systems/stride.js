// Stride adapter: imports the @stride/* packages that exist and measures them like any other
// system. A package that cannot be imported yet marks its cases "not yet" instead of failing.
//
// The API used is the contract of the project's API document: NumPy names in camelCase, NDArray
// results exposing the array protocol (Symbol.for('stride.array')), `{ w, v }` / `{ u, s, vh }`
// result objects. When a signature changes, this file is the only place to update.
// @ts-check
import { CALLS } from '../cases/overhead-small.js';
import { DF as T_DF } from '../cases/stats-t-ppf.js';

/** @typedef {import('../types.js').Inputs} Inputs */
/** @typedef {import('../types.js').Input} Input */

/** Packages the adapter tries, and the key their module gets in `lib`. */
export const STRIDE_PACKAGES = /** @type {const} */ ({
  ndarray: '@stride/ndarray',
  linalg: '@stride/linalg',
  signal: '@stride/signal',
  stats: '@stride/stats',
  special: '@stride/special',
  sparse: '@stride/sparse',
  plot: '@stride/plot',
});

/**
 * @typedef {{ [K in keyof typeof STRIDE_PACKAGES]?: any } & { missing: Record<string, string> }} StrideLib
 */

/** @returns {Promise<StrideLib>} */
export async function loadStride() {
  /** @type {StrideLib} */
  const lib = { missing: {} };
  for (const [key, name] of Object.entries(STRIDE_PACKAGES)) {
    try {
      /** @type {any} */ (lib)[key] = await import(name);
    } catch (e) {
      const msg = (e instanceof Error ? e.message.split('\n')[0] : String(e)) ?? '';
      lib.missing[name] = /Cannot find package/.test(msg)
        ? 'is not a devDependency of bench/'
        : /Cannot find module .*\/dist\//.test(msg)
          ? 'is not built (no dist/: pnpm build)'
          : `failed to import: ${msg}`;
    }
  }
  return lib;
}

/**
 * Picks `pkg`'s export `name` or throws a "not yet" error, which the worker reports as that
 * case's status.
 * @param {StrideLib} lib
 * @param {keyof typeof STRIDE_PACKAGES} pkg
 * @param {string} path  dotted export path, e.g. 'fft.rfft'
 */
export function need(lib, pkg, path) {
  const name = STRIDE_PACKAGES[pkg];
  const mod = lib[pkg];
  if (!mod) throw new Error(`not yet: ${name} ${lib.missing[name] ?? 'unavailable'}`);
  /** @type {any} */
  let v = mod;
  for (const part of path.split('.')) v = v?.[part];
  if (typeof v !== 'function') throw new Error(`not yet: ${name} has no export ${path}`);
  return v;
}

const PROTOCOL = Symbol.for('stride.array');

/** @param {number[]} shape  C-order strides, in elements */
const cStrides = (shape) => shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));

/**
 * Bench input as a Stride NDArray the way user code gets one: `asarray` around the case's own
 * typed array through the array protocol (no copy; the storage stays an ordinary ArrayBuffer).
 * The `stride-plain` system.
 * @param {StrideLib} lib
 * @param {Input} x
 * @returns {any}
 */
function wrapPlain(lib, x) {
  const asarray = need(lib, 'ndarray', 'asarray');
  return asarray({
    [PROTOCOL]: () => ({
      version: 1,
      dtype: x.dtype,
      shape: x.shape,
      strides: cStrides(x.shape),
      offset: 0,
      data: x.data,
      readonly: false,
    }),
  });
}

/**
 * Bench input as a Stride NDArray: handed over through the array protocol (so only `asarray`,
 * `copy` and the protocol are assumed, not reshape or a constructor signature), then copied into
 * Stride's own storage, as NumPy's inputs are NumPy-allocated (large arrays then live in the
 * ndarray heap where the SIMD kernels run; a zero-copy view of a foreign buffer would not).
 * @param {StrideLib} lib
 * @param {Input} x
 * @returns {any}
 */
function toStride(lib, x) {
  return need(lib, 'ndarray', 'copy')(wrapPlain(lib, x));
}

/**
 * A complex128 NDArray over interleaved re, im values, also through the protocol.
 * @param {StrideLib} lib
 * @param {Float64Array} interleaved
 * @param {number[]} [shape]  default one axis of all the values
 */
function complexToStride(lib, interleaved, shape = [interleaved.length / 2]) {
  const asarray = need(lib, 'ndarray', 'asarray');
  return asarray({
    [PROTOCOL]: () => ({
      version: 1,
      dtype: 'complex128',
      shape,
      strides: cStrides(shape),
      offset: 0,
      data: interleaved,
      readonly: false,
    }),
  });
}

/**
 * Any Stride result (NDArray, protocol object, number, 0-d array) as flat row-major float64
 * values, complex interleaved. Reads through the protocol descriptor, so views, negative strides
 * and wasm-resident memory all work.
 * @param {any} x
 * @returns {ArrayLike<number>}
 */
export function fromStride(x) {
  if (typeof x === 'number' || typeof x === 'bigint') return [Number(x)];
  const d = typeof x?.[PROTOCOL] === 'function' ? x[PROTOCOL]() : null;
  if (!d) {
    if (typeof x?.item === 'function') return [Number(x.item())];
    throw new Error('result is neither a number nor a protocol object');
  }
  const data = d.data ?? new Float64Array(d.memory.buffer, d.byteOffset, d.length);
  const per = String(d.dtype).startsWith('complex') ? 2 : 1;
  /** @type {number[]} */
  const shape = d.shape;
  /** @type {number[]} */
  const strides = d.strides;
  const size = shape.reduce((p, s) => p * s, 1);
  const out = new Float64Array(size * per);
  const idx = new Array(shape.length).fill(0);
  let off = d.offset ?? 0;
  for (let i = 0; i < size; i++) {
    for (let c = 0; c < per; c++) out[i * per + c] = Number(data[off * per + c]);
    // advance the row-major multi-index and the element offset with it
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      idx[ax]++;
      off += strides[ax] ?? 0;
      if (idx[ax] < (shape[ax] ?? 0)) break;
      off -= (strides[ax] ?? 0) * idx[ax];
      idx[ax] = 0;
    }
  }
  return out;
}

/** @param {any} v frees wasm-backed results where the API offers dispose() */
function dispose(v) {
  if (!v || typeof v !== 'object') return;
  if (typeof v.dispose === 'function') v.dispose();
  else for (const part of Object.values(v)) if (part && typeof part.dispose === 'function') part.dispose();
}

/** @param {any} a */
const sorted = (a) => Float64Array.from(fromStride(a)).sort();

/**
 * The cases, for inputs made by `wrap` (`toStride`: copied into Stride's storage; `wrapPlain`:
 * wrapped as they are) and, with `plain`, run with no tidy and no dispose: code as users write it.
 * @param {(lib: StrideLib, x: Input) => any} wrap
 * @param {boolean} plain
 * @returns {import('../types.js').Adapter['ops']}
 */
function strideOps(wrap, plain) {
  /** @param {any} v */
  const release = plain ? () => {} : dispose;
  /** @param {StrideLib} lib  complex FFT of one axis (the power-of-two and the prime cases) */
  const fftOp = (lib) => {
    const fft = need(lib, 'signal', 'fft.fft');
    return {
      setup: (/** @type {Inputs} */ { x }) => complexToStride(lib, /** @type {Float64Array} */ (x.data)),
      run: (/** @type {any} */ z) => fft(z),
      result: fromStride,
      dispose: release,
    };
  };
  /**
   * A case that calls one export on the case's inputs named by `keys`, each made by `wrap`, in
   * that order.
   * @param {keyof typeof STRIDE_PACKAGES} pkg
   * @param {string} path  dotted export path
   * @param {(keyof Inputs)[]} keys
   * @param {(r: any) => ArrayLike<number>} [result]
   */
  const call =
    (pkg, path, keys, result = fromStride) =>
    (/** @type {StrideLib} */ lib) => {
      const fn = need(lib, pkg, path);
      return {
        setup: (/** @type {Inputs} */ inputs) => keys.map((k) => wrap(lib, inputs[k])),
        run:
          keys.length === 1
            ? (/** @type {any[]} */ x) => fn(x[0])
            : keys.length === 2
              ? (/** @type {any[]} */ x) => fn(x[0], x[1])
              : (/** @type {any[]} */ x) => fn(...x),
        result,
        dispose: release,
      };
    };
  /**
   * Makes sparse matrices (`csrMatrix` or `cscMatrix`) over a case's data/indices/indptr arrays.
   * @param {StrideLib} lib
   * @param {'csrMatrix' | 'cscMatrix'} format
   */
  const sparse = (lib, format) => {
    const make = need(lib, 'sparse', format);
    /** @param {Inputs} inputs  @param {number} [cols]  the other dimension (default: square) */
    return ({ data, indices, indptr }, cols) => {
      const n = indptr.data.length - 1;
      return make({ data: data.data, indices: indices.data, indptr: indptr.data }, { shape: [n, cols ?? n] });
    };
  };
  return {
    'ufunc/a*b+c': (lib) => {
      const add = need(lib, 'ndarray', 'add');
      const multiply = need(lib, 'ndarray', 'multiply');
      // stride: tidy frees the product as soon as the sum is made (as tfjs's tidy does; NumPy
      // frees it by reference counting), so its heap block is reused hot in the next run.
      // stride-plain: no tidy, as users write it.
      const scope = plain ? (/** @type {() => any} */ f) => f() : need(lib, 'ndarray', 'tidy');
      return {
        setup: (/** @type {Inputs} */ { a, b, c }) => ({
          a: wrap(lib, a),
          b: wrap(lib, b),
          c: wrap(lib, c),
        }),
        run: ({ a, b, c }) => scope(() => add(multiply(a, b), c)),
        result: fromStride,
        dispose: release,
      };
    },
    'reduce/sum': call('ndarray', 'sum', ['x']),
    'sort/sort': call('ndarray', 'sort', ['x']),
    'ufunc/a+b.T': (lib) => {
      const add = need(lib, 'ndarray', 'add');
      return {
        setup: (/** @type {Inputs} */ { a, b }) => ({ a: wrap(lib, a), b: wrap(lib, b) }),
        run: ({ a, b }) => add(a, b.T),
        result: fromStride,
        dispose: release,
      };
    },
    'linalg/matmul': call('linalg', 'matmul', ['a', 'b']),
    'linalg/solve': call('linalg', 'solve', ['a', 'b']),
    'linalg/inv': call('linalg', 'inv', ['a']),
    'linalg/eigh': call('linalg', 'eigh', ['a'], (r) => sorted(r.w)),
    'linalg/svd': call('linalg', 'svd', ['a'], (r) => sorted(r.s).reverse()),
    'fft/fft': fftOp,
    'fft/rfft': call('signal', 'fft.rfft', ['x']),
    'fft/fft-prime': fftOp,
    'fft/fft2': (lib) => {
      const fft2 = need(lib, 'signal', 'fft.fft2');
      return {
        setup: (/** @type {Inputs} */ { x }) =>
          complexToStride(lib, /** @type {Float64Array} */ (x.data), x.shape.slice(0, 2)),
        run: (z) => fft2(z),
        result: fromStride,
        dispose: release,
      };
    },
    'signal/welch': call('signal', 'welch', ['x'], (r) => fromStride(r.pxx)),
    'signal/lfilter': call('signal', 'lfilter', ['b', 'a', 'x']),
    'signal/fftconvolve': call('signal', 'fftconvolve', ['x', 'b']),
    'stats/norm.cdf': call('stats', 'norm.cdf', ['x']),
    'stats/mannwhitneyu': call('stats', 'mannwhitneyu', ['a', 'b'], (r) => Float64Array.of(r.statistic, r.pvalue)),
    'stats/t.ppf': (lib) => {
      const ppf = need(lib, 'stats', 't.ppf');
      return {
        setup: (/** @type {Inputs} */ { x }) => wrap(lib, x),
        run: (q) => ppf(q, { df: T_DF }),
        result: fromStride,
        dispose: release,
      };
    },
    'special/gammainc': call('special', 'gammainc', ['a', 'x']),
    'sparse/csr-matvec': (lib) => {
      const csr = sparse(lib, 'csrMatrix');
      return {
        setup: (/** @type {Inputs} */ inputs) => ({ a: csr(inputs), x: wrap(lib, inputs.x) }),
        run: ({ a, x }) => a.dot(x),
        result: fromStride,
        dispose: release,
      };
    },
    'sparse/spgemm': (lib) => {
      const csr = sparse(lib, 'csrMatrix');
      return {
        setup: (/** @type {Inputs} */ inputs) => csr(inputs),
        run: (a) => a.dot(a),
        result: (c) => fromStride(c.sum(1)),
        dispose: release,
      };
    },
    'sparse/eigsh': (lib) => {
      const csr = sparse(lib, 'csrMatrix');
      const eigsh = need(lib, 'sparse', 'linalg.eigsh');
      return {
        setup: (/** @type {Inputs} */ inputs) => csr(inputs),
        run: (a) => eigsh(a, { k: 6, sigma: 0 }),
        result: (r) => sorted(r.w ?? r),
        dispose: release,
      };
    },
    'sparse/eigsh-largest': (lib) => {
      const csr = sparse(lib, 'csrMatrix');
      const eigsh = need(lib, 'sparse', 'linalg.eigsh');
      return {
        setup: (/** @type {Inputs} */ inputs) => csr(inputs),
        run: (a) => eigsh(a, { k: 10, which: 'LA', returnEigenvectors: false }),
        result: (w) => sorted(w),
        dispose: release,
      };
    },
    'sparse/svds': (lib) => {
      const csr = sparse(lib, 'csrMatrix');
      const svds = need(lib, 'sparse', 'linalg.svds');
      return {
        setup: (/** @type {Inputs} */ inputs, /** @type {Record<string, number>} */ p) => csr(inputs, p.n),
        run: (a) => svds(a, { k: 10, returnSingularVectors: false }),
        result: (s) => sorted(s),
        dispose: release,
      };
    },
    'sparse/spsolve': (lib) => {
      const csc = sparse(lib, 'cscMatrix');
      const spsolve = need(lib, 'sparse', 'linalg.spsolve');
      return {
        setup: (/** @type {Inputs} */ inputs) => ({ a: csc(inputs), b: wrap(lib, inputs.b) }),
        run: ({ a, b }) => spsolve(a, b),
        result: fromStride,
        dispose: release,
      };
    },
    'plot/render': (lib) => {
      // the figure is built in setup; a run renders it (toSVG, or toPNG through resvg)
      const subplots = need(lib, 'plot', 'subplots');
      return {
        setup: (/** @type {any} */ inputs, /** @type {{ k?: number }} */ params) => {
          const k = params?.k ?? 0;
          const { fig, ax } = subplots({ width: 640, height: 480 });
          if (k < 2) ax.plot(inputs.x.data, inputs.y.data);
          else ax.scatter(inputs.sx.data, inputs.sy.data);
          return { fig, ax, png: k % 2 === 1 };
        },
        run: ({ fig, png }) => (png ? fig.toPNG({ dpi: 100 }) : fig.toSVG()),
        result: (_out, { ax }) => [...ax.getXlim(), ...ax.getYlim()],
      };
    },
    'overhead/small': (lib) => {
      // CALLS calls per run (see cases/overhead-small.js); arrays this small are never in the heap.
      const add = need(lib, 'ndarray', 'add');
      const zeros = need(lib, 'ndarray', 'zeros');
      const index = need(lib, 'ndarray', 'index');
      const sum = need(lib, 'ndarray', 'sum');
      /** @type {((s: any) => any)[]} */
      const calls = [
        ({ a, b }) => add(a, b),
        ({ a }) => add(a, 2),
        () => zeros(10),
        ({ g }) => index(g, '1:', '::2'),
        ({ a }) => sum(a),
      ];
      return {
        setup: (/** @type {Inputs} */ { a, b, x }, /** @type {{ k?: number }} */ params) => ({
          f: calls[params?.k ?? 0] ?? calls[0],
          a: wrap(lib, a),
          b: wrap(lib, b),
          g: wrap(lib, x),
        }),
        run: (/** @type {any} */ s) => {
          const f = s.f;
          for (let i = 1; i < CALLS; i++) f(s);
          return f(s);
        },
        result: (/** @type {any} */ out) => (typeof out === 'number' ? [out] : fromStride(out)),
        dispose: release,
      };
    },
  };
}

/** @type {import('../types.js').Adapter} */
export default {
  id: 'stride',
  label: 'Stride',
  packages: Object.values(STRIDE_PACKAGES),
  precision: 'float64',
  load: loadStride,
  info: (lib) => ({ missing: lib.missing }),
  ops: strideOps(toStride, false),
};

/**
 * Stride as users write it: inputs wrapped with `asarray` around the case's Float64Arrays (no
 * copy into the heap), no `tidy`, no `dispose`.
 * @type {import('../types.js').Adapter}
 */
export const stridePlain = {
  id: 'stride-plain',
  label: 'Stride plain',
  packages: Object.values(STRIDE_PACKAGES),
  precision: 'float64',
  notes: 'inputs wrapped with asarray (no copy), no tidy, no dispose',
  load: loadStride,
  info: (lib) => ({ missing: lib.missing }),
  ops: strideOps(wrapPlain, true),
};
