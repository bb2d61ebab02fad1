import { readFileSync } from 'node:fs';
import { ValueError, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import { fft } from '../src/index.js';

interface Case {
  fn: string;
  x: Enc;
  kwargs: Record<string, unknown>;
  out?: Enc;
  error?: string;
}
const { cases } = JSON.parse(readFileSync(new URL('./fixtures/dct.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

type Fn = (x: unknown, options: Record<string, unknown>) => ReturnType<typeof fft.dct>;

/** SciPy's keyword arguments as Stride options (None → left out). */
function options(kw: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kw)) if (v !== null) o[k] = v;
  return o;
}

describe('fft.dct/idct/dst/idst and N-d forms against SciPy 1.17 (scipy.fft)', () => {
  for (const c of cases) {
    const x = decode(c.x);
    const label = `fft.${c.fn}(${x.dtype} [${x.shape}], ${JSON.stringify(options(c.kwargs))})`;
    if (c.error !== undefined) {
      it(`${label} is a ValueError like SciPy's "${c.error}"`, () => {
        expect(() => (fft as unknown as Record<string, Fn>)[c.fn]?.(x, options(c.kwargs))).toThrow(ValueError);
      });
      continue;
    }
    it(`${label} matches SciPy`, () => {
      const got = ((fft as unknown as Record<string, Fn>)[c.fn] as Fn)(x, options(c.kwargs));
      const want = decode(c.out as Enc);
      expect(got.shape).toEqual(want.shape);
      expect(got.dtype).toBe(want.dtype);
      const single = want.dtype === 'float32' || want.dtype === 'complex64';
      const size = Math.max(2, ...want.shape);
      // error relative to the output's scale: ~1e-15·log2(n) in double, 1e-6 in single
      let scale = 0;
      for (const v of want.data as Float64Array) scale = Math.max(scale, Math.abs(v));
      const atol = (single ? 2e-6 : 4e-15 * Math.log2(size * 4)) * Math.max(scale, 1e-300);
      expectClose(got, want, { atol }, label);
    });
  }
  it('fft.idct(fft.dct(x, t, {norm}), t, {norm}) round-trips for every type and norm at n = 1000', () => {
    const x = asarray(Array.from({ length: 1000 }, (_, i) => Math.sin(i * 0.37) + (i % 7) * 0.1));
    for (const t of [1, 2, 3, 4] as const) {
      for (const norm of ['backward', 'ortho', 'forward'] as const) {
        expectClose(fft.idct(fft.dct(x, t, { norm }), t, { norm }), x, { atol: 1e-12 }, `dct ${t} ${norm}`);
        expectClose(fft.idst(fft.dst(x, t, { norm }), t, { norm }), x, { atol: 1e-12 }, `dst ${t} ${norm}`);
      }
    }
  });
});
