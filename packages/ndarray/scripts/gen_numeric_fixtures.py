"""Writes test/fixtures/numeric.json: NumPy (2.4) as the oracle for src/numeric (cov, corrcoef,
polyval, poly, roots, polyfit, ediff1d) and the NaN-aware helpers of src/reduce on edge cases.

Run from packages/ndarray:  python3 scripts/gen_numeric_fixtures.py

Each case: {"fn", "args": [encoded positional inputs], "opts": {camelCase options}, "out": encoded
result} or {"error": NumPy's exception class name}. Roots are compared as multisets (LAPACK's
order is not part of the contract), with "tol" the absolute tolerance the case's conditioning
allows (a root of multiplicity k is only determined to about eps**(1/k)).
"""

import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

warnings.simplefilter('ignore')
assert np.__version__.startswith('2.'), np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures', 'numeric.json')

rng = np.random.default_rng(20261206)
cases = []


def encv(v):
    if isinstance(v, np.ndarray):
        return enc(v)
    if isinstance(v, (list, tuple)):
        return enc(np.asarray(v))
    return scalar(v)


def case(name, fn, call, args, opts=None, **extra):
    c = {'name': name, 'fn': fn, 'args': [encv(a) for a in args], 'opts': {}}
    for k, v in (opts or {}).items():
        c['opts'][k] = encv(v) if isinstance(v, (np.ndarray, list, tuple)) else v
    try:
        r = call()
        if isinstance(r, tuple):
            c['out'] = [encv(x) if not isinstance(x, (int, float)) else x for x in r]
        else:
            c['out'] = encv(r)
    except Exception as e:  # noqa: BLE001
        c['error'] = type(e).__name__
    c.update(extra)
    cases.append(c)


# ---- cov / corrcoef ----
X = rng.standard_normal((3, 7))
Xi = rng.integers(-5, 6, (2, 6)).astype(np.int32)
X32 = rng.standard_normal((2, 5)).astype(np.float32)
Xnan = X.copy()
Xnan[1, 2] = np.nan
fw = np.array([1, 2, 1, 3, 1, 1, 2])
aw = rng.uniform(0.1, 2, 7)
y1 = rng.standard_normal(7)
for name, args, opts, call in [
    ('2-D', [X], {}, lambda: np.cov(X)),
    ('rowvar false', [X.T.copy()], {'rowvar': False}, lambda: np.cov(X.T, rowvar=False)),
    ('bias', [X], {'bias': True}, lambda: np.cov(X, bias=True)),
    ('ddof 3', [X], {'ddof': 3}, lambda: np.cov(X, ddof=3)),
    ('fweights', [X], {'fweights': fw}, lambda: np.cov(X, fweights=fw)),
    ('aweights', [X], {'aweights': aw}, lambda: np.cov(X, aweights=aw)),
    ('fweights and aweights', [X], {'fweights': fw, 'aweights': aw}, lambda: np.cov(X, fweights=fw, aweights=aw)),
    ('fweights aweights ddof 0', [X], {'fweights': fw, 'aweights': aw, 'ddof': 0},
     lambda: np.cov(X, fweights=fw, aweights=aw, ddof=0)),
    ('with y', [X], {'y': y1}, lambda: np.cov(X, y1)),
    ('1-D', [y1], {}, lambda: np.cov(y1)),
    ('1-D rowvar false', [y1], {'rowvar': False}, lambda: np.cov(y1, rowvar=False)),
    ('int32', [Xi], {}, lambda: np.cov(Xi)),
    ('float32', [X32], {}, lambda: np.cov(X32)),
    ('dtype float32', [X], {'dtype': 'float32'}, lambda: np.cov(X, dtype=np.float32)),
    ('NaN', [Xnan], {}, lambda: np.cov(Xnan)),
    ('one observation', [X[:, :1].copy()], {}, lambda: np.cov(X[:, :1])),
    ('empty', [np.zeros((0, 3))], {}, lambda: np.cov(np.zeros((0, 3)))),
    ('3-D', [np.zeros((2, 2, 2))], {}, lambda: np.cov(np.zeros((2, 2, 2)))),
    ('negative fweights', [X], {'fweights': -fw}, lambda: np.cov(X, fweights=-fw)),
    ('fweights wrong length', [X], {'fweights': fw[:3]}, lambda: np.cov(X, fweights=fw[:3])),
]:
    case('cov ' + name, 'cov', call, args, opts)

C = np.vstack([X, np.full(7, 2.0)])
for name, args, opts, call in [
    ('2-D', [X], {}, lambda: np.corrcoef(X)),
    ('with y', [X[0].copy()], {'y': y1}, lambda: np.corrcoef(X[0], y1)),
    ('rowvar false', [X.T.copy()], {'rowvar': False}, lambda: np.corrcoef(X.T, rowvar=False)),
    ('constant row', [C], {}, lambda: np.corrcoef(C)),
    ('1-D', [y1], {}, lambda: np.corrcoef(y1)),
    ('int32', [Xi], {}, lambda: np.corrcoef(Xi)),
]:
    case('corrcoef ' + name, 'corrcoef', call, args, opts)

# ---- polyval ----
xs = np.linspace(-2, 3, 11)
for name, p, x in [
    ('float', [1.5, -2.0, 0.25, 3.0], xs),
    ('int', np.array([3, 0, -1, 2], dtype=np.int32), np.arange(-3, 4, dtype=np.int32)),
    ('int wraps', np.array([1, 0, 0, 0, 0], dtype=np.int32), np.array([1000, 70000], dtype=np.int32)),
    ('int64', np.array([2, -1, 7], dtype=np.int64), np.array([10**6, -(10**6)], dtype=np.int64)),
    ('float32', np.array([1.1, -2.3, 0.7], dtype=np.float32), np.linspace(-1, 1, 5).astype(np.float32)),
    ('complex', np.array([1 + 2j, -1j, 3]), np.array([0.5 - 1j, 2 + 0j])),
    ('2-D x', [2.0, -1.0, 0.5], np.arange(6.0).reshape(2, 3)),
    ('empty p', np.zeros(0), np.array([1.0, 2.0])),
]:
    p = np.asarray(p)
    case('polyval ' + name, 'polyval', lambda p=p, x=x: np.polyval(p, x), [p, x])

# ---- roots (compared as multisets) ----
eps = np.finfo(float).eps
for name, p, tol in [
    ('quadratic', [1, -3, 2], 1e-14),
    ('cubic', [1, -6, 11, -6], 1e-13),
    ('complex pair', [1, 0, 1], 1e-15),
    ('complex pairs', np.poly([1 + 2j, 1 - 2j, -0.5 + 0.1j, -0.5 - 0.1j, 3]).real, 1e-13),
    ('repeated 3', np.poly([2, 2, 2]), 3e-5),
    ('repeated 5', np.poly([1, 1, 1, 1, 1]), 2e-2),
    ('repeated pair', np.poly([-1, -1, 3]), 1e-7),
    ('clustered', np.poly([1, 1.001, 1.002]), 5e-6),
    ('wilkinson 10', np.poly(np.arange(1, 11)), 1e-8),
    ('random 20', rng.standard_normal(21), 1e-9),
    ('wide scale', [1e-8, 1.0, 1e8], 1e-6),
    ('leading zeros', [0, 0, 1, -3, 2], 1e-14),
    ('trailing zeros', [1, -3, 2, 0, 0], 1e-14),
    ('constant', [5.0], 0),
    ('all zeros', [0.0, 0.0], 0),
    ('int', np.array([1, -5, 6], dtype=np.int32), 1e-14),
    ('complex coefficients', np.array([1, -1j, 2 + 1j]), 1e-14),
    ('complex random 8', rng.standard_normal(9) + 1j * rng.standard_normal(9), 1e-11),
    ('unit roots 12', np.array([1] + [0] * 11 + [-1], dtype=float), 1e-13),
]:
    p = np.asarray(p)
    case('roots ' + name, 'roots', lambda p=p: np.roots(p), [p], tol=tol)
case('roots 2-D', 'roots', lambda: np.roots(np.ones((2, 2))), [np.ones((2, 2))])

# ---- poly ----
M = rng.standard_normal((4, 4))
for name, a in [
    ('real roots', np.array([1.0, 2.0, -3.0])),
    ('int roots', np.array([1, 2], dtype=np.int32)),
    ('conjugate roots', np.array([1j, -1j, 2])),
    ('complex roots', np.array([1j, 2])),
    ('matrix', M),
    ('matrix 2x2 int', np.array([[1, 2], [3, 4]], dtype=np.int32)),
    ('empty', np.zeros(0)),
    ('3-D', np.zeros((2, 2, 2))),
]:
    case('poly ' + name, 'poly', lambda a=a: np.poly(a), [a])

# ---- polyfit ----
px = np.linspace(0, 4, 9)
py = 0.5 * px**3 - px + 2 + 0.01 * rng.standard_normal(9)
py2 = np.stack([py, np.sin(px)], axis=1)
pw = rng.uniform(0.5, 2, 9)
for name, args, opts, call in [
    ('deg 3', [px, py, 3], {}, lambda: np.polyfit(px, py, 3)),
    ('deg 1', [px, py, 1], {}, lambda: np.polyfit(px, py, 1)),
    ('weights', [px, py, 2], {'w': pw}, lambda: np.polyfit(px, py, 2, w=pw)),
    ('2-D y', [px, py2, 2], {}, lambda: np.polyfit(px, py2, 2)),
    ('full', [px, py, 3], {'full': True}, lambda: np.polyfit(px, py, 3, full=True)),
    ('full 2-D', [px, py2, 2], {'full': True}, lambda: np.polyfit(px, py2, 2, full=True)),
    ('cov', [px, py, 2], {'cov': True}, lambda: np.polyfit(px, py, 2, cov=True)),
    ('cov unscaled', [px, py, 2], {'cov': 'unscaled'}, lambda: np.polyfit(px, py, 2, cov='unscaled')),
    ('cov 2-D', [px, py2, 1], {'cov': True}, lambda: np.polyfit(px, py2, 1, cov=True)),
    ('rank deficient full', [np.array([1.0, 1, 2, 2]), np.array([1.0, 2, 3, 4]), 3], {'full': True},
     lambda: np.polyfit([1.0, 1, 2, 2], [1.0, 2, 3, 4], 3, full=True)),
    ('underdetermined', [np.array([0.0, 1, 2]), np.array([1.0, 0, 5]), 4], {},
     lambda: np.polyfit([0.0, 1, 2], [1.0, 0, 5], 4)),
    ('int input', [np.arange(6, dtype=np.int32), np.arange(6, dtype=np.int32) ** 2, 2], {},
     lambda: np.polyfit(np.arange(6), np.arange(6) ** 2, 2)),
    ('rcond', [px, py, 3], {'rcond': 1e-3, 'full': True}, lambda: np.polyfit(px, py, 3, rcond=1e-3, full=True)),
    ('negative deg', [px, py, -1], {}, lambda: np.polyfit(px, py, -1)),
    ('x 2-D', [np.ones((2, 2)), np.ones(2), 1], {}, lambda: np.polyfit(np.ones((2, 2)), np.ones(2), 1)),
    ('length mismatch', [px, py[:5], 1], {}, lambda: np.polyfit(px, py[:5], 1)),
    ('cov too few points', [px[:3], py[:3], 2], {'cov': True}, lambda: np.polyfit(px[:3], py[:3], 2, cov=True)),
]:
    case('polyfit ' + name, 'polyfit', call, args, opts)

# ---- ediff1d ----
for name, args, opts, call in [
    ('int', [np.array([1, 2, 4, 7, 0], dtype=np.int32)], {}, lambda: np.ediff1d(np.array([1, 2, 4, 7, 0], dtype=np.int32))),
    ('2-D flattened', [np.array([[1.0, 2.5], [4.0, -1.0]])], {}, lambda: np.ediff1d(np.array([[1.0, 2.5], [4.0, -1.0]]))),
    ('uint8 wraps', [np.array([5, 1, 200], dtype=np.uint8)], {}, lambda: np.ediff1d(np.array([5, 1, 200], dtype=np.uint8))),
    ('ends', [np.array([1.0, 2.0, 4.0])], {'toBegin': np.array([-99.0]), 'toEnd': np.array([88.0, 99.0])},
     lambda: np.ediff1d(np.array([1.0, 2.0, 4.0]), to_begin=[-99.0], to_end=[88.0, 99.0])),
    ('NaN', [np.array([1.0, np.nan, 3.0])], {}, lambda: np.ediff1d(np.array([1.0, np.nan, 3.0]))),
    ('empty', [np.zeros(0)], {}, lambda: np.ediff1d(np.zeros(0))),
    ('one element', [np.array([3.0])], {'toEnd': np.array([1.0])}, lambda: np.ediff1d(np.array([3.0]), to_end=[1.0])),
    ('int64', [np.array([2**62, -(2**62)], dtype=np.int64)], {}, lambda: np.ediff1d(np.array([2**62, -(2**62)], dtype=np.int64))),
    ('complex', [np.array([1 + 1j, 2 - 1j, 0j])], {}, lambda: np.ediff1d(np.array([1 + 1j, 2 - 1j, 0j]))),
    ('float ends into int', [np.array([1, 2], dtype=np.int32)], {'toEnd': np.array([0.5])},
     lambda: np.ediff1d(np.array([1, 2], dtype=np.int32), to_end=np.array([0.5]))),
    ('bool', [np.array([True, False])], {}, lambda: np.ediff1d(np.array([True, False]))),
]:
    case('ediff1d ' + name, 'ediff1d', call, args, opts)

# ---- NaN-aware helpers of src/reduce on edge cases ----
N = np.array([[np.nan, 2.0, 1.0], [np.nan, np.nan, np.nan], [3.0, np.nan, -1.0]])
Ni = np.array([[3, 1, 2], [0, 5, 5]], dtype=np.int32)
for fn, call in [
    ('nanargmin', lambda a, **k: np.nanargmin(a, **k)),
    ('nanargmax', lambda a, **k: np.nanargmax(a, **k)),
    ('nanmedian', lambda a, **k: np.nanmedian(a, **k)),
    ('nancumsum', lambda a, **k: np.nancumsum(a, **k)),
    ('nancumprod', lambda a, **k: np.nancumprod(a, **k)),
]:
    case(f'{fn} all-NaN row axis 1', fn, lambda call=call: call(N, axis=1), [N], {'axis': 1})
    case(f'{fn} axis 0', fn, lambda call=call: call(N[[0, 2]], axis=0), [N[[0, 2]]], {'axis': 0})
    case(f'{fn} int', fn, lambda call=call: call(Ni, axis=1), [Ni], {'axis': 1})
    case(f'{fn} flat', fn, lambda call=call: call(N[0]), [N[0]])
    case(f'{fn} empty', fn, lambda call=call: call(np.zeros(0)), [np.zeros(0)])
for fn, call in [
    ('nanpercentile', lambda a, q, **k: np.nanpercentile(a, q, **k)),
    ('nanquantile', lambda a, q, **k: np.nanquantile(a, q, **k)),
]:
    q = np.array([10.0, 50.0, 90.0])
    qq = q if fn == 'nanpercentile' else q / 100
    case(f'{fn} all-NaN row axis 1', fn, lambda call=call, qq=qq: call(N, qq, axis=1), [N, qq], {'axis': 1})
    case(f'{fn} scalar q', fn, lambda call=call, s=float(qq[1]): call(N[2], s), [N[2], float(qq[1])])
    case(f'{fn} int', fn, lambda call=call, qq=qq: call(Ni, qq, axis=0), [Ni, qq], {'axis': 0})

write(OUT, {'cases': cases})
print(f'wrote {len(cases)} cases to {os.path.relpath(OUT)}')
