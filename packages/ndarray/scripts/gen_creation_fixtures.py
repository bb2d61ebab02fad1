"""Writes test/fixtures/creation.json: NumPy 2.4's results for the creation functions.

Each case names the Stride call (function + JSON arguments) and NumPy's result in the shared
fixture encoding (scripts/fixtures.py). Integer results are recorded with Stride's
default int32 where NumPy uses int64.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc as enc_array, write  # noqa: E402


def enc(a):
    """The shared encoding, with NumPy's int64 results as Stride's default int32."""
    a = np.asarray(a)
    return enc_array(a.astype(np.int32) if a.dtype == np.int64 else a)


cases = []


def add(fn, args, result):
    cases.append({'fn': fn, 'args': args, 'out': enc(result)})


for a in [(5,), (1, 2, 0.25), (5, 0, -2), (0,), (2.5,), (-3, 3), (0, 1, 0.1), (10, 2)]:
    add('arange', list(a), np.arange(*a))
for start, stop, num, endpoint in [(0, 1, 5, True), (0, 1, 4, False), (-1, 1, 7, True), (2, 2, 3, True),
                                   (0, 1, 1, True), (0, 1, 0, True), (1e-3, 1e3, 9, True), (0, 10, 11, False)]:
    add('linspace', [start, stop, num, {'endpoint': endpoint}], np.linspace(start, stop, num, endpoint=endpoint))
add('linspace', [0, 10, 5, {'dtype': 'int32'}], np.linspace(0, 10, 5, dtype=np.int64))
add('linspace', [-5, 5, 4, {'dtype': 'int32'}], np.linspace(-5, 5, 4, dtype=np.int64))
for start, stop, num, base in [(0, 2, 3, 10), (0, 1, 5, 2), (-2, 2, 5, 10)]:
    add('logspace', [start, stop, num, {'base': base}], np.logspace(start, stop, num, base=base))
for start, stop, num in [(1, 1000, 4), (-1, -1000, 4), (2, 256, 8)]:
    add('geomspace', [start, stop, num], np.geomspace(start, stop, num))
for n, m, k in [(3, None, 0), (2, 3, 1), (3, 2, -1), (4, 4, 5), (0, None, 0)]:
    add('eye', [n, m, {'k': k}], np.eye(n, m, k=k))
add('identity', [3], np.identity(3))
for n, m, k in [(3, None, 0), (3, 4, 1), (4, 3, -1)]:
    add('tri', [n, m, k], np.tri(n, m, k))
m = np.arange(1, 13, dtype=np.int64).reshape(3, 4)
for k in [0, 1, -1, 5, -5]:
    add('tril', [m.tolist(), k], np.tril(m, k))
    add('triu', [m.tolist(), k], np.triu(m, k))
for v, k in [([1, 2, 3], 0), ([1, 2], 1), ([1, 2], -2)]:
    add('diag', [v, k], np.diag(v, k))
for k in [0, 1, -1, 3]:
    add('diag', [m.tolist(), k], np.diag(m, k))
add('full', [[2, 3], 7], np.full((2, 3), 7))
add('full', [[2], 0.5], np.full((2,), 0.5))
add('full', [[2, 2], True], np.full((2, 2), True))
add('zeros', [[2, 0]], np.zeros((2, 0)))
add('ones', [[2, 2], {'dtype': 'float32'}], np.ones((2, 2), np.float32))
x, y = np.meshgrid([1, 2, 3], [4, 5])
cases.append({'fn': 'meshgrid', 'args': [[1, 2, 3], [4, 5]], 'out': [enc(x), enc(y)]})
x, y = np.meshgrid([1, 2, 3], [4, 5], indexing='ij')
cases.append({'fn': 'meshgrid', 'args': [[1, 2, 3], [4, 5], {'indexing': 'ij'}], 'out': [enc(x), enc(y)]})

here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, '..', 'test', 'fixtures', 'creation.json'), {'numpy': np.__version__, 'cases': cases})
print(f'wrote {len(cases)} cases')
