// Wrong-style arguments over every spectral export (conventions §2): wrong types, unknown
// options, bad windows, bad overlaps, NaN and empty input.
import { StrideError, ValueError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { argError } from './argument-helpers.js';
import * as signal from '../src/index.js';

type AnyFn = (...args: unknown[]) => Record<string, { shape: number[]; toArray(): unknown }>;
const x = Array.from({ length: 64 }, (_, i) => Math.sin(i));
const ONE = ['welch', 'periodogram', 'spectrogram', 'stft'] as const;
const TWO = ['csd', 'coherence'] as const;
const fn = (name: string) => (signal as unknown as Record<string, AnyFn>)[name] as AnyFn;
const call = (name: string, opts: Record<string, unknown>) =>
  TWO.includes(name as never) ? fn(name)(x, x, opts) : fn(name)(x, opts);

describe('spectral: wrong-style arguments', () => {
  for (const name of [...ONE, ...TWO]) {
    it(`${name}: unknown options, wrong types of fs, window, detrend and axis are ArgumentErrors`, () => {
      argError(() => call(name, { bogus: 1 }), name, 'bogus');
      argError(() => call(name, { fs: '1' }), name, 'fs');
      argError(() => call(name, { window: 5 }), name, 'window');
      argError(() => call(name, { window: {} }), name, 'window');
      argError(() => call(name, { detrend: 1 }), name, 'detrend');
      argError(() => call(name, { axis: 0.5 }), name, 'axis');
    });
    it(`${name}: an unknown window name and a bad detrend string are ValueErrors`, () => {
      expect(() => call(name, { window: 'hannn' })).toThrow(/unknown window name "hannn"/);
      expect(() => call(name, { detrend: 'quadratic' })).toThrow(ValueError);
    });
    if (name !== 'periodogram') {
      it(`${name}: noverlap ≥ nperseg and nfft < nperseg are ValueErrors naming the values`, () => {
        expect(() => call(name, { nperseg: 16, noverlap: 16 })).toThrow(
          /noverlap \(16\) must be less than nperseg \(16\)/,
        );
        expect(() => call(name, { nperseg: 16, nfft: 8 })).toThrow(/nfft \(8\) must be greater than or equal/);
        argError(() => call(name, { nperseg: 2.5 }), name, 'nperseg');
      });
    }
    it(`${name}: "abc" is a typed error; NaN propagates`, () => {
      expect(() => (TWO.includes(name as never) ? fn(name)('abc', x) : fn(name)('abc'))).toThrow(StrideError);
      const nanX = x.map((v, i) => (i === 3 ? Number.NaN : v));
      const r = TWO.includes(name as never) ? fn(name)(nanX, x, {}) : fn(name)(nanX, {});
      const main = Object.values(r).at(-1) as { toArray(): unknown };
      expect(JSON.stringify(main.toArray())).toContain('null');
    });
    it(`${name}: axis out of range is an axis error`, () => {
      expect(() => call(name, { axis: 2 })).toThrow(/axis 2 is out of bounds/);
    });
  }
  it('welch([]) and periodogram([]) give empty results like SciPy', () => {
    expect(signal.welch([]).pxx.shape).toEqual([0]);
    expect(signal.periodogram([]).f.shape).toEqual([0]);
  });
  it('spectrogram with an explicit window longer than the signal is a ValueError', () => {
    expect(() => signal.spectrogram([1, 2, 3], { window: [1, 1, 1, 1] })).toThrow(/window is longer than input signal/);
  });
  it('welch with nperseg different from the explicit window length is a ValueError', () => {
    expect(() => signal.welch(x, { window: [1, 1, 1, 1], nperseg: 5 })).toThrow(/nperseg \(5\) does not equal/);
  });
  it('stft boundary "bogus" is a ValueError; scaling 1 an ArgumentError', () => {
    expect(() => signal.stft(x, { boundary: 'bogus' as never })).toThrow(ValueError);
    argError(() => signal.stft(x, { scaling: 1 as never }), 'stft', 'scaling');
  });
  it('istft: 1-d input, equal axes, bad noverlap and window length are ValueErrors', () => {
    const { zxx } = signal.stft(x, { nperseg: 8 });
    expect(() => signal.istft([1, 2, 3])).toThrow(/at least 2-d/);
    expect(() => signal.istft(zxx, { timeAxis: 0, freqAxis: 0 })).toThrow(/axes must differ/);
    expect(() => signal.istft(zxx, { nperseg: 8, noverlap: 8 })).toThrow(/noverlap/);
    expect(() => signal.istft(zxx, { nperseg: 8, window: [1, 1] })).toThrow(/window must have length of 8/);
    argError(() => signal.istft(zxx, { bogus: 1 } as never), 'istft', 'bogus');
  });
  it('checkCola/checkNola: noverlap ≥ nperseg, negative noverlap and bad tol', () => {
    expect(() => signal.checkCola('hann', 8, 8)).toThrow(/noverlap \(8\) must be less than nperseg \(8\)/);
    expect(() => signal.checkNola('hann', 8, -1)).toThrow(/non-negative/);
    expect(() => signal.checkCola('hann', 0, 0)).toThrow(/nperseg must be a positive integer/);
    argError(() => signal.checkCola('hann', 8, 4, { tol: '1' } as never), 'checkCola', 'tol');
  });
  it('lombscargle: mismatched or empty inputs, negative weights, bad normalize', () => {
    expect(() => signal.lombscargle([1, 2], [1], [1])).toThrow(/equal non-zero length/);
    expect(() => signal.lombscargle([], [], [1])).toThrow(ValueError);
    expect(() => signal.lombscargle([1, 2], [1, 2], [])).toThrow(/freqs/);
    expect(() => signal.lombscargle([1, 2], [1, 2], [1], { weights: [1, -1] })).toThrow(/non-negative/);
    expect(() => signal.lombscargle([1, 2], [1, 2], [1], { normalize: 'bogus' as never })).toThrow(ValueError);
    argError(() => signal.lombscargle([1, 2], [1, 2], [1], { normalize: 1 as never }), 'lombscargle', 'normalize');
    argError(() => signal.lombscargle([1, 2], [1, 2], [1], { bogus: 1 } as never), 'lombscargle', 'bogus');
  });
  it('welch with an explicit window longer than the signal and csd of real x with complex y are ValueErrors (SciPy)', () => {
    expect(() => signal.welch([0, 1, 2], { window: [1, 1, 1, 1] })).toThrow(/window is longer than input signal/);
    expect(() => signal.csd([0, 1, 2, 3], [{ re: 1, im: 1 }, 2, 3, 4], { nperseg: 2 })).toThrow(
      /returnOnesided: false/,
    );
    expect(
      signal.csd([0, 1, 2, 3], [{ re: 1, im: 1 }, 2, 3, 4], { nperseg: 2, returnOnesided: false }).pxy.shape,
    ).toEqual([2]);
  });
});
