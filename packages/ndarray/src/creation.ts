/** Array creation: zeros, ones, full, arange, linspace, eye, diag, tri, meshgrid, ... */
import { DTYPES, type DType } from '@stride/protocol';
import { ShapeError, ValueError } from './errors.js';
import { NDArray, type Scalar, checkDType } from './ndarray.js';
import { type ArrayInput, type DTypeOptions, asarray, assign, emptyArray, writeScalar } from './core/convert.js';
import { DEFAULT_FLOAT, DEFAULT_INT, isBigInt, isComplex } from './core/dtype.js';

/** A shape: a single length or a list of axis lengths. */
export type ShapeInput = number | readonly number[];

/** Normalises a shape argument, rejecting negative and non-integer lengths. */
export function toShape(shape: ShapeInput, op: string): number[] {
  const s = typeof shape === 'number' ? [shape] : [...shape];
  for (const d of s) {
    if (!Number.isSafeInteger(d) || d < 0) {
      throw new ValueError(`${op}: negative or non-integer dimensions are not allowed, got shape [${s.join(', ')}]`);
    }
  }
  return s;
}

function dtypeOr(options: DTypeOptions, fallback: DType, op: string): DType {
  return options.dtype === undefined ? fallback : checkDType(options.dtype, op);
}

/**
 * A new array of the given shape; its contents are zero (JS memory is always initialised).
 *
 * @example
 * ```ts
 * empty([2, 2]).shape; // [2, 2]
 * ```
 */
export function empty(shape: ShapeInput, options: DTypeOptions = {}): NDArray {
  return emptyArray(dtypeOr(options, DEFAULT_FLOAT, 'empty'), toShape(shape, 'empty'));
}

/**
 * An array of zeros.
 *
 * @example
 * ```ts
 * zeros([2, 3]).toString(); // 'array([[0., 0., 0.],\n       [0., 0., 0.]])'
 * zeros(3, { dtype: 'int32' }).toArray(); // [0, 0, 0]
 * ```
 */
export function zeros(shape: ShapeInput, options: DTypeOptions = {}): NDArray {
  return emptyArray(dtypeOr(options, DEFAULT_FLOAT, 'zeros'), toShape(shape, 'zeros'));
}

/**
 * An array of ones.
 *
 * @example
 * ```ts
 * ones(3).toArray(); // [1, 1, 1]
 * ```
 */
export function ones(shape: ShapeInput, options: DTypeOptions = {}): NDArray {
  return full(shape, 1, { dtype: dtypeOr(options, DEFAULT_FLOAT, 'ones') });
}

function scalarDType(v: Scalar): DType {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'object') return 'complex128';
  return Number.isInteger(v) ? DEFAULT_INT : DEFAULT_FLOAT;
}

/**
 * An array filled with one value; the dtype follows the value unless given.
 *
 * @example
 * ```ts
 * full([2], 7).toArray();   // [7, 7]  (int32)
 * full([2], 0.5).dtype;     // 'float64'
 * ```
 */
export function full(shape: ShapeInput, fillValue: Scalar, options: DTypeOptions = {}): NDArray {
  const dtype = dtypeOr(options, scalarDType(fillValue), 'full');
  const a = emptyArray(dtype, toShape(shape, 'full'));
  fillWith(a, fillValue);
  return a;
}

/** Fills a C-contiguous fresh array with one scalar. */
function fillWith(a: NDArray, v: Scalar): void {
  const n = a.size;
  if (n === 0) return;
  writeScalar(a.dtype, a.data, 0, v);
  const data = a.data;
  if (isComplex(a.dtype)) {
    const re = data[0] as number;
    const im = data[1] as number;
    for (let i = 1; i < n; i++) {
      data[2 * i] = re;
      data[2 * i + 1] = im;
    }
  } else if (isBigInt(a.dtype)) (data as BigInt64Array).fill(data[0] as bigint);
  else (data as Float64Array).fill(data[0] as number);
}

/**
 * Zeros with the shape and dtype of another array.
 *
 * @example
 * ```ts
 * zerosLike(ones([2, 2], { dtype: 'int32' })).dtype; // 'int32'
 * ```
 */
export function zerosLike(a: ArrayInput, options: DTypeOptions = {}): NDArray {
  const x = asarray(a);
  return zeros(x.shape, { dtype: options.dtype ?? x.dtype });
}

/**
 * Ones with the shape and dtype of another array.
 *
 * @example
 * ```ts
 * onesLike([[1, 2]]).toArray(); // [[1, 1]]
 * ```
 */
export function onesLike(a: ArrayInput, options: DTypeOptions = {}): NDArray {
  const x = asarray(a);
  return ones(x.shape, { dtype: options.dtype ?? x.dtype });
}

/**
 * A new uninitialised (here: zeroed) array with the shape and dtype of another.
 *
 * @example
 * ```ts
 * emptyLike(zeros([3])).shape; // [3]
 * ```
 */
export function emptyLike(a: ArrayInput, options: DTypeOptions = {}): NDArray {
  return zerosLike(a, options);
}

/**
 * An array of one value with the shape and dtype of another.
 *
 * @example
 * ```ts
 * fullLike(zeros([2], { dtype: 'int32' }), 2.7).toArray(); // [2, 2]
 * ```
 */
export function fullLike(a: ArrayInput, fillValue: Scalar, options: DTypeOptions = {}): NDArray {
  const x = asarray(a);
  return full(x.shape, fillValue, { dtype: options.dtype ?? x.dtype });
}

/**
 * Evenly spaced values in `[start, stop)`. With one argument it counts from 0. Integer arguments
 * give int32 (NumPy: int64), any fractional argument gives float64.
 *
 * @example
 * ```ts
 * arange(5).toArray();          // [0, 1, 2, 3, 4]
 * arange(1, 2, 0.25).toArray(); // [1, 1.25, 1.5, 1.75]
 * arange(5, 0, -2).toArray();   // [5, 3, 1]
 * ```
 */
export function arange(
  start: number,
  stop?: number | DTypeOptions,
  step?: number | DTypeOptions,
  options: DTypeOptions = {},
): NDArray {
  let opts = options;
  if (typeof stop === 'object') {
    opts = stop;
    stop = undefined;
  }
  if (typeof step === 'object') {
    opts = step;
    step = undefined;
  }
  let lo = start;
  let hi = stop;
  if (hi === undefined) {
    hi = lo;
    lo = 0;
  }
  const st = step ?? 1;
  if (st === 0) throw new ValueError('arange: step must not be zero');
  if (![lo, hi, st].every(Number.isFinite)) throw new ValueError('arange: arguments must be finite');
  const allInt = Number.isInteger(lo) && Number.isInteger(hi) && Number.isInteger(st);
  const dtype = dtypeOr(opts, allInt ? DEFAULT_INT : DEFAULT_FLOAT, 'arange');
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  const a = emptyArray(dtype, [n]);
  const d = a.data;
  if (isBigInt(dtype)) for (let i = 0; i < n; i++) d[i] = BigInt(lo + i * st);
  else if (isComplex(dtype)) for (let i = 0; i < n; i++) d[2 * i] = lo + i * st;
  else for (let i = 0; i < n; i++) d[i] = lo + i * st;
  return a;
}

/** Options of {@link linspace}. */
export interface LinspaceOptions extends DTypeOptions {
  /** Include `stop` as the last sample (default true). */
  endpoint?: boolean;
}

/**
 * `num` evenly spaced samples from `start` to `stop`, computed as NumPy does (the last sample is
 * exactly `stop` when `endpoint`). Integer dtypes round toward -Infinity.
 *
 * @example
 * ```ts
 * linspace(0, 1, 5).toArray();                      // [0, 0.25, 0.5, 0.75, 1]
 * linspace(0, 1, 4, { endpoint: false }).toArray(); // [0, 0.25, 0.5, 0.75]
 * ```
 */
export function linspace(start: number, stop: number, num = 50, options: LinspaceOptions = {}): NDArray {
  if (!Number.isInteger(num) || num < 0)
    throw new ValueError(`linspace: num must be a non-negative integer, got ${num}`);
  const endpoint = options.endpoint ?? true;
  const dtype = dtypeOr(options, DEFAULT_FLOAT, 'linspace');
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const y = new Float64Array(num);
  if (div > 0) {
    const step = delta / div;
    if (step === 0) for (let i = 0; i < num; i++) y[i] = (i / div) * delta + start;
    else for (let i = 0; i < num; i++) y[i] = i * step + start;
  } else {
    for (let i = 0; i < num; i++) y[i] = i * delta + start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  const kind = DTYPES[dtype].kind;
  if (kind === 'i' || kind === 'u') for (let i = 0; i < num; i++) y[i] = Math.floor(y[i] as number);
  const out = emptyArray(dtype, [num]);
  assign(out, new NDArray('float64', y, [num]));
  return out;
}

/**
 * Samples evenly spaced on a log scale: `base ** linspace(start, stop, num)`.
 *
 * @example
 * ```ts
 * logspace(0, 2, 3).toArray(); // [1, 10, 100]
 * ```
 */
export function logspace(
  start: number,
  stop: number,
  num = 50,
  options: LinspaceOptions & { base?: number } = {},
): NDArray {
  const base = options.base ?? 10;
  const y = linspace(start, stop, num, { endpoint: options.endpoint ?? true });
  const d = y.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = base ** (d[i] as number);
  if (options.dtype === undefined || options.dtype === 'float64') return y;
  const out = emptyArray(checkDType(options.dtype, 'logspace'), [num]);
  assign(out, y);
  return out;
}

/**
 * Samples evenly spaced on a log scale between the endpoints themselves.
 *
 * @example
 * ```ts
 * geomspace(1, 1000, 4).toArray(); // [1, 10, 100, 1000]
 * ```
 */
export function geomspace(start: number, stop: number, num = 50, options: LinspaceOptions = {}): NDArray {
  if (start === 0 || stop === 0) throw new ValueError('geomspace: geometric sequence cannot include zero');
  const sign = start < 0 && stop < 0 ? -1 : 1;
  if (Math.sign(start) !== Math.sign(stop)) throw new ValueError('geomspace: start and stop must have the same sign');
  const y = logspace(Math.log10(Math.abs(start)), Math.log10(Math.abs(stop)), num, {
    endpoint: options.endpoint ?? true,
  });
  const d = y.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = sign * (d[i] as number);
  if (num > 0) d[0] = start;
  if (num > 1 && (options.endpoint ?? true)) d[num - 1] = stop;
  if (options.dtype === undefined || options.dtype === 'float64') return y;
  const out = emptyArray(checkDType(options.dtype, 'geomspace'), [num]);
  assign(out, y);
  return out;
}

/**
 * A 2-D array with ones on the k-th diagonal.
 *
 * @example
 * ```ts
 * eye(2).toArray();             // [[1, 0], [0, 1]]
 * eye(2, 3, { k: 1 }).toArray(); // [[0, 1, 0], [0, 0, 1]]
 * ```
 */
export function eye(n: number, m?: number, options: DTypeOptions & { k?: number } = {}): NDArray {
  const cols = m ?? n;
  const k = options.k ?? 0;
  const a = zeros([n, cols], { dtype: dtypeOr(options, DEFAULT_FLOAT, 'eye') });
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) writeScalar(a.dtype, a.data, i * cols + j, 1);
  }
  return a;
}

/**
 * The n x n identity matrix.
 *
 * @example
 * ```ts
 * identity(3).shape; // [3, 3]
 * ```
 */
export function identity(n: number, options: DTypeOptions = {}): NDArray {
  return eye(n, n, options);
}

/**
 * From a 1-D array, a 2-D array with it on the k-th diagonal; from a 2-D array, its k-th diagonal
 * (a read-only view, like NumPy's).
 *
 * @example
 * ```ts
 * diag([1, 2]).toArray();               // [[1, 0], [0, 2]]
 * diag([[1, 2], [3, 4]]).toArray();     // [1, 4]
 * diag([[1, 2], [3, 4]], 1).toArray();  // [2]
 * ```
 */
export function diag(v: ArrayInput, k = 0): NDArray {
  const a = asarray(v);
  if (a.ndim === 1) {
    const n = a.shape[0] as number;
    const size = n + Math.abs(k);
    const out = zeros([size, size], { dtype: a.dtype });
    const start = k >= 0 ? k : -k * size;
    assign(out.view([n], [size + 1], start), a);
    return out;
  }
  if (a.ndim === 2) return diagonalView(a, k);
  throw new ShapeError(`diag: input must be 1-D or 2-D, got shape [${a.shape.join(', ')}]`);
}

function diagonalView(a: NDArray, k: number): NDArray {
  const [r, c] = a.shape as [number, number];
  const [sr, sc] = a.strides as [number, number];
  let len: number;
  let off = a.offset;
  if (k >= 0) {
    len = Math.max(0, Math.min(r, c - k));
    off += len > 0 ? k * sc : 0;
  } else {
    len = Math.max(0, Math.min(r + k, c));
    off += len > 0 ? -k * sr : 0;
  }
  const view = a.view([len], [sr + sc], off);
  return new NDArray(view.dtype, view.data, view.shape, view.strides, view.offset, { base: view.base, readonly: true });
}

/**
 * Lower-triangular ones: `tri(N, M, k)[i, j] = j <= i + k`.
 *
 * @example
 * ```ts
 * tri(2).toArray(); // [[1, 0], [1, 1]]
 * ```
 */
export function tri(n: number, m?: number, k = 0, options: DTypeOptions = {}): NDArray {
  const cols = m ?? n;
  const a = zeros([n, cols], { dtype: dtypeOr(options, DEFAULT_FLOAT, 'tri') });
  for (let i = 0; i < n; i++)
    for (let j = 0; j < cols && j <= i + k; j++) writeScalar(a.dtype, a.data, i * cols + j, 1);
  return a;
}

function triMask(m: ArrayInput, k: number, lower: boolean, op: string): NDArray {
  const a = asarray(m);
  if (a.ndim < 2) throw new ShapeError(`${op}: input must be at least 2-D, got shape [${a.shape.join(', ')}]`);
  const out = emptyArray(a.dtype, a.shape);
  assign(out, a);
  const r = a.shape[a.ndim - 2] as number;
  const c = a.shape[a.ndim - 1] as number;
  const batches = out.size / Math.max(1, r * c);
  const zero: Scalar = 0;
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < c; j++) {
        const keep = lower ? j <= i + k : j >= i + k;
        if (!keep) writeScalar(out.dtype, out.data, b * r * c + i * c + j, zero);
      }
    }
  }
  return out;
}

/**
 * The lower triangle of the last two axes (elements above the k-th diagonal zeroed).
 *
 * @example
 * ```ts
 * tril([[1, 2], [3, 4]]).toArray(); // [[1, 0], [3, 4]]
 * ```
 */
export function tril(m: ArrayInput, k = 0): NDArray {
  return triMask(m, k, true, 'tril');
}

/**
 * The upper triangle of the last two axes (elements below the k-th diagonal zeroed).
 *
 * @example
 * ```ts
 * triu([[1, 2], [3, 4]]).toArray(); // [[1, 2], [0, 4]]
 * ```
 */
export function triu(m: ArrayInput, k = 0): NDArray {
  return triMask(m, k, false, 'triu');
}

/**
 * Coordinate matrices from coordinate vectors. `indexing: 'xy'` (default) swaps the first two
 * output axes like NumPy; `sparse: true` returns broadcastable views instead of full copies.
 *
 * @example
 * ```ts
 * const [X, Y] = meshgrid([1, 2, 3], [4, 5]);
 * X.shape; // [2, 3]
 * ```
 */
export function meshgrid(...args: (ArrayInput | { indexing?: 'xy' | 'ij'; sparse?: boolean })[]): NDArray[] {
  let opts: { indexing?: 'xy' | 'ij'; sparse?: boolean } = {};
  const last = args[args.length - 1];
  if (
    last !== undefined &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    !ArrayBuffer.isView(last) &&
    !(last instanceof NDArray) &&
    ('indexing' in last || 'sparse' in last)
  ) {
    opts = args.pop() as typeof opts;
  }
  const indexing = opts.indexing ?? 'xy';
  if (indexing !== 'xy' && indexing !== 'ij')
    throw new ValueError(`meshgrid: indexing must be 'xy' or 'ij', got ${String(indexing)}`);
  const xs = args.map((x) => {
    const a = asarray(x as ArrayInput);
    return a.ndim === 1 ? a : flat1d(a);
  });
  const nd = xs.length;
  const shape = xs.map((x) => x.shape[0] as number);
  if (indexing === 'xy' && nd >= 2) [shape[0], shape[1]] = [shape[1] as number, shape[0] as number];
  return xs.map((x, i) => {
    let axis = i;
    if (indexing === 'xy' && nd >= 2 && i < 2) axis = 1 - i;
    const vshape = new Array<number>(nd).fill(1);
    vshape[axis] = x.shape[0] as number;
    const vstrides = new Array<number>(nd).fill(0);
    vstrides[axis] = x.strides[0] as number;
    const v = x.view(vshape, vstrides, x.offset);
    if (opts.sparse) return v;
    const out = emptyArray(x.dtype, shape);
    assign(out, v);
    return out;
  });
}

function flat1d(a: NDArray): NDArray {
  const c = emptyArray(a.dtype, a.shape);
  assign(c, a);
  return new NDArray(a.dtype, c.data, [a.size]);
}

/**
 * Builds an array by calling `fn(i, j, ...)` for every index (NumPy calls it once with index
 * arrays; here it is called per element, which is what JS callers expect).
 *
 * @example
 * ```ts
 * fromFunction((i, j) => i + j, [2, 2]).toArray(); // [[0, 1], [1, 2]]
 * ```
 */
export function fromFunction(
  fn: (...index: number[]) => Scalar,
  shape: ShapeInput,
  options: DTypeOptions = {},
): NDArray {
  const s = toShape(shape, 'fromFunction');
  const dtype = dtypeOr(options, DEFAULT_FLOAT, 'fromFunction');
  const out = emptyArray(dtype, s);
  const n = out.size;
  const idx = new Array<number>(s.length).fill(0);
  for (let k = 0; k < n; k++) {
    writeScalar(dtype, out.data, k, fn(...idx));
    for (let ax = s.length - 1; ax >= 0; ax--) {
      const v = (idx[ax] as number) + 1;
      if (v < (s[ax] as number)) {
        idx[ax] = v;
        break;
      }
      idx[ax] = 0;
    }
  }
  return out;
}
