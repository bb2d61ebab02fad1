// The runtime: one memory, one allocator, one lifetime scheme; plug-in kernels loaded into it.
// Runs without the LAPACK module (ndarray uses the runtime on its own).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the example (no type declarations)
import { buildExample } from '../examples/kernel/build.mjs';
import {
  KERNELS_END,
  RESERVED_BYTES,
  allocate,
  allocateArray,
  blockOf,
  blockSize,
  closeScope,
  loadKernels,
  openScope,
  release,
  releaseBlock,
  runtimeBuffer,
  runtimeMemory,
  runtimeStats,
} from '../src/index.js';

function requireGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function')
    throw new Error('this test needs node --expose-gc (the shared vitest config passes it)');
  return gc;
}
const settle = async (): Promise<void> => {
  const gc = requireGc();
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('one memory, one allocator', () => {
  it('blocks are 64-byte aligned, above the reserved region, and never overlap', () => {
    const ptrs = [1, 63, 64, 65, 4096, 5000, 1 << 16, 100_000].map((n) => [allocate(n), n] as const);
    const spans = ptrs.map(([p, n]) => [p, p + n] as const).sort((x, y) => x[0] - y[0]);
    for (const [p] of ptrs) {
      expect(p % 64).toBe(0);
      expect(p).toBeGreaterThanOrEqual(RESERVED_BYTES);
    }
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    for (const [p, n] of ptrs) expect(blockSize(p)).toBeGreaterThanOrEqual(n);
    const before = runtimeStats().bytesInUse;
    for (const [p] of ptrs) release(p);
    expect(runtimeStats().bytesInUse).toBeLessThan(before);
    expect(KERNELS_END).toBeLessThanOrEqual(RESERVED_BYTES);
  });

  it('the memory never grows: views taken before stay attached', () => {
    const buf = runtimeMemory()?.buffer;
    const big = Array.from({ length: 8 }, () => allocate(4 << 20));
    expect(runtimeMemory()?.buffer).toBe(buf);
    for (const p of big) release(p);
  });

  it('scopes free array blocks except those kept', () => {
    const before = runtimeStats().bytesInUse;
    openScope();
    const a = allocateArray(Float64Array, 1000, true) as Float64Array;
    const b = allocateArray(Float64Array, 1000, true) as Float64Array;
    const keep = blockOf(b);
    closeScope(new Set(keep ? [keep] : []));
    expect(blockOf(a)?.freed).toBe(true);
    expect(blockOf(b)?.freed).toBe(false);
    if (keep) releaseBlock(keep);
    expect(runtimeStats().bytesInUse).toBe(before);
  });

  it('a subarray of array storage keeps the block alive until it is collected', async () => {
    await settle();
    const before = runtimeStats().bytesInUse;
    let sub: Float64Array | undefined;
    (() => {
      const x = allocateArray(Float64Array, 100_000, false) as Float64Array;
      x.fill(7);
      sub = x.subarray(10, 20);
    })();
    await settle();
    expect(runtimeStats().bytesInUse).toBeGreaterThan(before);
    const others = Array.from({ length: 4 }, () =>
      (allocateArray(Float64Array, 100_000, false) as Float64Array).fill(9),
    );
    expect(sub?.[0]).toBe(7);
    expect(others.length).toBe(4);
    sub = undefined;
    others.length = 0;
    await settle();
    expect(runtimeStats().bytesInUse).toBe(before);
  });
});

describe('plug-in kernels (examples/kernel)', () => {
  it('the example kernel builds, loads into the one memory and computes on heap arrays', async () => {
    const bytes = readFileSync(buildExample() as string);
    const k = await loadKernels<{
      axpby(a: number, x: number, b: number, y: number, out: number, n: number): void;
      calls(): number;
    }>(bytes);
    const n = 1001;
    const x = allocateArray(Float64Array, n, false) as Float64Array;
    const y = allocateArray(Float64Array, n, false) as Float64Array;
    const out = allocateArray(Float64Array, n, true) as Float64Array;
    for (let i = 0; i < n; i++) {
      x[i] = i;
      y[i] = 0.5 * i + 1;
    }
    expect(x.buffer).toBe(runtimeBuffer());
    k.exports.axpby(2, x.byteOffset, -4, y.byteOffset, out.byteOffset, n);
    k.exports.axpby(2, x.byteOffset, -4, y.byteOffset, out.byteOffset, n);
    for (let i = 0; i < n; i++) expect(out[i]).toBe(2 * i - 4 * (0.5 * i + 1));
    // Its static data lives in a block of the heap: two modules keep separate counters.
    const k2 = await loadKernels<{ calls(): number }>(bytes);
    expect(k.exports.calls()).toBe(2);
    expect(k2.exports.calls()).toBe(0);
    expect(k.memoryBase).not.toBe(k2.memoryBase);
    expect(k.memoryBase).toBeGreaterThanOrEqual(RESERVED_BYTES);
    k.unload();
    k2.unload();
  });

  it('a module that is not position-independent is refused with a WasmError', async () => {
    const empty = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    await expect(loadKernels(empty)).rejects.toThrow(/dylink/);
  });
});
