// One memory: heap arrays reach LAPACK with no copy between memories, and results come back in
// place (their storage is the block LAPACK wrote). `copies` counts every copy into and out of
// LAPACK's working storage.
import {
  type NDArray,
  abs,
  add,
  asarray,
  max,
  multiply,
  matmul as ndMatmul,
  random,
  subtract,
  sum,
  zeros,
} from '@stride/ndarray';
import { runtimeBuffer, runtimeStats } from '@stride/wasm';
import { describe, expect, it } from 'vitest';
import { copies } from '../src/core.js';
import { eigh, inv, matmul, solve, svd } from '../src/index.js';

const rng = random.defaultRng(7);
const heapMatrix = (m: number, n: number): NDArray => {
  const a = zeros([m, n]);
  (a.data as Float64Array).set(rng.random([m, n]).data as Float64Array);
  return a;
};
const counted = <T>(fn: () => T): { r: T; in: number; out: number } => {
  copies.in = 0;
  copies.out = 0;
  const r = fn();
  return { r, in: copies.in, out: copies.out };
};
const maxAbsDiff = (x: NDArray, y: NDArray): number => max(abs(subtract(x, y))) as number;

describe('no copy between memories', () => {
  it('matmul of heap arrays (C order, transposed views) copies nothing and returns a heap array', () => {
    const a = heapMatrix(160, 120);
    const b = heapMatrix(120, 140);
    expect(a.data.buffer).toBe(runtimeBuffer());
    for (const [x, y] of [
      [a, b],
      [a.T.T, b.T.copy().T], // column-major b: read with trans 'T'
      [b.T.copy().T.T.T, b], // any unit-stride layout
    ] as [NDArray, NDArray][]) {
      if (x.shape[1] !== y.shape[0]) continue;
      const { r, in: cin, out } = counted(() => matmul(x, y));
      expect([cin, out]).toEqual([0, 0]);
      expect(r.data.buffer).toBe(runtimeBuffer());
      expect(maxAbsDiff(r, ndMatmul(x.copy(), y.copy(), { dtype: 'float64' }))).toBeLessThan(1e-12);
    }
  });

  it('solve copies a and b once into working storage (as NumPy) and returns x in place', () => {
    const n = 120;
    const a0 = add(
      heapMatrix(n, n),
      multiply(n, asarray(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))))),
    );
    const b0 = heapMatrix(n, 1).reshape([n]);
    const one = counted(() => solve(a0, b0));
    expect([one.in, one.out]).toEqual([2, 0]);
    expect(one.r.data.buffer).toBe(runtimeBuffer());
    expect(maxAbsDiff(matmul(a0, one.r), b0)).toBeLessThan(1e-10);
  });

  it("solve with several right-hand sides transposes LAPACK's x into C order (one copy out)", () => {
    const n = 120;
    const a = add(
      heapMatrix(n, n),
      multiply(n, asarray(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))))),
    );
    const b = heapMatrix(n, 3);
    const { r: x, in: cin, out } = counted(() => solve(a, b));
    expect([cin, out]).toEqual([2, 1]);
    expect(maxAbsDiff(matmul(a, x), b)).toBeLessThan(1e-10);
  });

  it('svd copies a once (?gesdd destroys it) and returns s, u, vh in place, in C order', () => {
    const a = heapMatrix(90, 70);
    const { r, in: cin, out } = counted(() => svd(a, { fullMatrices: false }));
    expect([cin, out]).toEqual([1, 0]);
    for (const part of [r.u, r.s, r.vh]) {
      expect(part.data.buffer).toBe(runtimeBuffer());
      expect(part.strides[part.ndim - 1]).toBe(1);
    }
    const us = multiply(r.u, r.s);
    expect(maxAbsDiff(matmul(us, r.vh), a)).toBeLessThan(1e-12);
  });
});

describe('the heap returns to its baseline without tidy', () => {
  it('10^4 mixed ndarray + linalg calls, results dropped: the collector returns every block', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function') throw new Error('this test needs --expose-gc (vitest.shared.ts passes it)');
    const a = asarray([
      [4, 1, 0],
      [1, 3, 1],
      [0, 1, 2],
    ]);
    const big = heapMatrix(100, 100);
    solve(a, [1, 2, 3]);
    matmul(big, big);
    svd(big);
    const settle = async (): Promise<void> => {
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    await settle();
    const base = runtimeStats().bytesInUse;
    let acc = 0;
    for (let i = 0; i < 10_000; i++) {
      acc += sum(solve(a, [1, 2, i])) as number;
      if (i % 50 === 0) {
        acc += sum(add(matmul(big, big), 1)) as number;
        acc += sum(svd(big, { computeUv: false })) as number;
        acc += sum(eigh(a).w) as number;
        acc += sum(inv(big)) as number;
      }
    }
    expect(Number.isFinite(acc)).toBe(true);
    await settle();
    // (blocks still alive when the baseline was read may have been collected since)
    expect(runtimeStats().bytesInUse).toBeLessThanOrEqual(base);
  });
});
