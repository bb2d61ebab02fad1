"""Writes test/fixtures/print.json: arrays (dtype, shape, flat values) with NumPy's repr and str."""
import json
import os
import numpy as np

def enc(v, kind):
    if kind == 'c':
        return [enc(float(v.real), 'f'), enc(float(v.imag), 'f')]
    if kind == 'f':
        if np.isnan(v): return 'nan'
        if np.isinf(v): return 'inf' if v > 0 else '-inf'
        if v == 0 and np.signbit(v): return '-0'
        return float(v)
    if kind == 'b':
        return bool(v)
    return str(int(v)) if kind in 'iu' and abs(int(v)) > 2**53 or str(v).isdigit() is False and False else int(v)

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
    kind = a.dtype.kind
    flat = [enc(v, kind) for v in a.ravel()]
    # Stride's default integer is int32 where NumPy's is int64: swap the two so the expected
    # repr (which omits the default dtype) is the one Stride must print.
    dtype = str(a.dtype)
    r = repr(a)
    if dtype == 'int64':
        dtype = 'int32'
    elif dtype == 'int32':
        dtype = 'int64'
        r = r.replace('dtype=int32', 'dtype=int64')
    if dtype in ('int64', 'uint64'):
        flat = [str(int(v)) for v in a.ravel()]
    out.append({'dtype': dtype, 'shape': list(a.shape), 'values': flat, 'repr': r, 'str': str(a)})

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'test', 'fixtures', 'print.json'), 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': out}, f, separators=(',', ':'))
print(f'wrote {len(out)} cases')
