// Tick placement against matplotlib 3.6's MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(a, b)
// (values printed by Debian's python3-matplotlib; compared to 12 digits).
import { describe, expect, it } from 'vitest';
import { subplots } from '../src/index.js';
import { dateLabels, maxNLocator } from '../src/scale.js';

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
      got.forEach((v, i) => {
        expect(v).toBeCloseTo(want[i] as number, 12 - Math.max(0, Math.log10(Math.abs(v) || 1)));
      });
    });
  }
  it('a degenerate interval still gets ticks, reversed limits the same as ordered', () => {
    expect(maxNLocator(5, 5, 4).length).toBeGreaterThanOrEqual(2);
    expect(maxNLocator(10, 0, 4)).toEqual(maxNLocator(0, 10, 4));
  });
});

describe('time scale', () => {
  it('Dates as x switch the axis to calendar ticks with ISO labels', () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const t0 = Date.UTC(2024, 0, 1);
    ax.plot(
      Array.from({ length: 10 }, (_, i) => new Date(t0 + i * 864e5)),
      Array.from({ length: 10 }, (_, i) => i),
    );
    const L = fig.currentLayout().get(ax)!;
    expect(L.t.x.name).toBe('time');
    const labels = L.xticks.map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(l).toMatch(/^2024-01-(0[1-9]|10)$/);
    // the tick values are whole days (UTC midnight)
    for (const t of L.xticks) expect(t.value % 864e5).toBe(0);
  });

  it('dateLabels shortens to what the step resolves', () => {
    expect(dateLabels([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)])).toEqual(['2020', '2021']);
    expect(dateLabels([Date.UTC(2020, 0, 1), Date.UTC(2020, 1, 1)])).toEqual(['2020-01', '2020-02']);
    expect(dateLabels([Date.UTC(2020, 0, 1, 0, 0, 10), Date.UTC(2020, 0, 1, 0, 0, 20)])).toEqual([
      '00:00:10',
      '00:00:20',
    ]);
  });

  it("setXscale('time') is accepted and unknown scales list it", () => {
    const { ax } = subplots();
    expect(() => ax.setXscale('time')).not.toThrow();
    expect(() => ax.setXscale('days' as never)).toThrow(/time/);
  });
});
