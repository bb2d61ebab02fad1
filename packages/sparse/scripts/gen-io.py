"""Fixtures for @stride/sparse's Matrix Market and .npz I/O, written by SciPy 1.17.

Run with python3: writes test/fixtures/mm/*.mtx (scipy.io.mmwrite), test/fixtures/npz/*.npz
(scipy.sparse.save_npz) and test/fixtures/io.json (the dense matrix each file holds, as
scipy.io.mmread / scipy.sparse.load_npz read it). It also checks that the archive Stride wrote,
test/fixtures/npz/stride-csr.npz (committed; the test checks saveNpz still writes it byte for
byte), loads in SciPy as the matrix STRIDE_CSR below.
"""
import io
import os
import sys

import numpy as np
import scipy.io as sio
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
MM = os.path.join(OUT, 'mm')
NPZ = os.path.join(OUT, 'npz')
os.makedirs(MM, exist_ok=True)
os.makedirs(NPZ, exist_ok=True)

S = np.array([[4.0, -1, 0, 0.5], [-1, 4, -1, 0], [0, -1, 4, 0], [0.5, 0, 0, 2e-300]])
K = np.array([[0, 2.5, 0], [-2.5, 0, 1], [0, -1, 0]])
H = np.array([[2, 1 + 2j, 0], [1 - 2j, 3, -1j], [0, 1j, 1]])
G = np.array([[1.5, 0, 0, -2], [0, 0, 3.25e-7, 0], [7, 0, 0, 1e300]])

MM_CASES = {
    'real-general': (sp.coo_matrix(G), {'comment': 'a general real matrix\nwith two comment lines'}),
    'real-symmetric': (sp.coo_matrix(S), {'symmetry': 'symmetric'}),
    'integer-symmetric': (sp.coo_matrix(np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])), {}),
    'skew-symmetric': (sp.coo_matrix(K), {'symmetry': 'skew-symmetric'}),
    'complex-hermitian': (sp.coo_matrix(H), {'symmetry': 'hermitian'}),
    'complex-general': (sp.coo_matrix(np.array([[1 + 1j, 0], [0, -2.5j], [3, 0]])), {}),
    'pattern': (sp.coo_matrix(np.array([[1.0, 0, 1], [0, 1, 0]])), {'field': 'pattern'}),
    'empty': (sp.coo_matrix((3, 4)), {}),
    'array-real': (G, {}),
    'array-integer-symmetric': (np.array([[5, 1, 2], [1, 6, 3], [2, 3, 7]]), {'symmetry': 'symmetric'}),
    'array-complex': (np.array([[1 + 2j, 3], [0, -1j]]), {}),
}

mm = {}
for name, (a, kw) in MM_CASES.items():
    path = os.path.join(MM, f'{name}.mtx')
    sio.mmwrite(path, a, **kw)
    back = sio.mmread(path)
    dense = back.toarray() if sp.issparse(back) else np.asarray(back)
    with open(path) as fh:
        banner = fh.readline().strip()
    mm[name] = {'dense': enc(dense), 'sparse': bool(sp.issparse(back)), 'banner': banner}

NPZ_CASES = {
    'csr-float64': sp.csr_matrix(G),
    'csc-complex128': sp.csc_matrix(H),
    'coo-int32': sp.coo_matrix(np.array([[0, 3, 0], [-4, 0, 5]], dtype=np.int32)),
    'csr-float32-uncompressed': sp.csr_matrix(S.astype(np.float32)),
    'csr-array': sp.csr_array(K),
}
npz = {}
for name, a in NPZ_CASES.items():
    path = os.path.join(NPZ, f'{name}.npz')
    sp.save_npz(path, a, compressed=not name.endswith('uncompressed'))
    back = sp.load_npz(path)
    npz[name] = {'dense': enc(back.toarray()), 'format': back.format}

# The archive Stride's saveNpz wrote for this matrix must load in SciPy as the same matrix.
STRIDE_CSR = np.array([[1.5, 0, -2], [0, 0, 0], [0, 3.25, 0]])
stride_path = os.path.join(NPZ, 'stride-csr.npz')
if os.path.exists(stride_path):
    got = sp.load_npz(stride_path)
    assert got.format == 'csr', got.format
    assert np.array_equal(got.toarray(), STRIDE_CSR), got.toarray()
    with np.load(stride_path) as z:
        assert sorted(z.files) == ['data', 'format', 'indices', 'indptr', 'shape'], z.files
    print('stride-csr.npz loads in SciPy: ok')
else:
    print('stride-csr.npz not written yet (the test writes it on its first run)')

write(os.path.join(OUT, 'io.json'), {'mm': mm, 'npz': npz, 'strideCsr': enc(STRIDE_CSR)})
buf = io.StringIO()
print('wrote', len(mm), 'Matrix Market and', len(npz), 'npz fixtures', file=buf)
print(buf.getvalue().strip())
