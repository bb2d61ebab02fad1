"""Writes test/fixtures/random.json: NumPy's np.random.default_rng streams, the oracle for random.test.ts.

Run from packages/ndarray:  python3 scripts/gen_random_fixtures.py   (NumPy >= 2)

Encoding: streams are arrays in the shared fixture encoding (scripts/fixtures.py: exact doubles,
64-bit integers as decimal strings); 128-bit states as decimal strings. Long streams are summarised
by the SHA-256 of their little-endian bytes, which the test recomputes.
"""
import hashlib
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

SEEDS = {
    '0': 0,
    '42': 42,
    '12345': 12345,
    'big': 0x8F3A_1C2B_77E0_4D19_A5C3_0B6E_F1D2_9A47,
    'list': [1, 2, 3],
}
LONG = 1_000_000  # draws hashed per long-stream check


def sha(a):
    return hashlib.sha256(np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes()).hexdigest()


def rng(seed):
    return np.random.default_rng(seed)


def seed_case(seed):
    out = {}
    ss = np.random.SeedSequence(seed)
    out['seedseq32'] = enc(ss.generate_state(8))
    out['seedseq64'] = enc(ss.generate_state(4, np.uint64))
    bg = np.random.PCG64(seed)
    st = bg.state['state']
    out['state'] = [str(st['state']), str(st['inc'])]  # 128-bit integers
    out['raw'] = enc(bg.random_raw(8))

    g = rng(seed)
    out['random'] = enc(g.random(20))
    out['randomScalar'] = [g.random() for _ in range(3)]
    out['random32'] = enc(g.random(9, dtype=np.float32))  # odd count: leaves a buffered half
    out['randomAfter32'] = enc(g.random(2))

    ints = []
    g = rng(seed)
    cases = [
        # [low, high, size, dtype, endpoint]
        [0, 100, 20, 'int64', False],
        [0, 100, 20, 'int32', False],
        [0, 200, 21, 'uint8', False],
        [-1000, 1000, 21, 'int16', False],
        [0, 2, 40, 'bool', False],
        [-128, 127, 9, 'int8', True],
        [0, 65535, 9, 'uint16', True],
        [0, 2**32, 7, 'int64', False],
        [0, 2**32 - 1, 7, 'uint32', True],
        [-(2**31), 2**31 - 1, 7, 'int32', True],
        [0, 2**40, 10, 'int64', False],
        [-(2**62), 2**62 + 7, 10, 'int64', False],
        [0, 3 * 2**62, 10, 'uint64', False],
        [0, 2**64 - 1, 6, 'uint64', True],
        [-(2**63), 2**63 - 1, 6, 'int64', True],
        [-5, 5, 15, 'int64', False],
        [5, 6, 4, 'int64', False],
        [7, 7, 3, 'int32', True],
        [10, 20, 5, 'uint16', False],
        [-3, 3, 11, 'int8', False],
        [0, 1000, [2, 3], 'int64', False],
    ]
    for low, high, size, dtype, endpoint in cases:
        v = g.integers(low, high, size=tuple(size) if isinstance(size, list) else size, dtype=dtype, endpoint=endpoint)
        ints.append({'args': [str(low), str(high), size, dtype, endpoint], 'out': enc(v)})
    out['integers'] = ints
    out['integersTail'] = enc(g.random(2))  # the state after all of the above

    g = rng(seed)
    out['integersScalar'] = [
        str(int(g.integers(10))),
        str(int(g.integers(-7, 7))),
        int(g.integers(0, 1000, dtype=np.int32)),
        int(g.integers(0, 1000, dtype=np.int32)),
        bool(g.integers(0, 2, dtype=bool)),
        int(g.integers(0, 200, dtype=np.uint8)),
        str(int(g.integers(0, 2**50, dtype=np.uint64))),
    ]

    g = rng(seed)
    out['normal'] = enc(g.standard_normal(200))
    out['normalScalar'] = [g.standard_normal() for _ in range(3)]
    out['normal32'] = enc(g.standard_normal(201, dtype=np.float32))
    out['normalLoc'] = enc(g.normal(3.0, 2.5, 50))
    out['uniform'] = enc(g.uniform(-2.0, 5.0, 50))
    out['exponential'] = enc(g.exponential(2.0, 100))
    out['stdExponential'] = enc(g.standard_exponential(20))
    out['distTail'] = enc(g.random(2))

    g = rng(seed)
    out['sha'] = {
        'random': sha(g.random(LONG)),
        'normal': sha(g.standard_normal(LONG)),
    }
    # float32 normals: NumPy's tail (|x| > R, ~1 in 4000 draws) takes log1pf from the platform's
    # libm, which need not be correctly rounded; keep the tail draws apart (see random.test.ts).
    n32 = g.standard_normal(LONG, dtype=np.float32)
    tail = np.abs(n32) >= np.float32(3.6541528853610087963519472518)
    out['sha']['normal32Tail'] = [[int(i), float(n32[i])] for i in np.flatnonzero(tail)]
    n32[tail] = 0
    out['sha'].update({
        'normal32': sha(n32),
        'exponential': sha(g.standard_exponential(LONG)),
        'int32': sha(g.integers(0, 1000, LONG, dtype=np.int32)),
        'tail': enc(g.random(2)),
    })

    g = rng(seed)
    ch = {}
    ch['replace'] = enc(g.choice(10, 20))
    ch['replaceScalar'] = int(g.choice(10))
    ch['p'] = enc(g.choice(5, 20, p=[0.1, 0.2, 0.3, 0.15, 0.25]))
    ch['noReplace'] = enc(g.choice(10, 5, replace=False))
    ch['noReplaceNoShuffle'] = enc(g.choice(10, 5, replace=False, shuffle=False))
    ch['floyd'] = enc(g.choice(20000, 100, replace=False))
    ch['tailShuffle'] = sha(g.choice(20000, 1000, replace=False))
    ch['pNoReplace'] = enc(g.choice(6, 4, replace=False, p=[0.05, 0.3, 0.1, 0.25, 0.2, 0.1]))
    ch['array'] = enc(g.choice(np.array([1.5, 2.5, 3.5, 4.5]), [2, 3]))
    ch['rows'] = enc(g.choice(np.arange(12.0).reshape(4, 3), 2, replace=False))
    ch['tail'] = enc(g.random(2))
    out['choice'] = ch

    g = rng(seed)
    pm = {}
    pm['int'] = enc(g.permutation(10))
    pm['rows'] = enc(g.permutation(np.arange(15.0).reshape(5, 3)))
    a = np.arange(12)
    g.shuffle(a)
    pm['shuffle'] = enc(a)
    pm['big'] = sha(g.permutation(100_000))
    pm['tail'] = enc(g.random(2))
    out['permutation'] = pm

    g = rng(seed)
    kids = g.spawn(2)
    out['spawn'] = [enc(k.random(3)) for k in kids]
    bg = np.random.PCG64(seed)
    bg.advance(12345)
    out['advance'] = enc(bg.random_raw(2))
    out['jumped'] = enc(np.random.PCG64(seed).jumped(3).random_raw(2))
    return out


def main():
    data = {'numpy': np.__version__, 'seeds': {k: (str(v) if isinstance(v, int) else v) for k, v in SEEDS.items()}}
    data['cases'] = {k: seed_case(v) for k, v in SEEDS.items()}
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, '..', 'test', 'fixtures', 'random.json')
    write(out, data)


if __name__ == '__main__':
    main()
