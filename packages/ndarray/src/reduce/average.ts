/** average: the (optionally weighted) mean, with NumPy's dtype rules and `returned` sum of weights. */
import { type DType, cStrides } from '@stride/protocol';
import { ShapeError, ValueError } from '../errors.js';
import { type Complex, NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, convertLoop, emptyArray } from '../core/convert.js';
import { broadcastStrides, forEach2, normalizeAxis } from '../core/iter.js';
import { cdiv } from '../series/numeric.js';
import { isComplex, kindOf, promoteTypes } from '../core/dtype.js';
import { type Axis, finish, prepareArray } from './common.js';
import { meanReduction } from './mean.js';
import { sumReduction } from './sum.js';
import { parseAverage } from './args.js';

/** Options of `average`. */
export interface AverageOptions {
  /** Axis or axes to average over; all when omitted. */
  axis?: number | readonly number[] | null;
  /** Weights: the shape of `a`, or 1-D (N-D for several axes) matching `a` along `axis`. */
  weights?: ArrayInput;
  /** Also return the sum of the weights (broadcast to the average's shape). */
  returned?: boolean;
  /** Keep reduced axes as length 1. */
  keepdims?: boolean;
}

/** `average(..., { returned: true })`: the average and the sum of the weights. */
export interface AverageResult {
  average: NDArray | number | Complex;
  sumOfWeights: NDArray | number | Complex;
}

/**
 * `res /= den` in place, `res` C-contiguous and `den` read through `denStrides` (broadcast over
 * `res`'s shape); complex values divide as NumPy does (Smith's method).
 */
function divideInPlace(res: NDArray, den: NDArray, denStrides: readonly number[]): void {
  const y = res.data as Float64Array;
  const d = den.data as Float64Array;
  const cplx = isComplex(res.dtype);
  forEach2(res.shape, cStrides(res.shape), 0, denStrides, 0, (n, k, sk, j, sj) => {
    if (!cplx) {
      for (let t = 0; t < n; t++, k += sk, j += sj) y[k] = y[k]! / d[j]!;
      return;
    }
    for (let t = 0; t < n; t++, k += sk, j += sj) {
      const [re, im] = cdiv(y[2 * k]!, y[2 * k + 1]!, d[2 * j]!, d[2 * j + 1]!);
      y[2 * k] = re;
      y[2 * k + 1] = im;
    }
  });
}

/** a * w (w viewed with strides `ws` over a's shape) computed in dtype `dt`, as a fresh C array. */
function weightedProduct(x: NDArray, w: NDArray, ws: readonly number[], dt: DType): NDArray {
  const out = astype(x, dt);
  const wc = w.dtype === dt ? w : astype(w, dt);
  const y = out.data as Float64Array;
  const v = wc.data as Float64Array;
  const cplx = isComplex(dt);
  forEach2(out.shape, out.strides, 0, ws, wc.offset, (n, i, si, j, sj) => {
    for (let k = 0; k < n; k++, i += si, j += sj) {
      if (cplx) {
        const ar = y[2 * i]!;
        const ai = y[2 * i + 1]!;
        const br = v[2 * j]!;
        const bi = v[2 * j + 1]!;
        y[2 * i] = ar * br - ai * bi;
        y[2 * i + 1] = ar * bi + ai * br;
      } else {
        y[i] = y[i]! * v[j]!;
      }
    }
  });
  return out;
}

/**
 * Weighted average over the given axes: `sum(a * w) / sum(w)`; without weights, the mean. The
 * result dtype is float64 for integer/bool input (or the promotion of `a`, `weights` and float64),
 * else the promotion of `a` and `weights`. With `returned`, also gives the sum of the weights.
 *
 * @param a - input array
 * @param options - `axis`, `weights`, `returned`, `keepdims`
 * @returns the average (a JS scalar over all axes without keepdims, otherwise an NDArray), or
 *   `{ average, sumOfWeights }` with `returned: true`
 * @throws {ValueError} when the weights sum to zero or do not match `a` along `axis`
 * @throws {ShapeError} when weights of another shape are given without `axis`
 *
 * @example
 * ```ts
 * average([1, 2, 3, 4]);                                   // 2.5
 * average([1, 2, 3, 4], { weights: [4, 3, 2, 1] });        // 2
 * average([[1, 2], [3, 4]], { axis: 1, weights: [1, 3], returned: true });
 * // { average: NDArray [1.75, 3.75], sumOfWeights: NDArray [4, 4] }
 * ```
 */
export function average(a: ArrayInput, options: AverageOptions & { returned: true }): AverageResult;
export function average(
  a: ArrayInput,
  options?: AverageOptions & { axis?: null | undefined; keepdims?: false | undefined; returned?: false | undefined },
): number | Complex;
export function average(
  a: ArrayInput,
  options: AverageOptions &
    ({ axis: number | readonly number[] } | { keepdims: true }) & { returned?: false | undefined },
): NDArray;
export function average(a: ArrayInput, options?: AverageOptions): NDArray | number | Complex | AverageResult;
export function average(
  a: ArrayInput,
  axis: number | readonly number[],
  weights?: ArrayInput | null,
  returned?: boolean,
  keepdims?: boolean,
  options?: AverageOptions,
): NDArray | AverageResult;
export function average(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  weights?: ArrayInput | null,
  returned?: boolean,
  keepdims?: boolean,
  options?: AverageOptions,
): NDArray | number | Complex | AverageResult;
export function average(a: ArrayInput, ...rest: unknown[]): NDArray | number | Complex | AverageResult {
  const options: AverageOptions = parseAverage(rest, 'average');
  const x = asarray(a);
  const axis: Axis = options.axis;
  const r = prepareArray('average', x, axis);
  const fin = { axis, keepdims: options.keepdims };
  const finalShape = options.keepdims === true ? r.keptShape : r.outShape;
  if (options.weights === undefined) {
    const avg = meanReduction(r, kindOf(x.dtype) === 'f' || kindOf(x.dtype) === 'c' ? x.dtype : 'float64');
    const result = finish(r, avg, fin) as NDArray | number | Complex;
    if (options.returned !== true) return result;
    const scl = emptyArray(avg.dtype, finalShape);
    const count = r.count;
    const s = scl.data as Float64Array;
    if (isComplex(scl.dtype)) for (let k = 0; k < scl.size; k++) s[2 * k] = count;
    else s.fill(count);
    return {
      average: result,
      sumOfWeights: finish(r, new NDArray(scl.dtype, scl.data, r.keptShape), fin) as NDArray | number,
    };
  }
  const w = asarray(options.weights);
  const dt =
    kindOf(x.dtype) === 'f' || kindOf(x.dtype) === 'c'
      ? promoteTypes(x.dtype, w.dtype)
      : promoteTypes(promoteTypes(x.dtype, w.dtype), 'float64');
  let ws: number[];
  const sameShape = w.ndim === x.ndim && w.shape.every((d, i) => d === x.shape[i]);
  if (sameShape) {
    ws = [...w.strides];
  } else {
    if (axis === undefined || axis === null) {
      throw new ShapeError('average: Axis must be specified when shapes of a and weights differ.');
    }
    const given = (typeof axis === 'number' ? [axis] : [...axis]).map((ax) => normalizeAxis(ax, x.ndim, 'average'));
    const bad = () =>
      new ValueError('average: Shape of weights must be consistent with shape of a along specified axis.');
    if (w.ndim !== given.length) throw bad();
    ws = new Array<number>(x.ndim).fill(0);
    given.forEach((ax, j) => {
      if (w.shape[j] !== x.shape[ax]) throw bad();
      ws[ax] = w.strides[j] as number;
    });
  }
  // Sum of weights over the same axes: weights laid over a's shape (zero strides elsewhere).
  const wView = new NDArray(
    w.dtype,
    w.data,
    x.shape.map((d, i) => (sameShape || ws[i] !== 0 ? d : 1)),
    ws.map((s) => s),
    w.offset,
  );
  const rw = prepareArray('average', wView, axis);
  const scl = sumReduction(rw, dt, false);
  const sd = scl.data as Float64Array;
  for (let k = 0; k < sd.length; k++) {
    if (sd[k] === 0 && (!isComplex(dt) || (k % 2 === 0 && sd[k + 1] === 0))) {
      throw new ValueError("average: Weights sum to zero, can't be normalized");
    }
  }
  const prodArr = weightedProduct(x, w, ws, dt);
  const num = sumReduction(prepareArray('average', prodArr, axis), dt, false);
  // scl has length 1 on every axis that is not both unreduced and weighted; broadcast it.
  const kept = r.keptShape;
  const sclStrides = broadcastStrides(rw.keptShape, cStrides(rw.keptShape), kept);
  divideInPlace(num, scl, sclStrides);
  const result = finish(r, num, fin) as NDArray | number | Complex;
  if (options.returned !== true) return result;
  const full = emptyArray(dt, kept);
  forEach2(kept, sclStrides, 0, full.strides, 0, convertLoop(dt, sd, dt, full.data));
  return { average: result, sumOfWeights: finish(r, full, fin) as NDArray | number | Complex };
}
