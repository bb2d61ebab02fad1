/** `nonzero`, `argwhere`, `flatnonzero`, `compress`, `extract`: positions of true elements. */
import { type TypedArray, cStrides } from '@stride/protocol';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isBigInt, isComplex } from '../core/dtype.js';
import { forEach1, normalizeAxis } from '../core/iter.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { flatC } from './views.js';
import { take } from './take.js';
import { is, noExtra, signature } from '../core/args.js';

const parseCompress = signature<CompressOptions>('compress', ['axis'], { axis: is.nullable(is.axisInt) } as never);

/**
 * C-order flat positions of the truthy elements of `a` (nonzero numbers, NaN included; complex
 * with either part nonzero).
 *
 * @example
 * ```ts
 * truthyPositions(array([0, 2, 0, NaN])); // Int32Array [1, 3]
 * ```
 */
export function truthyPositions(a: NDArray): Int32Array {
  const d = a.data;
  const cplx = isComplex(a.dtype);
  const big = isBigInt(a.dtype);
  let count = 0;
  forEach1(a.shape, a.strides, a.offset, (n, i, s) => {
    count += countRun(d, n, i, s, cplx, big);
  });
  const out = new Int32Array(count);
  let c = 0;
  let flat = 0;
  forEach1(a.shape, a.strides, a.offset, (n, i, s) => {
    if (cplx) {
      for (let k = 0; k < n; k++, i += s) if (d[2 * i] !== 0 || d[2 * i + 1] !== 0) out[c++] = flat + k;
    } else if (big) {
      for (let k = 0; k < n; k++, i += s) if (d[i] !== 0n) out[c++] = flat + k;
    } else {
      for (let k = 0; k < n; k++, i += s) if (d[i] !== 0) out[c++] = flat + k;
    }
    flat += n;
  });
  return out;
}

function countRun(d: TypedArray, n: number, i: number, s: number, cplx: boolean, big: boolean): number {
  let c = 0;
  if (cplx) for (let k = 0; k < n; k++, i += s) c += d[2 * i] !== 0 || d[2 * i + 1] !== 0 ? 1 : 0;
  else if (big) for (let k = 0; k < n; k++, i += s) c += d[i] !== 0n ? 1 : 0;
  else for (let k = 0; k < n; k++, i += s) c += d[i] !== 0 ? 1 : 0;
  return c;
}

function int1d(data: Int32Array): NDArray {
  return new NDArray(DEFAULT_INT, data, [data.length]);
}

/**
 * NumPy's `nonzero`: one int32 index array per axis, listing the positions of the truthy
 * elements in C order.
 *
 * @param a - Input array (at least 1-D).
 * @returns `a.ndim` int32 arrays of equal length.
 * @throws {ValueError} for a 0-d array (as NumPy 2).
 *
 * @example
 * ```ts
 * nonzero([[1, 0], [0, 2]]).map((i) => i.toArray()); // [[0, 1], [0, 1]]
 * ```
 */
export function nonzero(a: ArrayInput): NDArray[];
export function nonzero(a: ArrayInput, ...rest: unknown[]): NDArray[] {
  noExtra(rest, 'nonzero');
  const x = asarray(a);
  if (x.ndim === 0) {
    throw new ValueError('nonzero: calling nonzero on 0d arrays is not allowed; use nonzero(atleast1d(x)) instead');
  }
  const pos = truthyPositions(x);
  if (x.ndim === 1) return [int1d(pos)];
  const nd = x.ndim;
  const out = Array.from({ length: nd }, () => new Int32Array(pos.length));
  const cs = cStrides(x.shape);
  for (let i = 0; i < pos.length; i++) {
    let k = pos[i] as number;
    for (let ax = 0; ax < nd; ax++) {
      const st = cs[ax] as number;
      const q = Math.floor(k / st);
      (out[ax] as Int32Array)[i] = q;
      k -= q * st;
    }
  }
  return out.map(int1d);
}

/**
 * NumPy's `argwhere`: the indices of truthy elements as rows of an `(N, a.ndim)` int32 array.
 *
 * @example
 * ```ts
 * argwhere([[1, 0], [0, 2]]).toArray(); // [[0, 0], [1, 1]]
 * ```
 */
export function argwhere(a: ArrayInput): NDArray;
export function argwhere(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'argwhere');
  const x = asarray(a);
  if (x.ndim === 0) return emptyArray(DEFAULT_INT, [truthyPositions(x).length, 0]);
  const cols = nonzero(x);
  const n = cols[0]?.size ?? 0;
  const nd = x.ndim;
  const out = new Int32Array(n * nd);
  cols.forEach((c, ax) => {
    const d = c.data as Int32Array;
    for (let i = 0; i < n; i++) out[i * nd + ax] = d[i] as number;
  });
  return new NDArray(DEFAULT_INT, out, [n, nd]);
}

/**
 * NumPy's `flatnonzero`: C-order flat positions of the truthy elements (int32).
 *
 * @example
 * ```ts
 * flatnonzero([[0, 3], [4, 0]]).toArray(); // [1, 2]
 * ```
 */
export function flatnonzero(a: ArrayInput): NDArray;
export function flatnonzero(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'flatnonzero');
  return int1d(truthyPositions(asarray(a)));
}

/** Options of {@link compress}. */
export interface CompressOptions {
  /** Axis to select along; `null`/omitted works on the flattened array. */
  axis?: number | null;
}

/**
 * NumPy's `compress`: the slices of `a` along `axis` where the 1-D `condition` is truthy.
 * A condition shorter than the axis selects among the first entries only.
 *
 * @throws {ValueError} when `condition` is not 1-D.
 * @throws {IndexError} when `condition` selects past the end of the axis.
 *
 * @example
 * ```ts
 * compress([false, true, true], [[1, 2], [3, 4], [5, 6]], { axis: 0 }).toArray(); // [[3, 4], [5, 6]]
 * ```
 */
export function compress(
  condition: ArrayInput,
  a: ArrayInput,
  axis?: number | null,
  options?: CompressOptions,
): NDArray;
export function compress(condition: ArrayInput, a: ArrayInput, options?: CompressOptions): NDArray;
export function compress(condition: ArrayInput, a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseCompress(rest, 'compress') as CompressOptions;
  const c = asarray(condition);
  if (c.ndim !== 1) throw new ValueError(`compress: condition must be a 1-d array, got shape [${c.shape.join(', ')}]`);
  const x = asarray(a);
  const axis = options.axis ?? null;
  if (axis !== null) normalizeAxis(axis, x.ndim, 'compress');
  return take(x, int1d(truthyPositions(c)), { axis });
}

/**
 * NumPy's `extract`: the elements of `arr` (flattened) where the flattened `condition` is truthy.
 *
 * @example
 * ```ts
 * extract([[true, false], [false, true]], [[1, 2], [3, 4]]).toArray(); // [1, 4]
 * ```
 */
export function extract(condition: ArrayInput, arr: ArrayInput): NDArray;
export function extract(condition: ArrayInput, arr: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'extract');
  return take(flatC(asarray(arr)), int1d(truthyPositions(asarray(condition))));
}
