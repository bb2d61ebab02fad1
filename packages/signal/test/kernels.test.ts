import { readFileSync } from 'node:fs';
import { allocateArray } from '@stride/wasm';
import { describe, expect, it } from 'vitest';
import { ulpDistance } from '../../../test/fixtures.js';
import { fftKernels, useNativeFFT } from '../src/fft/kernels/native.js';
import { PlanCache, complexPlan, factorize, goodSize5, prefersBluestein } from '../src/fft/kernels/plan.js';
import { realPlan } from '../src/fft/kernels/real.js';
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

describe('fft WebAssembly kernels', () => {
  it('fftKernels() loads the SIMD128 passes in the runtime memory (Node compiles them synchronously)', () => {
    expect(fftKernels()).not.toBeNull();
  });
  it('the WebAssembly and TypeScript passes agree within 4 ulps of the largest output (radix 2, 3, 4, 5, 8; forward, backward, out of place, heap input and output)', () => {
    // 2^11, 2^10·3, 4·3^5, 5^4, 2·3·5·7·3 (a radix-7 stage: TypeScript only), 2^9·3·5
    for (const n of [2048, 3072, 972, 625, 630, 7680]) {
      const x = new Float64Array(2 * n);
      for (let i = 0; i < 2 * n; i++) x[i] = Math.sin(0.37 * i * i + 1) - 0.25;
      const results: Float64Array[] = [];
      for (const on of [true, false]) {
        const was = useNativeFFT(on);
        try {
          const plan = complexPlan(n);
          const fwd = x.slice();
          plan.exec(fwd, new Float64Array(2 * n), false);
          const bwd = x.slice();
          plan.exec(bwd, new Float64Array(2 * n), true);
          const oop = new Float64Array(2 * n);
          plan.forward(x, oop, new Float64Array(2 * n));
          // input and output in the runtime heap: read in place, last pass straight into the output
          const hx = allocateArray(Float64Array, 2 * n, false) as Float64Array;
          const hout = allocateArray(Float64Array, 2 * n, false) as Float64Array;
          hx.set(x);
          plan.forward(hx, hout, new Float64Array(2 * n));
          plan.exec(hx, new Float64Array(2 * n), false);
          results.push(fwd, bwd, oop, hout.slice(), hx.slice());
        } finally {
          useNativeFFT(was);
        }
      }
      for (let j = 0; j < 5; j++) {
        const a = results[j] as Float64Array;
        const b = results[j + 5] as Float64Array;
        let scale = 0;
        let err = 0;
        for (let i = 0; i < 2 * n; i++) {
          scale = Math.max(scale, Math.abs(b[i] as number));
          err = Math.max(err, Math.abs((a[i] as number) - (b[i] as number)));
        }
        expect(err, `n = ${n}, variant ${j}`).toBeLessThanOrEqual(4 * 2 ** -52 * scale * Math.log2(n));
      }
    }
  });
  it('rfft separation by the WebAssembly kernel (heap output) matches the TypeScript loop within 4 ulps of the largest output', () => {
    for (const n of [4096, 6000]) {
      const x = new Float64Array(n);
      for (let i = 0; i < n; i++) x[i] = Math.cos(0.11 * i * i) + 0.1;
      const got: Float64Array[] = [];
      for (const on of [true, false]) {
        const was = useNativeFFT(on);
        try {
          const out = allocateArray(Float64Array, n + 2, false) as Float64Array;
          realPlan(n).forward(x, out);
          got.push(out.slice());
        } finally {
          useNativeFFT(was);
        }
      }
      const [a, b] = got as [Float64Array, Float64Array];
      let scale = 0;
      let err = 0;
      for (let i = 0; i < n + 2; i++) {
        scale = Math.max(scale, Math.abs(b[i] as number));
        err = Math.max(err, Math.abs((a[i] as number) - (b[i] as number)));
      }
      expect(err, `n = ${n}`).toBeLessThanOrEqual(4 * 2 ** -52 * scale * Math.log2(n));
    }
  });
});
