// Wrong-style arguments over every export (conventions §2): wrong types, unknown options, extra
// positionals, NaN, empty and mismatched shapes give a typed error naming the function, or SciPy's answer.
import { ShapeError } from '@stride/ndarray';
import * as special from '@stride/special';
import { describe, expect, it } from 'vitest';

const ARITY: Record<string, number> = {
  gamma: 1,
  gammaln: 1,
  digamma: 1,
  psi: 1,
  rgamma: 1,
  erf: 1,
  erfc: 1,
  erfcx: 1,
  erfinv: 1,
  erfcinv: 1,
  ndtr: 1,
  logNdtr: 1,
  ndtri: 1,
  expit: 1,
  logExpit: 1,
  logit: 1,
  factorial: 1,
  beta: 2,
  betaln: 2,
  gammainc: 2,
  gammaincc: 2,
  gammaincinv: 2,
  gammainccinv: 2,
  xlogy: 2,
  xlog1py: 2,
  comb: 2,
  betainc: 3,
  betaincc: 3,
  betaincinv: 3,
  zeta: 2,
  j0: 1,
  j1: 1,
  y0: 1,
  y1: 1,
  i0: 1,
  i1: 1,
  jv: 2,
  yv: 2,
  iv: 2,
  kv: 2,
};

const OPTIONAL: Record<string, number> = { zeta: 1 };

const fns = Object.entries(special).filter(([name, v]) => typeof v === 'function' && !/Error$/.test(name)) as [
  string,
  (...a: unknown[]) => unknown,
][];

describe('argument sweep over @stride/special', () => {
  it('every exported function has an arity in this sweep', () => {
    for (const [name] of fns) expect(ARITY[name], name).toBeDefined();
  });

  for (const [name, fn] of fns) {
    const n = ARITY[name] as number;
    const ok = Array.from({ length: n }, () => 0.5);
    it(`${name}: wrong argument types throw a TypeError naming ${name}`, () => {
      for (const bad of ['0.5', undefined, null, Symbol('s'), () => 1, { a: 1 }]) {
        for (let slot = 0; slot < n; slot++) {
          // an optional parameter may be left undefined or null (zeta's q)
          if (OPTIONAL[name] === slot && (bad === undefined || bad === null)) continue;
          const args = [...ok];
          args[slot] = bad as never;
          let err: unknown;
          try {
            fn(...args);
          } catch (e) {
            err = e;
          }
          expect(err, `${name} with ${String(bad)} in slot ${slot}`).toBeInstanceOf(TypeError);
          expect((err as Error).message).toContain(name);
          expect((err as Record<symbol, unknown>)[Symbol.for('stride.error')]).toBe(true);
        }
      }
    });
    it(`${name}: an unknown option or an extra positional throws a TypeError`, () => {
      expect(() => fn(...ok, { nope: 1 })).toThrow(TypeError);
      expect(() => fn(...ok, 1, 2, 3)).toThrow(TypeError);
    });
    it(`${name}: NaN in gives NaN out, empty in gives empty out`, () => {
      const nanArgs = Array.from({ length: n }, () => Number.NaN);
      expect(fn(...nanArgs)).toBeNaN();
      const empty = Array.from({ length: n }, () => new Float64Array(0));
      expect((fn(...empty) as special.ArrayArg & { shape: number[] }).shape).toEqual([0]);
    });
    if (n > 1) {
      it(`${name}: shapes that do not broadcast throw a ShapeError naming both`, () => {
        const args: unknown[] = [new Float64Array(2), new Float64Array(3), ...Array.from({ length: n - 2 }, () => 0.5)];
        expect(() => fn(...args)).toThrow(ShapeError);
        expect(() => fn(...args)).toThrow(/\[2\].*\[3\]/);
      });
    }
  }

  it('complex input is a DTypeError', () => {
    expect(() => special.gamma({ re: 1, im: 1 })).toThrow(special.DTypeError);
  });

  it('comb with exact=true and a non-integer is a ValueError', () => {
    expect(() => special.comb(5.5, 2, { exact: true })).toThrow(special.ValueError);
    expect(() => special.comb(5, 2, { exact: 'yes' } as never)).toThrow(TypeError);
  });
});
