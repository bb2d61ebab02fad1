"""Writes test/fixtures/print.json: arrays in the shared fixture encoding (scripts/fixtures.py) with NumPy's repr and str."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

cases = [
    np.array([1.5e-5, 1e10]),
    np.array([1.0, -2.5, np.nan, np.inf]),
    np.array([1 + 2j, 3 - 4.5j]),
    np.array([[1 + 2j, 3 - 4.5j], [np.nan + 1j, 0j]]),
    np.array([0.1, 0.123456789123]),
    np.arange(2000.0),
    np.arange(30.0) * 1.1,
    np.zeros((0, 3)),
    np.zeros((0,)),
    np.array(5.0),
    np.array(3, dtype=np.int64),
    np.array(3, dtype=np.int32),
    np.array(True),
    np.array([1e-5, 1]),
    np.arange(24, dtype=np.int64).reshape(2, 3, 4),
    np.array([[True, False]]),
    np.array([1, 2], dtype=np.uint64),
    np.array([1, -2**31], dtype=np.int32),
    np.array([0.0, -0.0]),
    np.array([1e16, 1]),
    np.array([123456789.0]),
    np.array([np.nan, np.nan]),
    np.array([1.5j]),
    np.array([1, 2], dtype=np.float32),
    np.float32(0.1) * np.ones(2, np.float32),
    np.array([[1.0, 2.0], [3.0, 4.0]]),
    np.linspace(0, 1, 5),
    np.array([1, 100, -3], dtype=np.int64),
    np.array([1, 2, 3], dtype=np.uint8),
    np.arange(100, dtype=np.int64),
    np.arange(1500, dtype=np.int64).reshape(30, 50),
    np.linspace(-1, 1, 13).reshape(13, 1),
    np.array([np.pi, np.e, -1 / 3]),
    np.array([1e-300, 1e300]),
    np.array([0.0]),
    np.array([-np.inf, 1.0]),
    np.array([1 / 3], dtype=np.float32),
    np.array([3.0 + 0j], dtype=np.complex64),
    np.ones((2, 2, 2, 2)),
    np.array([[1e-10, 1], [2, 3]]),
    np.arange(12.0).reshape(3, 4) / 7,
]

out = []
for a in cases:
    # Stride's default integer is int32 where NumPy's is int64: swap the two so the expected
    # repr (which omits the default dtype) is the one Stride must print.
    r = repr(a)
    stored = a
    if a.dtype == np.int64:
        stored = a.astype(np.int32)
    elif a.dtype == np.int32:
        stored = a.astype(np.int64)
        r = r.replace('dtype=int32', 'dtype=int64')
    out.append({**enc(stored), 'repr': r, 'str': str(a)})

here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, '..', 'test', 'fixtures', 'print.json'), {'numpy': np.__version__, 'cases': out})
print(f'wrote {len(out)} cases')
