// Arrays in, arrays out: scalars give numbers, arrays give NDArrays of the broadcast shape, float32
// stays float32 (computed in float64), views and broadcasting corners read the right elements.
import { arange, array, asarray, NDArray, reshape, transpose } from '@stride/ndarray';
import { betainc, erf, gamma, gammainc, kernels, ndtr, xlogy } from '@stride/special';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../test/fixtures.js';

describe('elementwise special functions', () => {
  it('gamma(5) is the number 24', () => {
    expect(gamma(5)).toBe(24);
    expect(typeof gamma(true)).toBe('number');
  });

  it('gamma([1, 2, 3, 4]) is an NDArray float64 [1, 1, 2, 6]', () => {
    const g = gamma([1, 2, 3, 4]);
    expect(g).toBeInstanceOf(NDArray);
    expect(g.dtype).toBe('float64');
    expect(g.toArray()).toEqual([1, 1, 2, 6]);
  });

  it('gammainc(a[:, None], x) broadcasts to [3, 4]', () => {
    const a = array([[0.5], [1], [2]]);
    const x = array([0.1, 1, 2, 10]);
    const r = gammainc(a, x);
    expect(r.shape).toEqual([3, 4]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        expect(r.data[i * 4 + j]).toBe(kernels.gammainc([0.5, 1, 2][i] as number, [0.1, 1, 2, 10][j] as number));
      }
    }
  });

  it('betainc(2, 3, x) with scalar parameters and an array x', () => {
    const r = betainc(2, 3, [0.25, 0.5]);
    expectClose(r, array([kernels.betainc(2, 3, 0.25), 0.6875]), { ulps: 0 });
  });

  it('erf(float32 array) is float32, computed in float64 then rounded', () => {
    const x = new Float32Array([0.1, 0.5, 2]);
    const r = erf(x);
    expect(r.dtype).toBe('float32');
    for (let i = 0; i < 3; i++) expect(r.data[i]).toBe(Math.fround(kernels.erf(x[i] as number)));
  });

  it('gammainc(float32, float64) is float64 and gammainc(float32, number) stays float32', () => {
    const a = new Float32Array([1, 2]);
    expect(gammainc(a, new Float64Array([1, 1])).dtype).toBe('float64');
    expect(gammainc(a, 1).dtype).toBe('float32');
  });

  it('integer and boolean arrays compute in float64', () => {
    expect(gamma(new Int32Array([3, 4])).dtype).toBe('float64');
    expect(ndtr(asarray([true, false])).toArray()).toEqual([ndtr(1), 0.5]);
    expect(gamma(new BigInt64Array([5n])).toArray()).toEqual([24]);
  });

  it('a transposed view and a negative-stride view read the right elements', () => {
    const m = reshape(arange(1, 7, 1, 'float64'), [2, 3]);
    const t = transpose(m);
    const r = gamma(t);
    expect(r.shape).toEqual([3, 2]);
    expect(r.toArray()).toEqual([
      [1, 6],
      [1, 24],
      [2, 120],
    ]);
    const rev = m.index(0, '::-1');
    expect(gamma(rev).toArray()).toEqual([2, 1, 1]);
  });

  it('a 0-d array gives a 0-d NDArray; an empty array gives an empty one', () => {
    const z = gamma(asarray(5));
    expect(z).toBeInstanceOf(NDArray);
    expect(z.shape).toEqual([]);
    expect(z.item()).toBe(24);
    expect(gamma(new Float64Array(0)).shape).toEqual([0]);
    expect(xlogy(new Float64Array(0), [[1], [2]]).shape).toEqual([2, 0]);
  });

  it('NaN, ±Inf and -0 follow SciPy', () => {
    expect(gamma(Number.NaN)).toBeNaN();
    expect(gamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(gamma(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(gamma(-2)).toBeNaN();
    expect(gamma(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(erf(-0)).toBe(-0);
    expect(ndtr(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(ndtr(Number.POSITIVE_INFINITY)).toBe(1);
  });
});
