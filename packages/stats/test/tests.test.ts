/**
 * The hypothesis tests against SciPy 1.17 (tests.json from scripts/gen_tests_fixtures.py): exact
 * small-sample paths, ties, asymptotic paths, every alternative, NaN policies and axes.
 */
import { readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, type EncScalar, expectClose, num, type Tolerance } from '../../../test/fixtures.js';
import * as stats from '../src/index.js';

interface Case {
  fn: string;
  args: (Enc | EncScalar | { ref: string })[];
  opts: Record<string, unknown>;
  want: Record<string, Enc | EncScalar>;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/tests.json', import.meta.url), 'utf8')) as {
  data: Record<string, Enc>;
  cases: Case[];
};

/** Named tolerances. */
const EXACT: Tolerance = { rtol: 1e-12 }; // exact null distributions: sums of a few hundred terms
const PVALUE: Tolerance = { rtol: 1e-10 }; // tails of the normal, chi-square, F and t distributions
const STATISTIC: Tolerance = { rtol: 1e-12 }; // sums of ranks, squares and logs
const CI: Tolerance = { rtol: 1e-9, atol: 1e-11 }; // SciPy solves the exact limits with brentq (xtol 2e-12)

function input(a: Case['args'][number]): unknown {
  if (typeof a === 'object' && a !== null && 'ref' in a) return decode(fx.data[a.ref] as Enc);
  if (typeof a === 'object' && a !== null && 'dtype' in a) return decode(a as Enc);
  return num(a as number | string);
}

function want(e: Enc | EncScalar): number | NDArray {
  if (typeof e === 'object' && e !== null && 'dtype' in e) return decode(e as Enc);
  return num(e as number | string);
}

function tolerance(fn: string, field: string, opts: Record<string, unknown>): Tolerance {
  if (field.startsWith('ci_')) return CI;
  if (field === 'statistic' || field === 'dof' || field === 'expectedFreq') return STATISTIC;
  const exact = opts.method === 'exact' || fn === 'fisherExact' || fn === 'binomtest';
  return exact ? EXACT : PVALUE;
}

type Fn = (...a: unknown[]) => Record<string, unknown>;
const fns = stats as unknown as Record<string, Fn>;

describe('hypothesis tests match SciPy 1.17', () => {
  const seen = new Map<string, number>();
  for (const c of fx.cases) {
    const k = (seen.get(c.fn) ?? 0) + 1;
    seen.set(c.fn, k);
    it(`${c.fn} #${k}(${JSON.stringify(c.opts)})`, () => {
      const args = c.args.map(input);
      const r = (fns[c.fn] as Fn)(...args, c.opts);
      for (const [field, w] of Object.entries(c.want)) {
        let got: unknown;
        if (field.startsWith('ci_')) {
          const [, method, cl, side] = field.split('_');
          const ci = (r.proportionCi as (o: object) => { low: number; high: number })({
            confidenceLevel: Number(cl),
            method,
          });
          got = side === 'low' ? ci.low : ci.high;
        } else got = r[field];
        expect(got, field).toBeDefined();
        expectClose(got as number | NDArray, want(w), tolerance(c.fn, field, c.opts), `${c.fn} ${field}`);
      }
    });
  }
});
