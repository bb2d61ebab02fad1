"""Writes the NumPy reference fixtures for @stride/ndarray shape manipulation
(test/fixtures/manipulation*.json).

Run from the package folder with NumPy 2.4: python3 scripts/gen_manipulation_fixtures.py

An input is {"shape", "dtype"?, "base"?, "perm"?, "bcast"?}: an arange of `dtype` (default int32,
Stride's default integer) reshaped to `shape`, then optionally indexed by `base` (slice strings,
integers, null), transposed by `perm` and broadcast to `bcast`; or {"values", "dtype"} for explicit
data. Each case records the result in the shared fixture encoding (scripts/fixtures.py) and
whether NumPy returned a view of the input's storage.
"""
import os
import random
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from index_items import index_item  # noqa: E402
from fixtures import enc as enc_array, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
rng = random.Random(1234)


def make(spec):
    dtype = np.dtype(spec.get('dtype', 'int32'))
    if 'values' in spec:
        return np.array(spec['values'], dtype=dtype)
    shape = spec['shape']
    a = np.arange(int(np.prod(shape))).astype(dtype).reshape(shape)
    if 'base' in spec:
        a = a[tuple(index_item(i) for i in spec['base'])]
    if 'perm' in spec:
        a = a.transpose(spec['perm'])
    if 'bcast' in spec:
        a = np.broadcast_to(a, spec['bcast'])
    return a


def root_of(a):
    while a.base is not None and isinstance(a.base, np.ndarray):
        a = a.base
    return a


def shares(r, inputs):
    roots = [root_of(x) for x in inputs]
    return bool(r.base is not None and root_of(r) is not r and any(root_of(r) is q for q in roots))


def enc(r, inputs):
    """The shared encoding (scripts/fixtures.py) plus whether NumPy returned a view of an input."""
    r = np.asarray(r)
    return {**enc_array(r), 'view': shares(r, inputs)}


CLASSES = {'IndexError': 'IndexError', 'AxisError': 'AxisError', 'ValueError': 'ValueError', 'TypeError': 'DTypeError'}
cases = []


def case(fn, inputs, args, call, error=None):
    arrays = [make(s) for s in inputs]
    c = {'fn': fn, 'in': inputs, 'args': args}
    try:
        r = call(*arrays)
    except Exception as e:  # noqa: BLE001 — the class is part of the fixture
        name = type(e).__name__
        # Stride raises ShapeError where NumPy's ValueError is about mismatched shapes.
        if str(e).startswith(('cannot reshape', 'all the input array dimensions')):
            name = 'ShapeError'
        c['error'] = error or CLASSES.get(name, name)
        c['message'] = str(e)
        cases.append(c)
        return
    if error is not None:
        raise SystemExit(f'{fn} {args}: expected {error}')
    c['out'] = [enc(x, arrays) for x in r] if isinstance(r, (list, tuple)) else enc(r, arrays)
    cases.append(c)


S234 = {'shape': [2, 3, 4]}
S34 = {'shape': [3, 4]}
T34 = {'shape': [4, 3], 'perm': [1, 0]}
STEP = {'shape': [4, 6], 'base': [':', '::2']}
REV = {'shape': [3, 4], 'base': ['::-1', ':']}
EMPTY = {'shape': [0, 3]}
ZERO_D = {'values': 5, 'dtype': 'int32'}


def reshape_cases():
    for spec, shape, order in [
        (S234, [6, 4], 'C'), (S234, [-1], 'C'), (S234, [4, -1, 2], 'C'), (S234, [24], 'F'), (S234, [4, 6], 'F'),
        (T34, [12], 'C'), (T34, [2, 6], 'C'), (T34, [12], 'F'), (T34, [2, 2, 3], 'F'), (T34, [3, 2, 2], 'C'),
        (STEP, [12], 'C'), (STEP, [2, 2, 3], 'C'), (STEP, [4, 3, 1], 'C'), (STEP, [2, 6], 'C'), (STEP, [8, 3], 'C'),
        (REV, [12], 'C'), (REV, [3, 2, 2], 'C'), (REV, [6, 2], 'C'),
        ({'shape': [4, 6], 'base': ['::2', '::3']}, [4], 'C'), ({'shape': [4, 6], 'base': ['::2', '1::3']}, [1, 4, 1], 'C'),
        (EMPTY, [3, 0], 'C'), (EMPTY, [0, -1, 3], 'C'), (ZERO_D, [1, 1], 'C'), ({'shape': [1, 1]}, [], 'C'),
        ({'shape': [3], 'bcast': [2, 3]}, [6], 'C'), ({'shape': [3, 1], 'bcast': [3, 4]}, [3, 2, 2], 'C'),
        ({'shape': [1, 4], 'bcast': [3, 4]}, [3, 2, 2], 'C'), ({'shape': [2, 1, 3], 'perm': [2, 1, 0]}, [3, 2], 'C'),
        (S234, [4, 2], 'C'), (S234, [-1, 5], 'C'), (S234, [-1, -1], 'C'), (EMPTY, [0, -1], 'C'),
    ]:
        case('reshape', [spec], {'shape': shape, 'order': order}, lambda a, s=shape, o=order: a.reshape(s, order=o))
    case('reshape', [T34], {'shape': [12], 'copy': False}, lambda a: np.reshape(a, 12, copy=False))
    case('reshape', [S234], {'shape': [6, 4], 'copy': True}, lambda a: np.reshape(a, (6, 4), copy=True))
    # Random strided inputs: NumPy's own decision (view or copy) is the reference.
    count = 0
    while count < 120:
        shape = [rng.randint(1, 4) for _ in range(rng.randint(1, 4))]
        items = []
        for n in shape:
            k = rng.random()
            items.append(':' if k < 0.4 else rng.choice(['::2', '1:', '::-1', ':1', '1::2', '::-2']))
        spec = {'shape': [n * 2 for n in shape], 'base': items}
        if rng.random() < 0.4:
            perm = list(range(len(shape)))
            rng.shuffle(perm)
            spec['perm'] = perm
        a = make(spec)
        size = a.size
        if size == 0:
            continue
        target = factorize(size)
        case('reshape', [spec], {'shape': target, 'order': 'C'}, lambda x, t=target: x.reshape(t))
        count += 1


def factorize(n):
    out = []
    rem = n
    while rem > 1 and len(out) < 3:
        divs = [d for d in range(2, rem + 1) if rem % d == 0]
        d = rng.choice(divs)
        out.append(d)
        rem //= d
    if rem > 1:
        out.append(rem)
    # Sprinkle a length-1 axis now and then.
    if rng.random() < 0.3:
        out.insert(rng.randint(0, len(out)), 1)
    return out or [1]


def ravel_cases():
    specs = [S234, T34, STEP, REV, EMPTY, ZERO_D, {'shape': [2, 3, 4], 'perm': [1, 0, 2]},
             {'shape': [2, 3, 4], 'perm': [2, 0, 1], 'base': [':', '::-1', ':']}, {'shape': [6], 'base': ['::2']},
             {'shape': [3], 'bcast': [2, 3]}, {'shape': [3, 1], 'bcast': [3, 4]}, {'shape': [2, 3], 'base': ['::-1', '::-1']}]
    for spec in specs:
        for order in ['C', 'F', 'A', 'K']:
            case('ravel', [spec], {'order': order}, lambda a, o=order: np.ravel(a, order=o))
            case('flatten', [spec], {'order': order}, lambda a, o=order: a.flatten(order=o))


def axes_cases():
    for axes in [None, [1, 0, 2], [-1, 0, 1], [2, 1, 0]]:
        case('transpose', [S234], {'axes': axes}, lambda a, x=axes: np.transpose(a, x))
    case('transpose', [S234], {'axes': [0, 1]}, lambda a: np.transpose(a, [0, 1]), error='ValueError')
    case('transpose', [S234], {'axes': [0, 1, 1]}, lambda a: np.transpose(a, [0, 1, 1]), error='ValueError')
    case('transpose', [ZERO_D], {'axes': None}, lambda a: np.transpose(a))
    for a1, a2 in [(0, 2), (-1, 1), (1, 1)]:
        case('swapaxes', [S234], {'axis1': a1, 'axis2': a2}, lambda a, p=a1, q=a2: np.swapaxes(a, p, q))
    for src, dst in [(0, -1), (-1, 0), ([0, 1], [-1, -2]), ([2, 0], [0, 1])]:
        case('moveaxis', [S234], {'source': src, 'destination': dst}, lambda a, s=src, d=dst: np.moveaxis(a, s, d))
    case('moveaxis', [S234], {'source': 3, 'destination': 0}, lambda a: np.moveaxis(a, 3, 0), error='AxisError')
    for ax in [0, -1, [0, 2], [-1, 0], 1]:
        case('expandDims', [S34], {'axis': ax}, lambda a, x=ax: np.expand_dims(a, x))
    case('expandDims', [ZERO_D], {'axis': [0, 1]}, lambda a: np.expand_dims(a, (0, 1)))
    case('expandDims', [S34], {'axis': 3}, lambda a: np.expand_dims(a, 3), error='AxisError')
    case('expandDims', [S34], {'axis': [0, 0]}, lambda a: np.expand_dims(a, (0, 0)), error='ValueError')
    S131 = {'shape': [1, 3, 1]}
    for ax in [None, 0, -1, [0, 2]]:
        case('squeeze', [S131], {'axis': ax}, lambda a, x=ax: np.squeeze(a, x if not isinstance(x, list) else tuple(x)))
    case('squeeze', [S131], {'axis': 1}, lambda a: np.squeeze(a, 1), error='ValueError')
    case('squeeze', [{'shape': [1, 1]}], {'axis': None}, lambda a: np.squeeze(a))
    for fn, np_fn in [('atleast1d', np.atleast_1d), ('atleast2d', np.atleast_2d), ('atleast3d', np.atleast_3d)]:
        for spec in [ZERO_D, {'shape': [3]}, S34, S234]:
            case(fn, [spec], {}, lambda a, f=np_fn: f(a))
    for spec, shape in [({'shape': [3]}, [2, 3]), ({'shape': [3, 1]}, [2, 3, 4]), (ZERO_D, [2, 2]), ({'shape': [3]}, [0, 3]), (T34, [2, 3, 4])]:
        case('broadcastTo', [spec], {'shape': shape}, lambda a, s=shape: np.broadcast_to(a, s))
    case('broadcastTo', [{'shape': [3]}], {'shape': [2, 4]}, lambda a: np.broadcast_to(a, (2, 4)), error='ShapeError')
    case('broadcastTo', [S34], {'shape': [4]}, lambda a: np.broadcast_to(a, (4,)), error='ShapeError')
    case('broadcastArrays', [{'shape': [3, 1]}, {'shape': [4]}, ZERO_D], {}, lambda *xs: np.broadcast_arrays(*xs))


def join_cases():
    A = {'shape': [2, 3]}
    B = {'shape': [1, 3], 'dtype': 'float32'}
    C = {'shape': [2, 2], 'dtype': 'int8'}
    for specs, kw in [([A, A], {'axis': 0}), ([A, B], {'axis': 0}), ([A, C], {'axis': 1}), ([A, C], {'axis': -1}),
                      ([A, B, {'shape': [3]}], {'axis': None}),
                      ([{'shape': [2], 'dtype': 'int8'}, {'shape': [2], 'dtype': 'uint8'}], {'axis': 0}),
                      ([{'shape': [2], 'dtype': 'int32'}, {'shape': [2], 'dtype': 'uint32'}], {'axis': 0}),
                      ([{'shape': [2], 'dtype': 'bool'}, {'shape': [2], 'dtype': 'int16'}], {'axis': 0}),
                      ([{'shape': [2], 'dtype': 'float32'}, {'shape': [2], 'dtype': 'complex64'}], {'axis': 0}),
                      ([{'shape': [2], 'dtype': 'int16'}, {'shape': [2], 'dtype': 'float32'}], {'axis': 0}),
                      ([{'shape': [2], 'dtype': 'uint64'}, {'shape': [2], 'dtype': 'int64'}], {'axis': 0}),
                      ([EMPTY, A], {'axis': 0}), ([T34, {'shape': [1, 3]}], {'axis': 0}), ([A], {'axis': 1}),
                      ([A, A], {'axis': 0, 'dtype': 'float32'})]:
        case('concatenate', specs, kw, lambda *xs, k=kw: np.concatenate(xs, **k))
    case('concatenate', [A, C], {'axis': 0}, lambda *xs: np.concatenate(xs, axis=0), error='ShapeError')
    case('concatenate', [A, {'shape': [3]}], {'axis': 0}, lambda *xs: np.concatenate(xs, axis=0), error='ShapeError')
    case('concatenate', [ZERO_D, ZERO_D], {'axis': 0}, lambda *xs: np.concatenate(xs, axis=0), error='ValueError')
    case('concatenate', [A, A], {'axis': 2}, lambda *xs: np.concatenate(xs, axis=2), error='AxisError')
    case('concatenate', [{'shape': [2], 'dtype': 'float64'}], {'axis': 0, 'dtype': 'int32'},
         lambda *xs: np.concatenate(xs, axis=0, dtype='int32'), error='DTypeError')
    V = {'shape': [3]}
    for fn, np_fn in [('stack', np.stack), ('vstack', np.vstack), ('hstack', np.hstack), ('dstack', np.dstack), ('columnStack', np.column_stack)]:
        for specs in [[V, V], [A, A], [ZERO_D, ZERO_D]]:
            case(fn, specs, {}, lambda *xs, f=np_fn: f(xs))
    case('stack', [A, A], {'axis': -1}, lambda *xs: np.stack(xs, axis=-1))
    case('stack', [A, A], {'axis': 1}, lambda *xs: np.stack(xs, axis=1))
    case('stack', [A, {'shape': [3, 2]}], {}, lambda *xs: np.stack(xs), error='ShapeError')
    case('hstack', [{'shape': [2, 1]}, {'shape': [2, 3]}], {}, lambda *xs: np.hstack(xs))
    case('vstack', [V, {'shape': [2, 3]}], {}, lambda *xs: np.vstack(xs))
    case('append', [V, A], {}, lambda x, y: np.append(x, y))
    case('append', [A, A], {'axis': 0}, lambda x, y: np.append(x, y, axis=0))


def split_cases():
    A = {'shape': [7, 4]}
    for fn, np_fn in [('split', np.split), ('arraySplit', np.array_split)]:
        for ios, ax in [(7, 0), (2, 1), (3, 0), ([2, 5], 0), ([1, 1, 9], 0), ([-2], 1), ([], 0), ([3, 1], 0), (1, -1)]:
            case(fn, [A], {'indicesOrSections': ios, 'axis': ax}, lambda a, i=ios, x=ax, f=np_fn: f(a, i, axis=x))
    case('arraySplit', [{'shape': [0]}], {'indicesOrSections': 3, 'axis': 0}, lambda a: np.array_split(a, 3))
    case('arraySplit', [A], {'indicesOrSections': 0, 'axis': 0}, lambda a: np.array_split(a, 0), error='ValueError')
    for fn, np_fn, spec in [('hsplit', np.hsplit, {'shape': [2, 4]}), ('hsplit', np.hsplit, {'shape': [6]}),
                            ('vsplit', np.vsplit, {'shape': [4, 2]}), ('dsplit', np.dsplit, {'shape': [1, 2, 4]})]:
        case(fn, [spec], {'indicesOrSections': 2}, lambda a, f=np_fn: f(a, 2))
        case(fn, [spec], {'indicesOrSections': [1, 3]}, lambda a, f=np_fn: f(a, [1, 3]))
    case('vsplit', [{'shape': [4]}], {'indicesOrSections': 2}, lambda a: np.vsplit(a, 2), error='ValueError')


def flip_cases():
    for ax in [None, 0, -1, [0, 2]]:
        case('flip', [S234], {'axis': ax}, lambda a, x=ax: np.flip(a, x if not isinstance(x, list) else tuple(x)))
    case('flip', [EMPTY], {'axis': 0}, lambda a: np.flip(a, 0))
    case('fliplr', [S34], {}, np.fliplr)
    case('flipud', [S34], {}, np.flipud)
    case('fliplr', [{'shape': [3]}], {}, np.fliplr, error='ValueError')
    for k, axes in [(1, [0, 1]), (2, [0, 1]), (3, [0, 1]), (-1, [0, 1]), (1, [1, 2]), (5, [2, 0]), (0, [0, 1])]:
        case('rot90', [S234], {'k': k, 'axes': axes}, lambda a, kk=k, ax=axes: np.rot90(a, kk, ax))
    for shift, ax in [(1, None), (-7, None), (2, 0), (-1, 1), ([1, 2], [0, 1]), ([1, 1], [1, 1]), (5, -1), ([1, 2], None)]:
        case('roll', [S234], {'shift': shift, 'axis': ax},
             lambda a, s=shift, x=ax: np.roll(a, s if not isinstance(s, list) else tuple(s), x if not isinstance(x, list) else tuple(x)))
    case('roll', [EMPTY], {'shift': 2, 'axis': None}, lambda a: np.roll(a, 2))
    case('roll', [ZERO_D], {'shift': 2, 'axis': None}, lambda a: np.roll(a, 2))


def tile_cases():
    V = {'shape': [3]}
    for spec, reps in [(V, 2), (V, [2, 2]), (S34, 2), (S34, [2, 1, 2]), (S34, [0, 2]), (ZERO_D, [2, 3]), (T34, [1, 1]), (EMPTY, 2)]:
        case('tile', [spec], {'reps': reps}, lambda a, r=reps: np.tile(a, r))
    for spec, rep, ax in [(V, 2, None), (V, [1, 0, 3], None), (S34, 2, None), (S34, [1, 2, 0], 0), (S34, 3, 1), (T34, [2, 0, 1, 1], 1),
                          (ZERO_D, 3, None), (EMPTY, 2, 1)]:
        case('repeat', [spec], {'repeats': rep, 'axis': ax}, lambda a, r=rep, x=ax: np.repeat(a, r, axis=x))
    case('repeat', [V], {'repeats': [1, 2], 'axis': 0}, lambda a: np.repeat(a, [1, 2], axis=0), error='ShapeError')
    case('repeat', [V], {'repeats': -1, 'axis': 0}, lambda a: np.repeat(a, -1, axis=0), error='ValueError')


def pad_cases():
    V = {'shape': [3], 'dtype': 'int32'}
    F = {'values': [1.0, 2.5, 4.0, 8.5], 'dtype': 'float64'}
    M = {'shape': [2, 3]}
    for spec in [V, M, F, T34]:
        for mode in ['constant', 'edge', 'reflect', 'symmetric', 'wrap']:
            for pw in [1, [2, 3], [[0, 4], [5, 1]] if len(make(spec).shape) == 2 else [[7, 8]]]:
                case('pad', [spec], {'padWidth': pw, 'mode': mode}, lambda a, p=pw, m=mode: np.pad(a, p, mode=m))
    case('pad', [M], {'padWidth': [[1, 2], [2, 1]], 'mode': 'constant', 'constantValues': [[7, 8], [9, 10]]},
         lambda a: np.pad(a, ((1, 2), (2, 1)), constant_values=((7, 8), (9, 10))))
    case('pad', [M], {'padWidth': 1, 'mode': 'constant', 'constantValues': [[1], [2]]},
         lambda a: np.pad(a, 1, constant_values=[[1], [2]]))
    case('pad', [{'shape': [3], 'dtype': 'uint8'}], {'padWidth': 1, 'mode': 'constant', 'constantValues': 2.7},
         lambda a: np.pad(a, 1, constant_values=2.7))
    case('pad', [{'values': [5], 'dtype': 'int32'}], {'padWidth': [2, 3], 'mode': 'reflect'}, lambda a: np.pad(a, (2, 3), mode='reflect'))
    case('pad', [{'values': [1, 2], 'dtype': 'int32'}], {'padWidth': [5, 4], 'mode': 'reflect'}, lambda a: np.pad(a, (5, 4), mode='reflect'))
    for spec in [V, F, M, {'shape': [5], 'dtype': 'float32'}]:
        case('pad', [spec], {'padWidth': [3, 2], 'mode': 'linear_ramp', 'endValues': [10, -3]},
             lambda a: np.pad(a, (3, 2), mode='linear_ramp', end_values=(10, -3)))
    case('pad', [M], {'padWidth': 2, 'mode': 'linear_ramp', 'endValues': 1}, lambda a: np.pad(a, 2, mode='linear_ramp', end_values=1))
    for mode in ['maximum', 'minimum', 'mean', 'median']:
        for spec in [{'values': [1, 7, 2, 8, 3], 'dtype': 'int32'}, {'values': [[1.5, 7.0, 2.0], [8.0, 3.0, 0.5]], 'dtype': 'float64'}]:
            case('pad', [spec], {'padWidth': 2, 'mode': mode}, lambda a, m=mode: np.pad(a, 2, mode=m))
            case('pad', [spec], {'padWidth': [1, 2], 'mode': mode, 'statLength': 2},
                 lambda a, m=mode: np.pad(a, (1, 2), mode=m, stat_length=2))
    case('pad', [EMPTY], {'padWidth': 1, 'mode': 'constant'}, lambda a: np.pad(a, 1))
    case('pad', [EMPTY], {'padWidth': [[0, 0], [1, 1]], 'mode': 'edge'}, lambda a: np.pad(a, ((0, 0), (1, 1)), mode='edge'))
    case('pad', [EMPTY], {'padWidth': 1, 'mode': 'edge'}, lambda a: np.pad(a, 1, mode='edge'), error='ValueError')
    case('pad', [ZERO_D], {'padWidth': 2, 'mode': 'constant'}, lambda a: np.pad(a, 2))
    case('pad', [V], {'padWidth': [-1, 1], 'mode': 'constant'}, lambda a: np.pad(a, (-1, 1)), error='ValueError')
    case('pad', [V], {'padWidth': [[1, 1], [1, 1]], 'mode': 'constant'}, lambda a: np.pad(a, ((1, 1), (1, 1))), error='ValueError')


def misc_cases():
    for spec, shape in [({'shape': [3]}, [2, 4]), (S34, [5]), (S34, [2, 2]), (EMPTY, [2, 2]), ({'shape': [3]}, [0])]:
        case('resize', [spec], {'shape': shape}, lambda a, s=shape: np.resize(a, s))
    V = {'shape': [3]}
    M = {'shape': [2, 3]}
    for spec, obj, vals, ax in [(V, 1, [7, 8], None), (V, [1], [7, 8], None), (V, [1, 1], [7, 8], None), (V, [2, 0], [7, 8], None),
                                (M, 1, [7, 8], 1), (M, [1], [[7], [8]], 1), (M, 1, 5, None), (M, 1, [7, 8, 9], 0), (M, [0, 2], 9, 1),
                                (V, '::2', 0, None), (V, [], 0, None), (V, -1, 9, None), (V, 3, 9, None)]:
        case('insert', [spec], {'obj': obj, 'values': vals, 'axis': ax},
             lambda a, o=obj, v=vals, x=ax: np.insert(a, index_item(o) if isinstance(o, str) else o, v, axis=x))
    case('insert', [V], {'obj': 4, 'values': 0, 'axis': None}, lambda a: np.insert(a, 4, 0), error='IndexError')
    for spec, obj, ax in [({'shape': [4]}, 1, None), ({'shape': [4]}, [0, 0, -1], None), ({'shape': [4]}, '::2', None),
                          ({'shape': [4]}, {'b': [True, False, True, False]}, None), (M, 1, 1), (M, 5, None), (M, [], 0)]:
        objv = np.array(obj['b']) if isinstance(obj, dict) else (index_item(obj) if isinstance(obj, str) else obj)
        case('delete', [spec], {'obj': obj, 'axis': ax}, lambda a, o=objv, x=ax: np.delete(a, o, axis=x))
    case('delete', [V], {'obj': 3, 'axis': None}, lambda a: np.delete(a, 3), error='IndexError')
    case('delete', [V], {'obj': {'b': [True, False]}, 'axis': None}, lambda a: np.delete(a, np.array([True, False])), error='ValueError')

    def copyto(dst, src, **kw):
        d = dst.copy()
        np.copyto(d, src, **kw)
        return d
    case('copyto', [M, V], {}, lambda d, s: copyto(d, s))
    case('copyto', [{'shape': [2, 3], 'dtype': 'float64'}, V], {'where': [[True, False, True], [False, False, True]]},
         lambda d, s: copyto(d, s, where=np.array([[True, False, True], [False, False, True]])))
    case('copyto', [M, {'shape': [3], 'dtype': 'float64'}], {}, lambda d, s: copyto(d, s), error='DTypeError')
    for fn, np_fn in [('ascontiguousarray', np.ascontiguousarray), ('asfortranarray', np.asfortranarray)]:
        for spec in [S34, T34, ZERO_D, STEP]:
            case(fn, [spec], {}, lambda a, f=np_fn: f(a))


def main():
    reshape_cases()
    ravel_cases()
    axes_cases()
    join_cases()
    split_cases()
    flip_cases()
    tile_cases()
    pad_cases()
    misc_cases()
    write(os.path.join(OUT, 'manipulation.json'), {'numpy': np.__version__, 'cases': cases})
    print(len(cases), 'cases')


if __name__ == '__main__':
    main()
