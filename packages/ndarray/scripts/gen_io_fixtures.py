#!/usr/bin/env python3
"""Writes the .npy/.npz fixtures of Stride's io tests with NumPy, and checks Stride's own output.

Usage (from packages/ndarray):
    python3 scripts/gen_io_fixtures.py          # (re)write test/fixtures/io/ and check ours/
    python3 scripts/gen_io_fixtures.py --check  # only check test/fixtures/io/ours/

Files written here are NumPy's reference output; manifest.json says what each holds (in the shared
fixture encoding of scripts/fixtures.py). The files in ours/ are written by Stride's npy.save / npz.save
(`UPDATE_IO_FIXTURES=1 npx vitest run test/io.roundtrip.test.ts`); this script checks that
NumPy loads each of them to the same array as the reference file of the same name.
"""

import io
import os
import sys
import warnings
import zipfile

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures", "io")
OURS = os.path.join(OUT, "ours")

def describe(a):
    """The shared fixture encoding of the array in native byte order (its dtype is Stride's name)."""
    return enc(a.astype(a.dtype.newbyteorder("=")))


def values():
    """One small, edge-heavy array per dtype."""
    f32 = np.finfo(np.float32)
    f64 = np.finfo(np.float64)
    return {
        "bool": np.array([True, False, True, True, False]),
        "int8": np.array([-128, -1, 0, 1, 127], dtype=np.int8),
        "uint8": np.array([0, 1, 128, 254, 255], dtype=np.uint8),
        "int16": np.array([-32768, -1, 0, 258, 32767], dtype=np.int16),
        "uint16": np.array([0, 1, 258, 65535], dtype=np.uint16),
        "int32": np.array([[-(2**31), -1, 0], [16909060, 2**31 - 1, 7]], dtype=np.int32),
        "uint32": np.array([0, 1, 16909060, 2**32 - 1], dtype=np.uint32),
        "int64": np.array([-(2**63), -1, 0, 2**53 + 1, 2**63 - 1], dtype=np.int64),
        "uint64": np.array([0, 1, 2**53 + 1, 2**63, 2**64 - 1], dtype=np.uint64),
        "float32": np.array(
            [0.0, -0.0, 1.5, 0.1, np.nan, np.inf, -np.inf, f32.smallest_subnormal, f32.max, -f32.tiny],
            dtype=np.float32,
        ),
        "float64": np.array(
            [[0.0, -0.0, 0.1, np.pi, np.nan], [np.inf, -np.inf, f64.smallest_subnormal, f64.max, -1e-300]],
            dtype=np.float64,
        ),
        "complex64": np.array([1 + 2j, -0.0 - 1j, complex(np.nan, 1), complex(np.inf, -np.inf), 0.1 + 0.2j], dtype=np.complex64),
        "complex128": np.array(
            [[1 + 2j, -0.0 - 1j], [complex(np.nan, -0.0), complex(-np.inf, np.inf)], [1e-310 + 1e308j, 0.1 - 0.3j]],
            dtype=np.complex128,
        ),
    }


def npy_bytes(a, version=None, allow_pickle=False):
    f = io.BytesIO()
    if version is None:
        np.save(f, a, allow_pickle=allow_pickle)
    else:
        np.lib.format.write_array(f, a, version=version, allow_pickle=allow_pickle)
    return f.getvalue()


def member(name, compress_type=zipfile.ZIP_STORED):
    """A zip member with a fixed timestamp, so regenerating gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = compress_type
    return info


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def generate():
    os.makedirs(OUT, exist_ok=True)
    manifest = {"npy": {}, "npz": {}, "unsupported": {}, "views": {}}

    written = {}  # bytes -> file name, to point each fixture at np.save's output for its array

    def add(name, a, data=None):
        data = npy_bytes(a) if data is None else data
        write_bytes(name, data)
        written.setdefault(data, name)
        entry = describe(a)
        entry["fortran_order"] = bool(a.flags.f_contiguous and not a.flags.c_contiguous)
        # "save": the file holding np.save of this array in native byte order (same layout), which
        # Stride's npy.save of the loaded array must reproduce byte for byte.
        loaded = np.load(io.BytesIO(data), allow_pickle=False)
        target = npy_bytes(loaded.astype(loaded.dtype.newbyteorder("="), order="K"))
        if target not in written:
            write_bytes(f"saved_{name}", target)
            written[target] = f"saved_{name}"
        entry["save"] = written[target]
        manifest["npy"][name] = entry

    vals = values()
    # Every dtype, native (little-endian) and big-endian.
    for name, a in vals.items():
        add(f"{name}.npy", a)
        if a.dtype.itemsize > 1:
            add(f"be_{name}.npy", a.astype(a.dtype.newbyteorder(">")))

    # Layouts: C and Fortran order, 0-d, empty, 3-D.
    c3 = np.arange(24, dtype=np.float64).reshape(2, 3, 4) - 11.5
    add("c_3d_float64.npy", c3)
    add("c_2d_int32.npy", np.arange(6, dtype=np.int32).reshape(2, 3))
    add("f_2d_int32.npy", np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3)))
    add("f_3d_complex128.npy", np.asfortranarray((c3 + 1j * c3[::-1]).astype(np.complex128)))
    add("f_3d_be_float32.npy", np.asfortranarray(c3.astype(">f4")))
    add("f_2d_bool.npy", np.asfortranarray(np.array([[True, False, False], [False, True, True]])))
    add("zero_d_float64.npy", np.array(3.25))
    add("zero_d_int64.npy", np.array(-(2**62), dtype=np.int64))
    add("zero_d_bool.npy", np.array(True))
    add("zero_d_complex64.npy", np.array(1.5 - 2j, dtype=np.complex64))
    add("empty_float64.npy", np.zeros((0,), dtype=np.float64))
    add("empty_0x3_int16.npy", np.zeros((0, 3), dtype=np.int16))
    add("empty_2x0x4_complex128.npy", np.zeros((2, 0, 4), dtype=np.complex128))
    add("long_axis_uint8.npy", np.arange(1000, dtype=np.int64).astype(np.uint8).reshape(10, 100))

    # Format versions 2.0 and 3.0 (NumPy only picks them for huge or non-latin1 headers).
    add("v2_float64.npy", c3, data=npy_bytes(c3, version=(2, 0)))
    add("v3_int16.npy", vals["int16"], data=npy_bytes(vals["int16"], version=(3, 0)))

    # The '=' (native) byte-order mark, which NumPy reads but never writes.
    native = npy_bytes(vals["float64"]).replace(b"'descr': '<f8'", b"'descr': '=f8'", 1)
    add("native_eq_float64.npy", vals["float64"], data=native)

    # Non-contiguous views: np.save gathers them; our save of the same view must match byte for byte.
    base = np.arange(30, dtype=np.float64).reshape(5, 6)
    add("view_base_5x6_float64.npy", base)
    views = {
        "view_step_float64.npy": (base[::2, ::-2], "[::2, ::-2]"),
        "view_transpose_float64.npy": (base.T, ".T"),  # Fortran-contiguous: saved in Fortran order
        "view_col_float64.npy": (base[:, 1], "[:, 1]"),
        "view_tslice_float64.npy": (base.T[1:4, ::2], ".T[1:4, ::2]"),
    }
    for name, (v, how) in views.items():
        add(name, v)
        manifest["views"][name] = {
            "base": "view_base_5x6_float64.npy",
            "expr": how,
            "shape": list(v.shape),
            "strides": [s // v.itemsize for s in v.strides],
            "offset": (v.__array_interface__["data"][0] - base.__array_interface__["data"][0]) // v.itemsize,
        }

    # Dtypes Stride does not have: loading must raise DTypeError naming the descr.
    unsupported = {
        "unsupported_f2.npy": np.zeros(2, dtype=np.float16),
        "unsupported_longdouble.npy": np.zeros(2, dtype=np.longdouble),
        "unsupported_U.npy": np.array(["ab", "c"]),
        "unsupported_S.npy": np.array([b"ab", b"c"]),
        "unsupported_M8.npy": np.array(["2024-01-02"], dtype="datetime64[D]"),
        "unsupported_m8.npy": np.array([3], dtype="timedelta64[s]"),
        "unsupported_struct.npy": np.zeros(2, dtype=[("x", "<i4"), ("y", "<f8")]),
        "unsupported_O.npy": np.array([1, "a", None], dtype=object),
        "unsupported_V.npy": np.zeros(2, dtype="V4"),
    }
    for name, a in unsupported.items():
        write_bytes(name, npy_bytes(a, allow_pickle=a.dtype.hasobject))
        manifest["unsupported"][name] = repr(np.lib.format.dtype_to_descr(a.dtype))

    # .npz: stored (np.savez) and deflated (np.savez_compressed), keyword and positional names.
    members = {
        "a": vals["float64"],
        "b": vals["int64"],
        "flags": vals["bool"],
        "scalar": np.array(7, dtype=np.int32),
        "z": vals["complex64"],
        "fortran": np.asfortranarray(np.arange(6, dtype=np.uint16).reshape(2, 3)),
        "empty": np.zeros((0, 3), dtype=np.float32),
    }
    for name, saver in (("npz_stored.npz", np.savez), ("npz_deflated.npz", np.savez_compressed)):
        f = io.BytesIO()
        saver(f, **members)
        write_bytes(name, f.getvalue())
        manifest["npz"][name] = {k: describe(v) for k, v in members.items()}
    f = io.BytesIO()
    np.savez(f, vals["uint8"], vals["int16"])
    write_bytes("npz_positional.npz", f.getvalue())
    manifest["npz"]["npz_positional.npz"] = {"arr_0": describe(vals["uint8"]), "arr_1": describe(vals["int16"])}

    # Malformed archives NumPy's tools can produce: duplicate names, a member that is not .npy.
    f = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(f, "w") as z:
            z.writestr(member("a.npy"), npy_bytes(vals["int8"]))
            z.writestr(member("a.npy"), npy_bytes(vals["uint8"]))
    write_bytes("bad_duplicate.npz", f.getvalue())
    f = io.BytesIO()
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(member("a.npy", zipfile.ZIP_DEFLATED), npy_bytes(vals["int8"]))
        z.writestr(member("notes.txt", zipfile.ZIP_DEFLATED), b"not an array\n")
    write_bytes("bad_member.npz", f.getvalue())

    write(os.path.join(OUT, "manifest.json"), manifest)
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, n)))
    print(f"wrote {len(os.listdir(OUT))} entries to test/fixtures/io ({total} bytes)")


def same(x, y):
    return x.dtype.newbyteorder("=") == y.dtype.newbyteorder("=") and x.shape == y.shape and np.array_equal(
        x, y, equal_nan=x.dtype.kind in "fc"
    ) and np.array_equal(np.signbit(x.real) if x.dtype.kind in "fc" else x, np.signbit(y.real) if y.dtype.kind in "fc" else y)


def check_ours():
    """NumPy must load every file Stride wrote to the same array as the reference file."""
    if not os.path.isdir(OURS):
        print("no ours/ directory: nothing to check")
        return 0
    failures = 0
    names = sorted(os.listdir(OURS))
    for name in names:
        path = os.path.join(OURS, name)
        ref_path = os.path.join(OUT, name)
        try:
            if name.endswith(".npy"):
                got = np.load(path, allow_pickle=False)
                ref = np.load(ref_path, allow_pickle=False)
                ok = same(got, ref)
                if ok and got.ndim > 1:
                    ok = got.flags.f_contiguous == ref.flags.f_contiguous
                with open(path, "rb") as fh:
                    raw = fh.read()
                # What NumPy writes for the native-order array is the byte-exact target.
                ok = ok and raw == npy_bytes(ref.astype(ref.dtype.newbyteorder("="), order="K"))
            else:
                with np.load(path, allow_pickle=False) as got, np.load(ref_path, allow_pickle=False) as ref:
                    ok = sorted(got.files) == sorted(ref.files) and all(same(got[k], ref[k]) for k in ref.files)
                with zipfile.ZipFile(path) as z:
                    ok = ok and z.testzip() is None
        except Exception as e:  # noqa: BLE001 - report every failure, then exit non-zero
            ok = False
            print(f"  {name}: {type(e).__name__}: {e}")
        print(f"{'ok  ' if ok else 'FAIL'} ours/{name}")
        failures += not ok
    print(f"{len(names) - failures} passed, {failures} failed")
    return failures


if __name__ == "__main__":
    if "--check" not in sys.argv:
        generate()
    sys.exit(1 if check_ours() else 0)
