// Accuracy against mpmath (fixtures from scripts/gen_special_fixtures.py): each function's maximum
// error in ulps over its grid (tiny, huge, subnormal, negative, near-pole arguments, far tails).
import { NDArray } from '@stride/ndarray';
import * as special from '@stride/special';
import { describe, expect, it } from 'vitest';
import { type Case, loadFamily, stats, ulpErrors, values } from './accuracy.js';

type Fn = (...args: NDArray[]) => NDArray;

/** The largest error in ulps each function may show on its grid (measured, then rounded up). */
const MAX_ULPS: Record<string, number> = {
  gamma: 64,
  gammaln: 64,
  digamma: 64,
  rgamma: 64,
  beta: 512,
  betaln: 64,
  erf: 4,
  erfc: 4,
  erfcx: 4,
  erfinv: 4,
  erfcinv: 8,
  ndtr: 4,
  logNdtr: 4,
  ndtri: 4,
  expit: 4,
  logExpit: 4,
  logit: 4,
  xlogy: 4,
  xlog1py: 4,
  comb: 64,
  factorial: 64,
  gammainc: 64,
  gammaincc: 64,
  gammaincinv: 64,
  gammainccinv: 64,
  betainc: 64,
  betaincc: 64,
  betaincinv: 64,
};

function check(name: string, c: Case): void {
  const fn = (special as unknown as Record<string, Fn>)[name] as Fn;
  const args = c.args.map((a) => new NDArray('float64', values(a), a.shape));
  const got = fn(...args);
  const errs = ulpErrors(got.data as Float64Array, values(c.truth), values(c.scipy));
  const s = stats(errs);
  const tol = MAX_ULPS[name] as number;
  const where =
    s.at >= 0
      ? `at (${args.map((a) => a.data[s.at]).join(', ')}): got ${got.data[s.at]}, want ${values(c.truth)[s.at]}`
      : '';
  expect(s.max, `${name}: max ${s.max} ulps ${where}`).toBeLessThanOrEqual(tol);
}

for (const family of ['gamma', 'erf', 'elementary']) {
  describe(`accuracy vs mpmath: ${family}`, () => {
    const cases = loadFamily(family);
    for (const [name, c] of Object.entries(cases)) {
      it(`${name} is within ${MAX_ULPS[name]} ulps of mpmath on ${c.truth.data.length} points`, () => check(name, c));
    }
  });
}
