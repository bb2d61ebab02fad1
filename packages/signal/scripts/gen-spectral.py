"""Fixtures for @stride/signal's spectral analysis (periodogram, welch, csd, coherence,
spectrogram, stft, istft, check_COLA, check_NOLA), with SciPy 1.17 as the oracle.

    python3 packages/signal/scripts/gen-spectral.py
"""
import os
import sys
import warnings

import numpy as np
from scipy import signal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'spectral.json')
warnings.simplefilter('ignore')
rng = np.random.default_rng(7)
cases = []

CAMEL = {'return_onesided': 'returnOnesided', 'input_onesided': 'inputOnesided', 'time_axis': 'timeAxis',
         'freq_axis': 'freqAxis'}


def sig(shape, cplx=False, dtype=np.float64):
    x = np.round(rng.standard_normal(shape), 3)
    if cplx:
        x = x + 1j * np.round(rng.standard_normal(shape), 3)
    return x.astype(dtype if not cplx else (np.complex64 if dtype == np.float32 else np.complex128))


def opt_(v):
    return v.tolist() if isinstance(v, np.ndarray) else v


def add(fn, args, kwargs, keys):
    opts = {CAMEL.get(k, k): (list(v) if isinstance(v, tuple) else v.tolist() if isinstance(v, np.ndarray) else v)
            for k, v in kwargs.items()}
    try:
        res = getattr(signal, fn)(*args, **kwargs)
    except ValueError as e:
        cases.append({'fn': fn, 'args': [enc(a) for a in args], 'options': opts, 'error': str(e)})
        return
    cases.append({'fn': fn, 'args': [enc(a) for a in args], 'options': opts,
                  'out': {k: enc(v) for k, v in zip(keys, res)}})


# welch / periodogram / csd / coherence
x = sig(101)
y = sig(101)
for kw in [{}, {'nperseg': 32}, {'nperseg': 33, 'noverlap': 10}, {'nperseg': 16, 'nfft': 20},
           {'nperseg': 16, 'detrend': 'linear'}, {'nperseg': 16, 'detrend': False},
           {'nperseg': 16, 'scaling': 'spectrum'}, {'nperseg': 16, 'average': 'median'},
           {'nperseg': 17, 'average': 'median', 'fs': 100.0}, {'nperseg': 16, 'return_onesided': False},
           {'nperseg': 16, 'window': ('kaiser', 8.6)}, {'nperseg': 16, 'window': 'hamming'},
           {'window': list(np.round(signal.windows.hann(10), 6)), 'nperseg': 10},
           {'nperseg': 200}, {'nperseg': 16, 'noverlap': 16}, {'nperseg': 16, 'nfft': 8}]:
    kw = {k: (np.array(v) if k == 'window' and isinstance(v, list) else v) for k, v in kw.items()}
    add('welch', [x], kw, ['f', 'pxx'])
    add('csd', [x, y], kw, ['f', 'pxy'])
kw16 = {'nperseg': 16}
add('welch', [sig(64, cplx=True)], kw16, ['f', 'pxx'])
add('welch', [sig(64, cplx=True)], {'nperseg': 16, 'average': 'median'}, ['f', 'pxx'])
add('csd', [sig(64, cplx=True), sig(64)], kw16, ['f', 'pxy'])
add('welch', [sig((3, 50))], kw16, ['f', 'pxx'])
add('welch', [sig((50, 3))], {'nperseg': 16, 'axis': 0}, ['f', 'pxx'])
add('welch', [sig((2, 40, 3))], {'nperseg': 8, 'axis': 1, 'scaling': 'spectrum'}, ['f', 'pxx'])
add('welch', [sig(64, dtype=np.float32)], kw16, ['f', 'pxx'])
add('csd', [sig((2, 50)), sig(50)], kw16, ['f', 'pxy'])
add('csd', [sig(50), sig(40)], kw16, ['f', 'pxy'])
add('csd', [sig((3, 1, 30)), sig((2, 30))], {'nperseg': 8}, ['f', 'pxy'])
add('welch', [sig(7)], {}, ['f', 'pxx'])
add('welch', [sig(1)], {}, ['f', 'pxx'])
add('welch', [np.zeros(0)], {}, ['f', 'pxx'])
for kw in [{}, {'window': 'hann'}, {'nfft': 128}, {'nfft': 50}, {'scaling': 'spectrum'},
           {'detrend': 'linear', 'fs': 8.0}, {'return_onesided': False}, {'detrend': False}]:
    add('periodogram', [x], kw, ['f', 'pxx'])
add('periodogram', [sig(100)], {}, ['f', 'pxx'])
add('periodogram', [sig(33, cplx=True)], {}, ['f', 'pxx'])
add('periodogram', [sig((4, 30))], {'axis': 0}, ['f', 'pxx'])
for kw in [{'nperseg': 16}, {'nperseg': 25, 'noverlap': 5, 'fs': 10.0}, {'nperseg': 16, 'window': 'boxcar', 'detrend': False}]:
    add('coherence', [x, x * 0.5 + y], kw, ['f', 'cxy'])
add('coherence', [sig((2, 64)), sig(64)], {'nperseg': 16}, ['f', 'cxy'])

# spectrogram
z = sig(130)
for kw in [{}, {'nperseg': 32}, {'nperseg': 32, 'noverlap': 20, 'nfft': 40}, {'nperseg': 31, 'mode': 'complex'},
           {'nperseg': 16, 'mode': 'magnitude'}, {'nperseg': 16, 'mode': 'angle'}, {'nperseg': 16, 'mode': 'phase'},
           {'nperseg': 16, 'scaling': 'spectrum', 'detrend': 'linear'}, {'nperseg': 16, 'return_onesided': False},
           {'nperseg': 16, 'window': 'hann', 'fs': 4.0}, {'nperseg': 16, 'mode': 'bogus'}]:
    add('spectrogram', [z], kw, ['f', 't', 'sxx'])
add('spectrogram', [sig(60, cplx=True)], {'nperseg': 16}, ['f', 't', 'sxx'])
add('spectrogram', [sig((40, 2))], {'nperseg': 16, 'axis': 0, 'mode': 'phase'}, ['f', 't', 'sxx'])
add('spectrogram', [sig((2, 3, 40))], {'nperseg': 16}, ['f', 't', 'sxx'])

# stft / istft
for kw in [{'nperseg': 16}, {'nperseg': 15}, {'nperseg': 16, 'noverlap': 12, 'nfft': 20}, {'nperseg': 16, 'boundary': None},
           {'nperseg': 16, 'boundary': 'even'}, {'nperseg': 16, 'boundary': 'odd'}, {'nperseg': 16, 'boundary': 'constant'},
           {'nperseg': 16, 'padded': False}, {'nperseg': 16, 'scaling': 'psd', 'fs': 2.0},
           {'nperseg': 16, 'detrend': 'constant'}, {'nperseg': 16, 'return_onesided': False}, {}]:
    add('stft', [z], kw, ['f', 't', 'zxx'])
add('stft', [sig(50, cplx=True)], {'nperseg': 8}, ['f', 't', 'zxx'])
add('stft', [sig((50, 2))], {'nperseg': 8, 'axis': 0}, ['f', 't', 'zxx'])
add('stft', [sig(40, dtype=np.float32)], {'nperseg': 8}, ['f', 't', 'zxx'])
for kw in [{'nperseg': 16}, {'nperseg': 15}, {'nperseg': 16, 'noverlap': 12, 'nfft': 20},
           {'nperseg': 16, 'boundary': None}, {'nperseg': 16, 'scaling': 'psd', 'fs': 2.0}]:
    _, _, Z = signal.stft(z, **kw)
    ikw = {k: v for k, v in kw.items() if k in ('nperseg', 'noverlap', 'nfft', 'scaling', 'fs')}
    if kw.get('boundary', 'zeros') is None:
        ikw['boundary'] = False
    add('istft', [Z], ikw, ['t', 'x'])
_, _, Z = signal.stft(sig(40, cplx=True), nperseg=8, return_onesided=False)
add('istft', [Z], {'nperseg': 8, 'input_onesided': False}, ['t', 'x'])
_, _, Z = signal.stft(sig((2, 40)), nperseg=8)
add('istft', [np.moveaxis(Z, -1, 0)], {'nperseg': 8, 'time_axis': 0, 'freq_axis': -1}, ['t', 'x'])
add('istft', [Z], {'nperseg': 8, 'window': 'hamming', 'noverlap': 6}, ['t', 'x'])

colas = []
for w, n, o in [('hann', 256, 128), ('hann', 256, 64), (('tukey', 0.5), 256, 64), ('boxcar', 4, 0),
                ('hamming', 100, 50), ('bartlett', 50, 25), ('hann', 8, 5), (('tukey', 0.25), 16, 4), ('boxcar', 7, 3)]:
    colas.append({'window': list(w) if isinstance(w, tuple) else w, 'nperseg': n, 'noverlap': o,
                  'cola': bool(signal.check_COLA(w, n, o)), 'nola': bool(signal.check_NOLA(w, n, o))})
colas.append({'window': [0.0, 1.0, 0.0, 0.0], 'nperseg': 4, 'noverlap': 2,
              'cola': bool(signal.check_COLA(np.array([0.0, 1, 0, 0]), 4, 2)),
              'nola': bool(signal.check_NOLA(np.array([0.0, 1, 0, 0]), 4, 2))})
lomb = []
tx = np.sort(np.round(rng.uniform(0, 20, 60), 3))
ty = np.round(np.sin(1.3 * tx) + 0.5 * np.cos(0.4 * tx) + 0.3 + 0.2 * rng.standard_normal(60), 3)
fr = np.linspace(0.05, 3, 25)
wts = np.round(rng.uniform(0.2, 2, 60), 2)
for kw in [{}, {'normalize': True}, {'normalize': 'amplitude'}, {'floating_mean': True},
           {'floating_mean': True, 'normalize': True}, {'weights': wts}, {'weights': wts, 'floating_mean': True,
           'normalize': 'amplitude'}, {'precenter': True}]:
    res = signal.lombscargle(tx, ty, fr, **kw)
    lomb.append({'options': {('floatingMean' if k == 'floating_mean' else k): opt_(v) for k, v in kw.items()},
                 'out': enc(res)})
lomb.append({'options': {}, 'freqs': [1.3], 'out': enc(signal.lombscargle(tx, ty, np.array([1.3])))})
write(OUT, {'cases': cases, 'cola': colas, 'lomb': {'x': enc(tx), 'y': enc(ty), 'freqs': enc(fr), 'cases': lomb}})
print(len(cases), 'cases')
