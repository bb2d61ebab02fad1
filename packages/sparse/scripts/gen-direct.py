"""Writes test/fixtures/direct.json: matrices, right-hand sides and SciPy's solutions for the
direct solvers of @stride/sparse (splu, spsolve, spsolve_triangular, a sparse Cholesky).

Run with python3 (NumPy 2.4, SciPy 1.17). Arrays use the shared fixture encoding
(scripts/fixtures.py; test/fixtures.ts decodes). Matrices are stored as CSC arrays.
"""
import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl
import scipy.sparse as sp
import scipy.sparse.linalg as sla

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

rng = np.random.default_rng(20261206)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'direct.json')


def csc(a):
    c = sp.csc_matrix(a)
    c.sort_indices()
    return {
        'shape': list(c.shape),
        'indptr': enc(c.indptr.astype(np.int32)),
        'indices': enc(c.indices.astype(np.int32)),
        'data': enc(c.data.astype(np.float64)),
    }


def laplace1d(n):
    return sp.diags([-np.ones(n - 1), 2 * np.ones(n), -np.ones(n - 1)], [-1, 0, 1], format='csc')


def poisson2d(m):
    t = laplace1d(m)
    i = sp.eye(m, format='csc')
    return (sp.kron(i, t) + sp.kron(t, i)).tocsc()


def random_nonsym(n, density, shift):
    a = sp.random(n, n, density=density, random_state=rng, format='csc')
    return (a + shift * sp.eye(n)).tocsc()


def zero_diagonal(n):
    # A permuted block matrix: every diagonal entry is zero, so pivoting must leave the diagonal.
    a = random_nonsym(n, 0.15, 3.0).toarray()
    p = rng.permutation(n)
    while np.any(p == np.arange(n)):
        p = rng.permutation(n)
    b = a[p]
    np.fill_diagonal(b, 0.0)
    return sp.csc_matrix(b)


def ill_conditioned(n):
    d1 = sp.diags(10.0 ** np.linspace(-4, 4, n))
    a = random_nonsym(n, 0.2, 4.0)
    return (d1 @ a @ sp.diags(10.0 ** np.linspace(3, -3, n))).tocsc()


def spd_random(n, density):
    b = sp.random(n, n, density=density, random_state=rng, format='csc')
    return (b @ b.T + n * 0.1 * sp.eye(n)).tocsc()


cases = []


def solve_case(name, a, nrhs=None, spec='COLAMD'):
    a = sp.csc_matrix(a)
    n = a.shape[0]
    b = rng.standard_normal(n if nrhs is None else (n, nrhs))
    x = sla.spsolve(a, b, permc_spec=spec)
    cond = np.linalg.cond(a.toarray()) if n > 0 else 1.0
    xt = sla.splu(a, permc_spec=spec).solve(b, trans='T') if n > 0 else b
    cases.append({'name': name, 'kind': 'solve', 'A': csc(a), 'b': enc(b), 'x': enc(x), 'xT': enc(xt),
                  'cond': scalar(cond), 'permcSpec': spec})


solve_case('random nonsymmetric 40x40 density 0.1', random_nonsym(40, 0.1, 2.0))
solve_case('random nonsymmetric 40x40 (MMD_ATA)', random_nonsym(40, 0.1, 2.0), spec='MMD_ATA')
solve_case('random nonsymmetric 40x40 (NATURAL)', random_nonsym(40, 0.1, 2.0), spec='NATURAL')
solve_case('2-D Poisson 12x12 grid', poisson2d(12))
solve_case('2-D Poisson 12x12 grid (MMD_AT_PLUS_A)', poisson2d(12), spec='MMD_AT_PLUS_A')
solve_case('1-D Laplacian n=200', laplace1d(200))
solve_case('ill-conditioned 30x30', ill_conditioned(30))
solve_case('zero diagonal (needs row pivoting) 25x25', zero_diagonal(25))
solve_case('several right-hand sides 30x30, b 30x4', random_nonsym(30, 0.15, 2.0), nrhs=4)
solve_case('right-hand side of shape [n, 1]', random_nonsym(10, 0.3, 2.0), nrhs=1)
solve_case('1x1', sp.csc_matrix(np.array([[3.0]])))

# Singular matrices: SciPy's spsolve warns and returns NaN; splu raises RuntimeError.
for name, a in [
    ('structurally singular (an empty column)', sp.csc_matrix(np.array([[1.0, 0, 2], [0, 0, 3], [4, 0, 5]]))),
    ('numerically singular (dependent rows)', sp.csc_matrix(np.array([[1.0, 2, 0], [2, 4, 0], [0, 1, 1]]))),
]:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        x = sla.spsolve(a, np.ones(3))
    cases.append({'name': name, 'kind': 'singular', 'A': csc(a), 'xScipy': enc(x)})

# Sparse right-hand side: SciPy returns a sparse matrix in A's format.
a = random_nonsym(12, 0.2, 2.0)
bs = sp.random(12, 3, density=0.3, random_state=rng, format='csc')
xs = sla.spsolve(a, bs)
cases.append({'name': 'sparse right-hand side 12x3', 'kind': 'sparseRhs', 'A': csc(a), 'B': csc(bs),
              'X': enc(xs.toarray())})

# Triangular solves.
for lower in (True, False):
    t = random_nonsym(30, 0.2, 3.0).toarray()
    t = np.tril(t) if lower else np.triu(t)
    b = rng.standard_normal((30, 2))
    x = sla.spsolve_triangular(sp.csr_matrix(t), b, lower=lower)
    xu = sla.spsolve_triangular(sp.csr_matrix(t), b, lower=lower, unit_diagonal=True)
    cases.append({'name': f'triangular {"lower" if lower else "upper"} 30x30, b 30x2', 'kind': 'triangular',
                  'lower': lower, 'A': csc(t), 'b': enc(b), 'x': enc(x), 'xUnit': enc(xu)})

# Cholesky of SPD matrices: the solution, log-determinant.
for name, a in [('2-D Poisson 15x15 grid', poisson2d(15)), ('random SPD 60x60', spd_random(60, 0.05)),
                ('1-D Laplacian n=100', laplace1d(100))]:
    b = rng.standard_normal(a.shape[0])
    x = sl.cho_solve(sl.cho_factor(a.toarray()), b)
    sign, logdet = np.linalg.slogdet(a.toarray())
    cases.append({'name': name, 'kind': 'cholesky', 'A': csc(a), 'b': enc(b), 'x': enc(x),
                  'logdet': scalar(logdet)})

write(OUT, {'cases': cases})
print(f'wrote {len(cases)} cases to {os.path.relpath(OUT)}')
