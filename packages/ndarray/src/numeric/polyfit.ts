/** `polyfit`: least-squares polynomial fit, as NumPy's (scaled Vandermonde, SVD-truncated least squares). */
import { type ArrayInput, asarray } from '../core/convert.js';
import { is, rule, signature } from '../core/args.js';
import { isComplex } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { partsOf } from './dense.js';
import { leastSquares } from './lstsq.js';

/** Options of {@link polyfit} (NumPy's keyword arguments). */
export interface PolyfitOptions {
  /** Relative cutoff for small singular values (default `len(x) · eps`). */
  rcond?: number | null;
  /** Also return the residuals, rank, singular values and rcond. */
  full?: boolean;
  /** Weights applied to the unsquared residuals (1/σ for Gaussian errors). */
  w?: ArrayInput | null;
  /** Also return the covariance of the coefficients; `'unscaled'` skips the residual scaling. */
  cov?: boolean | 'unscaled';
}

/** `polyfit(..., {full: true})`: NumPy's `(p, residuals, rank, singular_values, rcond)`. */
export interface PolyfitFull {
  /** Coefficients, highest power first: (deg+1,) or (deg+1, K) for 2-D `y`. */
  coef: NDArray;
  /** Sum of squared (weighted) residuals per column; empty when rank-deficient or not overdetermined. */
  residuals: NDArray;
  /** Rank of the scaled Vandermonde matrix. */
  rank: number;
  /** Its singular values, descending. */
  singularValues: NDArray;
  /** The cutoff used. */
  rcond: number;
}

/** `polyfit(..., {cov: true})`: NumPy's `(p, V)`. */
export interface PolyfitCov {
  /** Coefficients, highest power first. */
  coef: NDArray;
  /** Covariance of the coefficients: (deg+1, deg+1), or (deg+1, deg+1, K) for 2-D `y`. */
  cov: NDArray;
}

const parsePolyfit = signature<PolyfitOptions>('polyfit', ['rcond', 'full', 'w', 'cov'], {
  rcond: is.nullable(is.number),
  full: is.boolean,
  w: is.nullable(is.arrayLike),
  cov: rule<boolean | 'unscaled'>('a boolean or "unscaled"', (v) => typeof v === 'boolean' || v === 'unscaled'),
});

/**
 * Least-squares fit of a polynomial of degree `deg` to points `(x, y)`; returns the coefficients
 * highest power first. Like NumPy, the Vandermonde columns are scaled to unit norm and the
 * problem is solved by an SVD truncated at `rcond · s_max` (minimum-norm when rank-deficient);
 * here by Householder QR followed by a Jacobi SVD of the triangular factor. Several columns of
 * `y` (2-D) are fitted at once.
 *
 * @param x - 1-D sample abscissae.
 * @param y - 1-D or 2-D (one fit per column) ordinates.
 * @param deg - Degree of the polynomial.
 * @returns The coefficients, or an object with `full`/`cov` (see {@link PolyfitFull}, {@link PolyfitCov}).
 * @throws {ValueError} for a negative degree or too few points to scale the covariance;
 *   {ShapeError} for inputs of the wrong dimensions or lengths; {DTypeError} for complex input.
 *
 * @example
 * ```ts
 * polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1).toArray(); // [2, 1]
 * polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1, { full: true }).rank; // 2
 * ```
 */
export function polyfit(
  x: ArrayInput,
  y: ArrayInput,
  deg: number,
  options: PolyfitOptions & { full: true },
): PolyfitFull;
export function polyfit(
  x: ArrayInput,
  y: ArrayInput,
  deg: number,
  options: PolyfitOptions & { cov: true | 'unscaled'; full?: false },
): PolyfitCov;
export function polyfit(x: ArrayInput, y: ArrayInput, deg: number, options?: PolyfitOptions): NDArray;
export function polyfit(
  x: ArrayInput,
  y: ArrayInput,
  deg: number,
  rcond?: number | null,
  full?: boolean,
  w?: ArrayInput | null,
  cov?: boolean | 'unscaled',
  options?: PolyfitOptions,
): NDArray | PolyfitFull | PolyfitCov;
export function polyfit(
  x: ArrayInput,
  y: ArrayInput,
  deg: number,
  ...rest: unknown[]
): NDArray | PolyfitFull | PolyfitCov {
  is.int(deg, 'polyfit', 'deg');
  const opts = parsePolyfit(rest);
  if (deg < 0) throw new ValueError(`polyfit: expected deg >= 0, got ${deg}`);
  const xa = asarray(x);
  const ya = asarray(y);
  if (isComplex(xa.dtype) || isComplex(ya.dtype)) throw new DTypeError('polyfit: complex input is not supported');
  if (xa.ndim !== 1) throw new ShapeError(`polyfit: expected a 1-D vector for x, got shape [${xa.shape.join(', ')}]`);
  if (xa.size === 0) throw new ShapeError('polyfit: expected a non-empty vector for x');
  if (ya.ndim < 1 || ya.ndim > 2) throw new ShapeError(`polyfit: expected a 1-D or 2-D array for y, got ${ya.ndim}-D`);
  const m = xa.shape[0] as number;
  if (ya.shape[0] !== m) {
    throw new ShapeError(`polyfit: expected x and y to have the same length, got ${m} and ${ya.shape[0]}`);
  }
  const order = deg + 1;
  const k = ya.ndim === 2 ? (ya.shape[1] as number) : 1;
  const xs = partsOf(xa).re;
  const rhs = partsOf(ya).re;
  const rcond = opts.rcond ?? m * 2 ** -52;
  // Vandermonde matrix, highest power first.
  const lhs = new Float64Array(m * order);
  for (let i = 0; i < m; i++) {
    let v = 1;
    for (let j = order - 1; j >= 0; j--) {
      lhs[i * order + j] = v;
      v *= xs[i] as number;
    }
  }
  if (opts.w !== undefined && opts.w !== null) {
    const wa = asarray(opts.w as ArrayInput);
    if (wa.ndim !== 1) throw new ShapeError(`polyfit: expected a 1-D array for weights, got ${wa.ndim}-D`);
    if (wa.shape[0] !== m)
      throw new ShapeError(`polyfit: expected w and y to have the same length, got ${wa.shape[0]} and ${m}`);
    const ws = partsOf(wa).re;
    for (let i = 0; i < m; i++) {
      const wi = ws[i] as number;
      for (let j = 0; j < order; j++) lhs[i * order + j] = (lhs[i * order + j] as number) * wi;
      for (let c = 0; c < k; c++) rhs[i * k + c] = (rhs[i * k + c] as number) * wi;
    }
  }
  // Columns scaled to unit norm (better conditioning), undone on the solution.
  const scale = new Float64Array(order);
  for (let j = 0; j < order; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += (lhs[i * order + j] as number) ** 2;
    scale[j] = Math.sqrt(s);
    for (let i = 0; i < m; i++) lhs[i * order + j] = (lhs[i * order + j] as number) / (scale[j] as number);
  }
  const ls = leastSquares(lhs, m, order, rhs, k, rcond);
  const c = ls.x;
  for (let j = 0; j < order; j++)
    for (let t = 0; t < k; t++) c[j * k + t] = (c[j * k + t] as number) / (scale[j] as number);
  const coef = new NDArray('float64', c, ya.ndim === 2 ? [order, k] : [order]);
  if (opts.full) {
    return {
      coef,
      residuals: new NDArray('float64', ls.residuals, [ls.residuals.length]),
      rank: ls.rank,
      singularValues: new NDArray('float64', ls.s, [ls.s.length]),
      rcond,
    };
  }
  if (opts.cov) {
    const g = ls.gramInverse();
    for (let i = 0; i < order; i++) {
      for (let j = 0; j < order; j++)
        g[i * order + j] = (g[i * order + j] as number) / ((scale[i] as number) * (scale[j] as number));
    }
    let fac: Float64Array;
    if (opts.cov === 'unscaled') fac = new Float64Array(k).fill(1);
    else {
      if (m <= order) {
        throw new ValueError(
          `polyfit: the number of data points (${m}) must exceed order (${order}) to scale the covariance matrix`,
        );
      }
      if (ls.residuals.length !== k) {
        throw new ValueError('polyfit: the fit is rank-deficient, so the covariance cannot be scaled by the residuals');
      }
      fac = ls.residuals.map((r) => r / (m - order));
    }
    if (ya.ndim === 1)
      return {
        coef,
        cov: new NDArray(
          'float64',
          g.map((v) => v * (fac[0] as number)),
          [order, order],
        ),
      };
    const v = new Float64Array(order * order * k);
    for (let i = 0; i < order * order; i++)
      for (let t = 0; t < k; t++) v[i * k + t] = (g[i] as number) * (fac[t] as number);
    return { coef, cov: new NDArray('float64', v, [order, order, k]) };
  }
  return coef;
}
