/** `takeAlongAxis` / `putAlongAxis`: index arrays matched to the array along one axis. */
import { shapeSize } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { broadcastShapes, normalizeAxis } from '../core/iter.js';
import { ShapeError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { type Fancy, gatherFancy, scatterFancy } from './fancy.js';
import { flatC } from './views.js';
import { type OffsetPart, indexOffsets, lanesOf, sumOffsets } from './kernels.js';
import { fitValue } from './set.js';
import { indexArray } from './take.js';
import { valueArray } from './value.js';
import { is, noExtra, signature } from '../core/args.js';

function alongPlan(x: NDArray, indices: ArrayInput, axis: number | null | undefined, op: string): Fancy {
  let arr = x;
  const ind = indexArray(indices, op);
  let ax: number;
  if (axis === null) {
    if (ind.ndim !== 1) {
      throw new ShapeError(`${op}: when axis is null, indices must be 1-D, got shape [${ind.shape.join(', ')}]`);
    }
    arr = flatC(arr);
    ax = 0;
  } else {
    ax = normalizeAxis(axis ?? -1, arr.ndim, op);
    if (ind.ndim !== arr.ndim) {
      throw new ShapeError(
        `${op}: indices and arr must have the same number of dimensions, got indices of shape [${ind.shape.join(', ')}] for arr of shape [${arr.shape.join(', ')}]`,
      );
    }
  }
  const lanes = lanesOf(arr.dtype);
  const nd = arr.ndim;
  const parts: OffsetPart[] = [];
  for (let d = 0; d < nd; d++) {
    const n = arr.shape[d] as number;
    const stride = (arr.strides[d] as number) * lanes;
    if (d === ax) {
      parts.push(indexOffsets(ind, n, stride, 'raise', d));
      continue;
    }
    // The implicit arange along every other axis, shaped to broadcast on its own axis.
    const offs = new Float64Array(n);
    for (let i = 0; i < n; i++) offs[i] = i * stride;
    const shape = new Array<number>(nd).fill(1);
    shape[d] = n;
    parts.push({ shape, offs });
  }
  let bshape: number[];
  try {
    bshape = broadcastShapes(op, ...parts.map((p) => p.shape));
  } catch {
    const expect = arr.shape.map((n, d) => (d === ax ? (ind.shape[d] as number) : n));
    throw new ShapeError(
      `${op}: indices of shape [${ind.shape.join(', ')}] do not broadcast with arr of shape [${arr.shape.join(', ')}] (expected [${expect.join(', ')}] up to length-1 axes)`,
    );
  }
  const offs = shapeSize(bshape) === 0 ? new Float64Array(0) : sumOffsets(bshape, parts);
  return { view: arr, advAxes: arr.shape.map((_, d) => d), bshape, insertAt: 0, offs };
}

/**
 * NumPy's `take_along_axis`: `out[i, j, k] = a[i, indices[i, j, k], k]` for `axis = 1` (and so on),
 * with `indices` broadcast against `a` on the other axes. Pairs with `argsort`/`argpartition`.
 *
 * @param a - Source array.
 * @param indices - Integer indices with `a`'s number of dimensions (1-D when `axis` is null).
 * @param axis - The axis to take along (default -1); `null` works on the flattened array.
 * @returns A new array of the broadcast shape.
 * @throws {ShapeError} when `indices` has the wrong number of dimensions or does not broadcast.
 * @throws {IndexError} for an out-of-range index.
 *
 * @example
 * ```ts
 * takeAlongAxis([[10, 30, 20], [60, 40, 50]], [[0], [1]], 1).toArray(); // [[10], [40]]
 * ```
 */
const parseTakeAlong = signature<{ axis?: number | null }>('takeAlongAxis', ['axis'], {
  axis: is.nullable(is.axisInt),
});

export function takeAlongAxis(
  a: ArrayInput,
  indices: ArrayInput,
  axis?: number | null,
  options?: { axis?: number | null },
): NDArray;
export function takeAlongAxis(a: ArrayInput, indices: ArrayInput, options?: { axis?: number | null }): NDArray;
export function takeAlongAxis(a: ArrayInput, indices: ArrayInput, ...rest: unknown[]): NDArray {
  const { axis = -1 } = parseTakeAlong(rest, 'takeAlongAxis');
  return gatherFancy(alongPlan(asarray(a), indices, axis, 'takeAlongAxis'));
}

/**
 * NumPy's `put_along_axis`: writes `values` (broadcast to the indices' shape) at the positions
 * `takeAlongAxis` would read, in place.
 *
 * @param a - The array written in place.
 * @param indices - Integer indices with `a`'s number of dimensions (1-D when `axis` is null).
 * @param values - Values to write.
 * @param axis - The axis (`null` for the flattened array, which must then be contiguous).
 * @returns `a` as an NDArray.
 * @throws {ShapeError} when shapes do not match, {@link IndexError} for out-of-range indices.
 *
 * @example
 * ```ts
 * const a = array([[10, 30, 20], [60, 40, 50]]);
 * putAlongAxis(a, [[1], [0]], 99, 1);
 * a.toArray(); // [[10, 99, 20], [99, 40, 50]]
 * ```
 */
export function putAlongAxis(a: ArrayInput, indices: ArrayInput, values: ArrayInput, axis: number | null): NDArray;
export function putAlongAxis(
  a: ArrayInput,
  indices: ArrayInput,
  values: ArrayInput,
  axis: number | null,
  ...rest: unknown[]
): NDArray {
  noExtra(rest, 'putAlongAxis');
  const x = asarray(a);
  x.assertWritable('putAlongAxis');
  let target = x;
  if (axis === null) {
    target = flatC(x);
    if (target.data !== x.data) {
      throw new ShapeError('putAlongAxis: axis null needs a C-contiguous array to write through');
    }
  }
  const plan = alongPlan(target, indices, axis, 'putAlongAxis');
  const v = fitValue(
    valueArray(values, x.dtype, 'putAlongAxis'),
    plan.bshape,
    'shape mismatch: value array of shape',
    'putAlongAxis',
  );
  scatterFancy(plan, v);
  return x;
}
