// A small heap (set before first use): full heaps fall back to ordinary ArrayBuffers with the
// same results, and freed neighbours merge so a larger array fits again.
import { expect, test } from 'vitest';
import { add, configureHeap, heapStats, ones, sum, zeros } from '../src/index.js';

configureHeap({ capacity: 2 << 20 });

const inHeap = (a: { data: ArrayBufferView }) => a.data.buffer.byteLength >= heapStats().capacity;

test('a full heap falls back to ArrayBuffers, with the same results', () => {
  const held = [];
  for (let i = 0; i < 12; i++) held.push(ones([25_000])); // 200 kB each: more than 2 MiB in all
  expect(held.some((a) => !inHeap(a))).toBe(true);
  expect(heapStats().fallbacks).toBeGreaterThan(0);
  const total = held.reduce((s, a, i) => s + (sum(add(a, i)) as number), 0);
  expect(total).toBe(25_000 * (12 + 66));
  for (const a of held) a.dispose();
  expect(heapStats().bytesInUse).toBe(0);
});

test('freed neighbours merge: a larger block fits where three were', () => {
  const a = zeros([60_000]);
  const b = zeros([60_000]);
  const c = zeros([60_000]);
  const rest = [];
  // fill the heap so only merged free space can serve the next request
  for (;;) {
    const x = zeros([60_000]);
    if (!inHeap(x)) break;
    rest.push(x);
  }
  a.dispose();
  b.dispose();
  c.dispose();
  const big = ones([170_000]);
  expect(inHeap(big)).toBe(true);
  expect(sum(big)).toBe(170_000);
  big.dispose();
  for (const x of rest) x.dispose();
  expect(heapStats().bytesInUse).toBe(0);
});

test('capacity is fixed once the heap is in use; bad options are refused', () => {
  expect(() => configureHeap({ capacity: 8 << 20 })).toThrow(/already in use/);
  expect(() => configureHeap({ minBytes: -1 })).toThrow(RangeError);
});
