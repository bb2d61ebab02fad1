/** Array creation: zeros, ones, full, arange, linspace, eye, diag, tri, meshgrid, ... */
import { DTYPES, type DType } from '@stride/protocol';
import { MemoryError, ShapeError, ValueError } from './errors.js';
import { type Complex, NDArray, type Scalar, checkDType } from './ndarray.js';
import {
  type ArrayInput,
  type DTypeOptions,
  asarray,
  assign,
  checkFits,
  emptyArray,
  writeScalar,
} from './core/convert.js';
import { DEFAULT_FLOAT, DEFAULT_INT, isBigInt, isComplex } from './core/dtype.js';
import { type Check, argumentError, is, rule, signature } from './core/args.js';
import { stepIndex } from './core/iter.js';

/** Memory order of a new array (NumPy's `order=`): Stride allocates C order; `'F'` is accepted and the values are the same. */
export type CreationOrder = 'C' | 'F';

/** Options of the creation functions: NumPy's keyword arguments. */
export interface CreationOptions {
  /** Element type (a Stride name or a NumPy alias such as `'f8'`, `'int'`); `null` for the default. */
  dtype?: DType | null;
  /** NumPy's `order=` (values are the same either way; Stride allocates C order). */
  order?: CreationOrder;
}

const optDType = is.orNone(is.dtype) as Check;
const order = is.choice('C', 'F', 'A', 'K') as Check;
const num = rule<number | bigint>('a number', (v) => typeof v === 'number' || typeof v === 'bigint');
const parseCreate = signature<CreationOptions>('zeros', ['dtype', 'order'], { dtype: optDType, order });
const parseLike = signature<CreationOptions & { subok?: boolean; shape?: ShapeInput }>(
  'zerosLike',
  ['dtype', 'order', 'subok', 'shape'],
  { dtype: optDType, order, subok: is.boolean, shape: is.shape },
);
const parseFill = signature<CreationOptions & { fillValue?: Scalar }>('full', ['dtype', 'order'], {
  dtype: optDType,
  order,
  fillValue: is.any,
});
const parseArange = signature<{ stop?: number | null; step?: number | null; dtype?: DType | null }>(
  'arange',
  ['stop', 'step', 'dtype'],
  { stop: is.nullable(num) as Check, step: is.nullable(num) as Check, dtype: optDType },
);
const parseLinspace = signature<LinspaceOptions & { num?: number; retstep?: boolean; axis?: number }>(
  'linspace',
  ['num', 'endpoint', 'retstep', 'dtype', 'axis'],
  { num: is.nonNegInt, endpoint: is.boolean, retstep: is.boolean, dtype: optDType, axis: is.axisInt },
);
const parseLogspace = signature<LinspaceOptions & { num?: number; base?: number; axis?: number }>(
  'logspace',
  ['num', 'endpoint', 'base', 'dtype', 'axis'],
  { num: is.nonNegInt, endpoint: is.boolean, base: is.number, dtype: optDType, axis: is.axisInt },
);
const parseGeomspace = signature<LinspaceOptions & { num?: number; axis?: number }>(
  'geomspace',
  ['num', 'endpoint', 'dtype', 'axis'],
  { num: is.nonNegInt, endpoint: is.boolean, dtype: optDType, axis: is.axisInt },
);
const parseEye = signature<CreationOptions & { m?: number | null; k?: number }>('eye', ['m', 'k', 'dtype', 'order'], {
  m: is.orNone(is.nonNegInt) as Check,
  k: is.int,
  dtype: optDType,
  order,
});
const parseTri = signature<{ m?: number | null; k?: number; dtype?: DType | null }>('tri', ['m', 'k', 'dtype'], {
  m: is.orNone(is.nonNegInt) as Check,
  k: is.int,
  dtype: optDType,
});
const parseIdentity = signature<{ dtype?: DType | null }>('identity', ['dtype'], { dtype: optDType });
const parseK = signature<{ k?: number }>('diag', ['k'], { k: is.int });
const parseFromFunction = signature<CreationOptions>('fromFunction', ['dtype'], { dtype: optDType, order });

/** A required number argument (`start`, `stop`, `n`): a TypeError naming the function for anything else. */
function requireNumber(v: unknown, fn: string, name: string): number {
  if (typeof v !== 'number') throw argumentError(fn, name, 'a number', v);
  return v;
}

/** retstep and a non-zero axis are NumPy options Stride does not implement: an error, never ignored. */
function notSupported(o: { retstep?: boolean; axis?: number }, fn: string): void {
  if (o.retstep === true)
    throw new ValueError(`${fn}: retstep=true is not supported (the step is (stop - start) / (num - 1))`);
  if (o.axis !== undefined && o.axis !== 0)
    throw new ValueError(`${fn}: axis=${o.axis} is not supported (scalar endpoints give a 1-D result)`);
}

function requireShape(v: unknown, fn: string): number[] {
  if (typeof v === 'number' || Array.isArray(v)) return toShape(v as ShapeInput, fn);
  throw argumentError(fn, 'shape', 'a non-negative integer or an array of non-negative integers', v);
}

/** A shape: a single length or a list of axis lengths. */
export type ShapeInput = number | readonly number[];

/** Normalises a shape argument, rejecting negative and non-integer lengths. */
export function toShape(shape: ShapeInput, op: string): number[] {
  const s = typeof shape === 'number' ? [shape] : [...shape];
  for (const d of s) {
    if (typeof d !== 'number')
      throw argumentError(op, 'shape', 'a non-negative integer or an array of non-negative integers', shape);
    if (!Number.isSafeInteger(d) || d < 0) {
      throw new ValueError(`${op}: negative or non-integer dimensions are not allowed, got shape [${s.join(', ')}]`);
    }
  }
  return s;
}

function dtypeOr(options: { dtype?: DType | null }, fallback: DType, op: string): DType {
  return options.dtype === undefined || options.dtype === null ? fallback : checkDType(options.dtype, op);
}

/**
 * A new array of the given shape; its contents are zero (JS memory is always initialised).
 *
 * @example
 * ```ts
 * empty([2, 2]).shape; // [2, 2]
 * ```
 */
export function empty(shape: ShapeInput, options?: CreationOptions & { dtype?: null }): NDArray<'float64'>;
export function empty<D extends DType>(
  shape: ShapeInput,
  dtype: D,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray<D>;
export function empty<D extends DType>(shape: ShapeInput, options: CreationOptions & { dtype: D }): NDArray<D>;
export function empty(
  shape: ShapeInput,
  dtype?: DType | null,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray;
export function empty(shape: ShapeInput, ...rest: unknown[]): NDArray {
  return emptyArray(dtypeOr(parseCreate(rest, 'empty'), DEFAULT_FLOAT, 'empty'), requireShape(shape, 'empty'));
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
export function zeros(shape: ShapeInput, options?: CreationOptions & { dtype?: null }): NDArray<'float64'>;
export function zeros<D extends DType>(
  shape: ShapeInput,
  dtype: D,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray<D>;
export function zeros<D extends DType>(shape: ShapeInput, options: CreationOptions & { dtype: D }): NDArray<D>;
export function zeros(
  shape: ShapeInput,
  dtype?: DType | null,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray;
export function zeros(shape: ShapeInput, ...rest: unknown[]): NDArray {
  return emptyArray(dtypeOr(parseCreate(rest, 'zeros'), DEFAULT_FLOAT, 'zeros'), requireShape(shape, 'zeros'));
}

/**
 * An array of ones.
 *
 * @example
 * ```ts
 * ones(3).toArray(); // [1, 1, 1]
 * ```
 */
export function ones(shape: ShapeInput, options?: CreationOptions & { dtype?: null }): NDArray<'float64'>;
export function ones<D extends DType>(
  shape: ShapeInput,
  dtype: D,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray<D>;
export function ones<D extends DType>(shape: ShapeInput, options: CreationOptions & { dtype: D }): NDArray<D>;
export function ones(
  shape: ShapeInput,
  dtype?: DType | null,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray;
export function ones(shape: ShapeInput, ...rest: unknown[]): NDArray {
  return full(shape, 1, dtypeOr(parseCreate(rest, 'ones'), DEFAULT_FLOAT, 'ones'));
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
export function full<D extends DType>(
  shape: ShapeInput,
  fillValue: Scalar,
  dtype: D,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray<D>;
export function full<D extends DType>(
  shape: ShapeInput,
  fillValue: Scalar,
  options: CreationOptions & { dtype: D },
): NDArray<D>;
export function full(
  shape: ShapeInput,
  fillValue: Scalar,
  dtype?: DType | null,
  order?: CreationOrder,
  options?: CreationOptions,
): NDArray;
export function full(shape: ShapeInput, fillValue: Scalar, ...rest: unknown[]): NDArray {
  const opts = parseFill(rest, 'full');
  const value = fillScalar(fillValue, 'full');
  const dtype = dtypeOr(opts, scalarDType(value), 'full');
  const a = emptyArray(dtype, requireShape(shape, 'full'));
  fillWith(a, value, 'full');
  return a;
}

/** A fill value must be one scalar: a number, bigint, boolean, `{re, im}`, or a size-1 array. */
function fillScalar(v: unknown, fn: string): Scalar {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Complex).re === 'number') {
    const c = v as Complex;
    if (typeof c.im === 'number' && Object.keys(c).length === 2) return c;
  }
  if (v instanceof NDArray || Array.isArray(v) || ArrayBuffer.isView(v)) {
    const a = asarray(v as ArrayInput);
    if (a.size === 1) return a.item();
    throw new ValueError(
      `${fn}: fillValue must be a scalar, got an array of shape [${a.shape.join(', ')}] (use broadcastTo or copyto to fill with an array)`,
    );
  }
  throw argumentError(fn, 'fillValue', 'a number, bigint, boolean, {re, im} or a size-1 array', v);
}

/** Fills a C-contiguous fresh array with one scalar. */
function fillWith(a: NDArray, v: Scalar, fn: string): void {
  const n = a.size;
  if (n === 0) return;
  checkFits(v, a.dtype, fn);
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
export function zerosLike<D extends DType>(
  a: ArrayInput,
  dtype: D,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
): NDArray<D>;
export function zerosLike(a: ArrayInput, options?: CreationOptions & { subok?: boolean; shape?: ShapeInput }): NDArray;
export function zerosLike(
  a: ArrayInput,
  dtype?: DType | null,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
  options?: CreationOptions & { subok?: boolean; shape?: ShapeInput },
): NDArray;
export function zerosLike(a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseLike(rest, 'zerosLike');
  const x = asarray(a);
  return zeros(o.shape ?? x.shape, o.dtype ?? x.dtype);
}

/**
 * Ones with the shape and dtype of another array.
 *
 * @example
 * ```ts
 * onesLike([[1, 2]]).toArray(); // [[1, 1]]
 * ```
 */
export function onesLike<D extends DType>(
  a: ArrayInput,
  dtype: D,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
): NDArray<D>;
export function onesLike(a: ArrayInput, options?: CreationOptions & { subok?: boolean; shape?: ShapeInput }): NDArray;
export function onesLike(
  a: ArrayInput,
  dtype?: DType | null,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
  options?: CreationOptions & { subok?: boolean; shape?: ShapeInput },
): NDArray;
export function onesLike(a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseLike(rest, 'onesLike');
  const x = asarray(a);
  return ones(o.shape ?? x.shape, o.dtype ?? x.dtype);
}

/**
 * A new uninitialised (here: zeroed) array with the shape and dtype of another.
 *
 * @example
 * ```ts
 * emptyLike(zeros([3])).shape; // [3]
 * ```
 */
export function emptyLike<D extends DType>(
  a: ArrayInput,
  dtype: D,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
): NDArray<D>;
export function emptyLike(a: ArrayInput, options?: CreationOptions & { subok?: boolean; shape?: ShapeInput }): NDArray;
export function emptyLike(
  a: ArrayInput,
  dtype?: DType | null,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
  options?: CreationOptions & { subok?: boolean; shape?: ShapeInput },
): NDArray;
export function emptyLike(a: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseLike(rest, 'emptyLike');
  const x = asarray(a);
  return empty(o.shape ?? x.shape, o.dtype ?? x.dtype);
}

/**
 * An array of one value with the shape and dtype of another.
 *
 * @example
 * ```ts
 * fullLike(zeros([2], { dtype: 'int32' }), 2.7).toArray(); // [2, 2]
 * ```
 */
export function fullLike(
  a: ArrayInput,
  fillValue: Scalar,
  dtype?: DType | null,
  order?: CreationOrder,
  subok?: boolean,
  shape?: ShapeInput,
  options?: CreationOptions & { subok?: boolean; shape?: ShapeInput },
): NDArray;
export function fullLike(
  a: ArrayInput,
  fillValue: Scalar,
  options?: CreationOptions & { subok?: boolean; shape?: ShapeInput },
): NDArray;
export function fullLike(a: ArrayInput, fillValue: Scalar, ...rest: unknown[]): NDArray {
  const o = parseLike(rest, 'fullLike');
  const x = asarray(a);
  return full(o.shape ?? x.shape, fillScalar(fillValue, 'fullLike'), o.dtype ?? x.dtype);
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
export function arange(stop: number, options?: { dtype?: DType | null }): NDArray<'int32' | 'float64'>;
export function arange<D extends DType>(start: number, stop: number | null, step: number | null, dtype: D): NDArray<D>;
export function arange(
  start: number,
  stop?: number | null,
  step?: number | null,
  dtype?: DType | null,
  options?: { dtype?: DType | null },
): NDArray;
export function arange(start: number, stop: number, options?: { step?: number; dtype?: DType | null }): NDArray;
export function arange(start: number, ...rest: unknown[]): NDArray {
  const opts = parseArange(rest, 'arange');
  requireNumber(start, 'arange', 'start');
  let lo = start;
  let hi = opts.stop ?? undefined;
  const step = opts.step ?? undefined;
  if (hi === undefined) {
    hi = lo;
    lo = 0;
  }
  const st = step ?? 1;
  if (st === 0) throw new ValueError('arange: step must not be zero');
  if (![lo, hi, st].every(Number.isFinite)) throw new ValueError('arange: arguments must be finite');
  const count = Math.ceil((hi - lo) / st);
  if (count > 2 ** 32) {
    throw new MemoryError(
      `arange: unable to allocate ${count} elements for an array with shape [${count}] (arange(${lo}, ${hi}, ${st}))`,
    );
  }
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
export function linspace(
  start: number,
  stop: number,
  num?: number,
  endpoint?: boolean,
  retstep?: false,
  dtype?: DType | null,
  axis?: 0,
  options?: LinspaceOptions & { num?: number },
): NDArray;
export function linspace(start: number, stop: number, options?: LinspaceOptions & { num?: number }): NDArray;
export function linspace(
  start: number,
  stop: number,
  num: number,
  options?: LinspaceOptions & { num?: number },
): NDArray;
export function linspace(start: number, stop: number, ...rest: unknown[]): NDArray {
  const options = parseLinspace(rest, 'linspace');
  requireNumber(start, 'linspace', 'start');
  requireNumber(stop, 'linspace', 'stop');
  notSupported(options, 'linspace');
  const num = options.num ?? 50;
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
  num?: number,
  endpoint?: boolean,
  base?: number,
  dtype?: DType | null,
  axis?: 0,
  options?: LinspaceOptions & { num?: number; base?: number },
): NDArray;
export function logspace(
  start: number,
  stop: number,
  options?: LinspaceOptions & { num?: number; base?: number },
): NDArray;
export function logspace(
  start: number,
  stop: number,
  num: number,
  options?: LinspaceOptions & { num?: number; base?: number },
): NDArray;
export function logspace(start: number, stop: number, ...rest: unknown[]): NDArray {
  const options = parseLogspace(rest, 'logspace');
  requireNumber(start, 'logspace', 'start');
  requireNumber(stop, 'logspace', 'stop');
  notSupported(options, 'logspace');
  const num = options.num ?? 50;
  const base = options.base ?? 10;
  const y = linspace(start, stop, num, { endpoint: options.endpoint ?? true });
  const d = y.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = base ** (d[i] as number);
  if (options.dtype === undefined || options.dtype === null || options.dtype === 'float64') return y;
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
export function geomspace(
  start: number,
  stop: number,
  num?: number,
  endpoint?: boolean,
  dtype?: DType | null,
  axis?: 0,
  options?: LinspaceOptions & { num?: number },
): NDArray;
export function geomspace(start: number, stop: number, options?: LinspaceOptions & { num?: number }): NDArray;
export function geomspace(
  start: number,
  stop: number,
  num: number,
  options?: LinspaceOptions & { num?: number },
): NDArray;
export function geomspace(start: number, stop: number, ...rest: unknown[]): NDArray {
  const options = parseGeomspace(rest, 'geomspace');
  requireNumber(start, 'geomspace', 'start');
  requireNumber(stop, 'geomspace', 'stop');
  notSupported(options, 'geomspace');
  const num = options.num ?? 50;
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
  if (options.dtype === undefined || options.dtype === null || options.dtype === 'float64') return y;
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
export function eye<D extends DType>(
  n: number,
  m: number | null,
  k: number,
  dtype: D,
  order?: CreationOrder,
): NDArray<D>;
export function eye(
  n: number,
  m?: number | null,
  k?: number,
  dtype?: DType | null,
  order?: CreationOrder,
  options?: CreationOptions & { m?: number | null; k?: number },
): NDArray;
export function eye(n: number, options?: CreationOptions & { m?: number | null; k?: number }): NDArray;
export function eye(n: number, m: number | null, options?: CreationOptions & { k?: number }): NDArray;
export function eye(n: number, ...rest: unknown[]): NDArray {
  const options = parseEye(rest, 'eye');
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw argumentError('eye', 'N', 'a non-negative integer', n);
  }
  const cols = options.m ?? n;
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
export function identity<D extends DType>(n: number, dtype: D): NDArray<D>;
export function identity(n: number, dtype?: DType | null, options?: { dtype?: DType | null }): NDArray;
export function identity(n: number, options?: { dtype?: DType | null }): NDArray;
export function identity(n: number, ...rest: unknown[]): NDArray {
  const { dtype } = parseIdentity(rest, 'identity');
  return eye(n, n, 0, dtype ?? null);
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
export function diag(v: ArrayInput, k?: number, options?: { k?: number }): NDArray;
export function diag(v: ArrayInput, options?: { k?: number }): NDArray;
export function diag(v: ArrayInput, ...rest: unknown[]): NDArray {
  const k = parseK(rest, 'diag').k ?? 0;
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
export function tri(
  n: number,
  m?: number | null,
  k?: number,
  dtype?: DType | null,
  options?: { m?: number | null; k?: number; dtype?: DType | null },
): NDArray;
export function tri(n: number, options?: { m?: number | null; k?: number; dtype?: DType | null }): NDArray;
export function tri(n: number, ...rest: unknown[]): NDArray {
  const options = parseTri(rest, 'tri');
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw argumentError('tri', 'N', 'a non-negative integer', n);
  const k = options.k ?? 0;
  const cols = options.m ?? n;
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
export function tril(m: ArrayInput, k?: number, options?: { k?: number }): NDArray;
export function tril(m: ArrayInput, options?: { k?: number }): NDArray;
export function tril(m: ArrayInput, ...rest: unknown[]): NDArray {
  return triMask(m, parseK(rest, 'tril').k ?? 0, true, 'tril');
}

/**
 * The upper triangle of the last two axes (elements below the k-th diagonal zeroed).
 *
 * @example
 * ```ts
 * triu([[1, 2], [3, 4]]).toArray(); // [[1, 2], [0, 4]]
 * ```
 */
export function triu(m: ArrayInput, k?: number, options?: { k?: number }): NDArray;
export function triu(m: ArrayInput, options?: { k?: number }): NDArray;
export function triu(m: ArrayInput, ...rest: unknown[]): NDArray {
  return triMask(m, parseK(rest, 'triu').k ?? 0, false, 'triu');
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
  dtype?: DType | null,
  options?: CreationOptions,
): NDArray;
export function fromFunction(fn: (...index: number[]) => Scalar, shape: ShapeInput, options?: CreationOptions): NDArray;
export function fromFunction(fn: (...index: number[]) => Scalar, shape: ShapeInput, ...rest: unknown[]): NDArray {
  const options = parseFromFunction(rest, 'fromFunction');
  if (typeof fn !== 'function') throw argumentError('fromFunction', 'function', 'a function', fn);
  const s = requireShape(shape, 'fromFunction');
  const dtype = dtypeOr(options, DEFAULT_FLOAT, 'fromFunction');
  const out = emptyArray(dtype, s);
  const n = out.size;
  const idx = new Array<number>(s.length).fill(0);
  for (let k = 0; k < n; k++) {
    writeScalar(dtype, out.data, k, fn(...idx));
    stepIndex(idx, s, [], []);
  }
  return out;
}
