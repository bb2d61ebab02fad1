// The ndarray heap's allocator under pressure (a small heap, set before first use): random
// allocation and release never hand out overlapping memory, zeros() is zero on reused memory,
// and every byte comes back.
import { expect, test } from 'vitest';
import { type NDArray, configureHeap, full, heapStats, tidy, zeros } from '../src/index.js';

configureHeap({ capacity: 4 << 20 });

const inHeap = (a: NDArray) => a.data.buffer.byteLength >= heapStats().capacity;

/** A small deterministic generator (xorshift32). */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

test('random allocate/dispose: live arrays never overlap, zeros are zero, all memory returns', () => {
  const rnd = prng(12345);
  const live: { a: NDArray; v: number }[] = [];
  let heapCount = 0;
  let fallback = 0;
  for (let step = 0; step < 3000; step++) {
    if (live.length > 0 && (rnd() < 0.45 || live.length > 40)) {
      const k = Math.floor(rnd() * live.length);
      const [gone] = live.splice(k, 1);
      gone?.a.dispose();
    } else {
      const dtype = (['float64', 'float32', 'uint8', 'int16'] as const)[Math.floor(rnd() * 4)] as
        | 'float64'
        | 'float32'
        | 'uint8'
        | 'int16';
      const n = 8192 + Math.floor(rnd() * rnd() * 400_000);
      const z = zeros([n], { dtype });
      const zd = z.data;
      // reused memory must read as zero
      for (const i of [0, n >> 1, n - 1, Math.floor(rnd() * n)]) expect(zd[i]).toBe(0);
      const v = (step % 100) + 1;
      (zd as Uint8Array).fill(v);
      if (inHeap(z)) heapCount++;
      else fallback++;
      live.push({ a: z, v });
    }
    if (step % 50 === 0) {
      for (const { a, v } of live) {
        const d = a.data;
        for (const i of [0, d.length >> 1, d.length - 1]) expect(d[i]).toBe(v);
      }
    }
  }
  for (const { a, v } of live) {
    const d = a.data;
    for (let i = 0; i < d.length; i += 97) expect(d[i]).toBe(v);
    expect(d[d.length - 1]).toBe(v);
  }
  expect(heapCount).toBeGreaterThan(100);
  expect(fallback).toBeGreaterThan(0);
  for (const { a } of live) a.dispose();
  expect(heapStats().bytesInUse).toBe(0);
  expect(heapStats().blocks).toBe(0);
  // after all that churn the heap is one free region again (size classes round up by <= 1/8)
  const big = zeros([Math.floor((heapStats().capacity * 0.85) / 8)]);
  expect(inHeap(big)).toBe(true);
  big.dispose();
});

test('tidy in a loop on a nearly full heap keeps working without fallbacks', () => {
  const hold = full([300_000], 1); // 2.4 MB of the 4 MiB
  const before = heapStats().fallbacks;
  for (let i = 0; i < 50; i++) {
    const s = tidy(() => {
      const a = full([60_000], i);
      const b = full([50_000], 2);
      return (a.index(':50000').get(0) as number) + (b.get(0) as number);
    });
    expect(s).toBe(i + 2);
  }
  expect(heapStats().fallbacks).toBe(before);
  hold.dispose();
  expect(heapStats().bytesInUse).toBe(0);
});
