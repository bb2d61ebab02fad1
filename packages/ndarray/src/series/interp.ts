/** `interp`: 1-D piecewise-linear interpolation with NumPy's edge, NaN and period handling. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray, isComplexScalar } from '../core/convert.js';
import { isComplex } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import type { Complex } from '../ndarray.js';
import { type Flat, flatValues } from '../sorting/compare.js';
import { mergeArgsortNum } from '../sorting/kernels/merge.js';
import { is, rule, signature } from '../core/args.js';

const fillValue = rule<number | Complex>(
  'a number or {re, im}',
  (v) => typeof v === 'number' || (typeof v === 'object' && v !== null && typeof (v as Complex).re === 'number'),
);
const parseInterp = signature<InterpOptions>('interp', ['left', 'right', 'period'], {
  left: is.orNone(fillValue),
  right: is.orNone(fillValue),
  period: is.orNone(is.number),
} as never);

/** Options of {@link interp}. */
export interface InterpOptions {
  /** Value for `x < xp[0]` (default `fp[0]`). Ignored with `period`. */
  left?: number | Complex;
  /** Value for `x > xp[-1]` (default `fp[-1]`). Ignored with `period`. */
  right?: number | Complex;
  /** Period of the x-coordinates: `xp` need not be sorted and `x` wraps around. */
  period?: number;
}

function realValues(f: Flat, what: string): Float64Array {
  if (f.kind === 'cplx') throw new DTypeError(`interp: ${what} must be real, got complex values`);
  return f.kind === 'big' ? Float64Array.from(f.v, Number) : f.v;
}

/** Python's float `%`: the result takes the divisor's sign (NumPy's `mod`). */
function pyMod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/** The last `j` with `xp[j] <= x`; -1 below the first point, `n` above the last. */
function locate(x: number, xp: Float64Array): number {
  const n = xp.length;
  if (x > (xp[n - 1] as number)) return n;
  if (x < (xp[0] as number)) return -1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x >= (xp[mid] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Linear interpolation between samples j and j+1, retrying from the right end when one side gives NaN. */
function lerp(x: number, xp: Float64Array, fp: Float64Array, j: number, slope: number): number {
  let r = slope * (x - (xp[j] as number)) + (fp[j] as number);
  if (Number.isNaN(r)) {
    r = slope * (x - (xp[j + 1] as number)) + (fp[j + 1] as number);
    if (Number.isNaN(r) && fp[j] === fp[j + 1]) r = fp[j] as number;
  }
  return r;
}

/**
 * One-dimensional linear interpolation of the points `(xp, fp)` at `x`, as NumPy's `interp`:
 * `left`/`right` outside `[xp[0], xp[-1]]` (default the end values), NaN in `x` gives NaN, and
 * with `period` the coordinates wrap (then `xp` need not be sorted). `xp` must increase otherwise
 * (not checked, as in NumPy).
 *
 * @param x - Points to evaluate at (any shape).
 * @param xp - Sample x-coordinates (1-D).
 * @param fp - Sample values (1-D, same length; may be complex).
 * @param options - `left`, `right`, `period`.
 * @returns float64 (complex128 for complex `fp`) values shaped like `x`.
 * @throws {ValueError} for empty or mismatched samples or a zero period; {DTypeError} for complex coordinates.
 *
 * @example
 * ```ts
 * interp(2.5, [1, 2, 3], [3, 2, 0]).item();         // 1
 * interp([0, 1, 1.5, 3.5], [1, 2, 3], [3, 2, 0]).toArray(); // [3, 3, 2.5, 0]
 * ```
 */
export function interp(
  x: ArrayInput,
  xp: ArrayInput,
  fp: ArrayInput,
  left?: number | Complex | null,
  right?: number | Complex | null,
  period?: number | null,
  options?: InterpOptions,
): NDArray;
export function interp(x: ArrayInput, xp: ArrayInput, fp: ArrayInput, options?: InterpOptions): NDArray;
export function interp(x: ArrayInput, xp: ArrayInput, fp: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseInterp(rest, 'interp') as InterpOptions;
  const xa = asarray(x);
  const xpa = asarray(xp);
  const fpa = asarray(fp);
  if (xpa.ndim !== 1 || fpa.ndim !== 1) throw new ValueError('interp: xp and fp must be 1-D');
  if (xpa.size !== fpa.size)
    throw new ValueError(`interp: fp and xp are not of the same length, got ${fpa.size} and ${xpa.size}`);
  if (xpa.size === 0) throw new ValueError('interp: array of sample points is empty');
  let xs = realValues(flatValues(xa), 'x');
  let xps = realValues(flatValues(xpa), 'xp');
  const cplx = isComplex(fpa.dtype);
  const ff = flatValues(fpa);
  let fre = ff.kind === 'cplx' ? ff.re : ff.kind === 'big' ? Float64Array.from(ff.v, Number) : ff.v;
  let fim = ff.kind === 'cplx' ? ff.im : null;
  let left = options.left;
  let right = options.right;
  if (options.period !== undefined) {
    let period = options.period;
    if (period === 0) throw new ValueError('interp: period must be a non-zero value');
    period = Math.abs(period);
    left = undefined;
    right = undefined;
    xs = xs.map((v) => pyMod(v, period));
    const wrapped = xps.map((v) => pyMod(v, period));
    const n = wrapped.length;
    const order = new Int32Array(n);
    const sortedXp = wrapped.slice();
    mergeArgsortNum(n, sortedXp, order, new Float64Array(n), new Int32Array(n));
    const nx = new Float64Array(n + 2);
    const nre = new Float64Array(n + 2);
    const nim = fim === null ? null : new Float64Array(n + 2);
    for (let i = 0; i < n; i++) {
      const o = order[i] as number;
      nx[i + 1] = sortedXp[i] as number;
      nre[i + 1] = fre[o] as number;
      if (nim !== null && fim !== null) nim[i + 1] = fim[o] as number;
    }
    nx[0] = (nx[n] as number) - period;
    nx[n + 1] = (nx[1] as number) + period;
    nre[0] = nre[n] as number;
    nre[n + 1] = nre[1] as number;
    if (nim !== null) {
      nim[0] = nim[n] as number;
      nim[n + 1] = nim[1] as number;
    }
    xps = nx;
    fre = nre;
    fim = nim;
  }
  const n = xps.length;
  const parts = (v: number | Complex | undefined, i: number): [number, number] => {
    if (v === undefined) return [fre[i] as number, fim === null ? 0 : (fim[i] as number)];
    if (isComplexScalar(v)) {
      if (!cplx) throw new DTypeError('interp: complex left/right need complex fp');
      return [v.re, v.im];
    }
    return [v, 0];
  };
  const [lr, li] = parts(left, 0);
  const [rr, ri] = parts(right, n - 1);
  const out = emptyArray(cplx ? 'complex128' : 'float64', xa.shape);
  const od = out.data as Float64Array;
  const m = xs.length;
  for (let i = 0; i < m; i++) {
    const xv = xs[i] as number;
    let zr: number;
    let zi = 0;
    if (n === 1) {
      if (xv < (xps[0] as number)) [zr, zi] = [lr, li];
      else if (xv > (xps[0] as number)) [zr, zi] = [rr, ri];
      else [zr, zi] = [fre[0] as number, fim === null ? 0 : (fim[0] as number)];
    } else if (Number.isNaN(xv)) {
      zr = xv;
    } else {
      const j = locate(xv, xps);
      if (j === -1) [zr, zi] = [lr, li];
      else if (j === n) [zr, zi] = [rr, ri];
      else if (j === n - 1 || xps[j] === xv) [zr, zi] = [fre[j] as number, fim === null ? 0 : (fim[j] as number)];
      else if (fim === null) {
        zr = lerp(
          xv,
          xps,
          fre,
          j,
          ((fre[j + 1] as number) - (fre[j] as number)) / ((xps[j + 1] as number) - (xps[j] as number)),
        );
      } else {
        const inv = 1 / ((xps[j + 1] as number) - (xps[j] as number));
        zr = lerp(xv, xps, fre, j, ((fre[j + 1] as number) - (fre[j] as number)) * inv);
        zi = lerp(xv, xps, fim, j, ((fim[j + 1] as number) - (fim[j] as number)) * inv);
      }
    }
    if (cplx) {
      od[2 * i] = zr;
      od[2 * i + 1] = zi;
    } else od[i] = zr;
  }
  return out;
}
