/**
 * Tests on k samples' means and variances (`scipy.stats.f_oneway`, `levene`, `bartlett`).
 */
import { type ArrayInput, is, signature, ValueError } from '@stride/ndarray';
import { laneMean, type NanPolicy } from '../rows.js';
import { axisCheck, nanPolicyCheck, perLane } from './lanes.js';
import { type KSampleOptions, splitSamples, type TestResult } from './nonparametric.js';
import { chi2Sf, fSf } from './pvalues.js';
import { concat } from './ranks.js';

function names(k: number): string[] {
  return Array.from({ length: k }, (_, i) => `samples[${i}]`);
}

function sumSq(v: Float64Array, m: number): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += ((v[k] as number) - m) ** 2;
  return s;
}

function isConst(v: Float64Array): boolean {
  for (let k = 1; k < v.length; k++) if (v[k] !== v[0]) return false;
  return true;
}

/**
 * Options of `fOneway`: `equalVar: false` for Welch's ANOVA.
 *
 * @example
 * ```ts
 * fOneway([1, 2, 3], [2, 4, 9], { equalVar: false }).pvalue; // 0.283834404961709
 * ```
 */
export interface FOnewayOptions extends KSampleOptions {
  equalVar?: boolean;
}
const parseF = signature<FOnewayOptions>('fOneway', [], {
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
  equalVar: is.boolean,
});

/**
 * One-way analysis of variance (`scipy.stats.f_oneway`): F = between-group over within-group mean
 * square, p from the F distribution; Welch's heteroscedastic F with `equalVar: false`. Constant
 * groups give F = inf (different constants) or NaN (all one value), as in SciPy.
 *
 * @example
 * ```ts
 * fOneway([1, 2, 3], [2, 4, 9]).statistic; // 1.92857142857143
 * ```
 */
export function fOneway(...args: [...samples: ArrayInput[], options: FOnewayOptions] | ArrayInput[]): TestResult {
  const { samples, options } = splitSamples('fOneway', args, (r) => parseF(r, 'fOneway'));
  const { axis = 0, nanPolicy = 'propagate', equalVar = true } = options;
  const k = samples.length;
  if (k < 2) throw new ValueError(`fOneway: at least two samples are required, got ${k}`);
  return perLane({ fn: 'fOneway', names: names(k), samples, axis, nanPolicy }, (ls) => {
    const nan = { statistic: Number.NaN, pvalue: Number.NaN };
    if (ls.some((v) => v.length === 0) || ls.every((v) => v.length === 1)) return nan;
    const all = concat(ls);
    const n = all.length;
    let f: number;
    let dfn: number;
    let dfd: number;
    if (equalVar) {
      const offset = laneMean(all);
      let s = 0;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const d = (all[i] as number) - offset;
        s += d;
        ss += d * d;
      }
      const norm = (s * s) / n;
      const sstot = ss - norm;
      let ssbn = 0;
      for (const v of ls) {
        let t = 0;
        for (let i = 0; i < v.length; i++) t += (v[i] as number) - offset;
        ssbn += (t * t) / v.length;
      }
      ssbn -= norm;
      const sswn = sstot - ssbn;
      dfn = k - 1;
      dfd = n - k;
      f = ssbn / dfn / (sswn / dfd);
    } else {
      const means = ls.map(laneMean);
      const w = ls.map((v, i) => v.length / (sumSq(v, means[i] as number) / (v.length - 1)));
      const sw = w.reduce((a, b) => a + b, 0);
      let yhat = 0;
      for (let i = 0; i < k; i++) yhat += (w[i] as number) * (means[i] as number);
      yhat /= sw;
      let num = 0;
      let lam = 0;
      for (let i = 0; i < k; i++) {
        num += (w[i] as number) * ((means[i] as number) - yhat) ** 2;
        lam += (1 / ((ls[i] as Float64Array).length - 1)) * (1 - (w[i] as number) / sw) ** 2;
      }
      num /= k - 1;
      f = num / (1 + ((2 * (k - 2)) / (k * k - 1)) * lam);
      dfn = k - 1;
      dfd = (k * k - 1) / (3 * lam);
    }
    if (ls.every(isConst)) f = isConst(all) ? Number.NaN : Number.POSITIVE_INFINITY;
    return { statistic: f, pvalue: fSf(f, dfn, dfd) };
  });
}

/**
 * Options of `levene`: the center of the absolute deviations and the trimmed mean's cut.
 *
 * @example
 * ```ts
 * levene([1, 2, 3, 4], [2, 4, 8, 16], { center: 'mean' }).statistic; // 4.2
 * ```
 */
export interface LeveneOptions extends KSampleOptions {
  center?: 'median' | 'mean' | 'trimmed';
  proportiontocut?: number;
}
const parseLevene = signature<LeveneOptions>('levene', [], {
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
  center: is.choice('median', 'mean', 'trimmed'),
  proportiontocut: is.between(0, 0.5),
});

function sorted(v: Float64Array): Float64Array {
  return Float64Array.from(v).sort();
}

function median(v: Float64Array): number {
  const s = sorted(v);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}

/**
 * Mean after cutting `proportion` of the values from each end (`scipy.stats.trim_mean`).
 *
 * @example
 * ```ts
 * trimMean(new Float64Array([1, 2, 3, 100]), 0.25); // 2.5
 * ```
 */
export function trimMean(v: Float64Array, proportion: number): number {
  const s = sorted(v);
  const lo = Math.floor(proportion * s.length);
  return laneMean(s.subarray(lo, s.length - lo));
}

/**
 * Levene's test of equal variances (`scipy.stats.levene`) on absolute deviations from each
 * sample's median (Brown–Forsythe, the default), mean, or trimmed mean; p from F(k − 1, N − k).
 *
 * @example
 * ```ts
 * levene([1, 2, 3, 4], [2, 4, 8, 16]).pvalue; // 0.117342797512473
 * ```
 */
export function levene(...args: [...samples: ArrayInput[], options: LeveneOptions] | ArrayInput[]): TestResult {
  const { samples, options } = splitSamples('levene', args, (r) => parseLevene(r, 'levene'));
  const { axis = 0, nanPolicy = 'propagate', center = 'median', proportiontocut = 0.05 } = options;
  const k = samples.length;
  if (k < 2) throw new ValueError(`levene: at least two samples are required, got ${k}`);
  return perLane({ fn: 'levene', names: names(k), samples, axis, nanPolicy }, (ls) => {
    if (ls.some((v) => v.length === 0)) return { statistic: Number.NaN, pvalue: Number.NaN };
    const z = ls.map((v) => {
      const c = center === 'median' ? median(v) : center === 'mean' ? laneMean(v) : trimMean(v, proportiontocut);
      return v.map((y) => Math.abs(y - c));
    });
    const zbars = z.map(laneMean);
    const ntot = ls.reduce((s, v) => s + v.length, 0);
    let zbar = 0;
    for (let i = 0; i < k; i++) zbar += (ls[i] as Float64Array).length * (zbars[i] as number);
    zbar /= ntot;
    let numer = 0;
    let denom = 0;
    for (let i = 0; i < k; i++) {
      numer += (ls[i] as Float64Array).length * ((zbars[i] as number) - zbar) ** 2;
      denom += sumSq(z[i] as Float64Array, zbars[i] as number);
    }
    const w = ((ntot - k) * numer) / ((k - 1) * denom);
    return { statistic: w, pvalue: fSf(w, k - 1, ntot - k) };
  });
}

const parseBartlett = signature<{ axis?: number | null; nanPolicy?: NanPolicy }>('bartlett', [], {
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
});

/**
 * Bartlett's test of equal variances (`scipy.stats.bartlett`) for normal samples; p from
 * chi-square with k − 1 degrees of freedom.
 *
 * @example
 * ```ts
 * bartlett([1, 2, 3, 4], [2, 4, 8, 16]).statistic; // 4.71682050080619
 * ```
 */
export function bartlett(...args: [...samples: ArrayInput[], options: KSampleOptions] | ArrayInput[]): TestResult {
  const { samples, options } = splitSamples('bartlett', args, (r) => parseBartlett(r, 'bartlett'));
  const { axis = 0, nanPolicy = 'propagate' } = options;
  const k = samples.length;
  if (k < 2) throw new ValueError(`bartlett: at least two samples are required, got ${k}`);
  return perLane({ fn: 'bartlett', names: names(k), samples, axis, nanPolicy }, (ls) => {
    const ni = ls.map((v) => (v.length === 0 ? Number.NaN : v.length));
    const ssq = ls.map((v) => sumSq(v, laneMean(v)) / (v.length - 1));
    const ntot = ni.reduce((a, b) => a + b, 0);
    let sp = 0;
    let slog = 0;
    let sinv = 0;
    for (let i = 0; i < k; i++) {
      sp += ((ni[i] as number) - 1) * (ssq[i] as number);
      slog += ((ni[i] as number) - 1) * Math.log(ssq[i] as number);
      sinv += 1 / ((ni[i] as number) - 1);
    }
    sp /= ntot - k;
    const numer = (ntot - k) * Math.log(sp) - slog;
    const denom = 1 + (1 / (3 * (k - 1))) * (sinv - 1 / (ntot - k));
    const t = numer / denom;
    return { statistic: Math.max(0, t), pvalue: chi2Sf(t, k - 1) };
  });
}
