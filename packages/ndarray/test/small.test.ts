import { describe, expect, it } from 'vitest';
import { SLAB_BYTES, SMALL_MAX_BYTES, smallAllocate } from '../src/core/small.js';
import {
  add,
  arctan2,
  array,
  divide,
  floorDivide,
  greaterEqual,
  index,
  less,
  maximum,
  multiply,
  power,
  remainder,
  subtract,
  zeros,
} from '../src/lean.js';

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

describe('per-call fast paths give what the general path gives', () => {
  const U = { add, subtract, multiply, divide, power, less, greaterEqual, maximum, arctan2, floorDivide, remainder };
  const values = [0, -0, 2, 0.5, -3.25, 1e300, -1e-310, Number.NaN, Number.POSITIVE_INFINITY, 7];

  it('a float array with a JS number, in both orders, float64 and float32 (options {} takes the general path)', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const a = array([1.5, -2, 0, 3e38, Number.NaN, -0], { dtype });
      for (const [name, f] of Object.entries(U)) {
        for (const v of values) {
          const fast = f(a, v);
          const general = f(a, v, {});
          expect(fast.dtype, `${name}(${dtype}, ${v})`).toBe(general.dtype);
          expect(fast.toArray().toString(), `${name}(${dtype}, ${v})`).toBe(general.toArray().toString());
          const fastR = f(v, a);
          const generalR = f(v, a, {});
          expect(fastR.dtype).toBe(generalR.dtype);
          expect(fastR.toArray().toString(), `${name}(${v}, ${dtype})`).toBe(generalR.toArray().toString());
        }
      }
    }
  });

  it('shapes and strides are frozen and shared for common layouts, never wrong', () => {
    const a = zeros([3, 4]);
    const b = zeros([3, 4]);
    expect(Object.isFrozen(a.shape) && Object.isFrozen(a.strides)).toBe(true);
    expect(a.shape).toBe(b.shape);
    expect(a.strides).toEqual([4, 1]);
    expect(zeros([3, 0]).strides).toEqual([1, 1]);
    const t = a.T;
    expect(t.shape).toEqual([4, 3]);
    expect(t.strides).toEqual([1, 4]);
    expect(Object.isFrozen(t.strides)).toBe(true);
    const v = index(zeros([10]), '::-3');
    expect(v.strides).toEqual([-3]);
    expect(Object.isFrozen(v.strides)).toBe(true);
    expect(zeros([5000]).shape).toEqual([5000]);
    expect(zeros([2, 3, 4]).strides).toEqual([12, 4, 1]);
  });
});
