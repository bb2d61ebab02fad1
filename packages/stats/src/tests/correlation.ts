/**
 * Rank correlations (`scipy.stats.spearmanr`, `kendalltau`) and the point-biserial correlation
 * (`pointbiserialr`), with SciPy's exact and asymptotic p-values.
 */
import { type ArrayInput, asarray, is, NDArray, ShapeError, signature, ValueError } from '@stride/ndarray';
import { t as tDist } from '../distributions/continuous.js';
import { type Alternative, pearsonr } from '../hypothesis.js';
import type { NanPolicy } from '../rows.js';
import { alternativeCheck, axisCheck, nanPolicyCheck, perLane } from './lanes.js';
import type { TestResult } from './nonparametric.js';
import { symmetricP } from './pvalues.js';
import { argsortValues, rankAverage } from './ranks.js';

/**
 * Options of `spearmanr`.
 *
 * @example
 * ```ts
 * spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7], { alternative: 'greater' }).pvalue; // 0.0442935026567719
 * ```
 */
export interface SpearmanrOptions {
  axis?: number | null;
  nanPolicy?: NanPolicy;
  alternative?: Alternative;
}
const parseSpearman = signature<SpearmanrOptions>('spearmanr', ['axis'], {
  axis: axisCheck,
  nanPolicy: nanPolicyCheck,
  alternative: alternativeCheck,
});

function pearsonOf(u: Float64Array, v: Float64Array): number {
  const n = u.length;
  let mu = 0;
  let mv = 0;
  for (let k = 0; k < n; k++) {
    mu += u[k] as number;
    mv += v[k] as number;
  }
  mu /= n;
  mv /= n;
  let suu = 0;
  let svv = 0;
  let suv = 0;
  for (let k = 0; k < n; k++) {
    const a = (u[k] as number) - mu;
    const b = (v[k] as number) - mv;
    suu += a * a;
    svv += b * b;
    suv += a * b;
  }
  return Math.max(-1, Math.min(1, suv / Math.sqrt(suu * svv)));
}

/** The variables of a 1-D or 2-D input as columns of observations (`axis` 0: columns are variables). */
function variables(a: ArrayInput, axis: number | null, name: string): Float64Array[] {
  if (a === undefined || a === null || typeof a === 'string') is.arrayLike(a, 'spearmanr', name);
  const x = asarray(a);
  if (x.ndim > 2) throw new ValueError(`spearmanr: ${name} must be 1-D or 2-D, got shape [${x.shape.join(', ')}]`);
  const rows = (x.ndim === 0 ? [[x.toArray()]] : x.ndim === 1 ? [x.toArray()] : x.toArray()) as unknown as number[][];
  if (x.ndim <= 1 || axis === null) return [Float64Array.from(rows.flat(), Number)];
  const ax = axis < 0 ? axis + 2 : axis;
  if (ax !== 0 && ax !== 1) throw new ValueError(`spearmanr: axis ${axis} is out of bounds for a 2-D array`);
  const nr = rows.length;
  const nc = (rows[0] ?? []).length;
  if (ax === 1) return rows.map((r) => Float64Array.from(r, Number));
  return Array.from({ length: nc }, (_, c) =>
    Float64Array.from({ length: nr }, (_, r) => Number((rows[r] as number[])[c])),
  );
}

/**
 * Spearman's rank correlation (`scipy.stats.spearmanr`): Pearson's r of the average ranks, p from
 * Student's t with n − 2 degrees of freedom. Two 1-D samples give numbers; a 2-D input (variables
 * in columns, or in rows with `axis: 1`), alone or with `b`, gives the matrix of all pairs, as in
 * SciPy. A constant variable gives NaN.
 *
 * @example
 * ```ts
 * spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).statistic; // 0.8207826816681233
 * spearmanr([[1, 5, 2], [2, 6, 1], [3, 7, 4], [4, 8, 3]]).statistic; // NDArray float64 [[1, 1, 0.6], [1, 1, 0.6], [0.6, 0.6, 1]]
 * ```
 */
export function spearmanr(a: ArrayInput, b?: ArrayInput | null, options?: SpearmanrOptions): TestResult;
export function spearmanr(a: ArrayInput, options?: SpearmanrOptions): TestResult;
export function spearmanr(
  a: ArrayInput,
  b: ArrayInput | null,
  axis?: number | null,
  options?: SpearmanrOptions,
): TestResult;
export function spearmanr(a: ArrayInput, ...rest: unknown[]): TestResult {
  let b: ArrayInput | null = null;
  const first = rest[0];
  if (
    first === null ||
    (first !== undefined && !(typeof first === 'object' && Object.getPrototypeOf(first) === Object.prototype))
  ) {
    b = first as ArrayInput | null;
    rest = rest.slice(1);
  } else if (first === undefined && rest.length > 0) rest = rest.slice(1);
  const { axis = 0, nanPolicy = 'propagate', alternative = 'two-sided' } = parseSpearman(rest);
  let vars = variables(a, axis, 'a');
  if (b !== null && b !== undefined) vars = [...vars, ...variables(b, axis, 'b')];
  if (vars.length < 2)
    throw new ValueError(
      'spearmanr: at least two variables are required (give b, or a 2-D a with variables in columns)',
    );
  const n = (vars[0] as Float64Array).length;
  if (vars.some((v) => v.length !== n))
    throw new ShapeError(
      `spearmanr: the variables must have one length, got ${vars.map((v) => v.length).join(' and ')} observations`,
    );
  const nan = vars.map((v) => v.some(Number.isNaN));
  if (nan.some(Boolean) && nanPolicy === 'raise')
    throw new ValueError("spearmanr: the input contains NaN (nanPolicy: 'raise')");
  const m = vars.length;
  const allRanks = vars.map((v, i) => (nan[i] ? null : rankAverage(v).ranks));
  const stat = new Float64Array(m * m);
  const pval = new Float64Array(m * m);
  // pairwise, as SciPy: a NaN spoils only the pairs of its variable ('propagate') or drops only
  // its observation from those pairs ('omit')
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) {
      const u = vars[i] as Float64Array;
      const v = vars[j] as Float64Array;
      let rs: number;
      let nobs = n;
      if (!nan[i] && !nan[j]) rs = pearsonOf(allRanks[i] as Float64Array, allRanks[j] as Float64Array);
      else if (nanPolicy === 'propagate') rs = Number.NaN;
      else {
        const keep: number[] = [];
        for (let k = 0; k < n; k++) if (!Number.isNaN(u[k] as number) && !Number.isNaN(v[k] as number)) keep.push(k);
        nobs = keep.length;
        rs = pearsonOf(
          rankAverage(Float64Array.from(keep, (k) => u[k] as number)).ranks,
          rankAverage(Float64Array.from(keep, (k) => v[k] as number)).ranks,
        );
      }
      if (i === j && !Number.isNaN(rs)) rs = 1;
      const dof = nobs - 2;
      const t = rs * Math.sqrt(Math.max(0, dof / ((rs + 1) * (1 - rs))));
      stat[i * m + j] = rs;
      pval[i * m + j] =
        dof <= 0 || Number.isNaN(t)
          ? Number.NaN
          : symmetricP(
              t,
              alternative,
              (z) => tDist.cdf(z, { df: dof }),
              (z) => tDist.sf(z, { df: dof }),
            );
    }
  if (m === 2) return { statistic: stat[1] as number, pvalue: pval[1] as number };
  return {
    statistic: new NDArray<'float64'>('float64', stat, [m, m]),
    pvalue: new NDArray<'float64'>('float64', pval, [m, m]),
  };
}

/**
 * Options of `kendalltau`.
 *
 * @example
 * ```ts
 * kendalltau([1, 2, 3, 4, 5], [3, 1, 2, 5, 4], { variant: 'c' }).statistic; // 0.4
 * ```
 */
export interface KendalltauOptions {
  nanPolicy?: NanPolicy;
  method?: 'auto' | 'asymptotic' | 'exact';
  variant?: 'b' | 'c';
  alternative?: Alternative;
  axis?: number | null;
}
const parseKendall = signature<KendalltauOptions>('kendalltau', [], {
  nanPolicy: nanPolicyCheck,
  method: is.choice('auto', 'asymptotic', 'exact'),
  variant: is.choice('b', 'c'),
  alternative: alternativeCheck,
  axis: axisCheck,
});

/** Dense ranks 1..m of `v` and the number m of distinct values. */
function denseRanks(v: Float64Array): { r: Int32Array; m: number } {
  const order = argsortValues(v);
  const r = new Int32Array(v.length);
  let m = 0;
  for (let i = 0; i < order.length; i++) {
    if (i === 0 || v[order[i] as number] !== v[order[i - 1] as number]) m++;
    r[order[i] as number] = m;
  }
  return { r, m };
}

/** Ties of a dense ranking: Σ t(t−1)/2, Σ t(t−1)(t−2), Σ t(t−1)(2t+5). */
function tieStats(r: Int32Array, m: number): [number, number, number] {
  const cnt = new Float64Array(m + 1);
  for (let i = 0; i < r.length; i++) cnt[r[i] as number] = (cnt[r[i] as number] as number) + 1;
  let a = 0;
  let b = 0;
  let c = 0;
  for (const t of cnt) {
    if (t > 1) {
      a += (t * (t - 1)) / 2;
      b += t * (t - 1) * (t - 2);
      c += t * (t - 1) * (2 * t + 5);
    }
  }
  return [a, b, c];
}

/** Number of discordant pairs of (x, y) with x sorted (ties in x broken by y) — merge sort inversions. */
function discordant(x: Int32Array, y: Int32Array): { dis: number; joint: number } {
  const n = x.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (x[i] as number) - (x[j] as number) || (y[i] as number) - (y[j] as number),
  );
  let joint = 0;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    const same =
      i < n && x[idx[i] as number] === x[idx[i - 1] as number] && y[idx[i] as number] === y[idx[i - 1] as number];
    if (same) run++;
    else {
      joint += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  // inversions of y in this order, strict (equal y are not inversions)
  let a = Int32Array.from(idx, (i) => y[i] as number);
  let b = new Int32Array(n);
  let dis = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((a[i] as number) <= (a[j] as number)) b[k++] = a[i++] as number;
        else {
          dis += mid - i;
          b[k++] = a[j++] as number;
        }
      }
      while (i < mid) b[k++] = a[i++] as number;
      while (j < hi) b[k++] = a[j++] as number;
    }
    [a, b] = [b, a];
  }
  return { dis, joint };
}

/**
 * The exact p-value of Kendall's test without ties: `c` concordant pairs among n values, from
 * the distribution of the number of inversions of a random permutation (Kendall 1970), computed
 * as probabilities by the recurrence P_j(s) = (1/j) Σ_{i<j} P_{j−1}(s − i).
 */
function kendallExactP(n: number, c: number, alternative: Alternative): number {
  const tot = (n * (n - 1)) / 2;
  const rightTail = c >= tot - c;
  c = Math.min(c, tot - c);
  let prob: number;
  let mass: number;
  if (n <= 2) {
    prob = 1;
    mass = n === 1 ? 1 : 0.5;
  } else if (4 * c === n * (n - 1) && alternative === 'two-sided') {
    prob = 1;
    mass = 0;
  } else {
    let p = new Float64Array(c + 1);
    p[0] = 1; // n = 1
    for (let j = 2; j <= n; j++) {
      const next = new Float64Array(c + 1);
      let window = 0;
      for (let s = 0; s <= c; s++) {
        window += p[s] as number;
        if (s - j >= 0) window -= p[s - j] as number;
        next[s] = window / j;
      }
      p = next;
    }
    let cdf = 0;
    for (let s = 0; s <= c; s++) cdf += p[s] as number;
    prob = 2 * cdf;
    mass = p[c] as number;
  }
  if (alternative !== 'two-sided') {
    if (rightTail === (alternative === 'greater')) prob /= 2;
    else prob = 1 - prob / 2 + mass;
  }
  return Math.min(1, Math.max(0, prob));
}

/**
 * Kendall's tau (`scipy.stats.kendalltau`): tau-b (tie-adjusted, the default) or tau-c
 * (Stuart's, for tables of unequal size). The p-value is exact without ties for n ≤ 33 (or
 * nearly perfect agreement) with `method: 'auto'`, else from the normal approximation with the
 * tie-corrected variance.
 *
 * @example
 * ```ts
 * kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]).statistic; // -0.4714045207910316
 * kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]).pvalue; // 0.282745459932775
 * ```
 */
export function kendalltau(x: ArrayInput, y: ArrayInput, options?: KendalltauOptions): TestResult {
  const {
    nanPolicy = 'propagate',
    method = 'auto',
    variant = 'b',
    alternative = 'two-sided',
    axis = null,
  } = parseKendall(options === undefined ? [] : [options]);
  return perLane({ fn: 'kendalltau', names: ['x', 'y'], samples: [x, y], axis, nanPolicy, paired: true }, ([u, v]) => {
    const size = (u as Float64Array).length;
    const nan = { statistic: Number.NaN, pvalue: Number.NaN };
    if (size === 0) return nan;
    const dx = denseRanks(u as Float64Array);
    const dy = denseRanks(v as Float64Array);
    const { dis, joint } = discordant(dx.r, dy.r);
    const [xtie, x0, x1] = tieStats(dx.r, dx.m);
    const [ytie, y0, y1] = tieStats(dy.r, dy.m);
    const tot = (size * (size - 1)) / 2;
    if (xtie === tot || ytie === tot) return nan;
    const cmd = tot - xtie - ytie + joint - 2 * dis;
    let tau: number;
    if (variant === 'b') tau = cmd / Math.sqrt(tot - xtie) / Math.sqrt(tot - ytie);
    else {
      const m = Math.min(dx.m, dy.m);
      tau = (2 * cmd) / ((size * size * (m - 1)) / m);
    }
    tau = Math.min(1, Math.max(-1, tau));
    const tied = xtie !== 0 || ytie !== 0;
    if (method === 'exact' && tied) throw new ValueError('kendalltau: ties found, the exact method cannot be used');
    const exact = !tied && (method === 'exact' || (method === 'auto' && (size <= 33 || Math.min(dis, tot - dis) <= 1)));
    if (exact) return { statistic: tau, pvalue: kendallExactP(size, tot - dis, alternative) };
    const m = size * (size - 1);
    const variance = (m * (2 * size + 5) - x1 - y1) / 18 + (2 * xtie * ytie) / m + (x0 * y0) / (9 * m * (size - 2));
    return { statistic: tau, pvalue: symmetricP(cmd / Math.sqrt(variance), alternative) };
  });
}

/**
 * The point-biserial correlation (`scipy.stats.pointbiserialr`) of a binary variable `x` with
 * `y`: Pearson's r and its p-value.
 *
 * @example
 * ```ts
 * pointbiserialr([0, 0, 0, 1, 1, 1, 1], [1, 2, 3, 4, 5, 6, 7]).statistic; // 0.8660254037844386
 * ```
 */
export function pointbiserialr(x: ArrayInput, y: ArrayInput): TestResult {
  return pearsonr(x, y);
}
