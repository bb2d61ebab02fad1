"""Fixtures for @stride/signal's IIR design (butter, cheby1, cheby2, ellip, bessel), the zpk/tf/sos
conversions and freqz, with SciPy 1.17 as the oracle.

    python3 packages/signal/scripts/gen-design.py
"""
import os
import sys
import warnings

import numpy as np
from scipy import signal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'design.json')

FAMILIES = {
    'butter': ([], {}),
    'cheby1': ([1.0], {}),
    'cheby2': ([40.0], {}),
    'ellip': ([0.5, 50.0], {}),
    'bessel': ([], {}),
}
BANDS = {'lowpass': 0.3, 'highpass': 0.45, 'bandpass': [0.2, 0.5], 'bandstop': [0.15, 0.6]}
ANALOG = {'lowpass': 2.0, 'highpass': 0.7, 'bandpass': [1.0, 3.0], 'bandstop': [0.5, 2.5]}


def encode(output, r):
    if output == 'ba':
        return {'b': enc(r[0]), 'a': enc(r[1])}
    if output == 'zpk':
        return {'z': enc(np.asarray(r[0], complex)), 'p': enc(np.asarray(r[1], complex)), 'k': float(r[2])}
    return enc(r)


def design_case(fn, n, extra, wn, kw):
    f = getattr(signal, fn)
    args = [n, *extra, wn]
    out = {}
    for output in ('ba', 'zpk', 'sos'):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                r = f(*args, output=output, **kw)
            except IndexError:
                continue  # SciPy's own pairing fails on a few analog cheby2 cases; nothing to compare
        out[output] = encode(output, r)
    return {'fn': fn, 'args': args, 'kwargs': kw, **out}


cases = []
for fn, (extra, _) in FAMILIES.items():
    for n in range(1, 11):
        for btype in BANDS:
            for analog in (False, True):
                wn = ANALOG[btype] if analog else BANDS[btype]
                kw = {'btype': btype, 'analog': analog}
                cases.append(design_case(fn, n, extra, wn, kw))
# fs, bessel norms, iirfilter
for n in (1, 2, 5, 8):
    cases.append(design_case('butter', n, [], 100.0, {'btype': 'lowpass', 'fs': 1000.0}))
    cases.append(design_case('cheby1', n, [3.0], [50.0, 200.0], {'btype': 'bandpass', 'fs': 1000.0}))
    cases.append(design_case('ellip', n, [1.0, 60.0], [0.1, 0.2], {'btype': 'bandstop'}))
    for norm in ('phase', 'delay', 'mag'):
        for analog in (False, True):
            wn = 1.5 if analog else 0.3
            cases.append(design_case('bessel', n, [], wn, {'btype': 'lowpass', 'analog': analog, 'norm': norm}))
            cases.append(design_case('bessel', n, [], [1.0, 2.0] if analog else [0.2, 0.4],
                                     {'btype': 'bandpass', 'analog': analog, 'norm': norm}))
for n in (3, 6):
    for ftype, kw in (('butter', {}), ('cheby1', {'rp': 2.0}), ('cheby2', {'rs': 30.0}), ('ellip', {'rp': 1.0, 'rs': 40.0}), ('bessel', {})):
        out = {}
        for output in ('ba', 'zpk', 'sos'):
            r = signal.iirfilter(n, [0.1, 0.6], ftype=ftype, output=output, **kw)
            out[output] = encode(output, r)
        cases.append({'fn': 'iirfilter', 'args': [n, [0.1, 0.6]], 'kwargs': {'ftype': ftype, **kw}, **out})

# Conversions on a few systems.
conv = []
b, a = signal.ellip(5, 1, 40, 0.3)
z, p, k = signal.tf2zpk(b, a)
conv.append({'fn': 'tf2zpk', 'b': enc(b), 'a': enc(a), 'z': enc(np.asarray(z, complex)), 'p': enc(np.asarray(p, complex)), 'k': float(k)})
conv.append({'fn': 'tf2sos', 'b': enc(b), 'a': enc(a), 'sos': enc(signal.tf2sos(b, a))})
sos = signal.cheby2(6, 50, [0.2, 0.35], btype='bandstop', output='sos')
sb, sa = signal.sos2tf(sos)
conv.append({'fn': 'sos2tf', 'sos': enc(sos), 'b': enc(sb), 'a': enc(sa)})
for pairing in ('nearest', 'keep_odd', 'minimal'):
    z, p, k = signal.butter(5, 0.2, output='zpk')
    conv.append({'fn': 'zpk2sos', 'z': enc(np.asarray(z, complex)), 'p': enc(np.asarray(p, complex)), 'k': float(k),
                 'pairing': pairing, 'sos': enc(signal.zpk2sos(z, p, k, pairing=pairing))})
z, p, k = signal.cheby1(4, 1, 2.0, analog=True, output='zpk')
conv.append({'fn': 'zpk2sos', 'z': enc(np.asarray(z, complex)), 'p': enc(np.asarray(p, complex)), 'k': float(k),
             'pairing': 'minimal', 'analog': True, 'sos': enc(signal.zpk2sos(z, p, k, analog=True))})
zb, pb, kb = signal.bilinear_zpk(z, p, k, 10.0)
conv.append({'fn': 'bilinearZpk', 'z': enc(np.asarray(z, complex)), 'p': enc(np.asarray(p, complex)), 'k': float(k), 'fs': 10.0,
             'oz': enc(np.asarray(zb, complex)), 'op': enc(np.asarray(pb, complex)), 'ok': float(kb)})
bb, ab = signal.bilinear([1.0, 2.0], [1.0, 3.0, 2.0], 5.0)
conv.append({'fn': 'bilinear', 'b': enc(np.array([1.0, 2.0])), 'a': enc(np.array([1.0, 3.0, 2.0])), 'fs': 5.0, 'ob': enc(bb), 'oa': enc(ab)})
za, pa, ka = signal.ellip(3, 1, 40, 1.0, analog=True, output='zpk')
for name, extra in (('lp2lp_zpk', (2.5,)), ('lp2hp_zpk', (2.5,)), ('lp2bp_zpk', (2.0, 0.5)), ('lp2bs_zpk', (2.0, 0.5))):
    oz, op, ok = getattr(signal, name)(za, pa, ka, *extra)
    conv.append({'fn': name, 'z': enc(np.asarray(za, complex)), 'p': enc(np.asarray(pa, complex)), 'k': float(ka), 'extra': list(extra),
                 'oz': enc(np.asarray(oz, complex)), 'op': enc(np.asarray(op, complex)), 'ok': float(ok)})
zz, pp, kk = signal.tf2zpk([1.0, 0.5], [1.0, -0.9, 0.2])
b2, a2 = signal.zpk2tf(zz, pp, kk)
conv.append({'fn': 'zpk2tf', 'z': enc(np.asarray(zz, complex)), 'p': enc(np.asarray(pp, complex)), 'k': float(kk), 'b': enc(b2), 'a': enc(a2)})

sos5 = signal.butter(5, [0.2, 0.4], btype='bandpass', output='sos')
z5, p5, k5 = signal.sos2zpk(sos5)
conv.append({'fn': 'sos2zpk', 'sos': enc(sos5), 'z': enc(z5), 'p': enc(p5), 'k': float(k5)})
z1, p1, k1 = signal.sos2zpk(signal.butter(3, 0.3, output='sos'))
conv.append({'fn': 'sos2zpk', 'sos': enc(signal.butter(3, 0.3, output='sos')), 'z': enc(z1), 'p': enc(p1), 'k': float(k1)})

# freqz / sosfreqz
fz = []
b, a = signal.butter(4, 0.3)
for kw in ({}, {'worN': 16}, {'worN': 9, 'whole': True}, {'worN': 8, 'fs': 100.0}, {'worN': [0.0, 0.1, 0.25, 0.5], 'fs': 1.0},
           {'worN': 10, 'include_nyquist': True}):
    w, h = signal.freqz(b, a, **kw)
    fz.append({'fn': 'freqz', 'b': enc(b), 'a': enc(a), 'kwargs': kw, 'w': enc(w), 'h': enc(h)})
fir = signal.firwin(31, 0.3) if hasattr(signal, 'firwin') else np.ones(5)
for kw in ({'worN': 64}, {'worN': 65, 'whole': True}, {'worN': 7, 'whole': True}):
    w, h = signal.freqz(fir, 1, **kw)
    fz.append({'fn': 'freqz', 'b': enc(fir), 'a': enc(np.array([1.0])), 'kwargs': kw, 'w': enc(w), 'h': enc(h)})
sos = signal.ellip(6, 1, 60, [0.2, 0.3], btype='bandpass', output='sos')
for kw in ({'worN': 32}, {'worN': 20, 'whole': True, 'fs': 8.0}):
    w, h = signal.sosfreqz(sos, **kw)
    fz.append({'fn': 'sosfreqz', 'sos': enc(sos), 'kwargs': kw, 'w': enc(w), 'h': enc(h)})

bg, ag = signal.cheby1(4, 1, 0.3)
for kw in ({}, {'w': 16}, {'w': 10, 'whole': True, 'fs': 50.0}, {'w': [0.0, 0.05, 0.2], 'fs': 1.0}):
    w, gd = signal.group_delay((bg, ag), **kw)
    fz.append({'fn': 'groupDelay', 'b': enc(bg), 'a': enc(ag), 'kwargs': kw, 'w': enc(w), 'h': enc(gd)})
w, gd = signal.group_delay((signal.firwin(21, 0.3), [1.0]), w=8)
fz.append({'fn': 'groupDelay', 'b': enc(signal.firwin(21, 0.3)), 'a': enc(np.array([1.0])), 'kwargs': {'w': 8}, 'w': enc(w), 'h': enc(gd)})

# buttord / cheb1ord / cheb2ord / ellipord
ords = []
for fn in ('buttord', 'cheb1ord', 'cheb2ord', 'ellipord'):
    for wp, ws, gp, gs, kw in ((0.2, 0.3, 3, 40, {}), (0.3, 0.2, 1, 60, {}), ([0.2, 0.5], [0.1, 0.6], 3, 40, {}),
                               ([0.1, 0.6], [0.2, 0.5], 1, 50, {}), (100.0, 150.0, 2, 45, {'fs': 1000.0}),
                               (1.0, 3.0, 1, 30, {'analog': True}), ([1.0, 4.0], [0.5, 6.0], 2, 40, {'analog': True}),
                               ([1.0, 6.0], [2.0, 4.0], 2, 40, {'analog': True})):
        n, wn = getattr(signal, fn)(wp, ws, gp, gs, **kw)
        ords.append({'fn': fn, 'args': [wp, ws, gp, gs], 'kwargs': kw, 'N': int(n), 'Wn': np.atleast_1d(wn).tolist()})

write(OUT, {'design': cases, 'convert': conv, 'freqz': fz, 'ord': ords})
print(len(cases), 'design cases')
