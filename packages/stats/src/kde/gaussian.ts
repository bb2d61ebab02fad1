/**
 * Kernel density estimation with Gaussian kernels (`scipy.stats.gaussian_kde`): the data's
 * (weighted) covariance scaled by Scott's or Silverman's factor, evaluated through its Cholesky
 * factor; log densities by log-sum-exp so far tails stay finite.
 */
import { type ArrayInput, asarray, is, NDArray, random, ShapeError, signature, ValueError } from '@stride/ndarray';
import { kernels } from '@stride/special';

/** The bandwidth rule: a name, a fixed factor, or a function of the estimator returning the factor. */
export type BwMethod = 'scott' | 'silverman' | number | ((kde: GaussianKde) => number);

/**
 * Options of `gaussianKde`.
 *
 * @example
 * ```ts
 * gaussianKde([1, 2, 4], { bwMethod: 'silverman' }).factor; // 0.850283000417194
 * ```
 */
export interface GaussianKdeOptions {
  bwMethod?: BwMethod | null;
  weights?: ArrayInput | null;
}
const parseKde = signature<GaussianKdeOptions>('gaussianKde', ['bwMethod', 'weights'], {
  bwMethod: is.nullable(is.any),
  weights: is.nullable(is.arrayLike),
});

/**
 * A Gaussian kernel density estimate (the object `gaussianKde` returns).
 *
 * @example
 * ```ts
 * const kde = gaussianKde([1, 2, 4]);
 * kde.d; // 1
 * ```
 */
export interface GaussianKde {
  /** The data, shape [d, n]. */
  dataset: NDArray;
  d: number;
  n: number;
  /** Normalized weights (all 1/n without weights). */
  weights: Float64Array;
  /** Effective number of points, 1 / Σ w². */
  neff: number;
  /** The bandwidth factor the covariance is scaled by (squared). */
  factor: number;
  /** The kernel covariance: the data covariance times factor², shape [d, d]. */
  covariance: NDArray;
  /** The density at each point: `points` of shape [d, m] (or [m] when d = 1). */
  evaluate(points: ArrayInput): NDArray;
  pdf(points: ArrayInput): NDArray;
  logpdf(points: ArrayInput): NDArray;
  /** `size` draws from the estimate, shape [d, size]. */
  resample(size?: number, options?: { seed?: number | bigint | random.Generator | null }): NDArray;
  /** The integral of a one-dimensional estimate over [low, high]. */
  integrateBox1d(low: number, high: number): number;
  /** Scott's factor, neff^(−1/(d+4)). */
  scottsFactor(): number;
  /** Silverman's factor, (neff (d+2)/4)^(−1/(d+4)). */
  silvermanFactor(): number;
  /** Recompute the bandwidth with another rule. */
  setBandwidth(bwMethod?: BwMethod | null): void;
}

/** Lower Cholesky factor of a symmetric positive-definite d×d matrix (row-major). */
function cholesky(a: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * d + k] as number) * (l[j * d + k] as number);
      if (i === j) {
        if (!(s > 0))
          throw new ValueError(
            'gaussianKde: the data covariance matrix is not positive definite (the data lie in a lower-dimensional subspace)',
          );
        l[i * d + i] = Math.sqrt(s);
      } else l[i * d + j] = s / (l[j * d + j] as number);
    }
  }
  return l;
}

/** Solves L z = v in place (L lower triangular). */
function forward(l: Float64Array, d: number, v: Float64Array): void {
  for (let i = 0; i < d; i++) {
    let s = v[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * d + k] as number) * (v[k] as number);
    v[i] = s / (l[i * d + i] as number);
  }
}

/** Rows of a [d, m] (or [m] for d = 1) array of points as a flat row-major Float64Array. */
function pointsOf(points: ArrayInput, d: number): { p: Float64Array; m: number } {
  const x = asarray(points);
  const flat = Float64Array.from((x.ndim === 0 ? [x.toArray()] : (x.toArray() as unknown[]).flat(2)) as number[]);
  if (x.ndim <= 1) {
    if (d === 1) return { p: flat, m: flat.length };
    if (flat.length === d) return { p: flat, m: 1 };
  } else if (x.ndim === 2) {
    if (x.shape[0] === d) return { p: flat, m: x.shape[1] as number };
    if (x.shape[1] === d && x.shape[0] === 1) return { p: flat, m: 1 };
  }
  throw new ShapeError(
    `gaussianKde: points have shape [${x.shape.join(', ')}], expected [${d}, m] for ${d}-dimensional data`,
  );
}

/**
 * A Gaussian kernel density estimate of `dataset` (`scipy.stats.gaussian_kde`): one-dimensional
 * data as a flat array, d-dimensional data as shape [d, n]; bandwidth by Scott's rule (the
 * default), Silverman's, a fixed factor or a function; optional weights.
 *
 * @example
 * ```ts
 * const kde = gaussianKde([1, 2, 2.5, 4, 7]);
 * kde.factor; // 0.7247796636776955
 * kde.evaluate([2, 5]).toArray(); // [0.155945295457336, 0.0915558586347595]
 * kde.integrateBox1d(-Infinity, 3); // 0.501327219004213
 * ```
 */
export function gaussianKde(dataset: ArrayInput, options?: GaussianKdeOptions): GaussianKde;
export function gaussianKde(
  dataset: ArrayInput,
  bwMethod?: BwMethod | null,
  weights?: ArrayInput | null,
  options?: GaussianKdeOptions,
): GaussianKde;
export function gaussianKde(dataset: ArrayInput, ...rest: unknown[]): GaussianKde {
  const o = parseKde(rest);
  if (dataset === undefined || dataset === null || typeof dataset === 'string')
    is.arrayLike(dataset, 'gaussianKde', 'dataset');
  const x = asarray(dataset);
  if (x.ndim > 2) throw new ShapeError(`gaussianKde: dataset must be 1-D or 2-D, got shape [${x.shape.join(', ')}]`);
  const d = x.ndim === 2 ? (x.shape[0] as number) : 1;
  const n = x.ndim === 2 ? (x.shape[1] as number) : x.ndim === 1 ? (x.shape[0] as number) : 1;
  if (n <= d)
    throw new ValueError(
      `gaussianKde: the number of points must exceed the number of dimensions, got ${n} points in ${d} dimensions`,
    );
  const data = Float64Array.from(
    ((x.ndim === 0 ? [x.toArray()] : (x.toArray() as unknown[]).flat(2)) as number[]).map(Number),
  );
  if (data.some((v) => !Number.isFinite(v))) throw new ValueError('gaussianKde: the dataset contains NaN or infinity');
  let w = new Float64Array(n).fill(1 / n);
  if (o.weights !== undefined && o.weights !== null) {
    const raw = asarray(o.weights);
    if (raw.size !== n)
      throw new ShapeError(`gaussianKde: weights must have one value per point, got ${raw.size} for ${n} points`);
    const wv = Float64Array.from((raw.toArray() as unknown[]).flat(2) as number[]);
    const total = wv.reduce((s, v) => s + v, 0);
    if (wv.some((v) => v < 0) || !(total > 0))
      throw new ValueError('gaussianKde: weights must be non-negative with a positive sum');
    w = wv.map((v) => v / total);
  }
  const neff = 1 / w.reduce((s, v) => s + v * v, 0);
  // weighted data covariance (NumPy's cov with aweights: divided by 1 − Σw² for normalized w)
  const mean = new Float64Array(d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < n; j++) mean[i] = (mean[i] as number) + (w[j] as number) * (data[i * n + j] as number);
  const dataCov = new Float64Array(d * d);
  const sw2 = 1 / neff;
  for (let a = 0; a < d; a++)
    for (let b = 0; b <= a; b++) {
      let s = 0;
      for (let j = 0; j < n; j++)
        s +=
          (w[j] as number) *
          ((data[a * n + j] as number) - (mean[a] as number)) *
          ((data[b * n + j] as number) - (mean[b] as number));
      s /= 1 - sw2;
      dataCov[a * d + b] = s;
      dataCov[b * d + a] = s;
    }
  let factor = 1;
  let cov: Float64Array<ArrayBufferLike> = new Float64Array(d * d);
  let chol: Float64Array<ArrayBufferLike> = new Float64Array(d * d);
  let logNorm = 0;
  const kde: GaussianKde = {
    dataset: new NDArray<'float64'>('float64', data, [d, n]),
    d,
    n,
    weights: w,
    neff,
    factor,
    covariance: new NDArray<'float64'>('float64', cov, [d, d]),
    scottsFactor: () => neff ** (-1 / (d + 4)),
    silvermanFactor: () => ((neff * (d + 2)) / 4) ** (-1 / (d + 4)),
    setBandwidth(bw?: BwMethod | null) {
      if (bw === undefined || bw === null || bw === 'scott') factor = kde.scottsFactor();
      else if (bw === 'silverman') factor = kde.silvermanFactor();
      else if (typeof bw === 'number') factor = bw;
      else if (typeof bw === 'function') factor = Number(bw(kde));
      else
        throw new ValueError(
          `gaussianKde: bwMethod must be 'scott', 'silverman', a number or a function, got ${String(bw)}`,
        );
      if (!(factor > 0)) throw new ValueError(`gaussianKde: the bandwidth factor must be positive, got ${factor}`);
      cov = dataCov.map((v) => v * factor * factor);
      chol = cholesky(cov, d);
      let logdet = 0;
      for (let i = 0; i < d; i++) logdet += 2 * Math.log(chol[i * d + i] as number);
      logNorm = -0.5 * d * Math.log(2 * Math.PI) - 0.5 * logdet;
      kde.factor = factor;
      kde.covariance = new NDArray<'float64'>('float64', cov, [d, d]);
    },
    evaluate(points: ArrayInput): NDArray {
      const lp = kde.logpdf(points);
      return new NDArray<'float64'>('float64', (lp.data as Float64Array).map(Math.exp), lp.shape);
    },
    pdf(points: ArrayInput): NDArray {
      return kde.evaluate(points);
    },
    logpdf(points: ArrayInput): NDArray {
      const { p, m } = pointsOf(points, d);
      const out = new Float64Array(m);
      const z = new Float64Array(d);
      const e = new Float64Array(n);
      for (let q = 0; q < m; q++) {
        let mx = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < d; i++) z[i] = (p[i * m + q] as number) - (data[i * n + j] as number);
          forward(chol, d, z);
          let s = 0;
          for (let i = 0; i < d; i++) s += (z[i] as number) ** 2;
          const v = Math.log(w[j] as number) - 0.5 * s;
          e[j] = v;
          if (v > mx) mx = v;
        }
        let acc = 0;
        for (let j = 0; j < n; j++) acc += Math.exp((e[j] as number) - mx);
        out[q] = mx + Math.log(acc) + logNorm;
      }
      return new NDArray<'float64'>('float64', out, [m]);
    },
    resample(size?: number, options?: { seed?: number | bigint | random.Generator | null }): NDArray {
      const count = size ?? n;
      is.nonNegInt(count, 'gaussianKde.resample', 'size');
      const g = random.defaultRng(options?.seed ?? undefined) as random.Generator;
      const cum = new Float64Array(n);
      let c = 0;
      for (let j = 0; j < n; j++) cum[j] = c += w[j] as number;
      const out = new Float64Array(d * count);
      const zn = new Float64Array(d);
      for (let s = 0; s < count; s++) {
        const u = (g.random() as number) * c;
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((cum[mid] as number) < u) lo = mid + 1;
          else hi = mid;
        }
        for (let i = 0; i < d; i++) zn[i] = g.standardNormal() as number;
        for (let i = 0; i < d; i++) {
          let v = data[i * n + lo] as number;
          for (let k = 0; k <= i; k++) v += (chol[i * d + k] as number) * (zn[k] as number);
          out[i * count + s] = v;
        }
      }
      return new NDArray<'float64'>('float64', out, [d, count]);
    },
    integrateBox1d(low: number, high: number): number {
      if (d !== 1)
        throw new ValueError(`gaussianKde.integrateBox1d: the data must be one-dimensional, got ${d} dimensions`);
      is.number(low, 'gaussianKde.integrateBox1d', 'low');
      is.number(high, 'gaussianKde.integrateBox1d', 'high');
      const sd = Math.sqrt(cov[0] as number);
      let s = 0;
      for (let j = 0; j < n; j++)
        s +=
          (w[j] as number) *
          (kernels.ndtr((high - (data[j] as number)) / sd) - kernels.ndtr((low - (data[j] as number)) / sd));
      return s;
    },
  };
  kde.setBandwidth(o.bwMethod as BwMethod | null | undefined);
  return kde;
}
