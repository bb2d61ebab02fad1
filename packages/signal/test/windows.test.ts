import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import { windows } from '../src/index.js';

interface WindowCase {
  fn: string;
  M: number;
  args: unknown[];
  sym: boolean;
  out: Enc;
}
interface GetCase {
  window: string | number | unknown[];
  Nx: number;
  fftbins: boolean;
  out: Enc;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/windows.json', import.meta.url), 'utf8')) as {
  windows: WindowCase[];
  get: GetCase[];
};

type Fn = (...args: unknown[]) => { shape: number[]; toArray(): unknown };
const fns = windows as unknown as Record<string, Fn>;

/** Absolute error allowed against SciPy (windows peak at 1). */
function tolFor(fn: string, M: number): { atol: number } {
  if (fn === 'dpss') return { atol: 1e-10 };
  if (fn === 'chebwin') return { atol: 1e-12 * Math.max(1, M) };
  return { atol: 1e-14 };
}

describe('windows against SciPy 1.17 (scipy.signal.windows)', () => {
  for (const c of fixtures.windows) {
    const label = `windows.${c.fn}(${c.M}, ${c.args.map((a) => JSON.stringify(a)).join(', ')}${c.args.length ? ', ' : ''}{sym: ${c.sym}})`;
    it(`${label} matches SciPy`, () => {
      const f = fns[c.fn] as Fn;
      const got =
        c.fn === 'dpss' ? f(c.M, c.args[0], c.args[1], c.sym, { norm: c.args[3] }) : f(c.M, ...c.args, { sym: c.sym });
      const want = decode(c.out);
      expect(got.shape).toEqual(want.shape);
      expectClose(got as never, want, tolFor(c.fn, c.M), label);
    });
  }
});

describe('windows.get against SciPy 1.17 (scipy.signal.get_window)', () => {
  for (const c of fixtures.get) {
    const label = `windows.get(${JSON.stringify(c.window)}, ${c.Nx}, {fftbins: ${c.fftbins}})`;
    it(`${label} matches SciPy`, () => {
      const got = windows.get(c.window as windows.WindowSpec, c.Nx, { fftbins: c.fftbins });
      expectClose(got, decode(c.out), { atol: 1e-10 }, label);
    });
  }
});

describe('windows: properties', () => {
  it('windows.dpss(64, 4, 6) tapers are orthonormal', () => {
    const w = windows.dpss(64, 4, 6).toArray() as number[][];
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        let s = 0;
        for (let k = 0; k < 64; k++) s += (w[i]?.[k] as number) * (w[j]?.[k] as number);
        expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });
  it('windows.kaiserBesselDerived(16, 4) satisfies w[n]² + w[n+8]² = 1 (Princen–Bradley)', () => {
    const w = windows.kaiserBesselDerived(16, 4).toArray() as number[];
    for (let n = 0; n < 8; n++)
      expect(Math.abs((w[n] as number) ** 2 + (w[n + 8] as number) ** 2 - 1)).toBeLessThan(1e-15);
  });
  it('windows.dpss(1000, 4) (a long taper) matches the shape of dpss(1000, 4, 1)', () => {
    const a = windows.dpss(1000, 4);
    expect(a.shape).toEqual([1000]);
    expect(windows.dpss(1000, 4, 1).shape).toEqual([1, 1000]);
  });
});
