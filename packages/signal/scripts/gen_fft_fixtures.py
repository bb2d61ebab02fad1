"""Fixtures for @stride/signal's fft namespace, with NumPy's numpy.fft (pocketfft) as the oracle.

Inputs are not stored: both sides build them from an integer hash of the flat index (exact in
float64 on both sides), so long transforms cost only their (sampled) outputs.

    python3 packages/signal/scripts/gen_fft_fixtures.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'fft.json')


def hashed(count, seed):
    """((k·2654435761 + seed·40503) mod 2^32) / 2^32 − 0.5 for k < count (the tests' twin)."""
    k = np.arange(count, dtype=np.int64)
    return ((k * 2654435761 + seed * 40503) % 4294967296).astype(np.float64) / 4294967296.0 - 0.5


def make_input(shape, seed, complex_, dtype='float64'):
    size = int(np.prod(shape))
    if complex_:
        h = hashed(2 * size, seed)
        x = (h[0::2] + 1j * h[1::2]).reshape(shape)
        return x.astype(np.complex64 if dtype == 'float32' else np.complex128)
    return hashed(size, seed).reshape(shape).astype(dtype)


cases = []


def case(fn, shape, complex_, kwargs, seed=1, sample=None, dtype='float64'):
    x = make_input(shape, seed, complex_, dtype)
    y = getattr(np.fft, fn)(x, **kwargs)
    c = {'fn': fn, 'shape': list(shape), 'complex': complex_, 'seed': seed, 'dtype': dtype,
         'kwargs': kwargs, 'outShape': list(y.shape), 'outDtype': str(y.dtype)}
    flat = y.ravel()
    c['scale'] = float(np.max(np.abs(flat))) if flat.size else 0.0
    if sample is not None and flat.size > sample:
        idx = np.unique(np.concatenate([np.arange(8), flat.size - 1 - np.arange(8),
                                        np.random.default_rng(seed).integers(0, flat.size, sample)]))
        c['idx'] = [int(i) for i in idx]
        c['out'] = enc(flat[idx])
    else:
        c['out'] = enc(y)
    cases.append(c)


# every length 1..64, complex and real, forward and inverse
for n in range(1, 65):
    case('fft', [n], True, {}, seed=n)
    case('ifft', [n], True, {}, seed=n + 100)
    case('rfft', [n], False, {}, seed=n + 200)
    case('irfft', [n // 2 + 1], True, {'n': n}, seed=n + 300)
# primes, powers of two, 3^k·5, odd composites
for n in [97, 101, 211, 1009, 7919, 128, 256, 1024, 4096, 405, 3645, 15 * 49, 11 * 13 * 4, 2 * 1009]:
    case('fft', [n], True, {}, seed=n, sample=64)
    case('ifft', [n], True, {}, seed=n + 1, sample=64)
    case('rfft', [n], False, {}, seed=n + 2, sample=64)
    case('irfft', [n // 2 + 1], True, {'n': n}, seed=n + 3, sample=64)
# large spot checks (2^16 + 1 is prime: Bluestein)
for n in [2 ** 16, 2 ** 16 + 1]:
    case('fft', [n], True, {}, seed=7, sample=64)
    case('rfft', [n], False, {}, seed=8, sample=64)
    case('irfft', [n // 2 + 1], True, {'n': n}, seed=9, sample=64)
# norm modes
for norm in ['backward', 'ortho', 'forward']:
    for n in [12, 13]:
        for fn, cplx in [('fft', True), ('ifft', True), ('rfft', False), ('irfft', True),
                         ('hfft', True), ('ihfft', False)]:
            case(fn, [n], cplx, {'norm': norm}, seed=n)
    case('fftn', [4, 5], True, {'norm': norm})
    case('irfftn', [4, 3], True, {'norm': norm, 's': [4, 5], 'axes': [0, 1]})
# padding, truncation, hfft/ihfft defaults
case('fft', [5], True, {'n': 8})
case('fft', [5], True, {'n': 3})
case('rfft', [5], False, {'n': 9})
case('irfft', [5], True, {})
case('irfft', [5], True, {'n': 7})
case('irfft', [5], True, {'n': 4})
case('hfft', [6], True, {})
case('hfft', [6], True, {'n': 9})
case('ihfft', [9], False, {})
# along any axis, N-d
case('fft', [6, 10], True, {'axis': 0})
case('fft', [6, 10], True, {'axis': -2, 'n': 7})
case('rfft', [3, 8, 5], False, {'axis': 1})
case('irfft', [3, 5, 4], True, {'axis': 1, 'n': 8})
case('fft2', [6, 10], True, {})
case('ifft2', [3, 6, 10], True, {})
case('fft2', [6, 10], True, {'s': [4, 12]})
case('fftn', [3, 4, 5], True, {})
case('fftn', [3, 4, 5], True, {'axes': [0, 2], 's': [4, 6]})
case('ifftn', [3, 4, 5], True, {'axes': [-1, 0]})
case('rfftn', [4, 6, 5], False, {})
case('rfftn', [4, 6, 5], False, {'axes': [0, 1]})
case('irfftn', [4, 6, 3], True, {'s': [4, 6, 5], 'axes': [0, 1, 2]})
case('irfftn', [4, 6, 3], True, {})
case('rfft2', [5, 8], False, {})
case('irfft2', [5, 5], True, {})
# float32 in: complex64 out (NumPy 2)
case('fft', [16], False, {}, dtype='float32')
case('fft', [15], True, {}, dtype='float32')
case('rfft', [20], False, {}, dtype='float32')
case('irfft', [9], True, {}, dtype='float32')

# coverage: float32 through every function at lengths 1, 2, a prime (Bluestein), a composite
# and a power of two (the WebAssembly passes); hfft/ihfft at the same lengths; every norm at
# a power of two and at a Bluestein prime; float32 N-d
for n in [1, 2, 97, 1000, 1024]:
    for fn, cplx, shape in [('fft', True, [n]), ('ifft', True, [n]), ('rfft', False, [n]),
                            ('irfft', True, [n // 2 + 1]), ('hfft', True, [n // 2 + 1]), ('ihfft', False, [n])]:
        kw = {'n': n} if fn in ('irfft', 'hfft') else {}
        case(fn, shape, cplx, kw, seed=n + 7, sample=64, dtype='float32')
        if fn in ('hfft', 'ihfft'):
            case(fn, shape, cplx, kw, seed=n + 8, sample=64)
for norm in ['ortho', 'forward']:
    for n in [1024, 1009]:
        case('fft', [n], True, {'norm': norm}, seed=n, sample=64)
        case('ifft', [n], True, {'norm': norm}, seed=n + 1, sample=64)
        case('rfft', [n], False, {'norm': norm}, seed=n + 2, sample=64)
        case('irfft', [n // 2 + 1], True, {'norm': norm, 'n': n}, seed=n + 3, sample=64)
case('fftn', [4, 6], True, {}, dtype='float32')
case('rfftn', [6, 5], False, {'norm': 'ortho'}, dtype='float32')
case('ifft2', [3, 64, 48], True, {'norm': 'forward'}, sample=64)

write(OUT, {'numpy': np.__version__, 'cases': cases})
print(len(cases), 'cases ->', OUT)

# twiddle factors exp(2πi t/n) to full precision (mpmath), for the kernel's accuracy test
import mpmath  # noqa: E402

mpmath.mp.dps = 40
roots = []
for n, ts in [(8, range(8)), (12, range(12)), (1000003, [1, 2, 3, 125000, 250000, 500001, 777777, 999999]),
              (2 ** 20, [1, 3, 2 ** 17 - 1, 2 ** 18 + 5, 3 * 2 ** 18 - 7]), (97, range(0, 97, 7))]:
    for t in ts:
        a = 2 * mpmath.pi * t / n
        roots.append({'t': t, 'n': n, 'cos': float(mpmath.cos(a)), 'sin': float(mpmath.sin(a))})
write(os.path.join(os.path.dirname(OUT), 'twiddle.json'), {'roots': roots})
print(len(roots), 'roots')

# Accuracy at a large power of two and a large prime (Bluestein): NumPy's spectrum at sampled
# indices, its largest magnitude, and NumPy's own round-trip error max|ifft(fft(x)) − x| / max|x|
# (test/fft-accuracy.test.ts and scripts/fft-accuracy.mjs compare Stride with them).
acc = []
for n, seed in [(2 ** 20, 11), (100003, 12)]:
    x = make_input([n], seed, True)
    y = np.fft.fft(x)
    idx = np.unique(np.concatenate([np.arange(16), n - 1 - np.arange(16),
                                    np.random.default_rng(seed).integers(0, n, 2048)]))
    back = np.fft.ifft(y)
    acc.append({'n': n, 'seed': seed, 'idx': [int(i) for i in idx], 'out': enc(y[idx]),
                'scale': float(np.max(np.abs(y))),
                'numpyRoundTrip': float(np.max(np.abs(back - x)) / np.max(np.abs(x)))})
write(os.path.join(os.path.dirname(OUT), 'fft-accuracy.json'), {'numpy': np.__version__, 'cases': acc})
print(len(acc), 'accuracy cases')
