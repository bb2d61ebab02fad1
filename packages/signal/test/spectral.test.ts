import { readFileSync } from 'node:fs';
import { ValueError, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import * as signal from '../src/index.js';

interface Case {
  fn: string;
  args: Enc[];
  options: Record<string, unknown>;
  out?: Record<string, Enc>;
  error?: string;
}
interface ColaCase {
  window: string | unknown[];
  nperseg: number;
  noverlap: number;
  cola: boolean;
  nola: boolean;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/spectral.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  cola: ColaCase[];
  lomb: { x: Enc; y: Enc; freqs: Enc; cases: { options: Record<string, unknown>; freqs?: number[]; out: Enc }[] };
};

type Fn = (...args: unknown[]) => Record<string, ReturnType<typeof asarray>>;
const fns = signal as unknown as Record<string, Fn>;

/** SciPy's None is an omitted option. */
function options(o: Record<string, unknown>): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null || k === 'boundary') r[k] = v;
  return r;
}

describe('spectral analysis against SciPy 1.17', () => {
  for (const c of fixtures.cases) {
    const args = c.args.map(decode);
    const label = `${c.fn}(${args.map((a) => `${a.dtype} [${a.shape}]`).join(', ')}, ${JSON.stringify(c.options).slice(0, 120)})`;
    if (c.error !== undefined) {
      it(`${label} is a ValueError like SciPy's "${c.error}"`, () => {
        expect(() => (fns[c.fn] as Fn)(...args, options(c.options))).toThrow(ValueError);
      });
      continue;
    }
    it(`${label} matches SciPy`, () => {
      const got = (fns[c.fn] as Fn)(...args, options(c.options));
      for (const [key, enc] of Object.entries(c.out as Record<string, Enc>)) {
        const want = decode(enc);
        const g = got[key];
        expect(g, key).toBeDefined();
        expect(g?.shape, key).toEqual(want.shape);
        expect(g?.dtype, key).toBe(want.dtype);
        let scale = 0;
        for (const v of want.data as Float64Array) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
        const single = want.dtype === 'float32' || want.dtype === 'complex64';
        // phase/angle values near ±π may flip sign in rounding: compare those within a looser bound
        expectClose(g as never, want, { atol: (single ? 3e-6 : 1e-12) * Math.max(scale, 1) }, `${label} ${key}`);
      }
    });
  }
});

describe('checkCola / checkNola against SciPy 1.17', () => {
  for (const c of fixtures.cola) {
    it(`checkCola(${JSON.stringify(c.window)}, ${c.nperseg}, ${c.noverlap}) is ${c.cola}; checkNola is ${c.nola}`, () => {
      expect(signal.checkCola(c.window as never, c.nperseg, c.noverlap)).toBe(c.cola);
      expect(signal.checkNola(c.window as never, c.nperseg, c.noverlap)).toBe(c.nola);
    });
  }
});

describe('stft/istft round trip', () => {
  it('istft(stft(x).zxx).x returns x for hann at 50% overlap, odd and even lengths, N-d along an axis', () => {
    for (const n of [63, 64, 257]) {
      const x = asarray(Array.from({ length: n }, (_, i) => Math.sin(0.3 * i) + 0.1 * (i % 5)));
      const { zxx } = signal.stft(x, { nperseg: 32 });
      const back = signal.istft(zxx, { nperseg: 32 }).x;
      expectClose(back.index(`:${n}`) as never, x, { atol: 1e-12 }, `n=${n}`);
    }
    const x2 = asarray(Array.from({ length: 2 * 100 }, (_, i) => Math.cos(0.1 * i * i))).reshape([100, 2]);
    const { zxx } = signal.stft(x2, { nperseg: 20, axis: 0 });
    const back = signal.istft(zxx, { nperseg: 20, timeAxis: -1, freqAxis: 0 }).x;
    expect(back.shape[0]).toBe(2);
  });
});

describe('lombscargle against SciPy 1.17', () => {
  const { x, y, freqs } = fixtures.lomb;
  for (const c of fixtures.lomb.cases) {
    it(`lombscargle(x, y, freqs, ${JSON.stringify(c.options).slice(0, 80)}) matches SciPy`, () => {
      const got = signal.lombscargle(decode(x), decode(y), c.freqs ?? decode(freqs), c.options as never);
      const want = decode(c.out);
      expect(got.shape).toEqual(want.shape);
      expect(got.dtype).toBe(want.dtype);
      expectClose(got, want, { rtol: 1e-9, atol: 1e-12 }, 'pgram');
    });
  }
});
