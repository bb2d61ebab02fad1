"""Fixtures for @stride/signal's filters (lfilter, lfilter_zi, sosfilt, sosfilt_zi, filtfilt,
sosfiltfilt, convolve/correlate and friends, medfilt, savgol, detrend, hilbert), with SciPy 1.17
as the oracle. Arguments that are arrays are stored encoded; the test decodes every {dtype, shape,
data} object it meets.

    python3 packages/signal/scripts/gen-filter.py
"""
import os
import sys

import numpy as np
from scipy import signal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'filter.json')
rng = np.random.default_rng(7)
cases = []


def arg(v):
    if isinstance(v, np.ndarray):
        return enc(v)
    return v


def out(r):
    if isinstance(r, tuple):
        return [enc(x) for x in r]
    return enc(r)


def case(fn, pyfn, args, kwargs=None, camel=None, tol=None):
    kwargs = kwargs or {}
    r = pyfn(*args, **kwargs)
    c = {'fn': fn, 'args': [arg(a) for a in args],
         'kwargs': {(camel or {}).get(k, k): arg(v) for k, v in kwargs.items()}, 'out': out(r)}
    if tol:
        c['tol'] = tol
    cases.append(c)


b8, a8 = signal.butter(8, 0.2)
b3, a3 = signal.cheby1(3, 1, [0.1, 0.4], btype='bandpass')
x1 = rng.standard_normal(50)
x2 = rng.standard_normal((4, 30))
x3 = rng.standard_normal((3, 5, 7))
fir = np.array([0.25, 0.5, 0.25])

# lfilter
case('lfilter', signal.lfilter, [b8, a8, x1])
case('lfilter', signal.lfilter, [b3, a3, x2])
case('lfilter', signal.lfilter, [b3, a3, x2], {'axis': 0})
case('lfilter', signal.lfilter, [b3, a3, x3], {'axis': 1})
case('lfilter', signal.lfilter, [fir, np.array([1.0]), x1])
case('lfilter', signal.lfilter, [fir * 2, np.array([2.0]), x2], {'axis': 0})
case('lfilter', signal.lfilter, [np.array([1.0, -0.3]), np.array([2.0, 0.5, 0.1]), x1])
case('lfilter', signal.lfilter, [b3, a3, x1], {'zi': signal.lfilter_zi(b3, a3) * 0.7})
case('lfilter', signal.lfilter, [b3, a3, x2], {'axis': 1, 'zi': rng.standard_normal((4, 6))})
case('lfilter', signal.lfilter, [b3, a3, x2], {'axis': 0, 'zi': rng.standard_normal((6, 1))})
case('lfilter', signal.lfilter, [fir, np.array([1.0]), x1], {'zi': np.array([0.5, -1.0])})
case('lfilter', signal.lfilter, [b3.astype(np.float32), a3.astype(np.float32), x1.astype(np.float32)], tol=1e-3)
case('lfilter', signal.lfilter, [b3, a3, x1.astype(np.float32)])
case('lfilter', signal.lfilter, [b3, a3, x1 + 1j * rng.standard_normal(50)])
case('lfilter', signal.lfilter, [np.array([1.0, 0.5j]), np.array([1.0, -0.2 + 0.3j]), x1])
case('lfilter', signal.lfilter, [b3, a3, np.array([])])
case('lfilter', signal.lfilter, [b3, a3, np.array([2.5])])
case('lfilter', signal.lfilter, [b3, a3, np.array([1.0, np.nan, 2.0, 3.0])])
case('lfilter', signal.lfilter, [b3, a3, np.zeros((0, 4))], {'axis': 0})
# lfilter_zi
case('lfilterZi', signal.lfilter_zi, [b8, a8])
case('lfilterZi', signal.lfilter_zi, [b3, a3])
case('lfilterZi', signal.lfilter_zi, [np.array([1.0, 2.0, 3.0]), np.array([2.0, -0.5])])
case('lfilterZi', signal.lfilter_zi, [np.array([0.5]), np.array([1.0, -0.5, 0.2, 0.1])])
# sosfilt
sos = signal.ellip(6, 1, 50, [0.2, 0.4], btype='bandpass', output='sos')
case('sosfilt', signal.sosfilt, [sos, x1])
case('sosfilt', signal.sosfilt, [sos, x2], {'axis': 0})
case('sosfilt', signal.sosfilt, [sos, x3], {'axis': 1})
case('sosfilt', signal.sosfilt, [sos, x2], {'zi': rng.standard_normal((6, 4, 2))})
case('sosfilt', signal.sosfilt, [sos, x3], {'axis': 1, 'zi': rng.standard_normal((6, 3, 2, 7))})
case('sosfilt', signal.sosfilt, [sos.astype(np.float32), x1.astype(np.float32)], tol=1e-3)
case('sosfilt', signal.sosfilt, [sos, x1 - 2j * x1[::-1]])
case('sosfilt', signal.sosfilt, [sos, np.array([1.0, np.nan, 2.0])])
case('sosfiltZi', signal.sosfilt_zi, [sos])
case('sosfiltZi', signal.sosfilt_zi, [signal.butter(5, 0.3, output='sos')])
# filtfilt
case('filtfilt', signal.filtfilt, [b3, a3, x1])
case('filtfilt', signal.filtfilt, [b8, a8, x1], {'padlen': 20})
for pt in ('even', 'constant', None):
    case('filtfilt', signal.filtfilt, [b3, a3, x1], {'padtype': pt})
case('filtfilt', signal.filtfilt, [b3, a3, x2], {'padlen': 10})
case('filtfilt', signal.filtfilt, [b3, a3, x3], {'axis': 0, 'padlen': 2})
case('filtfilt', signal.filtfilt, [b3, a3, x2], {'axis': 0, 'padtype': None})
case('filtfilt', signal.filtfilt, [fir, np.array([1.0]), x1])
case('filtfilt', signal.filtfilt, [b3, a3, x1 + 0.5j * x1[::-1]])
case('filtfilt', signal.filtfilt, [b3.astype(np.float32), a3.astype(np.float32), x1.astype(np.float32)], tol=1e-3)
# sosfiltfilt
case('sosfiltfilt', signal.sosfiltfilt, [sos, x1])
case('sosfiltfilt', signal.sosfiltfilt, [sos, x2], {'padlen': 10})
case('sosfiltfilt', signal.sosfiltfilt, [sos, x3], {'axis': 1, 'padlen': 3, 'padtype': 'even'})
case('sosfiltfilt', signal.sosfiltfilt, [signal.butter(3, 0.3, output='sos'), x1], {'padtype': 'constant'})
case('sosfiltfilt', signal.sosfiltfilt, [signal.butter(3, 0.3, output='sos'), x1], {'padtype': None})

if __name__ == '__main__':
    import importlib.util
    extra = os.path.join(os.path.dirname(__file__), 'gen-filter-more.py')
    if os.path.exists(extra):
        spec = importlib.util.spec_from_file_location('more', extra)
        mod = importlib.util.module_from_spec(spec)
        mod.case, mod.rng, mod.np, mod.signal = case, rng, np, signal
        spec.loader.exec_module(mod)
    write(OUT, {'cases': cases})
    print(len(cases), 'filter cases')
