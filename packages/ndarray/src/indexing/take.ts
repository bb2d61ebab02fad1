/** `take` and `put`: gathering/scattering along one axis or through flat indices. */
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { isInteger } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { DTypeError, IndexError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { flatC } from './views.js';
import { gatherFancy } from './fancy.js';
import { type IndexMode, indexOffsets, lanesOf } from './kernels.js';
import { isJsValue, valueArray } from './value.js';
import { is, signature } from '../core/args.js';

const parsePut = signature<PutOptions>('put', ['mode'], { mode: is.string } as never);

const parseTake = signature<TakeOptions>('take', ['axis'], {
  axis: is.nullable(is.axisInt),
  mode: is.string,
} as never);

/** Options of {@link take}. */
export interface TakeOptions {
  /** The axis to take along; `null`/omitted takes from the flattened array. */
  axis?: number | null;
  /** Out-of-range indices: `'raise'` (default), `'wrap'` or `'clip'`. */
  mode?: IndexMode;
}

/**
 * Converts an index argument to an integer NDArray (JS numbers only if whole).
 *
 * @example
 * ```ts
 * indexArray([1, 2], 'take').dtype; // 'int32'
 * ```
 */
export function indexArray(indices: ArrayInput, op: string): NDArray {
  let ind = asarray(indices);
  const fromJs = isJsValue(indices);
  // An empty JS list is an empty integer index, as in NumPy.
  if (fromJs && ind.size === 0 && ind.dtype === 'float64') {
    ind = emptyArray('int32', ind.shape);
  }
  if (ind.dtype === 'bool' || !isInteger(ind.dtype)) {
    throw new DTypeError(`${op}: indices must be integers, got ${ind.dtype}`);
  }
  return ind;
}

/**
 * Checks a `mode` option.
 *
 * @example
 * ```ts
 * checkMode(undefined, 'take'); // 'raise'
 * ```
 */
export function checkMode(mode: unknown, op: string): IndexMode {
  if (mode === undefined) return 'raise';
  if (mode !== 'raise' && mode !== 'wrap' && mode !== 'clip') {
    throw new ValueError(`${op}: mode must be 'raise', 'wrap' or 'clip', got ${String(mode)}`);
  }
  return mode;
}

/**
 * NumPy's `take`: elements of `a` at `indices` along `axis` (the flattened array when `axis` is
 * omitted). The result's shape is `a.shape[:axis] + indices.shape + a.shape[axis+1:]`.
 *
 * @param a - Source array.
 * @param indices - Integer indices (negative count from the end in `'raise'` mode).
 * @param options - `axis` and `mode` (`'raise'` | `'wrap'` | `'clip'`).
 * @returns A new array.
 * @throws {IndexError} for an out-of-range index in `'raise'` mode, or a non-empty take from an empty axis.
 *
 * @example
 * ```ts
 * take([4, 3, 5, 7], [0, -1]).toArray();                       // [4, 7]
 * take([[1, 2], [3, 4]], [1], { axis: 1 }).toArray();          // [[2], [4]]
 * take([1, 2, 3], [5, -5], { mode: 'clip' }).toArray();        // [3, 1]
 * ```
 */
export function take(a: ArrayInput, indices: ArrayInput, axis?: number | null, options?: TakeOptions): NDArray;
export function take(a: ArrayInput, indices: ArrayInput, options?: TakeOptions): NDArray;
export function take(a: ArrayInput, indices: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseTake(rest, 'take') as TakeOptions;
  const mode = checkMode(options.mode, 'take');
  let x = asarray(a);
  const ind = indexArray(indices, 'take');
  let axis: number;
  if (options.axis === undefined || options.axis === null) {
    x = flatC(x);
    axis = 0;
  } else axis = normalizeAxis(options.axis, x.ndim, 'take');
  const n = x.shape[axis] as number;
  if (n === 0 && ind.size > 0) throw new IndexError('take: cannot do a non-empty take from an empty axis');
  const lanes = lanesOf(x.dtype);
  const part = indexOffsets(ind, n, (x.strides[axis] as number) * lanes, mode, axis);
  return gatherFancy({ view: x, advAxes: [axis], bshape: ind.shape, insertAt: axis, offs: part.offs });
}

/** Options of {@link put}. */
export interface PutOptions {
  /** Out-of-range indices: `'raise'` (default), `'wrap'` or `'clip'`. */
  mode?: IndexMode;
}

/**
 * NumPy's `put`: `a.flat[ind[i]] = v[i % v.size]` in place (C order over `a`). All indices are
 * checked before anything is written.
 *
 * @param a - The array written in place.
 * @param ind - Flat integer indices.
 * @param v - Values, repeated cyclically when shorter than `ind`.
 * @param options - `mode` (`'raise'` | `'wrap'` | `'clip'`).
 * @returns `a` as an NDArray.
 * @throws {IndexError} for an out-of-range index in `'raise'` mode.
 * @throws {ValueError} when `a` is read-only.
 *
 * @example
 * ```ts
 * const a = arange(5);
 * put(a, [0, 2], [-44, -55]);
 * a.toArray(); // [-44, 1, -55, 3, 4]
 * ```
 */
export function put(a: ArrayInput, ind: ArrayInput, v: ArrayInput, mode?: IndexMode, options?: PutOptions): NDArray;
export function put(a: ArrayInput, ind: ArrayInput, v: ArrayInput, options?: PutOptions): NDArray;
export function put(a: ArrayInput, ind: ArrayInput, v: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parsePut(rest, 'put') as PutOptions;
  const mode = checkMode(options.mode, 'put');
  const x = asarray(a);
  x.assertWritable('put');
  const idx = indexArray(ind, 'put');
  const vals = valueArray(v, x.dtype, 'put');
  const size = x.size;
  if (idx.size === 0 || vals.size === 0) return x;
  if (size === 0) throw new IndexError('put: cannot replace in an empty array');
  const pos = indexOffsets(idx, size, 1, mode, 0).offs;
  const vflat = flatC(vals);
  const lanes = lanesOf(x.dtype);
  const d = x.data as Float64Array;
  const s = vflat.data as Float64Array;
  const nv = vflat.size;
  const vs = (vflat.strides[0] as number) * lanes;
  const v0 = vflat.offset * lanes;
  const nd = x.ndim;
  const shape = x.shape;
  const strides = x.strides;
  for (let i = 0; i < pos.length; i++) {
    // Unravel the flat C-order position into a storage index.
    let k = pos[i] as number;
    let off = x.offset;
    for (let ax = nd - 1; ax >= 0; ax--) {
      const m = shape[ax] as number;
      const q = k % m;
      off += q * (strides[ax] as number);
      k = (k - q) / m;
    }
    const src = v0 + (i % nv) * vs;
    if (lanes === 1) d[off] = s[src] as number;
    else {
      d[2 * off] = s[src] as number;
      d[2 * off + 1] = s[src + 1] as number;
    }
  }
  return x;
}
