/**
 * `sparse.csgraph` — graph algorithms on sparse adjacency matrices (`laplacian`,
 * `connectedComponents`, `shortestPath`).
 * @packageDocumentation
 */
export {};
