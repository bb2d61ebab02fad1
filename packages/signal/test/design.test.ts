// IIR design, conversions and frequency responses against SciPy 1.17 fixtures
// (scripts/gen-design.py): every family, orders 1..10, all band types, analog and digital, fs,
// each output form.
import { readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import * as signal from '../src/index.js';

interface DesignCase {
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  ba: { b: Enc; a: Enc };
  zpk: { z: Enc; p: Enc; k: number };
  sos?: Enc;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/design.json', import.meta.url), 'utf8')) as {
  design: DesignCase[];
  convert: Record<string, unknown>[];
  freqz: Record<string, unknown>[];
  ord: { fn: string; args: unknown[]; kwargs: Record<string, unknown>; N: number; Wn: number[] }[];
};

type AnyFn = (...args: unknown[]) => unknown;
const call = (name: string, ...args: unknown[]): unknown =>
  ((signal as unknown as Record<string, AnyFn>)[name] as AnyFn)(...args);

/** Complex values of an array as [re, im] pairs. */
function pairs(a: NDArray): [number, number][] {
  const v = a.toArray() as (number | { re: number; im: number })[];
  return v.map((x) => (typeof x === 'number' ? [x, 0] : [x.re, x.im]));
}

/** Same multiset of complex roots: each expected root matched to the nearest unused one. */
export function expectSameRoots(got: NDArray, want: NDArray, rtol: number, what: string): void {
  const g = pairs(got);
  const w = pairs(want);
  expect(g.length, `${what}: count`).toBe(w.length);
  const used = new Array<boolean>(g.length).fill(false);
  for (const [wr, wi] of w) {
    let best = -1;
    let bd = Number.POSITIVE_INFINITY;
    g.forEach(([gr, gi], i) => {
      const d = Math.hypot(gr - wr, gi - wi);
      if (!used[i] && d < bd) {
        bd = d;
        best = i;
      }
    });
    used[best] = true;
    expect(bd, `${what}: root ${wr}+${wi}i`).toBeLessThanOrEqual(rtol * (1 + Math.hypot(wr, wi)));
  }
}

/** Coefficients compared relative to their largest magnitude (high orders are ill-conditioned). */
function expectCoefs(got: NDArray, want: NDArray, rtol: number, what: string): void {
  expect(got.shape, `${what}: shape`).toEqual(want.shape);
  const w = want.toArray() as number[] | number[][];
  const flat = (w as unknown[]).flat() as number[];
  const scale = Math.max(1e-300, ...flat.map(Math.abs));
  expectClose(got, want, { atol: rtol * scale }, what);
}

describe('IIR design against SciPy', () => {
  for (const c of fx.design) {
    const label = `${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(', ')}, ${JSON.stringify(c.kwargs)})`;
    // Bessel poles come from a root finder and high-order band transforms amplify rounding.
    const order = c.args[0] as number;
    const band = c.kwargs.btype === 'bandpass' || c.kwargs.btype === 'bandstop';
    const rtol = (c.fn === 'bessel' ? 1e-9 : 1e-11) * (band ? 100 : 1) * (order > 6 ? 100 : 1);
    it(`${label} matches SciPy in ba, zpk and sos`, () => {
      const ba = call(c.fn, ...c.args, { ...c.kwargs, output: 'ba' }) as { b: NDArray; a: NDArray };
      expectCoefs(ba.b, decode(c.ba.b), rtol, 'b');
      expectCoefs(ba.a, decode(c.ba.a), rtol, 'a');
      const zpk = call(c.fn, ...c.args, { ...c.kwargs, output: 'zpk' }) as { z: NDArray; p: NDArray; k: number };
      expectSameRoots(zpk.z, decode(c.zpk.z), 1e3 * rtol, 'z');
      expectSameRoots(zpk.p, decode(c.zpk.p), rtol, 'p');
      expectClose(zpk.k, c.zpk.k, { rtol: 1e3 * rtol }, 'k');
      if (c.sos) {
        const sos = call(c.fn, ...c.args, { ...c.kwargs, output: 'sos' }) as NDArray;
        expectCoefs(sos, decode(c.sos), 1e3 * rtol, 'sos');
      }
    });
  }
});

describe('conversions against SciPy', () => {
  const E = (c: Record<string, unknown>, k: string) => decode(c[k] as Enc);
  for (const c of fx.convert) {
    it(`${c.fn}(${c.pairing ?? ''}${c.analog ? ', analog' : ''}) matches SciPy`, () => {
      switch (c.fn) {
        case 'tf2zpk': {
          const r = signal.tf2zpk(E(c, 'b'), E(c, 'a'));
          expectSameRoots(r.z, E(c, 'z'), 1e-7, 'z');
          expectSameRoots(r.p, E(c, 'p'), 1e-9, 'p');
          expectClose(r.k, c.k as number, { rtol: 1e-13 }, 'k');
          break;
        }
        case 'tf2sos':
          expectCoefs(signal.tf2sos(E(c, 'b'), E(c, 'a')), E(c, 'sos'), 1e-7, 'sos');
          break;
        case 'sos2tf': {
          const r = signal.sos2tf(E(c, 'sos'));
          expectClose(r.b, E(c, 'b'), { rtol: 1e-14, atol: 1e-16 }, 'b');
          expectClose(r.a, E(c, 'a'), { rtol: 1e-14, atol: 1e-16 }, 'a');
          break;
        }
        case 'zpk2sos': {
          const r = signal.zpk2sos(E(c, 'z'), E(c, 'p'), c.k as number, c.pairing as 'nearest', {
            analog: Boolean(c.analog),
          });
          expectCoefs(r, E(c, 'sos'), 1e-13, 'sos');
          break;
        }
        case 'sos2zpk': {
          const r = signal.sos2zpk(E(c, 'sos'));
          expectSameRoots(r.z, E(c, 'z'), 1e-7, 'z');
          expectSameRoots(r.p, E(c, 'p'), 1e-10, 'p');
          expectClose(r.k, c.k as number, { rtol: 1e-12 }, 'k');
          break;
        }
        case 'zpk2tf': {
          const r = signal.zpk2tf(E(c, 'z'), E(c, 'p'), c.k as number);
          expectClose(r.b, E(c, 'b'), { rtol: 1e-13, atol: 1e-15 }, 'b');
          expectClose(r.a, E(c, 'a'), { rtol: 1e-13, atol: 1e-15 }, 'a');
          break;
        }
        case 'bilinear': {
          const r = signal.bilinear(E(c, 'b'), E(c, 'a'), c.fs as number);
          expectClose(r.b, E(c, 'ob'), { rtol: 1e-13, atol: 1e-15 }, 'b');
          expectClose(r.a, E(c, 'oa'), { rtol: 1e-13, atol: 1e-15 }, 'a');
          break;
        }
        default: {
          const name = c.fn === 'bilinearZpk' ? 'bilinearZpk' : (c.fn as string).replace('_zpk', 'Zpk');
          const extra = c.fn === 'bilinearZpk' ? [c.fs] : (c.extra as number[]);
          const r = call(name, E(c, 'z'), E(c, 'p'), c.k, ...extra) as { z: NDArray; p: NDArray; k: number };
          expectSameRoots(r.z, E(c, 'oz'), 1e-13, 'z');
          expectSameRoots(r.p, E(c, 'op'), 1e-13, 'p');
          expectClose(r.k, c.ok as number, { rtol: 1e-13 }, 'k');
        }
      }
    });
  }
});

describe('freqz and sosfreqz against SciPy', () => {
  for (const c of fx.freqz) {
    const kw = Object.fromEntries(
      Object.entries(c.kwargs as Record<string, unknown>).map(([k, v]) => [
        k === 'include_nyquist' ? 'includeNyquist' : k,
        v,
      ]),
    );
    it(`${c.fn}(…, ${JSON.stringify(kw)}) matches SciPy`, () => {
      const r =
        c.fn === 'freqz'
          ? signal.freqz(decode(c.b as Enc), decode(c.a as Enc), kw)
          : c.fn === 'groupDelay'
            ? (({ w, gd }) => ({ w, h: gd }))(signal.groupDelay([decode(c.b as Enc), decode(c.a as Enc)], kw))
            : signal.sosfreqz(decode(c.sos as Enc), kw);
      expectClose(r.w, decode(c.w as Enc), { rtol: 1e-14, atol: 1e-15 }, 'w');
      // The group delay divides by a response that nearly vanishes at Nyquist (SciPy warns of a
      // singularity there): rounding is amplified ~1e8 near it, so its delays (O(1–10) samples)
      // are compared to 1e-6 absolute.
      const tol = c.fn === 'groupDelay' ? { rtol: 1e-9, atol: 1e-6 } : { rtol: 1e-9, atol: 1e-12 };
      expectClose(r.h, decode(c.h as Enc), tol, 'h');
    });
  }
  it('freqz([1, 1]) defaults to 512 points on [0, π)', () => {
    const { w, h } = signal.freqz([1, 1]);
    expect(w.shape).toEqual([512]);
    expect(h.dtype).toBe('complex128');
  });
});

describe('design: bad input', () => {
  it('butter(4, 1.2) is a ValueError naming the digital range', () => {
    expect(() => signal.butter(4, 1.2)).toThrow(/0 < Wn < 1/);
  });
  it('butter(4, 300, {fs: 500}) names fs/2', () => {
    expect(() => signal.butter(4, 300, { fs: 500 })).toThrow(/fs\/2=250/);
  });
  it('butter(4, [0.2]) for a bandpass needs two frequencies', () => {
    expect(() => signal.butter(4, [0.2], { btype: 'bandpass' })).toThrow(/start and stop/);
  });
  it('butter(4, [0.4, 0.2], {btype: "bandpass"}) needs Wn[0] < Wn[1]', () => {
    expect(() => signal.butter(4, [0.4, 0.2], { btype: 'bandpass' })).toThrow(/Wn\[0\] must be less/);
  });
  it('butter(-1, 0.5) and butter(4, 0) are ValueErrors', () => {
    expect(() => signal.butter(-1, 0.5)).toThrow(/order/);
    expect(() => signal.butter(4, 0)).toThrow(/greater than 0/);
  });
  it('butter(2, 1, {analog: true, fs: 10}) cannot take fs', () => {
    expect(() => signal.butter(2, 1, { analog: true, fs: 10 })).toThrow(/analog/);
  });
  it('cheby1(4, -1, 0.3) needs a positive ripple', () => {
    expect(() => signal.cheby1(4, -1, 0.3)).toThrow(/rp must be positive/);
  });
  it('butter(4, 0.3, {btype: "sideways"}) names btype', () => {
    expect(() => signal.butter(4, 0.3, { btype: 'sideways' as 'low' })).toThrow(/btype/);
  });
  it('butter(0, 0.3) is the unit gain', () => {
    const { b, a } = signal.butter(0, 0.3);
    expect(b.toArray()).toEqual([1]);
    expect(a.toArray()).toEqual([1]);
  });
});

describe('buttord, cheb1ord, cheb2ord and ellipord against SciPy', () => {
  for (const c of fx.ord) {
    it(`${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(', ')}, ${JSON.stringify(c.kwargs)}) is N = ${c.N}`, () => {
      const r = call(c.fn, ...c.args, c.kwargs) as { N: number; Wn: number | number[] };
      expect(r.N).toBe(c.N);
      const wn = typeof r.Wn === 'number' ? [r.Wn] : r.Wn;
      expect(wn.length).toBe(c.Wn.length);
      // Band-stop edges come from a bounded minimization with SciPy's tolerance (xtol 1e-5): the
      // path's rounding moves them by ~1e-7 relative (up to ~3e-6 where the elliptic order's
      // objective is flat), within that tolerance; the order itself is exact.
      const wp = c.args[0];
      const stop = Array.isArray(wp) && (wp[0] as number) < ((c.args[1] as number[])[0] as number);
      for (const [i, v] of wn.entries()) expectClose(v, c.Wn[i] as number, { rtol: stop ? 1e-5 : 1e-10 }, `Wn[${i}]`);
    });
  }
  it('buttord(0.2, 0.3, 40, 3) has gpass above gstop', () => {
    expect(() => signal.buttord(0.2, 0.3, 40, 3)).toThrow(/gpass should be smaller than gstop/);
  });
});
