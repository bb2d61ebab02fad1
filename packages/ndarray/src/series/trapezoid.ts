/** `trapezoid`: integration by the composite trapezoidal rule, in NumPy's order of operations. */
import type { DType } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, emptyArray, weakKindOf } from '../core/convert.js';
import { isBigInt, isComplex, promoteTypes, resultType } from '../core/dtype.js';
import { broadcastShapes, broadcastStrides, forEach3, normalizeAxis } from '../core/iter.js';
import { diff } from './diff.js';
import { forEachLane } from '../sorting/lanes.js';
import { pairwiseSum, roundFor } from './numeric.js';
import { mulLoop } from '../products/kernels/elementwise.js';
import { is, signature } from '../core/args.js';

const parseTrapezoid = signature<TrapezoidOptions>('trapezoid', ['x', 'dx', 'axis'], {
  x: is.orNone(is.arrayLike),
  dx: is.number,
  axis: is.int,
} as never);

/** Options of {@link trapezoid}. */
export interface TrapezoidOptions {
  /** Sample points (1-D along `axis`, or broadcastable to `y`); default: spacing `dx`. */
  x?: ArrayInput;
  /** Spacing between samples when `x` is not given (default 1). */
  dx?: number;
  /** Axis to integrate along (default -1). */
  axis?: number;
}

/** `y[1:] + y[:-1]` along `axis` in y's dtype (bool: logical or; integers wrap). */
function pairSums(y: NDArray, axis: number): NDArray {
  const n = y.shape[axis] as number;
  const m = Math.max(0, n - 1);
  const out = emptyArray(
    y.dtype,
    y.shape.map((d, i) => (i === axis ? m : d)),
  );
  if (out.size === 0) return out;
  const yd = y.data;
  const od = out.data;
  const sy = y.strides[axis] as number;
  const so = out.strides[axis] as number;
  const cplx = isComplex(y.dtype);
  const isBool = y.dtype === 'bool';
  const big = isBigInt(y.dtype);
  forEachLane(out.shape, axis, y.strides, y.offset, out.strides, out.offset, (iy, io) => {
    if (cplx) {
      for (let i = 0, k = iy, j = io; i < m; i++, k += sy, j += so) {
        od[2 * j] = (yd[2 * (k + sy)] as number) + (yd[2 * k] as number);
        od[2 * j + 1] = (yd[2 * (k + sy) + 1] as number) + (yd[2 * k + 1] as number);
      }
    } else if (isBool) {
      for (let i = 0, k = iy, j = io; i < m; i++, k += sy, j += so) od[j] = yd[k + sy] !== 0 || yd[k] !== 0 ? 1 : 0;
    } else if (big) {
      for (let i = 0, k = iy, j = io; i < m; i++, k += sy, j += so) od[j] = (yd[k + sy] as bigint) + (yd[k] as bigint);
    } else {
      // The typed store rounds (float32) or wraps (integers) like NumPy's add in the dtype.
      for (let i = 0, k = iy, j = io; i < m; i++, k += sy, j += so) od[j] = (yd[k + sy] as number) + (yd[k] as number);
    }
  });
  return out;
}

/** Elementwise `a * b` (broadcast) in `dtype`, both operands already of `dtype`. */
function multiply(a: NDArray, b: NDArray, dtype: DType): NDArray {
  const shape = broadcastShapes('trapezoid', a.shape, b.shape);
  const out = emptyArray(dtype, shape);
  forEach3(
    shape,
    broadcastStrides(a.shape, a.strides, shape),
    a.offset,
    broadcastStrides(b.shape, b.strides, shape),
    b.offset,
    out.strides,
    out.offset,
    mulLoop(dtype, a.data, b.data, out.data),
  );
  return out;
}

/**
 * Integrates `y` along an axis with the trapezoidal rule: `sum(d * (y[1:] + y[:-1]) / 2)`, where
 * `d` is `dx` or `diff(x)`. Integer data gives float64; float32 stays float32 with scalar `dx`.
 *
 * @param y - Values to integrate.
 * @param options - `x` (sample points), `dx` (default 1), `axis` (default -1).
 * @returns The integral, one dimension fewer than `y` (0-d for 1-D input).
 * @throws {AxisError} when `axis` is out of range; {ShapeError} when `x` does not broadcast.
 *
 * @example
 * ```ts
 * trapezoid([1, 2, 3]).item();                    // 4
 * trapezoid([1, 2, 3], { x: [4, 6, 8] }).item();  // 8
 * ```
 */
export function trapezoid(
  y: ArrayInput,
  x?: ArrayInput | null,
  dx?: number,
  axis?: number,
  options?: TrapezoidOptions,
): NDArray;
export function trapezoid(y: ArrayInput, options?: TrapezoidOptions): NDArray;
export function trapezoid(y: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseTrapezoid(rest, 'trapezoid') as TrapezoidOptions;
  const yy = asarray(y);
  const axis = normalizeAxis(options.axis ?? -1, yy.ndim, 'trapezoid');
  if (options.x === undefined && (yy.dtype === 'float64' || yy.dtype === 'float32')) {
    return floatTrapezoid(yy, axis, options.dx ?? 1);
  }
  const s = pairSums(yy, axis);
  let d: NDArray;
  let pd: DType;
  if (options.x === undefined) {
    const dx = options.dx ?? 1;
    pd = resultType([s.dtype], [weakKindOf(dx)]);
    d = asarray(dx, { dtype: pd });
  } else {
    const xx = asarray(options.x);
    if (xx.ndim === 1) {
      const dd = diff(xx);
      const shape = yy.shape.map((_, i) => (i === axis ? dd.size : 1));
      d = dd.view(
        shape,
        shape.map((_, i) => (i === axis ? 1 : 0)),
        dd.offset,
      );
    } else d = diff(xx, { axis });
    pd = promoteTypes(d.dtype, s.dtype);
  }
  const prod = multiply(d.dtype === pd ? d : astype(d, pd), s.dtype === pd ? s : astype(s, pd), pd);
  // `/ 2.0` promotes integers and bool to float64, keeps float32 and complex.
  const qd = resultType([pd], ['float']);
  const q = qd === pd ? prod : astype(prod, qd);
  const qdata = q.data;
  const r = roundFor(qd === 'float32' || qd === 'complex64');
  for (let i = 0; i < qdata.length; i++) qdata[i] = r((qdata[i] as number) / 2);
  return sumAxis(q, axis);
}

/**
 * The common case in one pass per lane: float data with a scalar spacing. Same operations and
 * order as the general path: `(dx * (y[i+1] + y[i])) / 2` in the data's precision, then summed.
 */
function floatTrapezoid(y: NDArray, axis: number, dx: number): NDArray {
  const f32 = y.dtype === 'float32';
  const r = roundFor(f32);
  const d = r(dx);
  const n = y.shape[axis] as number;
  const m = Math.max(0, n - 1);
  const out = emptyArray(
    y.dtype,
    y.shape.filter((_, i) => i !== axis),
  );
  const t = new Float64Array(m);
  const yd = y.data as Float64Array;
  const od = out.data as Float64Array;
  const sy = y.strides[axis] as number;
  const last = axis === y.ndim - 1;
  const outStrides = [...out.strides];
  outStrides.splice(axis, 0, 0);
  forEachLane(y.shape, axis, y.strides, y.offset, outStrides, out.offset, (iy, io) => {
    for (let i = 0, k = iy; i < m; i++, k += sy) t[i] = r(r(d * r((yd[k + sy] as number) + (yd[k] as number))) / 2);
    if (last) od[io] = pairwiseSum(t, 0, m, 1, r);
    else {
      let acc = 0;
      for (let i = 0; i < m; i++) acc = r(acc + (t[i] as number));
      od[io] = acc;
    }
  });
  return out;
}

/** `add.reduce(q, axis)`: pairwise along a contiguous last axis, sequential otherwise (NumPy's orders). */
function sumAxis(q: NDArray, axis: number): NDArray {
  const outShape = q.shape.filter((_, i) => i !== axis);
  const dtype = q.dtype;
  const out = emptyArray(dtype, outShape);
  const n = q.shape[axis] as number;
  const cplx = isComplex(dtype);
  const r = roundFor(dtype === 'float32' || dtype === 'complex64');
  const qd = q.data as Float64Array;
  const od = out.data as Float64Array;
  const sq = q.strides[axis] as number;
  // The output viewed with a zero stride along the reduced axis, so both walk the same lanes.
  const outStrides = [...out.strides];
  outStrides.splice(axis, 0, 0);
  const last = axis === q.ndim - 1;
  forEachLane(q.shape, axis, q.strides, q.offset, outStrides, out.offset, (iq, io) => {
    if (cplx) {
      if (last) {
        od[2 * io] = pairwiseSum(qd, 2 * iq, n, 2 * sq, r);
        od[2 * io + 1] = pairwiseSum(qd, 2 * iq + 1, n, 2 * sq, r);
      } else {
        let sr = 0;
        let si = 0;
        for (let i = 0, k = iq; i < n; i++, k += sq) {
          sr = r(sr + (qd[2 * k] as number));
          si = r(si + (qd[2 * k + 1] as number));
        }
        od[2 * io] = sr;
        od[2 * io + 1] = si;
      }
    } else if (last) od[io] = pairwiseSum(qd, iq, n, sq, r);
    else {
      let acc = 0;
      for (let i = 0, k = iq; i < n; i++, k += sq) acc = r(acc + (qd[k] as number));
      od[io] = acc;
    }
  });
  return out;
}
