"""NumPy/SciPy reference for kernel-gflops.mjs: the same cases, same flop counts.

Run single-threaded for a like-for-like comparison:
    OPENBLAS_NUM_THREADS=1 python3 bench/kernels/kernel-gflops.py
"""

import time

import numpy as np
from scipy.linalg import blas


def best(run, reps):
    run()
    t = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        run()
        t = min(t, time.perf_counter() - t0)
    return t * 1e3


def report(name, n, ms, flops):
    print(f"{name:<6} n={n:>4}: {ms:7.1f} ms {flops / ms / 1e6:6.2f} GFLOP/s")


def matrix(n, dtype):
    x = np.sin(0.37 * np.arange(n * n * (2 if np.dtype(dtype).kind == "c" else 1)) + 0.11)
    if np.dtype(dtype).kind == "c":
        x = x[0::2] + 1j * x[1::2]
    return np.asfortranarray(x.reshape(n, n).astype(dtype))


for name, dtype in [("sgemm", np.float32), ("dgemm", np.float64), ("cgemm", np.complex64), ("zgemm", np.complex128)]:
    for n in (256, 1024):
        a, b = matrix(n, dtype), matrix(n, dtype)
        ms = best(lambda: a @ b, 30 if n <= 256 else 5)
        report(name, n, ms, (8 if np.dtype(dtype).kind == "c" else 2) * n**3)

n = 1024
a = np.tril(matrix(n, np.float64))
a[np.diag_indices(n)] = n
b = matrix(n, np.float64)
report("dtrsm", n, best(lambda: blas.dtrsm(1.0, a, b, side=0, lower=1), 5), n**3)
report("dsyrk", n, best(lambda: blas.dsyrk(1.0, b, lower=1), 5), n**3)
