"""Fixtures for sparse.linalg's iterative solvers and eigensolvers (SciPy 1.17 as the oracle).

Matrices are not stored: both sides build them from the same integer formula (det_matrix below
and detMatrix in test/linalg-helpers.ts), so the JSON holds only results.
Run: python3 packages/sparse/scripts/gen-linalg.py
"""
import os
import sys

import numpy as np
import scipy.linalg as sl
import scipy.sparse as sp
import scipy.sparse.linalg as sla

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'linalg.json')


def det_matrix(m, n, seed):
    """Entries in [-0.5, 0.5) from a quadratic form modulo a prime (exact in float64 on both sides)."""
    i = np.arange(m, dtype=np.int64)[:, None]
    j = np.arange(n, dtype=np.int64)[None, :]
    v = (i * i * 7919 + j * j * 104729 + i * j * 31337 + i * 17 + j * 3 + seed * 15485863) % 10007
    return v.astype(np.float64) / 10007.0 - 0.5


def det_vector(n, seed):
    return det_matrix(n, 1, seed)[:, 0]


def sym(n, seed):
    x = det_matrix(n, n, seed)
    return x + x.T


def spd(n, seed):
    x = det_matrix(n, n, seed)
    return x.T @ x + n * np.eye(n) * 0.1


def lap1d(n):
    return sp.diags([-np.ones(n - 1), 2 * np.ones(n), -np.ones(n - 1)], [-1, 0, 1]).tocsr()


def lap2d(m):
    t = lap1d(m)
    i = sp.eye(m)
    return (sp.kron(t, i) + sp.kron(i, t)).tocsr()


def sparse_det(m, n, seed, density):
    """Keeps the entries of det_matrix whose value falls below a threshold (about `density` of them)."""
    x = det_matrix(m, n, seed)
    mask = (x + 0.5) < density
    return sp.csr_matrix(np.where(mask, det_matrix(m, n, seed + 1), 0.0))


def count_cb(f, *args, **kw):
    calls = [0]

    def cb(_):
        calls[0] += 1

    x, info = f(*args, callback=cb, **kw)
    return x, info, calls[0]


fx = {}

# ---- iterative solvers ----
n = 40
A_spd = spd(n, 1)
A_sym = sym(n, 2)
A_ns = det_matrix(n, n, 3) + 3 * np.eye(n)
b = det_vector(n, 4)
x, info, its = count_cb(sla.cg, A_spd, b, rtol=1e-10)
fx['cg'] = {'x': enc(x), 'info': info, 'its': its}
Mj = np.diag(1 / np.diag(A_spd))
x, info, its = count_cb(sla.cg, A_spd, b, rtol=1e-10, M=Mj)
fx['cg_jacobi'] = {'x': enc(x), 'info': info, 'its': its}
x, info = sla.cg(A_spd, b, rtol=1e-14, maxiter=3)
fx['cg_maxiter'] = {'x': enc(x), 'info': info}
x, info, its = count_cb(sla.bicgstab, A_ns, b, rtol=1e-10)
fx['bicgstab'] = {'x': enc(x), 'info': info, 'its': its}
x, info = sla.gmres(A_ns, b, rtol=1e-10)
fx['gmres'] = {'x': enc(x), 'info': info}
x, info = sla.gmres(A_ns, b, rtol=1e-10, restart=5, maxiter=200)
fx['gmres_restart5'] = {'x': enc(x), 'info': info}
x, info = sla.gmres(A_ns, b, rtol=1e-10, M=np.diag(1 / np.diag(A_ns)))
fx['gmres_jacobi'] = {'x': enc(x), 'info': info}
x, info, its = count_cb(sla.minres, A_sym, b, rtol=1e-10)
fx['minres'] = {'x': enc(x), 'info': info, 'its': its}
x, info = sla.minres(A_sym, b, rtol=1e-10, shift=0.7)
fx['minres_shift'] = {'x': enc(x), 'info': info}
fx['solve_spd'] = enc(np.linalg.solve(A_spd, b))
fx['solve_ns'] = enc(np.linalg.solve(A_ns, b))
fx['solve_sym'] = enc(np.linalg.solve(A_sym, b))
L = lap1d(100)
b100 = det_vector(100, 5)
fx['lap_solve'] = enc(sla.spsolve(L.tocsc(), b100))

R = det_matrix(30, 10, 6)
br = det_vector(30, 7)
for name, kw in [('lsqr', {}), ('lsqr_damp', {'damp': 0.5}), ('lsqr_tight', {'atol': 1e-12, 'btol': 1e-12, 'calc_var': True})]:
    r = sla.lsqr(R, br, **kw)
    fx[name] = {'x': enc(r[0]), 'istop': r[1], 'itn': r[2], 'r1norm': r[3], 'r2norm': r[4], 'anorm': r[5],
                'acond': r[6], 'arnorm': r[7], 'xnorm': r[8], 'var': enc(r[9])}
for name, kw in [('lsmr', {}), ('lsmr_damp', {'damp': 0.5}), ('lsmr_tight', {'atol': 1e-12, 'btol': 1e-12})]:
    r = sla.lsmr(R, br, **kw)
    fx[name] = {'x': enc(r[0]), 'istop': r[1], 'itn': r[2], 'normr': r[3], 'normar': r[4], 'norma': r[5],
                'conda': r[6], 'normx': r[7]}

# ---- eigsh: references from dense LAPACK (exact to rounding) ----
S = sym(60, 8)
w_all = np.linalg.eigvalsh(S)
fx['sym60_w'] = enc(w_all)
fx['sym60_scipy_LM'] = enc(sla.eigsh(S, k=4, which='LM', return_eigenvectors=False))
n1 = 100
fx['lap1d_w'] = enc(np.sort(2 - 2 * np.cos(np.arange(1, n1 + 1) * np.pi / (n1 + 1))))
fx['lap2d_w'] = enc(np.linalg.eigvalsh(lap2d(12).toarray()))
# A clustered, near-degenerate spectrum rotated by a QR factor of a deterministic matrix.
Q, _ = np.linalg.qr(det_matrix(50, 50, 9))
d = np.concatenate([np.linspace(0.1, 5, 44), [10.5, 10.5 + 1e-9, 10.5 + 2e-9, 10.5 + 1e-6, 10.6, 10.7]])
C = (Q * d) @ Q.T
fx['clustered_d'] = enc(np.sort(d))
fx['clustered_w'] = enc(np.linalg.eigvalsh((C + C.T) / 2))
H = det_matrix(30, 30, 10) + 1j * det_matrix(30, 30, 11)
H = H + H.conj().T
fx['herm30_w'] = enc(np.linalg.eigvalsh(H))
wh, vh_ = sla.eigsh(H, k=3, which='LA')
fx['herm30_scipy_LA'] = enc(wh)
Ag = sym(40, 12)
Mg = spd(40, 13)
fx['gen40_w'] = enc(sl.eigh(Ag, Mg, eigvals_only=True))

# ---- eigs ----
N = det_matrix(40, 40, 14)
fx['ns40_w'] = enc(np.linalg.eigvals(N))
Nc = det_matrix(30, 30, 15) + 1j * det_matrix(30, 30, 16)
fx['nsc30_w'] = enc(np.linalg.eigvals(Nc))
fx['ns40_scipy_LM'] = enc(sla.eigs(N, k=4, which='LM', return_eigenvectors=False))

# ---- svds ----
X = det_matrix(60, 30, 17)
fx['x60_s'] = enc(np.linalg.svd(X, compute_uv=False))
Xs = sparse_det(300, 100, 18, 0.05)
fx['xs_nnz'] = int(Xs.nnz)
fx['xs_s'] = enc(np.linalg.svd(Xs.toarray(), compute_uv=False))
u, s, vt = sla.svds(X, k=4)
fx['x60_scipy_svds'] = enc(s)

# ---- lobpcg ----
P = spd(50, 19)
fx['spd50_w'] = enc(np.linalg.eigvalsh(P))

# ---- norm ----
fx['xs_norm'] = {str(o): scalar(sla.norm(Xs, o)) for o in ['fro', 1, -1, np.inf, -np.inf]}
fx['xs_norm2'] = scalar(np.linalg.norm(Xs.toarray(), 2))

write(OUT, fx)
print('wrote', OUT)
