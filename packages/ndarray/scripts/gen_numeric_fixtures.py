"""Writes test/fixtures/numeric.json: NumPy (2.4) as the oracle for src/numeric (cov, corrcoef,
polyval, poly, roots, polyfit, ediff1d) and the NaN-aware helpers of src/reduce on edge cases; and
test/fixtures/text_io.json for src/io/text.ts (loadtxt, genfromtxt: text -> array; savetxt:
array -> NumPy's exact text, so files written by either side read back on the other).

Run from packages/ndarray:  python3 scripts/gen_numeric_fixtures.py

Each case: {"fn", "args": [encoded positional inputs], "opts": {camelCase options}, "out": encoded
result} or {"error": NumPy's exception class name}. Roots are compared as multisets (LAPACK's
order is not part of the contract), with "tol" the absolute tolerance the case's conditioning
allows (a root of multiplicity k is only determined to about eps**(1/k)).
"""

import io
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
OUT_TEXT = os.path.join(HERE, '..', 'test', 'fixtures', 'text_io.json')


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
Xc = X + 1j * X[::-1]  # complex observations (no new draws: other fixtures stay the same)
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
    ('complex', [Xc], {}, lambda: np.cov(Xc)),
    ('complex aweights', [Xc], {'aweights': aw}, lambda: np.cov(Xc, aweights=aw)),
    ('complex with real y', [Xc], {'y': y1}, lambda: np.cov(Xc, y1)),
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
    ('complex', [Xc], {}, lambda: np.corrcoef(Xc)),
    ('complex 1-D', [Xc[0].copy()], {}, lambda: np.corrcoef(Xc[0])),
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


# ---- text I/O ----
text_cases = []


def text_case(name, fn, text, opts, call):
    c = {'name': name, 'fn': fn, 'text': text, 'opts': opts}
    try:
        r = call()
        if isinstance(r, np.ma.MaskedArray):
            c['out'] = {'data': enc(r.data), 'mask': enc(np.ma.getmaskarray(r))}
        elif r.dtype.names:
            c['out'] = {n: enc(r[n]) for n in r.dtype.names}
        else:
            c['out'] = enc(r)
    except Exception as e:  # noqa: BLE001
        c['error'] = type(e).__name__
    text_cases.append(c)


def lt(name, text, opts=None, **kw):
    text_case('loadtxt ' + name, 'loadtxt', text, opts or {}, lambda: np.loadtxt(io.StringIO(text), **kw))


def gt(name, text, opts=None, **kw):
    text_case('genfromtxt ' + name, 'genfromtxt', text, opts or {}, lambda: np.genfromtxt(io.StringIO(text), **kw))


lt('whitespace', '1 2\n3 4\n')
lt('tabs and spaces', ' 1\t 2.5\n-3   4e2 \n')
lt('csv', '1,2,3\n4,5,6\n', {'delimiter': ','}, delimiter=',')
lt('csv with spaces', ' 1 , 2 \n3,4\n', {'delimiter': ','}, delimiter=',')
lt('comments and blank lines', '# header\n1 2 # trailing\n\n3 4\n', {})
lt('several comment markers', '1 2 // x\n% skip\n3 4\n', {'comments': ['//', '%']}, comments=['//', '%'])
lt('no comments', '1;2\n', {'delimiter': ';', 'comments': None}, delimiter=';', comments=None)
lt('skiprows', 'a b\n1 2\n3 4\n', {'skiprows': 1}, skiprows=1)
lt('usecols', '1 2 3\n4 5 6\n', {'usecols': [0, -1]}, usecols=(0, -1))
lt('usecols int', '1 2 3\n4 5 6\n', {'usecols': 1}, usecols=1)
lt('unpack', '1 2 3\n4 5 6\n', {'unpack': True}, unpack=True)
lt('max_rows', '1 2\n# c\n3 4\n5 6\n', {'maxRows': 2}, max_rows=2)
lt('one row', '1 2 3\n')
lt('one row ndmin 2', '1 2 3\n', {'ndmin': 2}, ndmin=2)
lt('one column ndmin 2', '1\n2\n', {'ndmin': 2}, ndmin=2)
lt('one value', '5\n')
lt('one value ndmin 1', '5\n', {'ndmin': 1}, ndmin=1)
lt('empty', '')
lt('empty ndmin 2', '', {'ndmin': 2}, ndmin=2)
lt('empty usecols', '# nothing\n', {'usecols': [0, 1]}, usecols=(0, 1))
lt('specials', 'inf -inf nan -nan Infinity +1.5 .5 1. 1E-3\n')
lt('subnormal and huge', '1.5e308 2e-320 4.9e-324\n')
lt('int32', '1 -2\n+3 4\n', {'dtype': 'int32'}, dtype=np.int32)
lt('int64 exact', '9223372036854775807 -9223372036854775808\n', {'dtype': 'int64'}, dtype=np.int64)
lt('uint8', '0 255\n', {'dtype': 'uint8'}, dtype=np.uint8)
lt('uint8 overflow', '256\n', {'dtype': 'uint8'}, dtype=np.uint8)
lt('int from float text', '1.0 2\n', {'dtype': 'int32'}, dtype=np.int32)
lt('float32', '0.1 1e-3\n', {'dtype': 'float32'}, dtype=np.float32)
lt('complex', '1+2j (3-4j) 5 -2j 1e-3+1e3j\n', {'dtype': 'complex128'}, dtype=complex)
lt('bool', '1 0\n', {'dtype': 'bool'}, dtype=bool)
lt('ragged', '1 2\n3\n')
lt('bad field', '1 a\n')
lt('empty field', '1,,3\n', {'delimiter': ','}, delimiter=',')
lt('hex is not a number', '0x10\n')
lt('usecols out of range', '1 2\n', {'usecols': [5]}, usecols=5)
lt('crlf', '1 2\r\n3 4\r\n')
lt('quotechar', '"1","2"\n"3",4\n', {'delimiter': ',', 'quotechar': '"'}, delimiter=',', quotechar='"')
lt('quoted delimiter', '"1,5",2\n', {'delimiter': ',', 'quotechar': '"'}, delimiter=',', quotechar='"')

gt('missing csv', '1,,3\n4,5,6\n', {'delimiter': ','}, delimiter=',')
gt('missing values and filling', '1,N/A,3\n4,5,x\n', {'delimiter': ',', 'missingValues': 'N/A', 'fillingValues': -1},
   delimiter=',', missing_values='N/A', filling_values=-1)
gt('int fill default', '1,,3\n', {'delimiter': ',', 'dtype': 'int32'}, delimiter=',', dtype=np.int32)
gt('int filling value', '1,,3\n', {'delimiter': ',', 'dtype': 'int32', 'fillingValues': 7},
   delimiter=',', dtype=np.int32, filling_values=7)
gt('filling per column', '1,,\n,2,\n', {'delimiter': ',', 'fillingValues': {0: -1, 2: 9}},
   delimiter=',', filling_values={0: -1, 2: 9})
gt('filling list', ',,\n', {'delimiter': ',', 'fillingValues': [1, 2]}, delimiter=',', filling_values=[1, 2])
gt('invalid skipped', '1 2\n3 4 5\n6 7\n', {'invalidRaise': False}, invalid_raise=False)
gt('invalid raises', '1 2\n3 4 5\n')
gt('names', 'a,b\n1,2\n3,4\n', {'delimiter': ',', 'names': True}, delimiter=',', names=True)
gt('names from comment', '# x y\n1 2\n3 4\n', {'names': True}, names=True)
gt('names given', '1 2\n3 4\n', {'names': ['u', 'v']}, names=['u', 'v'])
gt('names usecols', 'a b c\n1 2 3\n4 5 6\n', {'names': True, 'usecols': [0, 2]}, names=True, usecols=(0, 2))
gt('skip header and footer', '1 2\n3 4\n5 6\n', {'skipHeader': 1, 'skipFooter': 1}, skip_header=1, skip_footer=1)
gt('usecols', '1,2\n3,4\n', {'delimiter': ',', 'usecols': [1]}, delimiter=',', usecols=(1,))
gt('loose', '1,abc,3\n', {'delimiter': ','}, delimiter=',')
gt('loose int', '1,abc,3\n', {'delimiter': ',', 'dtype': 'int32'}, delimiter=',', dtype=np.int32)
gt('strict', '1,abc,3\n', {'delimiter': ',', 'loose': False}, delimiter=',', loose=False)
gt('usemask', '1,2\n3,\n', {'delimiter': ',', 'usemask': True}, delimiter=',', usemask=True)
gt('blank lines', '1,2\n\n3,4\n', {'delimiter': ','}, delimiter=',')
gt('multi-char delimiter', '1::2\n3::4\n', {'delimiter': '::'}, delimiter='::')
gt('empty', '')
gt('one value', '5\n')
gt('ndmin 2', '1 2\n', {'ndmin': 2}, ndmin=2)
gt('max_rows', '1;2\n3;4\n', {'delimiter': ';', 'maxRows': 1}, delimiter=';', max_rows=1)
gt('unpack', '1 2\n3 4\n5 6\n', {'unpack': True}, unpack=True)

# savetxt: the exact text NumPy writes.
def st(name, arr, opts, **kw):
    b = io.StringIO()
    c = {'name': 'savetxt ' + name, 'fn': 'savetxt', 'array': enc(arr), 'opts': opts}
    try:
        np.savetxt(b, arr, **kw)
        c['text'] = b.getvalue()
    except Exception as e:  # noqa: BLE001
        c['error'] = type(e).__name__
    text_cases.append(c)


R = rng.standard_normal((4, 3)) * np.array([1e-300, 1.0, 1e300])
st('default fmt', R, {})
st('default 1-D specials', np.array([1.5, -0.0, np.nan, np.inf, -np.inf, 5e-324, 0.1]), {})
st('ties to even', np.array([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e16, 123456789.0, 1e-5]), {'fmt': '%.0f'}, fmt='%.0f')
st('%.2f ties', np.array([0.125, 0.375, 1.005, -0.125, 1e22, 5e-3]), {'fmt': '%.2f'}, fmt='%.2f')
st('%g', np.array([0.125, 1e16, 123456789.0, 1e-5, 0.0001, 100000.0, 1e6, 0.5, 0.0, -2.5e-7]), {'fmt': '%g'}, fmt='%g')
st('%.3g and %#g', np.array([[1234.5, 0.00012345]]), {'fmt': ['%.3g', '%#g']}, fmt=['%.3g', '%#g'])
st('%e ties', np.array([2500.0, 0.125, 125.0, 1e23, 9.5, 0.5]), {'fmt': '%.0e'}, fmt='%.0e')
st('%E and %G', np.array([[1e-10, 1e10]]), {'fmt': '%.2E %G'}, fmt='%.2E %G')
st('int %d delimiter header footer', np.array([[1, 2], [3, 4]], dtype=np.int32),
   {'fmt': '%d', 'delimiter': ',', 'header': 'a,b\nsecond', 'footer': 'end', 'comments': '# '},
   fmt='%d', delimiter=',', header='a,b\nsecond', footer='end', comments='# ')
st('fmt list', np.array([[1.25, 2.5], [-3.0, 4e5]]), {'fmt': ['%.1f', '%10.3e']}, fmt=['%.1f', '%10.3e'])
st('row fmt', np.array([[1.25, 2.5]]), {'fmt': '%.3f|%g'}, fmt='%.3f|%g')
st('flags', np.array([[3, -4, 255]], dtype=np.int32), {'fmt': '%+05d %-4d| %x'}, fmt='%+05d %-4d| %x')
st('%s floats', np.array([1.0, 2.5, 1e20, 1e-7, 1e16, 123456789012345.6]), {'fmt': '%s'}, fmt='%s')
st('%s ints', np.array([1, -2], dtype=np.int32), {'fmt': '%s'}, fmt='%s')
st('%d of floats', np.array([1.7, -1.7, 1e20]), {'fmt': '%d'}, fmt='%d')
st('%d of nan', np.array([np.nan]), {'fmt': '%d'}, fmt='%d')
st('int64 exact', np.array([2**62 + 1, -(2**63)], dtype=np.int64), {'fmt': '%d'}, fmt='%d')
st('bool', np.array([True, False]), {})
st('complex', np.array([1 + 2j, -1.5 - 0.5j]), {})
st('complex %.2f', np.array([[1 + 2j, -1.5 - 0.5j]]), {'fmt': '%.2f'}, fmt='%.2f')
st('newline and delimiter', np.array([[1.0, 2.0], [3.0, 4.0]]), {'fmt': '%.1f', 'delimiter': '\t', 'newline': '\r\n'},
   fmt='%.1f', delimiter='\t', newline='\r\n')
st('float32', np.array([0.1, 1 / 3], dtype=np.float32), {})
st('wrong fmt count', np.array([[1.0, 2.0]]), {'fmt': '%f %f %f'}, fmt='%f %f %f')
st('3-D', np.zeros((2, 2, 2)), {})
st('empty rows', np.zeros((0, 3)), {'header': 'h'}, header='h')

# NumPy-written file (default fmt) read back exactly.
W = rng.standard_normal((5, 4)) * 10.0 ** rng.integers(-200, 200, (5, 4))
b = io.StringIO()
np.savetxt(b, W, delimiter=',', header='w,x,y,z')
text_cases.append({'name': 'loadtxt reads NumPy savetxt output exactly', 'fn': 'loadtxt', 'text': b.getvalue(),
                   'opts': {'delimiter': ','}, 'out': enc(W)})

write(OUT_TEXT, {'cases': text_cases})
print(f'wrote {len(text_cases)} cases to {os.path.relpath(OUT_TEXT)}')

# ---- numpy.polynomial.Polynomial basics -> test/fixtures/polynomial.json ----
from numpy.polynomial import Polynomial as P  # noqa: E402

poly_cases = []
fx = np.linspace(-3, 5, 12)
fy = np.cos(fx) + 0.1 * fx**2
pf = P.fit(fx, fy, 4)
pc = P([-6.0, 11.0, -6.0, 1.0])
pd = P([1.0, 2.0, 3.0], domain=[0, 4], window=[-1, 1])
poly_cases.append({
    'name': 'Polynomial',
    'fit': {'x': enc(fx), 'y': enc(fy), 'deg': 4, 'coef': enc(pf.coef), 'domain': list(map(float, pf.domain)),
            'convert': enc(pf.convert().coef), 'call': enc(pf(np.array([-1.0, 0.5, 4.0]))),
            'deriv2': enc(pf.deriv(2).coef), 'integ': enc(pf.integ(1, [2.0], lbnd=1.0).coef),
            'roots': enc(pf.roots())},
    'cubic': {'coef': enc(pc.coef), 'roots': enc(pc.roots()), 'pow2': enc((pc**2).coef),
              'mul': enc((pc * P([1.0, -1.0])).coef), 'sub': enc((pc - P([0, 11.0])).coef)},
    'mapped': {'coef': enc(pd.coef), 'domain': [0, 4], 'call': enc(pd(np.array([0.0, 1.0, 4.0]))),
               'deriv': enc(pd.deriv().coef), 'integ': enc(pd.integ().coef), 'convert': enc(pd.convert().coef),
               'roots': enc(pd.roots()), 'str': str(pc)},
})
write(os.path.join(HERE, '..', 'test', 'fixtures', 'polynomial.json'), {'cases': poly_cases})
print('wrote test/fixtures/polynomial.json')
