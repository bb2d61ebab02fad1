import * as ndarray from '@stride/ndarray';
import * as linalg from '@stride/linalg';
import * as plot from '@stride/plot';
import * as special from '@stride/special';
import * as sparse from '@stride/sparse';
import * as signal from '@stride/signal';
import * as stats from '@stride/stats';
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

describe('stride umbrella', () => {
  it('re-exports every @stride/ndarray export at top level, as the same objects', () => {
    for (const [name, value] of Object.entries(ndarray)) {
      expect((st as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it('st.linalg, st.plot, st.special, st.stats, st.signal and st.sparse are their packages', () => {
    const namespaces = { linalg, plot, special, stats, signal, sparse } as Record<string, Record<string, unknown>>;
    for (const [ns, pkg] of Object.entries(namespaces)) {
      const mine = (st as unknown as Record<string, Record<string, unknown>>)[ns] as Record<string, unknown>;
      expect(Object.keys(mine).sort(), ns).toEqual(Object.keys(pkg).sort());
      for (const [name, value] of Object.entries(pkg)) expect(mine[name], `${ns}.${name}`).toBe(value);
    }
  });

  it('st.special.gamma(5) is 24 and st.plot draws an SVG', () => {
    expect(st.special.gamma(5)).toBeCloseTo(24, 12);
    const { fig, ax } = st.plot.subplots();
    ax.plot([0, 1, 2], [0, 1, 4]);
    expect(fig.toSVG()).toMatch(/^<svg/);
  });

  it('st.linalg.det(st.array([[4, 1], [2, 3]])) is 10', () => {
    expect(
      st.linalg.det(
        st.array([
          [4, 1],
          [2, 3],
        ]),
      ),
    ).toBeCloseTo(10, 12);
  });

  it('st.sparse solves a tridiagonal system and st.sparse.linalg.eigsh finds its smallest eigenvalue', () => {
    const n = 50;
    const A = st.sparse.diags([-1, 2, -1], [-1, 0, 1], { shape: [n, n], format: 'csc' });
    const x = st.sparse.linalg.spsolve(A, st.ones(n));
    expect(Number(st.max(st.abs(st.subtract(A.dot(x), 1))))).toBeLessThan(1e-10);
    const w = st.sparse.linalg.eigsh(A, { k: 1, sigma: 0, returnEigenvectors: false });
    expect(Number(w.get(0))).toBeCloseTo(2 - 2 * Math.cos(Math.PI / (n + 1)), 10);
  });
});
