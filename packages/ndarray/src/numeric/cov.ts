/** `cov` and `corrcoef`: covariance and correlation matrices of variables observed together, as NumPy's. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { is, signature } from '../core/args.js';
import { isComplex, isFloat } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { fromParts, partsOf } from './dense.js';
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
  /** Result dtype (float64 default, complex128 for complex input; or float32 / complex64). */
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
): { re: Float64Array; im: Float64Array | null; rows: number; cols: number } {
  const a = asarray(v);
  if (a.ndim > 2) throw new ValueError(`${fn}: ${which} has more than 2 dimensions (shape [${a.shape.join(', ')}])`);
  const x = a.ndim === 2 ? a : reshape(a, [1, a.size]);
  const t = !rowvar && transposeIf(a);
  const { re, im } = partsOf(t ? x.T : x);
  const [rows, cols] = t ? [x.shape[1] as number, x.shape[0] as number] : [x.shape[0] as number, x.shape[1] as number];
  return { re, im, rows, cols };
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

function resultDType(fn: string, dtype: DType | undefined, complex: boolean): DType {
  const dt = dtype ?? (complex ? 'complex128' : 'float64');
  if (!isFloat(dt) && !isComplex(dt)) throw new DTypeError(`${fn}: dtype must be a float or complex dtype, got ${dt}`);
  if (complex && !isComplex(dt)) throw new DTypeError(`${fn}: complex input needs a complex dtype, got ${dt}`);
  return dt;
}

/** Covariance (real and imaginary parts, float64) and its size, before the final squeeze. */
function covariance(
  m: ArrayInput,
  opts: CovOptions,
  fn: string,
): { re: Float64Array; im: Float64Array | null; p: number } {
  const rowvar = opts.rowvar ?? true;
  if (opts.ddof !== undefined && opts.ddof !== null && !Number.isInteger(opts.ddof)) {
    throw new ValueError(`${fn}: ddof must be an integer, got ${opts.ddof}`);
  }
  const X = variables(fn, m, 'm', rowvar, (a) => a.ndim !== 1);
  if (X.rows === 0) return { re: new Float64Array(0), im: null, p: 0 };
  let re = X.re;
  let im = X.im;
  let p = X.rows;
  const n = X.cols;
  if (opts.y !== undefined && opts.y !== null) {
    const Y = variables(fn, opts.y, 'y', rowvar, (a) => (a.ndim === 2 ? a.shape[0] : 1) !== 1);
    if (Y.cols !== n) {
      throw new ShapeError(`${fn}: m and y must have the same number of observations, got ${n} and ${Y.cols}`);
    }
    const join = (a: Float64Array | null, b: Float64Array | null): Float64Array => {
      const out = new Float64Array((p + Y.rows) * n);
      if (a) out.set(a);
      if (b) out.set(b, p * n);
      return out;
    };
    im = im || Y.im ? join(im, Y.im) : null;
    re = join(re, Y.re);
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
  for (const part of im ? [re, im] : [re]) {
    for (let i = 0; i < p; i++) {
      let s = 0;
      if (w === null) for (let j = 0; j < n; j++) s += part[i * n + j] as number;
      else for (let j = 0; j < n; j++) s += (part[i * n + j] as number) * (w[j] as number);
      const avg = s / wsum;
      for (let j = 0; j < n; j++) part[i * n + j] = (part[i * n + j] as number) - avg;
    }
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
  // c[i, j] = sum_k x[i, k] conj(x[j, k]) w[k] / fact (Hermitian).
  const cr = new Float64Array(p * p);
  const ci = im ? new Float64Array(p * p) : null;
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < n; k++) {
        const wk = w === null ? 1 : (w[k] as number);
        const ar = re[i * n + k] as number;
        const br = re[j * n + k] as number;
        if (im) {
          const ai = im[i * n + k] as number;
          const bi = im[j * n + k] as number;
          sr += (ar * br + ai * bi) * wk;
          si += (ai * br - ar * bi) * wk;
        } else {
          sr += ar * br * wk;
        }
      }
      cr[i * p + j] = sr * inv;
      cr[j * p + i] = sr * inv;
      if (ci) {
        ci[i * p + j] = si * inv;
        ci[j * p + i] = -si * inv;
      }
    }
  }
  return { re: cr, im: ci, p };
}

/**
 * Covariance matrix of variables observed together: each row of `m` is a variable and each
 * column an observation (`rowvar: false` for the transpose). Optional frequency and importance
 * weights, `ddof`, `bias` and extra variables `y`, as NumPy's. A single variable gives a 0-d array.
 *
 * @param m - 1-D or 2-D observations.
 * @returns The (p, p) covariance, squeezed like NumPy's (0-d for one variable); float64 unless `dtype`.
 * @throws {ValueError} for more than 2 dimensions, negative or non-integer frequency weights;
 *   {ShapeError} for weights or `y` of the wrong length; {DTypeError} for a real `dtype` with complex input.
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
  const { re, im, p } = covariance(m, opts, 'cov');
  const dtype = resultDType('cov', opts.dtype, im !== null);
  return fromParts(re, im ?? (isComplex(dtype) ? new Float64Array(re.length) : null), p === 1 ? [] : [p, p], dtype);
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
  const { re, im, p } = covariance(x, opts, 'corrcoef');
  const dtype = resultDType('corrcoef', opts.dtype, im !== null);
  const clip = (v: number): number => (v > 1 ? 1 : Math.max(v, -1));
  if (p === 1) {
    // NumPy: c / c for a single variable.
    const a = re[0] as number;
    const b = im ? (im[0] as number) : 0;
    const d = a * a + b * b;
    re[0] = (a * a + b * b) / d;
    if (im) im[0] = 0 / d;
  } else {
    const sd = new Float64Array(p);
    for (let i = 0; i < p; i++) sd[i] = Math.sqrt(re[i * p + i] as number);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        const k = i * p + j;
        re[k] = clip((re[k] as number) / (sd[i] as number) / (sd[j] as number));
        if (im) im[k] = clip((im[k] as number) / (sd[i] as number) / (sd[j] as number));
      }
    }
  }
  return fromParts(re, im ?? (isComplex(dtype) ? new Float64Array(re.length) : null), p === 1 ? [] : [p, p], dtype);
}
