/** `cov` and `corrcoef`: covariance and correlation matrices of variables observed together, as NumPy's. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray, astype } from '../core/convert.js';
import { is, signature } from '../core/args.js';
import { isComplex, isFloat } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { partsOf } from './dense.js';
import { reshape } from '../manipulation/shape.js';

/** Options of {@link cov} (NumPy's keyword arguments). */
export interface CovOptions {
  /** More variables/observations, joined to `m` as extra rows (columns when `rowvar` is false). */
  y?: ArrayInput | null;
  /** Each row is a variable and each column an observation (default true); false: the transpose. */
  rowvar?: boolean;
  /** Normalise by N (true) instead of N - 1 (default false). Overridden by `ddof`. */
  bias?: boolean;
  /** Delta degrees of freedom (default 1, or 0 with `bias`). */
  ddof?: number | null;
  /** Integer frequency weights: how many times each observation occurs. */
  fweights?: ArrayInput | null;
  /** Observation weights (importance). */
  aweights?: ArrayInput | null;
  /** Result dtype (float64 default, or float32). */
  dtype?: DType;
}

/** Options of {@link corrcoef}. */
export interface CorrcoefOptions {
  /** More variables, as in {@link cov}. */
  y?: ArrayInput | null;
  /** Rows are variables (default true). */
  rowvar?: boolean;
  /** Result dtype (float64 default, or float32). */
  dtype?: DType;
}

const parseCov = signature<CovOptions>('cov', ['y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights'], {
  y: is.nullable(is.arrayLike),
  rowvar: is.boolean,
  bias: is.boolean,
  ddof: is.nullable(is.int),
  fweights: is.nullable(is.arrayLike),
  aweights: is.nullable(is.arrayLike),
  dtype: is.dtype,
});

const parseCorrcoef = signature<CorrcoefOptions>('corrcoef', ['y', 'rowvar'], {
  y: is.nullable(is.arrayLike),
  rowvar: is.boolean,
  dtype: is.dtype,
});

/** Rows of variables (vars × obs, C order) from one input, as NumPy's `array(m, ndmin=2)` (+ `.T`). */
function variables(
  fn: string,
  v: ArrayInput,
  which: string,
  rowvar: boolean,
  transposeIf: (a: NDArray) => boolean,
): { data: Float64Array; rows: number; cols: number } {
  const a = asarray(v);
  if (isComplex(a.dtype)) throw new DTypeError(`${fn}: complex input is not supported, got ${a.dtype} ${which}`);
  if (a.ndim > 2) throw new ValueError(`${fn}: ${which} has more than 2 dimensions (shape [${a.shape.join(', ')}])`);
  const x = a.ndim === 2 ? a : reshape(a, [1, a.size]);
  const data = partsOf(!rowvar && transposeIf(a) ? x.T : x).re;
  const [rows, cols] =
    !rowvar && transposeIf(a)
      ? [x.shape[1] as number, x.shape[0] as number]
      : [x.shape[0] as number, x.shape[1] as number];
  return { data, rows, cols };
}

/** A 1-D weight vector of length `n` (float64). */
function weights(fn: string, v: ArrayInput, name: string, n: number): Float64Array {
  const a = asarray(v);
  if (a.ndim > 1) throw new ShapeError(`${fn}: cannot handle multidimensional ${name} (shape [${a.shape.join(', ')}])`);
  const w = partsOf(a.ndim === 0 ? reshape(a, [1]) : a).re;
  if (w.length !== n) throw new ShapeError(`${fn}: incompatible numbers of samples (${n}) and ${name} (${w.length})`);
  for (const x of w) {
    if (x < 0) throw new ValueError(`${fn}: ${name} cannot be negative, got ${x}`);
    if (name === 'fweights' && x !== Math.round(x)) throw new ValueError(`${fn}: fweights must be integer, got ${x}`);
  }
  return w;
}

function resultDType(fn: string, dtype: DType | undefined): DType {
  const dt = dtype ?? 'float64';
  if (!isFloat(dt)) throw new DTypeError(`${fn}: dtype must be float64 or float32, got ${dt}`);
  return dt;
}

/** Covariance (float64 values) and its shape, before the final squeeze. */
function covariance(m: ArrayInput, opts: CovOptions, fn: string): { c: Float64Array; p: number } {
  const rowvar = opts.rowvar ?? true;
  if (opts.ddof !== undefined && opts.ddof !== null && !Number.isInteger(opts.ddof)) {
    throw new ValueError(`${fn}: ddof must be an integer, got ${opts.ddof}`);
  }
  const X = variables(fn, m, 'm', rowvar, (a) => a.ndim !== 1);
  if (X.rows === 0) return { c: new Float64Array(0), p: 0 };
  let data = X.data;
  let p = X.rows;
  const n = X.cols;
  if (opts.y !== undefined && opts.y !== null) {
    const Y = variables(fn, opts.y, 'y', rowvar, (a) => (a.ndim === 2 ? a.shape[0] : 1) !== 1);
    if (Y.cols !== n) {
      throw new ShapeError(`${fn}: m and y must have the same number of observations, got ${n} and ${Y.cols}`);
    }
    const joined = new Float64Array((p + Y.rows) * n);
    joined.set(data);
    joined.set(Y.data, p * n);
    data = joined;
    p += Y.rows;
  }
  const ddof = opts.ddof ?? (opts.bias ? 0 : 1);
  let w: Float64Array | null = null;
  if (opts.fweights !== undefined && opts.fweights !== null) w = weights(fn, opts.fweights, 'fweights', n);
  let aw: Float64Array | null = null;
  if (opts.aweights !== undefined && opts.aweights !== null) {
    aw = weights(fn, opts.aweights, 'aweights', n);
    w = w === null ? aw : w.map((v, i) => v * (aw as Float64Array)[i]!);
  }
  // Weighted means of each variable, and the normalisation.
  let wsum = n;
  if (w !== null) {
    wsum = 0;
    for (const v of w) wsum += v;
    if (wsum === 0) throw new ValueError(`${fn}: weights sum to zero, can't be normalized`);
  }
  for (let i = 0; i < p; i++) {
    let s = 0;
    if (w === null) for (let j = 0; j < n; j++) s += data[i * n + j] as number;
    else for (let j = 0; j < n; j++) s += (data[i * n + j] as number) * (w[j] as number);
    const avg = s / wsum;
    for (let j = 0; j < n; j++) data[i * n + j] = (data[i * n + j] as number) - avg;
  }
  let fact: number;
  if (w === null) fact = n - ddof;
  else if (ddof === 0) fact = wsum;
  else if (aw === null) fact = wsum - ddof;
  else {
    let s = 0;
    for (let j = 0; j < n; j++) s += (w[j] as number) * (aw[j] as number);
    fact = wsum - (ddof * s) / wsum;
  }
  if (fact <= 0) fact = 0; // NumPy warns "Degrees of freedom <= 0" and divides by zero (inf/NaN)
  const inv = 1 / fact;
  const c = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      if (w === null) for (let k = 0; k < n; k++) s += (data[i * n + k] as number) * (data[j * n + k] as number);
      else
        for (let k = 0; k < n; k++) s += (data[i * n + k] as number) * (data[j * n + k] as number) * (w[k] as number);
      c[i * p + j] = s * inv;
      c[j * p + i] = s * inv;
    }
  }
  return { c, p };
}

/**
 * Covariance matrix of variables observed together: each row of `m` is a variable and each
 * column an observation (`rowvar: false` for the transpose). Optional frequency and importance
 * weights, `ddof`, `bias` and extra variables `y`, as NumPy's. A single variable gives a 0-d array.
 *
 * @param m - 1-D or 2-D observations.
 * @returns The (p, p) covariance, squeezed like NumPy's (0-d for one variable); float64 unless `dtype`.
 * @throws {ValueError} for more than 2 dimensions, negative or non-integer frequency weights;
 *   {ShapeError} for weights or `y` of the wrong length; {DTypeError} for complex input.
 *
 * @example
 * ```ts
 * cov([[0, 1, 2], [2, 1, 0]]).toArray(); // [[1, -1], [-1, 1]]
 * cov([1, 2, 3, 4], { bias: true }).item(); // 1.25
 * ```
 */
export function cov(
  m: ArrayInput,
  y?: ArrayInput | null,
  rowvar?: boolean,
  bias?: boolean,
  ddof?: number | null,
  fweights?: ArrayInput | null,
  aweights?: ArrayInput | null,
  options?: CovOptions,
): NDArray;
export function cov(m: ArrayInput, options?: CovOptions): NDArray;
export function cov(m: ArrayInput, ...rest: unknown[]): NDArray {
  const opts = parseCov(rest);
  const dtype = resultDType('cov', opts.dtype);
  const { c, p } = covariance(m, opts, 'cov');
  const shape = p === 1 ? [] : [p, p];
  const out = new NDArray('float64', c, shape);
  return dtype === 'float64' ? out : astype(out, dtype);
}

/**
 * Pearson correlation coefficients: the covariance normalised by the standard deviations,
 * clipped to [-1, 1]. A constant variable gives NaN in its row and column; a single variable
 * gives the 0-d array 1 (NaN when constant), as in NumPy.
 *
 * @param x - 1-D or 2-D observations (rows are variables unless `rowvar: false`).
 * @returns The (p, p) correlation matrix (0-d for one variable).
 * @throws as {@link cov}.
 *
 * @example
 * ```ts
 * corrcoef([[1, 2, 3], [2, 4, 7]]).get(0, 1); // 0.9933992677987828
 * corrcoef([1, 2, 3], [3, 2, 1]).toArray(); // [[1, -1], [-1, 1]]
 * ```
 */
export function corrcoef(x: ArrayInput, y?: ArrayInput | null, rowvar?: boolean, options?: CorrcoefOptions): NDArray;
export function corrcoef(x: ArrayInput, options?: CorrcoefOptions): NDArray;
export function corrcoef(x: ArrayInput, ...rest: unknown[]): NDArray {
  const opts = parseCorrcoef(rest);
  const dtype = resultDType('corrcoef', opts.dtype);
  const { c, p } = covariance(x, opts, 'corrcoef');
  if (p === 1) {
    const v = c[0] as number;
    c[0] = v / v;
  } else {
    const sd = new Float64Array(p);
    for (let i = 0; i < p; i++) sd[i] = Math.sqrt(c[i * p + i] as number);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        const v = (c[i * p + j] as number) / (sd[i] as number) / (sd[j] as number);
        c[i * p + j] = v > 1 ? 1 : Math.max(v, -1);
      }
    }
  }
  const out = new NDArray('float64', c, p === 1 ? [] : [p, p]);
  return dtype === 'float64' ? out : astype(out, dtype);
}
