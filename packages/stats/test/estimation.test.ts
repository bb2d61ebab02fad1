/**
 * The estimators against SciPy 1.17 (estimation.json from scripts/gen_estimation_fixtures.py):
 * gaussianKde, fit (maximum likelihood) and bootstrap.
 */
import { readFileSync } from 'node:fs';
import { asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose, num, type Tolerance } from '../../../test/fixtures.js';
import * as stats from '../src/index.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/estimation.json', import.meta.url), 'utf8')) as {
  kde: Record<string, unknown>[];
  kdeFar: { points: Enc; logpdf: Enc };
  fit: { dist: string; data: Enc; fixed: Record<string, number>; params: Record<string, number>; nllf: number }[];
  bootstrap: { method: string; statistic: string; data: Enc[]; low: number; high: number; se: number }[];
};

const KDE: Tolerance = { rtol: 1e-12 }; // sums of exponentials over the data
const FACTOR: Tolerance = { rtol: 1e-14 };
const FIT: Tolerance = { rtol: 2e-3 }; // SciPy's Nelder–Mead stops at xtol 1e-4 (ours converges further)
const CLOSED: Tolerance = { rtol: 1e-12 }; // closed-form estimates
const BOOT: Tolerance = { rtol: 0.02, atol: 0.02 }; // different random streams, 1e5 vs 2e4 resamples (standard errors 0.2-0.3)

describe('gaussianKde matches scipy.stats.gaussian_kde', () => {
  fx.kde.forEach((c, i) => {
    it(`case ${i} (bw ${String(c.bw)}${c.weights ? ', weighted' : ''})`, () => {
      const opts: stats.GaussianKdeOptions = {};
      if (c.bw !== null) opts.bwMethod = c.bw as 'silverman' | number;
      if (c.weights) opts.weights = decode(c.weights as Enc);
      const k = stats.gaussianKde(decode(c.data as Enc), opts);
      const pts = decode(c.points as Enc);
      expectClose(k.evaluate(pts), decode(c.pdf as Enc), KDE, 'pdf');
      expectClose(k.logpdf(pts), decode(c.logpdf as Enc), KDE, 'logpdf');
      expectClose(k.factor, num(c.factor as number), FACTOR, 'factor');
      expectClose(k.neff, num(c.neff as number), FACTOR, 'neff');
      expectClose(k.covariance, decode(c.covariance as Enc), KDE, 'covariance');
      if (c.box) {
        const [b1, b2] = c.box as number[];
        expectClose(k.integrateBox1d(-1, 0.5), num(b1 as number), KDE, 'box');
        expectClose(k.integrateBox1d(Number.NEGATIVE_INFINITY, 2), num(b2 as number), KDE, 'box');
      }
    });
  });
  it('logpdf stays finite far in the tails, where the density underflows', () => {
    const k = stats.gaussianKde(decode(fx.kde[0]?.data as Enc));
    expectClose(k.logpdf(decode(fx.kdeFar.points)), decode(fx.kdeFar.logpdf), KDE, 'far logpdf');
  });
  it('resample(n, {seed}) is reproducible, has the data and kernel spread, shape [d, n]', () => {
    const data = decode(fx.kde[4]?.data as Enc);
    const k = stats.gaussianKde(data);
    const a = k.resample(20000, { seed: 3 });
    expect(a.shape).toEqual([2, 20000]);
    expect((k.resample(5, { seed: 3 }).toArray() as number[][])[0]).toEqual(
      (a.toArray() as number[][])[0]?.slice(0, 5),
    );
    const rows = a.toArray() as number[][];
    const dataRows = data.toArray() as number[][];
    for (let i = 0; i < 2; i++) {
      const m = (rows[i] as number[]).reduce((s, v) => s + v, 0) / 20000;
      const md = (dataRows[i] as number[]).reduce((s, v) => s + v, 0) / 60;
      expect(Math.abs(m - md)).toBeLessThan(0.06);
    }
  });
});

describe('fit matches SciPy rv_continuous.fit', () => {
  for (const c of fx.fit) {
    it(`fit(${c.dist}, data, {fixed: ${JSON.stringify(c.fixed)}})`, () => {
      const dist = (stats as unknown as Record<string, stats.FittableDistribution>)[
        c.dist
      ] as stats.FittableDistribution;
      const r = stats.fit(dist, decode(c.data), { fixed: c.fixed });
      const closed = ['norm', 'expon', 'uniform', 'laplace', 'lognorm'].includes(c.dist);
      // at least as likely as SciPy's answer
      expect(r.nllf).toBeLessThanOrEqual(c.nllf + 1e-9 * Math.abs(c.nllf));
      if (c.dist === 'gamma' && c.fixed.loc === undefined) return; // loc-free gamma: a flat ridge, optimizers differ
      for (const [k, v] of Object.entries(c.params))
        expectClose(r.params[k] as number, v, closed ? CLOSED : FIT, `${c.dist} ${k}`);
    });
  }
  it('refuses unknown parameters, non-distributions and empty data', () => {
    expect(() => stats.fit(stats.norm, [1, 2, 3], { fixed: { df: 1 } })).toThrow(/no parameter df/);
    expect(() => stats.fit({} as stats.FittableDistribution, [1, 2])).toThrow(/distribution/);
    expect(() => stats.fit(stats.norm, [])).toThrow(/empty/);
    expect(() => stats.fit(stats.norm, [1, Number.NaN])).toThrow(/finite/);
  });
});

describe('bootstrap agrees with scipy.stats.bootstrap within Monte Carlo error', () => {
  const fns: Record<string, (...s: Float64Array[]) => number> = {
    mean: (x) => x.reduce((a, b) => a + b, 0) / x.length,
    std: (x) => {
      const m = x.reduce((a, b) => a + b, 0) / x.length;
      return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
    },
    meandiff: (x, y) =>
      x.reduce((a, b) => a + b, 0) / x.length -
      (y as Float64Array).reduce((a, b) => a + b, 0) / (y as Float64Array).length,
  };
  for (const c of fx.bootstrap) {
    it(`${c.method} interval of the ${c.statistic}`, () => {
      const data = c.data.map((d) => decode(d));
      const r = stats.bootstrap(data, fns[c.statistic] as (...s: Float64Array[]) => number, {
        method: c.method as 'BCa',
        nResamples: 20000,
        seed: 11,
      });
      expectClose(r.confidenceInterval.low, num(c.low), BOOT, 'low');
      expectClose(r.confidenceInterval.high, num(c.high), BOOT, 'high');
      expectClose(r.standardError, num(c.se), { rtol: 0.03 }, 'se');
      expect(r.bootstrapDistribution.length).toBe(20000);
    });
  }
  it('is reproducible with a seed; alternative opens one side; paired needs equal lengths', () => {
    const mean = fns.mean as (x: Float64Array) => number;
    const a = stats.bootstrap([[1, 4, 2, 8, 5, 7]], mean, { seed: 5, nResamples: 200 });
    const b = stats.bootstrap([[1, 4, 2, 8, 5, 7]], mean, { seed: 5, nResamples: 200 });
    expect(a.confidenceInterval).toEqual(b.confidenceInterval);
    const l = stats.bootstrap([[1, 4, 2, 8, 5, 7]], mean, { seed: 5, nResamples: 200, alternative: 'less' });
    expect(l.confidenceInterval.low).toBe(Number.NEGATIVE_INFINITY);
    expect(() =>
      stats.bootstrap(
        [
          [1, 2, 3],
          [1, 2],
        ],
        mean,
        { paired: true },
      ),
    ).toThrow(/one length/);
    expect(() => stats.bootstrap([[1, 2, 3]], mean, { method: 'student' } as never)).toThrow(/method/);
    expect(asarray(a.bootstrapDistribution).size).toBe(200);
  });
});
