/** `connectedComponents`: weakly (union–find) or strongly (Tarjan's algorithm, iterative) connected components. */
import { NDArray, is, signature } from '@stride/ndarray';
import { type Graph, type GraphInput, toGraph } from './graph.js';

/** Options of {@link connectedComponents}. */
export interface ComponentsOptions {
  /** Edges have a direction (default true); false treats the graph as undirected. */
  directed?: boolean;
  /** For directed graphs: `'weak'` (default; edge direction ignored) or `'strong'`. */
  connection?: 'weak' | 'strong';
}

const parse = signature<ComponentsOptions>('connectedComponents', ['directed', 'connection'], {
  directed: is.boolean,
  connection: is.choice('weak', 'strong'),
});

function weak(g: Graph): Int32Array {
  const { n, ptr, adj } = g;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const nx = parent[x]!;
      parent[x] = r;
      x = nx;
    }
    return r;
  };
  for (let i = 0; i < n; i++) {
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const a = find(i);
      const b = find(adj[k]!);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  // labels numbered in order of each component's lowest node
  const labels = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (labels[r] === -1) labels[r] = next++;
    labels[i] = labels[r]!;
  }
  return labels;
}

function strong(g: Graph): Int32Array {
  const { n, ptr, adj } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  const comp = new Int32Array(n).fill(-1);
  let counter = 0;
  let nComp = 0;
  // explicit DFS: call stack of (node, next edge position)
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    let depth = 0;
    callNode[0] = s;
    callEdge[0] = ptr[s]!;
    index[s] = low[s] = counter++;
    stack[sp++] = s;
    onStack[s] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < ptr[v + 1]!) {
        callEdge[depth] = e + 1;
        const u = adj[e]!;
        if (index[u] === -1) {
          index[u] = low[u] = counter++;
          stack[sp++] = u;
          onStack[u] = 1;
          depth++;
          callNode[depth] = u;
          callEdge[depth] = ptr[u]!;
        } else if (onStack[u]) low[v] = Math.min(low[v]!, index[u]!);
        continue;
      }
      if (low[v] === index[v]) {
        let u: number;
        do {
          u = stack[--sp]!;
          onStack[u] = 0;
          comp[u] = nComp;
        } while (u !== v);
        nComp++;
      }
      depth--;
      if (depth >= 0) {
        const p = callNode[depth]!;
        low[p] = Math.min(low[p]!, low[v]!);
      }
    }
  }
  // renumber in order of each component's lowest node
  const map = new Int32Array(nComp).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const c = comp[i]!;
    if (map[c] === -1) map[c] = next++;
    comp[i] = map[c]!;
  }
  return comp;
}

/**
 * The connected components of a graph (SciPy's `csgraph.connected_components`): `{ nComponents,
 * labels }`, `labels[i]` the component of node i. Undirected graphs and `connection: 'weak'` join
 * nodes linked in either direction; `'strong'` needs paths both ways (Tarjan's algorithm).
 * Components are numbered in order of their lowest node (SciPy's numbering for weak components).
 *
 * @example
 * ```ts
 * const g = csrMatrix([[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]]);
 * const { nComponents, labels } = connectedComponents(g);
 * nComponents; // 2
 * labels.toArray(); // [0, 0, 1, 1]
 * connectedComponents(g, { connection: 'strong' }).nComponents; // 3
 * ```
 */
export function connectedComponents(
  csgraph: GraphInput,
  directed?: boolean,
  connection?: 'weak' | 'strong',
  options?: ComponentsOptions,
): { nComponents: number; labels: NDArray };
export function connectedComponents(
  csgraph: GraphInput,
  options?: ComponentsOptions,
): { nComponents: number; labels: NDArray };
export function connectedComponents(csgraph: GraphInput, ...rest: unknown[]): { nComponents: number; labels: NDArray } {
  const { directed = true, connection = 'weak' } = parse(rest);
  const g = toGraph(csgraph, 'connectedComponents');
  const labels = directed && connection === 'strong' ? strong(g) : weak(g);
  let nComponents = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]! + 1 > nComponents) nComponents = labels[i]! + 1;
  return { nComponents, labels: new NDArray('int32', labels, [labels.length]) };
}
