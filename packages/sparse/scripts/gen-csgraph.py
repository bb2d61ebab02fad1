"""Fixtures for @stride/sparse's csgraph, computed by SciPy 1.17's scipy.sparse.csgraph.

Run with python3: writes test/fixtures/csgraph.json. Random weighted directed graphs (several
components, an explicit zero-weight edge, self loops), a graph with negative weights, and what
laplacian, connected_components, shortest_path and breadth_first_order give for them.
"""
import os
import sys

import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
rng = np.random.default_rng(14)


def graph(n, density):
    a = sp.random(n, n, density=density, format='csr', random_state=rng)
    a.data = np.round(a.data * 10, 3) + 0.125
    return a


cases = []
for n, density in [(12, 0.12), (30, 0.05), (25, 0.2)]:
    a = graph(n, density)
    # an explicit zero-weight edge and a self loop
    a = sp.csr_matrix(a)
    coo = a.tocoo()
    row = np.append(coo.row, [1, 2]).astype(np.int32)
    col = np.append(coo.col, [2, 2]).astype(np.int32)
    data = np.append(coo.data, [0.0, 5.0])
    a = sp.csr_matrix((data, (row, col)), shape=(n, n))
    c = {'n': n, 'row': enc(row), 'col': enc(col), 'data': enc(data)}
    c['lap'] = enc(csgraph.laplacian(a).toarray())
    c['lapNormed'] = enc(csgraph.laplacian(a, normed=True).toarray())
    c['lapOut'] = enc(csgraph.laplacian(a, use_out_degree=True).toarray())
    c['lapSym'] = enc(csgraph.laplacian(a + a.T, normed=True).toarray())
    nc, lab = csgraph.connected_components(a, directed=True, connection='weak')
    c['weak'] = {'n': int(nc), 'labels': enc(lab)}
    nc, lab = csgraph.connected_components(a, directed=True, connection='strong')
    c['strong'] = {'n': int(nc), 'labels': enc(lab)}
    nc, lab = csgraph.connected_components(a, directed=False)
    c['undirected'] = {'n': int(nc), 'labels': enc(lab)}
    c['spD'] = enc(csgraph.shortest_path(a, method='D'))
    c['spUndirected'] = enc(csgraph.shortest_path(a, method='D', directed=False))
    c['spUnweighted'] = enc(csgraph.shortest_path(a, unweighted=True, indices=[0, 3]))
    d, p = csgraph.shortest_path(a, method='D', indices=[1, 0], return_predecessors=True)
    c['spPred'] = {'dist': enc(d), 'pred': enc(p)}
    nodes, pred = csgraph.breadth_first_order(a, 0, directed=True)
    c['bfo'] = {'nodes': enc(nodes), 'pred': enc(pred)}
    c['bfoUndirected'] = enc(csgraph.breadth_first_order(a, 1, directed=False, return_predecessors=False))
    cases.append(c)

neg = np.array([[0, 3, 0, 0], [0, 0, -2, 0], [0, 0, 0, 1], [1, 0, 0, 0]], dtype=float)
negative = {'dense': enc(neg), 'BF': enc(csgraph.shortest_path(neg, method='BF')), 'FW': enc(csgraph.shortest_path(neg, method='FW'))}
write(os.path.join(OUT, 'csgraph.json'), {'cases': cases, 'negative': negative})
print('wrote', len(cases), 'graphs')
