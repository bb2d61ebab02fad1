/** The eigensolvers of sparse.linalg. */
export { eigsh } from './eigsh.js';
export type { EigenResult, EigshOptions } from './eigsh.js';
export { eigs } from './eigs.js';
export type { EigsOptions } from './eigs.js';
export { svds } from './svds.js';
export type { SvdsOptions, SvdsResult } from './svds.js';
export { lobpcg } from './lobpcg.js';
export type { LobpcgOptions } from './lobpcg.js';
