"""Fixtures for complex (complex128) input to sparse.linalg, SciPy 1.17 as the oracle.

Matrices are not stored: both sides build them from the integer formula of gen-linalg.py
(det_matrix; detMatrix in test/linalg-helpers.ts), real part from one seed and imaginary part
from the next. The JSON holds SciPy's results: solutions and iteration counts of the Krylov
solvers, spsolve/splu solutions, svds singular values and lobpcg eigenvalues.
Run: python3 packages/sparse/scripts/gen-complex.py
"""
import os
import sys

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'complex.json')


def det_matrix(m, n, seed):
    i = np.arange(m, dtype=np.int64)[:, None]
    j = np.arange(n, dtype=np.int64)[None, :]
    v = (i * i * 7919 + j * j * 104729 + i * j * 31337 + i * 17 + j * 3 + seed * 15485863) % 10007
    return v.astype(np.float64) / 10007.0 - 0.5


def cmat(m, n, seed):
    return det_matrix(m, n, seed) + 1j * det_matrix(m, n, seed + 1)


def cvec(n, seed):
    return cmat(n, 1, seed)[:, 0]


def sparse_c(m, n, seed, density):
    """Complex entries of cmat where det_matrix(seed + 2) + 0.5 < density (about that fraction)."""
    keep = (det_matrix(m, n, seed + 2) + 0.5) < density
    return np.where(keep, cmat(m, n, seed), 0)


def count(f, *args, **kw):
    its = [0]

    def cb(_):
        its[0] += 1

    r = f(*args, callback=cb, **kw)
    return r, its[0]


n = 30
fx = {'n': n}
# Hermitian positive definite: G^H G + 3 I with G sparse complex
G = sparse_c(n, n, 11, 0.3)
hpd = G.conj().T @ G + 3 * np.eye(n)
b = cvec(n, 21)
(x, info), its = count(sla.cg, sp.csr_matrix(hpd), b, rtol=1e-10)
fx['cg'] = {'x': enc(x), 'info': info, 'its': its, 'exact': enc(np.linalg.solve(hpd, b))}
# Non-Hermitian, diagonally dominant: sparse complex + (4 + 2i) I
nh = sparse_c(n, n, 31, 0.3) + (4 + 2j) * np.eye(n)
x, info = sla.gmres(sp.csr_matrix(nh), b, rtol=1e-10, restart=10)
fx['gmres'] = {'x': enc(x), 'info': info}
x, info = sla.bicgstab(sp.csr_matrix(nh), b, rtol=1e-10)
fx['bicgstab'] = {'x': enc(x), 'info': info}
fx['nhExact'] = enc(np.linalg.solve(nh, b))
# Hermitian indefinite for minres: H + H^H - 0.5 I
H = sparse_c(n, n, 41, 0.3)
herm = H + H.conj().T - 0.5 * np.eye(n)
# (SciPy 1.17's minres refuses complex input: 'indefinite preconditioner'; the solution is the oracle.)
fx['minres'] = {'exact': enc(np.linalg.solve(herm, b))}
# Least squares, 40 x 25 complex
A = sparse_c(40, 25, 51, 0.4) + np.vstack([np.eye(25), np.zeros((15, 25))])
bl = cvec(40, 61)
r = sla.lsqr(sp.csr_matrix(A), bl, atol=1e-12, btol=1e-12)
fx['lsqr'] = {'x': enc(r[0]), 'istop': r[1], 'itn': r[2], 'r1norm': r[3], 'anorm': r[5], 'arnorm': r[7]}
r = sla.lsmr(sp.csr_matrix(A), bl, atol=1e-12, btol=1e-12)
fx['lsmr'] = {'x': enc(r[0]), 'istop': r[1], 'itn': r[2], 'normr': r[3], 'norma': r[5]}
fx['lstsq'] = enc(np.linalg.lstsq(A, bl, rcond=None)[0])
# Direct: complex sparse spsolve / splu, real A with complex b
S = sp.csc_matrix(nh)
fx['spsolve'] = enc(sla.spsolve(S, b))
B2 = np.stack([b, cvec(n, 71)], axis=1)
fx['spsolve2'] = enc(sla.spsolve(S, B2))
lu = sla.splu(S)
fx['spluT'] = enc(lu.solve(b, trans='T'))
fx['spluH'] = enc(lu.solve(b, trans='H'))
R = sp.csc_matrix(det_matrix(n, n, 81) + 4 * np.eye(n))
fx['realAcomplexB'] = enc(sla.spsolve(R, b))
# svds of a complex sparse 40 x 30 matrix: the 4 largest and 2 smallest singular values
C = sp.csr_matrix(sparse_c(40, 30, 91, 0.3))
fx['svdsLM'] = enc(np.sort(sla.svds(C, k=4, return_singular_vectors=False)))
fx['svdsAll'] = enc(np.linalg.svd(C.toarray(), compute_uv=False))
# lobpcg: the 3 largest eigenvalues of the Hermitian matrix herm (+ 5 I: positive definite
# enough to converge quickly)
hp = herm + 5 * np.eye(n)
fx['lobpcgAll'] = enc(np.linalg.eigvalsh(hp))
write(OUT, fx)
