/** `where(cond, x, y)`: elementwise choice between two arrays (or `nonzero` with one argument). */
import type { DType, TypedArray } from '@stride/protocol';
import { type ArrayInput, asarray, assign, astype, emptyArray, isScalar, weakKindOf } from '../core/convert.js';
import { type WeakKind, isBigInt, isComplex, resultType } from '../core/dtype.js';
import { broadcastShapes, broadcastStrides, forEach3 } from '../core/iter.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { nonzero } from './nonzero.js';
import { heapWhere } from '../core/heapops.js';

/**
 * The result dtype of mixing inputs, treating JS scalars as weak (NEP 50).
 *
 * @example
 * ```ts
 * mixedDType([zeros([2], { dtype: 'float32' }), 0.5]); // 'float32' (the JS number is weak)
 * ```
 */
export function mixedDType(inputs: readonly ArrayInput[]): DType {
  const dtypes: DType[] = [];
  const weak: WeakKind[] = [];
  for (const v of inputs) {
    if (isScalar(v)) weak.push(weakKindOf(v));
    else dtypes.push(asarray(v).dtype);
  }
  return resultType(dtypes, weak);
}

/**
 * NumPy's `where`: `x` where `cond` is truthy, else `y`, all three broadcast together; the dtype
 * is the promotion of `x` and `y` with JS scalars weak (NEP 50). With only `cond` it is
 * {@link nonzero}.
 *
 * @param cond - Condition (any dtype: nonzero is true).
 * @param x - Values where `cond` holds.
 * @param y - Values elsewhere.
 * @returns A new array (or, with one argument, the `nonzero` index arrays).
 * @throws {ShapeError} when the inputs do not broadcast.
 *
 * @example
 * ```ts
 * where([true, false, true], [1, 2, 3], -1).toArray(); // [1, -1, 3]
 * where([[0, 1], [1, 0]]).map((i) => i.toArray());    // [[0, 1], [1, 0]]
 * ```
 */
export function where(cond: ArrayInput): NDArray[];
export function where(cond: ArrayInput, x: ArrayInput, y: ArrayInput): NDArray;
export function where(cond: ArrayInput, ...xy: ArrayInput[]): NDArray | NDArray[] {
  if (xy.length === 0) return nonzero(cond);
  if (xy.length !== 2) throw new ValueError('where: either both or neither of x and y should be given');
  const [x0, y0] = xy as [ArrayInput, ArrayInput];
  const c = asarray(cond);
  const xa = asarray(x0);
  const ya = asarray(y0);
  const dtype = mixedDType([x0, y0]);
  const shape = broadcastShapes('where', c.shape, xa.shape, ya.shape);
  const fast = heapWhere(c, xa, ya, dtype, shape);
  if (fast !== null) return fast;
  const out = emptyArray(dtype, shape);
  assign(out, xa);
  const yc = ya.dtype === dtype ? ya : astype(ya, dtype);
  chooseWhereFalse(out, c, yc);
  return out;
}

/**
 * `out[i] = y[i]` wherever `cond[i]` is falsy (`y` of `out`'s dtype, both broadcast to `out`).
 *
 * @example
 * ```ts
 * const out = zeros([3]);
 * chooseWhereFalse(out, array([true, false, true]), full([3], 9));
 * out.toArray(); // [0, 9, 0]
 * ```
 */
export function chooseWhereFalse(out: NDArray, cond: NDArray, y: NDArray, whereTrue = false): void {
  const cs = broadcastStrides(cond.shape, cond.strides, out.shape);
  const ys = broadcastStrides(y.shape, y.strides, out.shape);
  const cd = cond.data;
  const yd = y.data as Float64Array;
  const od = out.data as Float64Array;
  const cc = isComplex(cond.dtype);
  const cb = isBigInt(cond.dtype);
  const lanes = isComplex(out.dtype) ? 2 : 1;
  const want = whereTrue;
  forEach3(out.shape, cs, cond.offset, ys, y.offset, out.strides, out.offset, (n, i, si, j, sj, k, sk) => {
    for (let t = 0; t < n; t++, i += si, j += sj, k += sk) {
      if (truthy(cd, i, cc, cb) !== want) continue;
      if (lanes === 1) od[k] = yd[j] as number;
      else {
        od[2 * k] = yd[2 * j] as number;
        od[2 * k + 1] = yd[2 * j + 1] as number;
      }
    }
  });
}

function truthy(d: TypedArray, i: number, cplx: boolean, big: boolean): boolean {
  if (cplx) return d[2 * i] !== 0 || d[2 * i + 1] !== 0;
  if (big) return d[i] !== 0n;
  return d[i] !== 0;
}
