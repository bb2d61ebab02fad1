/** The views and copies the products need: permuted, merged (reshaped), broadcast and cast operands. */
import type { DType } from '@stride/protocol';
import { astype, copy } from '../core/convert.js';
import { broadcastStrides } from '../core/iter.js';
import type { NDArray } from '../ndarray.js';

/** A view with axes in the given order (`axes[i]` is the source axis of result axis i). */
export function permute(a: NDArray, axes: readonly number[]): NDArray {
  return a.view(
    axes.map((ax) => a.shape[ax] as number),
    axes.map((ax) => a.strides[ax] as number),
    a.offset,
  );
}

/**
 * Merges runs of consecutive axes into single axes (`groups[g]` axes form result axis g) as a view,
 * or `null` when some run cannot be stepped with one stride.
 */
export function tryMerge(a: NDArray, groups: readonly number[]): NDArray | null {
  const shape: number[] = [];
  const strides: number[] = [];
  const empty = a.size === 0;
  let ax = 0;
  for (const count of groups) {
    let size = 1;
    let stride = 0;
    let next = -1; // the axis after the current one in this run that is longer than 1
    for (let i = ax + count - 1; i >= ax; i--) {
      const n = a.shape[i] as number;
      size *= n;
      if (n === 1) continue;
      const s = a.strides[i] as number;
      if (next < 0) stride = s;
      else if (!empty && s !== (a.strides[next] as number) * (a.shape[next] as number)) return null;
      next = i;
    }
    shape.push(size);
    strides.push(empty ? 0 : stride);
    ax += count;
  }
  return a.view(shape, strides, a.offset);
}

/** Merges runs of axes like `tryMerge`, copying to C order first when the strides do not allow a view. */
export function merge(a: NDArray, groups: readonly number[]): NDArray {
  return tryMerge(a, groups) ?? (tryMerge(copy(a), groups) as NDArray);
}

/** The array as one axis in C order (a view when possible). */
export function flatten(a: NDArray): NDArray {
  return merge(a, [a.ndim]);
}

/** A read view of `a` stretched to `shape` (stride 0 on broadcast axes); shapes must already agree. */
export function broadcastView(a: NDArray, shape: readonly number[]): NDArray {
  return a.view(shape, broadcastStrides(a.shape, a.strides, shape), a.offset);
}

/** `a` itself when it already has `dtype`, else a converted C-contiguous copy. */
export function castTo(a: NDArray, dtype: DType): NDArray {
  return a.dtype === dtype ? a : astype(a, dtype);
}

/** A view with a length-1 axis inserted at `axis`. */
export function insertAxis(a: NDArray, axis: number): NDArray {
  const shape = [...a.shape];
  const strides = [...a.strides];
  shape.splice(axis, 0, 1);
  strides.splice(axis, 0, 0);
  return a.view(shape, strides, a.offset);
}

/** `[d0, d1, ...]`, the way error messages print shapes. */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
