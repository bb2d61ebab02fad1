/**
 * csgraph against SciPy 1.17 (scripts/gen-csgraph.py): Laplacians, weak/strong/undirected
 * components, shortest paths (Dijkstra, undirected, unweighted, predecessors, Bellman–Ford,
 * Floyd–Warshall with negative weights) and breadth-first order.
 */
import { readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { csgraph, cooMatrix } from '../src/index.js';

interface Case {
  n: number;
  row: Enc;
  col: Enc;
  data: Enc;
  lap: Enc;
  lapNormed: Enc;
  lapOut: Enc;
  lapSym: Enc;
  weak: { n: number; labels: Enc };
  strong: { n: number; labels: Enc };
  undirected: { n: number; labels: Enc };
  spD: Enc;
  spUndirected: Enc;
  spUnweighted: Enc;
  spPred: { dist: Enc; pred: Enc };
  bfo: { nodes: Enc; pred: Enc };
  bfoUndirected: Enc;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/csgraph.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  negative: { dense: Enc; BF: Enc; FW: Enc };
};
const tol = { rtol: 1e-12, atol: 1e-12 };

/** Same partition of the nodes (labels may be numbered differently). */
function samePartition(got: NDArray, want: NDArray): void {
  const g = got.toArray() as number[];
  const w = want.toArray() as number[];
  const map = new Map<number, number>();
  g.forEach((l, i) => {
    const m = map.get(l);
    if (m === undefined) map.set(l, w[i] as number);
    else expect(m).toBe(w[i]);
  });
  expect(new Set(map.values()).size).toBe(map.size);
}

for (const c of fx.cases) {
  const a = cooMatrix({ data: decode(c.data), row: decode(c.row), col: decode(c.col) }, { shape: [c.n, c.n] }).tocsr();
  describe(`graph of ${c.n} nodes`, () => {
    it('laplacian (plain, normed, out-degree, symmetric normed; sparse and dense input)', () => {
      expectClose(csgraph.laplacian(a).toDense(), decode(c.lap), tol);
      expectClose(csgraph.laplacian(a, { normed: true }).toDense(), decode(c.lapNormed), tol);
      expectClose(csgraph.laplacian(a, { useOutDegree: true }).toDense(), decode(c.lapOut), tol);
      expectClose(csgraph.laplacian(a.add(a.T), true).toDense(), decode(c.lapSym), tol);
      expectClose(csgraph.laplacian(a.toDense()), decode(c.lap), tol);
    });
    it('connectedComponents: weak (SciPy’s labels), strong (same partition), undirected', () => {
      const w = csgraph.connectedComponents(a);
      expect(w.nComponents).toBe(c.weak.n);
      expect(w.labels.toArray()).toEqual(decode(c.weak.labels).toArray());
      const s = csgraph.connectedComponents(a, { connection: 'strong' });
      expect(s.nComponents).toBe(c.strong.n);
      samePartition(s.labels, decode(c.strong.labels));
      const u = csgraph.connectedComponents(a, false);
      expect(u.nComponents).toBe(c.undirected.n);
      expect(u.labels.toArray()).toEqual(decode(c.undirected.labels).toArray());
    });
    it('shortestPath: Dijkstra, Bellman–Ford, Floyd–Warshall, undirected, unweighted, predecessors', () => {
      expectClose(csgraph.shortestPath(a, { method: 'D' }), decode(c.spD), tol);
      expectClose(csgraph.shortestPath(a, 'BF'), decode(c.spD), tol);
      expectClose(csgraph.shortestPath(a, { method: 'FW' }), decode(c.spD), tol);
      expectClose(csgraph.shortestPath(a, { directed: false }), decode(c.spUndirected), tol);
      expectClose(csgraph.shortestPath(a, { unweighted: true, indices: [0, 3] }), decode(c.spUnweighted), tol);
      const r = csgraph.shortestPath(a, { method: 'D', indices: [1, 0], returnPredecessors: true });
      expectClose(r.distMatrix, decode(c.spPred.dist), tol);
      expect(r.predecessors.toArray()).toEqual(decode(c.spPred.pred).toArray());
      const one = csgraph.shortestPath(a, { indices: 1 });
      expect(one.shape).toEqual([c.n]);
    });
    it('breadthFirstOrder directed and undirected', () => {
      const r = csgraph.breadthFirstOrder(a, 0);
      expect(r.nodeArray.toArray()).toEqual(decode(c.bfo.nodes).toArray());
      expect(r.predecessors.toArray()).toEqual(decode(c.bfo.pred).toArray());
      const u = csgraph.breadthFirstOrder(a, 1, { directed: false, returnPredecessors: false });
      expect(u.toArray()).toEqual(decode(c.bfoUndirected).toArray());
    });
  });
}

describe('negative weights', () => {
  const g = decode(fx.negative.dense);
  it('Bellman–Ford and Floyd–Warshall match SciPy; Dijkstra refuses; a negative cycle is NegativeCycleError', () => {
    expectClose(csgraph.shortestPath(g, { method: 'BF' }), decode(fx.negative.BF), tol);
    expectClose(csgraph.shortestPath(g), decode(fx.negative.BF), tol);
    expectClose(csgraph.shortestPath(g, { method: 'FW' }), decode(fx.negative.FW), tol);
    expect(() => csgraph.shortestPath(g, { method: 'D' })).toThrow(/non-negative/);
    const cyc = [
      [0, 1],
      [-3, 0],
    ];
    expect(() => csgraph.shortestPath(cyc, { method: 'BF' })).toThrow(csgraph.NegativeCycleError);
    expect(() => csgraph.shortestPath(cyc, { method: 'FW' })).toThrow(csgraph.NegativeCycleError);
  });
});
