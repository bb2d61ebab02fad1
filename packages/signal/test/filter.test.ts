// Filters against SciPy 1.17 fixtures (scripts/gen-filter.py): lfilter, sosfilt, filtfilt,
// sosfiltfilt and their initial states, convolution and the smoothing tools, on N-d inputs
// along each axis, with zi, float32, complex, empty, length-1 and NaN inputs.
import { readFileSync } from 'node:fs';
import { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import * as signal from '../src/index.js';

interface Case {
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  out: Enc | Enc[];
  tol?: number;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/filter.json', import.meta.url), 'utf8')) as { cases: Case[] };

const isEnc = (v: unknown): v is Enc => typeof v === 'object' && v !== null && 'dtype' in v && 'shape' in v;
const dec = (v: unknown): unknown => (isEnc(v) ? decode(v) : v);
type AnyFn = (...args: unknown[]) => unknown;

function describeArg(v: unknown): string {
  if (isEnc(v)) return `${v.dtype}[${v.shape.join('×')}]`;
  return JSON.stringify(v);
}

describe('filters against SciPy', () => {
  for (const c of fx.cases) {
    const kw = Object.keys(c.kwargs).length
      ? `, ${Object.entries(c.kwargs)
          .map(([k, v]) => `${k}: ${describeArg(v)}`)
          .join(', ')}`
      : '';
    it(`${c.fn}(${c.args.map(describeArg).join(', ')}${kw})`, () => {
      const f = (signal as unknown as Record<string, AnyFn>)[c.fn] as AnyFn;
      const args = c.args.map(dec);
      const opts = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, dec(v)]));
      const r = Object.keys(opts).length ? f(...args, opts) : f(...args);
      const tol = { rtol: c.tol ?? 1e-10, atol: (c.tol ?? 1e-10) * 1e-2 };
      if (Array.isArray(c.out)) {
        const want = c.out.map(decode);
        const got = r instanceof NDArray ? [r] : Object.values(r as Record<string, NDArray>);
        expect(got.length).toBe(want.length);
        got.forEach((g, i) => {
          expect(g.dtype, `part ${i} dtype`).toBe((want[i] as NDArray).dtype);
          expectClose(g, want[i] as NDArray, tol, `part ${i}`);
        });
      } else {
        const want = decode(c.out);
        expect((r as NDArray).dtype).toBe(want.dtype);
        expectClose(r as NDArray, want, tol, c.fn);
      }
    });
  }
});

describe('filters: edge cases', () => {
  it('lfilter([1], [1, 0.5], [1, 2, 3]) computes integer input in float64', () => {
    expect(signal.lfilter([1], [1, 0.5], [1, 2, 3]).dtype).toBe('float64');
  });
  it('lfilter([1, 2], [0, 1], x) is a ValueError (a[0] = 0)', () => {
    expect(() => signal.lfilter([1, 2], [0, 1], [1, 2, 3])).toThrow(/a\[0\]/);
  });
  it('lfilter([], [1], x) names b', () => {
    expect(() => signal.lfilter([], [1], [1, 2])).toThrow(/lfilter: b must be a non-empty 1-D array/);
  });
  it('lfilter([1, 1], [1], [1, 2], {zi: [1, 2]}) names the expected zi shape', () => {
    expect(() => signal.lfilter([1, 1], [1], [1, 2], { zi: [1, 2] })).toThrow(/expected \[1\], found \[2\]/);
  });
  it('lfilter(b, a, 5) is a ValueError (0-d x)', () => {
    expect(() => signal.lfilter([1], [1], 5)).toThrow(/at least 1-D/);
  });
  it('sosfilt(sos, []) is empty', () => {
    expect(signal.sosfilt([[1, 0, 0, 1, 0, 0]], []).shape).toEqual([0]);
  });
  it('sosfilt with sos[:, 3] != 1 is a ValueError', () => {
    expect(() => signal.sosfilt([[1, 0, 0, 2, 0, 0]], [1, 2])).toThrow(/sos\[:, 3\] should be all ones/);
  });
  it('filtfilt on a signal not longer than padlen names padlen', () => {
    expect(() => signal.filtfilt([1, 1], [1, -0.5], [1, 2, 3])).toThrow(/greater than padlen, which is 6/);
  });
  it('sosfiltfilt on a signal not longer than padlen names padlen', () => {
    expect(() => signal.sosfiltfilt([[1, 1, 0, 1, -0.5, 0]], [1, 2, 3])).toThrow(/padlen/);
  });
  it('lfilter with NaN propagates from the NaN on (IIR)', () => {
    const y = signal.lfilter([1], [1, -0.5], [1, Number.NaN, 1]).toArray() as number[];
    expect(y[0]).toBe(1);
    expect(Number.isNaN(y[1] as number) && Number.isNaN(y[2] as number)).toBe(true);
  });
});
