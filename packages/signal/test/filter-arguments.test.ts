// Wrong-style arguments over every filtering, design and resampling export (conventions §2):
// unknown options, wrong option types, extra positionals and non-numeric input give a typed error
// naming the function (and the parameter); NaN in a signal propagates; empty inputs behave like SciPy.
import { ArgumentError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import * as signal from '../src/index.js';

type AnyFn = (...args: unknown[]) => unknown;
const fnOf = (name: string): AnyFn => (signal as unknown as Record<string, AnyFn>)[name] as AnyFn;
const typed = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[Symbol.for('stride.error')] === true;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];
const sos = [[0.2, 0.4, 0.2, 1, -0.3, 0.1]];
/** name → [a valid call's arguments, an option of the right name with a wrong type, how many positionals after the inputs]. */
const TABLE: Record<string, [unknown[], Record<string, unknown>, number]> = {
  lfilter: [[[1, 1], [1, -0.5], x], { axis: 'last' }, 2],
  lfilterZi: [
    [
      [1, 1],
      [1, -0.5],
    ],
    {},
    0,
  ],
  sosfilt: [[sos, x], { axis: 1.5 }, 2],
  sosfiltZi: [[sos], {}, 0],
  filtfilt: [[[1, 1], [1, -0.5], x], { padlen: -1 }, 5],
  sosfiltfilt: [[sos, x], { padtype: 3 }, 3],
  convolve: [[x, [1, 2]], { mode: 0 }, 2],
  correlate: [[x, [1, 2]], { method: true }, 2],
  fftconvolve: [[x, [1, 2]], { axes: 'all' }, 2],
  oaconvolve: [[x, [1, 2]], { mode: null }, 2],
  chooseConvMethod: [[x, [1, 2]], { mode: 1 }, 1],
  convolve2d: [
    [
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 1]],
    ],
    { fillvalue: 'zero' },
    3,
  ],
  correlate2d: [
    [
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 1]],
    ],
    { boundary: 7 },
    3,
  ],
  medfilt: [[x], { kernelSize: 'three' }, 1],
  savgolCoeffs: [[5, 2], { deriv: -1 }, 4],
  savgolFilter: [[x, 5, 2], { mode: 1 }, 5],
  detrend: [[x], { type: 0 }, 3],
  hilbert: [[x], { N: 2.5 }, 2],
  butter: [[4, 0.3], { analog: 'no' }, 4],
  cheby1: [[4, 1, 0.3], { output: 2 }, 4],
  cheby2: [[4, 40, 0.3], { fs: 'fast' }, 4],
  ellip: [[4, 1, 40, 0.3], { btype: 1 }, 4],
  bessel: [[4, 0.3], { norm: 2 }, 5],
  iirfilter: [[4, [0.2, 0.4]], { ftype: 0 }, 7],
  zpk2tf: [[[-1], [0.5], 1], {}, 0],
  tf2zpk: [
    [
      [1, 1],
      [1, -0.5],
    ],
    {},
    0,
  ],
  zpk2sos: [[[-1], [0.5], 1], { pairing: 3 }, 1],
  sos2tf: [[sos], {}, 0],
  sos2zpk: [[sos], {}, 0],
  buttord: [[0.2, 0.3, 3, 40], { analog: 1 }, 2],
  cheb1ord: [[0.2, 0.3, 3, 40], { fs: 'x' }, 2],
  cheb2ord: [[0.2, 0.3, 3, 40], { analog: 'no' }, 2],
  ellipord: [[0.2, 0.3, 3, 40], { fs: [1] }, 2],
  groupDelay: [
    [
      [
        [1, 1],
        [1, -0.5],
      ],
    ],
    { whole: 'yes' },
    3,
  ],
  tf2sos: [
    [
      [1, 1],
      [1, -0.5],
    ],
    { analog: 'yes' },
    1,
  ],
  lp2lpZpk: [[[], [-1], 1, 2], {}, 0],
  lp2hpZpk: [[[], [-1], 1, 2], {}, 0],
  lp2bpZpk: [[[], [-1], 1, 2, 1], {}, 0],
  lp2bsZpk: [[[], [-1], 1, 2, 1], {}, 0],
  bilinearZpk: [[[], [-1], 1, 2], {}, 0],
  bilinear: [[[1], [1, 1], 2], {}, 0],
  freqz: [[[1, 1]], { worN: 'many' }, 5],
  sosfreqz: [[sos], { whole: 1 }, 3],
  firwin: [[11, 0.3], { window: 'hamming', scale: 'yes' }, 0],
  firwin2: [[11, [0, 0.5, 1], [1, 1, 0]], { antisymmetric: 'no' }, 0],
  kaiserBeta: [[30], {}, 0],
  kaiserAtten: [[11, 0.1], {}, 0],
  kaiserord: [[30, 0.1], {}, 0],
  resample: [[x, 12], { domain: 1 }, 4],
  resamplePoly: [[x, 2, 3], { padtype: 1 }, 4],
  upfirdn: [[[1, 1], x, 2], { down: 0 }, 5],
  decimate: [[x, 2, null, 'fir'], { zeroPhase: 1 }, 4],
};
const NO_OPTIONS = new Set([
  'lfilterZi',
  'sosfiltZi',
  'zpk2tf',
  'tf2zpk',
  'sos2tf',
  'sos2zpk',
  'lp2lpZpk',
  'lp2hpZpk',
  'lp2bpZpk',
  'lp2bsZpk',
  'bilinearZpk',
  'bilinear',
  'kaiserBeta',
  'kaiserAtten',
  'kaiserord',
]);

describe('filter, design and resampling exports: wrong-style arguments', () => {
  for (const [name, [args, badOpt, npos]] of Object.entries(TABLE)) {
    const f = fnOf(name);
    it(`${name}(...) runs on valid arguments`, () => {
      expect(() => f(...args)).not.toThrow();
    });
    if (!NO_OPTIONS.has(name)) {
      it(`${name}(..., {bogus: 1}) names the unknown option`, () => {
        const e = thrown(() => f(...args, { bogus: 1 }));
        expect(e).toBeInstanceOf(ArgumentError);
        expect((e as Error).message).toContain(`${name}:`);
        expect((e as Error).message).toContain('bogus');
      });
      it(`${name}(..., ${JSON.stringify(badOpt)}) is a typed error naming the option`, () => {
        const e = thrown(() => f(...args, badOpt));
        expect(typed(e), String(e)).toBe(true);
        expect((e as Error).message).toContain(`${name}:`);
        const key = Object.keys(badOpt).at(-1) as string;
        expect((e as Error).message).toContain(key);
      });
    } else {
      it(`${name}(..., extra) takes no further arguments`, () => {
        const e = thrown(() => f(...args, { bogus: 1 }, 1, 2, 3, 4, 5, 6, 7, 8));
        expect(typed(e), String(e)).toBe(true);
      });
    }
    it(`${name} with ${npos + 1} extra positionals is an ArgumentError`, () => {
      const extra = new Array(npos + 1).fill(undefined).map((_, i) => (i === npos ? 12345 : undefined));
      const e = thrown(() => f(...args, ...extra, 12345, 12345, 12345, 12345, 12345, 12345, 12345, 12345));
      expect(typed(e), String(e)).toBe(true);
    });
    it(`${name}("abc", ...) is a typed error`, () => {
      const e = thrown(() => f('abc', ...args.slice(1)));
      expect(typed(e), String(e)).toBe(true);
    });
  }
  it('every filter/design/resample export is in the sweep', () => {
    const mine = Object.keys(signal).filter((k) => k in TABLE);
    expect(mine.sort()).toEqual(Object.keys(TABLE).sort());
  });
});

describe('NaN and empty inputs', () => {
  const nanX = [1, Number.NaN, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
  for (const [name, call] of [
    ['lfilter', () => signal.lfilter([1, 1], [1, -0.5], nanX)],
    ['sosfilt', () => signal.sosfilt(sos, nanX)],
    ['filtfilt', () => signal.filtfilt([1, 1], [1, -0.5], nanX)],
    ['sosfiltfilt', () => signal.sosfiltfilt(sos, nanX)],
    ['convolve', () => signal.convolve(nanX, [1, 2])],
    ['fftconvolve', () => signal.fftconvolve(nanX, [1, 2])],
    ['hilbert', () => signal.hilbert(nanX)],
    ['resample', () => signal.resample(nanX, 10)],
    ['resamplePoly', () => signal.resamplePoly(nanX, 2, 3)],
    ['decimate', () => signal.decimate([...nanX, ...nanX], 2)],
    ['savgolFilter', () => signal.savgolFilter(nanX, 5, 2)],
    ['detrend', () => signal.detrend(nanX)],
  ] as const) {
    it(`${name} with a NaN in the signal returns NaNs without throwing`, () => {
      const y = (call() as { toArray(): unknown }).toArray() as unknown[];
      expect(JSON.stringify(y)).toContain('null'); // NaN serializes as null
    });
  }
  it('butter(4, NaN) is a ValueError', () => {
    expect(() => signal.butter(4, Number.NaN)).toThrow(/greater than 0/);
  });
  it('lfilter on an empty signal is empty; filtfilt names padlen', () => {
    expect(signal.lfilter([1], [1, 0.5], []).shape).toEqual([0]);
    expect(() => signal.filtfilt([1], [1, 0.5], [])).toThrow(/padlen/);
  });
  it('convolve([], [1]) is a ValueError; fftconvolve([], [1]) is empty', () => {
    expect(() => signal.convolve([], [1])).toThrow(/cannot be empty/);
    expect(signal.fftconvolve([], [1]).size).toBe(0);
  });
  it('lfilter and sosfilt of a length-1 signal', () => {
    expect(signal.lfilter([2], [1, 0.5], [3]).toArray()).toEqual([6]);
    expect(signal.sosfilt([[2, 0, 0, 1, 0.5, 0]], [3]).toArray()).toEqual([6]);
  });
});
