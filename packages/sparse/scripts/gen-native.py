"""Fixtures for @stride/sparse's native (WebAssembly) kernels, computed by SciPy 1.17.

Run with python3: writes test/fixtures/native.json. The matrices are large enough that their
arrays live in the runtime's heap (so the native products run) and are defined by a formula the
test rebuilds, so the fixture holds only samples of SciPy's results (every 97th entry, and the
sum of |entries|): A @ x, A.T @ x and the row sums and nnz of A @ A, for a CSR matrix with
unsorted rows, an empty row and a longer row.
"""
import os
import sys

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')


def matrix(n, per):
    """Row i holds columns (i * 7 + k * 1009) % n for k < per (row 3 empty, row 5 has 3 * per
    entries), values sin(i + 0.5 k); indices unsorted within rows, no duplicates (n prime)."""
    indptr = [0]
    indices = []
    data = []
    for i in range(n):
        cnt = 0 if i == 3 else (3 * per if i == 5 else per)
        for k in range(cnt):
            indices.append((i * 7 + k * 1009) % n)
            data.append(np.sin(i + 0.5 * k))
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)),
                         shape=(n, n))


n, per = 20011, 10
STEP = 97
a = matrix(n, per)
x = np.cos(np.arange(n) * 0.37)
c = a @ a
write(os.path.join(OUT, 'native.json'), {
    'n': n,
    'per': per,
    'step': STEP,
    'ax': enc((a @ x)[::STEP]),
    'axAbs': float(np.abs(a @ x).sum()),
    'atx': enc((a.T @ x)[::STEP]),
    'atxAbs': float(np.abs(a.T @ x).sum()),
    'cRowSums': enc(np.asarray(c.sum(axis=1)).ravel()[::STEP]),
    'cNnz': int(c.nnz),
})
