"""Matrix Market files in the styles other writers use, with SciPy 1.17's reading as the oracle.

Run with python3: writes test/fixtures/mm-tools/*.mtx (the texts below, written for these tests in
the layouts of the Matrix Market site's C/Fortran examples, MATLAB's mmwrite, R's writeMM,
Julia's MatrixMarket.jl and the SuiteSparse collection's headers: banner case, tabs and runs of
spaces, long comment blocks, exponent forms, a trailing newline or none, integer and pattern
fields, symmetric storage of the lower triangle) and test/fixtures/mm-tools.json with the dense
matrix scipy.io.mmread gives for each.
"""
import io
import os
import sys

import numpy as np
import scipy.io

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')

FILES = {
    # The site's example layout: upper-case words in the banner, a comment block, right-aligned
    # indices and E exponents.
    'site-example': (
        '%%MatrixMarket MATRIX Coordinate Real General\n'
        '%=================================================================================\n'
        '%\n'
        '% This ASCII file represents a sparse MxN matrix with L\n'
        '% nonzeros in the following Matrix Market format:\n'
        '%\n'
        '%=================================================================================\n'
        '  5  5  8\n'
        '    1     1   1.000e+00\n'
        '    2     2   1.050e+01\n'
        '    3     3   1.500e-02\n'
        '    1     4   6.000e+00\n'
        '    4     2   2.505e+02\n'
        '    4     4  -2.800e+02\n'
        '    4     5   3.332e+01\n'
        '    5     5   1.200e+01\n'
    ),
    # MATLAB-style: full-precision %.16e values, tab separators, no comment.
    'matlab-style': (
        '%%MatrixMarket matrix coordinate real general\n'
        '3\t3\t4\n'
        '1\t1\t4.0000000000000000e+00\n'
        '3\t1\t-1.2500000000000000e+00\n'
        '2\t2\t3.3333333333333331e-01\n'
        '3\t3\t1.0000000000000000e+20\n'
    ),
    # R-style writeMM of a symmetric integer matrix: lower triangle, integer field.
    'r-symmetric-integer': (
        '%%MatrixMarket matrix coordinate integer symmetric\n'
        '4 4 6\n'
        '1 1 2\n'
        '2 1 -1\n'
        '2 2 2\n'
        '3 2 -1\n'
        '3 3 2\n'
        '4 4 7\n'
    ),
    # Julia-style: pattern matrix, final line without a newline.
    'julia-pattern': (
        '%%MatrixMarket matrix coordinate pattern general\n'
        '3 4 4\n'
        '1 2\n'
        '2 1\n'
        '3 4\n'
        '1 4'
    ),
    # SuiteSparse-collection-style header: a long metadata comment block, symmetric real storage
    # of the lower triangle with values in plain decimal and in exponent form without a sign.
    'suitesparse-style': (
        '%%MatrixMarket matrix coordinate real symmetric\n'
        '%-------------------------------------------------------------------------------\n'
        '% collection-style metadata\n'
        '% name: Example/tiny\n'
        '% [a small symmetric positive definite example]\n'
        '% id: 1\n'
        '% date: 2026\n'
        '% kind: structural problem\n'
        '%-------------------------------------------------------------------------------\n'
        '3 3 5\n'
        '1 1 4\n'
        '2 1 1e0\n'
        '2 2 4.5\n'
        '3 2 .25\n'
        '3 3 3E1\n'
    ),
    # A dense (array) complex Hermitian file: the lower triangle column by column.
    'array-hermitian': (
        '%%MatrixMarket matrix array complex hermitian\n'
        '% dense storage, lower triangle by columns\n'
        '2 2\n'
        '1.0 0.0\n'
        '2.0 -3.0\n'
        '5.0 0.0\n'
    ),
}

fx = {}
for name, text in FILES.items():
    with open(os.path.join(OUT, 'mm-tools', f'{name}.mtx'), 'w', newline='\n') as f:
        f.write(text)
    m = scipy.io.mmread(io.StringIO(text))
    dense = m.toarray() if hasattr(m, 'toarray') else np.asarray(m)
    fx[name] = enc(dense)
write(os.path.join(OUT, 'mm-tools.json'), fx)
