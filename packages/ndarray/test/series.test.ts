// Conformance of src/series (convolve, correlate, diff, gradient, interp, trapezoid) against NumPy
// 2.4 fixtures (scripts/gen_sorting_fixtures.py writes them with the sorting suites), plus examples.
import { describe, expect, it } from 'vitest';
import type { NDArray } from '../src/ndarray.js';
import { convolve, correlate, diff, gradient, interp, trapezoid } from '../src/series/index.js';
import { runSuite } from './lane-fixtures.js';

runSuite('series.json');

describe('series: documented examples', () => {
  it('diff / gradient / trapezoid / interp / convolve / correlate', () => {
    expect(diff([1, 2, 4, 7, 0]).toArray()).toEqual([1, 2, 3, -7]);
    expect(diff([1, 2, 4, 7, 0], { n: 2 }).toArray()).toEqual([1, 1, -10]);
    expect((gradient([1, 2, 4, 7, 11, 16]) as NDArray).toArray()).toEqual([1, 1.5, 2.5, 3.5, 4.5, 5]);
    expect((gradient([1, 2, 4, 7, 11, 16], 2) as NDArray).toArray()).toEqual([0.5, 0.75, 1.25, 1.75, 2.25, 2.5]);
    const [gy, gx] = gradient([
      [1, 2, 6],
      [3, 4, 5],
    ]) as NDArray[];
    expect(gy?.toArray()).toEqual([
      [2, 2, -1],
      [2, 2, -1],
    ]);
    expect(gx?.toArray()).toEqual([
      [1, 2.5, 4],
      [1, 1, 1],
    ]);
    expect(trapezoid([1, 2, 3]).item()).toBe(4);
    expect(trapezoid([1, 2, 3], { x: [4, 6, 8] }).item()).toBe(8);
    expect(interp(2.5, [1, 2, 3], [3, 2, 0]).item()).toBe(1);
    expect(interp([0, 1, 1.5, 3.5], [1, 2, 3], [3, 2, 0]).toArray()).toEqual([3, 3, 2.5, 0]);
    expect(convolve([1, 2, 3], [0, 1, 0.5]).toArray()).toEqual([0, 1, 2.5, 4, 1.5]);
    expect(convolve([1, 2, 3], [0, 1, 0.5], { mode: 'same' }).toArray()).toEqual([1, 2.5, 4]);
    expect(convolve([1, 2, 3], [0, 1, 0.5], 'same').toArray()).toEqual([1, 2.5, 4]);
    expect(correlate([1, 2, 3], [0, 1, 0.5]).toArray()).toEqual([3.5]);
    expect(correlate([1, 2, 3], [0, 1, 0.5], 'full').toArray()).toEqual([0.5, 2, 3.5, 3, 0]);
  });
});
