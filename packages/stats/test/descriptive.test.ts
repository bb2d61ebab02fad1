/**
 * Descriptive statistics and the simple tests against SciPy 1.17 (descriptive.json from
 * scripts/gen_stats_fixtures.py).
 */
import { readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe as group, expect, it } from 'vitest';
import { decode, expectClose, num, type Tolerance } from '../../../test/fixtures.js';
import {
  describe,
  iqr,
  kurtosis,
  linregress,
  mode,
  pearsonr,
  sem,
  skew,
  ttest1samp,
  ttestInd,
  ttestRel,
  zscore,
} from '../src/index.js';

type Enc = Parameters<typeof decode>[0];
const fx = JSON.parse(readFileSync(new URL('./fixtures/descriptive.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const a = decode(fx.a as Enc);
const b = decode(fx.b as Enc);
const c = decode(fx.c as Enc);
const MOMENTS: Tolerance = { rtol: 1e-12 }; // sums of powers: a few ulps per element
const PVALUE: Tolerance = { rtol: 1e-11 }; // t tails through the incomplete beta function
const cFirst25 = (c.toArray() as number[]).slice(0, 25);

const want = (e: unknown): NDArray | number => {
  const d = decode(e as Enc);
  return d.ndim === 0 ? (d.toArray() as unknown as number) : d;
};

group('descriptive statistics against SciPy', () => {
  for (const [key, axis] of [
    ['ax0', 0],
    ['ax1', 1],
    ['axNone', null],
  ] as const) {
    const w = fx[key] as Record<string, Enc>;
    it(`skew, kurtosis, sem, zscore, iqr of a (6, 4) sample along axis ${axis}`, () => {
      expectClose(skew(a, { axis }), want(w.skew), MOMENTS, 'skew');
      expectClose(skew(a, axis, false), want(w.skewUnbiased), MOMENTS, 'skew unbiased');
      expectClose(kurtosis(a, { axis }), want(w.kurtosis), MOMENTS, 'kurtosis');
      expectClose(
        kurtosis(a, { axis, fisher: false, bias: false }),
        want(w.kurtosisPearsonUnbiased),
        MOMENTS,
        'kurtosis',
      );
      expectClose(sem(a, { axis }), want(w.sem), MOMENTS, 'sem');
      expectClose(zscore(a, { axis }), want(w.zscore), MOMENTS, 'zscore');
      expectClose(iqr(a, { axis }), want(w.iqr), MOMENTS, 'iqr');
    });
  }
  it('mode(ints, {axis: 1}) is the smallest most frequent value per row', () => {
    const m = mode(decode(fx.ints as Enc), { axis: 1 });
    const w = fx.mode as Record<string, Enc>;
    expectClose(m.mode, decode(w.mode as Enc), { rtol: 0 });
    expectClose(m.count, decode(w.count as Enc), { rtol: 0 });
  });
  it('describe(b) matches scipy.stats.describe', () => {
    const d = describe(b);
    const w = fx.describe as Record<string, number>;
    expect(d.nobs).toBe(w.nobs);
    expectClose(d.minmax[0], num(w.min as number), { rtol: 0 });
    expectClose(d.minmax[1], num(w.max as number), { rtol: 0 });
    expectClose(d.mean, num(w.mean as number), MOMENTS);
    expectClose(d.variance, num(w.variance as number), MOMENTS);
    expectClose(d.skewness, num(w.skewness as number), MOMENTS);
    expectClose(d.kurtosis, num(w.kurtosis as number), MOMENTS);
  });
  it('all-equal and empty samples give NaN as in SciPy; nanPolicy omits or raises', () => {
    expect(skew([2, 2, 2])).toBeNaN();
    expect(kurtosis([2, 2, 2])).toBeNaN();
    expect(skew([])).toBeNaN();
    expect(skew([1, 2, Number.NaN, 10])).toBeNaN();
    expectClose(skew([1, 2, Number.NaN, 10], { nanPolicy: 'omit' }) as number, skew([1, 2, 10]) as number, { rtol: 0 });
    expect(() => skew([1, Number.NaN], { nanPolicy: 'raise' })).toThrow(/NaN/);
    expect(() => describe([])).toThrow(/empty/);
  });
});

group('tests against SciPy', () => {
  const t = fx.tests as Record<string, (number | string)[]>;
  const check = (got: Record<string, number | NDArray>, w: (number | string)[], keys: string[], what: string): void => {
    keys.forEach((k, i) => {
      expectClose(got[k] as number | NDArray, num(w[i] as number), k === 'pvalue' ? PVALUE : MOMENTS, `${what} ${k}`);
    });
  };
  for (const alternative of ['two-sided', 'less', 'greater'] as const) {
    it(`ttest1samp, ttestInd (pooled and Welch), ttestRel and pearsonr, alternative '${alternative}'`, () => {
      const keys = ['statistic', 'pvalue', 'df'];
      check({ ...ttest1samp(b, 1.7, { alternative }) }, t[`ttest1samp ${alternative}`]!, keys, 'ttest1samp');
      check({ ...ttestInd(b, c, { alternative }) }, t[`ttestInd True ${alternative}`]!, keys, 'ttestInd');
      check(
        { ...ttestInd(b, c, { alternative, equalVar: false }) },
        t[`ttestInd False ${alternative}`]!,
        keys,
        'welch',
      );
      check({ ...ttestRel(b, cFirst25, { alternative }) }, t[`ttestRel ${alternative}`]!, keys, 'ttestRel');
      check(
        { ...pearsonr(b, cFirst25, { alternative }) },
        t[`pearsonr ${alternative}`]!,
        ['statistic', 'pvalue'],
        'pearsonr',
      );
    });
  }
  it('linregress(b, c[:25]) matches slope, intercept, r, p and both standard errors', () => {
    check(
      { ...linregress(b, cFirst25) },
      t.linregress!,
      ['slope', 'intercept', 'rvalue', 'pvalue', 'stderr', 'interceptStderr'],
      'linregress',
    );
  });
  it('mismatched lengths name both lengths; bad options are typed errors', () => {
    expect(() => ttestRel([1, 2, 3], [1, 2])).toThrow(/\[3\] and \[2\]/);
    expect(() => pearsonr([1, 2, 3], [1, 2])).toThrow(/3 and 2/);
    expect(() => ttestInd([1, 2], [3, 4], { alternative: 'bigger' as 'less' })).toThrow(/alternative/);
    expect(() => ttest1samp([1, 2], '1' as unknown as number)).toThrow(/popmean/);
    expect(() => skew([1, 2], { axis: 'x' as unknown as number })).toThrow(/axis/);
    expect(() => linregress([1, 1, 1], [1, 2, 3])).toThrow(/identical/);
  });
});
