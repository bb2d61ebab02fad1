"""Fixtures for @stride/signal's peak finding (find_peaks, peak_prominences, peak_widths,
argrelextrema/argrelmax/argrelmin), with SciPy 1.17 as the oracle.

    python3 packages/signal/scripts/gen-peaks.py
"""
import os
import sys
import warnings

import numpy as np
from scipy import signal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'peaks.json')
warnings.simplefilter('ignore')
rng = np.random.default_rng(3)
CAMEL = {'plateau_sizes': 'plateauSizes', 'left_edges': 'leftEdges', 'right_edges': 'rightEdges',
         'peak_heights': 'peakHeights', 'left_thresholds': 'leftThresholds', 'right_thresholds': 'rightThresholds',
         'left_bases': 'leftBases', 'right_bases': 'rightBases', 'width_heights': 'widthHeights',
         'left_ips': 'leftIps', 'right_ips': 'rightIps', 'rel_height': 'relHeight', 'plateau_size': 'plateauSize'}


def opt(v):
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, tuple):
        return [opt(e) for e in v]
    return v


noisy = np.round(np.sin(np.linspace(0, 6 * np.pi, 200)) + 0.3 * rng.standard_normal(200), 3)
plateaus = np.array([0, 1, 1, 0, 2, 2, 2, 1, 3, 3, 3, 3, 0, 1, 0, 5, 5, 4, 4, 6, 6, 6, 6, 6, 0], dtype=float)
small = np.array([0, 2, 0, 1, 1, 1, 0, 3, 0], dtype=float)
edge = np.array([5, 1, 2, 1, 5, 5], dtype=float)
ties = np.array([0, 3, 0, 3, 0, 3, 0, 3, 0, 2, 0], dtype=float)
signals = {'noisy': noisy, 'plateaus': plateaus, 'small': small, 'edge': edge, 'ties': ties}

find = []
for name, x in signals.items():
    for kw in [{}, {'height': 0.5}, {'height': (0.5, 2.5)}, {'height': (None, 1.0)}, {'threshold': 0.2},
               {'threshold': (0.1, 1.0)}, {'distance': 3}, {'distance': 2.5}, {'distance': 20}, {'prominence': 0.5},
               {'prominence': (0.3, 2.0)}, {'prominence': 0.1, 'wlen': 11}, {'width': 2}, {'width': (1, 5), 'rel_height': 1.0},
               {'width': 0, 'rel_height': 0.25, 'wlen': 7.5}, {'plateau_size': 2}, {'plateau_size': (1, 3)},
               {'height': 0.2, 'threshold': 0.05, 'distance': 4, 'prominence': 0.3, 'width': 1, 'plateau_size': 1},
               {'height': x * 0.5 + 0.1}, {'height': (x * 0 - 1, x * 0 + 1.2)}]:
        peaks, props = signal.find_peaks(x, **kw)
        find.append({'signal': name, 'options': {CAMEL.get(k, k): opt(v) for k, v in kw.items()},
                     'peaks': enc(peaks.astype(np.int32)),
                     'properties': {CAMEL.get(k, k): enc(v.astype(np.int32) if v.dtype.kind == 'i' else v)
                                    for k, v in props.items()}})

prom = []
for name, x in signals.items():
    peaks, _ = signal.find_peaks(x)
    for wlen in [None, 3, 6, 20.5]:
        p, lb, rb = signal.peak_prominences(x, peaks, wlen=wlen)
        for rel in [0.5, 1.0, 0.0, 0.8]:
            w, wh, li, ri = signal.peak_widths(x, peaks, rel_height=rel, wlen=wlen)
            prom.append({'signal': name, 'peaks': enc(peaks.astype(np.int32)), 'wlen': wlen, 'relHeight': rel,
                         'prominences': enc(p), 'leftBases': enc(lb.astype(np.int32)),
                         'rightBases': enc(rb.astype(np.int32)), 'widths': enc(w), 'widthHeights': enc(wh),
                         'leftIps': enc(li), 'rightIps': enc(ri)})

rel = []
data2 = np.round(rng.standard_normal((4, 7)), 2)
data2[1, 3] = data2[1, 4]
for data, kw in [(noisy, {}), (noisy, {'order': 3}), (plateaus, {}), (ties, {'mode': 'wrap'}), (data2, {}),
                 (data2, {'axis': 1}), (data2, {'axis': -1, 'order': 2, 'mode': 'wrap'})]:
    for fn in ['argrelmax', 'argrelmin']:
        res = getattr(signal, fn)(data, **kw)
        rel.append({'fn': fn, 'data': enc(data), 'options': kw, 'out': [enc(r.astype(np.int32)) for r in res]})
    res = signal.argrelextrema(data, np.greater_equal, **kw)
    rel.append({'fn': 'argrelextrema', 'comparator': 'greater_equal', 'data': enc(data), 'options': kw,
                'out': [enc(r.astype(np.int32)) for r in res]})

write(OUT, {'signals': {k: enc(v) for k, v in signals.items()}, 'find': find, 'prominences': prom, 'rel': rel})
print(len(find), len(prom), len(rel))
