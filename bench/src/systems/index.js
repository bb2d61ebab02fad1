// The systems a run compares: NumPy/SciPy configurations (Python workers) and JavaScript
// libraries (Node workers, one adapter module each). Column order of the reports follows this list.
// @ts-check
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_PY = fileURLToPath(new URL('../../python/bench.py', import.meta.url));

/**
 * @typedef {object} SystemSpec
 * @property {string} id
 * @property {string} label
 * @property {'python' | 'node'} kind
 * @property {string} [python]       interpreter (python systems)
 * @property {string[]} [pyArgs]     interpreter flags
 * @property {Record<string, string | undefined>} [env]  environment changes (undefined removes)
 * @property {string} [adapter]      adapter module path (node systems)
 * @property {string} describe       one line for the report
 */

const THREAD_VARS = [
  'OPENBLAS_NUM_THREADS',
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  'BLIS_NUM_THREADS',
  'VECLIB_MAXIMUM_THREADS',
];

/** @param {number} n */
const threads = (n) => Object.fromEntries(THREAD_VARS.map((k) => [k, String(n)]));

/** JavaScript systems: adapter files under src/peers (and src/systems for Stride). */
export const NODE_ADAPTERS = [
  ['stride', 'systems/stride.js'],
  ['stride-plain', 'systems/stride-plain.js'],
  ['numpy-ts', 'peers/numpy-ts.js'],
  ['jax', 'peers/jax.js'],
  ['tfjs', 'peers/tfjs.js'],
  ['ml-matrix', 'peers/ml-matrix.js'],
  ['mathjs', 'peers/mathjs.js'],
  ['stdlib', 'peers/stdlib.js'],
  ['ndarray', 'peers/ndarray.js'],
  ['numjs', 'peers/numjs.js'],
  ['fftjs', 'peers/fftjs.js'],
  ['jstat', 'peers/jstat.js'],
  ['js', 'peers/js.js'],
];

/**
 * @param {NodeJS.ProcessEnv} env  the runner's environment
 * @returns {SystemSpec[]}
 */
export function allSystems(env = process.env) {
  const cores = availableParallelism();
  const python = env.STRIDE_BENCH_PYTHON || 'python3';
  const pinned = 'OPENBLAS_CORETYPE' in env || 'OPENBLAS_L2_SIZE' in env;
  /** @type {SystemSpec[]} */
  const out = [
    {
      id: 'numpy',
      label: 'NumPy 1t',
      kind: 'python',
      python,
      pyArgs: [],
      env: threads(1),
      describe: `\`${python}\`, BLAS/OpenMP pinned to 1 thread; the reference every ratio divides by`,
    },
    {
      id: 'numpy-mt',
      label: `NumPy ${cores}t`,
      kind: 'python',
      python,
      pyArgs: [],
      env: threads(cores),
      describe: `same interpreter, ${cores} threads (all cores)`,
    },
  ];
  if (pinned) {
    out.push({
      id: 'numpy-auto',
      label: 'NumPy 1t auto',
      kind: 'python',
      python,
      pyArgs: [],
      env: { ...threads(1), OPENBLAS_CORETYPE: undefined, OPENBLAS_L2_SIZE: undefined },
      describe: 'same, 1 thread, with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset so OpenBLAS detects the CPU',
    });
  }
  out.push({
    id: 'numpy-debian',
    label: 'Debian NumPy 1t',
    kind: 'python',
    python: '/usr/bin/python3',
    pyArgs: ['-s', '-I'],
    env: threads(1),
    describe: "Debian's python3-numpy/python3-scipy (`/usr/bin/python3 -s -I`), 1 thread",
  });
  for (const [id, rel] of NODE_ADAPTERS) {
    out.push({ id: id ?? '', label: id ?? '', kind: 'node', adapter: `${SRC}${rel}`, describe: '' });
  }
  return out;
}

/** @param {string} p */
export const pythonExists = (p) => !p.includes('/') || existsSync(p);
