/**
 * Formats and operations against SciPy 1.17 (scripts/gen-formats.py): conversions and
 * canonicalisation of COO triplets with duplicates, unsorted indices, explicit zeros, negative
 * values, float32/complex/int32 data and empty shapes; products, elementwise operations,
 * reductions, indexing and the constructors.
 */
import { readFileSync } from 'node:fs';
import { asarray, type NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, decodeScalar, type Enc, type EncScalar, expectClose, type Tolerance } from '../../../test/fixtures.js';
import {
  type CompressedMatrix,
  add,
  blockDiag,
  bmat,
  cooMatrix,
  cscMatrix,
  csrMatrix,
  diagonal,
  diags,
  eye,
  hstack,
  index,
  isSparse,
  kron,
  max,
  maximum,
  mean,
  min,
  minimum,
  multiply,
  random,
  scale,
  type SparseMatrix,
  subtract,
  sum,
  vstack,
} from '../src/index.js';

interface Arrays {
  data: Enc;
  indices: Enc;
  indptr: Enc;
}
interface Triplet {
  data: Enc;
  row: Enc;
  col: Enc;
}
interface Case {
  name: string;
  shape: [number, number];
  coo: Triplet;
  raw: Arrays;
  rawSorted: boolean;
  rawCanonical: boolean;
  dense: Enc;
  csr: Arrays;
  csc: Arrays;
  eliminated: Arrays;
  x: Enc;
  Ax: Enc;
  X: Enc;
  AX: Enc;
  AAt: Enc;
  AtA: Enc;
  B: Triplet;
  add: Enc;
  subtract: Enc;
  multiply: Enc;
  subSelfNnz: number;
  rowv: Enc;
  multiplyRow: Enc;
  addDense: Enc;
  scale: Enc;
  sum: EncScalar;
  sum0: Enc;
  sum1: Enc;
  mean?: EncScalar;
  mean0?: Enc;
  diag: Record<string, Enc>;
  max?: EncScalar;
  min?: EncScalar;
  max0?: Enc;
  min1?: Enc;
  maximum?: Enc;
  minimum?: Enc;
  maximum0?: Enc;
  minimum0?: Enc;
  rows1to3?: Enc;
  colsPick?: Enc;
  rowsStep?: Enc;
  pairs?: Enc;
  entry?: EncScalar;
  cscCols?: Enc;
}

const fx = JSON.parse(readFileSync(new URL('./fixtures/formats.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  construct: Record<string, Enc | Triplet>;
};

const exact: Tolerance = { atol: 0 };
const close: Tolerance = { rtol: 1e-12, atol: 1e-12 };

function same(got: NDArray, want: Enc, tol: Tolerance = close): void {
  const w = decode(want);
  expect(got.shape).toEqual(w.shape);
  if (w.size > 0) expectClose(got, w, tol);
}

function dense(m: SparseMatrix | NDArray): NDArray {
  return isSparse(m) ? m.toDense() : m;
}

function sameArrays(m: CompressedMatrix, want: Arrays): void {
  expect(m.indptr.toArray()).toEqual(decode(want.indptr).toArray());
  expect(m.indices.toArray()).toEqual(decode(want.indices).toArray());
  same(m.data, want.data, exact);
}

for (const c of fx.cases) {
  const coo = () =>
    cooMatrix({ data: decode(c.coo.data), row: decode(c.coo.row), col: decode(c.coo.col) }, { shape: c.shape });
  const csr = () => coo().tocsr();
  const tol = c.name.startsWith('float32') ? { rtol: 1e-6, atol: 1e-5 } : close;
  describe(`${c.name}`, () => {
    it('cooMatrix(...).tocsr() / .tocsc() are SciPy’s canonical arrays; toDense sums duplicates', () => {
      sameArrays(csr(), c.csr);
      sameArrays(coo().tocsc(), c.csc);
      same(coo().toDense(), c.dense, exact);
      expect(csr().hasCanonicalFormat).toBe(true);
      expect(coo().dtype).toBe(decode(c.coo.data).dtype);
    });
    it('csrMatrix over unsorted arrays: flags, sumDuplicates, eliminateZeros, tocsc', () => {
      const a = csrMatrix(
        { data: decode(c.raw.data), indices: decode(c.raw.indices), indptr: decode(c.raw.indptr) },
        { shape: c.shape },
      );
      expect(a.hasSortedIndices).toBe(c.rawSorted);
      expect(a.hasCanonicalFormat).toBe(c.rawCanonical);
      same(a.toDense(), c.dense, exact);
      const t = a.tocsc();
      expect(t.hasSortedIndices).toBe(true);
      t.sumDuplicates();
      sameArrays(t, c.csc);
      const b = a.copy();
      b.sumDuplicates();
      sameArrays(b, c.csr);
      b.eliminateZeros();
      sameArrays(b, c.eliminated);
      // the original is untouched by the copy's changes
      same(a.toDense(), c.dense, exact);
      same(a.T.T.toDense(), c.dense, exact);
      same(a.tocoo().toDense(), c.dense, exact);
      same(cscMatrix(a).toDense(), c.dense, exact);
      same(csrMatrix(decode(c.dense)).toDense(), c.dense, exact);
      same(cscMatrix(decode(c.dense)).toDense(), c.dense, exact);
    });
    it('dot: vector, dense matrix, sparse (SpGEMM) in CSR and CSC', () => {
      const a = csrMatrix(
        { data: decode(c.raw.data), indices: decode(c.raw.indices), indptr: decode(c.raw.indptr) },
        { shape: c.shape },
      );
      same(a.dot(decode(c.x)), c.Ax, tol);
      same(a.tocsc().dot(decode(c.x)), c.Ax, tol);
      same(a.tocoo().dot(decode(c.x)), c.Ax, tol);
      same(a.dot(decode(c.X)), c.AX, tol);
      same(a.tocsc().dot(decode(c.X)), c.AX, tol);
      same(a.dot(a.T).toDense(), c.AAt, tol);
      same(a.tocsc().T.dot(a.tocsc()).toDense(), c.AtA, tol);
      expect(a.tocsc().dot(a.T).format).toBe('csc');
    });
    it('add, subtract, multiply, scale, maximum, minimum', () => {
      const a = coo();
      const b = cooMatrix({ data: decode(c.B.data), row: decode(c.B.row), col: decode(c.B.col) }, { shape: c.shape });
      same(dense(add(a, b)), c.add, tol);
      same(dense(subtract(a.tocsc(), b)), c.subtract, tol);
      same(dense(multiply(a, b.tocsr())), c.multiply, tol);
      expect(subtract(a, a).nnz).toBe(c.subSelfNnz);
      same(dense(multiply(a, decode(c.rowv))), c.multiplyRow, tol);
      same(dense(add(a, asarray(1).reshape([1, 1]))), c.addDense, tol);
      same(dense(scale(a, 2.5)), c.scale, tol);
      if (c.maximum) {
        same(dense(maximum(a, b)), c.maximum, tol);
        same(dense(minimum(a.tocsc(), b)), c.minimum as Enc, tol);
        same(dense(maximum(a, 0)), c.maximum0 as Enc, tol);
        same(dense(minimum(a, 0)), c.minimum0 as Enc, tol);
      }
    });
    it('sum, mean, max, min, diagonal', () => {
      const a = coo();
      const s = decodeScalar(c.sum);
      const got = sum(a);
      if (typeof s === 'object') expect(got).toEqual({ re: expect.closeTo(s.re, 9), im: expect.closeTo(s.im, 9) });
      else expect(got as number).toBeCloseTo(s as number, 4);
      same(sum(a, 0), c.sum0, tol);
      same(sum(a.tocsc(), { axis: 1 }), c.sum1, tol);
      same(a.sum(-1), c.sum1, tol);
      if (c.mean !== undefined && typeof decodeScalar(c.mean) === 'number') {
        expect(mean(a) as number).toBeCloseTo(decodeScalar(c.mean) as number, 5);
        same(mean(a.tocsc(), 0), c.mean0 as Enc, tol);
      }
      for (const [k, v] of Object.entries(c.diag)) {
        same(diagonal(a, Number(k)), v, tol);
        same(a.tocsc().diagonal(Number(k)), v, tol);
      }
      if (c.max !== undefined) {
        expect(max(a)).toBeCloseTo(decodeScalar(c.max) as number, 5);
        expect(min(a.tocsc())).toBeCloseTo(decodeScalar(c.min as EncScalar) as number, 5);
        same(max(a, 0), c.max0 as Enc, tol);
        same(min(a.tocsc(), 1), c.min1 as Enc, tol);
      }
    });
    if (c.rows1to3) {
      it('index: slices, integer arrays (repeated), pairs, an entry, CSC columns', () => {
        const a = csr();
        same(dense(index(a, '1:3', null)), c.rows1to3 as Enc, exact);
        same(dense(index(a, ':', [2, 0, 2])), c.colsPick as Enc, exact);
        same(dense(a.index('::-2', '1:')), c.rowsStep as Enc, exact);
        same(index(a, [0, 2, 1], [1, 0, 2]) as unknown as NDArray, c.pairs as Enc, exact);
        const e = index(a, 0, 0);
        const want = decodeScalar(c.entry as EncScalar);
        expect(e).toEqual(want);
        const s = index(a.tocsc(), null, [1, 0]);
        expect(s.format).toBe('csc');
        same(s.toDense(), c.cscCols as Enc, exact);
        same(
          a.getRow(-1).toDense(),
          { ...c.dense, shape: [1, c.shape[1]], data: c.dense.data.slice(-(c.dense.data.length / c.shape[0])) },
          exact,
        );
      });
    }
  });
}

describe('constructors against SciPy', () => {
  const k = fx.construct as Record<string, Enc>;
  const A = csrMatrix(decode(k.A as Enc));
  const B = csrMatrix(decode(k.B as Enc));
  it('eye(3, 4, 1), eye(4, {n: 3, k: -2}), diags', () => {
    same(eye(3, 4, 1).toDense(), k.eye as Enc, exact);
    same(eye(4, { n: 3, k: -2 }).toDense(), k.eyeNeg as Enc, exact);
    same(diags([[1, 2, 3], [4, 5], [6]], [0, 1, -2]).toDense(), k.diags as Enc, exact);
    same(diags([1, -2, 1], [-1, 0, 1], { shape: [4, 5] }).toDense(), k.diagsShape as Enc, exact);
  });
  it('kron, blockDiag, hstack, vstack, bmat', () => {
    same(kron(A, B).toDense(), k.kron as Enc, exact);
    same(blockDiag([A, B]).toDense(), k.blockDiag as Enc, exact);
    same(hstack([A, scale(A, 2)]).toDense(), k.hstack as Enc, exact);
    same(vstack([A, A.scale(3)]).toDense(), k.vstack as Enc, exact);
    expect(vstack([A, A]).format).toBe('csr');
    same(
      bmat([
        [A, null],
        [null, B],
      ]).toDense(),
      k.bmat as Enc,
      exact,
    );
    same(
      bmat([
        [A, A],
        [B.T, null],
      ]).toDense(),
      k.bmat2 as Enc,
      exact,
    );
  });
  it('random(7, 5, {density: 0.3, seed: 7}) draws SciPy’s positions and values', () => {
    const r = random(7, 5, { density: 0.3, seed: 7 }) as unknown as { row: NDArray; col: NDArray; data: NDArray };
    const want = fx.construct.random as Triplet;
    expect(r.row.toArray()).toEqual(decode(want.row).toArray());
    expect(r.col.toArray()).toEqual(decode(want.col).toArray());
    same(r.data, want.data, exact);
  });
});
