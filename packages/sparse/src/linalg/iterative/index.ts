/** The Krylov solvers of sparse.linalg. */
export { bicgstab } from './bicgstab.js';
export { cg } from './cg.js';
export type { KrylovOptions, SolveResult } from './common.js';
export { gmres } from './gmres.js';
export type { GmresOptions } from './gmres.js';
export { lsmr } from './lsmr.js';
export type { LsmrOptions, LsmrResult } from './lsmr.js';
export { lsqr } from './lsqr.js';
export type { LsqrOptions, LsqrResult } from './lsqr.js';
export { minres } from './minres.js';
export type { MinresOptions } from './minres.js';
