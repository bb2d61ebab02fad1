"""Writes the NumPy reference fixtures for @stride/ndarray indexing (test/fixtures/indexing*.json).

Run from the package folder with NumPy 2.4: python3 scripts/gen_indexing_fixtures.py

Index items are encoded for JSON as: integer -> number, slice -> 'start:stop:step' string,
Ellipsis -> '...', None -> null, 0-d bool -> true/false, integer array -> {"i": nested list},
0-d integer array -> {"i0": n}, boolean array -> {"b": nested list}. Arrays are int32 aranges
(Stride's default integer) reshaped to `shape`, optionally transformed by `base` (a basic index
applied first) and `perm` (a transpose) so non-contiguous inputs are covered too. Results are in
the shared fixture encoding (scripts/fixtures.py).
"""
import json
import os
import random
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from index_items import index_item  # noqa: E402
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
rng = random.Random(20240601)


def make_input(spec):
    shape = spec['shape']
    a = np.arange(int(np.prod(shape)), dtype=np.int32).reshape(shape)
    if 'base' in spec:
        a = a[tuple(index_item(i) for i in spec['base'])]
    if 'perm' in spec:
        a = a.transpose(spec['perm'])
    return a


def root_of(a):
    return a if a.base is None else a.base


def is_view(r, a):
    if not isinstance(r, np.ndarray):
        return 'scalar'
    root = root_of(a)
    return bool(r.base is not None and (r.base is root or r.base is a))


ERRORS = {'IndexError': 'IndexError', 'ValueError': 'ValueError'}


def getitem_case(spec, items):
    a = make_input(spec)
    case = {'in': spec, 'index': items}
    try:
        r = a[tuple(index_item(i) for i in items)]
    except (IndexError, ValueError) as e:
        case['error'] = ERRORS[type(e).__name__]
        case['message'] = str(e)
        return case
    case['out'] = enc(r)
    case['view'] = is_view(a[tuple(index_item(i) for i in items)], a)
    return case


def rand_index(n):
    return rng.randint(-n, n - 1) if n > 0 else rng.choice([0, -1])


def rand_slice(n):
    def part(lo, hi):
        return '' if rng.random() < 0.35 else str(rng.randint(lo, hi))
    step = '' if rng.random() < 0.4 else str(rng.choice([1, 2, 3, -1, -2, -3]))
    s = f"{part(-n - 2, n + 2)}:{part(-n - 2, n + 2)}"
    return s + (':' + step if step or rng.random() < 0.2 else '')


def rand_int_array(n, shape):
    vals = np.array([rand_index(n) for _ in range(int(np.prod(shape)))], dtype=np.int64).reshape(shape)
    return {'i': vals.tolist()}


def rand_items(shape, basic_only):
    ndim = len(shape)
    items = []
    axis = 0
    used_ellipsis = False
    for _ in range(rng.randint(1, 5)):
        left = ndim - axis
        kinds = ['int', 'slice', 'slice', 'new', 'ell'] if basic_only else ['int', 'slice', 'slice', 'new', 'arr', 'arr', 'mask', 'bool0', 'ell', 'i0']
        k = rng.choice(kinds)
        if k in ('int', 'slice', 'arr', 'i0') and left <= 0:
            k = 'new'
        if k == 'mask' and left <= 0:
            k = 'new'
        if k == 'ell' and used_ellipsis:
            k = 'new'
        n = shape[axis] if axis < ndim else 1
        if k == 'int':
            items.append(rand_index(n))
            axis += 1
        elif k == 'i0':
            items.append({'i0': rand_index(n)})
            axis += 1
        elif k == 'slice':
            items.append(rand_slice(n))
            axis += 1
        elif k == 'new':
            items.append(None)
        elif k == 'bool0':
            items.append(rng.random() < 0.7)
        elif k == 'arr':
            bshape = rng.choice([(2,), (3,), (1,), (2, 1), (1, 3), (2, 3), (0,)])
            items.append(rand_int_array(n, bshape))
            axis += 1
        elif k == 'mask':
            kdim = min(left, rng.choice([1, 1, 2]))
            mshape = shape[axis:axis + kdim]
            m = np.array([rng.random() < 0.5 for _ in range(int(np.prod(mshape)))]).reshape(mshape)
            items.append({'b': m.tolist()})
            axis += kdim
        elif k == 'ell':
            used_ellipsis = True
            items.append('...')
            # After '...' leave room for at most two more axis-consuming items.
            axis = ndim - min(ndim - axis, rng.randint(0, 2))
    return items


HAND = [
    # advanced indices separated by a slice -> broadcast dims go first
    ([2, 3, 4], [0, ':', {'i': [1, 2]}]),
    ([2, 3, 4], [{'i': [0, 1]}, ':', {'i': [1, 2]}]),
    ([2, 3, 4, 5], [':', {'i': [0]}, ':', {'i': [1]}]),
    ([2, 3, 4, 5], [':', {'i': [0]}, '...', {'i': [1]}]),
    ([2, 3, 4], [':', {'i': [0]}, '...', {'i': [1]}]),
    ([2, 3, 4], [{'i': [0]}, None, {'i': [1]}]),
    # adjacent -> in place
    ([2, 3, 4], [':', 0, {'i': [1, 2]}]),
    ([2, 3, 4], [':', {'i': [[0], [1]]}, {'i': [1, 2, 3]}]),
    ([2, 3, 4, 5], [':', {'i': [0, 1]}, 0, {'i': [0, 1]}]),
    ([2, 3, 4, 5], [0, {'i': [0, 1]}, 0, {'i': [0, 1]}]),
    ([2, 3, 4, 5], [':', {'i': [0]}, {'i': [1]}, '...']),
    # masks
    ([2, 3, 4], [{'b': [True, False]}]),
    ([2, 3, 4], [':', {'b': [[True, False, True, False], [False, False, True, True], [True, True, True, True]]}]),
    ([2, 3, 4], [1, {'b': [True, False, True]}]),
    ([2, 3, 4], [{'b': [True, False]}, ':', {'i': [3]}]),
    ([2, 3, 4], [{'b': [[True, False, True], [False, True, True]]}, {'i': [0, 1, 2, 3]}]),
    ([2, 3, 4], [':', {'b': [[False] * 4] * 3}]),
    ([2, 3, 4], [True]),
    ([2, 3, 4], [False]),
    ([2, 3, 4], [':', True, {'i': [0, 1]}]),
    ([2, 3, 4], [{'i0': 1}]),
    ([2, 3, 4], [{'i0': 1}, 1, 1]),
    # negative steps, empty results, new axes + ellipsis
    ([2, 3, 4], ['::-1', '::-2', '3:0:-1']),
    ([2, 3, 4], ['5:', 1]),
    ([2, 3, 4], [':', '2:2']),
    ([2, 3, 4], [None, '...', None, 1]),
    ([2, 3, 4], ['...']),
    ([2, 3, 4], []),
    ([2, 3, 4], [-1, -3, -4]),
    ([2, 3, 4], [{'i': []}]),
    ([2, 3, 4], [{'i': [[0, 1], [1, 0]]}, '::2', None]),
    ([2, 3, 4, 5], [None, 1, '...', {'i': [-1, 0]}, None]),
    # errors
    ([2, 3, 4], [5]),
    ([2, 3, 4], [None, ':', {'i': [5]}]),
    ([2, 3, 4], [0, 0, 0, 0]),
    ([2, 3, 4], ['...', '...']),
    ([2, 3, 4], [{'i': [0, 1]}, {'i': [0, 1, 2]}]),
    ([2, 3, 4], [{'b': [True, False, True]}]),
    ([2, 3, 4], ['::0']),
    ([2, 3, 4], [':', ':', {'i': [-5]}]),
    ([3, 4], [{'i': [5]}, {'i': []}]),
    ([3, 4], [{'i': [5]}, ':0']),
    ([0, 3], [{'i': [0]}]),
]


def main():
    cases = []
    for shape, items in HAND:
        cases.append(getitem_case({'shape': shape}, items))
    specs = [
        {'shape': [2, 3, 4]},
        {'shape': [2, 3, 4, 5]},
        {'shape': [4, 6, 5], 'base': ['1::2', '::-2', ':']},
        {'shape': [3, 4, 5], 'perm': [2, 0, 1]},
        {'shape': [3, 1, 4]},
        {'shape': [2, 0, 3]},
    ]
    seen = set()
    while len(cases) < 520:
        spec = rng.choice(specs)
        a = make_input(spec)
        items = rand_items(list(a.shape), rng.random() < 0.4)
        key = json.dumps([spec, items])
        if key in seen:
            continue
        seen.add(key)
        cases.append(getitem_case(spec, items))
    write(os.path.join(OUT, 'indexing.json'), {'numpy': np.__version__, 'cases': cases})

    set_cases = []
    vrng = np.random.default_rng(7)
    for c in cases:
        if 'error' in c or len(set_cases) >= 260:
            continue
        key = tuple(index_item(i) for i in c['index'])
        target_shape = tuple(c['out']['shape'])
        kind = rng.choice(['scalar', 'full', 'last', 'lead1', 'float'])
        if kind == 'scalar' or int(np.prod(target_shape)) == 0 or target_shape == ():
            value = int(vrng.integers(-50, 50))
        elif kind == 'float':
            value = (vrng.integers(-500, 500, size=target_shape) / 10).tolist()
        elif kind == 'full':
            value = vrng.integers(-50, 50, size=target_shape).tolist()
        elif kind == 'last':
            value = vrng.integers(-50, 50, size=target_shape[-1:]).tolist()
        else:
            # NumPy drops leading length-1 axes of an array value (not of a nested list).
            value = vrng.integers(-50, 50, size=(1, 1) + target_shape).astype(np.int32)
        # Write through the (possibly strided) input into its root array, and record the root.
        full = make_input({'shape': c['in']['shape']})
        view = full
        if 'base' in c['in']:
            view = view[tuple(index_item(i) for i in c['in']['base'])]
        if 'perm' in c['in']:
            view = view.transpose(c['in']['perm'])
        view[key] = value
        case = {'in': c['in'], 'index': c['index'], 'root': enc(full)}
        if isinstance(value, np.ndarray):
            case.update(value=value.tolist(), valueIsArray=True)
        else:
            case['value'] = value
        set_cases.append(case)
    # Repeated fancy indices (the last assignment wins) and error cases.
    extra = [
        ({'shape': [5]}, [{'i': [0, 0, 1, 0]}], [1, 2, 3, 4]),
        ({'shape': [3, 4]}, [{'i': [0, 0]}, {'i': [1, 1]}], [7, 8]),
        ({'shape': [3, 4]}, [':', {'i': [2, 2, 2]}], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
        ({'shape': [3, 4]}, [{'i': [1, 1]}], [[1, 2, 3, 4], [5, 6, 7, 8]]),
        ({'shape': [2, 3, 4]}, [{'i': [[0], [1], [0]]}, ':', {'i': [1, 1]}], 9),
    ]
    for spec, items, value in extra:
        root = make_input(spec)
        root[tuple(index_item(i) for i in items)] = value
        set_cases.append({'in': spec, 'index': items, 'value': value, 'root': enc(root)})
    errors = [
        ({'shape': [2, 3]}, [{'i': [0, 1]}], [[1, 2], [3, 4]]),
        ({'shape': [2, 3]}, ['0:2'], [1, 2]),
        ({'shape': [2, 3]}, [0], [[[1, 2, 3]], [[1, 2, 3]]]),
        ({'shape': [2, 3]}, [5], 1),
        ({'shape': [2, 3]}, [':', 1], [[1, 2]]),
    ]
    for spec, items, value in errors:
        root = make_input(spec)
        try:
            root[tuple(index_item(i) for i in items)] = value
            raise SystemExit(f'expected an error for {items}')
        except (ValueError, IndexError) as e:
            kind = 'IndexError' if isinstance(e, IndexError) else 'ShapeError'
            set_cases.append({'in': spec, 'index': items, 'value': value, 'error': kind, 'message': str(e)})
    write(os.path.join(OUT, 'indexing_set.json'), {'numpy': np.__version__, 'cases': set_cases})

    write_funcs()


def write_funcs():
    a = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
    m = np.arange(12, dtype=np.int32).reshape(3, 4)
    f = []

    def add(name, args, result):
        if isinstance(result, (list, tuple)):
            f.append({'fn': name, 'args': args, 'out': [enc(r) for r in result]})
        else:
            f.append({'fn': name, 'args': args, 'out': enc(result)})

    def err(name, args, kind, fn):
        try:
            fn()
            raise SystemExit(f'expected an error from {name} {args}')
        except (ValueError, IndexError, TypeError) as e:
            f.append({'fn': name, 'args': args, 'error': kind, 'message': str(e)})

    for ind, kw in [([0, 5, -1], {}), ([[1, 2], [0, 3]], {'axis': 2}), ([2, -1], {'axis': 1}), ([7, -9], {'mode': 'wrap'}),
                    ([7, -9, 2], {'mode': 'clip', 'axis': 0}), ([], {'axis': 1}), ([[0, 1]], {'axis': -1})]:
        add('take', {'a': 'a', 'indices': ind, **kw}, np.take(a, ind, **kw))
    err('take', {'a': 'a', 'indices': [30]}, 'IndexError', lambda: np.take(a, [30]))
    err('take', {'a': 'a', 'indices': [3], 'axis': 1}, 'IndexError', lambda: np.take(a, [3], axis=1))
    for ind, v, kw in [([0, 2], [-44, -55], {}), ([1, 1, 30], [9], {'mode': 'wrap'}), ([-1, 100], [5, 6], {'mode': 'clip'}), ([0, 1, 2, 3], [7, 8], {})]:
        b = m.copy()
        np.put(b, ind, v, **kw)
        add('put', {'a': 'm', 'ind': ind, 'v': v, **kw}, b)
    err('put', {'a': 'm', 'ind': [12], 'v': [1]}, 'IndexError', lambda: np.put(m.copy(), [12], [1]))
    for ind, ax in [([[0, 2, 1, 3], [3, 2, 1, 0], [1, 1, 1, 1]], 1), ([[2], [0], [1]], 1), ([[0, 2, 1, 0]], 0), ([[-1], [0], [1]], -1)]:
        add('takeAlongAxis', {'a': 'm', 'indices': ind, 'axis': ax}, np.take_along_axis(m, np.array(ind), axis=ax))
    add('takeAlongAxis', {'a': 'm1', 'indices': [3, 0], 'axis': None}, np.take_along_axis(m.ravel(), np.array([3, 0]), axis=None))
    for ind, vals, ax in [([[0], [2], [1]], 99, 1), ([[1, 0, 2, 2]], [[5, 6, 7, 8]], 0)]:
        b = m.copy()
        np.put_along_axis(b, np.array(ind), vals, axis=ax)
        add('putAlongAxis', {'a': 'm', 'indices': ind, 'values': vals, 'axis': ax}, b)
    cond = (m % 3) == 0
    add('where', {'cond': cond.tolist(), 'x': 'm', 'y': -1}, np.where(cond, m, -1))
    add('where', {'cond': cond.tolist(), 'x': 1.5, 'y': 'm'}, np.where(cond, 1.5, m))
    add('where', {'cond': [[True], [False], [True]], 'x': [1, 2, 3, 4], 'y': [[10], [20], [30]]},
        np.where(np.array([[True], [False], [True]]), np.array([1, 2, 3, 4], dtype=np.int32), np.array([[10], [20], [30]], dtype=np.int32)))
    add('where', {'cond': 'm'}, [x.astype(np.int32) for x in np.where(m)])
    add('nonzero', {'a': (a % 5 == 0).tolist()}, [x.astype(np.int32) for x in np.nonzero(a % 5 == 0)])
    add('nonzero', {'a': [0, 3, 0, 4]}, [x.astype(np.int32) for x in np.nonzero([0, 3, 0, 4])])
    add('nonzero', {'a': [[0.0, -0.0], [0.5, 0.0]]}, [x.astype(np.int32) for x in np.nonzero([[0.0, -0.0], [0.5, 0.0]])])
    add('argwhere', {'a': (a % 7 == 1).tolist()}, np.argwhere(a % 7 == 1).astype(np.int32))
    add('argwhere', {'a': 3}, np.argwhere(3).astype(np.int32))
    add('argwhere', {'a': 0}, np.argwhere(0).astype(np.int32))
    add('flatnonzero', {'a': (m % 4 == 1).tolist()}, np.flatnonzero(m % 4 == 1).astype(np.int32))
    add('compress', {'condition': [0, 1, 1], 'a': 'm', 'axis': 0}, np.compress([0, 1, 1], m, axis=0))
    add('compress', {'condition': [1, 0, 1], 'a': 'm', 'axis': 1}, np.compress([1, 0, 1], m, axis=1))
    add('compress', {'condition': [0, 1, 0, 0, 1], 'a': 'm'}, np.compress([0, 1, 0, 0, 1], m))
    err('compress', {'condition': [0, 0, 0, 1], 'a': 'm', 'axis': 0}, 'IndexError', lambda: np.compress([0, 0, 0, 1], m, axis=0))
    add('extract', {'condition': (m % 2 == 0).tolist(), 'arr': 'm'}, np.extract(m % 2 == 0, m))
    add('choose', {'a': [[0, 1, 2, 0]], 'choices': [[1, 2, 3, 4], [[10], [20], [30]], 100]},
        np.choose(np.array([[0, 1, 2, 0]]), [np.array([1, 2, 3, 4], dtype=np.int32), np.array([[10], [20], [30]], dtype=np.int32), 100]))
    add('choose', {'a': [4, -1, 2], 'choices': [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 'mode': 'wrap'},
        np.choose([4, -1, 2], np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int32), mode='wrap'))
    add('choose', {'a': [4, -1, 2], 'choices': [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 'mode': 'clip'},
        np.choose([4, -1, 2], np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int32), mode='clip'))
    err('choose', {'a': [3, 0], 'choices': [[1, 2], [3, 4]]}, 'ValueError', lambda: np.choose([3, 0], [[1, 2], [3, 4]]))
    x = np.arange(10, dtype=np.int32)
    add('select', {'condlist': [(x < 3).tolist(), (x > 5).tolist()], 'choicelist': ['x', 'x2'], 'default': -1},
        np.select([x < 3, x > 5], [x, x * x], -1))
    add('select', {'condlist': [(x < 3).tolist(), (x < 5).tolist()], 'choicelist': [1.5, 'x']},
        np.select([x < 3, x < 5], [1.5, x]))
    for off, a1, a2 in [(0, 0, 1), (1, 0, 1), (-1, 0, 1), (0, 2, 0), (2, -1, 1), (5, 0, 1)]:
        add('diagonal', {'a': 'a', 'offset': off, 'axis1': a1, 'axis2': a2}, np.diagonal(a, off, a1, a2))
    write(os.path.join(OUT, 'indexing_funcs.json'), {'numpy': np.__version__, 'cases': f})


if __name__ == '__main__':
    main()
