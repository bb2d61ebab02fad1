/** The direct solvers of `sparse.linalg`: sparse LU, Cholesky and triangular solves. */
export { splu } from './splu.js';
export type { SpluOptions, SuperLU, Trans } from './splu.js';
export { spsolve, factorized } from './spsolve.js';
export type { SpsolveOptions } from './spsolve.js';
export { spsolveTriangular } from './triangular.js';
export type { SpsolveTriangularOptions } from './triangular.js';
export { spcholesky, NotPositiveDefiniteError } from './cholesky.js';
export type { SparseCholesky, SpcholeskyOptions } from './cholesky.js';
export type { PermcSpec } from './ordering.js';
export type { MatrixInput } from './input.js';
