import { describe, expect, it } from 'vitest';
import { SLAB_BYTES, SMALL_MAX_BYTES, smallAllocate } from '../src/core/small.js';
import { add, array, zeros } from '../src/lean.js';

describe('small arrays: views into shared slabs', () => {
  it('smallAllocate hands out zeroed, 8-byte aligned, disjoint views', () => {
    const a = smallAllocate(Float64Array, 10);
    const b = smallAllocate(Int8Array, 3);
    const c = smallAllocate(Float64Array, 0);
    const d = smallAllocate(Float64Array, 0);
    for (const v of [a, b, c, d]) expect(v.byteOffset % 8).toBe(0);
    expect([...a, ...b]).toEqual(new Array(13).fill(0));
    (a as Float64Array).fill(7);
    (b as Int8Array).fill(1);
    expect([...a]).toEqual(new Array(10).fill(7));
    const ranges = [a, b, c, d].map((v) => [v.byteOffset, v.byteOffset + Math.max(8, v.byteLength)] as const);
    for (let i = 0; i < ranges.length; i++)
      for (let j = i + 1; j < ranges.length; j++) {
        const [lo1, hi1] = ranges[i] as readonly [number, number];
        const [lo2, hi2] = ranges[j] as readonly [number, number];
        if ([a, b, c, d][i]?.buffer === [a, b, c, d][j]?.buffer) expect(hi1 <= lo2 || hi2 <= lo1).toBe(true);
      }
  });

  it('a full slab starts a new one; arrays above the limit get their own buffer', () => {
    let last = smallAllocate(Uint8Array, 256);
    for (let i = 0; i < SLAB_BYTES / 256 + 1; i++) {
      const next = smallAllocate(Uint8Array, 256);
      if (next.buffer !== last.buffer) expect(next.byteOffset).toBe(0);
      last = next;
    }
    const big = zeros([SMALL_MAX_BYTES / 8 + 1]);
    expect(big.data.byteOffset).toBe(0);
    expect(big.data.buffer.byteLength).toBeGreaterThanOrEqual(SMALL_MAX_BYTES + 8);
  });

  it('arrays in one slab do not see each other (a result written next to its inputs)', () => {
    const x = array([1, 2, 3], { dtype: 'float64' });
    const y = array([10, 20, 30], { dtype: 'float64' });
    const z = add(x, y);
    add(z, 1, { out: z });
    expect(x.toArray()).toEqual([1, 2, 3]);
    expect(y.toArray()).toEqual([10, 20, 30]);
    expect(z.toArray()).toEqual([12, 23, 34]);
  });
});
