/** NumPy's `Generator` and `default_rng`: distributions on top of a bit generator, NumPy's streams exactly. */
import type { DType, TypedArray } from '@stride/protocol';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray, type Scalar } from '../ndarray.js';
import { type ArrayInput, allocate, asarray, copy } from '../core/convert.js';
import { type ShapeInput, toShape } from '../creation.js';
import type { BitGenerator } from './bitGenerator.js';
import {
  HI_WORD,
  LO_WORD,
  boundedUint,
  fillBounded32,
  fillBounded64,
  fillBoundedBool,
  fillBoundedNarrow,
  randomInterval,
} from './bounded.js';
import { PCG64 } from './pcg64.js';
import type { SeedInput, SeedSequence } from './seedSequence.js';
import { standardExponential, standardNormal, standardNormalF } from './ziggurat.js';
import { type Check, argumentError, is, noExtra, rule, signature } from '../core/args.js';

/**
 * An output shape: a length or a list of axis lengths; methods take `undefined` for a single scalar (NumPy's `size=None`).
 *
 * @example
 * ```ts
 * defaultRng(0).random(3 satisfies Size).shape;      // [3]
 * defaultRng(0).random([2, 3] satisfies Size).shape; // [2, 3]
 * ```
 */
export type Size = ShapeInput;

/**
 * The dtypes `integers` can produce.
 *
 * @example
 * ```ts
 * const dt: IntegerDType = 'uint8';
 * defaultRng(0).integers(0, 256, 4, { dtype: dt }).dtype; // 'uint8'
 * ```
 */
export type IntegerDType = 'bool' | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64';

/**
 * The JS type of one `integers` draw: bigint for 64-bit dtypes, boolean for bool, else number.
 *
 * @example
 * ```ts
 * const v: IntegerScalar<'int16'> = defaultRng(0).integers(0, 9, undefined, { dtype: 'int16' }); // a number
 * ```
 */
export type IntegerScalar<D extends IntegerDType> = D extends 'int64' | 'uint64'
  ? bigint
  : D extends 'bool'
    ? boolean
    : number;

/**
 * Options of `integers`.
 *
 * @example
 * ```ts
 * defaultRng(0).integers(1, 6, 10, { dtype: 'int32', endpoint: true }); // dice rolls 1..6
 * ```
 */
export interface IntegersOptions<D extends IntegerDType = IntegerDType> {
  /** Result dtype; default `'int64'` like NumPy (scalars then come back as bigint). */
  dtype?: D;
  /** Include `high` in the range; default false. */
  endpoint?: boolean;
}

/**
 * Options of the float samplers that offer float32 output.
 *
 * @example
 * ```ts
 * defaultRng(0).standardNormal(4, { dtype: 'float32' }).dtype; // 'float32'
 * ```
 */
export interface FloatOptions {
  /** `'float64'` (default) or `'float32'`. */
  dtype?: 'float64' | 'float32';
}

/**
 * Options of `choice`.
 *
 * @example
 * ```ts
 * defaultRng(0).choice(10, 3, { replace: false, shuffle: false });
 * ```
 */
export interface ChoiceOptions {
  /** Sample with replacement; default true. */
  replace?: boolean;
  /** Probabilities of each entry (must be non-negative and sum to 1 within sqrt(eps)). */
  p?: ArrayInput;
  /** Without replacement, shuffle the result (otherwise its order is an implementation detail); default true. */
  shuffle?: boolean;
}

const INT_RANGE: Record<IntegerDType, readonly [bigint, bigint, number]> = {
  bool: [0n, 1n, 1],
  int8: [-(2n ** 7n), 2n ** 7n - 1n, 8],
  uint8: [0n, 2n ** 8n - 1n, 8],
  int16: [-(2n ** 15n), 2n ** 15n - 1n, 16],
  uint16: [0n, 2n ** 16n - 1n, 16],
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 32],
  uint32: [0n, 2n ** 32n - 1n, 32],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, 64],
  uint64: [0n, 2n ** 64n - 1n, 64],
};

/** sqrt(float64 eps): how far `p` may sum from 1. */
const P_ATOL = Math.sqrt(2.220446049250313e-16);

const size = is.orNone(
  rule(
    'a length or an array of lengths',
    (v) => typeof v === 'number' || (Array.isArray(v) && v.every((d) => typeof d === 'number')),
  ),
) as Check;
const num = is.number as Check;
const parseRandom = signature<FloatOptions & { size?: Size }>('random', ['size', 'dtype'], {
  size,
  dtype: is.orNone(is.dtype) as Check,
});
const parseIntegers = signature<IntegersOptions & { high?: number | bigint | null; size?: Size }>(
  'integers',
  ['high', 'size', 'dtype', 'endpoint'],
  {
    high: is.nullable(rule('a number or bigint', (v) => typeof v === 'number' || typeof v === 'bigint')) as Check,
    size,
    dtype: is.orNone(is.dtype) as Check,
    endpoint: is.boolean,
  },
);
const parseNormal = signature<{ loc?: number; scale?: number; size?: Size }>('normal', ['loc', 'scale', 'size'], {
  loc: num,
  scale: num,
  size,
});
const parseUniform = signature<{ low?: number; high?: number; size?: Size }>('uniform', ['low', 'high', 'size'], {
  low: num,
  high: num,
  size,
});
const parseExponential = signature<{ scale?: number; size?: Size }>('exponential', ['scale', 'size'], {
  scale: num,
  size,
});
const parseSize = signature<{ size?: Size }>('standardExponential', ['size'], { size });
const parseChoice = signature<ChoiceOptions & { size?: Size }>('choice', ['size', 'replace', 'p'], {
  size,
  replace: is.boolean,
  p: is.orNone(is.arrayLike) as Check,
  shuffle: is.boolean,
});

function shapeOf(size: Size | null | undefined, op: string): number[] | undefined {
  return size === undefined || size === null ? undefined : toShape(size, op);
}

function prod(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function toBigIntBound(v: number | bigint, name: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new ValueError(`integers: ${name} must be an integer (number or bigint), got ${String(v)}`);
  }
  // Any integer-valued double is exact (2 ** 63 included); bigints reach the values between.
  return BigInt(v);
}

/** NumPy rejects a negative scale (including -0) but lets NaN through. */
function checkNonNegative(v: number, name: string, op: string): void {
  if (typeof v !== 'number') throw new ValueError(`${op}: ${name} must be a number, got ${typeof v}`);
  if (v < 0 || Object.is(v, -0)) throw new ValueError(`${op}: ${name} < 0 (got ${v})`);
}

/** NumPy's Kahan sum of the probabilities. */
function kahanSum(p: Float64Array): number {
  if (p.length === 0) return 0;
  let sum = p[0] as number;
  let c = 0;
  for (let i = 1; i < p.length; i++) {
    const y = (p[i] as number) - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** Normalised cumulative distribution of `p`, as `cdf = p.cumsum(); cdf /= cdf[-1]`. */
function cdfOf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    s += p[i] as number;
    cdf[i] = s;
  }
  const last = cdf[cdf.length - 1] as number;
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] as number) / last;
  return cdf;
}

/** `searchsorted(cdf, u, side='right')`: the first index whose value exceeds u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Storage offsets of every element of one sub-array along axis 0, relative to its first element. */
function rowOffsets(a: NDArray): number[] {
  let offs = [0];
  for (let ax = 1; ax < a.ndim; ax++) {
    const n = a.shape[ax] as number;
    const s = a.strides[ax] as number;
    const next: number[] = [];
    for (const o of offs) for (let i = 0; i < n; i++) next.push(o + i * s);
    offs = next;
  }
  return offs;
}

/**
 * The storage as a non-bigint TypedArray plus the slots per element: 64-bit integers are moved as
 * two uint32 words (no BigInt per element), complex values as two floats.
 */
function slotView(a: NDArray): { slots: Exclude<TypedArray, BigInt64Array | BigUint64Array>; lanes: number } {
  const d = a.data;
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
    return { slots: new Uint32Array(d.buffer, d.byteOffset, 2 * d.length), lanes: 2 };
  }
  return { slots: d, lanes: a.dtype === 'complex64' || a.dtype === 'complex128' ? 2 : 1 };
}

/** `a.take(idx, axis=0)` for an index list: a new C-contiguous array of shape `idxShape + a.shape[1:]`. */
function takeRows(a: NDArray, idx: ArrayLike<number>, idxShape: readonly number[]): NDArray {
  const offs = rowOffsets(a);
  const Ctor = a.data.constructor as new (n: number) => TypedArray;
  const perElement = a.dtype === 'complex64' || a.dtype === 'complex128' ? 2 : 1;
  const res = new NDArray(a.dtype, new Ctor(idx.length * offs.length * perElement), [...idxShape, ...a.shape.slice(1)]);
  const { slots: src, lanes } = slotView(a);
  const dst = slotView(res).slots;
  const s0 = a.strides[0] as number;
  let k = 0;
  for (let i = 0; i < idx.length; i++) {
    const base = a.offset + (idx[i] as number) * s0;
    for (const o of offs) {
      const at = (base + o) * lanes;
      for (let l = 0; l < lanes; l++) dst[k++] = src[at + l] as number;
    }
  }
  return res;
}

/**
 * NumPy's `Generator`: samples distributions from a {@link BitGenerator}, draw for draw like
 * `np.random.Generator`. Methods take a `size` (a length or shape; `undefined` gives a JS scalar,
 * like NumPy's `size=None`) and return NDArrays.
 *
 * @example
 * ```ts
 * const rng = defaultRng(42);
 * rng.random(3).toArray(); // [0.7739560485559633, 0.4388784397520523, 0.8585979199113825]
 * rng.integers(0, 10);     // 0n  (int64 scalars are bigints; pass {dtype: 'int32'} for numbers)
 * ```
 */
export class Generator {
  /** The bit generator that supplies the raw bits. */
  readonly bitGenerator: BitGenerator;

  /**
   * @param bitGenerator - the source of raw bits (a {@link PCG64}).
   */
  constructor(bitGenerator: BitGenerator) {
    this.bitGenerator = bitGenerator;
  }

  /**
   * Uniform floats in [0, 1) (NumPy's `random`): float64 from the top 53 bits of a 64-bit word,
   * float32 from the top 24 bits of a 32-bit draw.
   *
   * @param size - output shape; `undefined` returns one number.
   * @param options - `dtype`: `'float64'` (default) or `'float32'`.
   * @throws {DTypeError} for another dtype.
   * @example
   * ```ts
   * defaultRng(0).random();          // 0.6369616873214543
   * defaultRng(0).random([2, 2]).shape; // [2, 2]
   * ```
   */
  random(size?: undefined | null, options?: FloatOptions): number;
  random(size: Size, options?: FloatOptions): NDArray;
  random(options: FloatOptions & { size: Size }): NDArray;
  random(...args: unknown[]): number | NDArray {
    const { size, ...options } = parseRandom(args, 'random');
    const dtype = floatDType(options.dtype, 'random');
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'random');
    if (shape === undefined) return dtype === 'float64' ? bg.nextDouble() : bg.nextFloat();
    const n = prod(shape);
    if (dtype === 'float64') {
      const out = allocate('float64', n, false) as Float64Array;
      bg.fillDouble(out, 0, n);
      return new NDArray('float64', out, shape);
    }
    const out = allocate('float32', n, false) as Float32Array;
    for (let i = 0; i < n; i++) out[i] = bg.nextFloat();
    return new NDArray('float32', out, shape);
  }

  /**
   * Random integers in [low, high) — or [low, high] with `endpoint` — by NumPy's bounded
   * samplers (Lemire's method on 32-bit draws for ranges below 2^32 and for dtypes of 32 bits and
   * less, on 64-bit draws otherwise). With one bound it is `high` and low is 0. The default dtype
   * is int64, like NumPy, so scalars are bigints and arrays are BigInt64Array-backed.
   *
   * @param low - lowest value (or `high` when `high` is omitted); number or bigint.
   * @param high - one above the highest value (the highest with `endpoint`); `undefined`/`null` for none.
   * @param size - output shape; `undefined` returns one value.
   * @param options - `dtype` (default `'int64'`), `endpoint` (default false).
   * @throws {ValueError} when the range is empty or out of the dtype's bounds, or a bound is not an integer.
   * @throws {DTypeError} for a non-integer dtype.
   * @example
   * ```ts
   * defaultRng(42).integers(0, 100, 5).toArray(); // [8n, 77n, 65n, 43n, 43n]
   * defaultRng(42).integers(0, 100, 5, { dtype: 'int32' }).toArray(); // [8, 77, 65, 43, 43]
   * defaultRng(42).integers(6, undefined, undefined, { dtype: 'uint8' }); // a number in 0..5
   * ```
   */
  integers<D extends IntegerDType = 'int64'>(
    low: number | bigint,
    high?: number | bigint | null,
    size?: undefined | null,
    options?: IntegersOptions<D>,
  ): IntegerScalar<D>;
  integers(
    low: number | bigint,
    high: number | bigint | null | undefined,
    size: Size,
    options?: IntegersOptions,
  ): NDArray;
  integers(
    low: number | bigint,
    options: IntegersOptions & { high?: number | bigint | null; size?: Size | null },
  ): number | bigint | boolean | NDArray;
  integers(
    low: number | bigint,
    high: number | bigint | null | undefined,
    options: IntegersOptions & { size?: Size | null },
  ): number | bigint | boolean | NDArray;
  integers(low: number | bigint, ...args: unknown[]): number | bigint | boolean | NDArray {
    if (typeof low !== 'number' && typeof low !== 'bigint')
      throw argumentError('integers', 'low', 'a number or bigint', low);
    const { high, size, ...options } = parseIntegers(args, 'integers');
    const dtype = options.dtype ?? 'int64';
    const range = INT_RANGE[dtype as IntegerDType];
    if (range === undefined || !Object.hasOwn(INT_RANGE, dtype)) {
      throw new DTypeError(`integers: unsupported dtype ${JSON.stringify(dtype)}; expected an integer or bool dtype`);
    }
    const closed = options.endpoint ?? false;
    const shape = shapeOf(size, 'integers');
    if (shape !== undefined && prod(shape) === 0) return new NDArray(dtype, allocateFor(dtype, 0), shape);
    let lo: bigint;
    let hi: bigint;
    if (high === undefined || high === null) {
      lo = 0n;
      hi = toBigIntBound(low, 'high');
    } else {
      lo = toBigIntBound(low, 'low');
      hi = toBigIntBound(high, 'high');
    }
    if (!closed) hi -= 1n;
    const [min, max, bits] = range;
    if (lo < min) throw new ValueError(`integers: low is out of bounds for ${dtype} (low=${lo})`);
    if (hi > max) throw new ValueError(`integers: high is out of bounds for ${dtype} (high=${closed ? hi : hi + 1n})`);
    if (lo > hi) {
      const shownHigh = closed ? hi : hi + 1n;
      const rel = lo === 0n ? (closed ? 'high < 0' : 'high <= 0') : closed ? 'low > high' : 'low >= high';
      throw new ValueError(`integers: ${rel} (low=${lo}, high=${shownHigh})`);
    }
    const rng = hi - lo;
    const n = shape === undefined ? 1 : prod(shape);
    const data = allocateFor(dtype, n);
    const bg = this.bitGenerator;
    if (bits === 64) {
      const d = data as BigInt64Array | BigUint64Array;
      fillBounded64(bg, BigInt.asUintN(64, lo), rng, new Uint32Array(d.buffer, d.byteOffset, 2 * n), n);
    } else {
      const off = Number(BigInt.asUintN(bits, lo));
      const r = Number(rng);
      if (bits === 32) fillBounded32(bg, off, r, data as Int32Array | Uint32Array, n);
      else if (bits === 1) fillBoundedBool(bg, off, r, data as Uint8Array, n);
      else fillBoundedNarrow(bg, bits as 8 | 16, off, r, data as Int8Array | Uint8Array | Int16Array | Uint16Array, n);
    }
    if (shape === undefined) {
      const v = data[0] as number | bigint;
      return dtype === 'bool' ? v !== 0 : v;
    }
    return new NDArray(dtype, data, shape);
  }

  /**
   * Standard normal draws by NumPy's 256-layer ziggurat (float64: one 64-bit word per try;
   * float32: one 32-bit draw per try).
   *
   * @param size - output shape; `undefined` returns one number.
   * @param options - `dtype`: `'float64'` (default) or `'float32'`.
   * @example
   * ```ts
   * defaultRng(0).standardNormal(); // 0.1257302210933933
   * ```
   */
  standardNormal(size?: undefined | null, options?: FloatOptions): number;
  standardNormal(size: Size, options?: FloatOptions): NDArray;
  standardNormal(options: FloatOptions & { size: Size }): NDArray;
  standardNormal(...args: unknown[]): number | NDArray {
    const { size, ...options } = parseRandom(args, 'standardNormal');
    const dtype = floatDType(options.dtype, 'standardNormal');
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'standardNormal');
    if (dtype === 'float32') {
      if (shape === undefined) return standardNormalF(bg);
      const out = new Float32Array(prod(shape));
      for (let i = 0; i < out.length; i++) out[i] = standardNormalF(bg);
      return new NDArray('float32', out, shape);
    }
    if (shape === undefined) return standardNormal(bg);
    const out = allocate('float64', prod(shape), false) as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = standardNormal(bg);
    return new NDArray('float64', out, shape);
  }

  /**
   * Normal draws `loc + scale * z` with z standard normal (float64 ziggurat).
   *
   * @param loc - mean; default 0.
   * @param scale - standard deviation, non-negative; default 1.
   * @param size - output shape; `undefined` returns one number.
   * @throws {ValueError} when scale < 0.
   * @example
   * ```ts
   * defaultRng(0).normal(10, 2, 3).shape; // [3]
   * ```
   */
  normal(loc?: number, scale?: number, size?: undefined | null): number;
  normal(loc: number, scale: number, size: Size): NDArray;
  normal(options: { loc?: number; scale?: number; size: Size }): NDArray;
  normal(options?: { loc?: number; scale?: number; size?: null }): number;
  normal(...args: unknown[]): number | NDArray {
    const { loc = 0, scale = 1, size } = parseNormal(args, 'normal');
    checkNonNegative(scale, 'scale', 'normal');
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'normal');
    if (shape === undefined) return loc + scale * standardNormal(bg);
    const out = allocate('float64', prod(shape), false) as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = loc + scale * standardNormal(bg);
    return new NDArray('float64', out, shape);
  }

  /**
   * Uniform draws on [low, high): `low + (high - low) * u` with u from `random`.
   *
   * @param low - lower bound; default 0.
   * @param high - upper bound; default 1.
   * @param size - output shape; `undefined` returns one number.
   * @throws {ValueError} when high < low or high - low is not finite.
   * @example
   * ```ts
   * defaultRng(0).uniform(-1, 1); // 0.2739233746429086
   * ```
   */
  uniform(low?: number, high?: number, size?: undefined | null): number;
  uniform(low: number, high: number, size: Size): NDArray;
  uniform(options: { low?: number; high?: number; size: Size }): NDArray;
  uniform(options?: { low?: number; high?: number; size?: null }): number;
  uniform(...args: unknown[]): number | NDArray {
    const { low = 0, high = 1, size } = parseUniform(args, 'uniform');
    const range = high - low;
    if (!Number.isFinite(range))
      throw new ValueError(`uniform: high - low range exceeds valid bounds (low=${low}, high=${high})`);
    if (range < 0) throw new ValueError(`uniform: high - low < 0 (low=${low}, high=${high})`);
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'uniform');
    if (shape === undefined) return low + range * bg.nextDouble();
    const out = allocate('float64', prod(shape), false) as Float64Array;
    bg.fillDouble(out, 0, out.length);
    for (let i = 0; i < out.length; i++) out[i] = low + range * (out[i] as number);
    return new NDArray('float64', out, shape);
  }

  /**
   * Standard exponential draws (rate 1) by NumPy's 256-layer ziggurat.
   *
   * @param size - output shape; `undefined` returns one number.
   * @example
   * ```ts
   * defaultRng(0).standardExponential(2).shape; // [2]
   * ```
   */
  standardExponential(size?: undefined | null): number;
  standardExponential(size: Size): NDArray;
  standardExponential(options: { size: Size }): NDArray;
  standardExponential(...args: unknown[]): number | NDArray {
    const { size } = parseSize(args, 'standardExponential');
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'standardExponential');
    if (shape === undefined) return standardExponential(bg);
    const out = allocate('float64', prod(shape), false) as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = standardExponential(bg);
    return new NDArray('float64', out, shape);
  }

  /**
   * Exponential draws with mean `scale`: `scale * e` with e standard exponential.
   *
   * @param scale - the mean (1 / rate), non-negative; default 1.
   * @param size - output shape; `undefined` returns one number.
   * @throws {ValueError} when scale < 0.
   * @example
   * ```ts
   * defaultRng(0).exponential(2, [2, 3]).shape; // [2, 3]
   * ```
   */
  exponential(scale?: number, size?: undefined | null): number;
  exponential(scale: number, size: Size): NDArray;
  exponential(options: { scale?: number; size: Size }): NDArray;
  exponential(options?: { scale?: number; size?: null }): number;
  exponential(...args: unknown[]): number | NDArray {
    const { scale = 1, size } = parseExponential(args, 'exponential');
    checkNonNegative(scale, 'scale', 'exponential');
    const bg = this.bitGenerator;
    const shape = shapeOf(size, 'exponential');
    if (shape === undefined) return scale * standardExponential(bg);
    const out = allocate('float64', prod(shape), false) as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = scale * standardExponential(bg);
    return new NDArray('float64', out, shape);
  }

  /**
   * Samples from `a` (an array, sampled along axis 0) or from `0..a-1` (an integer), as NumPy's
   * `choice`: with replacement by `integers(0, n)`; with probabilities `p` by inverting the CDF
   * with uniform draws; without replacement by Floyd's algorithm or a partial shuffle (NumPy's
   * choice between them, so the draws match).
   *
   * @param a - population: a positive integer n (samples indices 0..n-1) or an array.
   * @param size - output shape; `undefined` returns one value.
   * @param options - `replace` (default true), `p` (probabilities), `shuffle` (default true).
   * @returns int64 indices for an integer `a`, elements of `a` otherwise (a JS scalar when `size` is undefined).
   * @throws {ValueError} for an empty population, a bad `p`, or a sample larger than the population without replacement.
   * @example
   * ```ts
   * defaultRng(0).choice(5, 3).toArray(); // [4n, 3n, 2n]
   * defaultRng(0).choice(2, undefined, { p: [0.1, 0.9] }); // 1
   * ```
   */
  choice(a: number, size?: undefined | null, options?: ChoiceOptions): number;
  choice(a: ArrayInput, size?: undefined | null, options?: ChoiceOptions): Scalar | NDArray;
  choice(a: ArrayInput, size: Size, options?: ChoiceOptions): NDArray;
  choice(a: ArrayInput, options: ChoiceOptions & { size?: Size | null }): Scalar | NDArray;
  choice(a: ArrayInput, ...args: unknown[]): Scalar | NDArray {
    const { size, ...options } = parseChoice(args, 'choice');
    const replace = options.replace ?? true;
    const doShuffle = options.shuffle ?? true;
    const shape = shapeOf(size, 'choice');
    const outShape = shape ?? [];
    const count = prod(outShape);
    let pop: NDArray | undefined;
    let popSize: number;
    if (typeof a === 'number' || typeof a === 'bigint') {
      popSize = Number(a);
      if (!Number.isSafeInteger(popSize)) throw new ValueError(`choice: a must be an integer or an array, got ${a}`);
      if (popSize <= 0 && count !== 0)
        throw new ValueError('choice: a must be a positive integer unless no samples are taken');
    } else {
      pop = asarray(a);
      if (pop.ndim === 0) throw new ValueError('choice: a must be 1-dimensional or an integer');
      popSize = pop.shape[0] as number;
      if (popSize === 0 && count !== 0) throw new ValueError('choice: a cannot be empty unless no samples are taken');
    }

    let p: Float64Array | undefined;
    if (options.p !== undefined && options.p !== null) {
      const given = asarray(options.p);
      // NumPy loosens the sum tolerance to sqrt(eps) of a float32 p.
      const atol = given.dtype === 'float32' ? Math.max(P_ATOL, Math.sqrt(1.1920928955078125e-7)) : P_ATOL;
      const pa = asarray(given, { dtype: 'float64' });
      if (pa.ndim !== 1) throw new ValueError(`choice: p must be 1-dimensional, got shape [${pa.shape.join(', ')}]`);
      if (pa.size !== popSize) throw new ValueError(`choice: a and p must have same size (${popSize} and ${pa.size})`);
      p = copy(pa).data as Float64Array;
      const sum = kahanSum(p);
      if (Number.isNaN(sum)) throw new ValueError('choice: probabilities contain NaN');
      for (const v of p) if (v < 0) throw new ValueError('choice: probabilities are not non-negative');
      if (Math.abs(sum - 1) > atol) throw new ValueError(`choice: probabilities do not sum to 1 (sum ${sum})`);
    }

    const bg = this.bitGenerator;
    const idx = new Float64Array(count);
    if (replace) {
      if (p !== undefined) {
        const cdf = cdfOf(p);
        const u = new Float64Array(count);
        bg.fillDouble(u, 0, count);
        for (let i = 0; i < count; i++) idx[i] = searchRight(cdf, u[i] as number);
      } else if (count > 0) {
        const r = this.integers(0, popSize, count) as NDArray;
        const d = r.data as BigInt64Array;
        for (let i = 0; i < count; i++) idx[i] = Number(d[i]);
      }
    } else {
      if (count > popSize)
        throw new ValueError(
          `choice: cannot take a larger sample (${count}) than the population (${popSize}) when replace is false`,
        );
      if (p !== undefined) {
        this.choiceWeightedNoReplace(p, idx);
      } else {
        this.choiceNoReplace(popSize, idx, doShuffle);
      }
    }

    if (pop === undefined) {
      if (shape === undefined) return idx[0] as number;
      const out = new BigInt64Array(count);
      for (let i = 0; i < count; i++) out[i] = BigInt(idx[i] as number);
      return new NDArray('int64', out, outShape);
    }
    const res = takeRows(pop, idx, outShape);
    return shape === undefined && res.ndim === 0 ? (res.item() as Scalar) : res;
  }

  /** Without replacement, without weights: NumPy's tail shuffle for big samples, Floyd's algorithm otherwise. */
  private choiceNoReplace(popSize: number, idx: Float64Array, doShuffle: boolean): void {
    const bg = this.bitGenerator;
    const size = idx.length;
    const cutoff = doShuffle ? 50 : 20;
    if (popSize > 10000 && size > Math.floor(popSize / cutoff)) {
      // Partial Fisher-Yates of 0..pop-1 over its last `size` slots.
      const all = new Float64Array(popSize);
      for (let i = 0; i < popSize; i++) all[i] = i;
      shuffleIndices(bg, all, popSize, Math.max(popSize - size, 1));
      idx.set(all.subarray(popSize - size));
      return;
    }
    const seen = new Set<number>();
    for (let j = popSize - size; j < popSize; j++) {
      const val = boundedUint(bg, j);
      const pick = seen.has(val) ? j : val;
      seen.add(pick);
      idx[j - popSize + size] = pick;
    }
    if (doShuffle) shuffleIndices(bg, idx, size, 1);
  }

  /** Without replacement, with weights: repeated CDF draws, zeroing the weights of picks (NumPy's loop). */
  private choiceWeightedNoReplace(pIn: Float64Array, idx: Float64Array): void {
    const size = idx.length;
    let nonzero = 0;
    for (const v of pIn) if (v > 0) nonzero++;
    if (nonzero < size) throw new ValueError(`choice: fewer non-zero entries in p (${nonzero}) than size (${size})`);
    const p = pIn.slice();
    let nUniq = 0;
    const bg = this.bitGenerator;
    while (nUniq < size) {
      const k = size - nUniq;
      const x = new Float64Array(k);
      bg.fillDouble(x, 0, k);
      for (let i = 0; i < nUniq; i++) p[idx[i] as number] = 0;
      const cdf = cdfOf(p);
      const fresh = new Set<number>();
      for (let i = 0; i < k; i++) {
        const v = searchRight(cdf, x[i] as number);
        // np.unique(..., return_index=True) then sorting the indices keeps first occurrences in draw order.
        if (!fresh.has(v)) {
          fresh.add(v);
          idx[nUniq + fresh.size - 1] = v;
        }
      }
      nUniq += fresh.size;
    }
  }

  /**
   * A shuffled copy (NumPy's `permutation`): of `0..x-1` (int64) for an integer, else of the
   * array along axis 0.
   *
   * @throws {ValueError} for a 0-d array or a negative length.
   * @example
   * ```ts
   * defaultRng(1).permutation(10).toArray(); // [8n, 4n, 7n, 0n, 1n, 2n, 5n, 9n, 6n, 3n]
   * ```
   */
  permutation(x: number | ArrayInput): NDArray;
  permutation(x: number | ArrayInput, ...rest: unknown[]): NDArray {
    noExtra(rest, 'permutation');
    let arr: NDArray;
    if (typeof x === 'number' || typeof x === 'bigint') {
      const n = Number(x);
      if (!Number.isSafeInteger(n) || n < 0)
        throw new ValueError(`permutation: expected a non-negative integer, got ${x}`);
      const d = new BigInt64Array(n);
      const words = new Uint32Array(d.buffer);
      for (let i = 0; i < n; i++) {
        words[2 * i + LO_WORD] = i;
        words[2 * i + HI_WORD] = Math.floor(i / 4294967296);
      }
      arr = new NDArray('int64', d, [n]);
    } else {
      arr = copy(asarray(x));
      if (arr.ndim === 0) throw new ValueError('permutation: x must be an integer or at least 1-dimensional');
    }
    this.shuffle(arr);
    return arr;
  }

  /**
   * Shuffles in place along axis 0 (NumPy's `shuffle`: Fisher-Yates from the last position down,
   * each swap partner from `random_interval`). Accepts an NDArray (sub-arrays along axis 0 move as
   * units), a TypedArray or a JS array.
   *
   * @throws {ValueError} for a 0-d or read-only array.
   * @example
   * ```ts
   * const a = arange(10);
   * defaultRng(1).shuffle(a); // a is now [8, 4, 7, 0, 1, 2, 5, 9, 6, 3]
   * ```
   */
  shuffle(x: NDArray | TypedArray | unknown[]): void;
  shuffle(x: NDArray | TypedArray | unknown[], ...rest: unknown[]): void {
    noExtra(rest, 'shuffle');
    const bg = this.bitGenerator;
    if (Array.isArray(x) || ArrayBuffer.isView(x)) {
      const v = x as unknown[];
      swapPartners(bg, v.length, 1, randomInterval, (js, top, m) => {
        for (let k = 0; k < m; k++) {
          const i = top - k;
          const j = js[k] as number;
          const t = v[i];
          v[i] = v[j];
          v[j] = t;
        }
      });
      return;
    }
    if (!(x instanceof NDArray)) throw new ValueError('shuffle: x must be an NDArray, a TypedArray or an array');
    if (x.ndim === 0) throw new ValueError('shuffle: x must be at least 1-dimensional');
    x.assertWritable('shuffle');
    if (x.size === 0) return;
    const { slots, lanes } = slotView(x);
    const offs = rowOffsets(x);
    const s0 = x.strides[0] as number;
    const off = x.offset;
    const n = x.shape[0] as number;
    if (offs.length === 1 && lanes === 1) {
      swapPartners(bg, n, 1, randomInterval, (js, top, m) => {
        for (let k = 0; k < m; k++) {
          const ki = off + (top - k) * s0;
          const kj = off + (js[k] as number) * s0;
          const t = slots[ki] as number;
          slots[ki] = slots[kj] as number;
          slots[kj] = t;
        }
      });
      return;
    }
    if (offs.length === 1) {
      // One element of two slots per row: int64/uint64 words or complex parts.
      swapPartners(bg, n, 1, randomInterval, (js, top, m) => {
        for (let k = 0; k < m; k++) {
          const ki = 2 * (off + (top - k) * s0);
          const kj = 2 * (off + (js[k] as number) * s0);
          const t0 = slots[ki] as number;
          const t1 = slots[ki + 1] as number;
          slots[ki] = slots[kj] as number;
          slots[ki + 1] = slots[kj + 1] as number;
          slots[kj] = t0;
          slots[kj + 1] = t1;
        }
      });
      return;
    }
    swapPartners(bg, n, 1, randomInterval, (js, top, m) => {
      for (let k = 0; k < m; k++) {
        const i = top - k;
        const j = js[k] as number;
        if (i === j) continue;
        const bi = off + i * s0;
        const bj = off + j * s0;
        for (const o of offs) {
          for (let l = 0; l < lanes; l++) {
            const ki = (bi + o) * lanes + l;
            const kj = (bj + o) * lanes + l;
            const t = slots[ki] as number;
            slots[ki] = slots[kj] as number;
            slots[kj] = t;
          }
        }
      }
    });
  }

  /**
   * `n` independent generators, from the children of the bit generator's seed sequence.
   *
   * @example
   * ```ts
   * const [a, b] = defaultRng(0).spawn(2);
   * ```
   */
  spawn(n: number): Generator[] {
    return this.bitGenerator.spawn(n).map((bg) => new Generator(bg));
  }
}

const SWAP_CHUNK = 4096;

/**
 * Fisher-Yates driver: for i from n-1 down to `first`, draws the partner j = draw(bg, i) in
 * order, handing them to `apply(js, top, m)` in chunks (js[k] is the partner of top - k). Drawing
 * a chunk before swapping lets the swaps' cache misses overlap instead of queueing behind the
 * generator's arithmetic; the draws and swaps happen in NumPy's order.
 */
function swapPartners(
  bg: BitGenerator,
  n: number,
  first: number,
  draw: (bg: BitGenerator, max: number) => number,
  apply: (js: Float64Array, top: number, m: number) => void,
): void {
  const js = new Float64Array(Math.max(0, Math.min(SWAP_CHUNK, n - first)));
  for (let top = n - 1; top >= first; top -= SWAP_CHUNK) {
    const m = Math.min(SWAP_CHUNK, top - first + 1);
    for (let k = 0; k < m; k++) js[k] = draw(bg, top - k);
    apply(js, top, m);
  }
}

/** NumPy's `_shuffle_int`: Fisher-Yates of `data[first..n)` downward with Lemire draws on [0, i]. */
function shuffleIndices(bg: BitGenerator, data: Float64Array, n: number, first: number): void {
  swapPartners(bg, n, first, boundedUint, (js, top, m) => {
    for (let k = 0; k < m; k++) {
      const i = top - k;
      const j = js[k] as number;
      const t = data[j] as number;
      data[j] = data[i] as number;
      data[i] = t;
    }
  });
}

function floatDType(dtype: string | undefined, op: string): 'float64' | 'float32' {
  if (dtype === undefined || dtype === 'float64') return 'float64';
  if (dtype === 'float32') return 'float32';
  throw new DTypeError(`${op}: unsupported dtype ${JSON.stringify(dtype)}; expected 'float64' or 'float32'`);
}

function allocateFor(dtype: DType, n: number): TypedArray {
  switch (dtype) {
    case 'bool':
    case 'uint8':
      return new Uint8Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'uint16':
      return new Uint16Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'uint32':
      return new Uint32Array(n);
    case 'int64':
      return new BigInt64Array(n);
    case 'uint64':
      return new BigUint64Array(n);
    default:
      throw new DTypeError(`integers: unsupported dtype ${dtype}`);
  }
}

/**
 * What `defaultRng` accepts: a seed, a SeedSequence, a bit generator, or a Generator (returned as is).
 *
 * @example
 * ```ts
 * defaultRng(new SeedSequence([1, 2, 3])).random() === defaultRng([1, 2, 3]).random(); // true
 * ```
 */
export type RngSeed = SeedInput | SeedSequence | BitGenerator | Generator;

function isBitGenerator(x: unknown): x is BitGenerator {
  return x instanceof PCG64 || (typeof x === 'object' && x !== null && typeof (x as BitGenerator).step === 'function');
}

/**
 * NumPy's `np.random.default_rng`: a {@link Generator} over {@link PCG64}. The same seed gives
 * the same numbers as NumPy for `random`, `integers`, `standardNormal`, `normal`, `uniform`,
 * `exponential`, `choice`, `permutation` and `shuffle`.
 *
 * @param seed - non-negative integer (number or bigint), array of them, SeedSequence, bit
 *   generator, or Generator; `undefined` seeds from `crypto.getRandomValues`.
 * @throws {ValueError} for a negative or non-integer seed.
 * @example
 * ```ts
 * const rng = defaultRng(12345);
 * rng.standardNormal(2).toArray(); // [-1.4238250364546312, 1.2637284581291104]
 * ```
 */
export function defaultRng(seed?: RngSeed): Generator {
  if (seed instanceof Generator) return seed;
  if (isBitGenerator(seed)) return new Generator(seed);
  return new Generator(new PCG64(seed));
}
