/** Editing along an axis: insert and delete (new arrays), and copyto (in place). */
import { type ArrayInput, asarray, assign, copy, emptyArray, isScalar, mayOverlap } from '../core/convert.js';
import { type Casting, canCast, isInteger, kindOf } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { DTypeError, IndexError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { set } from '../indexing/set.js';
import { resolveSlice, sliceOf } from '../indexing/slice.js';
import { take } from '../indexing/take.js';
import { isJsValue, valueArray } from '../indexing/value.js';
import { chooseWhereFalse } from '../indexing/where.js';
import { moveaxis } from './axes.js';
import { ravel } from './shape.js';
import { parseAxisOrNone, parseCopyto } from './args.js';
import { argumentError } from '../core/args.js';

/** Which positions along an axis: an integer, a slice string, integer indices or a boolean mask (delete). */
export type AxisPositions = number | string | ArrayInput;

function indexList(obj: AxisPositions, n: number, op: string): { list: number[]; scalar: boolean; mask: boolean } {
  if (typeof obj === 'string') {
    const r = resolveSlice(sliceOf(obj, op), n);
    return { list: Array.from({ length: r.length }, (_, i) => r.start + i * r.step), scalar: false, mask: false };
  }
  if (typeof obj === 'number') {
    if (!Number.isSafeInteger(obj)) throw new IndexError(`${op}: index must be an integer, got ${obj}`);
    return { list: [obj], scalar: true, mask: false };
  }
  const fromJs = isJsValue(obj);
  const x = asarray(obj);
  if (x.dtype === 'bool') {
    const flat = ravel(x);
    const list: number[] = [];
    for (let i = 0; i < flat.size; i++) list.push(flat.get(i) ? 1 : 0);
    return { list, scalar: false, mask: true };
  }
  if (!isInteger(x.dtype) && !(fromJs && x.size === 0))
    throw new IndexError(`${op}: index arrays must be integers, got ${x.dtype}`);
  if (x.ndim > 1) throw new ValueError(`${op}: index array argument obj must be one dimensional or scalar`);
  const list: number[] = [];
  const flat = ravel(x);
  for (let i = 0; i < flat.size; i++) list.push(Number(flat.get(i) as number | bigint));
  return { list, scalar: x.ndim === 0, mask: false };
}

/**
 * NumPy's `delete`: a new array without the given positions along `axis` (the flattened array
 * when omitted). `obj` is an integer, a slice string, integer indices (negative count from the
 * end; repeats allowed) or a boolean mask of the axis length.
 *
 * Exported as `delete` (a reserved word as a binding, so the implementation is named `del`).
 *
 * @throws {IndexError} for an out-of-range index; {@link ValueError} for a mask of the wrong length.
 *
 * @example
 * ```ts
 * del([1, 2, 3, 4], 1).toArray();                        // [1, 3, 4]
 * del([[1, 2], [3, 4]], 0, { axis: 1 }).toArray();       // [[2], [4]]
 * ```
 */
export function del(
  arr: ArrayInput,
  obj: AxisPositions,
  axis?: number | null,
  options?: { axis?: number | null },
): NDArray;
export function del(arr: ArrayInput, obj: AxisPositions, options?: { axis?: number | null }): NDArray;
export function del(arr: ArrayInput, obj: AxisPositions, ...rest: unknown[]): NDArray {
  const options = parseAxisOrNone(rest, 'delete');
  let x = asarray(arr);
  let axis: number;
  if (options.axis === undefined || options.axis === null) {
    x = ravel(x);
    axis = 0;
  } else axis = normalizeAxis(options.axis, x.ndim, 'delete');
  const n = x.shape[axis] as number;
  const { list, mask } = indexList(obj, n, 'delete');
  const keep = new Uint8Array(n).fill(1);
  if (mask) {
    if (list.length !== n) {
      throw new ValueError(
        `delete: boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`,
      );
    }
    list.forEach((v, i) => {
      if (v) keep[i] = 0;
    });
  } else {
    for (const i of list) {
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
      keep[i < 0 ? i + n : i] = 0;
    }
  }
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) idx.push(i);
  return take(x, asarray(idx, { dtype: 'int32' }), { axis });
}

/**
 * NumPy's `insert`: a new array with `values` inserted before the given positions along `axis`
 * (the flattened array when omitted). A single integer inserts `values` as one block; several
 * positions insert one value (slice) each, in the order given.
 *
 * @throws {IndexError} for a position outside `[-n, n]`.
 *
 * @example
 * ```ts
 * insert([1, 2, 3], 1, [7, 8]).toArray();                 // [1, 7, 8, 2, 3]
 * insert([[0, 1], [2, 3]], 1, 9, { axis: 1 }).toArray();  // [[0, 9, 1], [2, 9, 3]]
 * ```
 */
export function insert(
  arr: ArrayInput,
  obj: AxisPositions,
  values: ArrayInput,
  axis?: number | null,
  options?: { axis?: number | null },
): NDArray;
export function insert(
  arr: ArrayInput,
  obj: AxisPositions,
  values: ArrayInput,
  options?: { axis?: number | null },
): NDArray;
export function insert(arr: ArrayInput, obj: AxisPositions, values: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseAxisOrNone(rest, 'insert');
  let x = asarray(arr);
  let axis: number;
  if (options.axis === undefined || options.axis === null) {
    x = ravel(x);
    axis = 0;
  } else axis = normalizeAxis(options.axis, x.ndim, 'insert');
  const n = x.shape[axis] as number;
  const { list, scalar, mask } = indexList(obj, n, 'insert');
  if (mask) throw new IndexError('insert: boolean index arrays are not supported as positions');
  const nd = x.ndim;
  if (list.length === 1) {
    let at = list[0] as number;
    if (at < -n || at > n) throw new IndexError(`index ${at} is out of bounds for axis ${axis} with size ${n}`);
    if (at < 0) at += n;
    let v = valueArray(values, x.dtype, 'insert');
    if (v.ndim < nd)
      v = v.view(
        [...new Array<number>(nd - v.ndim).fill(1), ...v.shape],
        [...new Array<number>(nd - v.ndim).fill(0), ...v.strides],
        v.offset,
      );
    if (scalar) v = moveaxis(v, 0, axis);
    const numnew = v.shape[axis] as number;
    const shape = [...x.shape];
    shape[axis] = n + numnew;
    const out = emptyArray(x.dtype, shape);
    const part = (start: number, len: number): NDArray => {
      const s = [...shape];
      s[axis] = len;
      return out.view(s, out.strides, len > 0 ? start * (out.strides[axis] as number) : 0);
    };
    const src = (start: number, len: number): NDArray => {
      const s = [...x.shape];
      s[axis] = len;
      return x.view(s, x.strides, len > 0 ? x.offset + start * (x.strides[axis] as number) : x.offset);
    };
    if (at > 0) assign(part(0, at), src(0, at));
    const block = part(at, numnew);
    if (block.size > 0) set(block, v, '...');
    if (n - at > 0) assign(part(at + numnew, n - at), src(at, n - at));
    return out;
  }
  const numnew = list.length;
  const norm = list.map((i) => {
    if (i < -n || i > n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
    return i < 0 ? i + n : i;
  });
  // Stable order of the positions; the k-th inserted value lands at its position + k.
  const order = norm.map((_, i) => i).sort((p, q) => (norm[p] as number) - (norm[q] as number) || p - q);
  const target = new Array<number>(numnew);
  order.forEach((i, k) => {
    target[i] = (norm[i] as number) + k;
  });
  const shape = [...x.shape];
  shape[axis] = n + numnew;
  const out = emptyArray(x.dtype, shape);
  const isNew = new Uint8Array(n + numnew);
  for (const t of target) isNew[t] = 1;
  const old: number[] = [];
  for (let i = 0; i < n + numnew; i++) if (!isNew[i]) old.push(i);
  const pre = new Array<string>(axis).fill(':');
  set(out, x, ...pre, asarray(old, { dtype: 'int32' }));
  if (numnew > 0) set(out, valueArray(values, x.dtype, 'insert'), ...pre, asarray(target, { dtype: 'int32' }));
  return out;
}

/** Options of {@link copyto}. */
export interface CopytoOptions {
  /** Casting rule between `src` and `dst` (default `'same_kind'`). */
  casting?: Casting;
  /** Write only where this (broadcast) mask is true. */
  where?: ArrayInput;
}

const WEAK_RANK = { bool: 0, int: 1, float: 2, complex: 3 } as const;
const KIND_RANK = { b: 0, u: 1, i: 1, f: 2, c: 3 } as const;

/**
 * NumPy's `copyto`: copies `src` (broadcast) into `dst` in place, checking the casting rule
 * (JS scalars are weak: `copyto(int32Array, 5)` is fine, `copyto(int32Array, 2.5)` is not).
 *
 * @throws {DTypeError} when the cast breaks the casting rule; {@link ShapeError} when `src` does not broadcast.
 *
 * @example
 * ```ts
 * const d = zeros([2, 2]);
 * copyto(d, [1, 2]);
 * d.toArray(); // [[1, 2], [1, 2]]
 * ```
 */
export function copyto(
  dst: NDArray,
  src: ArrayInput,
  casting?: Casting,
  where?: ArrayInput,
  options?: CopytoOptions,
): void;
export function copyto(dst: NDArray, src: ArrayInput, options?: CopytoOptions): void;
export function copyto(dst: NDArray, src: ArrayInput, ...rest: unknown[]): void {
  const options = parseCopyto(rest, 'copyto') as CopytoOptions;
  if (!(dst instanceof NDArray)) throw argumentError('copyto', 'dst', 'an NDArray', dst);
  dst.assertWritable('copyto');
  const casting = options.casting ?? 'same_kind';
  let s: NDArray;
  if (isScalar(src)) {
    const w =
      typeof src === 'boolean'
        ? 'bool'
        : typeof src === 'object'
          ? 'complex'
          : typeof src === 'bigint' || Number.isInteger(src)
            ? 'int'
            : 'float';
    if (casting !== 'unsafe' && WEAK_RANK[w] > KIND_RANK[kindOf(dst.dtype)]) {
      throw new DTypeError(`copyto: cannot cast a JS ${w} scalar to ${dst.dtype} according to the rule '${casting}'`);
    }
    s = valueArray(src, dst.dtype, 'copyto');
  } else {
    s = asarray(src);
    if (!canCast(s.dtype, dst.dtype, casting)) {
      throw new DTypeError(
        `copyto: cannot cast array data from ${s.dtype} to ${dst.dtype} according to the rule '${casting}'`,
      );
    }
  }
  if (options.where === undefined) {
    assign(dst, s);
    return;
  }
  let mask = asarray(options.where);
  checkBroadcast(dst.shape, s.shape, 'copyto');
  checkBroadcast(dst.shape, mask.shape, 'copyto');
  let v = s;
  if (v.dtype !== dst.dtype) {
    v = emptyArray(dst.dtype, s.shape);
    assign(v, s);
  } else if (mayOverlap(v, dst)) v = copy(v);
  if (mayOverlap(mask, dst)) mask = copy(mask);
  chooseWhereFalse(dst, mask, v, true);
}

function checkBroadcast(target: readonly number[], shape: readonly number[], op: string): void {
  const pad = target.length - shape.length;
  const ok = pad >= 0 && shape.every((d, i) => d === 1 || d === target[pad + i]);
  if (!ok) {
    throw new ShapeError(
      `${op}: could not broadcast input array from shape [${shape.join(', ')}] into shape [${target.join(', ')}]`,
    );
  }
}
