"""NumPy/SciPy side of the Stride bench: the reference system every other one is checked against.

Driven by the JavaScript runner over a JSON-lines protocol on stdin/stdout (one request per line,
one reply per line). Inputs arrive as raw little-endian binary files written by the runner, so
every system computes on the same bytes. The timing loop mirrors bench/src/timing.js: warm-up,
then repetitions sized to a time budget; the runner takes medians.

Thread counts and OpenBLAS settings come from the environment the runner starts this process
with (one process per configuration), since BLAS reads them when it loads.
"""

import ctypes
import json
import os
import platform
import re
import sys
import time

import numpy as np

# Replies go to a private copy of stdout; anything a library prints lands on stderr instead.
_PROTO = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


class NotAvailable(Exception):
    """The op cannot run on this interpreter (for example SciPy is not installed)."""


def _scipy(sub):
    try:
        import importlib

        return importlib.import_module("scipy." + sub)
    except ImportError as e:
        raise NotAvailable("scipy not installed") from e


# --- ops: each takes (inputs, params) and returns (run, result) ----------------------------
# run() is the timed call; result(out) gives the canonical float64 vector (see src/cases/*.js).


def op_fma(x, p):
    a, b, c = x["a"], x["b"], x["c"]
    return (lambda: a * b + c), (lambda out: out)


def op_sum(x, p):
    v = x["x"]
    return (lambda: np.sum(v)), (lambda out: np.array([out]))


def op_sort(x, p):
    v = x["x"]
    return (lambda: np.sort(v)), (lambda out: out)


def op_add_t(x, p):
    a, b = x["a"], x["b"]
    return (lambda: a + b.T), (lambda out: out)


def op_matmul(x, p):
    a, b = x["a"], x["b"]
    return (lambda: a @ b), (lambda out: out)


def op_solve(x, p):
    a, b = x["a"], x["b"]
    return (lambda: np.linalg.solve(a, b)), (lambda out: out)


def op_inv(x, p):
    a = x["a"]
    return (lambda: np.linalg.inv(a)), (lambda out: out)


def op_eigh(x, p):
    a = x["a"]
    return (lambda: np.linalg.eigh(a)), (lambda out: np.sort(out[0]))


def op_svd(x, p):
    a = x["a"]
    return (lambda: np.linalg.svd(a)), (lambda out: out[1])


def _interleaved(z):
    return np.ascontiguousarray(z).view(np.float64)


def op_fft(x, p):
    z = np.ascontiguousarray(x["x"]).view(np.complex128).reshape(-1)
    return (lambda: np.fft.fft(z)), _interleaved


def op_rfft(x, p):
    v = x["x"]
    return (lambda: np.fft.rfft(v)), _interleaved


def op_fft2(x, p):
    n = int(p["n"])
    z = np.ascontiguousarray(x["x"]).view(np.complex128).reshape(n, n)
    return (lambda: np.fft.fft2(z)), _interleaved


def op_welch(x, p):
    signal = _scipy("signal")
    v = x["x"]
    return (lambda: signal.welch(v)), (lambda out: out[1])


def op_lfilter(x, p):
    signal = _scipy("signal")
    b, a, v = x["b"], x["a"], x["x"]
    return (lambda: signal.lfilter(b, a, v)), (lambda out: out)


def op_fftconvolve(x, p):
    signal = _scipy("signal")
    v, h = x["x"], x["b"]
    return (lambda: signal.fftconvolve(v, h)), (lambda out: out)


def op_norm_cdf(x, p):
    stats = _scipy("stats")
    v = x["x"]
    return (lambda: stats.norm.cdf(v)), (lambda out: out)


def op_t_ppf(x, p):
    # bench/src/cases/stats-t-ppf.js: df = 5
    stats = _scipy("stats")
    q = x["x"]
    return (lambda: stats.t.ppf(q, 5)), (lambda out: out)


def op_gammainc(x, p):
    special = _scipy("special")
    a, v = x["a"], x["x"]
    return (lambda: special.gammainc(a, v)), (lambda out: out)


def op_mannwhitneyu(x, p):
    stats = _scipy("stats")
    a, b = x["a"], x["b"]
    return (lambda: stats.mannwhitneyu(a, b)), (lambda r: [r.statistic, r.pvalue])


def _csr(x):
    sparse = _scipy("sparse")
    n = len(x["indptr"]) - 1
    return sparse.csr_matrix((x["data"], x["indices"], x["indptr"]), shape=(n, n))


def op_csr_matvec(x, p):
    a = _csr(x)
    v = x["x"]
    return (lambda: a @ v), (lambda out: out)


def op_spgemm(x, p):
    a = _csr(x)
    return (lambda: a @ a), (lambda out: np.asarray(out.sum(axis=1)).ravel())


def op_eigsh(x, p):
    sla = _scipy("sparse.linalg")
    a = _csr(x)
    return (lambda: sla.eigsh(a, k=6, sigma=0)), (lambda out: np.sort(out[0]))


def op_eigsh_largest(x, p):
    sla = _scipy("sparse.linalg")
    a = _csr(x)
    return (lambda: sla.eigsh(a, k=10, which="LA", return_eigenvectors=False)), (lambda out: np.sort(out))


def op_svds(x, p):
    sparse = _scipy("sparse")
    sla = _scipy("sparse.linalg")
    m = len(x["indptr"]) - 1
    a = sparse.csr_matrix((x["data"], x["indices"], x["indptr"]), shape=(m, int(p["n"])))
    return (lambda: sla.svds(a, k=10, return_singular_vectors=False)), (lambda out: np.sort(out))


def op_spsolve(x, p):
    sparse = _scipy("sparse")
    sla = _scipy("sparse.linalg")
    n = len(x["indptr"]) - 1
    a = sparse.csc_matrix((x["data"], x["indices"], x["indptr"]), shape=(n, n))
    b = x["b"]
    return (lambda: sla.spsolve(a, b)), (lambda out: out)


def op_plot_render(x, p):
    # bench/src/cases/plot-render.js: the figure is built here, a run renders it to memory.
    try:
        import io

        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise NotAvailable("matplotlib not installed") from e
    k = int(p["k"])
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    if k < 2:
        ax.plot(x["x"], x["y"])
    else:
        ax.scatter(x["sx"], x["sy"])
    fmt = "png" if k % 2 == 1 else "svg"

    def run():
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=100)
        return buf

    return run, (lambda out: np.array([*ax.get_xlim(), *ax.get_ylim()], dtype=np.float64))


def op_small(x, p):
    # 1000 calls of one small operation per run (bench/src/cases/overhead-small.js).
    a, b, g = x["a"], x["b"], x["x"]
    calls = (
        lambda: np.add(a, b),
        lambda: np.add(a, 2),
        lambda: np.zeros(10),
        lambda: g[1:, ::2],
        lambda: np.sum(a),
    )
    f = calls[int(p["k"])]

    def run():
        for _ in range(999):
            f()
        return f()

    return run, (lambda out: np.ravel(np.asarray(out, dtype=np.float64)))


OPS = {
    "ufunc/a*b+c": op_fma,
    "reduce/sum": op_sum,
    "sort/sort": op_sort,
    "ufunc/a+b.T": op_add_t,
    "linalg/matmul": op_matmul,
    "linalg/solve": op_solve,
    "linalg/inv": op_inv,
    "linalg/eigh": op_eigh,
    "linalg/svd": op_svd,
    "fft/fft": op_fft,
    "fft/rfft": op_rfft,
    "fft/fft-prime": op_fft,
    "fft/fft2": op_fft2,
    "signal/lfilter": op_lfilter,
    "signal/fftconvolve": op_fftconvolve,
    "signal/welch": op_welch,
    "stats/norm.cdf": op_norm_cdf,
    "stats/mannwhitneyu": op_mannwhitneyu,
    "stats/t.ppf": op_t_ppf,
    "special/gammainc": op_gammainc,
    "sparse/csr-matvec": op_csr_matvec,
    "sparse/spgemm": op_spgemm,
    "sparse/eigsh": op_eigsh,
    "sparse/eigsh-largest": op_eigsh_largest,
    "sparse/svds": op_svds,
    "sparse/spsolve": op_spsolve,
    "overhead/small": op_small,
    "plot/render": op_plot_render,
}


# --- timing ------------------------------------------------------------------------------


def _now_ms():
    return time.perf_counter_ns() / 1e6


def measure(run, o):
    """Warm-up, then reps sized to o['targetMs']; returns (times in ms, last output, single)."""

    def once():
        t0 = _now_ms()
        out = run()
        return _now_ms() - t0, out

    t, out = once()
    if t > o["maxSingleMs"]:
        return [t], out, True
    slow = t > o["slowMs"]
    w_start = _now_ms()
    runs = 1
    while not slow and (runs < o["warmupRuns"] or _now_ms() - w_start < o["warmupMs"]):
        t, out = once()
        runs += 1
        if runs > 1000:
            break
    # slow calls: one repetition per round; the rounds still give several samples
    reps = 1 if slow else max(o["minReps"], min(o["maxReps"], int(-(-o["targetMs"] // max(t, 1e-3)))))
    times = []
    for _ in range(reps):
        t, out = once()
        times.append(t)
    return times, out, False


# --- what BLAS is really running -----------------------------------------------------------

_CORENAME_SYMBOLS = (
    "openblas_get_corename",
    "openblas_get_corename64_",
    "scipy_openblas_get_corename64_",
    "scipy_openblas_get_corename",
)
_CONFIG_SYMBOLS = (
    "openblas_get_config",
    "openblas_get_config64_",
    "scipy_openblas_get_config64_",
    "scipy_openblas_get_config",
)
_THREADS_SYMBOLS = (
    "openblas_get_num_threads",
    "openblas_get_num_threads64_",
    "scipy_openblas_get_num_threads64_",
    "scipy_openblas_get_num_threads",
)


def _call_first(lib, names, restype):
    for name in names:
        fn = getattr(lib, name, None)
        if fn is not None:
            fn.restype = restype
            v = fn()
            return v.decode() if isinstance(v, bytes) else v
    return None


def _loaded_blas_from_maps():
    """Loaded BLAS/LAPACK libraries, found in /proc/self/maps and asked through ctypes."""
    try:
        with open("/proc/self/maps") as f:
            paths = sorted({line.split()[-1] for line in f if len(line.split()) >= 6})
    except OSError:
        return []
    found = []
    for path in paths:
        base = os.path.basename(path)
        # shared libraries only (lib*.so*), not SciPy's Cython wrapper modules (_fblas, cython_blas)
        if not (base.startswith("lib") and re.search(r"blas|lapack|mkl_rt|blis|flexiblas", base)):
            continue
        entry = {"file": base, "dir": os.path.dirname(path)}
        if "openblas" in base:
            entry["api"] = "openblas"
            try:
                lib = ctypes.CDLL(path)
                entry["core"] = _call_first(lib, _CORENAME_SYMBOLS, ctypes.c_char_p)
                cfg = _call_first(lib, _CONFIG_SYMBOLS, ctypes.c_char_p)
                entry["config"] = cfg
                if cfg:
                    m = re.match(r"OpenBLAS (\S+)", cfg)
                    entry["version"] = m.group(1) if m else None
                entry["threads"] = _call_first(lib, _THREADS_SYMBOLS, ctypes.c_int)
            except OSError as e:
                entry["error"] = str(e)
        elif base.startswith("libblas.so") and "/blas/" in path:
            entry["api"] = "reference BLAS (netlib)"
        elif base.startswith("liblapack.so") and "/lapack/" in path:
            entry["api"] = "reference LAPACK (netlib)"
        else:
            # e.g. libblas.so.3 (openblas-pthread): Debian's alternatives pick the implementation
            entry["api"] = "%s (%s)" % (base, os.path.basename(os.path.dirname(path)))
        found.append(entry)
    return found


def blas_info():
    import numpy.linalg  # noqa: F401  (loads NumPy's BLAS)

    try:
        import scipy.linalg  # noqa: F401  (SciPy may bundle its own)
    except ImportError:
        pass
    info = {"via": None, "libraries": []}
    try:
        from threadpoolctl import threadpool_info

        for d in threadpool_info():
            info["libraries"].append(
                {
                    "api": d.get("internal_api"),
                    "version": d.get("version"),
                    "core": d.get("architecture"),
                    "threads": d.get("num_threads"),
                    "threading": d.get("threading_layer"),
                    "file": os.path.basename(d.get("filepath") or ""),
                    "dir": os.path.dirname(d.get("filepath") or ""),
                }
            )
        info["via"] = "threadpoolctl"
    except ImportError:
        pass
    if not info["libraries"]:
        info["libraries"] = _loaded_blas_from_maps()
        info["via"] = "/proc/self/maps + ctypes" if info["libraries"] else None
    if not info["libraries"]:
        info["via"] = "numpy.show_config"
        try:
            cfg = np.show_config(mode="dicts")
            blas = cfg.get("Build Dependencies", {}).get("blas", {})
            info["libraries"] = [{"api": blas.get("name"), "version": blas.get("version")}]
        except Exception as e:  # older NumPy: no mode='dicts'
            info["error"] = str(e)
    for lib in info["libraries"]:
        d = lib.pop("dir", "") or ""
        lib["owner"] = "scipy" if "scipy.libs" in d else "numpy" if "numpy.libs" in d else "system"
    return info


def hello():
    versions = {"python": platform.python_version(), "numpy": np.__version__}
    try:
        import scipy

        versions["scipy"] = scipy.__version__
    except ImportError:
        versions["scipy"] = None
    env = {
        k: os.environ[k]
        for k in (
            "OPENBLAS_NUM_THREADS",
            "OMP_NUM_THREADS",
            "MKL_NUM_THREADS",
            "OPENBLAS_CORETYPE",
            "OPENBLAS_L2_SIZE",
        )
        if k in os.environ
    }
    return {
        "ok": True,
        "versions": versions,
        "blas": blas_info(),
        "env": env,
        "executable": sys.executable,
        "ops": sorted(OPS),
    }


# --- protocol ----------------------------------------------------------------------------


def read_inputs(spec):
    out = {}
    for name, d in spec.items():
        dtype = np.int32 if d["dtype"] == "int32" else np.float64
        out[name] = np.fromfile(d["path"], dtype=dtype).reshape(d["shape"])
    return out


def main():
    current = None
    for line in sys.stdin:
        if not line.strip():
            continue
        msg = json.loads(line)
        cmd = msg.get("cmd")
        rep = {"seq": msg.get("seq")}
        try:
            if cmd == "hello":
                rep.update(hello())
            elif cmd == "setup":
                current = None
                make = OPS.get(msg["op"])
                if make is None:
                    rep["na"] = "not implemented in bench.py"
                else:
                    try:
                        run, result = make(read_inputs(msg["inputs"]), msg.get("params", {}))
                        current = {"run": run, "result": result, "out": None}
                        rep["ok"] = True
                    except NotAvailable as e:
                        rep["na"] = str(e)
            elif cmd == "measure":
                times, out, single = measure(current["run"], msg["opts"])
                current["out"] = out
                rep.update({"times": times, "single": single})
            elif cmd == "result":
                v = np.ascontiguousarray(current["result"](current["out"]), dtype=np.float64).reshape(-1)
                v.tofile(msg["path"])
                rep.update({"ok": True, "length": int(v.size)})
            elif cmd == "teardown":
                current = None
                rep["ok"] = True
            elif cmd == "exit":
                break
            else:
                rep["error"] = "unknown command %r" % cmd
        except Exception as e:  # reported to the runner as this case's error
            rep["error"] = "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")
        _PROTO.write(json.dumps(rep) + "\n")


if __name__ == "__main__":
    main()
