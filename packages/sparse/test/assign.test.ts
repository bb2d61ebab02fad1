/**
 * Assignment into sparse matrices against SciPy 1.17 (scripts/gen-assign.py): A.set(i, j, v) is
 * SciPy's A[i, j] = v on CSR and CSC — overwrite, sorted insertion, explicit zeros, negative
 * indices, duplicates summed first — with SciPy's nnz, indices and indptr after each step; COO's
 * set (an addition) and the typed errors.
 */
import { readFileSync } from 'node:fs';
import { type NDArray, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { type CompressedMatrix, cooMatrix, csrMatrix } from '../src/index.js';

interface Step {
  dense: Enc;
  nnz: number;
  indices: Enc;
  indptr: Enc;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/assign.json', import.meta.url), 'utf8')) as {
  data: Enc;
  indices: Enc;
  indptr: Enc;
  steps: [number, number, number][];
  csr: Step[];
  csc: Step[];
  complex: Enc;
};
const exact = { atol: 0 };

describe('A.set(i, j, v) is SciPy’s A[i, j] = v', () => {
  for (const fmt of ['csr', 'csc'] as const) {
    it(`${fmt}: overwrite, sorted insertion, explicit zero, negative indices, duplicates summed first`, () => {
      const base = csrMatrix(
        { data: decode(fx.data), indices: decode(fx.indices), indptr: decode(fx.indptr) },
        { shape: [3, 4] },
      );
      const a: CompressedMatrix = fmt === 'csr' ? base : base.tocsc();
      fx.steps.forEach(([i, j, v], s) => {
        a.set(i, j, v);
        const want = fx[fmt][s]!;
        expectClose(a.toDense(), decode(want.dense), exact);
        expect(a.nnz).toBe(want.nnz);
        expect(a.indices.toArray()).toEqual(decode(want.indices).toArray());
        expect(a.indptr.toArray()).toEqual(decode(want.indptr).toArray());
      });
    });
  }

  it('a complex value into a complex matrix; into a real one it is a DTypeError', () => {
    const c = csrMatrix([
      [{ re: 1, im: 1 }, 0],
      [0, 2],
    ]);
    c.set(1, 0, { re: 3, im: -2 });
    expectClose(c.toDense(), decode(fx.complex), exact);
    expect(() => csrMatrix([[1, 0]]).set(0, 1, { re: 0, im: 1 })).toThrow(/set: cannot store the complex value/);
  });

  it('an index out of range is an IndexError; a non-integer index an ArgumentError', () => {
    const a = csrMatrix([
      [1, 0],
      [0, 2],
    ]);
    expect(() => a.set(2, 0, 1)).toThrow(/set: index \(2\) out of range/);
    expect(() => a.set(0, -3, 1)).toThrow(/set: index \(-3\) out of range/);
    expect(() => a.set(0.5, 0, 1)).toThrow(/set: i must be an integer/);
    expect(() => a.set(0, 0, 'x' as never)).toThrow(/set: v must be/);
  });

  it('COO (an addition): the entries at (i, j) are replaced by one', () => {
    const a = cooMatrix({ data: [1, 2, 3], row: [0, 0, 1], col: [1, 1, 0] }, { shape: [2, 2] });
    a.set(0, 1, 4);
    a.set(1, 1, 5);
    expect(a.nnz).toBe(3);
    expectClose(
      a.toDense(),
      asarray([
        [0, 4],
        [3, 5],
      ]) as NDArray,
      exact,
    );
  });
});

describe('int64 index arrays', () => {
  it('BigInt64Array / int64 indices and indptr are accepted (stored as int32 after a range check)', () => {
    const a = csrMatrix(
      { data: [1, 2, 3], indices: BigInt64Array.from([0n, 2n, 1n]), indptr: BigInt64Array.from([0n, 2n, 3n]) },
      { shape: [2, 3] },
    );
    expect(a.indices.dtype).toBe('int32');
    expect(a.toDense().toArray()).toEqual([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    const b = cooMatrix({
      data: [1, 2],
      row: asarray([0, 1], { dtype: 'int64' }),
      col: asarray([1, 0], { dtype: 'int64' }),
    });
    expect(b.toDense().toArray()).toEqual([
      [0, 1],
      [2, 0],
    ]);
    expect(() => csrMatrix({ data: [1], indices: BigInt64Array.from([2n ** 40n]), indptr: [0, 1] })).toThrow(
      /csrMatrix: indices value 1099511627776 does not fit in int32/,
    );
  });
});
