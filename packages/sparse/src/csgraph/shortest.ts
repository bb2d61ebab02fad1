/** Shortest paths (Dijkstra with a binary heap, Bellman–Ford, Floyd–Warshall, BFS) and breadth-first order. */
import {
  type ArrayInput,
  IndexError,
  NDArray,
  ValueError,
  argumentError,
  asarray,
  is,
  signature,
} from '@stride/ndarray';
import { type Graph, type GraphInput, reverse, toGraph } from './graph.js';

/**
 * A negative cycle makes shortest paths undefined (SciPy's `NegativeCycleError`).
 *
 * @example
 * ```ts
 * try { shortestPath([[0, -1], [-1, 0]], { method: 'BF', directed: false }); } catch (e) { e instanceof NegativeCycleError; } // true
 * ```
 */
export class NegativeCycleError extends ValueError {
  constructor(message: string) {
    super(message);
    this.name = 'NegativeCycleError';
  }
}

/** Marks "no predecessor" in `predecessors`, as SciPy. */
export const NO_PREDECESSOR = -9999;

/** Options of {@link shortestPath}. */
export interface ShortestPathOptions {
  /** `'auto'` (default: BFS when unweighted, Bellman–Ford with negative weights, else Dijkstra), `'D'`, `'BF'`, `'FW'`. */
  method?: 'auto' | 'D' | 'BF' | 'FW';
  /** Edges have a direction (default true); false lets each edge be walked both ways. */
  directed?: boolean;
  /** Also return the predecessor of each node on its shortest path (`-9999` for none). */
  returnPredecessors?: boolean;
  /** Count edges instead of summing weights (breadth-first search). */
  unweighted?: boolean;
  /** Accepted for SciPy compatibility; the input is never modified. */
  overwrite?: boolean;
  /** Source node(s); default every node. A single integer gives a 1-D result. */
  indices?: number | number[] | null;
}

const parse = signature<ShortestPathOptions>(
  'shortestPath',
  ['method', 'directed', 'returnPredecessors', 'unweighted', 'overwrite', 'indices'],
  {
    method: is.choice('auto', 'D', 'BF', 'FW'),
    directed: is.boolean,
    returnPredecessors: is.boolean,
    unweighted: is.boolean,
    overwrite: is.boolean,
    indices: is.nullable(is.or(is.int, is.arrayOf(is.int))),
  },
);

/** Both directions of every edge (for undirected searches). */
function undirected(g: Graph): Graph {
  const r = reverse(g);
  const { n } = g;
  const ptr = new Int32Array(n + 1);
  const nnz = g.ptr[n]! + r.ptr[n]!;
  const adj = new Int32Array(nnz);
  const w = new Float64Array(nnz);
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let k = g.ptr[i]!; k < g.ptr[i + 1]!; k++, p++) {
      adj[p] = g.adj[k]!;
      w[p] = g.w[k]!;
    }
    for (let k = r.ptr[i]!; k < r.ptr[i + 1]!; k++, p++) {
      adj[p] = r.adj[k]!;
      w[p] = r.w[k]!;
    }
    ptr[i + 1] = p;
  }
  return { n, ptr, adj, w };
}

/** Dijkstra from `s` with an indexed binary heap (decrease-key); writes dist and pred rows. */
function dijkstra(g: Graph, s: number, dist: Float64Array, pred: Int32Array, heap: Int32Array, pos: Int32Array): void {
  const { ptr, adj, w } = g;
  dist.fill(Number.POSITIVE_INFINITY);
  pred.fill(NO_PREDECESSOR);
  pos.fill(-1);
  let size = 0;
  const up = (i: number): void => {
    const v = heap[i]!;
    const d = dist[v]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const u = heap[p]!;
      if (dist[u]! <= d) break;
      heap[i] = u;
      pos[u] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  };
  const down = (i: number): void => {
    const v = heap[i]!;
    const d = dist[v]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && dist[heap[c + 1]!]! < dist[heap[c]!]!) c++;
      const u = heap[c]!;
      if (dist[u]! >= d) break;
      heap[i] = u;
      pos[u] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  };
  dist[s] = 0;
  heap[size++] = s;
  pos[s] = 0;
  while (size > 0) {
    const v = heap[0]!;
    pos[v] = -2; // settled
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      down(0);
    }
    const dv = dist[v]!;
    for (let k = ptr[v]!; k < ptr[v + 1]!; k++) {
      const u = adj[k]!;
      if (pos[u] === -2) continue;
      const nd = dv + w[k]!;
      if (nd < dist[u]!) {
        dist[u] = nd;
        pred[u] = v;
        if (pos[u] === -1) {
          heap[size] = u;
          pos[u] = size;
          size++;
        }
        up(pos[u]!);
      }
    }
  }
}

function bfs(g: Graph, s: number, dist: Float64Array, pred: Int32Array, queue: Int32Array): void {
  const { ptr, adj } = g;
  dist.fill(Number.POSITIVE_INFINITY);
  pred.fill(NO_PREDECESSOR);
  dist[s] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = ptr[v]!; k < ptr[v + 1]!; k++) {
      const u = adj[k]!;
      if (dist[u] !== Number.POSITIVE_INFINITY) continue;
      dist[u] = dist[v]! + 1;
      pred[u] = v;
      queue[tail++] = u;
    }
  }
}

function bellmanFord(g: Graph, s: number, dist: Float64Array, pred: Int32Array): void {
  const { n, ptr, adj, w } = g;
  dist.fill(Number.POSITIVE_INFINITY);
  pred.fill(NO_PREDECESSOR);
  dist[s] = 0;
  for (let it = 0; it < n; it++) {
    let changed = false;
    for (let v = 0; v < n; v++) {
      const dv = dist[v]!;
      if (dv === Number.POSITIVE_INFINITY) continue;
      for (let k = ptr[v]!; k < ptr[v + 1]!; k++) {
        const u = adj[k]!;
        const nd = dv + w[k]!;
        if (nd < dist[u]!) {
          if (it === n - 1) throw new NegativeCycleError(`shortestPath: negative cycle detected on node ${u}`);
          dist[u] = nd;
          pred[u] = v;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}

function floydWarshall(g: Graph, dist: Float64Array, pred: Int32Array): void {
  const { n, ptr, adj, w } = g;
  dist.fill(Number.POSITIVE_INFINITY);
  pred.fill(NO_PREDECESSOR);
  for (let i = 0; i < n; i++) dist[i * n + i] = 0;
  for (let i = 0; i < n; i++) {
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const j = adj[k]!;
      if (i !== j && w[k]! < dist[i * n + j]!) {
        dist[i * n + j] = w[k]!;
        pred[i * n + j] = i;
      }
      if (i === j && w[k]! < 0) throw new NegativeCycleError(`shortestPath: negative cycle detected on node ${i}`);
    }
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const dik = dist[i * n + k]!;
      if (dik === Number.POSITIVE_INFINITY) continue;
      for (let j = 0; j < n; j++) {
        const nd = dik + dist[k * n + j]!;
        if (nd < dist[i * n + j]!) {
          dist[i * n + j] = nd;
          pred[i * n + j] = pred[k * n + j]!;
        }
      }
    }
  }
  for (let i = 0; i < n; i++)
    if (dist[i * n + i]! < 0) throw new NegativeCycleError(`shortestPath: negative cycle detected on node ${i}`);
}

function sources(indices: number | number[] | null | undefined, n: number, fn: string): Int32Array {
  if (indices === undefined || indices === null) return Int32Array.from({ length: n }, (_, i) => i);
  const list = typeof indices === 'number' ? [indices] : indices;
  return Int32Array.from(list, (i) => {
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw new IndexError(`${fn}: index ${i} is out of bounds for a graph of ${n} nodes`);
    return j;
  });
}

/**
 * Shortest path lengths (SciPy's `csgraph.shortest_path`): an NDArray of shape
 * `[sources, nodes]` (1-D for a single integer `indices`), `Infinity` where no path exists.
 * Dijkstra with a binary heap for non-negative weights, Bellman–Ford when weights may be negative
 * (a negative cycle is a {@link NegativeCycleError}), Floyd–Warshall on request, breadth-first
 * search when `unweighted`. `returnPredecessors` gives `{ distMatrix, predecessors }`.
 *
 * @example
 * ```ts
 * const g = csrMatrix([[0, 1, 4], [0, 0, 2], [0, 0, 0]]);
 * shortestPath(g).toArray(); // [[0, 1, 3], [Infinity, 0, 2], [Infinity, Infinity, 0]]
 * shortestPath(g, { directed: false, indices: 2 }).toArray(); // [3, 2, 0]
 * shortestPath(g, { unweighted: true, returnPredecessors: true }).predecessors.toArray(); // [[-9999, 0, 0], [-9999, -9999, 1], [-9999, -9999, -9999]]
 * ```
 */
export function shortestPath(
  csgraph: GraphInput,
  options: ShortestPathOptions & { returnPredecessors: true },
): { distMatrix: NDArray; predecessors: NDArray };
export function shortestPath(
  csgraph: GraphInput,
  options?: ShortestPathOptions & { returnPredecessors?: false },
): NDArray;
export function shortestPath(
  csgraph: GraphInput,
  method?: 'auto' | 'D' | 'BF' | 'FW',
  directed?: boolean,
  returnPredecessors?: false,
  unweighted?: boolean,
  overwrite?: boolean,
  indices?: number | number[] | null,
): NDArray;
export function shortestPath(
  csgraph: GraphInput,
  method?: 'auto' | 'D' | 'BF' | 'FW',
  directed?: boolean,
  returnPredecessors?: boolean,
  unweighted?: boolean,
  overwrite?: boolean,
  indices?: number | number[] | null,
  options?: ShortestPathOptions,
): NDArray | { distMatrix: NDArray; predecessors: NDArray };
export function shortestPath(
  csgraph: GraphInput,
  ...rest: unknown[]
): NDArray | { distMatrix: NDArray; predecessors: NDArray } {
  const fn = 'shortestPath';
  const { method = 'auto', directed = true, returnPredecessors = false, unweighted = false, indices } = parse(rest);
  let g = toGraph(csgraph, fn);
  const { n } = g;
  if (unweighted) g = { ...g, w: new Float64Array(g.w.length).fill(1) };
  if (!directed) g = undirected(g);
  const src = sources(indices, n, fn);
  const negative = g.w.some((v) => v < 0);
  if (!directed && negative && method !== 'FW') {
    // an undirected negative edge is a negative cycle of two edges
    const k = g.w.findIndex((v) => v < 0);
    let node = 0;
    while (g.ptr[node + 1]! <= k) node++;
    throw new NegativeCycleError(
      `${fn}: negative cycle detected on node ${node} (an undirected graph with a negative edge)`,
    );
  }
  if (method === 'D' && negative)
    throw new ValueError(`${fn}: method 'D' (Dijkstra) needs non-negative weights; use 'BF'`);
  const dist = new Float64Array(src.length * n);
  const pred = new Int32Array(src.length * n);
  if (method === 'FW') {
    const all = new Float64Array(n * n);
    const allPred = new Int32Array(n * n);
    floydWarshall(g, all, allPred);
    src.forEach((s, r) => {
      dist.set(all.subarray(s * n, s * n + n), r * n);
      pred.set(allPred.subarray(s * n, s * n + n), r * n);
    });
  } else {
    const heap = new Int32Array(n);
    const pos = new Int32Array(n);
    src.forEach((s, r) => {
      const d = dist.subarray(r * n, r * n + n);
      const p = pred.subarray(r * n, r * n + n);
      if (unweighted && method === 'auto') bfs(g, s, d, p, heap);
      else if (method === 'BF' || (method === 'auto' && negative)) bellmanFord(g, s, d, p);
      else dijkstra(g, s, d, p, heap, pos);
    });
  }
  const shape = typeof indices === 'number' ? [n] : [src.length, n];
  const distMatrix = new NDArray('float64', dist, shape);
  if (!returnPredecessors) return distMatrix;
  return { distMatrix, predecessors: new NDArray('int32', pred, shape) };
}

/** Options of {@link breadthFirstOrder}. */
export interface BreadthFirstOptions {
  /** Edges have a direction (default true). */
  directed?: boolean;
  /** Also return each node's predecessor in the search tree (default true, as SciPy). */
  returnPredecessors?: boolean;
}

const parseBfo = signature<BreadthFirstOptions>('breadthFirstOrder', ['directed', 'returnPredecessors'], {
  directed: is.boolean,
  returnPredecessors: is.boolean,
});

/**
 * The nodes reachable from `iStart` in breadth-first order (SciPy's `csgraph.breadth_first_order`),
 * neighbours visited in column order; with `returnPredecessors` (the default) `{ nodeArray,
 * predecessors }` (`-9999` for the start and unreached nodes), else just the NDArray of nodes.
 *
 * @example
 * ```ts
 * const g = csrMatrix([[0, 1, 1, 0], [0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0]]);
 * breadthFirstOrder(g, 0).nodeArray.toArray(); // [0, 1, 2, 3]
 * breadthFirstOrder(g, 3, { directed: false, returnPredecessors: false }).toArray(); // [3, 1, 2, 0]
 * ```
 */
export function breadthFirstOrder(
  csgraph: GraphInput,
  iStart: number,
  options: BreadthFirstOptions & { returnPredecessors: false },
): NDArray;
export function breadthFirstOrder(
  csgraph: GraphInput,
  iStart: number,
  options?: BreadthFirstOptions & { returnPredecessors?: true },
): { nodeArray: NDArray; predecessors: NDArray };
export function breadthFirstOrder(
  csgraph: GraphInput,
  iStart: number,
  directed?: boolean,
  returnPredecessors?: boolean,
  options?: BreadthFirstOptions,
): NDArray | { nodeArray: NDArray; predecessors: NDArray };
export function breadthFirstOrder(
  csgraph: GraphInput,
  iStart: number,
  ...rest: unknown[]
): NDArray | { nodeArray: NDArray; predecessors: NDArray } {
  const fn = 'breadthFirstOrder';
  const { directed = true, returnPredecessors = true } = parseBfo(rest);
  let g = toGraph(csgraph, fn);
  if (typeof iStart !== 'number' || !Number.isInteger(iStart)) throw argumentError(fn, 'iStart', 'an integer', iStart);
  const [s] = sources(iStart, g.n, fn);
  if (!directed) g = undirected(g);
  const dist = new Float64Array(g.n);
  const pred = new Int32Array(g.n);
  const queue = new Int32Array(g.n);
  bfs(g, s as number, dist, pred, queue);
  let count = 0;
  for (let i = 0; i < g.n; i++) if (dist[i] !== Number.POSITIVE_INFINITY) count++;
  const nodeArray = asarray(queue.slice(0, count) as ArrayInput) as NDArray;
  if (!returnPredecessors) return nodeArray;
  return { nodeArray, predecessors: new NDArray('int32', pred, [g.n]) };
}
