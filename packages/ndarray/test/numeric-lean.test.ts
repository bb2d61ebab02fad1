// The numeric helpers, text I/O and Arrow interop from the lean entry, where NDArray has no method
// sugar: they must call functions, never methods such as a.reshape().
import { makeVector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowArray, fromArrow, toArrow } from '../src/interop/arrow.js';
import {
  type NDArray,
  Polynomial,
  applyAlongAxis,
  array,
  corrcoef,
  cov,
  ediff1d,
  genfromtxt,
  loadtxt,
  poly,
  polyfit,
  polyval,
  roots,
  savetxt,
  sum,
} from '../src/lean.js';

describe('lean entry (no NDArray methods)', () => {
  it('NDArray has no reshape method here', () => {
    expect((array([1]) as unknown as { reshape?: unknown }).reshape).toBeUndefined();
  });
  it('numeric helpers', () => {
    expect(cov([1, 2, 3, 4]).ndim).toBe(0);
    expect(cov([[1, 2, 3]], { rowvar: false }).shape).toEqual([3, 3]);
    expect(corrcoef([1, 2, 3], [1, 2, 4]).shape).toEqual([2, 2]);
    expect(polyval([1, 0], 3)).toBe(3);
    expect(poly(array(2)).toArray()).toEqual([1, -2]);
    expect(roots(array(3)).shape).toEqual([0]);
    expect(polyfit([0, 1, 2], [0, 1, 2], 1).shape).toEqual([2]);
    expect(
      ediff1d([
        [1, 2],
        [4, 8],
      ]).toArray(),
    ).toEqual([1, 2, 4]);
    expect(
      applyAlongAxis((r: NDArray) => sum(r), 0, [
        [1, 2],
        [3, 4],
      ]).shape,
    ).toEqual([2]);
    expect(new Polynomial([1, 2]).add([1]).coef.toArray()).toEqual([2, 2]);
    expect(Polynomial.fit([0, 1, 2], [1, 3, 5], 1).convert().coef.shape).toEqual([2]);
  });
  it('text I/O', () => {
    expect(loadtxt('5\n', { ndmin: 2 }).shape).toEqual([1, 1]);
    expect(loadtxt('1 2\n3 4\n', { unpack: true }).shape).toEqual([2, 2]);
    expect(loadtxt('').shape).toEqual([0]);
    expect(genfromtxt('a b\n1 2\n', { names: true }).b?.toArray()).toEqual([2]);
    expect(genfromtxt('1\n2\n', { ndmin: 2 }).shape).toEqual([2, 1]);
    expect(savetxt([1, 2], '%d')).toBe('1\n2\n');
  });
  it('Arrow interop', () => {
    expect(fromArrow(toArrow(array(7))).toArray()).toEqual([7]);
    expect(
      fromArrow(
        toArrow(
          array([
            [1, 2],
            [3, 4],
          ]).T,
        ),
      ).toArray(),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(sum(arrowArray(makeVector(new Float64Array([1, 2]))))).toBe(3);
  });
});
