"""Fixtures for @stride/sparse's formats and operations, computed by SciPy 1.17.

Run with python3: writes test/fixtures/formats.json. Each case is a COO triplet (duplicates,
unsorted order, explicit zeros and negative values on purpose) of some dtype and shape (empty
shapes included), with what SciPy gives for its conversions, canonicalisation, products,
elementwise operations, reductions, indexing and the constructors.
"""
import os
import sys

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
rng = np.random.default_rng(20261206)


def triplet(m, n, nnz, dtype, dup=True, zeros=True):
    row = rng.integers(0, max(m, 1), nnz) if m > 0 else np.zeros(0, int)
    col = rng.integers(0, max(n, 1), nnz) if n > 0 else np.zeros(0, int)
    if m == 0 or n == 0:
        row = col = np.zeros(0, int)
        nnz = 0
    vals = rng.integers(-9, 10, nnz).astype(float) + rng.random(nnz).round(2)
    if np.dtype(dtype).kind == 'c':
        vals = vals + 1j * (rng.integers(-9, 10, nnz) + 0.5)
    if zeros and nnz > 2:
        vals[1] = 0
    if dup and nnz > 4:
        row[3], col[3] = row[0], col[0]
    return vals.astype(dtype), row.astype(np.int32), col.astype(np.int32)


def dense_of(a):
    return np.asarray(a.toarray())


CASES = [
    ('float64 5x4', 5, 4, 12, 'float64'),
    ('float32 6x3', 6, 3, 9, 'float32'),
    ('complex128 4x5', 4, 5, 10, 'complex128'),
    ('int32 5x5', 5, 5, 10, 'int32'),
    ('float64 1x7', 1, 7, 5, 'float64'),
    ('float64 0x3', 0, 3, 0, 'float64'),
    ('float64 3x0', 3, 0, 0, 'float64'),
    ('float64 6x6 no entries', 6, 6, 0, 'float64'),
]

cases = []
for name, m, n, nnz, dtype in CASES:
    data, row, col = triplet(m, n, nnz, dtype)
    if dtype == 'int32':
        data = np.round(data.real).astype(np.int32)
    coo = sp.coo_matrix((data, (row, col)), shape=(m, n))
    csr = coo.tocsr()
    csc = coo.tocsc()
    dense = dense_of(coo)
    # unsorted CSR arrays straight from the triplet (rows grouped, columns in input order)
    order = np.argsort(row, kind='stable')
    raw_indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=m))]).astype(np.int32)
    raw = sp.csr_matrix((data[order], col[order], raw_indptr), shape=(m, n))
    c = {
        'name': name,
        'shape': [m, n],
        'coo': {'data': enc(data), 'row': enc(row), 'col': enc(col)},
        'raw': {'data': enc(raw.data), 'indices': enc(raw.indices), 'indptr': enc(raw.indptr)},
        'rawSorted': bool(raw.has_sorted_indices),
        'rawCanonical': bool(raw.has_canonical_format),
        'dense': enc(dense),
        'csr': {'data': enc(csr.data), 'indices': enc(csr.indices), 'indptr': enc(csr.indptr)},
        'csc': {'data': enc(csc.data), 'indices': enc(csc.indices), 'indptr': enc(csc.indptr)},
    }
    ez = csr.copy()
    ez.eliminate_zeros()
    c['eliminated'] = {'data': enc(ez.data), 'indices': enc(ez.indices), 'indptr': enc(ez.indptr)}
    x = (rng.integers(-5, 6, n) + 0.25).astype('float64')
    X = (rng.integers(-5, 6, (n, 3)) + 0.5).astype('float64')
    c['x'] = enc(x)
    c['Ax'] = enc(csr @ x)
    c['X'] = enc(X)
    c['AX'] = enc(csr @ X)
    c['AAt'] = enc(dense_of(csr @ csr.T))
    c['AtA'] = enc(dense_of(csc.T @ csc))
    bd, br, bc = triplet(m, n, max(nnz // 2, 0), dtype, dup=False, zeros=False)
    if dtype == 'int32':
        bd = np.round(bd.real).astype(np.int32)
    B = sp.coo_matrix((bd, (br, bc)), shape=(m, n)).tocsr()
    c['B'] = {'data': enc(bd), 'row': enc(br), 'col': enc(bc)}
    c['add'] = enc(dense_of(csr + B))
    c['subtract'] = enc(dense_of(csr - B))
    c['multiply'] = enc(dense_of(csr.multiply(B)))
    c['subSelfNnz'] = int((csr - csr).nnz)
    rowv = (np.arange(n) - 1.5).astype('float64')
    c['rowv'] = enc(rowv)
    c['multiplyRow'] = enc(dense_of(csr.multiply(rowv)))
    c['addDense'] = enc(np.asarray(csr + np.ones((m, n))))
    c['scale'] = enc(dense_of(csr * 2.5))
    c['sum'] = scalar(csr.sum())
    c['sum0'] = enc(np.asarray(csr.sum(axis=0)).ravel())
    c['sum1'] = enc(np.asarray(csr.sum(axis=1)).ravel())
    if m * n > 0:
        c['mean'] = scalar(csr.mean())
        c['mean0'] = enc(np.asarray(csr.mean(axis=0)).ravel())
    c['diag'] = {str(k): enc(csr.diagonal(k)) for k in (-1, 0, 1, 2)}
    if np.dtype(dtype).kind != 'c' and m * n > 0:
        c['max'] = scalar(csr.max())
        c['min'] = scalar(csr.min())
        c['max0'] = enc(csr.max(axis=0).toarray().ravel())
        c['min1'] = enc(csr.min(axis=1).toarray().ravel())
        c['maximum'] = enc(dense_of(csr.maximum(B)))
        c['minimum'] = enc(dense_of(csr.minimum(B)))
        c['maximum0'] = enc(dense_of(csr.maximum(0)))
        c['minimum0'] = enc(dense_of(csr.minimum(0)))
    if m >= 3 and n >= 3:
        c['rows1to3'] = enc(dense_of(csr[1:3, :]))
        c['colsPick'] = enc(dense_of(csr[:, [2, 0, 2]]))
        c['rowsStep'] = enc(dense_of(csr[::-2, 1:]))
        c['pairs'] = enc(np.asarray(csr[[0, 2, 1], [1, 0, 2]]).ravel())
        c['entry'] = scalar(csr[0, 0] if dtype != 'int32' else int(csr[0, 0]))
        c['cscCols'] = enc(dense_of(csc[:, [1, 0]]))
    cases.append(c)

construct = {}
construct['eye'] = enc(sp.eye(3, 4, k=1).toarray())
construct['eyeNeg'] = enc(sp.eye(4, 3, k=-2).toarray())
construct['diags'] = enc(sp.diags([[1, 2, 3], [4, 5], [6]], [0, 1, -2]).toarray())
construct['diagsShape'] = enc(sp.diags([1.0, -2.0, 1.0], [-1, 0, 1], shape=(4, 5)).toarray())
A = sp.csr_matrix(np.array([[1.0, 0, 2], [0, -3, 0]]))
B = sp.csr_matrix(np.array([[0, 4.0], [5, 0], [0, 6]]))
construct['A'] = enc(A.toarray())
construct['B'] = enc(B.toarray())
construct['kron'] = enc(sp.kron(A, B).toarray())
construct['blockDiag'] = enc(sp.block_diag([A, B]).toarray())
construct['hstack'] = enc(sp.hstack([A, A.multiply(2)]).toarray())
construct['vstack'] = enc(sp.vstack([A, A * 3]).toarray())
construct['bmat'] = enc(sp.bmat([[A, None], [None, B]]).toarray())
construct['bmat2'] = enc(sp.bmat([[A, A], [B.T, None]]).toarray())
r = sp.random(7, 5, density=0.3, format='coo', random_state=np.random.default_rng(7))
construct['random'] = {'row': enc(r.row), 'col': enc(r.col), 'data': enc(r.data)}

write(os.path.join(OUT, 'formats.json'), {'cases': cases, 'construct': construct})
print('wrote', len(cases), 'cases')
