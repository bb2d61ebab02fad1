// Wrong-style arguments over every export of the fft namespace (conventions §2): wrong types,
// unknown options, extra positionals, NaN, empty input give a typed error naming the function
// and parameter, or NumPy's answer.
import { ArgumentError, StrideError, ValueError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { fft } from '../src/index.js';

const TRANSFORMS_1D = ['fft', 'ifft', 'rfft', 'irfft', 'hfft', 'ihfft'] as const;
const TRANSFORMS_ND = ['fft2', 'ifft2', 'fftn', 'ifftn', 'rfftn', 'irfftn', 'rfft2', 'irfft2'] as const;
type AnyFn = (...args: unknown[]) => unknown;
const call = (name: string, ...args: unknown[]): unknown =>
  ((fft as unknown as Record<string, AnyFn>)[name] as AnyFn)(...args);

function expectArgumentError(f: () => unknown, fn: string, param: string): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, `${fn} should throw`).toBeInstanceOf(ArgumentError);
  expect((err as Error).message).toContain(`${fn}:`);
  expect((err as Error).message).toContain(param);
}

describe('fft namespace: wrong-style arguments', () => {
  it('every export of fft is listed in this sweep', () => {
    const listed = [...TRANSFORMS_1D, ...TRANSFORMS_ND, 'fftfreq', 'rfftfreq', 'fftshift', 'ifftshift', 'nextFastLen'];
    // the DCT/DST (swept in dct-arguments.test.ts)
    listed.push('dct', 'idct', 'dst', 'idst', 'dctn', 'idctn', 'dstn', 'idstn');
    expect(Object.keys(fft).sort()).toEqual([...listed].sort());
  });
  for (const name of TRANSFORMS_1D) {
    const x = [1, 2, 3, 4];
    it(`fft.${name}(x, {n: "4"}) is an ArgumentError naming n`, () => {
      expectArgumentError(() => call(name, x, { n: '4' }), name, 'n');
    });
    it(`fft.${name}(x, {n: 2.5}) and {axis: 0.5} are ArgumentErrors`, () => {
      expectArgumentError(() => call(name, x, { n: 2.5 }), name, 'n');
      expectArgumentError(() => call(name, x, { axis: 0.5 }), name, 'axis');
    });
    it(`fft.${name}(x, {norm: "bogus"}) is a ValueError and {norm: 1} an ArgumentError`, () => {
      expect(() => call(name, x, { norm: 'bogus' })).toThrow(ValueError);
      expect(() => call(name, x, { norm: 'bogus' })).toThrow(/norm must be one of "backward", "ortho", "forward"/);
      expectArgumentError(() => call(name, x, { norm: 1 }), name, 'norm');
    });
    it(`fft.${name}(x, {nn: 4}) names the unknown option`, () => {
      expectArgumentError(() => call(name, x, { nn: 4 }), name, 'nn');
    });
    it(`fft.${name}(x, 4, -1, "ortho", 5) has too many positionals`, () => {
      expect(() => call(name, x, 4, -1, 'ortho', 5)).toThrow(ArgumentError);
    });
    it(`fft.${name}(x, 4, {n: 4}) gives n twice`, () => {
      expectArgumentError(() => call(name, x, 4, { n: 4 }), name, 'n');
    });
    it(`fft.${name}("abc") is a typed error`, () => {
      expect(() => call(name, 'abc')).toThrow(StrideError);
    });
    it(`fft.${name}([]) is NumPy's ValueError (no data points)`, () => {
      expect(() => call(name, [])).toThrow(ValueError);
    });
    it(`fft.${name}([NaN, 1]) propagates NaN without throwing`, () => {
      const r = call(name, [Number.NaN, 1, 2]) as { toArray(): unknown };
      expect(JSON.stringify(r.toArray(), (_, v) => (Number.isNaN(v) ? 'nan' : v))).toContain('nan');
    });
  }
  for (const name of TRANSFORMS_ND) {
    const x = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    it(`fft.${name}(x, {s: 3}) and {axes: "0"} are ArgumentErrors`, () => {
      expectArgumentError(() => call(name, x, { s: 3 }), name, 's');
      expectArgumentError(() => call(name, x, { axes: '0' }), name, 'axes');
    });
    it(`fft.${name}(x, {s: [4]}, axes [0, 1]) is a ValueError (s and axes differ in length)`, () => {
      expect(() => call(name, x, { s: [4], axes: [0, 1] })).toThrow(ValueError);
    });
    it(`fft.${name}(x, {axes: [5]}) is an axis error`, () => {
      expect(() => call(name, x, { axes: [5] })).toThrow(/axis 5 is out of bounds/);
    });
    it(`fft.${name}(x, {bogus: 1}) names the unknown option`, () => {
      expectArgumentError(() => call(name, x, { bogus: 1 }), name, 'bogus');
    });
  }
  it('fft.fftfreq / fft.rfftfreq reject n = 0, n = 2.5, d = "1" and d = NaN', () => {
    for (const name of ['fftfreq', 'rfftfreq']) {
      expect(() => call(name, 0)).toThrow(ValueError);
      expectArgumentError(() => call(name, 2.5), name, 'n');
      expectArgumentError(() => call(name, 4, '1'), name, 'd');
      expectArgumentError(() => call(name, 4, Number.NaN), name, 'd');
      expectArgumentError(() => call(name, 4, { dd: 1 }), name, 'dd');
    }
  });
  it('fft.fftshift / fft.ifftshift reject axes = "0" and an out-of-range axis', () => {
    for (const name of ['fftshift', 'ifftshift']) {
      expectArgumentError(() => call(name, [1, 2], '0'), name, 'axes');
      expect(() => call(name, [1, 2], 3)).toThrow(StrideError);
    }
  });
  it('fft.nextFastLen rejects -1, 2.5 and real = "yes"', () => {
    expectArgumentError(() => call('nextFastLen', -1), 'nextFastLen', 'target');
    expectArgumentError(() => call('nextFastLen', 2.5), 'nextFastLen', 'target');
    expectArgumentError(() => call('nextFastLen', 10, 'yes'), 'nextFastLen', 'real');
  });
  it('a failed call leaves its input unchanged', () => {
    const x = new Float64Array([1, 2, 3]);
    expect(() => fft.fft(x, { norm: 'bogus' as never })).toThrow();
    expect(Array.from(x)).toEqual([1, 2, 3]);
  });
});
