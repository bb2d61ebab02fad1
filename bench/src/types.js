// Shared JSDoc types of the bench: case definitions, adapters, and the worker protocol.
// @ts-check

/**
 * One input array, as written to a temp file and read back by every system.
 * @typedef {{ data: Float64Array | Int32Array, shape: number[], dtype: 'float64' | 'int32' }} Input
 * @typedef {Record<string, Input>} CaseInputs  what a case generates
 * @typedef {Record<string, number>} Params
 */

/**
 * What an adapter's setup receives: the case's inputs by name (each case uses some of these).
 * @typedef {object} Inputs
 * @property {Input & { data: Float64Array }} a
 * @property {Input & { data: Float64Array }} b
 * @property {Input & { data: Float64Array }} c
 * @property {Input & { data: Float64Array }} x
 * @property {Input & { data: Float64Array }} data
 * @property {Input & { data: Int32Array }} indices
 * @property {Input & { data: Int32Array }} indptr
 */

/**
 * A benchmark case: what is computed, at which sizes, on which inputs, and what the canonical
 * result vector is (every system returns that vector, checked against NumPy's).
 * @typedef {object} CaseDef
 * @property {string} op           key that adapters implement, e.g. 'linalg/matmul'
 * @property {(p: Params) => string} name   display id including the size, e.g. 'linalg/matmul n=256'
 * @property {{ full: Params[], quick: Params[] }} sizes
 * @property {(p: Params, rng: import('./rng.js').Rng) => CaseInputs} inputs
 * @property {(p: Params) => number} [flops]  floating-point operations, for GFLOP/s
 * @property {{ float64: number, float32: number }} tol  max relative 2-norm error vs NumPy
 * @property {string} result       what the canonical result vector holds
 */

/**
 * What an adapter provides for one op. `setup` converts the inputs into the library's own
 * structures (not timed); `run` is the timed call; `result` turns run's output into the canonical
 * vector (not timed); `dispose` frees an output (libraries with manual memory).
 * @typedef {object} OpImpl
 * @property {(inputs: Inputs, params: Params) => unknown} setup
 * @property {(state: any) => unknown} run
 * @property {(out: any, state: any) => ArrayLike<number> | number} result
 * @property {(out: any) => void} [dispose]
 * @property {(state: any) => void} [teardown]
 * @property {string} [note]  shown as a footnote, e.g. how the library computes it
 */

/**
 * A JavaScript system (one worker process each).
 * @typedef {object} Adapter
 * @property {string} id
 * @property {string} label
 * @property {string[]} packages   npm packages whose versions are reported
 * @property {'float64' | 'float32'} precision
 * @property {() => Promise<any>} load   imports the library; throws when it is unusable
 * @property {(lib: any) => Record<string, unknown>} [info]   extra facts (threads, backend)
 * @property {Record<string, (lib: any) => OpImpl>} ops
 * @property {Record<string, string>} [na]   op -> why it is not measured
 * @property {string} [notes]
 */

export {};
