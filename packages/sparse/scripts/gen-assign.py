"""Fixtures for assignment into sparse matrices (SciPy 1.17's A[i, j] = v on CSR and CSC).

Run with python3: writes test/fixtures/assign.json. A sequence of assignments (overwrite, insert
into a sorted row, an explicit zero, negative indices, a duplicated entry summed first, a complex
value into a complex matrix) and, after each, SciPy's dense matrix, nnz and indices.
"""
import os
import sys
import warnings

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

warnings.simplefilter('ignore', sp.SparseEfficiencyWarning)
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'assign.json')

# a 3 x 4 matrix with a duplicated entry at (0, 1) (1 + 2)
data = np.array([1.0, 2.0, 4.0, 5.0, 6.0])
indices = np.array([1, 1, 3, 0, 2], dtype=np.int32)
indptr = np.array([0, 3, 3, 5], dtype=np.int32)
STEPS = [(0, 3, 7.0), (1, 2, 0.0), (-1, -1, 9.0), (0, 1, -3.0), (2, 0, 8.5), (1, 0, 2.5)]
fx = {'data': enc(data), 'indices': enc(indices), 'indptr': enc(indptr), 'steps': [list(s) for s in STEPS]}
for fmt in ['csr', 'csc']:
    a = sp.csr_matrix((data, indices, indptr), shape=(3, 4))
    if fmt == 'csc':
        a = a.tocsc()
    out = []
    for i, j, v in STEPS:
        a[i, j] = v
        out.append({'dense': enc(a.toarray()), 'nnz': int(a.nnz), 'indices': enc(a.indices), 'indptr': enc(a.indptr)})
    fx[fmt] = out
c = sp.csr_matrix(np.array([[1 + 1j, 0], [0, 2]]))
c[1, 0] = 3 - 2j
fx['complex'] = enc(c.toarray())
write(OUT, fx)
