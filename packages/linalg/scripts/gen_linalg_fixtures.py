"""Writes test/fixtures/linalg.json: inputs and NumPy/SciPy outputs for @stride/linalg.

Run with python3 (NumPy 2.4, SciPy 1.17). Arrays use the shared fixture encoding
(scripts/fixtures.py; test/fixtures.ts decodes).
"""
import json
import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc  # noqa: E402

rng = np.random.default_rng(1234)


def rnd(*shape, dtype=np.float64):
    if np.dtype(dtype).kind == 'c':
        return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def spd(n, dtype=np.float64, batch=()):
    a = rnd(*batch, n, n, dtype=dtype)
    return (a @ np.conj(np.swapaxes(a, -1, -2)) + n * np.eye(n)).astype(dtype)


cases = []


def add(fn, args, kwargs=None, out=None, check='values', rtol=1e-10, note=''):
    cases.append({'fn': fn, 'args': [enc(a) if not isinstance(a, (bool, int, float, str)) else a for a in args],
                  'kwargs': kwargs or {}, 'out': out, 'check': check, 'rtol': rtol, 'note': note})


DT = [(np.float64, 1e-10), (np.float32, 2e-4), (np.complex128, 1e-10), (np.complex64, 2e-4)]

for dt, tol in DT:
    a = rnd(4, 4, dtype=dt) + 4 * np.eye(4, dtype=dt)
    b = rnd(4, dtype=dt)
    B = rnd(4, 3, dtype=dt)
    add('solve', [a, b], out={'x': enc(np.linalg.solve(a, b))}, rtol=tol, note=str(np.dtype(dt)))
    add('solve', [a, B], out={'x': enc(np.linalg.solve(a, B))}, rtol=tol)
    add('inv', [a], out={'x': enc(np.linalg.inv(a))}, rtol=tol)
    add('det', [a], out={'x': enc(np.linalg.det(a))}, rtol=tol)
    s, l = np.linalg.slogdet(a)
    add('slogdet', [a], out={'sign': enc(s), 'logabsdet': enc(l)}, rtol=tol)
    m = rnd(5, 3, dtype=dt)
    add('svd', [m], out={'s': enc(np.linalg.svd(m, compute_uv=False))}, check='svd', rtol=tol)
    add('svd', [m.T.copy()], {'fullMatrices': False}, out={'s': enc(np.linalg.svd(m.T, compute_uv=False))}, check='svd', rtol=tol)
    h = spd(4, dt)
    add('eigh', [h], out={'w': enc(np.linalg.eigh(h)[0])}, check='eigh', rtol=tol)
    add('eigh', [h], {'uplo': 'U'}, out={'w': enc(np.linalg.eigh(h, UPLO='U')[0])}, check='eigh', rtol=tol)
    add('eigvalsh', [h], out={'x': enc(np.linalg.eigvalsh(h))}, rtol=tol)
    g = rnd(4, 4, dtype=dt)
    add('eig', [g], out={'w': enc(np.sort_complex(np.linalg.eigvals(g).astype(np.complex128)))}, check='eig', rtol=max(tol, 1e-9))
    add('cholesky', [h], out={'x': enc(np.linalg.cholesky(h))}, rtol=tol)
    add('cholesky', [h], {'lower': False}, out={'x': enc(sl.cholesky(h, lower=False))}, rtol=tol)
    q, r = np.linalg.qr(m)
    add('qr', [m], out={'q': enc(q), 'r': enc(r)}, rtol=max(tol, 1e-9))
    q, r = np.linalg.qr(m, mode='complete')
    add('qr', [m], {'mode': 'complete'}, out={'q': enc(q), 'r': enc(r)}, rtol=max(tol, 1e-9))
    p, L, U = sl.lu(m)
    add('lu', [m], out={'p': enc(p), 'l': enc(L), 'u': enc(U)}, rtol=tol)
    p, L, U = sl.lu(m.T)
    add('lu', [m.T], out={'p': enc(p), 'l': enc(L), 'u': enc(U)}, rtol=tol)
    add('pinv', [m], out={'x': enc(np.linalg.pinv(m))}, rtol=max(tol, 1e-9))
    add('matmul', [m, B[:3]], out={'x': enc(m @ B[:3])}, rtol=tol)
    x, res, rank, sv = np.linalg.lstsq(m, rnd(5, dtype=dt)[:, None].repeat(2, 1), rcond=None)
    lb = rnd(5, 2, dtype=dt)
    x, res, rank, sv = np.linalg.lstsq(m, lb, rcond=None)
    add('lstsq', [m, lb], out={'x': enc(x), 'residuals': enc(res), 'rank': int(rank), 's': enc(sv)}, rtol=max(tol, 1e-9))
    t = np.triu(a)
    add('solveTriangular', [t, b], out={'x': enc(sl.solve_triangular(t, b))}, rtol=tol)
    add('solveTriangular', [np.tril(a), B], {'lower': True, 'trans': 1}, out={'x': enc(sl.solve_triangular(np.tril(a), B, lower=True, trans=1))}, rtol=tol)
    c = np.linalg.cholesky(h)
    add('cholSolve', [c, b], out={'x': enc(sl.cho_solve((c, True), b))}, rtol=tol)
    lu_, piv = sl.lu_factor(a)
    add('luFactor', [a], out={'lu': enc(lu_), 'piv': enc(piv.astype(np.int32))}, rtol=tol)
    add('luSolve', [a, B], out={'x': enc(sl.lu_solve((lu_, piv), B))}, check='luSolve', rtol=tol)
    add('expm', [a / 4], out={'x': enc(sl.expm(a / 4))}, rtol=max(tol, 1e-9))

# stacked and broadcast batches
a = rnd(2, 3, 3) + 3 * np.eye(3)
add('solve', [a, rnd(3)], out={'x': enc(np.linalg.solve(a, a[0, 0][:3] * 0 + np.arange(3.0)))}, check='solve-residual')
b = rnd(2, 3, 2)
add('solve', [a, b], out={'x': enc(np.linalg.solve(a, b))})
bb = rnd(4, 1, 3, 2)
add('solve', [a[None], bb], out={'x': enc(np.linalg.solve(a[None], bb))})
add('inv', [a], out={'x': enc(np.linalg.inv(a))})
add('det', [a], out={'x': enc(np.linalg.det(a))})
add('svd', [rnd(2, 4, 3)], check='svd')
add('eigh', [spd(3, batch=(2,))], check='eigh')
add('eig', [rnd(2, 3, 3)], check='eig')
add('cholesky', [spd(3, batch=(2,))], check='cholesky-reconstruct')
add('qr', [rnd(2, 4, 3)], check='qr-reconstruct')
# integer input computes in float64
ia = np.array([[4, 1], [1, 3]], dtype=np.int32)
add('solve', [ia, np.array([1, 2], dtype=np.int32)], out={'x': enc(np.linalg.solve(ia, [1, 2]))})
add('det', [np.array([[1, 2], [3, 4]], dtype=np.int64)], out={'x': enc(np.linalg.det(np.array([[1, 2], [3, 4]])))})
# rank deficient and ill-conditioned
rd = np.array([[1.0, 2, 3], [2, 4, 6], [1, 0, 1]])
add('matrixRank', [rd], out={'x': int(np.linalg.matrix_rank(rd))})
add('pinv', [rd], out={'x': enc(np.linalg.pinv(rd))}, rtol=1e-8)
x, res, rank, sv = np.linalg.lstsq(rd, np.array([1.0, 2, 3]), rcond=None)
add('lstsq', [rd, np.array([1.0, 2, 3])], out={'x': enc(x), 'residuals': enc(res), 'rank': int(rank), 's': enc(sv)}, rtol=1e-8)
hilb = sl.hilbert(8)
add('cond', [hilb], out={'x': float(np.linalg.cond(hilb))}, rtol=1e-6)
add('det', [hilb], out={'x': enc(np.linalg.det(hilb))}, rtol=1e-6)
add('det', [np.array([[1.0, 2], [2, 4]])], out={'x': enc(np.linalg.det(np.array([[1.0, 2], [2, 4]])))}, rtol=1e-12)
s, l = np.linalg.slogdet(np.array([[1.0, 2], [2, 4]]))
add('slogdet', [np.array([[1.0, 2], [2, 4]])], out={'sign': enc(s), 'logabsdet': enc(l)})
# norms
nm = np.array([[1.0, -2, 3], [-4, 5, -6]])
for ordv in [None, 'fro', 'nuc', np.inf, -np.inf, 1, -1, 2, -2]:
    key = ordv if not isinstance(ordv, float) else ('inf' if ordv > 0 else '-inf')
    add('norm', [nm], {'ord': key}, out={'x': float(np.linalg.norm(nm, ordv))})
v = np.array([3.0, -4, 0, 1])
for ordv in [None, 0, 1, 2, 3, np.inf, -np.inf, 0.5]:
    key = ordv if not isinstance(ordv, float) or np.isfinite(ordv) else ('inf' if ordv > 0 else '-inf')
    add('norm', [v], {'ord': key}, out={'x': float(np.linalg.norm(v, ordv))})
add('norm', [nm], {'axis': 1}, out={'x': enc(np.linalg.norm(nm, axis=1))})
add('norm', [nm], {'axis': 0, 'keepdims': True}, out={'x': enc(np.linalg.norm(nm, axis=0, keepdims=True))})
add('norm', [rnd(2, 3, 4)], {'axis': [0, 2], 'ord': 'fro'}, check='norm-axes')
add('norm', [np.array([1 + 1j, 2 - 2j])], out={'x': float(np.linalg.norm([1 + 1j, 2 - 2j]))})
for p in [None, 1, -1, 'fro', np.inf]:
    key = p if not isinstance(p, float) else 'inf'
    add('cond', [a[0]], {'p': key}, out={'x': float(np.linalg.cond(a[0], p))}, rtol=1e-9)
fib = np.array([[1, 1], [1, 0]])
for k in [0, 1, 5, -3]:
    add('matrixPower', [fib.astype(np.float64), k], out={'x': enc(np.linalg.matrix_power(fib.astype(np.float64), k))})
add('expm', [np.array([[0.0, 1], [-1, 0]])], out={'x': enc(sl.expm(np.array([[0.0, 1], [-1, 0]])))})
big = rnd(6, 6) * 5
add('expm', [big], out={'x': enc(sl.expm(big))}, rtol=1e-8)
add('expm', [rnd(5, 5) * 1e-3], check='expm-small')
# empty matrices
add('solve', [np.zeros((0, 0)), np.zeros((0,))], out={'x': enc(np.linalg.solve(np.zeros((0, 0)), np.zeros((0,))))})
add('inv', [np.zeros((0, 0))], out={'x': enc(np.linalg.inv(np.zeros((0, 0))))})
add('det', [np.zeros((0, 0))], out={'x': enc(np.linalg.det(np.zeros((0, 0))))})
u, s_, vh = np.linalg.svd(np.zeros((0, 3)))
add('svd', [np.zeros((0, 3))], out={'u': enc(u), 's': enc(s_), 'vh': enc(vh)})
add('eigh', [np.zeros((0, 0))], out={'w': enc(np.linalg.eigh(np.zeros((0, 0)))[0])}, check='values-w')
add('matmul', [np.zeros((2, 0)), np.zeros((0, 3))], out={'x': enc(np.zeros((2, 0)) @ np.zeros((0, 3)))})
add('matmul', [rnd(3), rnd(3, 2)], check='matmul-1d')
ma, mb = rnd(2, 1, 2, 3), rnd(4, 3, 2)
add('matmul', [ma, mb], out={'x': enc(ma @ mb)})

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'test', 'fixtures', 'linalg.json'), 'w') as f:
    json.dump({'numpy': np.__version__, 'scipy': __import__('scipy').__version__, 'cases': cases}, f, separators=(',', ':'))
print(f'wrote {len(cases)} cases')
