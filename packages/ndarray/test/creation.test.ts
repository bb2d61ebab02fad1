import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import * as nd from '../src/index.js';
import { type NDArray, ValueError } from '../src/index.js';

interface Case {
  fn: string;
  args: unknown[];
  out: Enc | Enc[];
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/creation.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

function check(got: NDArray, want: Enc): void {
  expect(got.dtype).toBe(want.dtype);
  expect(got.shape).toEqual(want.shape);
  // Exact: NumPy's creation routines are reproduced operation for operation (rtol 0), except
  // logspace/geomspace, whose ** and log10 may differ from C's pow/log10 by 1 ulp (rtol 4.5e-16).
  expectClose(got, decode(want), { rtol: 4.5e-16 }, 'creation');
}

describe('creation functions against NumPy fixtures', () => {
  for (const c of fixtures.cases) {
    it(`${c.fn}(${JSON.stringify(c.args).slice(1, -1)})`, () => {
      const fn = (nd as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn] as (...a: unknown[]) => unknown;
      const got = fn(...c.args);
      const outs = Array.isArray(c.out) ? c.out : [c.out];
      const gots = Array.isArray(c.out) ? (got as NDArray[]) : [got as NDArray];
      for (let i = 0; i < outs.length; i++) check(gots[i] as NDArray, outs[i] as Enc);
    });
  }
  it('bad input gives clear errors', () => {
    expect(() => nd.zeros([-1])).toThrow(ValueError);
    expect(() => nd.zeros([2.5])).toThrow(/negative or non-integer dimensions/);
    expect(() => nd.linspace(0, 1, -1)).toThrow(/num must be a non-negative integer, got -1/);
    expect(() => nd.arange(0, 1, 0)).toThrow(/step must not be zero/);
    expect(() => nd.geomspace(0, 1, 3)).toThrow(/cannot include zero/);
    expect(() => nd.diag(nd.zeros([2, 2, 2]))).toThrow(/1-D or 2-D/);
    expect(() => nd.zeros(2, { dtype: 'float16' as never })).toThrow(/zeros: dtype must be a dtype name.*"float16"/);
  });
});
