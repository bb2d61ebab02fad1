#!/usr/bin/env python3
"""Writes the NumPy reference results the @stride/wasm tests compare against.

Usage: python3 packages/wasm/scripts/gen-fixtures.py   (NumPy >= 1.26; the committed files were
made with NumPy 2.4). Matrices are stored row-major as flat lists with their shape; complex
values are interleaved (re, im). Inputs are seeded, so reruns reproduce the files exactly.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "test" / "fixtures"
rng = np.random.default_rng(20240611)


def mat(a):
    a = np.asarray(a)
    if np.iscomplexobj(a):
        flat = np.stack([a.real.ravel(), a.imag.ravel()], axis=-1).ravel()
    else:
        flat = a.ravel()
    return {"shape": list(a.shape), "data": [float(x) for x in flat]}


def write(name, payload):
    payload = {"numpy": np.__version__, **payload}
    (OUT / f"{name}.json").write_text(json.dumps(payload, separators=(",", ":")) + "\n")


# dgesv: A x = B with a well-conditioned random A and two right-hand sides.
a = rng.standard_normal((5, 5)) + 5 * np.eye(5)
b = rng.standard_normal((5, 2))
write("dgesv", {"a": mat(a), "b": mat(b), "x": mat(np.linalg.solve(a, b))})

# dgemm: C = alpha A B + beta C with non-square shapes.
a = rng.standard_normal((4, 3))
b = rng.standard_normal((3, 5))
c = rng.standard_normal((4, 5))
alpha, beta = 1.5, -0.5
write("dgemm", {"a": mat(a), "b": mat(b), "c": mat(c), "alpha": alpha, "beta": beta,
                "result": mat(alpha * a @ b + beta * c)})

# sgemm: the same in float32 (NumPy computes in float32 too).
a32 = rng.standard_normal((3, 4)).astype(np.float32)
b32 = rng.standard_normal((4, 2)).astype(np.float32)
write("sgemm", {"a": mat(a32), "b": mat(b32), "result": mat((a32 @ b32).astype(np.float32))})

# dsyevd: eigen-decomposition of a symmetric matrix (eigenvalues ascending, as eigh).
m = rng.standard_normal((6, 6))
s = (m + m.T) / 2
w, v = np.linalg.eigh(s)
write("dsyevd", {"a": mat(s), "w": mat(w), "v": mat(v)})

# dgesdd: singular values of a tall matrix.
a = rng.standard_normal((6, 4))
u, sv, vt = np.linalg.svd(a, full_matrices=False)
write("dgesdd", {"a": mat(a), "s": mat(sv)})

# zgesv: complex system.
a = rng.standard_normal((4, 4)) + 1j * rng.standard_normal((4, 4)) + 4 * np.eye(4)
b = rng.standard_normal((4, 1)) + 1j * rng.standard_normal((4, 1))
write("zgesv", {"a": mat(a), "b": mat(b), "x": mat(np.linalg.solve(a, b))})

# dgeev: eigenvalues of a general (non-symmetric) matrix, sorted by (real, imag).
a = rng.standard_normal((5, 5))
ev = np.linalg.eigvals(a)
ev = ev[np.lexsort((ev.imag, ev.real))]
write("dgeev", {"a": mat(a), "w": mat(ev.astype(np.complex128))})

# dpotrf / dgeqrf / dgetrf through the numbers NumPy exposes: Cholesky factor, |diag R|, det.
m = rng.standard_normal((5, 5))
spd = m @ m.T + 5 * np.eye(5)
a = rng.standard_normal((6, 4))
g = rng.standard_normal((5, 5))
write("factor", {
    "spd": mat(spd), "chol": mat(np.linalg.cholesky(spd)),
    "qr_a": mat(a), "qr_absdiag": mat(np.abs(np.diag(np.linalg.qr(a, mode="r")))),
    "lu_a": mat(g), "lu_det": float(np.linalg.det(g)),
})
print(f"wrote fixtures to {OUT}")
