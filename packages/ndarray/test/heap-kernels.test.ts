// Where the SIMD kernels' module (kernels.wasm, a file beside src/core/heap.ts) comes from:
// configureHeap({ kernels }), a missing file (JavaScript loops, same results), and the refusal
// to switch once loaded. Each test file has its own module state, so the heap starts unloaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ValueError, add, configureHeap, heapReady, heapStats, linspace, sum } from '../src/index.js';

const bytes = readFileSync(new URL('../src/core/kernels.wasm', import.meta.url));

describe('the kernels module', () => {
  it('a missing file leaves large arrays on JavaScript loops with the same results', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    configureHeap({ kernels: new URL('./no-such-kernels.wasm', import.meta.url) });
    const a = linspace(0, 1, 20001); // 160 KB: a heap array when the heap is on
    expect(await heapReady()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /SIMD kernels could not be loaded .*no-such-kernels\.wasm.*configureHeap/,
    );
    warn.mockRestore();
    expect(heapStats().active).toBe(false);
    expect(sum(add(a, a))).toBeCloseTo(20001, 9);
  });

  it('takes the module as bytes, and refuses another source once loaded', async () => {
    configureHeap({ kernels: bytes });
    expect(await heapReady()).toBe(true);
    const a = linspace(0, 1, 20001);
    expect(sum(add(a, a))).toBeCloseTo(20001, 9);
    expect(heapStats().active).toBe(true);
    expect(() => configureHeap({ kernels: bytes })).toThrow(ValueError);
    expect(() => configureHeap({ kernels: bytes })).toThrow(/configureHeap: the kernels are already loaded/);
  });
});
