/**
 * @stride/sparse — SciPy's `scipy.sparse` for TypeScript: COO/CSR/CSC matrices whose
 * `data`/`indices`/`indptr` are Stride arrays, sparse products and construction, Matrix Market
 * and `.npz` I/O, the `linalg` namespace (direct, iterative and eigen solvers) and the
 * `csgraph` namespace (graph algorithms on sparse adjacency matrices).
 * @packageDocumentation
 */
export * as linalg from './linalg/index.js';
export * as csgraph from './csgraph/index.js';
