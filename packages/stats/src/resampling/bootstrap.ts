/**
 * Bootstrap confidence intervals (`scipy.stats.bootstrap`): resampling with replacement, the
 * percentile, basic and BCa intervals (Efron 1987; the acceleration from the jackknife), and the
 * bootstrap standard error.
 */
import { type ArrayInput, asarray, is, random, signature, ValueError } from '@stride/ndarray';
import { kernels } from '@stride/special';
import type { Alternative } from '../hypothesis.js';
import { alternativeCheck } from '../tests/lanes.js';

/**
 * Options of `bootstrap`.
 *
 * @example
 * ```ts
 * bootstrap([[1, 2, 3, 4, 5, 6]], (x) => x[0]!, { nResamples: 100, seed: 1 }).bootstrapDistribution.length; // 100
 * ```
 */
export interface BootstrapOptions {
  nResamples?: number;
  confidenceLevel?: number;
  method?: 'percentile' | 'basic' | 'BCa';
  alternative?: Alternative;
  /** Resample the samples together (they must have one length), as paired observations. */
  paired?: boolean;
  seed?: number | bigint | random.Generator | null;
}
const parseBootstrap = signature<BootstrapOptions>('bootstrap', [], {
  nResamples: is.positiveInt,
  confidenceLevel: is.between(0, 1),
  method: is.choice('percentile', 'basic', 'BCa'),
  alternative: alternativeCheck,
  paired: is.boolean,
  seed: is.any,
});

/**
 * The result of `bootstrap`.
 *
 * @example
 * ```ts
 * bootstrap([[1, 2, 3, 4, 5, 6]], (x) => x.reduce((a, b) => a + b) / x.length, { seed: 0 }).confidenceInterval.low < 3.5; // true
 * ```
 */
export interface BootstrapResult {
  confidenceInterval: { low: number; high: number };
  bootstrapDistribution: Float64Array;
  standardError: number;
}

/** NumPy's default (linear) percentile of sorted values. */
function percentile(sorted: Float64Array, q: number): number {
  if (Number.isNaN(q)) return Number.NaN;
  const n = sorted.length;
  const pos = (q / 100) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const t = pos - lo;
  return (sorted[lo] as number) + t * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * A bootstrap confidence interval for `statistic` of the samples in `data` (`scipy.stats.bootstrap`):
 * `data` is a list of samples, `statistic` receives one resample of each. BCa (the default) corrects
 * the percentile interval for bias and skew; `seed` makes the resamples reproducible (they are
 * not SciPy's stream).
 *
 * @example
 * ```ts
 * const mean = (x: Float64Array) => x.reduce((a, b) => a + b, 0) / x.length;
 * const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4, 3.0, 2.8, 3.9]], mean, { seed: 42 });
 * r.standardError > 0.3 && r.standardError < 0.5; // true
 * ```
 */
export function bootstrap(
  data: ArrayInput[],
  statistic: (...samples: Float64Array[]) => number,
  options?: BootstrapOptions,
): BootstrapResult {
  const {
    nResamples = 9999,
    confidenceLevel = 0.95,
    method = 'BCa',
    alternative = 'two-sided',
    paired = false,
    seed,
  } = parseBootstrap(options === undefined ? [] : [options]);
  if (!Array.isArray(data) || data.length === 0)
    throw new ValueError(`bootstrap: data must be a non-empty list of samples, got ${String(data)}`);
  is.func(statistic, 'bootstrap', 'statistic');
  const samples = data.map((s, i) => {
    is.arrayLike(s, 'bootstrap', `data[${i}]`);
    const v = Float64Array.from((asarray(s).toArray() as unknown[]).flat(Number.POSITIVE_INFINITY as 1) as number[]);
    if (v.length < 2)
      throw new ValueError(`bootstrap: each sample must have at least two values, data[${i}] has ${v.length}`);
    return v;
  });
  if (paired && samples.some((s) => s.length !== (samples[0] as Float64Array).length))
    throw new ValueError(
      `bootstrap: paired samples must have one length, got ${samples.map((s) => s.length).join(', ')}`,
    );
  const g = random.defaultRng(seed ?? undefined) as random.Generator;
  const theta = Number(statistic(...samples));
  const dist = new Float64Array(nResamples);
  const buffers = samples.map((s) => new Float64Array(s.length));
  for (let b = 0; b < nResamples; b++) {
    if (paired) {
      const n = (samples[0] as Float64Array).length;
      for (let k = 0; k < n; k++) {
        const i = Math.floor((g.random() as number) * n);
        samples.forEach((s, j) => {
          (buffers[j] as Float64Array)[k] = s[i] as number;
        });
      }
    } else {
      samples.forEach((s, j) => {
        const buf = buffers[j] as Float64Array;
        for (let k = 0; k < s.length; k++) buf[k] = s[Math.floor((g.random() as number) * s.length)] as number;
      });
    }
    dist[b] = Number(statistic(...buffers));
  }
  let mean = 0;
  for (const v of dist) mean += v;
  mean /= nResamples;
  let ss = 0;
  for (const v of dist) ss += (v - mean) ** 2;
  const standardError = Math.sqrt(ss / (nResamples - 1));
  const sorted = Float64Array.from(dist).sort();
  const alpha = alternative === 'two-sided' ? (1 - confidenceLevel) / 2 : 1 - confidenceLevel;
  let qlo = alpha;
  let qhi = 1 - alpha;
  if (method === 'BCa') [qlo, qhi] = bcaLevels(samples, statistic, theta, dist, alpha, paired);
  let low = percentile(sorted, qlo * 100);
  let high = percentile(sorted, qhi * 100);
  if (method === 'basic') [low, high] = [2 * theta - high, 2 * theta - low];
  if (alternative === 'less') low = Number.NEGATIVE_INFINITY;
  if (alternative === 'greater') high = Number.POSITIVE_INFINITY;
  return { confidenceInterval: { low, high }, bootstrapDistribution: dist, standardError };
}

/** The BCa percentile levels: bias z0 from the bootstrap distribution, acceleration from the jackknife. */
function bcaLevels(
  samples: Float64Array[],
  statistic: (...s: Float64Array[]) => number,
  theta: number,
  dist: Float64Array,
  alpha: number,
  paired: boolean,
): [number, number] {
  let below = 0;
  let atOrBelow = 0;
  for (const v of dist) {
    if (v < theta) below++;
    if (v <= theta) atOrBelow++;
  }
  const z0 = kernels.ndtri((below + atOrBelow) / (2 * dist.length));
  // jackknife: leave one observation out (one pair when paired; within each sample otherwise)
  let num = 0;
  let den = 0;
  const groups = paired ? [null] : samples.map((_, j) => j);
  for (const j of groups) {
    const n = j === null ? (samples[0] as Float64Array).length : (samples[j] as Float64Array).length;
    const th = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const args = samples.map((s, k) =>
        j === null || k === j ? Float64Array.from([...s.subarray(0, i), ...s.subarray(i + 1)]) : s,
      );
      th[i] = Number(statistic(...args));
    }
    let m = 0;
    for (const v of th) m += v;
    m /= n;
    let a3 = 0;
    let a2 = 0;
    for (const v of th) {
      const u = (n - 1) * (m - v);
      a3 += u ** 3;
      a2 += u ** 2;
    }
    num += a3 / n ** 3;
    den += a2 / n ** 2;
  }
  const a = num / (6 * den ** 1.5);
  const level = (z: number): number => kernels.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z)));
  return [level(kernels.ndtri(alpha)), level(kernels.ndtri(1 - alpha))];
}
