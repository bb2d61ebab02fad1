/**
 * The direct solvers against SciPy fixtures (scripts/gen-direct.py): spsolve, splu (factors that
 * reproduce A, solves with trans), factorized, spsolveTriangular and spcholesky, plus residual
 * checks on larger grids and the typed errors for singular, rectangular and indefinite input.
 */
import { LinAlgError } from '@stride/linalg';
import { type NDArray, ShapeError, ValueError, array } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import { type CscMatrix, cooMatrix, cscMatrix, isSparse, linalg } from '../src/index.js';
import fixtures from './fixtures/direct.json' with { type: 'json' };

const { splu, spsolve, factorized, spsolveTriangular, spcholesky, NotPositiveDefiniteError } = linalg;

interface EncCsc {
  shape: number[];
  indptr: Enc;
  indices: Enc;
  data: Enc;
}
interface Case {
  name: string;
  kind: string;
  A: EncCsc;
  b: Enc;
  x: Enc;
  xT: Enc;
  cond: number;
  permcSpec: 'COLAMD' | 'MMD_AT_PLUS_A' | 'MMD_ATA' | 'NATURAL';
  B: EncCsc;
  X: Enc;
  lower: boolean;
  xUnit: Enc;
  logdet: number;
}
const cases = (fixtures as unknown as { cases: Case[] }).cases;
const byKind = (k: string): Case[] => cases.filter((c) => c.kind === k);

function matrix(e: EncCsc): CscMatrix {
  return cscMatrix(
    {
      data: decode(e.data),
      indices: decode(e.indices) as NDArray<'int32'>,
      indptr: decode(e.indptr) as NDArray<'int32'>,
    },
    { shape: e.shape as [number, number] },
  );
}

/** Dense row-major copy of a CSC matrix. */
function dense(a: CscMatrix): Float64Array {
  const [m, n] = a.shape;
  const out = new Float64Array(m * n);
  const ip = a.indptr.data as Int32Array;
  const ii = a.indices.data as Int32Array;
  const x = a.data.data as Float64Array;
  for (let j = 0; j < n; j++) for (let p = ip[j]!; p < ip[j + 1]!; p++) out[ii[p]! * n + j]! += x[p]!;
  return out;
}

/** max |A·x − b| / (‖A‖∞‖x‖∞ + ‖b‖∞) for x, b of shape [n] or [n, k]. */
function relResidual(a: CscMatrix, x: NDArray, b: NDArray): number {
  const n = a.shape[0];
  const k = x.ndim === 1 ? 1 : x.shape[1]!;
  const ip = a.indptr.data as Int32Array;
  const ii = a.indices.data as Int32Array;
  const ax = a.data.data as Float64Array;
  const xf = (x.toArray() as number[] | number[][]).flat();
  const bf = (b.toArray() as number[] | number[][]).flat();
  let worst = 0;
  for (let c = 0; c < k; c++) {
    const r = new Float64Array(n);
    let anorm = 0;
    const rows = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      for (let p = ip[j]!; p < ip[j + 1]!; p++) {
        r[ii[p]!]! += ax[p]! * xf[j * k + c]!;
        rows[ii[p]!]! += Math.abs(ax[p]!);
      }
    }
    for (let i = 0; i < n; i++) anorm = Math.max(anorm, rows[i]!);
    let rn = 0;
    let xn = 0;
    let bn = 0;
    for (let i = 0; i < n; i++) {
      rn = Math.max(rn, Math.abs(r[i]! - bf[i * k + c]!));
      xn = Math.max(xn, Math.abs(xf[i * k + c]!));
      bn = Math.max(bn, Math.abs(bf[i * k + c]!));
    }
    worst = Math.max(worst, rn / (anorm * xn + bn || 1));
  }
  return worst;
}

/** The tolerance against SciPy's x: both are backward stable, so the forward error scales with cond(A). */
const rtolFor = (cond: number): number => Math.max(1e-12, Math.min(1e-4, 1e-14 * cond));

describe('spsolve and splu against SciPy', () => {
  for (const c of byKind('solve')) {
    it(`spsolve(A, b, {permcSpec: '${c.permcSpec}'}) matches SciPy: ${c.name}`, () => {
      const A = matrix(c.A);
      const b = decode(c.b);
      const x = spsolve(A, b, { permcSpec: c.permcSpec });
      expect(relResidual(A, x, b)).toBeLessThan(1e-14);
      expectClose(x, decode(c.x), { rtol: rtolFor(c.cond), atol: 1e-14 * rtolFor(c.cond) * 1e2 }, c.name);
    });
    it(`splu(A).solve(b, 'T') matches SciPy and Pr·A·Pc = L·U: ${c.name}`, () => {
      const A = matrix(c.A);
      const lu = splu(A, c.permcSpec);
      const n = A.shape[0];
      expectClose(lu.solve(decode(c.b), 'T'), decode(c.xT), { rtol: rtolFor(c.cond), atol: 1e-12 }, c.name);
      expectClose(lu.solve(decode(c.b), 'H'), decode(c.xT), { rtol: rtolFor(c.cond), atol: 1e-12 }, c.name);
      const L = dense(lu.L);
      const U = dense(lu.U);
      const a = dense(A);
      const pr = lu.permR.toArray() as number[];
      const pc = lu.permC.toArray() as number[];
      let scale = 0;
      for (const v of a) scale = Math.max(scale, Math.abs(v));
      let shapeOk = true;
      for (let i = 0; i < n; i++) {
        if (L[i * n + i] !== 1) shapeOk = false;
        for (let j = i + 1; j < n; j++) if (L[i * n + j] !== 0) shapeOk = false;
        for (let j = 0; j < i; j++) if (U[i * n + j] !== 0) shapeOk = false;
      }
      expect(shapeOk, 'L unit lower, U upper triangular').toBe(true);
      // (Pr A Pc)[pr[i], pc[j]] = A[i, j]
      let worst = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          const r = pr[i]!;
          const col = pc[j]!;
          for (let t = 0; t <= Math.min(r, col); t++) s += L[r * n + t]! * U[t * n + col]!;
          worst = Math.max(worst, Math.abs(s - a[i * n + j]!));
        }
      }
      expect(worst).toBeLessThanOrEqual(1e-13 * scale * n);
      expect(lu.nnz).toBe(lu.L.nnz + lu.U.nnz);
    });
  }

  it('a CSR matrix, a COO matrix and a dense nested array give the same x as the CSC matrix', () => {
    const c = byKind('solve')[0]!;
    const A = matrix(c.A);
    const b = decode(c.b);
    const want = spsolve(A, b);
    expectClose(spsolve(A.tocsr(), b), want, { ulps: 0 }, 'csr');
    expectClose(spsolve(A.tocoo(), b), want, { ulps: 0 }, 'coo');
    expectClose(spsolve(A.toDense().toArray() as number[][], b), want, { ulps: 0 }, 'dense');
  });

  it('float32 and int32 inputs are promoted to float64 (SciPy upcasts for SuperLU)', () => {
    const A = [
      [4, 1, 0],
      [1, 3, 1],
      [0, 1, 2],
    ];
    const x = spsolve(array(A, 'float32'), array([1, 2, 3], 'int32'));
    expect(x.dtype).toBe('float64');
    expectClose(x, array([2 / 9, 1 / 9, 13 / 9]), { rtol: 1e-15 }, 'x');
  });

  it('spsolve(A, b) with b of shape [n, 1] gives x of shape [n] (SciPy flattens a single column)', () => {
    const c = cases.find((k) => k.name === 'right-hand side of shape [n, 1]')!;
    const x = spsolve(matrix(c.A), decode(c.b));
    expect(x.shape).toEqual([10]);
    expectClose(x, decode(c.x), { rtol: 1e-12 }, 'x');
    expect(splu(matrix(c.A)).solve(decode(c.b)).shape).toEqual([10, 1]);
  });

  it("spsolve(A, B) with a sparse B gives a sparse X in A's format", () => {
    const c = byKind('sparseRhs')[0]!;
    const A = matrix(c.A);
    const B = matrix(c.B);
    const X = spsolve(A, B);
    expect(isSparse(X)).toBe(true);
    expect(X.format).toBe('csc');
    expectClose(X.toDense(), decode(c.X), { rtol: 1e-12, atol: 1e-15 }, 'X');
    const Xr = spsolve(A.tocsr(), B);
    expect(Xr.format).toBe('csr');
    expectClose(Xr.toDense(), decode(c.X), { rtol: 1e-12, atol: 1e-15 }, 'X csr');
  });

  it('factorized(A) solves with several right-hand sides and with trans', () => {
    const c = cases.find((k) => k.name.startsWith('several right-hand sides'))!;
    const solve = factorized(matrix(c.A));
    expectClose(solve(decode(c.b)), decode(c.x), { rtol: 1e-11 }, 'x');
    expectClose(solve(decode(c.b), 'T'), decode(c.xT), { rtol: 1e-11 }, 'xT');
  });

  it('a singular matrix: splu throws LinAlgError "Factor is exactly singular", spsolve "Matrix is exactly singular" (SciPy warns and returns NaN)', () => {
    for (const c of byKind('singular')) {
      const A = matrix(c.A);
      expect(() => splu(A)).toThrow(LinAlgError);
      expect(() => splu(A)).toThrow(/splu: Factor is exactly singular/);
      expect(() => spsolve(A, [1, 1, 1])).toThrow(/spsolve: Matrix is exactly singular/);
      expect(() => factorized(A)).toThrow(LinAlgError);
    }
  });

  it("a rectangular matrix is a ValueError with SciPy's message", () => {
    const A = cscMatrix([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(() => spsolve(A, [1, 2])).toThrow(ValueError);
    expect(() => spsolve(A, [1, 2])).toThrow('spsolve: matrix must be square (has shape (2, 3))');
    expect(() => splu(A)).toThrow('splu: matrix must be square (has shape (2, 3))');
    expect(() => spcholesky(A)).toThrow(ValueError);
  });

  it('b with the wrong number of rows is a ShapeError naming both shapes', () => {
    expect(() =>
      spsolve(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 2, 3],
      ),
    ).toThrow(ShapeError);
    expect(() =>
      spsolve(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 2, 3],
      ),
    ).toThrow('b has shape [3]');
    expect(() =>
      splu([
        [1, 0],
        [0, 1],
      ]).solve([[1], [2], [3]]),
    ).toThrow(ShapeError);
  });

  it('the empty 0×0 system: splu factors it, spsolve returns an empty x', () => {
    const A = cscMatrix({ data: [], indices: [], indptr: [0] }, { shape: [0, 0] });
    expect(spsolve(A, []).shape).toEqual([0]);
    const lu = splu(A);
    expect(lu.shape).toEqual([0, 0]);
    expect(lu.nnz).toBe(0);
    expect(lu.solve([]).shape).toEqual([0]);
    expect(spcholesky(A).solve([]).shape).toEqual([0]);
  });
});

describe('spsolveTriangular against SciPy', () => {
  for (const c of byKind('triangular')) {
    it(`spsolveTriangular(A, b, {lower: ${c.lower}}): ${c.name}`, () => {
      const A = matrix(c.A);
      expectClose(
        spsolveTriangular(A, decode(c.b), { lower: c.lower }),
        decode(c.x),
        { rtol: 1e-10, atol: 1e-12 },
        'x',
      );
      expectClose(
        spsolveTriangular(A.tocsr(), decode(c.b), c.lower),
        decode(c.x),
        { rtol: 1e-10, atol: 1e-12 },
        'x csr',
      );
      expectClose(
        spsolveTriangular(A, decode(c.b), { lower: c.lower, unitDiagonal: true }),
        decode(c.xUnit),
        { rtol: 1e-10, atol: 1e-12 },
        'unit',
      );
    });
  }
  it("a zero on the diagonal is a LinAlgError with SciPy's message", () => {
    expect(() =>
      spsolveTriangular(
        [
          [0, 0],
          [1, 4],
        ],
        [1, 1],
      ),
    ).toThrow(/A is singular: zero entry on diagonal/);
    expect(() =>
      spsolveTriangular(
        [
          [0, 0],
          [1, 4],
        ],
        [1, 1],
      ),
    ).toThrow(LinAlgError);
  });
});

describe('spcholesky', () => {
  for (const c of byKind('cholesky')) {
    it(`spcholesky(A).solve(b) and logdet() match SciPy: ${c.name}`, () => {
      const A = matrix(c.A);
      const f = spcholesky(A);
      const b = decode(c.b);
      expectClose(f.solve(b), decode(c.x), { rtol: 1e-10, atol: 1e-13 }, 'x');
      expect(relResidual(A, f.solve(b), b)).toBeLessThan(1e-14);
      expectClose(f.logdet(), c.logdet, { rtol: 1e-12 }, 'logdet');
      // L·Lᵀ = A[perm][:, perm]
      const n = A.shape[0];
      const L = dense(f.L);
      const a = dense(A);
      const perm = f.perm.toArray() as number[];
      let worst = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
          let s = 0;
          for (let t = 0; t <= j; t++) s += L[i * n + t]! * L[j * n + t]!;
          worst = Math.max(worst, Math.abs(s - a[perm[i]! * n + perm[j]!]!));
        }
      }
      expect(worst).toBeLessThan(1e-12 * n);
      expect(f.nnz).toBe(f.L.nnz);
      expect(spcholesky(A, 'natural').nnz).toBeGreaterThanOrEqual(f.nnz);
      // The simplicial factorisation gives the same factor.
      const g = spcholesky(A, { supernodal: false });
      expectClose(g.L.toDense(), f.L.toDense(), { rtol: 1e-12, atol: 1e-14 }, 'simplicial L');
      expectClose(g.solve(b), decode(c.x), { rtol: 1e-10, atol: 1e-13 }, 'simplicial x');
    });
  }
  it('a matrix that is not positive definite: NotPositiveDefiniteError naming the column', () => {
    const A = [
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, -3],
    ];
    let err: unknown;
    try {
      spcholesky(A, { ordering: 'natural' });
    } catch (e) {
      err = e;
    }
    expect(() => spcholesky(A, { ordering: 'natural', supernodal: false })).toThrow(/pivot of column 2/);
    expect(err).toBeInstanceOf(NotPositiveDefiniteError);
    expect(err).toBeInstanceOf(LinAlgError);
    expect((err as InstanceType<typeof NotPositiveDefiniteError>).column).toBe(2);
    expect(String((err as Error).message)).toMatch(
      /spcholesky: Matrix is not positive definite: the pivot of column 2/,
    );
  });
});

describe('larger systems (residual checks)', () => {
  function poisson(m: number): CscMatrix {
    const n = m * m;
    const indptr = new Int32Array(n + 1);
    const idx: number[] = [];
    const val: number[] = [];
    for (let j = 0; j < n; j++) {
      const r = Math.floor(j / m);
      const c = j % m;
      const add = (i: number, v: number): void => {
        idx.push(i);
        val.push(v);
      };
      if (r > 0) add(j - m, -1);
      if (c > 0) add(j - 1, -1);
      add(j, 4);
      if (c < m - 1) add(j + 1, -1);
      if (r < m - 1) add(j + m, -1);
      indptr[j + 1] = idx.length;
    }
    return cscMatrix({ data: val, indices: idx, indptr: Array.from(indptr) }, { shape: [n, n] });
  }
  it('spsolve on the 2-D Poisson 60×60 grid (n = 3600) for every permcSpec: residual below 1e-14, fill below natural order', () => {
    const A = poisson(60);
    const b = array(Array.from({ length: 3600 }, (_, i) => Math.sin(i)));
    const fill: Record<string, number> = {};
    for (const spec of ['COLAMD', 'MMD_AT_PLUS_A', 'MMD_ATA', 'NATURAL'] as const) {
      const lu = splu(A, { permcSpec: spec });
      fill[spec] = lu.nnz;
      expect(relResidual(A, lu.solve(b), b)).toBeLessThan(1e-14);
    }
    expect(fill.MMD_AT_PLUS_A!).toBeLessThan(fill.NATURAL! / 2);
    expect(fill.COLAMD!).toBeLessThan(fill.NATURAL! / 2);
    const f = spcholesky(A);
    expect(relResidual(A, f.solve(b), b)).toBeLessThan(1e-14);
    const g = spcholesky(A, { supernodal: false });
    expect(g.nnz).toBe(f.nnz);
    expectClose(g.solve(b), f.solve(b), { rtol: 1e-11, atol: 1e-12 }, 'simplicial vs supernodal');
    expect(2 * f.nnz - 3600).toBeLessThanOrEqual(fill.MMD_AT_PLUS_A! * 1.2);
  });
  it('an arrowhead matrix (one dense row and column, n = 3000): the dense row and column are ordered last, fill stays linear', () => {
    const n = 3000;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    for (let i = 0; i < n; i++) {
      rows.push(i);
      cols.push(i);
      vals.push(n + i);
      if (i > 0) {
        rows.push(0, i);
        cols.push(i, 0);
        vals.push(1, 1 - i / n);
      }
      if (i > 1) {
        rows.push(i);
        cols.push(i - 1);
        vals.push(0.5);
      }
    }
    const A = cooMatrix({ data: vals, row: rows, col: cols }, { shape: [n, n] }).tocsc();
    const b = array(Array.from({ length: n }, (_, i) => 1 + (i % 7)));
    for (const spec of ['COLAMD', 'MMD_ATA', 'MMD_AT_PLUS_A'] as const) {
      const lu = splu(A, spec);
      expect(lu.nnz, spec).toBeLessThan(8 * n);
      expect(relResidual(A, lu.solve(b), b), spec).toBeLessThan(1e-14);
      expect(lu.permC.toArray() as number[], spec).toContain(n - 1);
      expect((lu.permC.toArray() as number[])[0], spec).toBe(n - 1);
    }
  });
  it('a nonsymmetric pattern with a structurally zero diagonal (n = 800) solves with every ordering', () => {
    const n = 800;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < n; i++) {
      // a cyclic shift carries the weight: the diagonal itself is empty
      rows.push(i);
      cols.push((i + 1) % n);
      vals.push(4 + rand());
      for (let t = 0; t < 3; t++) {
        rows.push(i);
        cols.push(Math.floor(rand() * n));
        vals.push(rand() - 0.5);
      }
    }
    const A = cooMatrix({ data: vals, row: rows, col: cols }, { shape: [n, n] }).tocsc();
    const b = array(Array.from({ length: n }, (_, i) => Math.sin(i)));
    for (const spec of ['COLAMD', 'MMD_ATA', 'MMD_AT_PLUS_A', 'NATURAL'] as const) {
      const x = spsolve(A, b, spec);
      expect(relResidual(A, x, b), spec).toBeLessThan(1e-13);
    }
  });
  it('splu of the 1-D Laplacian with n = 1e5 (the shift-invert case of eigsh) keeps L and U bidiagonal', () => {
    const n = 100000;
    const indptr = new Int32Array(n + 1);
    const idx: number[] = [];
    const val: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        idx.push(j - 1);
        val.push(-1);
      }
      idx.push(j);
      val.push(2);
      if (j < n - 1) {
        idx.push(j + 1);
        val.push(-1);
      }
      indptr[j + 1] = idx.length;
    }
    const A = cscMatrix({ data: val, indices: idx, indptr: Array.from(indptr) }, { shape: [n, n] });
    const lu = splu(A);
    expect(lu.nnz).toBeLessThanOrEqual(4 * n);
    const b = array(Array.from({ length: n }, (_, i) => Math.cos(i)));
    expect(relResidual(A, lu.solve(b), b)).toBeLessThan(1e-14);
  });
});
