/** `applyAlongAxis`: a function of 1-D slices applied along one axis, NumPy's `apply_along_axis`. */
import { normalizeAxis, stepIndex } from '../core/iter.js';
import { type ArrayInput, asarray, assign, copy, emptyArray } from '../core/convert.js';
import { is } from '../core/args.js';
import { ValueError } from '../errors.js';
import type { NDArray, Scalar } from '../ndarray.js';

/**
 * Applies `func1d` to each 1-D slice of `arr` along `axis`. The result's shape is
 * `arr.shape[:axis] + r.shape + arr.shape[axis+1:]` where `r` is what `func1d` returns (a scalar or
 * an array of the same shape for every slice); its dtype is that of the first result.
 *
 * @param func1d - Called with each slice (a 1-D view of `arr`) and `args`.
 * @param axis - The axis the slices run along.
 * @param arr - Input array (at least 1-D).
 * @param args - Extra arguments passed to `func1d` after the slice.
 * @returns A new array.
 * @throws {ValueError} when an iteration dimension is 0 or results change shape.
 *
 * @example
 * ```ts
 * applyAlongAxis((r) => r.sum(), 1, [[1, 2, 3], [4, 5, 6]]).toArray(); // [6, 15]
 * applyAlongAxis((r) => r.flip(), 0, [[1, 2], [3, 4]]).toArray(); // [[3, 4], [1, 2]]
 * ```
 */
export function applyAlongAxis<A extends unknown[]>(
  func1d: (slice: NDArray, ...args: A) => ArrayInput | Scalar,
  axis: number,
  arr: ArrayInput,
  ...args: A
): NDArray {
  is.func(func1d, 'applyAlongAxis', 'func1d');
  is.axisInt(axis, 'applyAlongAxis', 'axis');
  const a = asarray(arr);
  if (a.ndim === 0) throw new ValueError('applyAlongAxis: arr must be at least 1-D');
  const ax = normalizeAxis(axis, a.ndim, 'applyAlongAxis');
  const outer = a.shape.filter((_, i) => i !== ax);
  const outerStrides = a.strides.filter((_, i) => i !== ax);
  const count = outer.reduce((s, d) => s * d, 1);
  if (count === 0) throw new ValueError('applyAlongAxis: cannot apply when any iteration dimension is 0');
  const len = a.shape[ax] as number;
  const step = a.strides[ax] as number;
  const idx = new Array<number>(outer.length).fill(0);
  let buf: NDArray | null = null; // outer + result shape, C order
  let resShape: readonly number[] = [];
  let resSize = 0;
  const offs = [a.offset];
  for (let n = 0; n < count; n++) {
    const r = asarray(func1d(a.view([len], [step], offs[0] as number), ...args) as ArrayInput);
    if (buf === null) {
      resShape = r.shape;
      resSize = r.size;
      buf = emptyArray(r.dtype, [count, ...resShape]);
    } else if (r.ndim !== resShape.length || r.shape.some((d, i) => d !== resShape[i])) {
      throw new ValueError(
        `applyAlongAxis: func1d returned shape [${r.shape.join(', ')}] for one slice and [${resShape.join(', ')}] for the first`,
      );
    }
    const slot = buf.view(resShape, buf.strides.slice(1), buf.offset + n * resSize);
    assign(slot, r);
    stepIndex(idx, outer, [outerStrides], offs);
  }
  const b = buf as NDArray;
  // [outer..., res...] -> outer[:ax] + res + outer[ax:]
  const full = b.view([...outer, ...resShape], [...cStrides(outer, resSize), ...b.strides.slice(1)], b.offset);
  const k = resShape.length;
  const perm = [
    ...Array.from({ length: ax }, (_, i) => i),
    ...Array.from({ length: k }, (_, i) => outer.length + i),
    ...Array.from({ length: outer.length - ax }, (_, i) => ax + i),
  ];
  const shape = perm.map((p) => full.shape[p] as number);
  const strides = perm.map((p) => full.strides[p] as number);
  return copy(full.view(shape, strides, full.offset));
}

/** C-order strides of `shape` whose innermost step is `inner` elements. */
function cStrides(shape: readonly number[], inner: number): number[] {
  const s = new Array<number>(shape.length);
  let acc = inner;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i] as number;
  }
  return s;
}
