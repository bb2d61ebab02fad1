// Filters against SciPy 1.17 fixtures (scripts/gen-filter.py): lfilter, sosfilt, filtfilt,
// sosfiltfilt and their initial states, convolution and the smoothing tools, on N-d inputs
// along each axis, with zi, float32, complex, empty, length-1 and NaN inputs.
import { describe, expect, it } from 'vitest';
import * as signal from '../src/index.js';
import { runCases } from './filter-cases.js';

runCases('filter.json', 'filters against SciPy');

describe('filters: edge cases', () => {
  it('lfilter([1], [1, 0.5], [1, 2, 3]) computes integer input in float64', () => {
    expect(signal.lfilter([1], [1, 0.5], [1, 2, 3]).dtype).toBe('float64');
  });
  it('lfilter([1, 2], [0, 1], x) is a ValueError (a[0] = 0)', () => {
    expect(() => signal.lfilter([1, 2], [0, 1], [1, 2, 3])).toThrow(/a\[0\]/);
  });
  it('lfilter([], [1], x) names b', () => {
    expect(() => signal.lfilter([], [1], [1, 2])).toThrow(/lfilter: b must be a non-empty 1-D array/);
  });
  it('lfilter([1, 1], [1], [1, 2], {zi: [1, 2]}) names the expected zi shape', () => {
    expect(() => signal.lfilter([1, 1], [1], [1, 2], { zi: [1, 2] })).toThrow(/expected \[1\], found \[2\]/);
  });
  it('lfilter(b, a, 5) is a ValueError (0-d x)', () => {
    expect(() => signal.lfilter([1], [1], 5)).toThrow(/at least 1-D/);
  });
  it('sosfilt(sos, []) is empty', () => {
    expect(signal.sosfilt([[1, 0, 0, 1, 0, 0]], []).shape).toEqual([0]);
  });
  it('sosfilt with sos[:, 3] != 1 is a ValueError', () => {
    expect(() => signal.sosfilt([[1, 0, 0, 2, 0, 0]], [1, 2])).toThrow(/sos\[:, 3\] should be all ones/);
  });
  it('filtfilt on a signal not longer than padlen names padlen', () => {
    expect(() => signal.filtfilt([1, 1], [1, -0.5], [1, 2, 3])).toThrow(/greater than padlen, which is 6/);
  });
  it('sosfiltfilt on a signal not longer than padlen names padlen', () => {
    expect(() => signal.sosfiltfilt([[1, 1, 0, 1, -0.5, 0]], [1, 2, 3])).toThrow(/padlen/);
  });
  it('lfilter with NaN propagates from the NaN on (IIR)', () => {
    const y = signal.lfilter([1], [1, -0.5], [1, Number.NaN, 1]).toArray() as number[];
    expect(y[0]).toBe(1);
    expect(Number.isNaN(y[1] as number) && Number.isNaN(y[2] as number)).toBe(true);
  });
});

describe('lfilter: unrolled kernels (orders 1..8) agree with the reference recursion', () => {
  for (let k = 1; k <= 10; k++) {
    it(`lfilter of order ${k} matches direct form II transposed bit for bit`, () => {
      const b = Array.from({ length: k + 1 }, (_, i) => 1 / (i + 2));
      const a = [1, ...Array.from({ length: k }, (_, i) => ((-1) ** i * 0.3) / (i + 1))];
      const x = Array.from({ length: 50 }, (_, i) => Math.sin(i * 0.7) + (i % 3));
      const z = new Array<number>(k).fill(0);
      const want = x.map((xn) => {
        const yn = (z[0] as number) + (b[0] as number) * xn;
        for (let j = 1; j < k; j++) z[j - 1] = (z[j] as number) + xn * (b[j] as number) - yn * (a[j] as number);
        z[k - 1] = xn * (b[k] as number) - yn * (a[k] as number);
        return yn;
      });
      expect(signal.lfilter(b, a, x).toArray()).toEqual(want);
    });
  }
});
