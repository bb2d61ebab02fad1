/**
 * `sparse.linalg` — solvers for sparse matrices and linear operators: direct (`spsolve`, `splu`,
 * `factorized`), iterative (`cg`, `gmres`, `bicgstab`, `minres`, `lsqr`, `lsmr`) and eigen
 * (`eigsh`, `eigs`, `svds`, `lobpcg`).
 * @packageDocumentation
 */
export {};
export * from './direct/index.js';
