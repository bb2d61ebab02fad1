"""Fixtures for @stride/signal's FIR design (firwin) and resampling (resample, resample_poly,
upfirdn, decimate), with SciPy 1.17 as the oracle. Same case format as gen-filter.py.

    python3 packages/signal/scripts/gen-resample.py
"""
import os
import sys

import numpy as np
from scipy import signal

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import write  # noqa: E402

import importlib.util  # noqa: E402
_spec = importlib.util.spec_from_file_location('gen_filter', os.path.join(os.path.dirname(__file__), 'gen-filter.py'))
gf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gf)
gf.cases.clear()
case = gf.case
rng = np.random.default_rng(11)
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'resample.json')
PZ = {'pass_zero': 'passZero'}

# firwin
case('firwin', signal.firwin, [31, 0.3])
case('firwin', signal.firwin, [30, 0.3])
case('firwin', signal.firwin, [51, 0.3], {'pass_zero': False}, camel=PZ)
case('firwin', signal.firwin, [41, [0.2, 0.5]], {'pass_zero': False}, camel=PZ)
case('firwin', signal.firwin, [41, [0.2, 0.5]])
case('firwin', signal.firwin, [41, [0.1, 0.3, 0.6]], {'pass_zero': 'bandpass'}, camel=PZ)
case('firwin', signal.firwin, [41, [0.1, 0.3, 0.6, 0.8]], {'pass_zero': 'bandstop'}, camel=PZ)
case('firwin', signal.firwin, [61, 100.0], {'fs': 1000.0, 'window': 'blackman'})
case('firwin', signal.firwin, [61, 100.0], {'fs': 1000.0, 'width': 50.0})
case('firwin', signal.firwin, [21, 0.4], {'window': ('kaiser', 8.0), 'scale': False})
case('firwin', signal.firwin, [1, 0.4])
# firwin2: the four filter types, steps, nfreqs, windows, fs
case('firwin2', signal.firwin2, [31, [0.0, 0.3, 0.5, 1.0], [1.0, 1.0, 0.0, 0.0]])
case('firwin2', signal.firwin2, [30, [0.0, 0.3, 0.3, 1.0], [1.0, 1.0, 0.0, 0.0]])
case('firwin2', signal.firwin2, [33, [0.0, 0.2, 0.5, 0.8, 1.0], [0.0, 0.5, 1.0, 0.5, 0.0]], {'antisymmetric': True})
case('firwin2', signal.firwin2, [32, [0.0, 0.4, 1.0], [0.0, 1.0, 1.0]], {'antisymmetric': True})
case('firwin2', signal.firwin2, [25, [0.0, 100.0, 200.0, 500.0], [2.0, 1.0, 0.5, 0.0]], {'fs': 1000.0, 'nfreqs': 100})
case('firwin2', signal.firwin2, [15, [0.0, 0.5, 1.0], [1.0, 0.2, 1.0]], {'window': ('kaiser', 6.0)})
case('firwin2', signal.firwin2, [15, [0.0, 0.5, 1.0], [1.0, 0.2, 1.0]], {'window': None})
case('firwin2', signal.firwin2, [1, [0.0, 1.0], [1.0, 1.0]])
# resample
x = rng.standard_normal(32)
x2 = rng.standard_normal((10, 3))
for num in (16, 20, 48, 33, 7):
    case('resample', signal.resample, [x, num])
    case('resample', signal.resample, [x[:31], num])
    case('resample', signal.resample, [x + 1j * x[::-1], num])
case('resample', signal.resample, [x2, 15])
case('resample', signal.resample, [x2, 4], {'axis': 1})
case('resample', signal.resample, [x, 24], {'window': 'hann'})
case('resample', signal.resample, [x + 0.5j, 24], {'window': ('kaiser', 4.0)})
case('resample', signal.resample, [x, 40], {'t': np.arange(32) * 0.1})
case('resample', signal.resample, [x.astype(np.float32), 40], tol=1e-5)
# resample_poly / upfirdn
y = np.cumsum(rng.standard_normal(50))
for up, down in ((1, 2), (2, 1), (3, 2), (2, 3), (5, 7), (4, 4), (1, 10)):
    case('resamplePoly', signal.resample_poly, [y, up, down])
case('resamplePoly', signal.resample_poly, [y, 3, 5], {'padtype': 'mean'})
case('resamplePoly', signal.resample_poly, [y, 3, 5], {'padtype': 'median'})
case('resamplePoly', signal.resample_poly, [y, 2, 3], {'padtype': 'maximum'})
case('resamplePoly', signal.resample_poly, [y, 2, 3], {'padtype': 'minimum'})
case('resamplePoly', signal.resample_poly, [y, 2, 3], {'cval': 1.5})
case('resamplePoly', signal.resample_poly, [y, 2, 3], {'window': 'hamming'})
case('resamplePoly', signal.resample_poly, [y, 3, 2], {'window': np.array([0.25, 0.5, 0.25, 0.1])})
case('resamplePoly', signal.resample_poly, [rng.standard_normal((20, 3)), 3, 2])
case('resamplePoly', signal.resample_poly, [rng.standard_normal((3, 20)), 2, 5], {'axis': 1})
case('resamplePoly', signal.resample_poly, [y.astype(np.float32), 3, 2], tol=1e-5)
case('resamplePoly', signal.resample_poly, [y + 1j * y[::-1], 3, 2])
case('upfirdn', signal.upfirdn, [np.array([1.0, 0.5, 0.25]), y, 3, 2])
case('upfirdn', signal.upfirdn, [np.array([1.0, 0.5, 0.25, 0.1, 0.05]), y[:11], 1, 3])
case('upfirdn', signal.upfirdn, [np.array([1.0, -1.0]), rng.standard_normal((3, 8)), 2, 1], {'axis': 0})
# decimate
z = np.cumsum(rng.standard_normal(120))
for q in (2, 3, 5):
    case('decimate', signal.decimate, [z, q])
    case('decimate', signal.decimate, [z, q], {'ftype': 'fir'})
    case('decimate', signal.decimate, [z, q], {'zero_phase': False}, camel={'zero_phase': 'zeroPhase'})
    case('decimate', signal.decimate, [z, q], {'ftype': 'fir', 'zero_phase': False}, camel={'zero_phase': 'zeroPhase'})
case('decimate', signal.decimate, [z, 4], {'n': 4})
case('decimate', signal.decimate, [rng.standard_normal((2, 90)), 3], {'axis': 1})
case('decimate', signal.decimate, [z.astype(np.float32), 2], tol=1e-4)

write(OUT, {'cases': gf.cases})
print(len(gf.cases), 'resample cases')
