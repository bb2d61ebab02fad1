"""Writes test/fixtures/ufunc_*.json from NumPy 2.4: the oracle for test/ufunc.test.ts.

Run from packages/ndarray: python3 scripts/gen_ufunc_fixtures.py

Encoding (decoded by the test):
  an array is the shared fixture encoding (scripts/fixtures.py: {"dtype", "shape", "data"});
  a view adds "view": {"shape", "strides", "offset"} (in elements) over "data" as storage;
  a weak JS scalar is {"scalar": value, "kind": "int" | "float" | "bool" | "complex"}, the value in
    the shared scalar encoding.
Stride has no float16: where NumPy's result is float16 (small integer inputs of float
functions) the expected values are recomputed in float32, the dtype Stride uses, and the
case is marked "f16": true.
"""

import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from fixtures import enc, scalar, write  # noqa: E402

warnings.simplefilter("ignore")
np.seterr(all="ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures")

DTYPES = [
    "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
    "float32", "float64", "complex64", "complex128",
]


def enc_view(v):
    """A view as its base storage plus (shape, strides, offset) in elements."""
    base = v.base if v.base is not None else v
    while base.base is not None:
        base = base.base
    item = v.dtype.itemsize
    off = (v.__array_interface__["data"][0] - base.__array_interface__["data"][0]) // item
    e = enc(base.ravel())
    e["view"] = {"shape": list(v.shape), "strides": [s // item for s in v.strides], "offset": int(off)}
    return e


def weak(v):
    kind = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "float" if isinstance(v, float) else "complex"
    return {"scalar": scalar(v), "kind": kind}


def err_name(e):
    n = type(e).__name__
    return {"OverflowError": "ValueError", "UFuncTypeError": "DTypeError", "TypeError": "DTypeError",
            "_UFuncNoLoopError": "DTypeError", "_UFuncOutputCastingError": "DTypeError",
            "_UFuncInputCastingError": "DTypeError", "_UFuncBinaryResolutionError": "DTypeError"}.get(n, n)


# ---- value sets ----------------------------------------------------------------------------------

def int_values(dt, small=False):
    info = np.iinfo(dt)
    if info.min < 0:
        vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, info.min, info.max, info.min + 1, info.max - 1]
        if small:
            vals = [0, 1, -1, 2, -3, 7, -7, info.min, info.max, info.min + 1]
    else:
        vals = [0, 1, 2, 3, 7, 100, info.max, info.max - 1, info.max // 2]
        if small:
            vals = [0, 1, 2, 3, 7, info.max, info.max - 1]
    out = []
    for v in vals:
        if info.min <= v <= info.max and v not in out:
            out.append(v)
    return out


def float_values(dt, small=False):
    big, tiny = (3e38, 1e-45) if dt == "float32" else (1e300, 5e-324)
    sub = 1e-40 if dt == "float32" else 1e-310
    if small:
        return [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.75, -7.0, 0.1, big, tiny, math.nan, math.inf, -math.inf]
    return [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.75, -7.0, 0.1, 1e-8, 123456.789, 2.0,
            10.0, -3.0, math.pi, 0.75, -0.3, 40.0, -40.0, big, -big, sub, tiny, math.nan, math.inf, -math.inf]


FINITE_C = [0j, complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, -2.5 + 0.5j, 0.5 - 3j, 3 + 4j,
            1e-3 + 1e-3j, 20 - 0.5j, -20 + 2j, 0.25 + 0.25j, -1.5 - 2.5j, 2 + 1e-10j, 0.9 + 0.3j]
SPECIAL_C = [complex(math.nan, 0), complex(math.inf, 0), complex(0, math.inf), complex(-math.inf, 1),
             complex(1, math.nan), complex(math.inf, math.inf), complex(-math.inf, -math.inf),
             complex(-math.inf, 0), complex(0, -math.inf), complex(math.inf, math.nan),
             complex(math.nan, math.inf), complex(-0.0, 0.0), complex(-1, 0.0), complex(-1, -0.0),
             complex(-2, 0.0), complex(800, 1), complex(-800, 1), complex(1, 800)]


def values(dt, small=False, finite_complex=False):
    if dt == "bool":
        return [False, True]
    if dt.startswith("int") or dt.startswith("uint"):
        return int_values(dt, small)
    if dt.startswith("float"):
        return float_values(dt, small)
    c = FINITE_C[:9] if small else FINITE_C
    return c if finite_complex else c + SPECIAL_C


# ---- ufunc tables --------------------------------------------------------------------------------

UNARY = [
    ("negative", "negative"), ("positive", "positive"), ("absolute", "abs"), ("sqrt", "sqrt"),
    ("cbrt", "cbrt"), ("square", "square"), ("reciprocal", "reciprocal"), ("exp", "exp"),
    ("exp2", "exp2"), ("expm1", "expm1"), ("log", "log"), ("log2", "log2"), ("log10", "log10"),
    ("log1p", "log1p"), ("sin", "sin"), ("cos", "cos"), ("tan", "tan"), ("arcsin", "arcsin"),
    ("arccos", "arccos"), ("arctan", "arctan"), ("sinh", "sinh"), ("cosh", "cosh"), ("tanh", "tanh"),
    ("arcsinh", "arcsinh"), ("arccosh", "arccosh"), ("arctanh", "arctanh"), ("floor", "floor"),
    ("ceil", "ceil"), ("trunc", "trunc"), ("rint", "rint"), ("sign", "sign"), ("conjugate", "conj"),
    ("isnan", "isnan"), ("isinf", "isinf"), ("isfinite", "isfinite"), ("logical_not", "logicalNot"),
    ("invert", "invert"), ("deg2rad", "deg2rad"), ("rad2deg", "rad2deg"),
]
# Complex power and division are compared on finite inputs only: NumPy's cpow special values
# follow its own branches, and its SIMD division/multiplication use FMA (one rounding where
# Stride rounds twice), which changes which overflows become NaN.
COMPLEX_FINITE_ONLY = {"power", "divide", "multiply", "square", "reciprocal"}

BINARY = [
    ("add", "add"), ("subtract", "subtract"), ("multiply", "multiply"), ("divide", "divide"),
    ("floor_divide", "floorDivide"), ("remainder", "remainder"), ("fmod", "fmod"), ("power", "power"),
    ("arctan2", "arctan2"), ("hypot", "hypot"), ("maximum", "maximum"), ("minimum", "minimum"),
    ("fmax", "fmax"), ("fmin", "fmin"), ("copysign", "copysign"), ("heaviside", "heaviside"),
    ("equal", "equal"), ("not_equal", "notEqual"), ("less", "less"), ("less_equal", "lessEqual"),
    ("greater", "greater"), ("greater_equal", "greaterEqual"), ("logical_and", "logicalAnd"),
    ("logical_or", "logicalOr"), ("logical_xor", "logicalXor"), ("bitwise_and", "bitwiseAnd"),
    ("bitwise_or", "bitwiseOr"), ("bitwise_xor", "bitwiseXor"), ("left_shift", "leftShift"),
    ("right_shift", "rightShift"),
]


def call(fn, *args, **kw):
    """Calls a NumPy ufunc; float16 results are recomputed with float32 inputs (Stride's loop)."""
    r = fn(*args, **kw)
    f16 = False
    if isinstance(r, np.ndarray) and r.dtype == np.float16:
        f16 = True
        r = fn(*[np.asarray(a).astype(np.float32) if isinstance(a, np.ndarray) else a for a in args], **kw)
    return r, f16


def unary_cases():
    cases = []
    for py, js in UNARY:
        fn = getattr(np, py)
        for dt in DTYPES:
            xs = values(dt, finite_complex=py in COMPLEX_FINITE_ONLY)
            x = np.array(xs, dtype=dt)
            try:
                r, f16 = call(fn, x)
            except Exception as e:  # noqa: BLE001 - record NumPy's refusal
                cases.append({"fn": js, "in": [enc(x)], "error": err_name(e)})
                continue
            c = {"fn": js, "in": [enc(x)], "out": enc(r)}
            if f16:
                c["f16"] = True
            cases.append(c)
    return cases


def binary_inputs(py, dt):
    """The x and y value sets; the fixture holds fn(x[:, None], y[None, :]), every pair once."""
    if py in ("left_shift", "right_shift") and dt != "bool" and not dt.startswith(("float", "complex")):
        info = np.iinfo(dt)
        xs = int_values(dt, small=True)
        ys = [s for s in [0, 1, 3, info.bits - 1, info.bits, info.bits + 1, 100, -1] if info.min <= s <= info.max]
    elif py == "power" and dt.startswith(("int", "uint")):
        xs = int_values(dt, small=True)
        ys = [e for e in [0, 1, 2, 3, 7, 31, 63, 100] if e <= np.iinfo(dt).max]
    else:
        xs = values(dt, small=True, finite_complex=py in COMPLEX_FINITE_ONLY)
        if dt.startswith("complex") and py not in COMPLEX_FINITE_ONLY:
            xs = xs + SPECIAL_C[:6]
        ys = xs
    return np.array(xs, dtype=dt), np.array(ys, dtype=dt)


def binary_cases():
    cases = []
    for py, js in BINARY:
        fn = getattr(np, py)
        for dt in DTYPES:
            x, y = binary_inputs(py, dt)
            try:
                r, f16 = call(fn, x[:, None], y[None, :])
            except Exception as e:  # noqa: BLE001
                cases.append({"fn": js, "x": enc(x[:1]), "y": enc(y[:1]), "error": err_name(e)})
                continue
            c = {"fn": js, "x": enc(x), "y": enc(y), "out": enc(r)}
            if f16:
                c["f16"] = True
            cases.append(c)
        # mixed int64/uint64 comparisons use exact loops
        if py in ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal"):
            a = np.array([-1, 0, 2**63 - 1, -(2**63), 5], dtype=np.int64)
            b = np.array([2**64 - 1, 0, 2**63, 5], dtype=np.uint64)
            cases.append({"fn": js, "x": enc(a), "y": enc(b), "out": enc(fn(a[:, None], b[None, :]))})
            cases.append({"fn": js, "x": enc(b), "y": enc(a), "out": enc(fn(b[:, None], a[None, :]))})
    return cases


# ---- structured cases ----------------------------------------------------------------------------

def case(name, js, args, fn, kwargs=None, jskw=None, expect=None):
    """Runs fn(*numpy args, **kwargs); args are (numpy value, encoding) pairs."""
    c = {"name": name, "fn": js, "args": [e for _, e in args]}
    if jskw:
        c["kwargs"] = jskw
    try:
        vals = [v for v, _ in args]
        r = fn(*vals, **(kwargs or {}))
        if isinstance(r, (bool, np.bool_)) and not isinstance(r, np.ndarray):
            c["value"] = bool(r)
        else:
            r = np.asarray(r)
            if r.dtype == np.float16:
                # Stride computes these in float32: recompute with float32 array inputs.
                vals = [v.astype(np.float32) if isinstance(v, np.ndarray) else v for v in vals]
                r = np.asarray(fn(*vals, **(kwargs or {})))
                c["f16"] = True
            c["out"] = enc(r)
    except Exception as e:  # noqa: BLE001
        c["error"] = err_name(e)
    if expect is not None:
        c.update(expect)
    return c


def arr(values, dtype):
    a = np.array(values, dtype=dtype)
    return a, enc(a)


def view(v):
    return v, enc_view(v)


def w(v):
    return v, weak(v)


def structured_cases():
    cs = []
    rng = np.random.default_rng(7)
    # broadcasting corners
    cs.append(case("(3,1) + (1,4)", "add", [arr([[1], [2], [3]], "int32"), arr([[10, 20, 30, 40]], "int32")], np.add))
    cs.append(case("0-d + (2,3)", "add", [arr(5.5, "float64"), arr([[1, 2, 3], [4, 5, 6]], "float64")], np.add))
    cs.append(case("(0,3) + (1,3)", "multiply", [arr(np.zeros((0, 3)), "float64"), arr([[1, 2, 3]], "float64")], np.multiply))
    cs.append(case("(2,1,3) * (4,1)", "multiply", [arr(rng.integers(-9, 9, (2, 1, 3)), "int16"), arr(rng.integers(-9, 9, (4, 1)), "int16")], np.multiply))
    cs.append(case("(2,3) + (3,) float32", "add", [arr(rng.random((2, 3)), "float32"), arr(rng.random(3), "float32")], np.add))
    cs.append(case("(2,3) + (4,) mismatch", "add", [arr(np.ones((2, 3)), "float64"), arr(np.ones(4), "float64")], np.add,
                   expect={"error": "ShapeError"}))
    # non-contiguous inputs
    base = np.arange(12, dtype=np.float64).reshape(3, 4) * 1.5 - 4
    other = np.arange(12, dtype=np.float64).reshape(4, 3) - 2.25
    cs.append(case("transposed + C", "add", [view(other.T), arr(base, "float64")], np.add))
    cs.append(case("C - transposed", "subtract", [arr(base, "float64"), view(other.T)], np.subtract))
    cs.append(case("reversed [::-1]", "multiply", [view(base.ravel()[::-1]), arr(np.arange(12.0), "float64")], np.multiply))
    cs.append(case("step [::2] int32", "add", [view(np.arange(20, dtype=np.int32)[::2]), arr(np.arange(10), "int32")], np.add))
    cs.append(case("negative-step 2-d", "maximum", [view(base[::-1, ::-2]), arr(np.zeros((3, 2)), "float64")], np.maximum))
    bc = np.broadcast_to(np.array([1.0, -2.0, 3.0]), (4, 3))
    cs.append(case("zero-stride broadcast view", "multiply", [view(bc), arr(rng.random((4, 3)), "float64")], np.multiply))
    cs.append(case("unary on transposed", "sqrt", [view(np.abs(other).T)], np.sqrt))
    cs.append(case("unary on reversed int8", "negative", [view(np.array([-128, -1, 0, 5, 127], np.int8)[::-1])], np.negative))
    cs.append(case("complex on transposed", "multiply", [view((base + 1j * base[::-1]).T), arr(np.full((4, 3), 0.5 - 2j), "complex128")], np.multiply))
    cs.append(case("mixed dtype strided int32 + float64", "add", [view(np.arange(24, dtype=np.int32).reshape(4, 6)[:, ::3]), arr(rng.random((4, 2)), "float64")], np.add))
    # weak scalar promotion (NEP 50)
    i8 = np.array([1, -2, 100], np.int8)
    u8 = np.array([1, 2, 250], np.uint8)
    f32 = np.array([1.5, -2.25, 3e38], np.float32)
    i32 = np.array([1, -2, 2147483647], np.int32)
    b = np.array([True, False, True])
    weak_cases = [
        ("add(int8, 1)", "add", i8, 1), ("add(int8, 300)", "add", i8, 300), ("add(int8, 1.5)", "add", i8, 1.5),
        ("add(int32, 0.5)", "add", i32, 0.5), ("multiply(float32, 2)", "multiply", f32, 2),
        ("multiply(float32, 0.1)", "multiply", f32, 0.1), ("add(uint8, -1)", "add", u8, -1),
        ("add(bool, 1)", "add", b, 1, "int32"), ("add(bool, True)", "add", b, True), ("multiply(int8, 1+1j)", "multiply", i8, 1 + 1j),
        ("add(float32, 1+2j)", "add", f32, 1 + 2j), ("maximum(uint8, -1)", "maximum", u8, -1),
        ("less(int8, 300)", "less", i8, 300), ("greater_equal(uint8, -1)", "greaterEqual", u8, -1),
        ("equal(int8, 300)", "equal", i8, 300), ("not_equal(uint8, -1)", "notEqual", u8, -1),
        ("logical_and(int8, 300)", "logicalAnd", i8, 300), ("arctan2(int8, 300)", "arctan2", i8, 300),
        ("bitwise_and(int8, 300)", "bitwiseAnd", i8, 300), ("power(int32, -1)", "power", i32, -1),
        ("power(int32, 2)", "power", i32, 2), ("power(int8, 0.5)", "power", i8, 0.5),
        ("divide(int8, 2)", "divide", i8, 2), ("floor_divide(uint8, 7)", "floorDivide", u8, 7),
        ("subtract(int32, 2147483647)", "subtract", i32, 2147483647), ("add(int32, 2147483648)", "add", i32, 2147483648),
        ("sqrt-like hypot(int16, 3)", "hypot", np.array([4, -5], np.int16), 3),
    ]
    py_name = {"floorDivide": "floor_divide", "greaterEqual": "greater_equal", "notEqual": "not_equal",
               "logicalAnd": "logical_and", "bitwiseAnd": "bitwise_and"}
    for name, js, x, s, *rest in weak_cases:
        # Stride's default integer is int32 where NumPy's is int64 (bool array + Python int).
        extra = {"strideDtype": rest[0]} if rest else None
        fn = getattr(np, py_name.get(js, js))
        cs.append(case(name, js, [arr(x, str(x.dtype)), w(s)], fn, expect=extra))
    cs.append(case("scalar first: subtract(1, uint8)", "subtract", [w(1), arr(u8, "uint8")], np.subtract))
    cs.append(case("scalar first: less(300, int8)", "less", [w(300), arr(i8, "int8")], np.less))
    cs.append(case("int64 + int64 scalar", "add", [arr([2**62, -(2**63)], "int64"), w(2**62)], np.add))
    # mixed array dtypes (NumPy 2 promotion)
    mixed = [("int8", "uint8"), ("int32", "float32"), ("int64", "uint64"), ("int16", "float32"), ("uint64", "int8"),
             ("bool", "int8"), ("float32", "complex128"), ("uint32", "int32"), ("int8", "float64"), ("float32", "float64"),
             ("uint16", "complex64"), ("int64", "float32")]
    for x, y in mixed:
        a = np.array([1, 2, 3, 0, 1], dtype=x)
        bb = np.array([3, 2, 1, 1, 0], dtype=y)
        cs.append(case(f"add({x}, {y})", "add", [arr(a, x), arr(bb, y)], np.add))
    for x, y in [("int8", "int8"), ("int32", "int32"), ("bool", "bool"), ("int16", "float32"), ("uint64", "int64")]:
        a = np.array([1, 2, -3 if x != "bool" and not x.startswith("u") else 1, 0], dtype=x)
        bb = np.array([2, 0, 2, 0], dtype=y)
        cs.append(case(f"divide({x}, {y})", "divide", [arr(a, x), arr(bb, y)], np.divide))
    cs.append(case("less(int32, float32)", "less", [arr([16777217, 1], "int32"), arr([16777216, 1], "float32")], np.less))
    # out=
    a8 = np.array([100, -100, 7], np.int8)
    cs.append(case("out float64 from int8 loop", "add", [arr(a8, "int8"), arr(a8, "int8")],
                   lambda x, y: np.add(x, y, out=np.zeros(3)), jskw={"out": {"dtype": "float64", "shape": [3]}}))
    cs.append(case("out int32 from float64 refused", "add", [arr([1.5], "float64"), arr([1.0], "float64")],
                   lambda x, y: np.add(x, y, out=np.zeros(1, np.int32)), jskw={"out": {"dtype": "int32", "shape": [1]}}))
    cs.append(case("out float32 from float64 (same_kind)", "multiply", [arr([1 / 3, 1e300], "float64"), arr([3.0, 1e10], "float64")],
                   lambda x, y: np.multiply(x, y, out=np.zeros(2, np.float32)), jskw={"out": {"dtype": "float32", "shape": [2]}}))
    cs.append(case("out wrong shape", "add", [arr([1.0, 2.0], "float64"), arr([1.0, 2.0], "float64")],
                   lambda x, y: np.add(x, y, out=np.zeros(3)), jskw={"out": {"dtype": "float64", "shape": [3]}},
                   expect={"error": "ShapeError"}))
    cs.append(case("out larger broadcasts inputs", "add", [arr([1.0, 2.0, 3.0], "float64"), w(1)],
                   lambda x, y: np.add(x, y, out=np.zeros((2, 3))), jskw={"out": {"dtype": "float64", "shape": [2, 3]}}))
    cs.append(case("out bool from comparison into int8", "less", [arr([1, 5], "int32"), arr([2, 2], "int32")],
                   lambda x, y: np.less(x, y, out=np.zeros(2, np.int8)), jskw={"out": {"dtype": "int8", "shape": [2]}}))
    # dtype=
    cs.append(case("add(int32, 2, dtype=float32)", "add", [arr([1, 2], "int32"), w(2)],
                   lambda x, y: np.add(x, y, dtype=np.float32), jskw={"dtype": "float32"}))
    cs.append(case("add(float64, 2, dtype=int32) refused", "add", [arr([1.5], "float64"), w(2)],
                   lambda x, y: np.add(x, y, dtype=np.int32), jskw={"dtype": "int32"}))
    cs.append(case("sqrt(int32, dtype=float32)", "sqrt", [arr([4, 2], "int32")],
                   lambda x: np.sqrt(x, dtype=np.float32), jskw={"dtype": "float32"}))
    cs.append(case("sqrt(float64, dtype=int32) refused", "sqrt", [arr([4.0], "float64")],
                   lambda x: np.sqrt(x, dtype=np.int32), jskw={"dtype": "int32"}))
    cs.append(case("abs(complex128, dtype=float64)", "abs", [arr([3 + 4j], "complex128")],
                   lambda x: np.abs(x, dtype=np.float64), jskw={"dtype": "float64"}))
    # where=
    cs.append(case("where with out", "add", [arr([1.0, 2.0, 3.0], "float64"), w(10)],
                   lambda x, y: np.add(x, y, out=np.full(3, -1.0), where=np.array([True, False, True])),
                   jskw={"out": {"dtype": "float64", "shape": [3], "fill": -1}, "where": [True, False, True]}))
    cs.append(case("where broadcast (2,1)", "multiply", [arr([[1.0, 2.0], [3.0, 4.0]], "float64"), w(2)],
                   lambda x, y: np.multiply(x, y, out=np.zeros((2, 2)), where=np.array([[True], [False]])),
                   jskw={"out": {"dtype": "float64", "shape": [2, 2], "fill": 0}, "where": [[True], [False]]}))
    return cs


def misc_cases():
    cs = []
    # round(decimals)
    f = np.array([1.234, 2.5, -2.5, 0.5, 1.5, 2.675, -0.125, 1234.5678, np.nan, np.inf, -0.0, 0.0], np.float64)
    for d in [0, 1, 2, -1, -2]:
        cs.append(case(f"round(float64, {d})", "round", [arr(f, "float64")], lambda x, d=d: np.round(x, d), jskw={"decimals": d}))
    f32 = np.array([1.234, 2.5, 0.125, 1234.5678, -7.77], np.float32)
    for d in [0, 1, 2, -1]:
        cs.append(case(f"round(float32, {d})", "round", [arr(f32, "float32")], lambda x, d=d: np.round(x, d), jskw={"decimals": d}))
    for dt in ["int32", "int8", "uint16", "int64"]:
        iv = np.array([15, 25, -15, -25, 14, 5, 0, 95] if not dt.startswith("u") else [15, 25, 14, 5, 0, 95], dt)
        for d in [-1, 0, 2]:
            cs.append(case(f"round({dt}, {d})", "round", [arr(iv, dt)], lambda x, d=d: np.round(x, d), jskw={"decimals": d}))
    cs.append(case("round(complex, 1)", "round", [arr([1.25 + 2.35j, -0.55 - 1.45j], "complex128")], lambda x: np.round(x, 1), jskw={"decimals": 1}))
    # clip
    x = np.array([-3.0, -0.5, 0.0, 0.5, 2.0, 7.0, np.nan, np.inf, -np.inf])
    cs.append(case("clip(float64, 0, 1)", "clip", [arr(x, "float64"), w(0), w(1)], np.clip))
    cs.append(case("clip(float64, -1.5, 2.5)", "clip", [arr(x, "float64"), w(-1.5), w(2.5)], np.clip))
    cs.append(case("clip(float64, nan, 1)", "clip", [arr(x, "float64"), w(math.nan), w(1.5)], np.clip))
    cs.append(case("clip lo > hi", "clip", [arr(x, "float64"), w(2.5), w(-1.5)], np.clip))
    cs.append(case("clip(int8, 0, 300)", "clip", [arr([-100, 5, 127], "int8"), w(0), w(300)], np.clip))
    cs.append(case("clip(int32, array lo, array hi)", "clip", [arr([1, 5, 9, -4], "int32"), arr([0, 6, 0, 0], "int32"), arr([[3], [8]], "int32")], np.clip))
    cs.append(case("clip(int32, None, 4)", "clip", [arr([1, 5, 9], "int32"), (None, None), w(4)], np.clip))
    cs.append(case("clip(int32, 2.5, 4)", "clip", [arr([1, 5, 9], "int32"), w(2.5), w(4)], np.clip))
    cs.append(case("clip(complex)", "clip", [arr([1 + 5j, 3 - 1j, -2 + 0j], "complex128"), w(0), w(2 + 1j)], np.clip))
    # isclose / allclose / arrayEqual
    a = np.array([1.0, 1.1, np.nan, np.inf, -np.inf, 1e-9, 0.0, 1e10])
    bb = np.array([1.000001, 1.0, np.nan, np.inf, np.inf, 0.0, 1e-9, 1.00001e10])
    cs.append(case("isclose defaults", "isclose", [arr(a, "float64"), arr(bb, "float64")], np.isclose))
    cs.append(case("isclose equal_nan", "isclose", [arr(a, "float64"), arr(bb, "float64")], lambda x, y: np.isclose(x, y, equal_nan=True), jskw={"equalNan": True}))
    cs.append(case("isclose rtol/atol", "isclose", [arr(a, "float64"), arr(bb, "float64")], lambda x, y: np.isclose(x, y, rtol=0.2, atol=1e-3), jskw={"rtol": 0.2, "atol": 1e-3}))
    cs.append(case("isclose int8 vs int scalar", "isclose", [arr([100, -128, 127], "int8"), w(-128)], np.isclose))
    cs.append(case("isclose float32", "isclose", [arr([1.0, 1.00001, 3.0], "float32"), arr([1.0000001, 1.0, 3.1], "float32")], np.isclose))
    cs.append(case("isclose complex", "isclose", [arr([1 + 1j, 1 + 2j], "complex128"), arr([1 + 1.000001j, 1 + 1j], "complex128")], np.isclose))
    cs.append(case("isclose scalars", "isclose", [w(1), w(1.0000001)], np.isclose))
    cs.append(case("allclose true", "allclose", [arr([1e10, 1e-8], "float64"), arr([1.00001e10, 1e-9], "float64")], np.allclose))
    cs.append(case("allclose false", "allclose", [arr([1e10, 1e-7], "float64"), arr([1.0001e10, 1e-8], "float64")], np.allclose))
    cs.append(case("allclose broadcast", "allclose", [arr([[1.0, 2.0], [1.0, 2.0]], "float64"), arr([1.0, 2.0], "float64")], np.allclose))
    cs.append(case("array_equal", "arrayEqual", [arr([1, 2, 3], "int32"), arr([1, 2, 3], "int32")], np.array_equal))
    cs.append(case("array_equal shape differs", "arrayEqual", [arr([1, 2], "int32"), arr([[1, 2]], "int32")], np.array_equal))
    cs.append(case("array_equal nan", "arrayEqual", [arr([1.0, np.nan], "float64"), arr([1.0, np.nan], "float64")], np.array_equal))
    cs.append(case("array_equal nan equal_nan", "arrayEqual", [arr([1.0, np.nan], "float64"), arr([1.0, np.nan], "float64")],
                   lambda x, y: np.array_equal(x, y, equal_nan=True), jskw={"equalNan": True}))
    cs.append(case("array_equiv broadcast", "arrayEquiv", [arr([1, 2], "int32"), arr([[1, 2], [1, 2]], "int32")], np.array_equiv))
    cs.append(case("array_equiv mismatch", "arrayEquiv", [arr([1, 2], "int32"), arr([1, 2, 3], "int32")], np.array_equiv))
    # complex parts
    z = np.array([1 + 2j, -3 - 4j, 0j, -1 + 0j, complex(-0.0, -0.0)], np.complex128)
    cs.append(case("angle complex", "angle", [arr(z, "complex128")], np.angle))
    cs.append(case("angle complex deg", "angle", [arr(z, "complex128")], lambda x: np.angle(x, deg=True), jskw={"deg": True}))
    cs.append(case("angle float64", "angle", [arr([1.0, -2.0, 0.0, -0.0], "float64")], np.angle))
    cs.append(case("angle int8", "angle", [arr([1, -2, 0], "int8")], np.angle))
    cs.append(case("angle complex64", "angle", [arr(z, "complex64")], np.angle))
    cs.append(case("real complex64", "real", [arr(z, "complex64")], np.real))
    cs.append(case("imag complex128", "imag", [arr(z, "complex128")], np.imag))
    cs.append(case("imag float64", "imag", [arr([1.5, 2.0], "float64")], np.imag))
    cs.append(case("real int16", "real", [arr([1, -2], "int16")], np.real))
    # nan_to_num
    nn = np.array([np.nan, np.inf, -np.inf, 1.5, -0.0])
    cs.append(case("nan_to_num float64", "nanToNum", [arr(nn, "float64")], np.nan_to_num))
    cs.append(case("nan_to_num float32", "nanToNum", [arr(nn, "float32")], np.nan_to_num))
    cs.append(case("nan_to_num custom", "nanToNum", [arr(nn, "float64")], lambda x: np.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0),
                   jskw={"nan": -1, "posinf": 9, "neginf": -9}))
    cs.append(case("nan_to_num complex", "nanToNum", [arr([complex(np.nan, np.inf), complex(-np.inf, 1)], "complex128")], np.nan_to_num))
    cs.append(case("nan_to_num int", "nanToNum", [arr([1, 2], "int32")], np.nan_to_num))
    # scalars in, 0-d out
    cs.append(case("add(2.5, 3)", "add", [w(2.5), w(3)], np.add))
    cs.append(case("copysign(1, -0.0)", "copysign", [arr([1.0, 2.0, 3.0], "float64"), arr([-0.0, 0.0, -np.inf], "float64")], np.copysign))
    cs.append(case("heaviside", "heaviside", [arr([-1.5, 0.0, -0.0, 2.0, np.nan], "float64"), w(0.5)], np.heaviside))
    cs.append(case("degrees", "degrees", [arr([np.pi, -np.pi / 2, 1.0], "float64")], np.degrees))
    cs.append(case("radians float32", "radians", [arr([180.0, 33.3], "float32")], np.radians))
    return cs


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "ufunc_unary.json": {"numpy": np.__version__, "cases": unary_cases()},
        "ufunc_binary.json": {"numpy": np.__version__, "cases": binary_cases()},
        "ufunc_cases.json": {"numpy": np.__version__, "cases": structured_cases() + misc_cases()},
    }
    for name, content in files.items():
        path = os.path.join(OUT, name)
        write(path, content)
        print(f"wrote {os.path.relpath(path)} ({os.path.getsize(path) // 1024} KiB, {len(content['cases'])} cases)")


if __name__ == "__main__":
    main()
