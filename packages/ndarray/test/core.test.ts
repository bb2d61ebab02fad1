import { describe, expect, it } from 'vitest';
import {
  NDArray,
  arange,
  array,
  astype,
  diag,
  eye,
  full,
  linspace,
  meshgrid,
  promoteTypes,
  resultType,
  tril,
  zeros,
} from '../src/index.js';

describe('core', () => {
  it('array([[1, 2], [3, 4]]) infers int32 and shape', () => {
    const a = array([
      [1, 2],
      [3, 4],
    ]);
    expect(a.dtype).toBe('int32');
    expect(a.shape).toEqual([2, 2]);
    expect(a.T.toArray()).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
  it('promotion follows NumPy 2', () => {
    expect(promoteTypes('int8', 'uint8')).toBe('int16');
    expect(promoteTypes('uint64', 'int8')).toBe('float64');
    expect(promoteTypes('int16', 'float32')).toBe('float32');
    expect(promoteTypes('complex64', 'float64')).toBe('complex128');
    expect(resultType(['int8'], ['int'])).toBe('int8');
    expect(resultType(['float32'], ['float'])).toBe('float32');
    expect(resultType(['bool'], ['float'])).toBe('float64');
  });
  it('creation', () => {
    expect(arange(5).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(linspace(0, 1, 5).toArray()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(eye(2, 3, { k: 1 }).toArray()).toEqual([
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(
      diag([
        [1, 2],
        [3, 4],
      ]).toArray(),
    ).toEqual([1, 4]);
    expect(diag([1, 2], -1).toArray()).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 2, 0],
    ]);
    expect(
      tril([
        [1, 2],
        [3, 4],
      ]).toArray(),
    ).toEqual([
      [1, 0],
      [3, 4],
    ]);
    expect(full([2], 7n).dtype).toBe('int64');
    const [X, Y] = meshgrid([1, 2, 3], [4, 5]);
    expect(X!.toArray()).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(Y!.toArray()).toEqual([
      [4, 4, 4],
      [5, 5, 5],
    ]);
    expect(zeros([0, 3]).size).toBe(0);
  });
  it('astype casts like NumPy', () => {
    expect(astype(array([1.7, -1.7]), 'int32').toArray()).toEqual([1, -1]);
    expect(astype(array([300]), 'uint8').toArray()).toEqual([44]);
    expect(astype(array([1, 0]), 'bool').toArray()).toEqual([true, false]);
    expect(astype(array([2]), 'int64').toArray()).toEqual([2n]);
    expect(astype(array([{ re: 1, im: 2 }]), 'float64').toArray()).toEqual([1]);
  });
  it('rejects out-of-bounds layouts', () => {
    expect(() => new NDArray('float64', new Float64Array(3), [4])).toThrow(/reads element 3/);
  });
});
