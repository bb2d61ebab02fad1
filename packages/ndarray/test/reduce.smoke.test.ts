import { describe, expect, it } from 'vitest';
import { array, arange, NDArray } from '../src/index.js';
import { sum, nansum } from '../src/reduce/sum.js';

describe('smoke', () => {
  it('sum', () => {
    expect(sum([[1.5, 2], [3, 4]])).toBe(10.5);
    const s0 = sum([[1, 2], [3, 4]], { axis: 0 });
    expect(s0.dtype).toBe('int64');
    expect(s0.toArray()).toEqual([4n, 6n]);
    expect(sum([[1, 2], [3, 4]], { axis: 1 }).toArray()).toEqual([3n, 7n]);
    expect(sum(array([[1, 2], [3, 4]]).T, { axis: 1 }).toArray()).toEqual([4n, 6n]);
    expect(sum([1, 2, 3], { dtype: 'float64' })).toBe(6);
    expect(nansum([1, NaN, 3])).toBe(4);
    expect(sum(array([200, 100], { dtype: 'uint8' }), { dtype: 'int8' })).toBe(44);
    expect(sum(array([-1n, 5n], { dtype: 'int64' }))).toBe(4n);
    expect(sum(array([2n ** 62n, 2n ** 62n, 2n ** 62n], { dtype: 'int64' }))).toBe(-(2n ** 62n));
    expect(sum(array([{ re: 1, im: 2 }, { re: 3, im: 4 }]))).toEqual({ re: 4, im: 6 });
    const big = new Int32Array(5_000_000).fill(2147483647);
    expect(sum(big)).toBe(5_000_000n * 2147483647n);
  });
});
