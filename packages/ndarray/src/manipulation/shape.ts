/** Reshaping: `reshape` (a view whenever NumPy gives one), `ravel`, `flatten`, `resize`, contiguity. */
import { type DType, cStrides, fStrides, isCContiguous, isFContiguous, shapeSize } from '@stride/protocol';
import { type ArrayInput, allocate, asarray, assign, emptyArray } from '../core/convert.js';
import { ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { checkShapeArg, parseDType, parseOrder, parseReshape } from './args.js';
import { noExtra } from '../core/args.js';

/** Memory order of a reshape/ravel: C (row-major), F (column-major), A (F if the array is F-contiguous, else C). */
export type Order = 'C' | 'F' | 'A';

/** Options of {@link reshape}. */
export interface ReshapeOptions {
  /** Read and place elements in this index order (default `'C'`). */
  order?: Order;
  /** `true`: always copy; `false`: never (error if a copy is needed); omitted: copy only if needed. */
  copy?: boolean;
}

/**
 * Normalises the varargs-or-array argument of NDArray methods: `a.reshape(2, 3)` and
 * `a.reshape([2, 3])` both give `[2, 3]`; no arguments give `[]`.
 *
 * @throws {ValueError} when numbers and arrays are mixed.
 *
 * @example
 * ```ts
 * shapeArgs([2, 3]);   // [2, 3]
 * shapeArgs([[2, 3]]); // [2, 3]
 * ```
 */
export function shapeArgs(args: readonly (number | readonly number[])[], op = 'reshape'): number[] {
  if (args.length === 1 && typeof args[0] !== 'number') return [...(args[0] as readonly number[])];
  const out: number[] = [];
  for (const v of args) {
    if (typeof v !== 'number') {
      throw new ValueError(`${op}: pass the shape either as numbers (2, 3) or as one array ([2, 3]), not both`);
    }
    out.push(v);
  }
  return out;
}

/**
 * Resolves a requested shape (one negative entry is inferred) against a size.
 *
 * @example
 * ```ts
 * resolveShape([2, -1], 6); // [2, 3]
 * ```
 */
export function resolveShape(shape: number | readonly number[], size: number, op = 'reshape'): number[] {
  const s = typeof shape === 'number' ? [shape] : [...shape];
  let unknown = -1;
  let known = 1;
  for (let i = 0; i < s.length; i++) {
    const d = s[i] as number;
    if (!Number.isSafeInteger(d)) throw new ValueError(`${op}: shape entries must be integers, got [${s.join(', ')}]`);
    if (d < 0) {
      if (unknown >= 0) throw new ValueError(`${op}: can only specify one unknown dimension, got [${s.join(', ')}]`);
      unknown = i;
    } else known *= d;
  }
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw cannotReshape(op, size, s);
    s[unknown] = size / known;
  } else if (known !== size) throw cannotReshape(op, size, s);
  return s;
}

function cannotReshape(op: string, size: number, s: readonly number[]): ShapeError {
  return new ShapeError(`${op}: cannot reshape array of size ${size} into shape [${s.join(', ')}]`);
}

/**
 * Strides that present the elements of a strided layout, read in `order`, as `newShape`
 * without moving data; `null` when that is impossible and a copy is needed. The contract of
 * NumPy's no-copy reshape: ignoring length-1 axes, the old and new shapes are split into the
 * shortest groups with equal products; a group of old axes may be reinterpreted only if its
 * axes step through memory as one (each stride is the next one times the next length, in the
 * reading order).
 *
 * @example
 * ```ts
 * reshapeStrides([4], [2], [2, 2]);       // [4, 2]: a strided vector splits without a copy
 * reshapeStrides([3, 2], [4, 1], [6]);    // null: the rows are not evenly spaced
 * ```
 */
export function reshapeStrides(
  shape: readonly number[],
  strides: readonly number[],
  newShape: readonly number[],
  order: 'C' | 'F' = 'C',
): number[] | null {
  const nd = newShape.length;
  if (shapeSize(shape) === 0) return order === 'C' ? cStrides(newShape) : fStrides(newShape);
  const od: number[] = [];
  const os: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      od.push(shape[i] as number);
      os.push(strides[i] as number);
    }
  }
  const out = new Array<number>(nd).fill(0);
  let oi = 0;
  let ni = 0;
  while (ni < nd && oi < od.length) {
    // Grow [ni, nj) and [oi, oj) until both groups hold the same number of elements.
    let nj = ni + 1;
    let oj = oi + 1;
    let np = newShape[ni] as number;
    let op = od[oi] as number;
    while (np !== op) {
      if (np < op) np *= newShape[nj++] as number;
      else op *= od[oj++] as number;
    }
    for (let k = oi; k < oj - 1; k++) {
      const chained =
        order === 'C'
          ? os[k] === (od[k + 1] as number) * (os[k + 1] as number)
          : os[k + 1] === (od[k] as number) * (os[k] as number);
      if (!chained) return null;
    }
    if (order === 'C') {
      out[nj - 1] = os[oj - 1] as number;
      for (let k = nj - 1; k > ni; k--) out[k - 1] = (out[k] as number) * (newShape[k] as number);
    } else {
      out[ni] = os[oi] as number;
      for (let k = ni + 1; k < nj; k++) out[k] = (out[k - 1] as number) * (newShape[k - 1] as number);
    }
    ni = nj;
    oi = oj;
  }
  // Trailing length-1 axes of the new shape: any stride works; use the next outer step.
  const last = ni > 0 ? (out[ni - 1] as number) * (newShape[ni - 1] as number) : 1;
  for (let k = ni; k < nd; k++) out[k] = last;
  return out;
}

function resolveOrder(x: NDArray, order: Order | undefined, op: string): 'C' | 'F' {
  const o = order ?? 'C';
  if (o === 'C' || o === 'F') return o;
  if (o === 'A') return isFContiguous(x.shape, x.strides) && !isCContiguous(x.shape, x.strides) ? 'F' : 'C';
  throw new ValueError(`${op}: order must be 'C', 'F' or 'A', got ${String(order)}`);
}

/**
 * A fresh array holding `x`'s elements laid out in `order` with shape `x.shape`.
 *
 * @example
 * ```ts
 * copyInOrder(transpose(ones([2, 3])), 'C').flags.cContiguous; // true
 * ```
 */
export function copyInOrder(x: NDArray, order: 'C' | 'F', dtype: DType = x.dtype): NDArray {
  if (order === 'C') {
    const c = emptyArray(dtype, x.shape);
    assign(c, x);
    return c;
  }
  const f = new NDArray(dtype, allocate(dtype, x.size), x.shape, fStrides(x.shape));
  assign(f, x);
  return f;
}

/**
 * NumPy's `reshape`: the same elements with a new shape (one entry may be -1 to infer it). The
 * result is a view whenever NumPy's is: always for contiguous input, and for strided input
 * exactly when the axes being merged or split step through memory uniformly; otherwise a copy.
 *
 * @param a - Input array.
 * @param shape - New shape (a number for 1-D); one negative entry is inferred.
 * @param options - `order` (`'C'`, `'F'`, `'A'`) and `copy` (`true`/`false`/omitted).
 * @returns A view or, when needed, a new array.
 * @throws {ShapeError} when the sizes differ: `reshape: cannot reshape array of size 6 into shape [4, 2]`.
 * @throws {ValueError} for two unknown dimensions, or `copy: false` when a copy is needed.
 *
 * @example
 * ```ts
 * reshape(arange(6), [2, -1]).toArray();              // [[0, 1, 2], [3, 4, 5]]
 * reshape(arange(6), [3, 2], { order: 'F' }).toArray(); // [[0, 3], [1, 4], [2, 5]]
 * ```
 */
export function reshape(
  a: ArrayInput,
  shape: number | readonly number[],
  order?: 'C' | 'F' | 'A',
  options?: ReshapeOptions,
): NDArray;
export function reshape(a: ArrayInput, shape: number | readonly number[], options?: ReshapeOptions): NDArray;
export function reshape(a: ArrayInput, shape: number | readonly number[], ...rest: unknown[]): NDArray {
  const options = parseReshape(rest, 'reshape') as ReshapeOptions;
  checkShapeArg(shape, 'reshape', 'shape');
  const x = asarray(a);
  const newShape = resolveShape(shape, x.size);
  const order = resolveOrder(x, options.order, 'reshape');
  if (options.copy !== true) {
    let strides: number[] | null;
    if (order === 'C' && isCContiguous(x.shape, x.strides)) strides = cStrides(newShape);
    else if (order === 'F' && isFContiguous(x.shape, x.strides)) strides = fStrides(newShape);
    else strides = reshapeStrides(x.shape, x.strides, newShape, order);
    if (strides !== null) return x.view(newShape, strides, x.size === 0 ? 0 : x.offset);
    if (options.copy === false) throw new ValueError('reshape: unable to avoid creating a copy while reshaping');
  }
  const c = copyInOrder(x, order);
  return new NDArray(c.dtype, c.data, newShape, order === 'C' ? cStrides(newShape) : fStrides(newShape));
}

/** Memory order of `ravel`/`flatten`: adds `'K'` (the order elements lie in memory). */
export type RavelOrder = Order | 'K';

/**
 * The axis order (outermost first) NumPy's `'K'` reads in: by decreasing |stride|, ties keeping
 * C order; a zero stride (a broadcast axis) compares with nothing, so it stays where the
 * insertion order leaves it, as NumPy's iterator does.
 */
function keepOrderAxes(x: NDArray): number[] {
  // Insertion sort from the innermost axis outwards by increasing |stride|.
  const r: number[] = [];
  for (let ax = x.ndim - 1; ax >= 0; ax--) r.push(ax);
  for (let i0 = 1; i0 < r.length; i0++) {
    const j0 = r[i0] as number;
    const s0 = Math.abs(x.strides[j0] as number);
    let pos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const s1 = Math.abs(x.strides[r[i1] as number] as number);
      if (s0 === 0 || s1 === 0) continue;
      if (s1 <= s0) break;
      pos = i1;
    }
    if (pos !== i0) {
      r.splice(i0, 1);
      r.splice(pos, 0, j0);
    }
  }
  return r.reverse();
}

function permuted(x: NDArray, axes: readonly number[]): NDArray {
  return x.view(
    axes.map((i) => x.shape[i] as number),
    axes.map((i) => x.strides[i] as number),
    x.offset,
  );
}

/**
 * NumPy's `ravel`: the elements as a 1-D array, a view when the array is contiguous in the
 * requested order (for `'K'`: contiguous with positive strides in some axis order), else a copy.
 *
 * @param a - Input array.
 * @param order - `'C'` (default), `'F'`, `'A'` or `'K'`.
 * @returns A 1-D view or copy.
 *
 * @example
 * ```ts
 * ravel([[1, 2], [3, 4]]).toArray();      // [1, 2, 3, 4]
 * ravel([[1, 2], [3, 4]], 'F').toArray(); // [1, 3, 2, 4]
 * ```
 */
export function ravel(a: ArrayInput, order?: RavelOrder, options?: { order?: RavelOrder }): NDArray;
export function ravel(a: ArrayInput, options?: { order?: RavelOrder }): NDArray;
export function ravel(a: ArrayInput, ...rest: unknown[]): NDArray {
  const order: RavelOrder = parseOrder(rest, 'ravel').order ?? 'C';
  const x = asarray(a);
  const n = x.size;
  if (order === 'K') {
    const axes = keepOrderAxes(x);
    const p = permuted(x, axes);
    let expect = 1;
    let ok = true;
    for (let i = p.ndim - 1; i >= 0; i--) {
      const d = p.shape[i] as number;
      if (d === 1) continue;
      if (p.strides[i] !== expect) ok = false;
      expect *= d;
    }
    if (ok || n === 0) return x.view([n], [1], n === 0 ? 0 : x.offset);
    return flatView(copyInOrder(p, 'C'));
  }
  const o = resolveOrder(x, order, 'ravel');
  if (o === 'C' ? isCContiguous(x.shape, x.strides) : isFContiguous(x.shape, x.strides)) {
    return x.view([n], [1], n === 0 ? 0 : x.offset);
  }
  return flatView(copyInOrder(x, o));
}

function flatView(c: NDArray): NDArray {
  // A fresh copy laid out in the wanted order: its storage is the flat result.
  return new NDArray(c.dtype, c.data, [c.size]);
}

/**
 * NumPy's `flatten`: always a new 1-D array.
 *
 * @example
 * ```ts
 * flatten([[1, 2], [3, 4]]).toArray(); // [1, 2, 3, 4]
 * ```
 */
export function flatten(a: ArrayInput, order?: RavelOrder, options?: { order?: RavelOrder }): NDArray;
export function flatten(a: ArrayInput, options?: { order?: RavelOrder }): NDArray;
export function flatten(a: ArrayInput, ...rest: unknown[]): NDArray {
  const order: RavelOrder = parseOrder(rest, 'flatten').order ?? 'C';
  const x = asarray(a);
  if (order === 'K') return flatView(copyInOrder(permuted(x, keepOrderAxes(x)), 'C'));
  return flatView(copyInOrder(x, resolveOrder(x, order, 'flatten')));
}

/**
 * NumPy's `ascontiguousarray`: `a` itself when C-contiguous, else a C-contiguous copy; 0-d
 * input becomes 1-D (as NumPy).
 *
 * @example
 * ```ts
 * ascontiguousarray(transpose(ones([2, 3]))).flags.cContiguous; // true
 * ```
 */
export function ascontiguousarray(a: ArrayInput, dtype?: DType | null, options?: { dtype?: DType | null }): NDArray;
export function ascontiguousarray(a: ArrayInput, options?: { dtype?: DType | null }): NDArray;
export function ascontiguousarray(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseDType(rest, 'ascontiguousarray');
  let x = asarray(a);
  if (x.ndim === 0) x = x.view([1], [0], x.offset);
  const dtype = options.dtype ?? x.dtype;
  if (dtype === x.dtype && isCContiguous(x.shape, x.strides)) return x;
  return copyInOrder(x, 'C', dtype);
}

/**
 * NumPy's `asfortranarray`: `a` itself when Fortran-contiguous, else a Fortran-ordered copy; 0-d
 * input becomes 1-D.
 *
 * @example
 * ```ts
 * asfortranarray(ones([2, 3])).flags.fContiguous; // true
 * ```
 */
export function asfortranarray(a: ArrayInput, dtype?: DType | null, options?: { dtype?: DType | null }): NDArray;
export function asfortranarray(a: ArrayInput, options?: { dtype?: DType | null }): NDArray;
export function asfortranarray(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseDType(rest, 'asfortranarray');
  let x = asarray(a);
  if (x.ndim === 0) x = x.view([1], [0], x.offset);
  const dtype = options.dtype ?? x.dtype;
  if (dtype === x.dtype && isFContiguous(x.shape, x.strides)) return x;
  return copyInOrder(x, 'F', dtype);
}

/**
 * NumPy's `resize` (the function): a new array of `shape` filled with `a`'s elements in C order,
 * repeated cyclically as needed (zeros when `a` is empty).
 *
 * @example
 * ```ts
 * resize([1, 2, 3], [2, 4]).toArray(); // [[1, 2, 3, 1], [2, 3, 1, 2]]
 * ```
 */
export function resize(a: ArrayInput, shape: number | readonly number[]): NDArray;
export function resize(a: ArrayInput, shape: number | readonly number[], ...rest: unknown[]): NDArray {
  noExtra(rest, 'resize');
  checkShapeArg(shape, 'resize', 'newShape');
  const x = asarray(a);
  const s = typeof shape === 'number' ? [shape] : [...shape];
  for (const d of s) {
    if (!Number.isSafeInteger(d) || d < 0)
      throw new ValueError(`resize: all elements of new shape must be non-negative, got [${s.join(', ')}]`);
  }
  const out = emptyArray(x.dtype, s);
  const total = out.size;
  const n = x.size;
  if (n === 0 || total === 0) return out;
  const src = ravel(x);
  const lanes = out.data.length / Math.max(total, 1);
  const chunk = copyInOrder(src, 'C').data as Float64Array;
  const d = out.data as Float64Array;
  for (let k = 0; k < total; k += n) d.set(chunk.subarray(0, Math.min(n, total - k) * lanes), k * lanes);
  return out;
}
