/** The eigensolvers of sparse.linalg. */
export { eigsh } from './eigsh.js';
export type { EigenResult, EigshOptions } from './eigsh.js';
