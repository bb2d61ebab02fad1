import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ulpDistance } from '../../../test/fixtures.js';
import { PlanCache, factorize, goodSize5, prefersBluestein } from '../src/fft/kernels/plan.js';
import { unitRoot } from '../src/fft/kernels/twiddle.js';

const { roots } = JSON.parse(readFileSync(new URL('./fixtures/twiddle.json', import.meta.url), 'utf8')) as {
  roots: { t: number; n: number; cos: number; sin: number }[];
};

describe('fft kernels', () => {
  it('unitRoot(t, n) is within 2 ulps of mpmath (or 1e-17 absolute near zero) for n up to 2^20 and 1000003', () => {
    const out = new Float64Array(2);
    for (const r of roots) {
      unitRoot(r.t, r.n, out, 0);
      for (const [got, want] of [
        [out[0] as number, r.cos],
        [out[1] as number, r.sin],
      ] as const) {
        const ok = ulpDistance(got, want) <= 2 || Math.abs(got - want) <= 1e-17;
        expect(ok, `unitRoot(${r.t}, ${r.n}) = ${got}, want ${want}`).toBe(true);
      }
    }
  });
  it('unitRoot gives exact values at multiples of π/2 (no rounding residue)', () => {
    const out = new Float64Array(2);
    unitRoot(3, 12, out, 0);
    expect(Math.abs(out[0] as number)).toBe(0);
    expect(out[1]).toBe(1);
    unitRoot(-2, 4, out, 0);
    expect(out[0]).toBe(-1);
    expect(Math.abs(out[1] as number)).toBe(0);
  });
  it('factorize(2^5·3^2·7·1009) is [8, 4, 3, 3, 7, 1009]', () => {
    expect(factorize(32 * 9 * 7 * 1009)).toEqual([8, 4, 3, 3, 7, 1009]);
  });
  it('goodSize5(n) is the smallest 5-smooth number ≥ n', () => {
    expect([1, 7, 11, 97, 193, 1025].map(goodSize5)).toEqual([1, 8, 12, 100, 200, 1080]);
  });
  it('prime lengths above tiny n go through Bluestein; smooth lengths do not', () => {
    expect(prefersBluestein(1009)).toBe(true);
    expect(prefersBluestein(65537)).toBe(true);
    expect(prefersBluestein(31)).toBe(false);
    expect(prefersBluestein(2 ** 20)).toBe(false);
    expect(prefersBluestein(3 ** 6 * 5)).toBe(false);
  });
  it('PlanCache keeps at most its capacity, evicting the least recently used', () => {
    let made = 0;
    const cache = new PlanCache<number>(2, (n) => {
      made++;
      return n;
    });
    cache.get(1);
    cache.get(2);
    cache.get(1);
    cache.get(3); // evicts 2
    expect(cache.size).toBe(2);
    expect(made).toBe(3);
    cache.get(1);
    expect(made).toBe(3);
    cache.get(2);
    expect(made).toBe(4);
  });
});
