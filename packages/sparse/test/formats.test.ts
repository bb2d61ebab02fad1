import { asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { cooMatrix, cscMatrix, csrMatrix, isSparse } from '../src/index.js';

describe('formats smoke', () => {
  it('csrMatrix from arrays', () => {
    const a = csrMatrix({ data: [1, 2, 3], indices: [0, 2, 1], indptr: [0, 2, 3] }, { shape: [2, 3] });
    expect(a.toDense().toArray()).toEqual([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    expect(a.dot([1, 1, 1]).toArray()).toEqual([3, 3]);
    expect(a.tocsc().toDense().toArray()).toEqual([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    expect(a.T.toDense().toArray()).toEqual([
      [1, 0],
      [0, 3],
      [2, 0],
    ]);
    expect(a.tocoo().toDense().toArray()).toEqual([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    const p = a.dot(a.T);
    expect(isSparse(p)).toBe(true);
    expect(p.toDense().toArray()).toEqual([
      [5, 0],
      [0, 9],
    ]);
    const c = cscMatrix([
      [1, 0, 2],
      [0, 3, 0],
    ]);
    expect(c.dot(c.T).toDense().toArray()).toEqual([
      [5, 0],
      [0, 9],
    ]);
    expect(c.dot(asarray([[1], [1], [1]])).toArray()).toEqual([[3], [3]]);
    const o = cooMatrix({ data: [1, 1, 5], row: [0, 0, 2], col: [1, 1, 0] });
    expect(o.shape).toEqual([3, 2]);
    expect(o.tocsr().toDense().toArray()).toEqual([
      [0, 2],
      [0, 0],
      [5, 0],
    ]);
    expect(String(a)).toBe('<2x3 sparse matrix of type int32 with 3 stored elements in Compressed Sparse Row format>');
  });
});
