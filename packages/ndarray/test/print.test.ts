import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DType, NDArray, array } from '../src/index.js';
import { allocate, writeScalar } from '../src/core/convert.js';

interface Case {
  dtype: DType;
  shape: number[];
  values: (number | string | boolean | [number | string, number | string])[];
  repr: string;
  str: string;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/print.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

const num = (v: number | string): number =>
  v === 'nan' ? Number.NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === '-0' ? -0 : Number(v);

function build(c: Case): NDArray {
  const data = allocate(c.dtype, c.values.length);
  c.values.forEach((v, i) => {
    if (Array.isArray(v)) writeScalar(c.dtype, data, i, { re: num(v[0]), im: num(v[1]) });
    else if (typeof v === 'boolean') writeScalar(c.dtype, data, i, v);
    else if (c.dtype === 'int64' || c.dtype === 'uint64') writeScalar(c.dtype, data, i, BigInt(v));
    else writeScalar(c.dtype, data, i, num(v));
  });
  return new NDArray(c.dtype, data, c.shape);
}

describe('printing matches NumPy repr and str', () => {
  for (const c of fixtures.cases) {
    it(`repr of ${c.dtype} ${JSON.stringify(c.shape)}: ${c.repr.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const a = build(c);
      expect(a.toString()).toBe(c.repr);
      expect(a.str()).toBe(c.str);
    });
  }
  it('console.log uses the repr', async () => {
    const { inspect } = await import('node:util');
    expect(inspect(array([1, 2]))).toBe('array([1, 2])');
  });
});
