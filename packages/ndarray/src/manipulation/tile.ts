/** Repetition: tile and repeat. */
import { type TypedArray, isCContiguous, shapeSize } from '@stride/protocol';
import { type ArrayInput, asarray, assign, emptyArray } from '../core/convert.js';
import { isInteger } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { copyInOrder, ravel } from './shape.js';
import { checkShapeArg, parseRepeat } from './args.js';
import { noExtra } from '../core/args.js';

/**
 * NumPy's `tile`: `a` repeated `reps` times along each axis. A shorter `reps` is padded with
 * leading 1s; a shorter array gains leading length-1 axes. Always a new array.
 *
 * @example
 * ```ts
 * tile([1, 2], 2).toArray();      // [1, 2, 1, 2]
 * tile([1, 2], [2, 1]).toArray(); // [[1, 2], [1, 2]]
 * ```
 */
export function tile(a: ArrayInput, reps: number | readonly number[]): NDArray;
export function tile(a: ArrayInput, reps: number | readonly number[], ...rest: unknown[]): NDArray {
  noExtra(rest, 'tile');
  checkShapeArg(reps, 'tile', 'reps');
  let x = asarray(a);
  let r = typeof reps === 'number' ? [reps] : [...reps];
  for (const k of r) {
    if (!Number.isSafeInteger(k) || k < 0)
      throw new ValueError(`tile: reps must be non-negative integers, got [${r.join(', ')}]`);
  }
  const nd = Math.max(r.length, x.ndim);
  if (x.ndim < nd) {
    const pad = nd - x.ndim;
    x = x.view(
      [...new Array<number>(pad).fill(1), ...x.shape],
      [...new Array<number>(pad).fill(0), ...x.strides],
      x.offset,
    );
  }
  if (r.length < nd) r = [...new Array<number>(nd - r.length).fill(1), ...r];
  // View the input as [r0, s0, r1, s1, ...] with stride 0 on the repeat axes, then copy it once.
  const shape: number[] = [];
  const strides: number[] = [];
  const outShape: number[] = [];
  for (let i = 0; i < nd; i++) {
    shape.push(r[i] as number, x.shape[i] as number);
    strides.push(0, x.strides[i] as number);
    outShape.push((r[i] as number) * (x.shape[i] as number));
  }
  const tmp = emptyArray(x.dtype, shape);
  if (tmp.size > 0) assign(tmp, x.size === 0 ? x : x.view(shape, strides, x.offset));
  return new NDArray(x.dtype, tmp.data, outShape);
}

/** Options of {@link repeat}. */
export interface RepeatOptions {
  /** Axis to repeat along; omitted/null repeats the flattened array. */
  axis?: number | null;
}

/**
 * NumPy's `repeat`: each element (or slice along `axis`) repeated `repeats` times; `repeats` is
 * one count or one count per element of the axis.
 *
 * @throws {ValueError} for negative counts; {@link ShapeError} when the counts do not match the axis.
 *
 * @example
 * ```ts
 * repeat([1, 2], 2).toArray();                          // [1, 1, 2, 2]
 * repeat([[1, 2], [3, 4]], [1, 2], { axis: 0 }).toArray(); // [[1, 2], [3, 4], [3, 4]]
 * ```
 */
export function repeat(a: ArrayInput, repeats: ArrayInput, axis?: number | null, options?: RepeatOptions): NDArray;
export function repeat(a: ArrayInput, repeats: ArrayInput, options?: RepeatOptions): NDArray;
export function repeat(a: ArrayInput, repeats: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseRepeat(rest, 'repeat');
  let x = asarray(a);
  let axis: number;
  if (options.axis === undefined || options.axis === null) {
    x = ravel(x);
    axis = 0;
  } else axis = normalizeAxis(options.axis, x.ndim, 'repeat');
  const rep = asarray(repeats);
  if (!isInteger(rep.dtype) && rep.dtype !== 'bool' && !(rep.size === 0 && rep.dtype === 'float64')) {
    throw new DTypeError(`repeat: repeats must be integers, got ${rep.dtype}`);
  }
  if (rep.ndim > 1)
    throw new ShapeError(`repeat: repeats must be a number or 1-D, got shape [${rep.shape.join(', ')}]`);
  const n = x.shape[axis] as number;
  const counts = new Array<number>(n);
  const rc = copyInOrder(rep, 'C');
  const rn = rc.size;
  if (rn !== 1 && rn !== n) {
    throw new ShapeError(`repeat: operands could not be broadcast together with shapes [${n}] [${rn}]`);
  }
  for (let i = 0; i < n; i++) {
    const v = Number(rc.data[rn === 1 ? 0 : i] as number | bigint);
    if (v < 0) throw new ValueError('repeat: repeats may not contain negative values');
    counts[i] = v;
  }
  if (rn === 1 && Number(rc.data[0] as number | bigint) < 0)
    throw new ValueError('repeat: repeats may not contain negative values');
  const total = counts.reduce((p, q) => p + q, 0);
  const shape = [...x.shape];
  shape[axis] = total;
  const out = emptyArray(x.dtype, shape);
  if (out.size === 0) return out;
  const c = isCContiguous(x.shape, x.strides) ? x : copyInOrder(x, 'C');
  const lanes = out.data.length / out.size;
  const outer = shapeSize(x.shape.slice(0, axis));
  const chunk = shapeSize(x.shape.slice(axis + 1)) * lanes;
  copyRepeated(c.data, c.offset * lanes, out.data, outer, n, chunk, counts);
  return out;
}

function copyRepeated(
  src: TypedArray,
  base: number,
  dst: TypedArray,
  outer: number,
  n: number,
  chunk: number,
  counts: readonly number[],
): void {
  const s = src as Float64Array;
  const d = dst as Float64Array;
  let pos = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < n; i++) {
      const at = base + (o * n + i) * chunk;
      const times = counts[i] as number;
      if (chunk === 1) {
        const v = s[at] as number;
        for (let t = 0; t < times; t++) d[pos++] = v;
      } else {
        const block = s.subarray(at, at + chunk);
        for (let t = 0; t < times; t++, pos += chunk) d.set(block, pos);
      }
    }
  }
}
