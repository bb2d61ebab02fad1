/**
 * Every distribution method against SciPy 1.17 (fixtures from scripts/gen_stats_fixtures.py),
 * on grids that reach the far tails, the support's ends and invalid parameters. Where SciPy
 * itself loses digits or answers wrongly, the point is listed with the reason and checked against
 * mpmath instead (the `truth` fixtures).
 */
import { readFileSync } from 'node:fs';
import { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, expectClose, num, type Tolerance } from '../../../test/fixtures.js';
import * as stats from '../src/index.js';

type Enc = Parameters<typeof decode>[0];
interface Case {
  params: Record<string, number>;
  x: Enc;
  q: Enc;
  [m: string]: unknown;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/distributions.json', import.meta.url), 'utf8')) as {
  continuous: Record<string, Case[]>;
  discrete: Record<string, Case[]>;
  rvs: Record<string, Enc>;
  truth: { dist: string; method: string; params: Record<string, number>; x: number; want: number | string }[];
};

type AnyDist = Record<string, (...a: unknown[]) => number | NDArray>;
const dists = stats as unknown as Record<string, AnyDist>;

/** Named tolerances. */
const FULL: Tolerance = { rtol: 1e-13 }; // ~450 ulps: SciPy's kernels and ours are independent implementations
/** Far tails: a value exp(-L) carries the rounding of its exponent L, so the relative tolerance grows with |L|. */
const farTail = (want: number, base: number): Tolerance => ({
  rtol: base * Math.max(1, Math.abs(Math.log(Math.abs(want)))),
});
const LOG_VALUES: Tolerance = { rtol: 1e-12, atol: 1e-15 }; // logcdf/logsf/logpdf near 0 carry the absolute error of a probability
const BETA_KERNEL: Tolerance = { rtol: 1e-12 }; // incomplete beta at large or extreme parameters
const LOG_NEAR_ZERO = 1e-15; // logcdf/logsf where SciPy logs a cdf rounded to 1 (we keep -sf)
/** t at huge df: @stride/special's betainc(a, 1/2, z) loses ~df * 1e-17 relative for a = df/2 >= 5e4. */
const tTol = (df: number): Tolerance => ({ rtol: df >= 1e9 ? 1e-6 : df >= 1e7 ? 1e-8 : df >= 1e5 ? 1e-10 : 1e-12 });

function tolerance(dist: string, params: Record<string, number>, method: string): Tolerance {
  if (dist === 't') return tTol(params.df as number);
  if (dist === 'f' && (params.dfd as number) >= 1e5) return { rtol: 2e-10 }; // SciPy's f.pdf is off by 1.2e-10 here (truth test below)
  if (dist === 'beta' || dist === 'f' || dist === 'nbinom' || dist === 'hypergeom') return BETA_KERNEL;
  if (dist === 'binom' && (params.n as number) >= 1e6 && method === 'logpmf') return { rtol: 1e-9 }; // SciPy off by 2e-10 (truth below)
  if (dist === 'poisson' && (params.mu as number) >= 300) return { rtol: 2e-12 }; // SciPy's far tail off by 1e-12 (truth below)
  return FULL;
}

/** Points where SciPy 1.17's answer is not the mathematical one; the reason is the value. */
function scipyDiffers(
  dist: string,
  p: Record<string, number>,
  method: string,
  x: number,
  want: number,
  got: number,
): string | undefined {
  if (want === Number.NEGATIVE_INFINITY && got < -700 && method.startsWith('log'))
    return 'SciPy takes the log of an underflowed probability; we compute it in logs';
  if (dist === 't' && Math.abs(x) === 1e300 && (want === 0 || want === Number.NEGATIVE_INFINITY) && got !== want)
    return 'SciPy underflows to 0 (t.cdf(-1e300, df=1) is 1/(pi 1e300))';
  if (dist === 't' && p.df === 1 && Math.abs(x) === 1e-10) return 'SciPy rounds t.cdf(±1e-10, df=1) to 0.5';
  if (
    (method === 'ppf' || method === 'isf') &&
    x > 0 &&
    x <= 1e-20 &&
    (!Number.isFinite(want) || Math.abs(want) > 1e150 || dist in fx.discrete)
  )
    return "SciPy's far-tail quantile gives up (±inf, NaN, the support's end or the wrong sign); ours inverts our tail";
  if ((method === 'ppf' || method === 'isf') && x > 1 - 1e-14 && x < 1 && dist in fx.discrete)
    return 'q within 1e-15 of 1: many steps of the cdf round to the same double';
  if (dist === 'beta' && method === 'sf' && x === 1e-20) return 'SciPy rounds to 1 (true 1 - 6.4e-11)';
  if (dist === 'beta' && method === 'ppf' && x <= 1e-100)
    return 'SciPy clamps to the smallest normal; the quantile underflows';
  if (dist === 'weibullMin' && method === 'pdf' && x === 1e300) return 'SciPy: inf * 0 = NaN; the density is 0';
  if ((dist === 'binom' || dist === 'bernoulli') && p.p === 0 && method === 'isf')
    return 'SciPy answers the upper end where sf is 0 everywhere';
  if (dist === 'poisson' && method === 'isf' && x === 1e-300) return 'SciPy answers NaN';
  if (
    dist === 'poisson' &&
    (p.mu as number) >= 1e6 &&
    (method === 'pmf' || method === 'logpmf' || method === 'entropy')
  )
    return 'SciPy off by 7e-10 (mass) and truncates the entropy sum (truth below)';
  if (dist === 'geom' && p.p === 1) return 'SciPy answers 0 (outside the support) and NaN entropy for p = 1';
  if (dist === 'geom' && method === 'isf' && x === 1e-300) return 'SciPy answers inf (sf(997) <= 1e-300 < sf(996))';
  if (dist === 'hypergeom' && !Number.isInteger(x) && method !== 'ppf' && method !== 'isf' && !method.includes('pmf'))
    return "SciPy's hypergeom cdf/sf at non-integers is NaN or rounds up";
  if (dist === 'f' && method === 'isf' && x < 1e-3)
    return "SciPy's f.isf(q) is f.ppf(1 - q) and loses the digits of small q";
  if (method.includes('pmf') && x === Number.POSITIVE_INFINITY && Number.isNaN(want))
    return 'SciPy: NaN at k = inf; the mass is 0 there';
  if (dist in fx.discrete && (method === 'ppf' || method === 'isf') && Math.abs(got - want) === 1)
    return 'q equal to a cdf step to the last digit: ours is checked against the definition with our cdf/sf';
  if (dist === 'hypergeom' && method === 'isf' && x === 1e-20) return 'SciPy answers 50 (truth 38)';
  return undefined;
}

/** Where SciPy's quantile is unusable, ours must invert our own cdf/sf. */
function roundTrip(
  dist: string,
  p: Record<string, number>,
  method: string,
  q: number,
  got: number,
  what: string,
): void {
  if ((method !== 'ppf' && method !== 'isf') || !(q > 0 && q < 1) || !Number.isFinite(got) || got === 0) return;
  const d = dists[dist] as AnyDist;
  const f = method === 'ppf' ? d.cdf! : d.sf!;
  if (dist in fx.discrete) {
    if (method === 'ppf') {
      expect(f(got, p) as number, what).toBeGreaterThanOrEqual(q);
      expect(f(got - 1, p) as number, what).toBeLessThan(q);
    } else {
      expect(f(got, p) as number, what).toBeLessThanOrEqual(q);
      expect(f(got - 1, p) as number, what).toBeGreaterThan(q);
    }
  } else expectClose(f(got, p) as number, q, { rtol: 1e-10 }, `${what} round trip`);
}

function compare(dist: string, c: Case, method: string, arg: number[], got: number[], wantEnc: Enc): void {
  const want = decode(wantEnc).toArray() as number[];
  const tol = tolerance(dist, c.params, method);
  const log = method.startsWith('log');
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as number;
    const g = got[i] as number;
    const x = arg[i] as number;
    const what = `${dist}.${method}(${x}, ${JSON.stringify(c.params)})`;
    if (scipyDiffers(dist, c.params, method, x, w, g) !== undefined) {
      roundTrip(dist, c.params, method, x, g, what);
      continue;
    }
    if (log && w === 0) expectClose(g, w, { atol: LOG_NEAR_ZERO }, what);
    else if (log) expectClose(g, w, { ...LOG_VALUES, rtol: Math.max(LOG_VALUES.rtol!, tol.rtol!) }, what);
    else if (w !== 0 && (Math.abs(w) < 1e-20 || Math.abs(w) > 1e20) && method !== 'ppf' && method !== 'isf')
      expectClose(g, w, { rtol: Math.max(tol.rtol!, farTail(w, 5e-15).rtol!) }, what);
    else expectClose(g, w, tol, what);
  }
}

function runCases(kind: 'continuous' | 'discrete'): void {
  for (const [name, cases] of Object.entries(fx[kind])) {
    describe(`${name} against SciPy`, () => {
      const d = dists[name] as AnyDist;
      const dens = kind === 'continuous' ? ['pdf', 'logpdf'] : ['pmf', 'logpmf'];
      for (const c of cases) {
        const label = JSON.stringify(c.params);
        it(`${name}.{${[...dens, 'cdf', 'logcdf', 'sf', 'logsf', 'ppf', 'isf'].join(',')}}(x, ${label})`, () => {
          const x = decode(c.x);
          const q = decode(c.q);
          for (const m of [...dens, 'cdf', 'logcdf', 'sf', 'logsf', 'ppf', 'isf']) {
            const arg = m === 'ppf' || m === 'isf' ? q : x;
            const got = d[m]!(arg, c.params);
            expect(got).toBeInstanceOf(NDArray);
            compare(name, c, m, arg.toArray() as number[], (got as NDArray).toArray() as number[], c[m] as Enc);
            // a number in gives a number out, the same value
            const first = (arg.toArray() as number[])[1] as number;
            expect(d[m]!(first, c.params)).toBe(((got as NDArray).toArray() as number[])[1]);
          }
        });
        it(`${name} moments and interval(0.9) (${label})`, () => {
          for (const m of ['mean', 'var', 'std', 'median', 'entropy']) {
            const want = num(c[m] as number | string);
            const got = d[m]!(c.params) as number;
            if (scipyDiffers(name, c.params, m, 0, want, got) !== undefined) continue;
            expectClose(
              got,
              want,
              { rtol: name === 't' ? tTol(c.params.df as number).rtol! : 1e-11 },
              `${name}.${m}(${label})`,
            );
          }
          const [lo, hi] = (d.interval as unknown as (c: number, p: unknown) => [number, number])(0.9, c.params);
          const [wl, wh] = c.interval as [number | string, number | string];
          if (name !== 'geom' || c.params.p !== 1) {
            const tol = name === 't' ? tTol(c.params.df as number) : { rtol: 1e-11 };
            expectClose(lo, num(wl), tol, `${name}.interval lo`);
            expectClose(hi, num(wh), tol, `${name}.interval hi`);
          }
        });
      }
    });
  }
}

runCases('continuous');
runCases('discrete');

describe('points where SciPy loses digits, against mpmath', () => {
  for (const t of fx.truth) {
    it(`${t.dist}.${t.method}(${t.x}, ${JSON.stringify(t.params)}) is ${t.want}`, () => {
      const d = dists[t.dist] as AnyDist;
      const got = t.method === 'entropy' ? d.entropy!(t.params) : d[t.method]!(t.x, t.params);
      expectClose(got as number, num(t.want), { rtol: 1e-12 }, t.method);
    });
  }
});

describe('the JavaScript libraries’ known failures', () => {
  it('t.pdf is finite and right at df 342, 343 and 1e6', () => {
    expectClose(stats.t.pdf(1, { df: 342 }), 0.24161739676479127, { rtol: 1e-13 });
    expectClose(stats.t.pdf(1, { df: 343 }), 0.241618425624151, { rtol: 1e-12 });
    expectClose(stats.t.pdf(0, { df: 1e6 }), 0.39894218066587517, { rtol: 1e-13 });
  });
  it('f.pdf(1, {dfn: 100, dfd: 100}) is finite', () => {
    expectClose(stats.f.pdf(1, { dfn: 100, dfd: 100 }), 1.9897309346795113, { rtol: 1e-12 });
  });
  it('gamma.cdf at large shape is not NaN', () => {
    expectClose(stats.gamma.cdf(1e5, { a: 1e5 }), 0.5004205221103651, { rtol: 1e-12 });
  });
  it('t.ppf has the sign of q - 1/2, down to the far tail', () => {
    for (const df of [1, 2.5, 10, 1e6]) {
      expect(stats.t.ppf(0.01, { df })).toBeLessThan(0);
      expect(stats.t.ppf(0.99, { df })).toBeGreaterThan(0);
      expect(stats.t.ppf(1e-300, { df })).toBeLessThan(0);
    }
  });
  it('norm.sf(30) is not 1 - cdf (which is 0)', () => {
    expectClose(stats.norm.sf(30), 4.906713927148187e-198, { rtol: 1e-13 });
    expectClose(stats.norm.isf(1e-300), 37.0470962993612, { rtol: 1e-13 });
  });
});

/** The next double above / below. */
function nextUp(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  b.setBigUint64(0, b.getBigUint64(0) + 1n);
  return b.getFloat64(0);
}
function nextDown(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  b.setBigUint64(0, b.getBigUint64(0) - 1n);
  return b.getFloat64(0);
}

describe('t.ppf inverts t.cdf', () => {
  // the quantile from Hill's start and Taylor steps (1 <= df < 1e5), the incomplete beta inverse otherwise
  const ps = [1e-90, 1e-30, 1e-12, 1e-6, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.499];
  // (df up to 1e3: beyond, the incomplete beta function at a large first parameter costs the CDF
  // itself about df * 1e-17 of relative accuracy, more than the quantile's error)
  for (const df of [0.5, 1, 1.3, 2, 3, 4.5, 5, 7, 12, 30, 100, 1e3]) {
    it(`t.cdf(t.ppf(p, {df: ${df}}), {df: ${df}}) is p to rtol 5e-14 + 4e-16 |x pdf(x) / p| (an ulp of x moved through the CDF) for p from 1e-90 to 0.499`, () => {
      for (const p of ps) {
        const x = stats.t.ppf(p, { df }) as number;
        const cond = Math.abs((x * (stats.t.pdf(x, { df }) as number)) / p);
        expectClose(stats.t.cdf(x, { df }) as number, p, { rtol: 5e-14 + 4e-16 * cond });
        expectClose(stats.t.isf(p, { df }) as number, -x, { rtol: 1e-15 });
      }
    });
  }
});

describe('discrete ppf is exact at the steps', () => {
  const cases: [string, Record<string, number>, number][] = [
    ['binom', { n: 30, p: 0.3 }, 30],
    ['poisson', { mu: 7.5 }, 40],
    ['nbinom', { n: 4, p: 0.35 }, 60],
    ['geom', { p: 0.2 }, 80],
    ['hypergeom', { M: 60, n: 20, N: 25 }, 20],
  ];
  for (const [name, params, top] of cases) {
    it(`${name}.ppf(cdf(k)) is k, and one ulp either side moves it by the step only (${JSON.stringify(params)})`, () => {
      const d = dists[name] as AnyDist;
      for (let k = name === 'geom' ? 1 : 0; k < top; k++) {
        const c = d.cdf!(k, params) as number;
        if (c >= 1 || c <= 0) continue;
        expect(d.ppf!(c, params)).toBe(k);
        expect(d.ppf!(nextDown(c), params)).toBeLessThanOrEqual(k);
        if (nextUp(c) < 1) expect(d.ppf!(nextUp(c), params)).toBe(k + 1);
        const s = d.sf!(k, params) as number;
        if (s > 0) expect(d.isf!(s, params)).toBe(k);
      }
    });
  }
});

describe('rvs', () => {
  it('norm, expon and uniform draw the same numbers as SciPy with default_rng(42)', () => {
    expectClose(stats.norm.rvs(5, { loc: 1, scale: 2, seed: 42 }), decode(fx.rvs.norm as Enc), { rtol: 1e-15 });
    expectClose(stats.expon.rvs(5, { scale: 3, seed: 42 }), decode(fx.rvs.expon as Enc), { rtol: 1e-15 });
    expectClose(stats.uniform.rvs(5, { loc: -1, scale: 2, seed: 42 }), decode(fx.rvs.uniform as Enc), { rtol: 1e-15 });
  });
  it('gamma and beta draw the same numbers as SciPy with default_rng(42) (every sampler branch)', () => {
    for (const a of [0.5, 1, 2.5, 10]) {
      const got = stats.gamma.rvs(8, { a, loc: 1, scale: 2, seed: 42 });
      expectClose(got, decode(fx.rvs[`gamma_${a}`] as Enc), { rtol: 1e-15 });
    }
    expectClose(stats.beta.rvs(8, { a: 2, b: 3, seed: 42 }), decode(fx.rvs.beta_2_3 as Enc), { rtol: 1e-15 });
    expectClose(stats.beta.rvs(8, { a: 0.5, b: 0.7, seed: 42 }), decode(fx.rvs['beta_0.5_0.7'] as Enc), {
      rtol: 1e-15,
    });
  });
  it('poisson draws the same numbers as SciPy with default_rng(42) (multiplication and PTRS)', () => {
    for (const mu of [3, 25, 1000]) {
      const got = stats.poisson.rvs(8, { mu, loc: 2, seed: 42 });
      expectClose(got, decode(fx.rvs[`poisson_${mu}`] as Enc), { rtol: 0 });
    }
  });
  it('every distribution samples its own law (mean of 4000 draws within 5 standard errors)', () => {
    const params: Record<string, Record<string, number>> = {
      t: { df: 5 },
      chi2: { df: 3 },
      f: { dfn: 5, dfd: 10 },
      gamma: { a: 2 },
      beta: { a: 2, b: 3 },
      lognorm: { s: 0.5 },
      laplace: {},
      logistic: {},
      weibullMin: { c: 2 },
      pareto: { b: 5 },
      binom: { n: 20, p: 0.3 },
      poisson: { mu: 4 },
      geom: { p: 0.3 },
      nbinom: { n: 3, p: 0.4 },
      hypergeom: { M: 50, n: 20, N: 10 },
      bernoulli: { p: 0.3 },
    };
    for (const [name, p] of Object.entries(params)) {
      const d = dists[name] as AnyDist;
      const x = d.rvs!(4000, { ...p, seed: 7 }) as NDArray;
      const v = x.toArray() as number[];
      const m = v.reduce((s, y) => s + y, 0) / v.length;
      const se = Math.sqrt((d.var!(p) as number) / v.length);
      expect(Math.abs(m - (d.mean!(p) as number)), name).toBeLessThan(5 * se);
    }
  });
  it('a Generator advances; no size and numeric parameters give a number', () => {
    expect(typeof stats.norm.rvs(undefined, { seed: 1 })).toBe('number');
    const shape = (stats.gamma.rvs(undefined, { a: [1, 2, 3], seed: 1 }) as NDArray).shape;
    expect(shape).toEqual([3]);
  });
});

describe('broadcasting and frozen use', () => {
  it('norm.cdf([[0], [1]], {scale: [1, 2]}) broadcasts to (2, 2)', () => {
    const r = stats.norm.cdf([[0], [1]], { scale: [1, 2] });
    expect(r.shape).toEqual([2, 2]);
    expectClose(
      r,
      new NDArray('float64', new Float64Array([0.5, 0.5, 0.8413447460685429, 0.6914624612740131]), [2, 2]),
      FULL,
    );
  });
  it('norm({loc: 1, scale: 2}) freezes the parameters', () => {
    const d = stats.norm({ loc: 1, scale: 2 });
    expect(d.cdf(1)).toBe(0.5);
    expect(d.mean()).toBe(1);
    expect(d.std()).toBe(2);
    expect(d.pdf!(1)).toBe(stats.norm.pdf(1, { loc: 1, scale: 2 }));
    const b = stats.binom({ n: 10, p: 0.5 });
    expect(b.pmf!(5)).toBe(stats.binom.pmf(5, { n: 10, p: 0.5 }));
  });
});
