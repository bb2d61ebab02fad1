/**
 * Wrong-style arguments across every export: typed errors naming the method and parameter, or
 * SciPy's answer (NaN for invalid parameter values, the support's conventions outside it).
 */
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import * as stats from '../src/index.js';

const STRIDE = Symbol.for('stride.error');
const isStrideError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[STRIDE] === true;

type AnyDist = Record<string, (...a: unknown[]) => unknown> & ((...a: unknown[]) => unknown);
const DISTS: Record<string, Record<string, number>> = {
  norm: {},
  t: { df: 3 },
  chi2: { df: 3 },
  f: { dfn: 3, dfd: 5 },
  gamma: { a: 2 },
  beta: { a: 2, b: 3 },
  expon: {},
  uniform: {},
  lognorm: { s: 1 },
  cauchy: {},
  laplace: {},
  logistic: {},
  weibullMin: { c: 2 },
  pareto: { b: 3 },
  binom: { n: 10, p: 0.4 },
  poisson: { mu: 3 },
  geom: { p: 0.3 },
  nbinom: { n: 3, p: 0.4 },
  hypergeom: { M: 20, n: 7, N: 12 },
  bernoulli: { p: 0.3 },
};
const VALUE_METHODS = ['cdf', 'logcdf', 'sf', 'logsf', 'ppf', 'isf'];

function throwsTyped(f: () => unknown, pattern: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a throw').toBeDefined();
  expect(isStrideError(err), String(err)).toBe(true);
  expect(String((err as Error).message)).toMatch(pattern);
}

describe('wrong-style arguments on every distribution method', () => {
  for (const [name, params] of Object.entries(DISTS)) {
    const d = (stats as unknown as Record<string, AnyDist>)[name] as AnyDist;
    const dens =
      name in { binom: 1, poisson: 1, geom: 1, nbinom: 1, hypergeom: 1, bernoulli: 1 }
        ? ['pmf', 'logpmf']
        : ['pdf', 'logpdf'];
    it(`${name}: wrong types, unknown options, missing shapes, NaN, empty and mismatched shapes`, () => {
      for (const m of [...dens, ...VALUE_METHODS]) {
        const f = d[m] as (...a: unknown[]) => unknown;
        throwsTyped(() => f('1', params), new RegExp(`${name}\\.${m}`));
        throwsTyped(() => f(undefined, params), new RegExp(`${name}\\.${m}`));
        throwsTyped(() => f(0.5, { ...params, bogus: 1 }), /bogus/);
        throwsTyped(() => f(0.5, { ...params, loc: 'x' }), /loc/);
        for (const s of Object.keys(params)) {
          const { [s]: _omit, ...rest } = params;
          throwsTyped(() => f(0.5, rest), new RegExp(s));
        }
        expect(Number.isNaN(f(Number.NaN, params) as number), `${name}.${m}(NaN)`).toBe(true);
        const empty = f([], params) as NDArray;
        expect(empty.shape).toEqual([0]);
        throwsTyped(() => f([1, 2, 3], { ...params, loc: [0, 1] }), /shape|broadcast/i);
      }
      for (const m of ['mean', 'var', 'std', 'median', 'entropy']) {
        throwsTyped(() => (d[m] as (...a: unknown[]) => unknown)({ ...params, bogus: 1 }), /bogus/);
      }
      throwsTyped(() => d.rvs!(-1, { ...params, seed: 0 }), /size/);
      throwsTyped(() => d.rvs!('3', { ...params, seed: 0 }), /size/);
      throwsTyped(() => d({ ...params, bogus: 1 }), /bogus/);
    });
  }
});

describe('invalid parameter values give NaN, as in SciPy', () => {
  it('norm.cdf(0, {scale: 0}) and norm.cdf(0, {scale: -1}) are NaN', () => {
    expect(stats.norm.cdf(0, { scale: 0 })).toBeNaN();
    expect(stats.norm.cdf(0, { scale: -1 })).toBeNaN();
  });
  it('t.pdf(0, {df: 0}), gamma.mean({a: -1}), binom.pmf(1, {n: 5, p: 1.5}) are NaN', () => {
    expect(stats.t.pdf(0, { df: 0 })).toBeNaN();
    expect(stats.gamma.mean({ a: -1 })).toBeNaN();
    expect(stats.binom.pmf(1, { n: 5, p: 1.5 })).toBeNaN();
    expect(stats.binom.pmf(1, { n: 4.5, p: 0.5 })).toBeNaN();
  });
  it('an invalid element of a parameter array is NaN only there', () => {
    const r = (stats.norm.pdf(0, { scale: [1, -1, 2] }) as NDArray).toArray() as number[];
    expect(Number.isNaN(r[1])).toBe(true);
    expect(r[0]).toBeCloseTo(0.3989422804014327, 15);
  });
  it('ppf outside [0, 1] is NaN; interval rejects confidence outside [0, 1]', () => {
    expect(stats.norm.ppf(1.5)).toBeNaN();
    expect(stats.binom.ppf(-0.1, { n: 3, p: 0.5 })).toBeNaN();
    expect(() => stats.norm.interval(2)).toThrow(/confidence/);
  });
  it('complex input is refused with a DTypeError', () => {
    throwsTyped(() => stats.norm.cdf({ re: 1, im: 1 } as unknown as number), /complex/);
  });
});

describe('wrong-style arguments on every hypothesis test', () => {
  const x = [1.2, 3.4, 2.2, 5.1, 0.3, 4.4];
  const y = [2.2, 1.4, 3.2, 6.1, 2.3, 1.4];
  const z = [0.2, 2.4, 1.2, 4.1, 3.3, 0.4];
  type F = (...a: unknown[]) => Record<string, unknown>;
  const fns = stats as unknown as Record<string, F>;
  const CALLS: [string, unknown[]][] = [
    ['mannwhitneyu', [x, y]],
    ['wilcoxon', [x, y]],
    ['kruskal', [x, y, z]],
    ['friedmanchisquare', [x, y, z]],
    ['fOneway', [x, y, z]],
    ['levene', [x, y, z]],
    ['bartlett', [x, y, z]],
    ['spearmanr', [x, y]],
    ['kendalltau', [x, y]],
    ['chisquare', [[16, 18, 16, 14, 12, 12]]],
    ['powerDivergence', [[16, 18, 16, 14, 12, 12]]],
    [
      'chi2Contingency',
      [
        [
          [10, 10, 20],
          [20, 20, 20],
        ],
      ],
    ],
    [
      'fisherExact',
      [
        [
          [8, 2],
          [1, 5],
        ],
      ],
    ],
  ];
  for (const [name, args] of CALLS) {
    const f = fns[name] as F;
    it(`${name}: unknown options, wrong option types and bad values are typed errors`, () => {
      throwsTyped(() => f(...args, { bogus: 1 }), /bogus/);
      if (!['chi2Contingency', 'fisherExact', 'chisquare', 'powerDivergence'].includes(name)) {
        throwsTyped(() => f(...args, { nanPolicy: 'skip' }), /nanPolicy/);
        throwsTyped(() => f(...args, { axis: 'x' }), /axis/);
      }
      if (['mannwhitneyu', 'wilcoxon', 'spearmanr', 'kendalltau', 'fisherExact'].includes(name)) {
        throwsTyped(() => f(...args, { alternative: 'both' }), /alternative/);
        throwsTyped(() => f(...args, { alternative: 1 }), /alternative/);
      }
      throwsTyped(() => f('abc', ...args.slice(1)), new RegExp(name));
    });
  }
  it('NaN propagates, is omitted or raises as SciPy', () => {
    const xn = [1, Number.NaN, 3, 4, 7];
    expect(stats.mannwhitneyu(xn, y).pvalue).toBeNaN();
    expect(Number.isFinite(stats.mannwhitneyu(xn, y, { nanPolicy: 'omit' }).pvalue as number)).toBe(true);
    throwsTyped(() => stats.kruskal(xn, y, { nanPolicy: 'raise' }), /NaN/);
  });
  it('empty samples give NaN; too few samples and mismatched shapes are errors naming them', () => {
    expect(stats.mannwhitneyu([], y).statistic).toBeNaN();
    expect(stats.fOneway([], y).statistic).toBeNaN();
    throwsTyped(() => stats.kruskal(x), /two samples/);
    throwsTyped(() => stats.friedmanchisquare(x, y), /3 samples/);
    throwsTyped(() => stats.friedmanchisquare(x, y, [1, 2]), /length/);
    throwsTyped(() => stats.wilcoxon(x, [1, 2]), /\[6\].*\[2\]/);
    throwsTyped(
      () =>
        stats.mannwhitneyu(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2, 3],
            [3, 4, 5],
            [5, 6, 7],
          ],
          { axis: 1 },
        ),
      /shape/,
    );
    throwsTyped(() => stats.chisquare([10, 20], [10, 10]), /sums/);
    throwsTyped(
      () =>
        stats.chi2Contingency([
          [1, -1],
          [2, 3],
        ]),
      /nonnegative/,
    );
    throwsTyped(
      () =>
        stats.chi2Contingency([
          [0, 0],
          [2, 3],
        ]),
      /zero element/,
    );
    throwsTyped(() => stats.fisherExact([[1, 2, 3]]), /2x2/);
    throwsTyped(() => stats.binomtest(5, 3), /k must not exceed n/);
    throwsTyped(() => stats.binomtest(1.5, 3), /k/);
    throwsTyped(() => stats.binomtest(1, 3, { p: 2 }), /p/);
    throwsTyped(() => stats.binomtest(1, 3).proportionCi({ method: 'wald' } as never), /method/);
    throwsTyped(() => stats.kendalltau([1, 1, 2], [1, 2, 3], { method: 'exact' }), /ties/);
    throwsTyped(() => stats.levene(x, y, { center: 'mode' } as never), /center/);
  });
  it('kstest, ks2samp, shapiro, anderson and moment refuse wrong-style arguments', () => {
    throwsTyped(() => stats.kstest(x, 'nope'), /nope/);
    throwsTyped(() => stats.kstest(x, 'norm', { bogus: 1 } as never), /bogus/);
    throwsTyped(() => stats.kstest(x, 'norm', { method: 'approx' } as never), /method/);
    throwsTyped(() => stats.kstest(x, 't', { args: { df: 'a' } as never }), /df/);
    throwsTyped(() => stats.ks2samp(x, [], {}), /empty/);
    throwsTyped(() => stats.ks2samp('x' as never, y), /ks2samp/);
    throwsTyped(() => stats.shapiro([1, 2]), /at least 3/);
    throwsTyped(() => stats.shapiro('x' as never), /shapiro/);
    throwsTyped(() => stats.anderson(x, 'weibull' as never), /dist/);
    throwsTyped(() => stats.anderson(x, { method: 'mc' } as never), /method/);
    throwsTyped(() => stats.moment(x, -1), /order/);
    throwsTyped(() => stats.moment(x, { center: 'a' } as never), /center/);
    expect(stats.shapiro([1, Number.NaN, 3, 4]).pvalue).toBeNaN();
    expect(stats.kstest([1, Number.NaN], 'norm').pvalue).toBeNaN();
    expect(stats.moment([], 2)).toBeNaN();
  });
  it('t-tests along an axis, gaussianKde, bootstrap and fit refuse wrong-style arguments', () => {
    throwsTyped(
      () =>
        stats.ttest1samp(
          [
            [1, 2],
            [3, 4],
          ],
          0,
          { axis: 2 },
        ),
      /axis/,
    );
    throwsTyped(
      () =>
        stats.ttestInd(
          [
            [1, 2],
            [3, 4],
          ],
          [[1, 2, 3]],
          { axis: 1 },
        ),
      /shape/,
    );
    throwsTyped(() => stats.gaussianKde('x' as never), /gaussianKde/);
    throwsTyped(() => stats.gaussianKde([1]), /number of points/);
    throwsTyped(() => stats.gaussianKde([1, 2, 3], { bwMethod: -1 }), /positive/);
    throwsTyped(() => stats.gaussianKde([1, 2, 3], { weights: [1, 2] }), /one value per point/);
    throwsTyped(() => stats.gaussianKde([1, 2, 3], { bogus: 1 } as never), /bogus/);
    throwsTyped(
      () =>
        stats.gaussianKde([
          [1, 2, 3],
          [2, 4, 6],
        ]),
      /positive definite/,
    );
    throwsTyped(
      () =>
        stats.gaussianKde([1, 2, 3]).evaluate([
          [1, 2],
          [3, 4],
        ]),
      /shape/,
    );
    throwsTyped(
      () =>
        stats
          .gaussianKde([
            [1, 2, 3, 5],
            [2, 1, 6, 3],
          ])
          .integrateBox1d(0, 1),
      /one-dimensional/,
    );
    throwsTyped(() => stats.bootstrap([[1, 2, 3]], (() => 0) as never, { nResamples: 0 }), /nResamples/);
    throwsTyped(() => stats.bootstrap([[1]], (() => 0) as never), /at least two/);
    throwsTyped(() => stats.bootstrap([[1, 2]], 'mean' as never), /statistic/);
    throwsTyped(() => stats.fit(stats.norm, [1, 2, 3], { bogus: 1 } as never), /bogus/);
    throwsTyped(() => stats.fit(stats.norm, 'x' as never), /data/);
  });
});
