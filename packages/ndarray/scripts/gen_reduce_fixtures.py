"""Writes test/fixtures/reduce_*.json: NumPy (2.4) as the oracle for src/reduce.

Run from packages/ndarray:  python3 scripts/gen_reduce_fixtures.py

Encoding (compact JSON):
  array  -> the shared fixture encoding (scripts/fixtures.py): {"dtype", "shape", "data"}
  scalar -> a 0-d array in that encoding plus "scalar": true (NumPy returned a scalar)
  inputs -> stored once per file by name; a case's "a" names its input
  input  -> {"base": array, "view": [ops]} where ops build a non-contiguous view:
            "T" (reverse axes), "rev:<axis>" (negative step), "step:<axis>:<k>" (every k-th)
  synth  -> {"synth": {"seed": s, "n": n, "dtype": d, "shape"?: [..]}, "view"?: [ops]}: data from the
            xorshift generator below, regenerated identically by the test (used for the large
            accuracy cases and for the lane grouping of NumPy's buffered iterator)
  error  -> {"error": "ValueError" | "AxisError" | "TypeError" | "IndexError" | "ZeroDivisionError", "msg": str}
"""

import json
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from fixtures import dec, enc, write  # noqa: E402

warnings.simplefilter("ignore")
assert np.__version__.startswith("2."), np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures")


# ---------------------------------------------------------------------------- encoding


def enc_result(r):
    """A result in the shared encoding; a NumPy scalar as a 0-d array marked "scalar"."""
    if isinstance(r, tuple):
        return {"tuple": [enc_result(x) for x in r]}
    if isinstance(r, np.ndarray):
        return enc(r)
    if isinstance(r, (bool, np.bool_)):
        r = np.bool_(r)
    elif isinstance(r, int):
        r = np.int64(r)
    elif isinstance(r, float):
        r = np.float64(r)
    elif not isinstance(r, np.generic):
        raise TypeError(f"cannot encode {type(r)}")
    return {**enc(r), "scalar": True}


# ---------------------------------------------------------------------------- data


def xorshift_values(seed, n):
    """Exactly representable float64 values of wide range, reproducible in JS (see the test)."""
    x = seed & 0xFFFFFFFF
    out = np.empty(n)
    mask = 0xFFFFFFFF

    def nxt():
        nonlocal x
        x ^= (x << 13) & mask
        x ^= x >> 17
        x ^= (x << 5) & mask
        return x

    for i in range(n):
        a = nxt() >> 5
        b = nxt() >> 6
        e = nxt() % 41 - 20
        s = nxt() & 1
        m = (a * 67108864 + b) / 9007199254740992.0
        out[i] = (-m if s else m) * 2.0**e
    return out


rng = np.random.default_rng(20240607)


def wide(shape, dtype="float64"):
    v = rng.standard_normal(shape) * np.exp2(rng.integers(-8, 9, shape))
    return v.astype(dtype)


def build(spec):
    if "synth" in spec:
        s = spec["synth"]
        a = xorshift_values(s["seed"], s["n"]).astype(s["dtype"]).reshape(s.get("shape", [s["n"]]))
    else:
        a = dec(spec["base"])
    for op in spec.get("view", []):
        if op == "T":
            a = a.T
        elif op.startswith("rev:"):
            ax = int(op[4:])
            idx = [slice(None)] * a.ndim
            idx[ax] = slice(None, None, -1)
            a = a[tuple(idx)]
        elif op.startswith("step:"):
            _, ax, k = op.split(":")
            idx = [slice(None)] * a.ndim
            idx[int(ax)] = slice(None, None, int(k))
            a = a[tuple(idx)]
    return a


def inp(a, view=()):
    return {"base": enc(a), "view": list(view)}


# ---------------------------------------------------------------------------- calls

ERRORS = (ValueError, TypeError, ZeroDivisionError, IndexError)


def snake(kw):
    m = {"keepdims": "keepdims", "ddof": "ddof", "dtype": "dtype", "axis": "axis", "initial": "initial",
         "method": "method", "weights": "weights", "returned": "returned"}
    out = {}
    for k, v in kw.items():
        if k == "axis" and isinstance(v, list):
            v = tuple(v)
        out[m[k]] = v
    return out


NP = {
    "sum": np.sum, "prod": np.prod, "mean": np.mean, "std": np.std, "var": np.var,
    "min": np.min, "max": np.max, "argmin": np.argmin, "argmax": np.argmax,
    "any": np.any, "all": np.all, "cumsum": np.cumsum, "cumprod": np.cumprod,
    "median": np.median, "nansum": np.nansum, "nanmean": np.nanmean, "nanstd": np.nanstd,
    "nanvar": np.nanvar, "nanmin": np.nanmin, "nanmax": np.nanmax, "nanargmin": np.nanargmin,
    "nanargmax": np.nanargmax, "nanprod": np.nanprod, "nancumsum": np.nancumsum,
    "nancumprod": np.nancumprod, "nanmedian": np.nanmedian, "ptp": np.ptp,
    "countNonzero": np.count_nonzero, "average": np.average,
    "percentile": np.percentile, "quantile": np.quantile,
    "nanpercentile": np.nanpercentile, "nanquantile": np.nanquantile,
}


INPUTS = {}


def register(spec):
    """Stores an input once in the fixture file; cases refer to it by key."""
    key = json.dumps(spec, sort_keys=True, separators=(",", ":"))
    name = INPUTS_BY_KEY.get(key)
    if name is None:
        name = f"in{len(INPUTS)}"
        INPUTS_BY_KEY[key] = name
        INPUTS[name] = spec
    return name


INPUTS_BY_KEY = {}


def run(fn, spec, kw=None, q=None):
    kw = dict(kw or {})
    a = build(spec)
    before = a.copy()
    args = [a]
    if q is not None:
        args.append(q)
    call_kw = snake(kw)
    if "weights" in call_kw:
        call_kw["weights"] = np.asarray(call_kw["weights"])
    case = {"fn": fn, "a": register(spec), "kw": kw}
    if q is not None:
        case["q"] = q
    try:
        r = NP[fn](*args, **call_kw)
        case["out"] = enc_result(r)
    except np.exceptions.AxisError as e:
        case["out"] = {"error": "AxisError", "msg": str(e)}
    except ERRORS as e:
        case["out"] = {"error": type(e).__name__, "msg": str(e)}
    assert np.array_equal(a, before, equal_nan=True), "input changed"
    return case


# ---------------------------------------------------------------------------- cases


TALL = wide((21, 5))
TALL[13, 2] = np.nan


def basic_inputs():
    f64 = wide((2, 3, 4))
    ins = {
        "f64": inp(f64),
        "f32": inp(f64.astype(np.float32)),
        "i8": inp(np.array([[100, 100, -128, 5], [127, 1, 2, -3], [-100, -100, 7, 8]], np.int8)),
        "u8": inp(np.array([[200, 100, 255], [1, 2, 3]], np.uint8)),
        "i16": inp(rng.integers(-30000, 30000, (3, 4)).astype(np.int16)),
        "u16": inp(rng.integers(0, 65535, (4, 3)).astype(np.uint16)),
        "i32": inp(rng.integers(-(2**31), 2**31 - 1, (3, 5)).astype(np.int32)),
        "u32": inp(rng.integers(0, 2**32 - 1, (2, 5)).astype(np.uint32)),
        "i64": inp(np.array([[2**62, 2**62, 2**62], [-5, 7, -(2**63)]], np.int64)),
        "u64": inp(np.array([[2**63, 2**63, 3], [1, 2**64 - 1, 5]], np.uint64)),
        "bool": inp(np.array([[True, False, True], [False, False, True]])),
        "c128": inp((wide((3, 4)) + 1j * wide((3, 4))).astype(np.complex128)),
        "c64": inp((wide((2, 3)) + 1j * wide((2, 3))).astype(np.complex64)),
        "f64T": inp(wide((3, 5)), ["T"]),
        "f64rev": inp(wide((4, 6)), ["rev:0"]),
        "f64step": inp(wide((3, 10)), ["step:1:3"]),
        "f32rev2": inp(wide((5, 7)).astype(np.float32), ["rev:1", "T"]),
        "i32T": inp(rng.integers(-1000, 1000, (4, 3)).astype(np.int32), ["T", "rev:0"]),
        "0d": inp(np.array(2.5)),
        "0di": inp(np.array(7, np.int32)),
        "empty": inp(np.zeros((0,))),
        "empty2": inp(np.zeros((2, 0))),
        "empty_i": inp(np.zeros((0, 3), np.int32)),
        "naninf": inp(np.array([[1.0, np.nan, 3.0, -np.inf], [np.inf, 2.0, -0.0, 0.0], [np.nan, np.nan, np.nan, np.nan]])),
        "inf": inp(np.array([[np.inf, 1.0], [-np.inf, np.inf]])),
        "negzero": inp(np.array([-0.0, -0.0])),
        "cnan": inp(np.array([1 + 2j, complex(np.nan, 1), 3 - 1j, 1 + 5j])),
        "tall": inp(TALL),
        "tall_i": inp(rng.integers(-30000, 30000, (19, 4)).astype(np.int16)),
        "tall32": inp(wide((17, 3)).astype(np.float32), ["rev:0"]),
        "long": inp(wide((3, 40))),
    }
    return ins


def axes_for(spec):
    a = build(spec)
    out = [None]
    if a.ndim >= 1:
        out += [0, -1]
    if a.ndim >= 3:
        out += [[0, 2]]
    if a.ndim == 2:
        out += [[0, 1]]
    return out


def gen_basic():
    ins = basic_inputs()
    cases = []
    reductions = ["sum", "prod", "mean", "std", "var", "min", "max", "any", "all", "ptp", "countNonzero"]
    for fn in reductions:
        for name, spec in ins.items():
            if fn == "countNonzero" and name == "cnan":
                continue
            for ax in axes_for(spec):
                kw = {} if ax is None else {"axis": ax}
                cases.append(run(fn, spec, kw))
            cases.append(run(fn, spec, {"keepdims": True}))
    for fn in ["argmin", "argmax"]:
        for name, spec in ins.items():
            a = build(spec)
            for ax in [None] + list(range(-1, a.ndim)):
                kw = {} if ax is None else {"axis": ax}
                cases.append(run(fn, spec, kw))
    # dtype option, ddof, initial, keepdims with axis
    f = ins["f64"]
    i8 = ins["i8"]
    for dt in ["float32", "int32", "int8", "float64", "complex128", "uint8", "bool"]:
        cases.append(run("sum", f, {"dtype": dt}))
        cases.append(run("sum", i8, {"axis": 0, "dtype": dt}))
        cases.append(run("prod", i8, {"axis": 1, "dtype": dt}))
    for dt in ["float32", "float64"]:
        cases.append(run("mean", i8, {"axis": 1, "dtype": dt}))
        cases.append(run("mean", ins["f32"], {"dtype": dt}))
        cases.append(run("var", ins["f32"], {"axis": 2, "dtype": dt}))
        cases.append(run("std", ins["i32"], {"dtype": dt}))
    for ddof in [0, 1, 2, 1.5, 3, 5]:
        for fn in ["std", "var", "nanstd", "nanvar"]:
            cases.append(run(fn, ins["f64"], {"axis": 1, "ddof": ddof}))
            cases.append(run(fn, ins["naninf"], {"axis": 1, "ddof": ddof}))
            cases.append(run(fn, ins["c128"], {"ddof": ddof}))
    for fn, init in [("sum", 10), ("prod", 2), ("max", 1000), ("min", -1000), ("sum", 0.5), ("max", 5)]:
        cases.append(run(fn, f, {"axis": [0, 2], "initial": init}))
        cases.append(run(fn, ins["empty2"], {"axis": -1, "initial": init}))
        cases.append(run(fn, ins["i32"], {"initial": init}))
    for fn in ["sum", "mean", "max", "argmax", "std"]:
        cases.append(run(fn, f, {"axis": 1, "keepdims": True}))
        cases.append(run(fn, ins["f64T"], {"axis": 0, "keepdims": True}))
    # errors
    for fn in ["sum", "mean", "argmax", "min", "cumsum", "median", "percentile"]:
        q = 50 if fn == "percentile" else None
        cases.append(run(fn, f, {"axis": 3}, q=q))
        cases.append(run(fn, f, {"axis": -4}, q=q))
    cases.append(run("sum", f, {"axis": [0, 0]}))
    return cases


def gen_nan():
    ins = basic_inputs()
    cases = []
    nanins = {k: ins[k] for k in ["f64", "f32", "i8", "i64", "bool", "naninf", "inf", "empty", "empty2", "0d", "c128", "cnan",
                                  "f64T", "f64rev", "f64step", "f32rev2", "negzero"]}
    x = wide((4, 6))
    x[rng.random((4, 6)) < 0.3] = np.nan
    nanins["holes"] = inp(x)
    nanins["holesT"] = inp(x, ["T", "rev:1"])
    nanins["holes32"] = inp(x.astype(np.float32), ["step:1:2"])
    for fn in ["nansum", "nanprod", "nanmean", "nanstd", "nanvar", "nanmin", "nanmax", "nanmedian", "median"]:
        for name, spec in nanins.items():
            if fn in ("nanmedian", "median") and name in ("c128", "cnan"):
                continue
            for ax in axes_for(spec):
                kw = {} if ax is None else {"axis": ax}
                cases.append(run(fn, spec, kw))
            cases.append(run(fn, spec, {"keepdims": True}))
    for fn in ["nanargmin", "nanargmax"]:
        for name, spec in nanins.items():
            a = build(spec)
            for ax in [None] + list(range(-1, a.ndim)):
                kw = {} if ax is None else {"axis": ax}
                cases.append(run(fn, spec, kw))
    return cases


def gen_cum():
    ins = basic_inputs()
    cases = []
    for fn in ["cumsum", "cumprod", "nancumsum", "nancumprod"]:
        for name, spec in ins.items():
            a = build(spec)
            for ax in [None] + list(range(-1, a.ndim)):
                kw = {} if ax is None else {"axis": ax}
                cases.append(run(fn, spec, kw))
    for dt in ["float32", "int8", "int32", "float64", "uint16"]:
        cases.append(run("cumsum", ins["f64"], {"axis": 2, "dtype": dt}))
        cases.append(run("cumsum", ins["i8"], {"axis": 1, "dtype": dt}))
        cases.append(run("cumprod", ins["i8"], {"axis": 0, "dtype": dt}))
    big = inp(np.array([2**31 - 1] * 70, np.int32))
    cases.append(run("cumsum", big))
    cases.append(run("cumprod", inp(np.array([3] * 45, np.int64))))
    cases.append(run("cumprod", inp(np.array([7] * 30, np.int16))))
    holes = wide((3, 5))
    holes[0, 1] = holes[2, 4] = np.nan
    cases.append(run("nancumsum", inp(holes), {"axis": 1}))
    cases.append(run("nancumprod", inp(holes.astype(np.float32)), {"axis": 0}))
    return cases


METHODS = ["linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf", "averaged_inverted_cdf",
           "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased",
           "normal_unbiased"]


def gen_quantile():
    cases = []
    data = {
        "f64": inp(wide((3, 7))),
        "f64odd": inp(wide((10,))),
        "f32": inp(wide((4, 5)).astype(np.float32)),
        "i8": inp(np.array([-128, 127, 5, 3, -7, 0, 100], np.int8)),
        "i32": inp(rng.integers(-1000, 1000, (5, 4)).astype(np.int32)),
        "i64": inp(np.array([2**62, -(2**62), 3, 2**53 + 1, -1, 17], np.int64)),
        "u8": inp(np.array([[3, 200, 17, 255], [0, 1, 2, 9]], np.uint8)),
        "ties": inp(np.array([1.0, 1.0, 2.0, 2.0, 2.0, 5.0, 5.0, 9.0])),
        "nan": inp(np.array([[1.0, np.nan, 3.0, 4.0], [2.0, 5.0, -1.0, 0.5]])),
        "inf": inp(np.array([1.0, np.inf, 3.0, -np.inf, 2.0])),
        "one": inp(np.array([4.25])),
        "T": inp(wide((4, 6)), ["T", "rev:0"]),
    }
    qs = [0, 0.1, 0.25, 0.3, 0.5, 0.65, 0.75, 0.9, 1]
    for method in METHODS:
        for name, spec in data.items():
            a = build(spec)
            axes = [None] + ([0, -1] if a.ndim > 1 else [])
            for ax in axes:
                kw = {"method": method}
                if ax is not None:
                    kw["axis"] = ax
                cases.append(run("quantile", spec, kw, q=qs))
                cases.append(run("percentile", spec, kw, q=37.5))
                cases.append(run("quantile", spec, kw, q=0.5))
    for name, spec in data.items():
        cases.append(run("percentile", spec, {}, q=[[5, 50], [95, 100]]))
        cases.append(run("percentile", spec, {"keepdims": True}, q=[25, 75]))
        cases.append(run("quantile", spec, {}, q=[0, 1]))
        cases.append(run("median", spec, {}))
        cases.append(run("nanmedian", spec, {}))
        for fn in ["nanpercentile", "nanquantile"]:
            q = 40 if fn == "nanpercentile" else 0.4
            cases.append(run(fn, spec, {}, q=q))
            cases.append(run(fn, spec, {"method": "lower"}, q=[q, q / 2]))
        a = build(spec)
        if a.ndim > 1:
            cases.append(run("nanpercentile", spec, {"axis": 1}, q=[10, 90]))
            cases.append(run("median", spec, {"axis": [0, 1]}))
            cases.append(run("median", spec, {"axis": 0, "keepdims": True}))
    holes = wide((5, 8))
    holes[rng.random((5, 8)) < 0.35] = np.nan
    holes[2] = np.nan
    for fn, q in [("nanpercentile", 30), ("nanquantile", [0.2, 0.8]), ("nanmedian", None)]:
        for ax in [None, 0, 1]:
            kw = {} if ax is None else {"axis": ax}
            cases.append(run(fn, inp(holes), kw, q=q))
    # errors
    for q in [101, -1, [10, 120]]:
        cases.append(run("percentile", data["f64"], {}, q=q))
    for q in [1.5, -0.1]:
        cases.append(run("quantile", data["f64"], {}, q=q))
    cases.append(run("quantile", data["f64"], {"method": "bogus"}, q=0.5))
    cases.append(run("percentile", inp(np.array([True, False])), {}, q=50))
    cases.append(run("median", inp(np.zeros((0,))), {}))
    cases.append(run("percentile", inp(np.zeros((0,))), {}, q=50))
    return cases


def gen_average():
    cases = []
    a = wide((3, 4))
    w1 = [1.0, 2.0, 0.5, 3.0]
    w0 = [1, 2, 3]
    spec = inp(a)
    cases.append(run("average", spec))
    cases.append(run("average", spec, {"axis": 1, "weights": w1}))
    cases.append(run("average", spec, {"axis": 0, "weights": w0, "returned": True}))
    cases.append(run("average", spec, {"weights": a.tolist()}))
    cases.append(run("average", spec, {"returned": True}))
    cases.append(run("average", spec, {"axis": 1, "returned": True, "keepdims": True}))
    cases.append(run("average", inp(np.array([[1, 2], [3, 4]], np.int32)), {"axis": 0, "weights": [1, 3]}))
    cases.append(run("average", inp(np.array([1.0, 2.0]).astype(np.float32)), {"weights": [1, 1]}))
    cases.append(run("average", inp(np.array([1.0, 2.0]).astype(np.float32)), {"weights": np.array([1, 1], np.float32).tolist()}))
    cases.append(run("average", spec, {"axis": 1, "weights": [1.0, -1.0, 1.0, -1.0]}))
    cases.append(run("average", spec, {"weights": w1}))
    cases.append(run("average", spec, {"axis": 1, "weights": [1.0, 2.0]}))
    cases.append(run("average", inp(np.array([1 + 1j, 2 - 1j])), {"weights": [1, 2]}))
    return cases


def gen_accuracy():
    cases = []
    for n, seed in [(100000, 7), (1000003, 11), (8192 * 3 + 5, 3)]:
        spec = {"synth": {"seed": seed, "n": n, "dtype": "float64"}}
        cases.append(run("sum", spec))
        cases.append(run("mean", spec))
        if n < 200000:
            cases.append(run("std", spec))
            cases.append(run("nansum", spec))
    # Non-coalescable layouts: NumPy's buffered iterator groups short lanes into one pairwise sum.
    for shape, view, axes in [
        ((1000, 10), ["rev:0"], [None]),
        ((20, 1000), ["rev:0"], [None, 1]),
        ((10, 4096), ["rev:0"], [None]),
        ((3, 9000), ["rev:0"], [None]),
        ((5, 40, 30), ["rev:1"], [None, [1, 2]]),
        ((4, 300, 50), ["rev:1"], [None, [1, 2], [0, 2]]),
        ((30, 40, 30), ["rev:1", "T"], [None, [0, 1]]),
        ((600, 40), ["step:1:3"], [None, 0]),
    ]:
        n = int(np.prod(shape))
        for dt in ["float64", "float32"]:
            spec = {"synth": {"seed": n % 97 + 1, "n": n, "dtype": dt, "shape": list(shape)}, "view": view}
            for ax in axes:
                kw = {} if ax is None else {"axis": ax}
                cases.append(run("sum", spec, kw))
                cases.append(run("mean", spec, kw))
                cases.append(run("std", spec, kw))
                if dt == "float32":
                    cases.append(run("sum", spec, dict(kw, dtype="float64")))
    for n, seed in [(100000, 5), (30000, 9)]:
        spec = {"synth": {"seed": seed, "n": n, "dtype": "float32"}}
        cases.append(run("sum", spec))
        cases.append(run("sum", spec, {"dtype": "float64"}))
        cases.append(run("mean", spec))
        cases.append(run("var", spec))
        cases.append(run("mean", spec, {"dtype": "float64"}))
    return cases


def dump(name, cases):
    path = os.path.join(OUT, name)
    used = {c["a"] for c in cases}
    inputs = {k: v for k, v in INPUTS.items() if k in used}
    write(path, {"numpy": np.__version__, "inputs": inputs, "cases": cases})
    print(f"{name}: {len(cases)} cases, {os.path.getsize(path) // 1024} KiB")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    dump("reduce_basic.json", gen_basic())
    dump("reduce_nan.json", gen_nan())
    dump("reduce_cumulative.json", gen_cum())
    dump("reduce_quantile.json", gen_quantile())
    dump("reduce_average.json", gen_average())
    dump("reduce_accuracy.json", gen_accuracy())
