// Wrong-style arguments over the DCT/DST of the fft namespace (conventions §2).
import { ArgumentError, StrideError, ValueError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { argError } from './argument-helpers.js';
import { fft } from '../src/index.js';

type AnyFn = (...args: unknown[]) => { toArray(): unknown; shape: number[] };
const ONE_D = ['dct', 'idct', 'dst', 'idst'] as const;
const N_D = ['dctn', 'idctn', 'dstn', 'idstn'] as const;
const fn = (name: string) => (fft as unknown as Record<string, AnyFn>)[name] as AnyFn;

describe('fft DCT/DST: wrong-style arguments', () => {
  for (const name of [...ONE_D, ...N_D]) {
    const f = fn(name);
    const x = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    it(`fft.${name}: type "2" is an ArgumentError, type 5 a ValueError naming type`, () => {
      argError(() => f(x, '2'), name, 'type');
      expect(() => f(x, 5)).toThrow(ValueError);
      expect(() => f(x, 5)).toThrow(/type must be 1, 2, 3 or 4, got 5/);
    });
    it(`fft.${name}: unknown options, a bad norm and a bad orthogonalize are named`, () => {
      argError(() => f(x, { bogus: 1 }), name, 'bogus');
      expect(() => f(x, { norm: 'bogus' })).toThrow(ValueError);
      argError(() => f(x, { orthogonalize: 1 }), name, 'orthogonalize');
    });
    it(`fft.${name}("abc") is a typed error and NaN propagates`, () => {
      expect(() => f('abc')).toThrow(StrideError);
      expect(JSON.stringify(f([Number.NaN, 1, 2]).toArray())).toContain('null');
    });
    it(`fft.${name}([]) is a ValueError (no data points)`, () => {
      expect(() => f([])).toThrow(ValueError);
    });
    it(`fft.${name}: too many positionals is an ArgumentError`, () => {
      expect(() => f(x, 2, null, null, 'ortho', 1)).toThrow(ArgumentError);
    });
  }
  for (const name of ONE_D) {
    it(`fft.${name}: n 2.5, axis "0" and axis 3 are typed errors`, () => {
      argError(() => fn(name)([1, 2, 3], { n: 2.5 }), name, 'n');
      argError(() => fn(name)([1, 2, 3], { axis: '0' }), name, 'axis');
      expect(() => fn(name)([1, 2, 3], { axis: 3 })).toThrow(/axis 3 is out of bounds/);
    });
  }
  it('fft.dct(x, 1) of one point is a ValueError (type 1 needs two)', () => {
    expect(() => fft.dct([1], 1)).toThrow(/type 1 needs at least 2/);
  });
  for (const name of N_D) {
    it(`fft.${name}: s "3" and axes [5] are typed errors`, () => {
      argError(() => fn(name)([[1, 2]], { s: '3' }), name, 's');
      expect(() => fn(name)([[1, 2]], { axes: [5] })).toThrow(/axis 5 is out of bounds/);
    });
  }
});
