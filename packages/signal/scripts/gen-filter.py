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
# complex coefficients (a complex state), a leading zero in a, a[0] not 1
case('lfilterZi', signal.lfilter_zi, [np.array([1.0 + 0.5j, 0.2 - 0.1j, 0.3j]), np.array([1.0, -0.4 + 0.3j, 0.1 - 0.2j])])
case('lfilterZi', signal.lfilter_zi, [np.array([0.5, 0.25]), np.array([0.0, 2.0 - 1.0j, 0.5j, -0.1])])
case('lfilterZi', signal.lfilter_zi, [np.array([1.0j, 2.0]), np.array([1.0, 0.5])])
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
# method 'gust' (Gustafsson's end states): IIR and FIR, irlen, along an axis, complex signal
case('filtfilt', signal.filtfilt, [b3, a3, x1], {'method': 'gust'})
case('filtfilt', signal.filtfilt, [b8, a8, x1], {'method': 'gust'})
case('filtfilt', signal.filtfilt, [fir, np.array([1.0]), x1], {'method': 'gust'})
case('filtfilt', signal.filtfilt, [b3, a3, x1], {'method': 'gust', 'irlen': 12})
case('filtfilt', signal.filtfilt, [b3, a3, x3], {'method': 'gust', 'axis': 0})
case('filtfilt', signal.filtfilt, [b3, a3, x1 + 0.5j * x1[::-1]], {'method': 'gust'})
case('filtfilt', signal.filtfilt, [np.array([0.5]), np.array([2.0]), x1], {'method': 'gust'})
# sosfiltfilt
case('sosfiltfilt', signal.sosfiltfilt, [sos, x1])
case('sosfiltfilt', signal.sosfiltfilt, [sos, x2], {'padlen': 10})
case('sosfiltfilt', signal.sosfiltfilt, [sos, x3], {'axis': 1, 'padlen': 3, 'padtype': 'even'})
case('sosfiltfilt', signal.sosfiltfilt, [signal.butter(3, 0.3, output='sos'), x1], {'padtype': 'constant'})
case('sosfiltfilt', signal.sosfiltfilt, [signal.butter(3, 0.3, output='sos'), x1], {'padtype': None})

# convolve / correlate (direct and fft), fftconvolve, oaconvolve
a1 = rng.standard_normal(20)
k1 = rng.standard_normal(7)
k4 = rng.standard_normal(4)
for fn, f in (('convolve', signal.convolve), ('correlate', signal.correlate)):
    for mode in ('full', 'same', 'valid'):
        for method in ('direct', 'fft'):
            case(fn, f, [a1, k1], {'mode': mode, 'method': method})
            case(fn, f, [a1, k4], {'mode': mode, 'method': method})
            case(fn, f, [k1, a1], {'mode': mode, 'method': method})
        case(fn, f, [rng.standard_normal((5, 6)), rng.standard_normal((2, 3))], {'mode': mode})
        case(fn, f, [rng.standard_normal((4, 3, 5)), rng.standard_normal((2, 2, 3))], {'mode': mode, 'method': 'direct'})
        case(fn, f, [a1 + 1j * a1[::-1], k1 - 0.5j * k1], {'mode': mode})
    case(fn, f, [np.array([1, 2, 3], dtype=np.int32), np.array([4, 5], dtype=np.int32)])
    case(fn, f, [a1.astype(np.float32), k1.astype(np.float32)], {'method': 'fft'}, tol=1e-5)
case('convolve', signal.convolve, [rng.standard_normal(3000), rng.standard_normal(600)], {'mode': 'same'})
for mode in ('full', 'same', 'valid'):
    case('fftconvolve', signal.fftconvolve, [a1, k1], {'mode': mode})
    case('fftconvolve', signal.fftconvolve, [rng.standard_normal((6, 5)), rng.standard_normal((3, 2))], {'mode': mode})
    case('fftconvolve', signal.fftconvolve, [rng.standard_normal((3, 20)), rng.standard_normal((1, 5))], {'mode': mode, 'axes': 1})
    case('oaconvolve', signal.oaconvolve, [rng.standard_normal(200), rng.standard_normal(9)], {'mode': mode})
    case('oaconvolve', signal.oaconvolve, [rng.standard_normal(9), rng.standard_normal(200)], {'mode': mode})
    case('oaconvolve', signal.oaconvolve, [rng.standard_normal((6, 5)), rng.standard_normal((3, 2))], {'mode': mode})
case('fftconvolve', signal.fftconvolve, [a1 + 2j, k1])
case('fftconvolve', signal.fftconvolve, [a1.astype(np.float32), k1.astype(np.float32)], tol=1e-5)
# convolve2d / correlate2d
img = rng.standard_normal((5, 7))
ker = rng.standard_normal((3, 2))
for fn, f in (('convolve2d', signal.convolve2d), ('correlate2d', signal.correlate2d)):
    for mode in ('full', 'same', 'valid'):
        for boundary in ('fill', 'wrap', 'symm'):
            case(fn, f, [img, ker], {'mode': mode, 'boundary': boundary})
        case(fn, f, [img, ker], {'mode': mode, 'fillvalue': 1.5})
        case(fn, f, [ker, img], {'mode': mode})
    case(fn, f, [img, rng.standard_normal((6, 9))], {'mode': 'same', 'boundary': 'symm'})
    case(fn, f, [img + 1j * img, ker], {'mode': 'same'})
# medfilt
case('medfilt', signal.medfilt, [rng.standard_normal(30)])
case('medfilt', signal.medfilt, [rng.standard_normal(30), 7])
case('medfilt', signal.medfilt, [rng.standard_normal((6, 7))], {'kernel_size': [3, 5]}, camel={'kernel_size': 'kernelSize'})
case('medfilt', signal.medfilt, [np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=np.int32)])
case('medfilt', signal.medfilt, [rng.standard_normal(10).astype(np.float32), 5])
# savgol
for wl, po, d in ((5, 2, 0), (7, 3, 1), (6, 2, 0), (11, 4, 2), (9, 0, 0), (4, 3, 3), (5, 2, 3)):
    case('savgolCoeffs', signal.savgol_coeffs, [wl, po], {'deriv': d})
case('savgolCoeffs', signal.savgol_coeffs, [7, 2], {'pos': 1, 'use': 'dot', 'delta': 0.5, 'deriv': 1})
xs = np.cumsum(rng.standard_normal(40))
for mode in ('interp', 'mirror', 'constant', 'nearest', 'wrap'):
    case('savgolFilter', signal.savgol_filter, [xs, 7, 2], {'mode': mode})
    case('savgolFilter', signal.savgol_filter, [xs, 8, 3], {'mode': mode, 'deriv': 1, 'delta': 0.1})
case('savgolFilter', signal.savgol_filter, [xs, 9, 3], {'mode': 'constant', 'cval': 2.0})
case('savgolFilter', signal.savgol_filter, [x2, 3, 1], {'axis': 0})
case('savgolFilter', signal.savgol_filter, [x3, 5, 3], {'axis': 2, 'mode': 'nearest'})
case('savgolFilter', signal.savgol_filter, [xs.astype(np.float32), 5, 2], tol=1e-5)
# detrend
case('detrend', signal.detrend, [xs])
case('detrend', signal.detrend, [xs], {'type': 'constant'})
case('detrend', signal.detrend, [xs], {'bp': [10, 25]})
case('detrend', signal.detrend, [x3], {'axis': 1})
case('detrend', signal.detrend, [np.arange(12, dtype=np.int32).reshape(3, 4) ** 2], {'axis': 0})
case('detrend', signal.detrend, [xs.astype(np.float32)], tol=1e-5)
case('detrend', signal.detrend, [xs + 1j * xs[::-1]])
# hilbert
case('hilbert', signal.hilbert, [xs])
case('hilbert', signal.hilbert, [xs[:31]])
case('hilbert', signal.hilbert, [xs], {'N': 64})
case('hilbert', signal.hilbert, [x2], {'axis': 0})
case('hilbert', signal.hilbert, [xs.astype(np.float32)], tol=1e-5)

if __name__ == '__main__':
    write(OUT, {'cases': cases})
    print(len(cases), 'filter cases')
