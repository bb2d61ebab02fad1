/**
 * Tests on counts (`scipy.stats.power_divergence`, `chisquare`, `chi2_contingency`,
 * `fisher_exact`, `binomtest`).
 */
import {
  type ArrayInput,
  asarray,
  broadcastArrays,
  is,
  type NDArray,
  NDArray as NDArrayClass,
  signature,
  ValueError,
} from '@stride/ndarray';
import { kernels } from '@stride/special';
import { beta as betaDist } from '../distributions/continuous.js';
import { binom, hypergeom } from '../distributions/discrete.js';
import type { Alternative } from '../hypothesis.js';
import type { NanPolicy } from '../rows.js';
import { alternativeCheck, axisCheck, nanPolicyCheck, perLane } from './lanes.js';
import type { TestResult } from './nonparametric.js';
import { chi2Sf } from './pvalues.js';

const LAMBDAS: Record<string, number> = {
  pearson: 1,
  'log-likelihood': 0,
  'freeman-tukey': -0.5,
  'mod-log-likelihood': -1,
  neyman: -2,
  'cressie-read': 2 / 3,
};
/** The power of the Cressie–Read statistic, as a number or one of SciPy's names. */
export type Lambda =
  | number
  | 'pearson'
  | 'log-likelihood'
  | 'freeman-tukey'
  | 'mod-log-likelihood'
  | 'neyman'
  | 'cressie-read';
const lambdaCheck = is.or(is.number, is.choice(...(Object.keys(LAMBDAS) as Exclude<Lambda, number>[])));

function lambdaValue(l: Lambda | undefined): number {
  if (l === undefined) return 1;
  return typeof l === 'number' ? l : (LAMBDAS[l] as number);
}

/** Σ of the Cressie–Read divergence terms between observed `o` and expected `e`. */
function divergence(o: ArrayLike<number>, e: ArrayLike<number>, lambda: number): number {
  let s = 0;
  for (let k = 0; k < o.length; k++) {
    const ok = o[k] as number;
    const ek = e[k] as number;
    if (lambda === 1) s += ((ok - ek) * (ok - ek)) / ek;
    else if (lambda === 0) s += 2 * kernels.xlogy(ok, ok / ek);
    else if (lambda === -1) s += 2 * kernels.xlogy(ek, ek / ok);
    else s += (ok * ((ok / ek) ** lambda - 1)) / (0.5 * lambda * (lambda + 1));
  }
  return s;
}

/**
 * Options of `powerDivergence` and `chisquare`.
 *
 * @example
 * ```ts
 * chisquare([16, 18, 16, 14, 12, 12], { ddof: 1 }).pvalue; // 0.735758882342885
 * ```
 */
export interface ChisquareOptions {
  ddof?: number;
  axis?: number | null;
  sumCheck?: boolean;
  nanPolicy?: NanPolicy;
}

/**
 * Options of `powerDivergence`: the power `lambda_` besides `chisquare`'s.
 *
 * @example
 * ```ts
 * powerDivergence([16, 18, 16, 14, 12, 12], { lambda_: 'log-likelihood' }).statistic; // 2.00657316263254
 * ```
 */
export interface PowerDivergenceOptions extends ChisquareOptions {
  lambda_?: Lambda;
}
const pdChecks = {
  ddof: is.int,
  axis: axisCheck,
  sumCheck: is.boolean,
  nanPolicy: nanPolicyCheck,
};
const parsePd = signature<PowerDivergenceOptions>('powerDivergence', ['ddof', 'axis', 'lambda_'], {
  ...pdChecks,
  lambda_: lambdaCheck,
});
const parseChisq = signature<ChisquareOptions>('chisquare', ['ddof', 'axis'], pdChecks);

function pdCore(
  fn: string,
  fObs: ArrayInput,
  fExp: ArrayInput | null | undefined,
  o: PowerDivergenceOptions,
): TestResult {
  const { ddof = 0, axis = 0, sumCheck = true, nanPolicy = 'propagate' } = o;
  const lambda = lambdaValue(o.lambda_);
  if (fObs === undefined || fObs === null || typeof fObs === 'string') is.arrayLike(fObs, fn, 'fObs');
  if (fExp !== null && fExp !== undefined) {
    if (typeof fExp === 'string') is.arrayLike(fExp, fn, 'fExp');
    const [a, b] = broadcastArrays(asarray(fObs), asarray(fExp)) as [NDArray, NDArray];
    return perLane({ fn, names: ['fObs', 'fExp'], samples: [a, b], axis, nanPolicy, paired: true }, ([ob, ex]) => {
      const u = ob as Float64Array;
      const v = ex as Float64Array;
      if (sumCheck) {
        let so = 0;
        let se = 0;
        for (let k = 0; k < u.length; k++) {
          so += u[k] as number;
          se += v[k] as number;
        }
        const rel = Math.abs(so - se) / Math.min(so, se);
        if (rel > Math.sqrt(Number.EPSILON))
          throw new ValueError(
            `${fn}: the sums of the observed and expected frequencies must agree to a relative tolerance of ${Math.sqrt(Number.EPSILON)}, got ${so} and ${se}`,
          );
      }
      const stat = divergence(u, v, lambda);
      return { statistic: stat, pvalue: chi2Sf(stat, u.length - 1 - ddof) };
    });
  }
  return perLane({ fn, names: ['fObs'], samples: [fObs], axis, nanPolicy }, ([ob]) => {
    const u = ob as Float64Array;
    let m = 0;
    for (let k = 0; k < u.length; k++) m += u[k] as number;
    m /= u.length;
    const stat = divergence(u, new Float64Array(u.length).fill(m), lambda);
    return { statistic: stat, pvalue: chi2Sf(stat, u.length - 1 - ddof) };
  });
}

/**
 * Cressie–Read power divergence goodness-of-fit test (`scipy.stats.power_divergence`): `lambda_`
 * 1 is Pearson's chi-square, 0 the G-test; expected frequencies default to the mean; p from
 * chi-square with k − 1 − ddof degrees of freedom.
 *
 * @example
 * ```ts
 * powerDivergence([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]).statistic; // 3.5
 * ```
 */
export function powerDivergence(fObs: ArrayInput, options?: PowerDivergenceOptions): TestResult;
export function powerDivergence(
  fObs: ArrayInput,
  fExp: ArrayInput | null,
  ddof?: number,
  axis?: number | null,
  lambda_?: Lambda,
  options?: PowerDivergenceOptions,
): TestResult;
export function powerDivergence(fObs: ArrayInput, ...rest: unknown[]): TestResult {
  const [fExp, more] = takeExpected(rest);
  return pdCore('powerDivergence', fObs, fExp, parsePd(more));
}

function takeExpected(rest: unknown[]): [ArrayInput | null | undefined, unknown[]] {
  const first = rest[0];
  const isOpts =
    typeof first === 'object' &&
    first !== null &&
    Object.getPrototypeOf(first) === Object.prototype &&
    !('re' in first);
  if (rest.length === 0 || isOpts) return [undefined, rest];
  return [first as ArrayInput | null, rest.slice(1)];
}

/**
 * Pearson's chi-square goodness-of-fit test (`scipy.stats.chisquare`): uniform expected
 * frequencies unless `fExp` is given (their sums must agree with the observed ones).
 *
 * @example
 * ```ts
 * chisquare([16, 18, 16, 14, 12, 12]).statistic; // 2
 * chisquare([16, 18, 16, 14, 12, 12]).pvalue; // 0.84914503608461
 * ```
 */
export function chisquare(fObs: ArrayInput, options?: ChisquareOptions): TestResult;
export function chisquare(
  fObs: ArrayInput,
  fExp: ArrayInput | null,
  ddof?: number,
  axis?: number | null,
  options?: ChisquareOptions,
): TestResult;
export function chisquare(fObs: ArrayInput, ...rest: unknown[]): TestResult {
  const [fExp, more] = takeExpected(rest);
  return pdCore('chisquare', fObs, fExp, { ...parseChisq(more), lambda_: 1 });
}

/**
 * The result of `chi2Contingency`.
 *
 * @example
 * ```ts
 * chi2Contingency([[10, 10, 20], [20, 20, 20]]).dof; // 2
 * ```
 */
export interface Chi2ContingencyResult {
  statistic: number;
  pvalue: number;
  dof: number;
  expectedFreq: NDArray;
}

/**
 * Options of `chi2Contingency`.
 *
 * @example
 * ```ts
 * chi2Contingency([[12, 3], [5, 9]], { correction: false }).statistic; // 5.85483193277311
 * ```
 */
export interface Chi2ContingencyOptions {
  correction?: boolean;
  lambda_?: Lambda;
}
const parseContingency = signature<Chi2ContingencyOptions>('chi2Contingency', ['correction', 'lambda_'], {
  correction: is.boolean,
  lambda_: lambdaCheck,
});

/**
 * The table of expected frequencies of a contingency table under independence
 * (`scipy.stats.contingency.expected_freq`): the product of the marginal sums over the total.
 *
 * @example
 * ```ts
 * expectedFreq([[10, 10, 20], [20, 20, 20]]).toArray(); // [[12, 12, 16], [18, 18, 24]]
 * ```
 */
export function expectedFreq(observed: ArrayInput): NDArray {
  const x = asarray(observed);
  const shape = [...x.shape];
  const data = toFloat(x);
  const nd = shape.length;
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));
  const margins = shape.map((d) => new Float64Array(d));
  let total = 0;
  for (let k = 0; k < data.length; k++) {
    const v = data[k] as number;
    total += v;
    for (let i = 0; i < nd; i++) {
      const j = Math.floor(k / (strides[i] as number)) % (shape[i] as number);
      (margins[i] as Float64Array)[j] = ((margins[i] as Float64Array)[j] as number) + v;
    }
  }
  const out = new Float64Array(data.length);
  for (let k = 0; k < data.length; k++) {
    let e = total;
    for (let i = 0; i < nd; i++) {
      const j = Math.floor(k / (strides[i] as number)) % (shape[i] as number);
      e *= ((margins[i] as Float64Array)[j] as number) / total;
    }
    out[k] = nd === 0 ? total : e;
  }
  return new NDArrayClass<'float64'>('float64', out, shape);
}

function toFloat(x: NDArray): Float64Array {
  const flat = (x.toArray() as unknown as unknown[]).flat(Number.POSITIVE_INFINITY as 1) as unknown[];
  return Float64Array.from(x.ndim === 0 ? [x.toArray() as unknown as number] : (flat as number[]), Number);
}

/**
 * Chi-square test of independence of the variables of a contingency table
 * (`scipy.stats.chi2_contingency`), any number of dimensions; Yates' continuity correction when
 * there is one degree of freedom (unless `correction: false`); `lambda_` picks another
 * power-divergence statistic.
 *
 * @example
 * ```ts
 * chi2Contingency([[10, 10, 20], [20, 20, 20]]).pvalue; // 0.249352208777296
 * ```
 */
export function chi2Contingency(observed: ArrayInput, options?: Chi2ContingencyOptions): Chi2ContingencyResult;
export function chi2Contingency(
  observed: ArrayInput,
  correction?: boolean,
  lambda_?: Lambda,
  options?: Chi2ContingencyOptions,
): Chi2ContingencyResult;
export function chi2Contingency(observed: ArrayInput, ...rest: unknown[]): Chi2ContingencyResult {
  const { correction = true, lambda_ } = parseContingency(rest);
  if (observed === undefined || observed === null || typeof observed === 'string')
    is.arrayLike(observed, 'chi2Contingency', 'observed');
  const x = asarray(observed);
  const obs = toFloat(x);
  if (obs.some((v) => v < 0)) throw new ValueError('chi2Contingency: all values in observed must be nonnegative');
  if (obs.length === 0) throw new ValueError('chi2Contingency: no data, observed has size 0');
  const expected = expectedFreq(x);
  const e = expected.data as Float64Array;
  const zero = e.indexOf(0);
  if (zero >= 0)
    throw new ValueError(`chi2Contingency: the table of expected frequencies has a zero element at flat index ${zero}`);
  const dof = e.length - x.shape.reduce((s, d) => s + d, 0) + x.ndim - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expectedFreq: expected };
  let o = obs;
  if (dof === 1 && correction) {
    o = obs.map((v, k) => {
      const diff = (e[k] as number) - v;
      return v + Math.sign(diff) * Math.min(0.5, Math.abs(diff));
    });
  }
  const statistic = divergence(o, e, lambdaValue(lambda_));
  return { statistic, pvalue: chi2Sf(statistic, dof), dof, expectedFreq: expected };
}

/** The largest i in [lo, hi] with f(i) ≤ d (f ascending there), as SciPy's search. */
function searchAscending(f: (i: number) => number, d: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const v = f(mid);
    if (v < d) lo = mid + 1;
    else if (v > d) hi = mid - 1;
    else return mid;
  }
  return f(lo) <= d ? lo : lo - 1;
}

/**
 * Options of `fisherExact`.
 *
 * @example
 * ```ts
 * fisherExact([[8, 2], [1, 5]], { alternative: 'greater' }).pvalue; // 0.0244755244755244
 * ```
 */
export interface FisherExactOptions {
  alternative?: Alternative;
}
const parseFisher = signature<FisherExactOptions>('fisherExact', ['alternative'], { alternative: alternativeCheck });

/**
 * Fisher's exact test on a 2×2 contingency table (`scipy.stats.fisher_exact`): the statistic is
 * the sample odds ratio, the p-value from the hypergeometric distribution of the top-left cell
 * (two-sided: the tables no more probable than the one observed, with SciPy's 1e-14 relative
 * slack).
 *
 * @example
 * ```ts
 * fisherExact([[8, 2], [1, 5]]).statistic; // 20
 * fisherExact([[8, 2], [1, 5]]).pvalue; // 0.0349650349650350
 * ```
 */
export function fisherExact(table: ArrayInput, options?: FisherExactOptions): TestResult;
export function fisherExact(table: ArrayInput, alternative?: Alternative, options?: FisherExactOptions): TestResult;
export function fisherExact(table: ArrayInput, ...rest: unknown[]): { statistic: number; pvalue: number } {
  const { alternative = 'two-sided' } = parseFisher(rest);
  if (table === undefined || table === null || typeof table === 'string') is.arrayLike(table, 'fisherExact', 'table');
  const x = asarray(table);
  if (x.ndim !== 2 || x.shape[0] !== 2 || x.shape[1] !== 2)
    throw new ValueError(`fisherExact: table must be a 2x2 table, got shape [${x.shape.join(', ')}]`);
  const c = toFloat(x);
  if (c.some((v) => v < 0 || !Number.isInteger(v)))
    throw new ValueError('fisherExact: all values in table must be nonnegative integers');
  const [c00, c01, c10, c11] = c as unknown as [number, number, number, number];
  if (c00 + c01 === 0 || c10 + c11 === 0 || c00 + c10 === 0 || c01 + c11 === 0)
    return { statistic: Number.NaN, pvalue: 1 };
  const odds = c10 > 0 && c01 > 0 ? (c00 * c11) / (c10 * c01) : Number.POSITIVE_INFINITY;
  const n1 = c00 + c01;
  const n2 = c10 + c11;
  const n = c00 + c10;
  const M = n1 + n2;
  const pmf = (k: number): number => hypergeom.pmf(k, { M, n: n1, N: n });
  const cdf = (k: number): number => hypergeom.cdf(k, { M, n: n1, N: n });
  const sf = (k: number): number => hypergeom.sf(k, { M, n: n1, N: n });
  let p: number;
  if (alternative === 'less') p = cdf(c00);
  else if (alternative === 'greater') p = hypergeom.cdf(c01, { M, n: n1, N: c01 + c11 });
  else {
    const mode = Math.floor(((n + 1) * (n1 + 1)) / (M + 2));
    const pexact = pmf(c00);
    const pmode = pmf(mode);
    const eps = 1e-14;
    const gamma = 1 + eps;
    if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= eps) return { statistic: odds, pvalue: 1 };
    if (c00 < mode) {
      const plower = cdf(c00);
      if (pmf(n) > pexact * gamma) return { statistic: odds, pvalue: plower };
      const guess = searchAscending((k) => -pmf(k), -pexact * gamma, mode, n);
      p = plower + sf(guess);
    } else {
      const pupper = sf(c00 - 1);
      if (pmf(0) > pexact * gamma) return { statistic: odds, pvalue: pupper };
      const guess = searchAscending(pmf, pexact * gamma, 0, mode);
      p = pupper + cdf(guess);
    }
  }
  return { statistic: odds, pvalue: Math.min(p, 1) };
}

/**
 * Options of `BinomTestResult.proportionCi`.
 *
 * @example
 * ```ts
 * binomtest(7, 20).proportionCi({ confidenceLevel: 0.9, method: 'wilson' }).high; // 0.533487311151528
 * ```
 */
export interface ProportionCiOptions {
  confidenceLevel?: number;
  method?: 'exact' | 'wilson' | 'wilsoncc';
}
const parseCi = signature<ProportionCiOptions>('proportionCi', ['confidenceLevel', 'method'], {
  confidenceLevel: is.between(0, 1),
  method: is.choice('exact', 'wilson', 'wilsoncc'),
});

/**
 * The result of `binomtest`: the estimate k/n as `statistic`, and `proportionCi`.
 *
 * @example
 * ```ts
 * binomtest(7, 20).statistic; // 0.35
 * ```
 */
export interface BinomTestResult {
  k: number;
  n: number;
  alternative: Alternative;
  statistic: number;
  pvalue: number;
  /** Confidence interval of the success probability: Clopper–Pearson ('exact'), Wilson, or Wilson with continuity correction. */
  proportionCi(options?: ProportionCiOptions): { low: number; high: number };
  proportionCi(
    confidenceLevel?: number,
    method?: 'exact' | 'wilson' | 'wilsoncc',
    options?: ProportionCiOptions,
  ): { low: number; high: number };
}

/**
 * Options of `binomtest`.
 *
 * @example
 * ```ts
 * binomtest(7, 20, 0.5, { alternative: 'less' }).pvalue; // 0.131587982177734
 * ```
 */
export interface BinomtestOptions {
  p?: number;
  alternative?: Alternative;
}
const parseBinom = signature<BinomtestOptions>('binomtest', ['p', 'alternative'], {
  p: is.between(0, 1),
  alternative: alternativeCheck,
});

/**
 * Exact binomial test (`scipy.stats.binomtest`): is the success probability `p`, given k
 * successes in n trials? Two-sided: the outcomes no more probable than k (SciPy's 1e-7 slack).
 *
 * @example
 * ```ts
 * binomtest(7, 20).pvalue; // 0.263175964355469
 * binomtest(7, 20).proportionCi().low; // 0.153909204784541
 * ```
 */
export function binomtest(k: number, n: number, options?: BinomtestOptions): BinomTestResult;
export function binomtest(
  k: number,
  n: number,
  p?: number,
  alternative?: Alternative,
  options?: BinomtestOptions,
): BinomTestResult;
export function binomtest(k: number, n: number, ...rest: unknown[]): BinomTestResult {
  const { p = 0.5, alternative = 'two-sided' } = parseBinom(rest);
  is.nonNegInt(k, 'binomtest', 'k');
  is.positiveInt(n, 'binomtest', 'n');
  if (k > n) throw new ValueError(`binomtest: k must not exceed n, got k = ${k} and n = ${n}`);
  const pmf = (x: number): number => binom.pmf(x, { n, p });
  const cdf = (x: number): number => binom.cdf(x, { n, p });
  const sf = (x: number): number => binom.sf(x, { n, p });
  let pvalue: number;
  if (alternative === 'less') pvalue = cdf(k);
  else if (alternative === 'greater') pvalue = sf(k - 1);
  else {
    const d = pmf(k);
    const rerr = 1 + 1e-7;
    if (k === p * n) pvalue = 1;
    else if (k < p * n) {
      const ix = searchAscending((x) => -pmf(x), -d * rerr, Math.ceil(p * n), n);
      const y = n - ix + (d * rerr === pmf(ix) ? 1 : 0);
      pvalue = cdf(k) + sf(n - y);
    } else {
      const ix = searchAscending(pmf, d * rerr, 0, Math.floor(p * n));
      pvalue = cdf(ix) + sf(k - 1);
    }
    pvalue = Math.min(1, pvalue);
  }
  function proportionCi(...args: unknown[]): { low: number; high: number } {
    const { confidenceLevel = 0.95, method = 'exact' } = parseCi(args);
    return method === 'exact'
      ? exactCi(k, n, confidenceLevel, alternative)
      : wilsonCi(k, n, confidenceLevel, alternative, method === 'wilsoncc');
  }
  return { k, n, alternative, statistic: k / n, pvalue, proportionCi };
}

/** Clopper–Pearson limits: the p where the binomial tails equal alpha, via the beta quantiles. */
function exactCi(k: number, n: number, cl: number, alternative: Alternative): { low: number; high: number } {
  const alpha = alternative === 'two-sided' ? (1 - cl) / 2 : 1 - cl;
  // P(X ≥ k; p) = I_p(k, n − k + 1) and P(X ≤ k; p) = 1 − I_p(k + 1, n − k)
  const low = alternative === 'less' || k === 0 ? 0 : (betaDist.ppf(alpha, { a: k, b: n - k + 1 }) as number);
  const high = alternative === 'greater' || k === n ? 1 : (betaDist.isf(alpha, { a: k + 1, b: n - k }) as number);
  return { low, high };
}

/** Wilson score limits, with or without the continuity correction. */
function wilsonCi(
  k: number,
  n: number,
  cl: number,
  alternative: Alternative,
  cc: boolean,
): { low: number; high: number } {
  const p = k / n;
  const q = 1 - p;
  const z = kernels.ndtri(alternative === 'two-sided' ? 0.5 + 0.5 * cl : cl);
  const denom = 2 * (n + z * z);
  const center = (2 * n * p + z * z) / denom;
  let low: number;
  let high: number;
  if (cc) {
    low =
      alternative === 'less' || k === 0
        ? 0
        : center - (1 + z * Math.sqrt(z * z - 2 - 1 / n + 4 * p * (n * q + 1))) / denom;
    high =
      alternative === 'greater' || k === n
        ? 1
        : center + (1 + z * Math.sqrt(z * z + 2 - 1 / n + 4 * p * (n * q - 1))) / denom;
  } else {
    const delta = (z / denom) * Math.sqrt(4 * n * p * q + z * z);
    low = alternative === 'less' || k === 0 ? 0 : center - delta;
    high = alternative === 'greater' || k === n ? 1 : center + delta;
  }
  return { low, high };
}
