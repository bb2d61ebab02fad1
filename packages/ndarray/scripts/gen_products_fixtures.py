#!/usr/bin/env python3
"""Writes the fixtures of Stride's product tests (dot, matmul, vdot, inner, outer, tensordot,
einsum, kron, trace, cross, vecdot, matrix_transpose) with NumPy as the oracle.

Usage (from packages/ndarray):
    python3 scripts/gen_products_fixtures.py   # (re)writes test/fixtures/products.json

Format: {"numpy": version, "cases": [case, ...]} where a case is
    {"name", "fn", "args": [arg, ...], "kwargs": {...}, "expect": result | {"error", "match"}}
An arg is {"array": enc} or {"value": json}. An array enc is the shared fixture encoding
(scripts/fixtures.py: {"dtype", "shape", "data"}) plus an optional "view": a list of steps the test applies to get a non-contiguous
operand: ["T"] reverses the axes, ["flip", axis] walks an axis backwards, ["step", axis, k] keeps
every k-th element. A result is an enc plus "scalar": true when Stride returns a JS scalar.
Errors are only recorded where NumPy raises too; "error" is the Stride class the test expects and
"match" a fragment of Stride's message.

Integer inputs have explicit dtypes, since Stride's default integer is int32 where NumPy's is int64.
"""

import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from fixtures import enc as enc_array, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures", "products.json")

rng = np.random.default_rng(20250101)
cases = []

SCALAR_FNS = {"dot", "vdot", "inner", "trace"}


def enc(a, view=None):
    """The shared encoding (scripts/fixtures.py) plus the optional view steps."""
    d = enc_array(a)
    if view is not None:
        d["view"] = view
    return d


def apply_view(a, view):
    for step in view or []:
        if step[0] == "T":
            a = a.T
        elif step[0] == "flip":
            a = np.flip(a, step[1])
        elif step[0] == "step":
            sl = [slice(None)] * a.ndim
            sl[step[1]] = slice(None, None, step[2])
            a = a[tuple(sl)]
    return a


class Arr:
    """An operand: the stored base array and the view steps the test re-applies."""

    def __init__(self, base, view=None):
        self.base = np.asarray(base)
        self.view = view

    def value(self):
        return apply_view(self.base, self.view)


def rand(shape, dtype, lo=-3, hi=4):
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return rng.integers(max(lo, info.min), min(hi, info.max), shape, endpoint=True).astype(dt)
    if dt.kind == "c":
        re = np.round(rng.uniform(-2, 2, shape), 3)
        im = np.round(rng.uniform(-2, 2, shape), 3)
        return (re + 1j * im).astype(dt)
    return np.round(rng.uniform(-2, 2, shape), 3).astype(dt)


def big_ints(shape, dtype):
    info = np.iinfo(np.dtype(dtype))
    return rng.integers(info.min // 2 if info.min < 0 else 0, info.max // 2, shape, endpoint=True, dtype=dtype)


NP_FNS = {
    "matmul": np.matmul,
    "dot": np.dot,
    "vdot": np.vdot,
    "inner": np.inner,
    "outer": np.outer,
    "tensordot": lambda a, b, axes=2: np.tensordot(a, b, axes),
    "einsum": np.einsum,
    "kron": np.kron,
    "trace": np.trace,
    "cross": np.cross,
    "vecdot": np.vecdot,
    "matrixTranspose": np.matrix_transpose,
}


def call(fn, args, kwargs):
    vals = [a.value() if isinstance(a, Arr) else a for a in args]
    kw = dict(kwargs)
    if "dtype" in kw:
        kw["dtype"] = np.dtype(kw["dtype"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        return NP_FNS[fn](*vals, **kw)


def enc_args(args):
    return [{"array": enc(a.base, a.view)} if isinstance(a, Arr) else {"value": a} for a in args]


def add(name, fn, args, kwargs=None):
    kwargs = kwargs or {}
    r = call(fn, args, kwargs)
    r = np.asarray(r)
    expect = enc(r)
    if fn in SCALAR_FNS and r.ndim == 0:
        expect["scalar"] = True
    cases.append({"name": name, "fn": fn, "args": enc_args(args), "kwargs": kwargs, "expect": expect})


def add_error(name, fn, args, kwargs, error, match):
    try:
        call(fn, args, kwargs)
    except Exception:  # noqa: BLE001 - NumPy must reject it too; the class differs by design
        pass
    else:
        raise AssertionError(f"NumPy accepted {name}")
    cases.append(
        {"name": name, "fn": fn, "args": enc_args(args), "kwargs": kwargs, "expect": {"error": error, "match": match}}
    )


FLOATS = ["float32", "float64"]
COMPLEX = ["complex64", "complex128"]
ALL = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"] + FLOATS + COMPLEX


# ---------------------------------------------------------------- matmul
for dt in ALL:
    add(f"matmul 2-D {dt}", "matmul", [Arr(rand((3, 4), dt)), Arr(rand((4, 5), dt))])
for dt in ["int8", "uint8", "int16", "int32", "uint32", "int64", "uint64"]:
    add(f"matmul {dt} wraps around", "matmul", [Arr(big_ints((3, 4), dt)), Arr(big_ints((4, 2), dt))])
add("matmul int32 wraps on a float-exact sum", "matmul", [Arr(np.full((2, 3), 2**20, np.int32)), Arr(np.full((3, 2), 2**15 + 3, np.int32))])
for da, db in [("int32", "float32"), ("int8", "uint8"), ("uint64", "int64"), ("bool", "int8"), ("float32", "complex64"), ("int16", "float64"), ("float32", "float64"), ("int32", "complex64")]:
    add(f"matmul promotes {da} @ {db}", "matmul", [Arr(rand((2, 3), da)), Arr(rand((3, 2), db))])
add("matmul 1-D @ 1-D", "matmul", [Arr(rand((5,), "float64")), Arr(rand((5,), "float64"))])
add("matmul 1-D @ 2-D", "matmul", [Arr(rand((3,), "int32")), Arr(rand((3, 4), "int32"))])
add("matmul 2-D @ 1-D", "matmul", [Arr(rand((4, 3), "float64")), Arr(rand((3,), "float64"))])
add("matmul 1-D @ 3-D", "matmul", [Arr(rand((3,), "float64")), Arr(rand((2, 3, 4), "float64"))])
add("matmul 3-D @ 1-D", "matmul", [Arr(rand((2, 4, 3), "float64")), Arr(rand((3,), "float64"))])
add("matmul stacked", "matmul", [Arr(rand((3, 2, 4), "float64")), Arr(rand((3, 4, 5), "float64"))])
add("matmul broadcast batch", "matmul", [Arr(rand((2, 1, 3, 4), "float64")), Arr(rand((5, 4, 2), "float64"))])
add("matmul stacked @ 2-D", "matmul", [Arr(rand((4, 3, 2), "int32")), Arr(rand((2, 3), "int32"))])
add("matmul 2-D @ stacked", "matmul", [Arr(rand((3, 2), "float32")), Arr(rand((4, 2, 3), "float32"))])
add("matmul stacked complex", "matmul", [Arr(rand((2, 3, 2), "complex128")), Arr(rand((1, 2, 3), "complex128"))])
add("matmul (0, 3) @ (3, 2)", "matmul", [Arr(rand((0, 3), "float64")), Arr(rand((3, 2), "float64"))])
add("matmul (2, 0) @ (0, 3) is zeros", "matmul", [Arr(rand((2, 0), "float64")), Arr(rand((0, 3), "float64"))])
add("matmul int32 (2, 0) @ (0, 3) is zeros", "matmul", [Arr(rand((2, 0), "int32")), Arr(rand((0, 3), "int32"))])
add("matmul empty batch", "matmul", [Arr(rand((0, 2, 3), "float64")), Arr(rand((3, 4), "float64"))])
add("matmul empty 1-D", "matmul", [Arr(rand((0,), "float64")), Arr(rand((0,), "float64"))])
add("matmul transposed operands", "matmul", [Arr(rand((4, 3), "float64"), [["T"]]), Arr(rand((5, 4), "float64"), [["T"]])])
add("matmul negative strides", "matmul", [Arr(rand((3, 4), "float64"), [["flip", 0], ["flip", 1]]), Arr(rand((4, 2), "float64"), [["flip", 0]])])
add("matmul stepped views", "matmul", [Arr(rand((6, 8), "int32"), [["step", 0, 2], ["step", 1, 2]]), Arr(rand((4, 6), "int32"), [["step", 1, 3]])])
add("matmul transposed stack", "matmul", [Arr(rand((4, 3, 2), "float64"), [["T"]]), Arr(rand((4, 5), "float64"))])
add("matmul complex64 transposed", "matmul", [Arr(rand((3, 2), "complex64"), [["T"]]), Arr(rand((3, 4), "complex64"), [["flip", 1]])])
add("matmul blocked K > 256", "matmul", [Arr(rand((9, 260), "float64")), Arr(rand((260, 7), "float64"))])
add("matmul blocked float32", "matmul", [Arr(rand((21, 70), "float32")), Arr(rand((70, 18), "float32"))])
add("matmul NaN and Inf", "matmul", [Arr(np.array([[np.nan, 1.0], [np.inf, 0.0], [1.0, 2.0]])), Arr(np.array([[1.0, 0.0], [2.0, 1.0]]))])
add("matmul dtype option", "matmul", [Arr(rand((2, 3), "int32")), Arr(rand((3, 2), "int32"))], {"dtype": "float32"})
add_error("matmul 0-d operand", "matmul", [Arr(np.array(2.0)), Arr(rand((3,), "float64"))], {}, "ValueError", "Input operand 0 does not have enough dimensions")
add_error("matmul second 0-d operand", "matmul", [Arr(rand((3,), "float64")), Arr(np.array(2.0))], {}, "ValueError", "Input operand 1 does not have enough dimensions")
add_error("matmul core mismatch", "matmul", [Arr(rand((2, 3), "float64")), Arr(rand((2, 3), "float64"))], {}, "ShapeError", "(size 2 is different from 3)")
add_error("matmul 1-D mismatch", "matmul", [Arr(rand((3,), "float64")), Arr(rand((2,), "float64"))], {}, "ShapeError", "core dimension 0")
add_error("matmul batch mismatch", "matmul", [Arr(rand((2, 2, 3), "float64")), Arr(rand((3, 3, 2), "float64"))], {}, "ShapeError", "could not be broadcast")

# ---------------------------------------------------------------- dot
for dt in ALL:
    add(f"dot 1-D {dt}", "dot", [Arr(rand((6,), dt)), Arr(rand((6,), dt))])
add("dot int32 overflow wraps", "dot", [Arr(big_ints((5,), "int32")), Arr(big_ints((5,), "int32"))])
add("dot int64 overflow wraps", "dot", [Arr(big_ints((5,), "int64")), Arr(big_ints((5,), "int64"))])
add("dot 2-D", "dot", [Arr(rand((3, 4), "float64")), Arr(rand((4, 2), "float64"))])
add("dot 2-D · 1-D", "dot", [Arr(rand((3, 4), "int32")), Arr(rand((4,), "int32"))])
add("dot 1-D · 2-D", "dot", [Arr(rand((4,), "float64")), Arr(rand((4, 3), "float64"))])
add("dot N-D · M-D", "dot", [Arr(rand((2, 3, 4), "float64")), Arr(rand((5, 4, 2), "float64"))])
add("dot N-D · 1-D", "dot", [Arr(rand((2, 3, 4), "int16")), Arr(rand((4,), "int16"))])
add("dot 1-D · N-D", "dot", [Arr(rand((3,), "float32")), Arr(rand((2, 3, 4), "float32"))])
add("dot 0-d · N-D", "dot", [Arr(np.array(3, np.int32)), Arr(rand((2, 3), "int8"))])
add("dot N-D · 0-d", "dot", [Arr(rand((2, 3), "float64")), Arr(np.array(-1.5))])
add("dot 0-d · 0-d", "dot", [Arr(np.array(3, np.int32)), Arr(np.array(4, np.int32))])
add("dot complex no conjugation", "dot", [Arr(rand((4,), "complex128")), Arr(rand((4,), "complex128"))])
add("dot bool", "dot", [Arr(np.array([True, False, True])), Arr(np.array([False, False, True]))])
add("dot bool false", "dot", [Arr(np.array([True, False])), Arr(np.array([False, True]))])
add("dot empty 1-D", "dot", [Arr(np.zeros(0)), Arr(np.zeros(0))])
add("dot (0, 2) · (2, 2)", "dot", [Arr(rand((0, 2), "float64")), Arr(rand((2, 2), "float64"))])
add("dot transposed", "dot", [Arr(rand((4, 3), "float64"), [["T"]]), Arr(rand((2, 4, 3), "float64"), [["flip", 1]])])
add_error("dot not aligned", "dot", [Arr(rand((2, 3), "float64")), Arr(rand((2, 3), "float64"))], {}, "ShapeError", "not aligned: 3 (dim 1) != 2 (dim 0)")
add_error("dot 1-D not aligned", "dot", [Arr(rand((3,), "float64")), Arr(rand((2,), "float64"))], {}, "ShapeError", "not aligned")

# ---------------------------------------------------------------- vdot, inner, outer
for dt in ["int32", "float32", "float64", "complex64", "complex128", "bool"]:
    add(f"vdot {dt}", "vdot", [Arr(rand((2, 3), dt)), Arr(rand((6,), dt))])
add("vdot conjugates the first", "vdot", [Arr(np.array([1 + 2j, 3 - 1j])), Arr(np.array([2 - 1j, 1j]))])
add("vdot non-contiguous", "vdot", [Arr(rand((3, 2), "complex128"), [["T"]]), Arr(rand((2, 3), "complex128"), [["flip", 1]])])
add("vdot int32 wraps", "vdot", [Arr(big_ints((4,), "int32")), Arr(big_ints((4,), "int32"))])
add_error("vdot sizes differ", "vdot", [Arr(rand((3,), "float64")), Arr(rand((2,), "float64"))], {}, "ShapeError", "3 and 2 elements")
add("inner 1-D", "inner", [Arr(rand((4,), "float64")), Arr(rand((4,), "float64"))])
add("inner N-D", "inner", [Arr(rand((2, 3, 4), "int32")), Arr(rand((5, 4), "int32"))])
add("inner complex no conjugation", "inner", [Arr(rand((2, 3), "complex128")), Arr(rand((3,), "complex128"))])
add("inner 0-d", "inner", [Arr(np.array(2.5)), Arr(rand((2, 2), "float64"))])
add("inner transposed", "inner", [Arr(rand((3, 2), "float64"), [["T"]]), Arr(rand((3, 4), "float64"), [["T"]])])
add_error("inner not aligned", "inner", [Arr(rand((2, 3), "float64")), Arr(rand((2,), "float64"))], {}, "ShapeError", "not aligned")
for dt in ["int8", "int32", "float32", "float64", "complex128", "bool"]:
    add(f"outer {dt}", "outer", [Arr(rand((3,), dt)), Arr(rand((4,), dt))])
add("outer flattens", "outer", [Arr(rand((2, 2), "float64"), [["T"]]), Arr(rand((2, 3), "int32"))])
add("outer int8 wraps", "outer", [Arr(np.array([100, -100], np.int8)), Arr(np.array([3, 2], np.int8))])
add("outer keeps -0", "outer", [Arr(np.array([-1.0, 0.0])), Arr(np.array([0.0, -2.0]))])
add("outer empty", "outer", [Arr(np.zeros((0, 2))), Arr(np.ones(3))])

# ---------------------------------------------------------------- tensordot
add("tensordot axes=2", "tensordot", [Arr(rand((3, 4, 5), "float64")), Arr(rand((4, 5, 2), "float64"))])
add("tensordot axes=0", "tensordot", [Arr(rand((2, 3), "int32")), Arr(rand((2,), "int32")), 0])
add("tensordot axes=1", "tensordot", [Arr(rand((2, 3), "float64")), Arr(rand((3, 4), "float64")), 1])
add("tensordot axis lists", "tensordot", [Arr(rand((3, 4, 5), "float64")), Arr(rand((4, 3, 2), "float64")), [[1, 0], [0, 1]]])
add("tensordot single axes", "tensordot", [Arr(rand((3, 4), "float64")), Arr(rand((5, 3), "float64")), [0, 1]])
add("tensordot negative axes", "tensordot", [Arr(rand((3, 4), "complex128")), Arr(rand((4, 3), "complex128")), [[-1], [0]]])
add("tensordot full contraction", "tensordot", [Arr(rand((2, 3), "float64")), Arr(rand((2, 3), "float64")), 2])
add("tensordot non-contiguous", "tensordot", [Arr(rand((4, 3, 2), "float64"), [["T"]]), Arr(rand((3, 5), "float64"), [["flip", 0]]), [[1], [0]]])
add_error("tensordot shape mismatch", "tensordot", [Arr(rand((2, 3, 4), "float64")), Arr(rand((4, 3, 5), "float64")), [[1, 2], [0, 1]]], {}, "ShapeError", "shape-mismatch for sum")
add_error("tensordot repeated axes", "tensordot", [Arr(rand((2, 3, 4), "float64")), Arr(rand((4, 3, 5), "float64")), [[1, 1], [1, 1]]], {}, "ValueError", "duplicate axes")

# ---------------------------------------------------------------- einsum
M23 = rand((2, 3), "float64")
add("einsum matmul explicit", "einsum", ["ij,jk->ik", Arr(rand((2, 3), "float64")), Arr(rand((3, 4), "float64"))])
add("einsum matmul implicit", "einsum", ["ij,jk", Arr(rand((2, 3), "int32")), Arr(rand((3, 4), "int32"))])
add("einsum trace", "einsum", ["ii", Arr(rand((3, 3), "float64"))])
add("einsum diagonal", "einsum", ["ii->i", Arr(rand((3, 3), "int32"))])
add("einsum 3-way diagonal", "einsum", ["iii->i", Arr(rand((2, 2, 2), "int32"))])
add("einsum diagonal with extra axis", "einsum", ["iij->ji", Arr(rand((3, 3, 2), "float64"))])
add("einsum outer", "einsum", ["i,j->ij", Arr(rand((3,), "float64")), Arr(rand((2,), "float64"))])
add("einsum batched matmul", "einsum", ["bij,bjk->bik", Arr(rand((4, 2, 3), "float64")), Arr(rand((4, 3, 2), "float64"))])
add("einsum implicit order transposes", "einsum", ["ba", Arr(M23)])
add("einsum implicit uppercase first", "einsum", ["aB", Arr(M23)])
add("einsum implicit uppercase kept", "einsum", ["Ba", Arr(M23)])
add("einsum transpose explicit", "einsum", ["ijk->kji", Arr(rand((2, 3, 4), "float64"))])
add("einsum sum all", "einsum", ["ij->", Arr(rand((3, 4), "float64"))])
add("einsum sum axis", "einsum", ["ij->j", Arr(rand((3, 4), "int16"))])
add("einsum dot", "einsum", ["i,i", Arr(rand((5,), "float64")), Arr(rand((5,), "float64"))])
add("einsum elementwise", "einsum", ["i,i->i", Arr(rand((5,), "float64")), Arr(rand((5,), "float64"))])
add("einsum three operands", "einsum", ["ij,jk,kl->il", Arr(rand((2, 3), "float64")), Arr(rand((3, 4), "float64")), Arr(rand((4, 2), "float64"))])
add("einsum three vectors", "einsum", ["i,i,i", Arr(rand((4,), "int32")), Arr(rand((4,), "int32")), Arr(rand((4,), "int32"))])
add("einsum ellipsis broadcast", "einsum", ["...ij,...jk->...ik", Arr(rand((2, 1, 2, 3), "float64")), Arr(rand((4, 3, 2), "float64"))])
add("einsum ellipsis implicit", "einsum", ["...ij,...jk", Arr(rand((2, 1, 2, 3), "float64")), Arr(rand((4, 3, 2), "float64"))])
add("einsum ellipsis trailing", "einsum", ["ij...,jk...", Arr(rand((2, 3, 5), "float64")), Arr(rand((3, 2), "float64"))])
add("einsum ellipsis sum to output", "einsum", ["i...->...", Arr(rand((2, 3), "float64"))])
add("einsum ellipsis diagonal", "einsum", ["...ii->...i", Arr(rand((2, 3, 3), "float64"))])
add("einsum scalar operand", "einsum", [",i", Arr(np.array(3, np.int32)), Arr(rand((3,), "int32"))])
add("einsum scalar only", "einsum", ["", Arr(np.array(2.5))])
add("einsum broadcast label", "einsum", ["ij,ij->ij", Arr(rand((2, 1), "float64")), Arr(rand((2, 3), "float64"))])
add("einsum broadcast summed label", "einsum", ["ij,jk", Arr(rand((2, 1), "float64")), Arr(rand((3, 3), "float64"))])
add("einsum spaces", "einsum", ["i j , j k", Arr(rand((2, 3), "float64")), Arr(rand((3, 2), "float64"))])
add("einsum int32 wraps", "einsum", ["ij,jk", Arr(big_ints((2, 3), "int32")), Arr(big_ints((3, 2), "int32"))])
add("einsum int8 sum wraps", "einsum", ["i->", Arr(np.array([100, 100, 100], np.int8))])
add("einsum bool", "einsum", ["ij,jk", Arr(rand((2, 3), "bool")), Arr(rand((3, 2), "bool"))])
add("einsum complex", "einsum", ["ij,j->i", Arr(rand((2, 3), "complex128")), Arr(rand((3,), "complex128"))])
add("einsum float32", "einsum", ["ijk,kj->i", Arr(rand((2, 3, 4), "float32")), Arr(rand((4, 3), "float32"))])
add("einsum mixed dtypes", "einsum", ["i,i->i", Arr(rand((3,), "int8")), Arr(rand((3,), "float32"))])
add("einsum dtype option", "einsum", ["ij->i", Arr(rand((2, 3), "int16"))], {"dtype": "float64"})
add("einsum non-contiguous", "einsum", ["ij,jk->ki", Arr(rand((3, 2), "float64"), [["T"]]), Arr(rand((3, 4), "float64"), [["flip", 1]])])
add("einsum empty", "einsum", ["ij,jk->ik", Arr(rand((2, 0), "float64")), Arr(rand((0, 3), "float64"))])
add("einsum batched with summed label", "einsum", ["bij,bjk,b->ik", Arr(rand((3, 2, 2), "float64")), Arr(rand((3, 2, 2), "float64")), Arr(rand((3,), "float64"))])
add_error("einsum repeated output", "einsum", ["ij,jk->iik", Arr(rand((2, 3), "float64")), Arr(rand((3, 3), "float64"))], {}, "ValueError", "output subscript 'i' appears more than once")
add_error("einsum output not in inputs", "einsum", ["ij,jk->iz", Arr(rand((2, 3), "float64")), Arr(rand((3, 3), "float64"))], {}, "ValueError", "output subscript 'z' does not appear")
add_error("einsum too many subscripts", "einsum", ["ijk", Arr(rand((2, 3), "float64"))], {}, "ValueError", "operand 0 has 2 dimensions but subscripts 'ijk' give 3")
add_error("einsum too few operands", "einsum", ["ij,jk", Arr(rand((2, 3), "float64"))], {}, "ValueError", "name 2 operand(s) but 1 were given")
add_error("einsum too many operands", "einsum", ["ij", Arr(rand((2, 3), "float64")), Arr(rand((2, 3), "float64"))], {}, "ValueError", "name 1 operand(s) but 2 were given")
add_error("einsum size mismatch", "einsum", ["ij,ij->", Arr(rand((2, 2), "float64")), Arr(rand((2, 3), "float64"))], {}, "ShapeError", "index 'j' has length 2 in operand 0 but 3 in operand 1")
add_error("einsum diagonal mismatch", "einsum", ["ii", Arr(rand((2, 3), "float64"))], {}, "ShapeError", "repeats index 'i'")
add_error("einsum invalid character", "einsum", ["i1", Arr(rand((2, 3), "float64"))], {}, "ValueError", "invalid subscript '1'")
add_error("einsum two arrows", "einsum", ["ij->i->j", Arr(rand((2, 3), "float64"))], {}, "ValueError", "more than one '->'")
add_error("einsum stray dot", "einsum", ["..i->i", Arr(rand((2, 3), "float64"))], {}, "ValueError", "not part of an ellipsis")
add_error("einsum ellipsis missing in output", "einsum", ["...i->i", Arr(rand((2, 3), "float64"))], {}, "ValueError", "no '...'")
add_error("einsum unsafe dtype", "einsum", ["ij->i", Arr(rand((2, 3), "float64"))], {"dtype": "int32"}, "DTypeError", "casting rule 'safe'")

# ---------------------------------------------------------------- kron
add("kron 2-D 1-D", "kron", [Arr(rand((2, 2), "int32")), Arr(rand((3,), "int32"))])
add("kron 2-D 2-D", "kron", [Arr(rand((2, 3), "float64")), Arr(rand((3, 2), "float64"))])
add("kron 3-D 2-D", "kron", [Arr(rand((2, 1, 2), "float64")), Arr(rand((2, 3), "float64"))])
add("kron 0-d", "kron", [Arr(np.array(2, np.int8)), Arr(rand((3,), "int8"))])
add("kron bool", "kron", [Arr(np.array([True, False])), Arr(np.array([True, True]))])
add("kron complex", "kron", [Arr(rand((2,), "complex128")), Arr(rand((2, 2), "complex128"))])
add("kron int8 wraps", "kron", [Arr(np.array([100, -50], np.int8)), Arr(np.array([3, 5], np.int8))])
add("kron empty", "kron", [Arr(np.ones((2, 0))), Arr(np.ones(3))])
add("kron non-contiguous", "kron", [Arr(rand((3, 2), "float64"), [["T"]]), Arr(rand((2, 2), "float64"), [["flip", 0]])])
add("kron promotes", "kron", [Arr(rand((2,), "int16")), Arr(rand((2,), "float32"))])

# ---------------------------------------------------------------- trace
def add_trace(name, a, **kw):
    add(name, "trace", [a], kw)


for dt in ["bool", "int8", "uint8", "int16", "int32", "int64", "float32", "float64", "complex128"]:
    add_trace(f"trace 2-D {dt}", Arr(rand((3, 4), dt)))
add_trace("trace offset 1", Arr(rand((3, 4), "float64")), offset=1)
add_trace("trace offset -2", Arr(rand((4, 3), "float64")), offset=-2)
add_trace("trace offset past the edge", Arr(rand((3, 3), "float64")), offset=5)
add_trace("trace 3-D axes 1, 2", Arr(rand((2, 3, 4), "int32")), axis1=1, axis2=2)
add_trace("trace 3-D axes 2, 0 offset", Arr(rand((2, 3, 4), "float64")), offset=1, axis1=2, axis2=0)
add_trace("trace negative axes", Arr(rand((2, 3, 4), "float64")), axis1=-1, axis2=-3)
add_trace("trace dtype option", Arr(rand((3, 3), "int32")), dtype="float32")
add_trace("trace int32 sums in int64", Arr(big_ints((3, 3), "int32")))
add_trace("trace uint32 sums in uint64", Arr(big_ints((3, 3), "uint32")))
add_trace("trace int64 wraps", Arr(big_ints((3, 3), "int64") * 2))
add_trace("trace int32 dtype option wraps", Arr(big_ints((3, 3), "int32")), dtype="int32")
add_trace("trace non-contiguous", Arr(rand((4, 3), "float64"), [["T"], ["flip", 0]]))
add_error("trace 1-D", "trace", [Arr(rand((3,), "float64"))], {}, "ValueError", "at least two dimensions")
add_error("trace same axes", "trace", [Arr(rand((2, 3, 4), "float64"))], {"axis1": 1, "axis2": -2}, "ValueError", "cannot be the same")
add_error("trace axis out of range", "trace", [Arr(rand((2, 3, 4), "float64"))], {"axis1": 3}, "AxisError", "axis1: axis 3 is out of bounds")

# ---------------------------------------------------------------- cross
for dt in ["int8", "uint8", "int32", "int64", "float32", "float64", "complex128"]:
    add(f"cross 3-vectors {dt}", "cross", [Arr(rand((3,), dt, -9, 9)), Arr(rand((3,), dt, -9, 9))])
add("cross int8 wraps", "cross", [Arr(np.array([1, 2, 3], np.int8)), Arr(np.array([100, 100, -100], np.int8))])
add("cross uint8 wraps", "cross", [Arr(np.array([1, 2, 3], np.uint8)), Arr(np.array([100, 100, 100], np.uint8))])
add("cross 2-vectors", "cross", [Arr(rand((2,), "float64")), Arr(rand((2,), "float64"))])
add("cross 2 x 3", "cross", [Arr(rand((2,), "int32")), Arr(rand((3,), "int32"))])
add("cross 3 x 2", "cross", [Arr(rand((3,), "int32")), Arr(rand((2,), "int32"))])
add("cross 2 x 3 uint8 negates", "cross", [Arr(np.array([2, 3], np.uint8)), Arr(np.array([1, 1, 4], np.uint8))])
add("cross batches broadcast", "cross", [Arr(rand((4, 1, 3), "float64")), Arr(rand((5, 3), "float64"))])
add("cross batched 2-vectors", "cross", [Arr(rand((4, 2), "float64")), Arr(rand((2,), "float64"))])
add("cross axisa axisb", "cross", [Arr(rand((3, 4), "float64")), Arr(rand((4, 3), "float64"))], {"axisa": 0, "axisb": 1})
add("cross axisc", "cross", [Arr(rand((4, 3), "float64")), Arr(rand((4, 3), "float64"))], {"axisc": 0})
add("cross axis", "cross", [Arr(rand((3, 4), "float64")), Arr(rand((3, 4), "float64"))], {"axis": 0})
add("cross 2-vectors ignore axisc", "cross", [Arr(rand((2, 2), "float64")), Arr(rand((2, 2), "float64"))], {"axisc": 3})
add("cross non-contiguous", "cross", [Arr(rand((3, 2), "float64"), [["T"]]), Arr(rand((2, 3), "float64"), [["flip", 1]])])
add("cross promotes", "cross", [Arr(rand((3,), "int16")), Arr(rand((3,), "float32"))])
add_error("cross length 4", "cross", [Arr(rand((4,), "float64")), Arr(rand((3,), "float64"))], {}, "ValueError", "dimension must be 2 or 3")
add_error("cross bool", "cross", [Arr(np.array([True, False, True])), Arr(np.array([True, True, False]))], {}, "DTypeError", "boolean subtract")
add_error("cross axisb out of range", "cross", [Arr(rand((2, 3), "float64")), Arr(rand((3, 2), "float64"))], {"axisb": 3}, "AxisError", "axisb: axis 3 is out of bounds")
add_error("cross batch mismatch", "cross", [Arr(rand((4, 3), "float64")), Arr(rand((3, 3), "float64"))], {}, "ShapeError", "could not be broadcast")

# ---------------------------------------------------------------- vecdot, matrix_transpose
add("vecdot real", "vecdot", [Arr(rand((2, 3), "float64")), Arr(rand((3,), "float64"))])
add("vecdot conjugates", "vecdot", [Arr(rand((2, 3), "complex128")), Arr(rand((2, 3), "complex128"))])
add("vecdot axis", "vecdot", [Arr(rand((3, 2), "int32")), Arr(rand((3, 1), "int32"))], {"axis": 0})
add("vecdot 1-D", "vecdot", [Arr(rand((4,), "float32")), Arr(rand((4,), "float32"))])
add("vecdot broadcast", "vecdot", [Arr(rand((2, 1, 3), "float64")), Arr(rand((4, 3), "float64"))])
add_error("vecdot mismatch", "vecdot", [Arr(rand((2, 3), "float64")), Arr(rand((2,), "float64"))], {}, "ShapeError", "core dimension 0")
add("matrixTranspose", "matrixTranspose", [Arr(rand((2, 3, 4), "float64"))])
add_error("matrixTranspose 1-D", "matrixTranspose", [Arr(rand((3,), "float64"))], {}, "ValueError", "at least 2-dimensional")

write(OUT, {"numpy": np.__version__, "cases": cases})
print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")
