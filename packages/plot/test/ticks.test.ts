// Tick placement against matplotlib 3.6's MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(a, b)
// (values printed by Debian's python3-matplotlib; compared to 12 digits).
import { describe, expect, it } from 'vitest';
import { maxNLocator } from '../src/scale.js';

const CASES: [number, number, number, number[]][] = [
  [0, 10, 4, [0, 2.5, 5, 7.5, 10]],
  [0, 1, 9, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  [-3.2, 7.9, 6, [-4, -2, 0, 2, 4, 6, 8]],
  [1e6, 1e6 + 3, 5, [1e6, 1e6 + 1, 1e6 + 2, 1e6 + 3]],
  [0.001, 0.0047, 8, [0.001, 0.0015, 0.002, 0.0025, 0.003, 0.0035, 0.004, 0.0045, 0.005]],
  [-1, 1, 9, [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]],
  [0, 26, 5, [0, 10, 20, 30]],
  [100, 101, 3, [100, 100.5, 101]],
];

describe('maxNLocator (matplotlib steps 1, 2, 2.5, 5, 10)', () => {
  for (const [a, b, n, want] of CASES) {
    it(`[${a}, ${b}] in at most ${n} bins`, () => {
      const got = maxNLocator(a, b, n);
      expect(got.length).toBe(want.length);
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i] as number, 12 - Math.max(0, Math.log10(Math.abs(v) || 1))));
    });
  }
  it('a degenerate interval still gets ticks, reversed limits the same as ordered', () => {
    expect(maxNLocator(5, 5, 4).length).toBeGreaterThanOrEqual(2);
    expect(maxNLocator(10, 0, 4)).toEqual(maxNLocator(0, 10, 4));
  });
});
