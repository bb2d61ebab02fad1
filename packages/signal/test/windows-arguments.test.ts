// Wrong-style arguments over every export of the windows namespace (conventions §2): wrong
// types, unknown options, extra positionals, missing parameters, NaN and negative lengths give a
// typed error naming the function and the parameter.
import { ArgumentError, ValueError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { windows } from '../src/index.js';

type AnyFn = (...args: unknown[]) => { shape: number[] };
const fns = windows as unknown as Record<string, AnyFn>;

/** Each window with the parameters it requires (positional, in SciPy's order). */
const REQUIRED: Record<string, unknown[]> = {
  barthann: [],
  bartlett: [],
  blackman: [],
  blackmanharris: [],
  bohman: [],
  boxcar: [],
  cosine: [],
  flattop: [],
  hamming: [],
  hann: [],
  lanczos: [],
  nuttall: [],
  parzen: [],
  triang: [],
  exponential: [],
  tukey: [],
  taylor: [],
  generalCosine: [[0.5, 0.5]],
  generalHamming: [0.54],
  gaussian: [2],
  generalGaussian: [1.5, 2],
  kaiser: [5],
  kaiserBesselDerived: [5],
  chebwin: [60],
  dpss: [1.5],
};

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('windows namespace: wrong-style arguments', () => {
  it('every export of windows is listed in this sweep', () => {
    expect(Object.keys(windows).sort()).toEqual([...Object.keys(REQUIRED), 'get', 'windowNames'].sort());
  });
  for (const [name, params] of Object.entries(REQUIRED)) {
    const f = fns[name] as AnyFn;
    it(`windows.${name}: M "4", 2.5 and -1 are typed errors naming M`, () => {
      const a = thrown(() => f('4', ...params));
      expect(a).toBeInstanceOf(ArgumentError);
      expect(a.message).toMatch(new RegExp(`^${name}: .*M`));
      expect(thrown(() => f(2.5, ...params))).toBeInstanceOf(ArgumentError);
      const v = thrown(() => f(-1, ...params));
      expect(v).toBeInstanceOf(ValueError);
      expect(v.message).toContain('-1');
    });
    it(`windows.${name}(4, ..., {bogus: 1}) names the unknown option; {sym: "yes"} names sym`, () => {
      const a = thrown(() => f(4, ...params, { bogus: 1 }));
      expect(a).toBeInstanceOf(ArgumentError);
      expect(a.message).toContain('bogus');
      const s = thrown(() => f(4, ...params, { sym: 'yes' }));
      expect(s).toBeInstanceOf(ArgumentError);
      expect(s.message).toContain('sym');
    });
    it(`windows.${name}(4, ...) with too many positionals is an ArgumentError`, () => {
      expect(() => f(4, ...params, true, 1, 2, 3, 4, 5)).toThrow(ArgumentError);
    });
    if (params.length > 0) {
      it(`windows.${name}(4) without its parameters is an ArgumentError naming the first`, () => {
        const e = thrown(() => f(4));
        expect(e).toBeInstanceOf(ArgumentError);
        expect(e.message).toMatch(new RegExp(`^${name}: .*missing`));
      });
      it(`windows.${name}(4, "x") is an ArgumentError`, () => {
        expect(() => f(4, 'x', ...params.slice(1))).toThrow(ArgumentError);
      });
    }
    it(`windows.${name}(0, ...) is an empty window`, () => {
      expect(f(0, ...params).shape).toEqual([0]);
    });
  }
  it('windows.kaiser(4, NaN) and chebwin(4, Infinity) are ValueErrors naming the parameter', () => {
    expect(() => windows.kaiser(4, Number.NaN)).toThrow(/kaiser: beta must be finite/);
    expect(() => windows.chebwin(4, Number.POSITIVE_INFINITY)).toThrow(/chebwin: at must be finite/);
  });
  it('windows.kaiserBesselDerived: odd M and sym false are ValueErrors (SciPy)', () => {
    expect(() => windows.kaiserBesselDerived(5, 4)).toThrow(ValueError);
    expect(() => windows.kaiserBesselDerived(4, 4, { sym: false })).toThrow(/symmetric/);
  });
  it('windows.dpss: NW ≥ M/2, NW ≤ 0, Kmax > M and an unknown norm are ValueErrors', () => {
    expect(() => windows.dpss(8, 4)).toThrow(/NW must be less than M\/2/);
    expect(() => windows.dpss(8, 0)).toThrow(/NW must be positive/);
    expect(() => windows.dpss(8, 2, 9)).toThrow(/Kmax/);
    expect(() => windows.dpss(8, 2, { norm: 3 as never })).toThrow(ValueError);
    expect(() => windows.dpss(8, 2, { norm: true as never })).toThrow(ArgumentError);
  });
  it('windows.exponential with a center and sym true is a ValueError (SciPy)', () => {
    expect(() => windows.exponential(4, 1)).toThrow(/exponential: .*center/);
  });
  it('windows.taylor with sll < 0 or nbar < 1 is a ValueError', () => {
    expect(() => windows.taylor(4, 4, -3)).toThrow(/sll/);
    expect(() => windows.taylor(4, 0)).toThrow(/nbar/);
  });
  it('windows.generalCosine(4, []) is a ValueError', () => {
    expect(() => windows.generalCosine(4, [])).toThrow(ValueError);
  });
  it('windows.get: unknown names, missing and superfluous parameters, bad Nx', () => {
    expect(() => windows.get('hannn', 4)).toThrow(/get: unknown window name "hannn"/);
    expect(() => windows.get('kaiser', 4)).toThrow(/needs parameters/);
    expect(() => windows.get(['hann', 3], 4)).toThrow(/takes no parameters/);
    expect(() => windows.get(['tukey', 0.5, 1], 4)).toThrow(/at most 1/);
    expect(() => windows.get('hann', 0)).toThrow(ValueError);
    expect(() => windows.get('hann', 2.5)).toThrow(ArgumentError);
    expect(() => windows.get('hann', '4' as never)).toThrow(/get: Nx/);
    expect(() => windows.get({} as never, 4)).toThrow(ArgumentError);
    expect(() => windows.get([3] as never, 4)).toThrow(/window name/);
    expect(() => windows.get('hann', 4, { fftbins: 1 as never })).toThrow(/fftbins/);
    expect(() => windows.get(['kaiser', 'x'] as never, 4)).toThrow(/kaiser: beta/);
    expect(() => windows.get(Number.NaN, 4)).toThrow(ValueError);
  });
  it('windows.windowNames lists SciPy names and aliases', () => {
    expect(windows.windowNames).toContain('hann');
    expect(windows.windowNames).toContain('kbd');
  });
});
