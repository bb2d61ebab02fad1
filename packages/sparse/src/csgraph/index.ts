/**
 * `sparse.csgraph` — graph algorithms on sparse adjacency matrices (`laplacian`,
 * `connectedComponents`, `shortestPath`, `breadthFirstOrder`).
 * @packageDocumentation
 */
export { connectedComponents } from './components.js';
export type { ComponentsOptions } from './components.js';
export type { GraphInput } from './graph.js';
export { laplacian } from './laplacian.js';
export type { LaplacianOptions } from './laplacian.js';
export { NO_PREDECESSOR, NegativeCycleError, breadthFirstOrder, shortestPath } from './shortest.js';
export type { BreadthFirstOptions, ShortestPathOptions } from './shortest.js';
