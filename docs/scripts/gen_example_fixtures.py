"""Writes docs/test/fixtures/: the files NumPy users hand to Stride in the TSDoc examples of
@stride/ndarray's io (each example reads them from its working folder). Run: python3 scripts/gen_example_fixtures.py"""
from pathlib import Path

import numpy as np

out = Path(__file__).resolve().parent.parent / "test" / "fixtures"
out.mkdir(parents=True, exist_ok=True)

# loadNpy: np.save('a.npy', np.arange(6.).reshape(2, 3))
np.save(out / "a.npy", np.arange(6.0).reshape(2, 3))
# loadNpz: np.savez_compressed('data.npz', x=np.arange(3), y=np.eye(2)); x is int64 as on Linux
np.savez_compressed(out / "data.npz", x=np.arange(3, dtype=np.int64), y=np.eye(2))
print(f"wrote {sorted(p.name for p in out.iterdir())} with numpy {np.__version__}")
