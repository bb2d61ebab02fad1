"""Fixtures for @stride/signal's windows namespace, with SciPy's scipy.signal.windows as the oracle.

    python3 packages/signal/scripts/gen-windows.py
"""
import os
import sys

import numpy as np
from scipy.signal import get_window, windows as W

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'windows.json')

# (Stride name, SciPy function, parameter sets as positional lists)
SPECS = [
    ('hann', W.hann, [[]]), ('hamming', W.hamming, [[]]), ('blackman', W.blackman, [[]]),
    ('blackmanharris', W.blackmanharris, [[]]), ('nuttall', W.nuttall, [[]]), ('flattop', W.flattop, [[]]),
    ('bartlett', W.bartlett, [[]]), ('barthann', W.barthann, [[]]), ('bohman', W.bohman, [[]]),
    ('boxcar', W.boxcar, [[]]), ('cosine', W.cosine, [[]]), ('parzen', W.parzen, [[]]),
    ('triang', W.triang, [[]]), ('lanczos', W.lanczos, [[]]),
    ('exponential', W.exponential, [[], [None, 3.0]]),
    ('gaussian', W.gaussian, [[1.0], [7.0]]),
    ('generalGaussian', W.general_gaussian, [[1.5, 2.0], [0.5, 7.0]]),
    ('generalCosine', W.general_cosine, [[[0.5, 0.5]], [[0.3, 0.4, 0.2, 0.1]]]),
    ('generalHamming', W.general_hamming, [[0.6], [0.5]]),
    ('kaiser', W.kaiser, [[0.0], [5.0], [8.6], [14.0], [40.0]]),
    ('tukey', W.tukey, [[], [0.0], [0.25], [1.0], [0.9]]),
    ('taylor', W.taylor, [[], [3, 40.0], [5, 25.0, False]]),
    ('chebwin', W.chebwin, [[50.0], [100.0], [30.0]]),
    ('dpss', W.dpss, [[1.0], [2.5], [3.0, 4], [2.0, 3, True, 'subsample'], [1.5, None, True, 'subsample'], [2.0, 2, True, 'approximate']]),
]
LENGTHS = [0, 1, 2, 3, 5, 6, 16, 17]
LONG = {'kaiser', 'chebwin', 'dpss', 'taylor'}  # also at 64 and 101 points

cases = []
for name, f, psets in SPECS:
    for params in psets:
        for M in LENGTHS + ([64, 101] if name in LONG else []):
            for sym in (True, False):
                args = list(params)
                if name == 'dpss':
                    if M < 1 or args[0] >= M / 2:
                        continue
                    if len(args) > 1 and args[1] is not None and args[1] > M:
                        continue
                    nw, kmax = args[0], (args[1] if len(args) > 1 else None)
                    norm = args[3] if len(args) > 3 else None
                    w = f(M, nw, Kmax=kmax, sym=sym, norm=norm)
                    args = [nw, kmax, sym, norm]
                else:
                    w = f(M, *args, sym=sym)
                cases.append({'fn': name, 'M': M, 'args': args, 'sym': sym, 'out': enc(w)})

for M in [0, 2, 4, 7, 16]:
    for beta in ([1.0, 4.0] if M else [3.0]):
        cases.append({'fn': 'kaiserBesselDerived', 'M': M, 'args': [beta], 'sym': True,
                      'out': enc(W.kaiser_bessel_derived(M, beta) if M % 2 == 0 else np.zeros(0))})
cases = [c for c in cases if not (c['fn'] == 'kaiserBesselDerived' and c['M'] % 2)]

gets = []
for spec in ['hann', 'hamming', 'boxcar', 'triang', 'blackman', 'bartlett', 'flattop', 'parzen', 'bohman',
             'blackmanharris', 'nuttall', 'barthann', 'cosine', 'lanczos', 'exponential', 'tukey', 'taylor',
             'hann_symmetric', 'hamming_periodic', 'rect', 'sinc',
             ('kaiser', 8.6), ('tukey', 0.25), ('gaussian', 7), ('general_gaussian', 1.5, 3.0), ('chebwin', 80),
             ('dpss', 2.0), ('exponential', None, 2.0), ('general_cosine', [0.5, 0.3, 0.2]), ('general_hamming', 0.7),
             ('taylor', 4, 35), ('kbd', 3.0), 6.0]:
    for nx in [1, 8, 9]:
        for fftbins in (True, False):
            if isinstance(spec, tuple) and spec[0] == 'kbd' and (fftbins or nx % 2):
                continue
            if isinstance(spec, tuple) and spec[0] == 'dpss' and spec[1] >= nx / 2:
                continue
            w = get_window(spec, nx, fftbins=fftbins)
            gets.append({'window': list(spec) if isinstance(spec, tuple) else spec, 'Nx': nx, 'fftbins': fftbins,
                         'out': enc(w)})

write(OUT, {'windows': cases, 'get': gets})
print(len(cases), 'window cases,', len(gets), 'get cases')
