/**
 * @stride/sparse — SciPy's `scipy.sparse` for TypeScript: COO/CSR/CSC matrices whose
 * `data`/`indices`/`indptr` are Stride arrays, sparse products and construction, Matrix Market
 * and `.npz` I/O, the `linalg` namespace (direct, iterative and eigen solvers) and the
 * `csgraph` namespace (graph algorithms on sparse adjacency matrices).
 * @packageDocumentation
 */
export { CompressedMatrix, CooMatrix, CscMatrix, CsrMatrix, SparseMatrix, isSparse } from './formats/matrix.js';
export type { SparseFormat } from './formats/matrix.js';
export { cooMatrix, cscMatrix, csrMatrix } from './formats/construct.js';
export type { CompressedArrays, CoordinateArrays, SparseInput, SparseOptions } from './formats/construct.js';
export type { SparseDType } from './formats/util.js';
export { add, maximum, minimum, multiply, scale, subtract } from './formats/elementwise.js';
export type { Operand } from './formats/elementwise.js';
export { countNonzero, diagonal, max, mean, min, sum } from './formats/reduce.js';
export type { AxisOption } from './formats/reduce.js';
export { getCol, getRow, index } from './formats/indexing.js';
export type { Selector } from './formats/indexing.js';
export { diags, eye, identity } from './construct/basic.js';
export { blockDiag, bmat, hstack, kron, vstack } from './construct/stack.js';
export type { Block } from './construct/stack.js';
export { random } from './construct/random.js';
export type { RandomOptions } from './construct/random.js';
export { mmread, mmwrite } from './io/mm.js';
export type { MMField, MMSymmetry, MMWriteOptions } from './io/mm.js';
export { loadNpz, saveNpz } from './io/npz.js';
export type { SaveNpzOptions } from './io/npz.js';
export {
  ArgumentError,
  DTypeError,
  IndexError,
  MatrixMarketError,
  ShapeError,
  StrideError,
  ValueError,
} from './errors.js';
export * as linalg from './linalg/index.js';
export * as csgraph from './csgraph/index.js';
