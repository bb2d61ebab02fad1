/** Axis rearrangement as views: transpose, swapaxes, moveaxis, expandDims, squeeze, atleast1d/2d/3d. */
import { type ArrayInput, asarray } from '../core/convert.js';
import { normalizeAxis } from '../core/iter.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { parseAxis, parseMoveaxis, parseSwapaxes, parseTranspose, required } from './args.js';

/**
 * `a` with its axes in the order `axes` (a view).
 *
 * @example
 * ```ts
 * permute(zeros([2, 3, 4]), [2, 0, 1]).shape; // [4, 2, 3]
 * ```
 */
export function permute(a: NDArray, axes: readonly number[]): NDArray {
  return a.view(
    axes.map((i) => a.shape[i] as number),
    axes.map((i) => a.strides[i] as number),
    a.offset,
  );
}

/**
 * NumPy's `transpose`: a view with the axes reversed, or permuted by `axes` (negative axes count
 * from the end).
 *
 * @param a - Input array.
 * @param axes - A permutation of `0 .. ndim-1`; omitted reverses the axes.
 * @returns A view.
 * @throws {ValueError} when `axes` is not a permutation of the array's axes.
 *
 * @example
 * ```ts
 * transpose(ones([2, 3, 4])).shape;            // [4, 3, 2]
 * transpose(ones([2, 3, 4]), [1, 0, 2]).shape; // [3, 2, 4]
 * ```
 */
export function transpose(
  a: ArrayInput,
  axes?: readonly number[] | null,
  options?: { axes?: readonly number[] | null },
): NDArray;
export function transpose(a: ArrayInput, options?: { axes?: readonly number[] | null }): NDArray;
export function transpose(a: ArrayInput, ...rest: unknown[]): NDArray {
  const { axes } = parseTranspose(rest, 'transpose');
  const x = asarray(a);
  const nd = x.ndim;
  if (axes === undefined || axes === null)
    return permute(
      x,
      x.shape.map((_, i) => nd - 1 - i),
    );
  if (axes.length !== nd) {
    throw new ValueError(
      `transpose: axes don't match array: got ${axes.length} axes [${axes.join(', ')}] for an array of dimension ${nd}`,
    );
  }
  const norm = axes.map((ax) => normalizeAxis(ax, nd, 'transpose'));
  if (new Set(norm).size !== nd) throw new ValueError(`transpose: repeated axis in transpose: [${axes.join(', ')}]`);
  return permute(x, norm);
}

/**
 * NumPy's `swapaxes`: a view with two axes interchanged.
 *
 * @example
 * ```ts
 * swapaxes(ones([2, 3, 4]), 0, 2).shape; // [4, 3, 2]
 * ```
 */
export function swapaxes(a: ArrayInput, axis1: number, axis2: number): NDArray;
export function swapaxes(a: ArrayInput, options: { axis1: number; axis2: number }): NDArray;
export function swapaxes(a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseSwapaxes(rest, 'swapaxes');
  const axis1 = required(o.axis1, 'swapaxes', 'axis1');
  const axis2 = required(o.axis2, 'swapaxes', 'axis2');
  const x = asarray(a);
  const i = normalizeAxis(axis1, x.ndim, 'swapaxes');
  const j = normalizeAxis(axis2, x.ndim, 'swapaxes');
  const axes = x.shape.map((_, k) => k);
  axes[i] = j;
  axes[j] = i;
  return permute(x, axes);
}

function axisList(v: number | readonly number[], nd: number, op: string, what: string): number[] {
  const list = typeof v === 'number' ? [v] : [...v];
  const out = list.map((ax) => normalizeAxis(ax, nd, op));
  if (new Set(out).size !== out.length)
    throw new ValueError(`${op}: repeated axis in \`${what}\` argument: [${list.join(', ')}]`);
  return out;
}

/**
 * NumPy's `moveaxis`: a view with axes moved to new positions; the others keep their order.
 *
 * @example
 * ```ts
 * moveaxis(ones([3, 4, 5]), 0, -1).shape;          // [4, 5, 3]
 * moveaxis(ones([3, 4, 5]), [0, 1], [-1, -2]).shape; // [5, 4, 3]
 * ```
 */
export function moveaxis(
  a: ArrayInput,
  source: number | readonly number[],
  destination: number | readonly number[],
): NDArray;
export function moveaxis(
  a: ArrayInput,
  options: { source: number | readonly number[]; destination: number | readonly number[] },
): NDArray;
export function moveaxis(a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseMoveaxis(rest, 'moveaxis');
  const source = required(o.source, 'moveaxis', 'source');
  const destination = required(o.destination, 'moveaxis', 'destination');
  const x = asarray(a);
  const nd = x.ndim;
  const src = axisList(source, nd, 'moveaxis', 'source');
  const dst = axisList(destination, nd, 'moveaxis', 'destination');
  if (src.length !== dst.length) {
    throw new ValueError('moveaxis: `source` and `destination` arguments must have the same number of elements');
  }
  const order: number[] = [];
  for (let k = 0; k < nd; k++) if (!src.includes(k)) order.push(k);
  const pairs = dst.map((d, i) => [d, src[i] as number] as const).sort((p, q) => p[0] - q[0]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return permute(x, order);
}

/**
 * NumPy's `expand_dims`: a view with new length-1 axes at the given positions of the result.
 *
 * @example
 * ```ts
 * expandDims([1, 2], 0).shape;       // [1, 2]
 * expandDims([1, 2], [0, -1]).shape; // [1, 2, 1]
 * ```
 */
export function expandDims(a: ArrayInput, axis: number | readonly number[]): NDArray;
export function expandDims(a: ArrayInput, options: { axis: number | readonly number[] }): NDArray;
export function expandDims(a: ArrayInput, ...rest: unknown[]): NDArray {
  const axis = required(parseAxis(rest, 'expandDims').axis ?? undefined, 'expandDims', 'axis');
  const x = asarray(a);
  const list = typeof axis === 'number' ? [axis] : axis;
  const nd = x.ndim + list.length;
  const axes = axisList(list, nd, 'expandDims', 'axis');
  const shape: number[] = [];
  const strides: number[] = [];
  let src = 0;
  for (let k = 0; k < nd; k++) {
    if (axes.includes(k)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(x.shape[src] as number);
      strides.push(x.strides[src] as number);
      src++;
    }
  }
  return x.view(shape, strides, x.offset);
}

/**
 * NumPy's `squeeze`: a view without length-1 axes (all of them, or those named).
 *
 * @throws {ValueError} when a named axis does not have length 1.
 *
 * @example
 * ```ts
 * squeeze(ones([1, 3, 1])).shape;    // [3]
 * squeeze(ones([1, 3, 1]), 0).shape; // [3, 1]
 * ```
 */
export function squeeze(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  options?: { axis?: number | readonly number[] | null },
): NDArray;
export function squeeze(a: ArrayInput, options?: { axis?: number | readonly number[] | null }): NDArray;
export function squeeze(a: ArrayInput, ...rest: unknown[]): NDArray {
  const { axis } = parseAxis(rest, 'squeeze');
  const x = asarray(a);
  let drop: number[];
  if (axis === undefined || axis === null) drop = x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  else {
    drop = axisList(axis, x.ndim, 'squeeze', 'axis');
    for (const ax of drop) {
      if (x.shape[ax] !== 1) {
        throw new ValueError(
          `squeeze: cannot select an axis to squeeze out which has size not equal to one (axis ${ax} of shape [${x.shape.join(', ')}])`,
        );
      }
    }
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let k = 0; k < x.ndim; k++) {
    if (drop.includes(k)) continue;
    shape.push(x.shape[k] as number);
    strides.push(x.strides[k] as number);
  }
  return x.view(shape, strides, x.offset);
}

/**
 * `x` viewed with at least `n` dimensions, placed as NumPy's atleast_nd functions do.
 *
 * @example
 * ```ts
 * atleast(asarray(5), 2).shape; // [1, 1]
 * ```
 */
export function atleast(x: NDArray, n: 1 | 2 | 3): NDArray {
  if (x.ndim >= n) return x;
  const s = x.shape;
  const t = x.strides;
  if (n === 1) return x.view([1], [0], x.offset);
  if (n === 2)
    return x.ndim === 0 ? x.view([1, 1], [0, 0], x.offset) : x.view([1, s[0] as number], [0, t[0] as number], x.offset);
  if (x.ndim === 0) return x.view([1, 1, 1], [0, 0, 0], x.offset);
  if (x.ndim === 1) return x.view([1, s[0] as number, 1], [0, t[0] as number, 0], x.offset);
  return x.view([s[0] as number, s[1] as number, 1], [t[0] as number, t[1] as number, 0], x.offset);
}

/**
 * NumPy's `atleast_1d`: views with at least one dimension (0-d becomes `[1]`). One argument
 * gives an array, several give a list.
 *
 * @example
 * ```ts
 * atleast1d(5).shape; // [1]
 * ```
 */
export function atleast1d(a: ArrayInput): NDArray;
export function atleast1d(a: ArrayInput, b: ArrayInput, ...rest: ArrayInput[]): NDArray[];
export function atleast1d(...arrays: ArrayInput[]): NDArray | NDArray[] {
  const out = arrays.map((a) => atleast(asarray(a), 1));
  return out.length === 1 ? (out[0] as NDArray) : out;
}

/**
 * NumPy's `atleast_2d`: views with at least two dimensions (`[N]` becomes `[1, N]`).
 *
 * @example
 * ```ts
 * atleast2d([1, 2]).shape; // [1, 2]
 * ```
 */
export function atleast2d(a: ArrayInput): NDArray;
export function atleast2d(a: ArrayInput, b: ArrayInput, ...rest: ArrayInput[]): NDArray[];
export function atleast2d(...arrays: ArrayInput[]): NDArray | NDArray[] {
  const out = arrays.map((a) => atleast(asarray(a), 2));
  return out.length === 1 ? (out[0] as NDArray) : out;
}

/**
 * NumPy's `atleast_3d`: views with at least three dimensions (`[N]` becomes `[1, N, 1]`,
 * `[M, N]` becomes `[M, N, 1]`).
 *
 * @example
 * ```ts
 * atleast3d([[1, 2]]).shape; // [1, 2, 1]
 * ```
 */
export function atleast3d(a: ArrayInput): NDArray;
export function atleast3d(a: ArrayInput, b: ArrayInput, ...rest: ArrayInput[]): NDArray[];
export function atleast3d(...arrays: ArrayInput[]): NDArray | NDArray[] {
  const out = arrays.map((a) => atleast(asarray(a), 3));
  return out.length === 1 ? (out[0] as NDArray) : out;
}
