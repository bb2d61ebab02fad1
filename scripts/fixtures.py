"""The one fixture codec of every package's generators (Python side; test/fixtures.ts decodes).

An array is {"dtype", "shape", "data"}: data flat in C order; complex interleaved (re, im);
floats as JSON numbers (shortest round-trip repr, so exact) with "nan", "inf", "-inf" as strings;
int64/uint64 as decimal strings (exact beyond 2**53); bool as true/false. Scalars: a Python float
becomes a number (non-finite as a string), a complex {"re", "im"}.

    import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
    from fixtures import enc, write
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
