/**
 * `sparse.linalg` — solvers for sparse matrices and linear operators: direct (`spsolve`, `splu`,
 * `factorized`), iterative (`cg`, `gmres`, `bicgstab`, `minres`, `lsqr`, `lsmr`) and eigen
 * (`eigsh`, `eigs`, `svds`, `lobpcg`).
 * @packageDocumentation
 */
export { LinearOperator, aslinearoperator } from './operator.js';
export type {
  LinearOperatorOptions,
  MatmatFunction,
  MatvecFunction,
  OperatorDType,
  OperatorInput,
} from './operator.js';
export * from './iterative/index.js';
export { ArpackError, ArpackNoConvergence } from './errors.js';
export * from './direct/index.js';
export * from './eigen/index.js';
export { norm } from './norm.js';
export type { NormOrder } from './norm.js';
