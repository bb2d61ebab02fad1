"""Fixtures for @stride/signal's DCT/DST (fft.dct, idct, dst, idst, dctn, idctn, dstn, idstn),
with SciPy's scipy.fft as the oracle.

    python3 packages/signal/scripts/gen-dct.py
"""
import os
import sys

import numpy as np
import scipy.fft as sf

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'dct.json')
rng = np.random.default_rng(13)
cases = []


def add(fn, x, kwargs):
    try:
        y = getattr(sf, fn)(x, **kwargs)
        cases.append({'fn': fn, 'x': enc(x), 'kwargs': kwargs, 'out': enc(y)})
    except (ValueError, RuntimeError) as e:
        cases.append({'fn': fn, 'x': enc(x), 'kwargs': kwargs, 'error': str(e)})


for fn in ['dct', 'idct', 'dst', 'idst']:
    for t in [1, 2, 3, 4]:
        for n in [1, 2, 3, 4, 5, 8, 17, 64]:
            x = np.round(rng.standard_normal(n), 3)
            for norm in ([None, 'ortho', 'forward'] if n < 64 else [None]):
                add(fn, x, {'type': t, 'norm': norm})
        x = rng.standard_normal(9)
        add(fn, x, {'type': t, 'norm': 'ortho', 'orthogonalize': False})
        add(fn, x, {'type': t, 'orthogonalize': True})
        add(fn, x, {'type': t, 'norm': 'forward', 'orthogonalize': True})
        add(fn, x, {'type': t, 'n': 12})
        add(fn, x, {'type': t, 'n': 5, 'norm': 'ortho'})
        x2 = np.round(rng.standard_normal((3, 5)), 3)
        add(fn, x2, {'type': t, 'axis': 0})
        add(fn, x2, {'type': t, 'axis': -1, 'norm': 'ortho'})
        add(fn, x2.astype(np.float32), {'type': t})
        add(fn, rng.standard_normal(6) + 1j * rng.standard_normal(6), {'type': t, 'norm': 'ortho'})
        add(fn, np.arange(5, dtype=np.int32), {'type': t})
for fn in ['dctn', 'idctn', 'dstn', 'idstn']:
    for t in [1, 2, 3, 4]:
        x3 = np.round(rng.standard_normal((2, 3, 4)), 3)
        add(fn, x3, {'type': t})
        add(fn, x3, {'type': t, 'axes': [0, 2], 'norm': 'ortho'})
        add(fn, x3, {'type': t, 's': [4, 3], 'norm': 'forward'})
        add(fn, x3.astype(np.float32), {'type': t, 'axes': [1]})
add('dct', np.array([]), {})
add('dct', np.array([1.0, 2.0]), {'n': 0})
write(OUT, {'cases': cases})
print(len(cases), 'cases')
