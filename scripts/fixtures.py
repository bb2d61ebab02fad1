"""The one fixture codec of every package's generators (Python side; test/fixtures.ts decodes).

An array is {"dtype", "shape", "data"}: data flat in C order; complex interleaved (re, im);
floats as JSON numbers (shortest round-trip repr, so exact) with "nan", "inf", "-inf" as strings;
int64/uint64 as decimal strings (exact beyond 2**53); bool as true/false. Scalars: a Python float
becomes a number (non-finite as a string), a complex {"re", "im"}.

    import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
    from fixtures import enc, write

`dec` is `enc`'s inverse, for generators that store inputs encoded and rebuild them (running this
file checks that every dtype round-trips bit for bit).
"""
import json
import math

import numpy as np


def _f(v):
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


def enc(x):
    """Encodes a NumPy array (or anything np.asarray takes) as {dtype, shape, data}."""
    a = np.asarray(x)
    flat = a.ravel()
    k = a.dtype.kind
    if k == 'c':
        data = []
        for z in flat.tolist():
            data.append(_f(z.real))
            data.append(_f(z.imag))
    elif k == 'f':
        data = [_f(v) for v in flat.tolist()]
    elif k == 'b':
        data = [bool(v) for v in flat.tolist()]
    elif a.dtype in (np.int64, np.uint64):
        data = [str(int(v)) for v in flat.tolist()]
    else:
        data = [int(v) for v in flat.tolist()]
    return {'dtype': str(a.dtype), 'shape': list(a.shape), 'data': data}


def _num(v):
    if isinstance(v, str):
        return {'nan': math.nan, 'inf': math.inf, '-inf': -math.inf}[v]
    return v


def dec(e):
    """The NumPy array an encoded {dtype, shape, data} describes (the inverse of `enc`)."""
    dt = np.dtype(e['dtype'])
    data = e['data']
    if dt.kind == 'c':
        vals = [complex(_num(data[i]), _num(data[i + 1])) for i in range(0, len(data), 2)]
    elif dt.kind in 'iu':
        vals = [int(v) for v in data]
    elif dt.kind == 'b':
        vals = [bool(v) for v in data]
    else:
        vals = [_num(v) for v in data]
    return np.array(vals, dtype=dt).reshape(e['shape'])


def scalar(v):
    """Encodes a Python/NumPy scalar: number, 'nan'/'inf'/'-inf', or {re, im} for complex."""
    if isinstance(v, (complex, np.complexfloating)):
        return {'re': _f(v.real), 'im': _f(v.imag)}
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v) if abs(int(v)) <= 2**53 else str(int(v))
    return _f(v)


def write(path, obj):
    """Writes compact JSON with a trailing newline (stable bytes for git diffs)."""
    with open(path, 'w') as fh:
        json.dump(obj, fh, separators=(',', ':'), allow_nan=False)
        fh.write('\n')


if __name__ == '__main__':
    # Self-check: enc then dec (through JSON text) gives back every dtype bit for bit.
    cases = [
        np.array([[True, False], [False, True]]),
        np.array([-128, 0, 127], np.int8), np.array([0, 255], np.uint8),
        np.array([-2**15, 2**15 - 1], np.int16), np.array([0, 2**16 - 1], np.uint16),
        np.array([-2**31, 2**31 - 1], np.int32), np.array([0, 2**32 - 1], np.uint32),
        np.array([-2**63, 2**63 - 1, 2**53 + 1], np.int64), np.array([0, 2**64 - 1], np.uint64),
        np.array([0.1, -0.0, np.nan, np.inf, -np.inf, 5e-324], np.float64),
        np.array([0.1, -0.0, np.nan, np.inf, 1e-45], np.float32),
        np.array([1 + 2j, complex(-0.0, np.nan), complex(np.inf, -np.inf)], np.complex128),
        np.array([0.1 - 0.2j], np.complex64),
        np.zeros((2, 0, 3)), np.float64(2.5), np.arange(24, dtype=np.int32).reshape(2, 3, 4),
    ]
    for a in cases:
        b = dec(json.loads(json.dumps(enc(a), allow_nan=False)))
        assert b.dtype == np.asarray(a).dtype and b.shape == np.shape(a), (a, b)
        assert b.tobytes() == np.asarray(a).tobytes(), (a, b)
    print(f'fixtures.py: {len(cases)} round trips exact')
