/**
 * Goodness-of-fit tests for a family (`scipy.stats.shapiro`, `anderson`): the Shapiro–Wilk W with
 * Royston's approximations (Royston 1992, 1995, algorithm AS R94), and the Anderson–Darling A²
 * with the distribution's parameters estimated from the sample.
 */
import { type ArrayInput, is, signature, ValueError } from '@stride/ndarray';
import { kernels } from '@stride/special';
import { laneMean } from '../rows.js';
import type { NanPolicy } from '../rows.js';
import { axisCheck, nanPolicyCheck, perLane } from './lanes.js';
import type { TestResult } from './nonparametric.js';
import { normSf } from './pvalues.js';

/** c0 + c1 x + c2 x² + ... */
function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + (c[i] as number);
  return s;
}

// Royston's polynomial approximations (Royston 1992, Table 1; AS R94): the two largest
// coefficients in 1/√n, and the mean and log standard deviation of the normalizing transform of
// 1 − W in n (n ≤ 11) or log n (n ≥ 12).
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];

/** Royston's approximation of the Shapiro–Wilk coefficients a_1..a_{n/2} (for the largest values). */
function swCoefficients(n: number): Float64Array {
  const half = Math.floor(n / 2);
  const a = new Float64Array(half);
  if (n === 3) {
    a[0] = Math.SQRT1_2;
    return a;
  }
  // expected normal order statistics (Blom's approximation) of the smallest half, negative
  const m = new Float64Array(half);
  let summ2 = 0;
  for (let i = 0; i < half; i++) {
    m[i] = kernels.ndtri((i + 1 - 0.375) / (n + 0.25));
    summ2 += (m[i] as number) ** 2;
  }
  summ2 *= 2;
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  const a1 = poly(C1, rsn) - (m[0] as number) / ssumm2;
  let i1: number;
  let fac: number;
  if (n > 5) {
    i1 = 2;
    const a2 = -(m[1] as number) / ssumm2 + poly(C2, rsn);
    fac = Math.sqrt((summ2 - 2 * (m[0] as number) ** 2 - 2 * (m[1] as number) ** 2) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
    a[1] = a2;
  } else {
    i1 = 1;
    fac = Math.sqrt((summ2 - 2 * (m[0] as number) ** 2) / (1 - 2 * a1 * a1));
  }
  a[0] = a1;
  for (let i = i1; i < half; i++) a[i] = -(m[i] as number) / fac;
  return a;
}

/** W and its p-value for sorted values `x` (n ≥ 3). */
function swilk(x: Float64Array): { w: number; pw: number } {
  const n = x.length;
  const a = swCoefficients(n);
  const range = (x[n - 1] as number) - (x[0] as number);
  if (range < 1e-19) return { w: 1, pw: 1 };
  // coefficient of the i-th order statistic: ±a of its mirror pair (0 for the middle one)
  const coef = (i: number): number => {
    const j = n - 1 - i;
    if (i === j) return 0;
    return i < j ? -(a[i] as number) : (a[j] as number);
  };
  let sa = 0;
  let sx = 0;
  for (let i = 0; i < n; i++) {
    sa += coef(i);
    sx += (x[i] as number) / range;
  }
  sa /= n;
  sx /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    const asa = coef(i) - sa;
    const xsx = (x[i] as number) / range - sx;
    ssa += asa * asa;
    ssx += xsx * xsx;
    sax += asa * xsx;
  }
  // W = sax² / (ssa ssx), with 1 − W formed directly
  const ssassx = Math.sqrt(ssa * ssx);
  const w1 = ((ssassx - sax) * (ssassx + sax)) / (ssa * ssx);
  let w = 1 - w1;
  if (n === 3) {
    // the exact null distribution (W ≥ 3/4)
    if (w < 0.75) w = 0.75;
    const pw = (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.PI / 3);
    return { w, pw: Math.max(0, pw) };
  }
  let y = Math.log(w1);
  let mean: number;
  let sd: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    if (y >= gamma) return { w, pw: 1e-99 };
    y = -Math.log(gamma - y);
    mean = poly(C3, n);
    sd = Math.exp(poly(C4, n));
  } else {
    const ln = Math.log(n);
    mean = poly(C5, ln);
    sd = Math.exp(poly(C6, ln));
  }
  return { w, pw: normSf((y - mean) / sd) };
}

/**
 * Options of `shapiro`: the axis of the samples (default null: all values as one sample) and the
 * NaN policy.
 *
 * @example
 * ```ts
 * shapiro([[2.1, 3.4, 1.9, 5.6], [4.4, 3.0, 2.8, 3.9]], { axis: 1 }).statistic; // NDArray float64 [0.876031833939985, 0.914093423759444]
 * ```
 */
export interface ShapiroOptions {
  axis?: number | null;
  nanPolicy?: NanPolicy;
}
const parseShapiro = signature<ShapiroOptions>('shapiro', [], { axis: axisCheck, nanPolicy: nanPolicyCheck });

/**
 * The Shapiro–Wilk test of normality (`scipy.stats.shapiro`): W from Royston's approximation of
 * the coefficients and its p-value from Royston's normalizing transformation (algorithm AS R94),
 * for 3 ≤ n ≤ 5000 (beyond that the p-value is less accurate, as in SciPy).
 *
 * @example
 * ```ts
 * shapiro([2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9]).statistic; // 0.959500925989293 (SciPy: 0.95950092605, its swilk differs from the paper in the 11th digit)
 * ```
 */
export function shapiro(x: ArrayInput, options?: ShapiroOptions): TestResult {
  const { axis = null, nanPolicy = 'propagate' } = parseShapiro(options === undefined ? [] : [options]);
  return perLane({ fn: 'shapiro', names: ['x'], samples: [x], axis, nanPolicy }, ([lane]) => {
    const v = Float64Array.from(lane as Float64Array).sort();
    if (v.length < 3) throw new ValueError(`shapiro: the data must have at least 3 values, got ${v.length}`);
    // shift by a middle value first (fewer cancellations in the sums)
    const mid = (lane as Float64Array)[Math.floor(v.length / 2)] as number;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - mid;
    const { w, pw } = swilk(v);
    return { statistic: w, pvalue: pw };
  });
}

// ---- Anderson–Darling --------------------------------------------------------------------------

/** The families `anderson` fits. */
export type AndersonDist = 'norm' | 'expon' | 'logistic' | 'gumbel' | 'gumbel_l' | 'gumbel_r' | 'extreme1';

/**
 * The result of `anderson`: A², the critical values at the significance levels (in percent), and
 * the fitted parameters (`fitResult.params`: loc and scale); with `method: 'interpolate'`,
 * `pvalue` interpolated in SciPy's table instead.
 *
 * @example
 * ```ts
 * anderson([2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9]).significanceLevel; // [15, 10, 5, 2.5, 1]
 * ```
 */
export interface AndersonResult {
  statistic: number;
  criticalValues?: number[];
  significanceLevel?: number[];
  fitResult?: { params: { loc: number; scale: number } };
  pvalue?: number;
}

/**
 * Options of `anderson`.
 *
 * @example
 * ```ts
 * anderson([2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9], 'norm', { method: 'interpolate' }).pvalue; // 0.15
 * ```
 */
export interface AndersonOptions {
  dist?: AndersonDist;
  method?: 'interpolate';
}
const parseAnderson = signature<AndersonOptions>('anderson', ['dist'], {
  dist: is.choice('norm', 'expon', 'logistic', 'gumbel', 'gumbel_l', 'gumbel_r', 'extreme1'),
  method: is.choice('interpolate'),
});

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** log F and log(1 − F) of the standard families at w. */
const LOG_TAILS: Record<string, (w: number) => [number, number]> = {
  norm: (w) => [kernels.logNdtr(w), kernels.logNdtr(-w)],
  expon: (w) => (w < 0 ? [Number.NEGATIVE_INFINITY, 0] : [Math.log(-Math.expm1(-w)), -w]),
  logistic: (w) => [-Math.log1p(Math.exp(-w)), -Math.log1p(Math.exp(w))],
  gumbel_r: (w) => [-Math.exp(-w), Math.log(-Math.expm1(-Math.exp(-w)))],
  gumbel_l: (w) => [Math.log(-Math.expm1(-Math.exp(w))), -Math.exp(w)],
};

/** Maximum-likelihood (loc, scale) of the logistic distribution by Newton's method on the score. */
function fitLogistic(x: Float64Array, loc0: number, scale0: number): [number, number] {
  let a = loc0;
  let b = scale0;
  const n = x.length;
  for (let it = 0; it < 100; it++) {
    // score equations: Σ 1/(1+e^t) − n/2 = 0 and Σ t (1 − e^t)/(1 + e^t) + n = 0, t = (x − a)/b
    let f1 = -0.5 * n;
    let f2 = n;
    let j11 = 0;
    let j12 = 0;
    let j21 = 0;
    let j22 = 0;
    for (let i = 0; i < n; i++) {
      const t = ((x[i] as number) - a) / b;
      const e = Math.exp(-Math.abs(t));
      const s = t >= 0 ? e / (1 + e) : 1 / (1 + e); // 1/(1+e^t)
      const th = t >= 0 ? (e - 1) / (1 + e) : (1 - e) / (1 + e); // (1 − e^t)/(1 + e^t) = −tanh(t/2)
      f1 += s;
      f2 += t * th;
      const ds = s * (1 - s); // d/dt of 1/(1+e^t) is −s(1 − s)
      const dth = -(1 - th * th) / 2; // d/dt of −tanh(t/2)
      // dt/da = −1/b, dt/db = −t/b
      j11 += ds / b;
      j12 += (ds * t) / b;
      j21 += -(th + t * dth) / b;
      j22 += (-(th + t * dth) * t) / b;
    }
    const det = j11 * j22 - j12 * j21;
    const da = (f1 * j22 - f2 * j12) / det;
    const db = (j11 * f2 - j21 * f1) / det;
    a -= da;
    b -= db;
    if (b <= 0) b = (b + db) / 2;
    if (Math.abs(da) <= 1e-15 * (Math.abs(a) + b) && Math.abs(db) <= 1e-15 * b) break;
  }
  return [a, b];
}

/**
 * Maximum-likelihood (loc, scale) of the right-skewed Gumbel distribution: the scale solves
 * s = mean(x) − Σ x e^(−x/s) / Σ e^(−x/s) (bisection, then Newton-free refinement to full
 * precision), the location follows in closed form.
 */
function fitGumbelR(x: Float64Array): [number, number] {
  const n = x.length;
  const xmin = Math.min(...x);
  const mean = laneMean(x);
  const g = (s: number): number => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(-((x[i] as number) - xmin) / s);
      num += ((x[i] as number) - mean) * e;
      den += e;
    }
    return s + num / den;
  };
  let sd = 0;
  for (let i = 0; i < n; i++) sd += ((x[i] as number) - mean) ** 2;
  sd = Math.sqrt(sd / n);
  let lo = sd * 1e-3;
  let hi = sd * 10;
  while (g(lo) > 0 && lo > 1e-300) lo /= 10;
  while (g(hi) < 0) hi *= 10;
  for (let it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  const s = (lo + hi) / 2;
  let se = 0;
  for (let i = 0; i < n; i++) se += Math.exp(-((x[i] as number) - xmin) / s);
  const loc = xmin - s * Math.log(se / n);
  return [loc, s];
}

/**
 * The Anderson–Darling test (`scipy.stats.anderson`) that `x` comes from a family ('norm',
 * 'expon', 'logistic', 'gumbel_r', 'gumbel_l' — 'gumbel' and 'extreme1' are 'gumbel_l'), its
 * parameters estimated from the sample; critical values from Stephens' tables as SciPy rounds them.
 *
 * @example
 * ```ts
 * anderson([2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9]).statistic; // 0.184246408690807
 * anderson([2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9]).criticalValues; // [0.497, 0.559, 0.666, 0.773, 0.917]
 * ```
 */
export function anderson(x: ArrayInput, options?: AndersonOptions): AndersonResult;
export function anderson(x: ArrayInput, dist?: AndersonDist, options?: AndersonOptions): AndersonResult;
export function anderson(x: ArrayInput, ...rest: unknown[]): AndersonResult {
  const o = parseAnderson(rest);
  let dist: string = o.dist ?? 'norm';
  if (dist === 'gumbel' || dist === 'extreme1') dist = 'gumbel_l';
  let out: AndersonResult | null = null;
  perLane({ fn: 'anderson', names: ['x'], samples: [x], axis: null, nanPolicy: 'propagate' }, ([lane]) => {
    const v = lane as Float64Array;
    const y = Float64Array.from(v).sort();
    const n = y.length;
    if (n === 0) throw new ValueError('anderson: the sample is empty');
    const xbar = laneMean(v);
    let loc: number;
    let scale: number;
    let sig: number[];
    let crit: number[];
    if (dist === 'norm') {
      let ss = 0;
      for (let i = 0; i < n; i++) ss += ((v[i] as number) - xbar) ** 2;
      [loc, scale] = [xbar, Math.sqrt(ss / (n - 1))];
      sig = [15, 10, 5, 2.5, 1];
      crit = [0.561, 0.631, 0.752, 0.873, 1.035].map((c) => round3(c / (1 + 0.75 / n + 2.25 / n / n)));
    } else if (dist === 'expon') {
      [loc, scale] = [0, xbar];
      sig = [15, 10, 5, 2.5, 1];
      crit = [0.916, 1.062, 1.321, 1.591, 1.959].map((c) => round3(c / (1 + 0.6 / n)));
    } else if (dist === 'logistic') {
      let ss = 0;
      for (let i = 0; i < n; i++) ss += ((v[i] as number) - xbar) ** 2;
      [loc, scale] = fitLogistic(v, xbar, Math.sqrt(ss / (n - 1)));
      sig = [25, 10, 5, 2.5, 1, 0.5];
      crit = [0.426, 0.563, 0.66, 0.769, 0.906, 1.01].map((c) => round3(c / (1 + 0.25 / n)));
    } else {
      if (dist === 'gumbel_r') [loc, scale] = fitGumbelR(v);
      else {
        const [l, s] = fitGumbelR(v.map((z) => -z));
        [loc, scale] = [-l, s];
      }
      sig = [25, 10, 5, 2.5, 1];
      crit = [0.474, 0.637, 0.757, 0.877, 1.038].map((c) => round3(c / (1 + 0.2 / Math.sqrt(n))));
    }
    const tails = LOG_TAILS[dist] as (w: number) => [number, number];
    const lc = new Float64Array(n);
    const ls = new Float64Array(n);
    for (let i = 0; i < n; i++) [lc[i], ls[i]] = tails(((y[i] as number) - loc) / scale);
    let s = 0;
    for (let i = 0; i < n; i++) s += ((2 * (i + 1) - 1) / n) * ((lc[i] as number) + (ls[n - 1 - i] as number));
    const a2 = -n - s;
    if (o.method === 'interpolate')
      out = {
        statistic: a2,
        pvalue: interp(
          a2,
          crit,
          sig.map((p) => p / 100),
        ),
      };
    else
      out = {
        statistic: a2,
        criticalValues: crit,
        significanceLevel: sig,
        fitResult: { params: { loc, scale } },
      };
    return { statistic: a2 };
  });
  return (out ?? { statistic: Number.NaN }) as unknown as AndersonResult;
}

/** NumPy's interp: piecewise linear through (xp, fp), clamped at the ends. */
function interp(x: number, xp: number[], fp: number[]): number {
  const n = xp.length;
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= (xp[0] as number)) return fp[0] as number;
  if (x >= (xp[n - 1] as number)) return fp[n - 1] as number;
  let i = 0;
  while (x > (xp[i + 1] as number)) i++;
  const t = (x - (xp[i] as number)) / ((xp[i + 1] as number) - (xp[i] as number));
  return (fp[i] as number) + t * ((fp[i + 1] as number) - (fp[i] as number));
}
