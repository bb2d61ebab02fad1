import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Enc, decode } from '../../../test/fixtures.js';
import { array } from '../src/index.js';

interface Case extends Enc {
  repr: string;
  str: string;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/print.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

describe('printing matches NumPy repr and str', () => {
  for (const c of fixtures.cases) {
    it(`repr of ${c.dtype} ${JSON.stringify(c.shape)}: ${c.repr.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const a = decode(c);
      expect(a.toString()).toBe(c.repr);
      expect(a.str()).toBe(c.str);
    });
  }
  it('console.log uses the repr', async () => {
    const { inspect } = await import('node:util');
    expect(inspect(array([1, 2]))).toBe('array([1, 2])');
  });
});
