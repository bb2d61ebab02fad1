/**
 * The ufunc machinery around the generated kernels: operand normalisation (NEP 50 weak JS
 * scalars), NumPy-style loop resolution, `out=` / `dtype=` / `where=` handling, overlap safety,
 * and the outer iteration (whole-array fast path, forEach2/3 runs, buffered casting).
 */
import { isBinaryKernel } from '../core/heap-codes.js';
import { heapBinary, heapPredicate, heapUnary } from '../core/heapops.js';
import { DTYPES, type DType, type TypedArray, isCContiguous } from '@stride/protocol';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray, type Scalar, checkDType } from '../ndarray.js';
import { is, signature } from '../core/args.js';
import {
  type ArrayInput,
  asarray,
  assign,
  convertLoop,
  copy,
  emptyArray,
  isScalar,
  mayOverlap,
  weakKindOf,
  writeScalar,
} from '../core/convert.js';
import { type WeakKind, canCast, intRange, isInteger, resultType } from '../core/dtype.js';
import { broadcastShapes, broadcastStrides, forEach2, forEach3 } from '../core/iter.js';
import { CASTS } from './loops/casts.generated.js';
import type { Cast, Loop1, Loop2, UfuncOptions } from './types.js';

/** A JS scalar operand, weak in the NEP 50 sense until a loop is chosen. */
export class Weak {
  constructor(
    readonly value: Scalar,
    readonly kind: WeakKind,
  ) {}
}

/** An operand after normalisation: an array, or a weak scalar. */
export type Operand = NDArray | Weak;

/** How a ufunc resolves its loop beyond NumPy's linear search over its table. */
export interface UfuncSpec<L extends Loop1 | Loop2> {
  /** The API name used in messages (`floorDivide`). */
  readonly name: string;
  readonly loops: readonly L[];
  /** Message when every input is bool and the ufunc refuses bool (NumPy's subtract/negative). */
  readonly noBool?: string;
  /** True division: integer/bool inputs compute in float64 (NumPy's TrueDivisionTypeResolver). */
  readonly trueDivide?: boolean;
  /** Logical ufuncs only look at truthiness: weak scalars become bool and never overflow. */
  readonly logical?: boolean;
}

/**
 * Normalises one ufunc argument.
 *
 * @example
 * ```ts
 * toOperand(2) instanceof Weak; // true
 * (toOperand([1, 2]) as NDArray).dtype; // 'int32'
 * ```
 */
export function toOperand(x: ArrayInput | Weak): Operand {
  if (x instanceof NDArray || x instanceof Weak) return x;
  if (isScalar(x)) return new Weak(x, weakKindOf(x));
  return asarray(x);
}

/**
 * Turns weak operands into arrays when no strong operand exists (NumPy converts lone Python scalars).
 *
 * @example
 * ```ts
 * strongIfAllWeak([toOperand(1), toOperand(2.5)]).map((o) => (o as NDArray).dtype); // ['int32', 'float64']
 * ```
 */
export function strongIfAllWeak(ops: Operand[]): Operand[] {
  if (ops.some((o) => o instanceof NDArray)) return ops;
  return ops.map((o) => (o instanceof Weak ? asarray(o.value) : o));
}

/**
 * The dtype each operand takes part in the loop search with (NEP 50: weak scalars take the promoted type).
 *
 * @example
 * ```ts
 * effectiveDTypes([asarray(new Int8Array(2)), toOperand(1)]);   // ['int8', 'int8']
 * effectiveDTypes([asarray(new Int8Array(2)), toOperand(1.5)]); // ['int8', 'float64']
 * ```
 */
export function effectiveDTypes(ops: readonly Operand[]): DType[] {
  const strong: DType[] = [];
  for (const o of ops) if (o instanceof NDArray) strong.push(o.dtype);
  return ops.map((o) => (o instanceof NDArray ? o.dtype : resultType(strong, [o.kind])));
}

function dtypeList(dts: readonly DType[]): string {
  return dts.join(', ');
}

/**
 * NumPy's loop selection: the first loop of the table every input casts to safely (or, with
 * `dtype=`, the first loop producing that dtype whose inputs cast `same_kind`).
 *
 * @example
 * ```ts
 * findLoop({ name: 'add', loops: ADD_LOOPS }, ['int8', 'uint8']).out; // 'int16'
 * ```
 */
export function findLoop<L extends Loop1 | Loop2>(spec: UfuncSpec<L>, dts: readonly DType[], dtype?: DType): L {
  if (dtype === undefined) {
    if (dts.length === 2) return findLoop2(spec, dts[0] as DType, dts[1] as DType);
    if (dts.length === 1) return findLoop1(spec, dts[0] as DType);
  }
  return findLoopKeyed(spec, dts, dtype);
}

/** findLoop through a cache keyed by the joined dtype names (any arity, explicit dtype). */
function findLoopKeyed<L extends Loop1 | Loop2>(spec: UfuncSpec<L>, dts: readonly DType[], dtype?: DType): L {
  let cache = LOOP_CACHE.get(spec);
  if (cache === undefined) {
    cache = new Map();
    LOOP_CACHE.set(spec, cache);
  }
  const key = dtype === undefined ? dts.join() : `${dts.join()}>${dtype}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit as L;
  const loop = searchLoop(spec, dts, dtype);
  cache.set(key, loop);
  return loop;
}

/** Resolved loops per spec and input dtypes: resolution is pure, and small-array calls are dominated by it. */
const LOOP_CACHE = new WeakMap<object, Map<string, Loop1 | Loop2>>();

function searchLoop<L extends Loop1 | Loop2>(spec: UfuncSpec<L>, dts: readonly DType[], dtype?: DType): L {
  if (spec.noBool !== undefined && dts.every((d) => d === 'bool')) {
    throw new DTypeError(`${spec.name}: ${spec.noBool}`);
  }
  if (dtype !== undefined) {
    const want = checkDType(dtype, spec.name);
    const allBoolOut = spec.loops.every((l) => l.out === 'bool');
    if (allBoolOut) {
      if (want !== 'bool') {
        throw new DTypeError(`${spec.name}: no loop producing dtype ${want}; the result is always bool`);
      }
      return searchLoop(spec, dts);
    }
    for (const l of spec.loops) {
      if (l.out !== want) continue;
      if (dts.every((d, i) => canCast(d, l.in[i] as DType, 'same_kind'))) return l;
    }
    throw new DTypeError(
      `${spec.name}: no loop matching dtype=${want} for input dtypes ${dtypeList(dts)} with casting rule 'same_kind'`,
    );
  }
  if (spec.trueDivide && dts.every((d) => isInteger(d) || d === 'bool')) {
    const l = spec.loops.find((x) => x.out === 'float64' && x.in.every((d) => d === 'float64'));
    if (l !== undefined) return l;
  }
  for (const l of spec.loops) {
    let ok = true;
    for (let i = 0; i < dts.length; i++) {
      if (!canCast(dts[i] as DType, l.in[i] as DType, 'safe')) {
        ok = false;
        break;
      }
    }
    if (ok) return l;
  }
  throw new DTypeError(`${spec.name}: not supported for input dtype${dts.length > 1 ? 's' : ''} ${dtypeList(dts)}`);
}

/** Whether a JS scalar holds an integer value (number or bigint). */
function isIntValue(v: Scalar): v is number | bigint {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

/**
 * A weak scalar as a 0-d array of the loop's input dtype. A JS integer outside an integer loop
 * dtype's range is an error like NumPy 2's OverflowError.
 *
 * @example
 * ```ts
 * materialize(new Weak(300, 'int'), 'int16', 'add').item(); // 300
 * materialize(new Weak(300, 'int'), 'int8', 'add');        // throws ValueError
 * ```
 */
export function materialize(w: Weak, dtype: DType, op: string): NDArray {
  let v = w.value;
  if (isInteger(dtype) && isIntValue(v)) {
    const { min, max } = intRange(dtype);
    const b = BigInt(v);
    if (b < min || b > max) throw new ValueError(`${op}: Python integer ${String(v)} out of bounds for ${dtype}`);
    v = dtype === 'int64' || dtype === 'uint64' ? b : Number(b);
  }
  const a = emptyArray(dtype, []);
  writeScalar(dtype, a.data, 0, v);
  return a;
}

/** Throws unless `out` is a writable NDArray of `shape`. */
function checkOut(out: NDArray, shape: readonly number[], op: string): void {
  if (!(out instanceof NDArray)) throw new DTypeError(`${op}: out must be an NDArray`);
  out.assertWritable(op);
  if (out.ndim !== shape.length || out.shape.some((d, i) => d !== shape[i])) {
    throw new ShapeError(
      `${op}: non-broadcastable output operand with shape [${out.shape.join(', ')}] doesn't match the broadcast shape [${shape.join(', ')}]`,
    );
  }
}

function sameLayout(x: NDArray, out: NDArray): boolean {
  if (x.data !== out.data && (x.data.buffer !== out.data.buffer || x.data.byteOffset !== out.data.byteOffset)) {
    return false;
  }
  if (DTYPES[x.dtype].itemSize !== DTYPES[out.dtype].itemSize || x.offset !== out.offset) return false;
  const s = broadcastStrides(x.shape, x.strides, out.shape);
  for (let i = 0; i < out.ndim; i++) {
    if ((out.shape[i] as number) > 1 && s[i] !== out.strides[i]) return false;
  }
  return true;
}

/**
 * An input that shares memory with `out` in any way other than element-for-element is copied first.
 *
 * @example
 * ```ts
 * const a = arange(5);
 * unalias(a, a) === a;                          // true (element-for-element)
 * unalias(a.view([4], [1], 1), a.view([4], [1], 0)) !== a; // copied: shifted overlap
 * ```
 */
export function unalias(x: NDArray, out: NDArray): NDArray {
  if (x.data.buffer !== out.data.buffer || x.size === 0) return x;
  if (sameLayout(x, out) || !mayOverlap(x, out)) return x;
  return copy(x);
}

/** The prepared call: the loop, array inputs (weak scalars materialised), broadcast shape, options. */
const parseUfunc = signature<UfuncOptions>('ufunc', ['out'], {
  out: is.nullable(is.protocolArray) as never,
  dtype: is.dtype,
  where: is.any,
  // NumPy's defaults, the only values the loops implement (a different one is a ValueError, never ignored);
  // order only lays out memory, the values are the same.
  casting: is.choice('same_kind') as never,
  order: is.choice('K', 'C', 'F', 'A') as never,
} as never);

/**
 * Validates what a ufunc got after its inputs (NumPy's `ufunc(x1, x2, out, /, *, where, dtype)`):
 * `undefined`, an options object `{out, dtype, where}`, or the `out` array positionally. Anything
 * else (a dtype string, a number, an unknown option) is an `ArgumentError` naming the ufunc.
 *
 * @example
 * ```ts
 * ufuncOptions('add', { dtype: 'f4' }); // { dtype: 'float32' }
 * ufuncOptions('add', 'int32');         // throws TypeError
 * ```
 */
export function ufuncOptions(name: string, options: unknown): UfuncOptions | undefined {
  if (options === undefined) return undefined;
  return parseUfunc([options], name);
}

interface Prepared<L> {
  loop: L;
  inputs: NDArray[];
  shape: number[];
  out: NDArray | null;
  where: NDArray | null;
}

/**
 * Resolves the loop and shapes of a ufunc call; does not allocate the output.
 *
 * @example
 * ```ts
 * prepare({ name: 'add', loops: ADD_LOOPS }, [[1, 2], 1.5], undefined).loop.out; // 'float64'
 * ```
 */
export function prepare<L extends Loop1 | Loop2>(
  spec: UfuncSpec<L>,
  args: readonly (ArrayInput | Weak)[],
  options: UfuncOptions | undefined,
): Prepared<L> {
  options = ufuncOptions(spec.name, options);
  let ops = strongIfAllWeak(args.map(toOperand));
  if (spec.logical) {
    ops = ops.map((o) => (o instanceof Weak ? new Weak(truthy(o.value), 'bool') : o));
  }
  const loop = findLoop(spec, effectiveDTypes(ops), options?.dtype);
  const inputs = ops.map((o, i) => (o instanceof Weak ? materialize(o, loop.in[i] as DType, spec.name) : o));
  const shape = broadcastShapes(spec.name, ...inputs.map((a) => a.shape));
  return finishPrepare(spec.name, loop, inputs, shape, options);
}

/**
 * Applies `out` and `where` to a resolved call (broadcasting them with the inputs).
 *
 * @example
 * ```ts
 * const loop = findLoop({ name: 'add', loops: ADD_LOOPS }, ['float64', 'float64']);
 * const a = zeros([3]);
 * const b = ones([3]);
 * finishPrepare('add', loop, [a, b], [3], { out: zeros([2, 3]) }).shape; // [2, 3] (out broadcasts the inputs)
 * ```
 */
export function finishPrepare<L extends Loop1 | Loop2>(
  name: string,
  loop: L,
  inputs: NDArray[],
  shape: number[],
  options: UfuncOptions | undefined,
): Prepared<L> {
  options = ufuncOptions(name, options);
  let where: NDArray | null = null;
  if (options?.where !== undefined && options.where !== true) {
    where = asarray(options.where);
    if (where.dtype !== 'bool') {
      throw new DTypeError(`${name}: where must be a bool array, got dtype ${where.dtype}`);
    }
    shape = broadcastShapes(name, shape, where.shape);
  }
  const out = options?.out ?? null;
  if (out !== null) {
    if (!(out instanceof NDArray)) throw new DTypeError(`${name}: out must be an NDArray`);
    const full = broadcastShapes(name, shape, out.shape);
    checkOut(out, full, name);
    shape = full;
    if (!canCast(loop.out, out.dtype, 'same_kind')) {
      throw new DTypeError(
        `${name}: cannot cast ufunc output from ${loop.out} to ${out.dtype} with casting rule 'same_kind'`,
      );
    }
  }
  return { loop, inputs, shape, out, where };
}

function truthy(v: Scalar): boolean {
  if (typeof v === 'object') return v.re !== 0 || v.im !== 0;
  return v !== 0 && v !== 0n && v !== false;
}

/**
 * Runs a prepared call: allocates or fills `out`, handling casts, overlap and `where`.
 *
 * @example
 * ```ts
 * run(prepare({ name: 'add', loops: ADD_LOOPS }, [[1, 2], 1], undefined)).toArray(); // [2, 3]
 * ```
 */
export function run<L extends Loop1 | Loop2>(p: Prepared<L>): NDArray {
  const { loop, shape, out, where } = p;
  if (out === null && where === null) {
    // exec writes every element: no need to zero the storage first.
    const o = emptyArray(loop.out, shape, false);
    exec(loop, p.inputs, o);
    return o;
  }
  if (out !== null && where === null && out.dtype === loop.out) {
    const inputs = p.inputs.map((x) => unalias(x, out));
    exec(loop, inputs, out);
    return out;
  }
  // A temporary in the loop dtype, then a converting (and possibly masked) copy into the target.
  const tmp = emptyArray(loop.out, shape, false);
  exec(loop, p.inputs, tmp);
  const target = out ?? emptyArray(loop.out, shape);
  if (where === null) assign(target, tmp);
  else maskedAssign(target, tmp, where);
  return target;
}

/**
 * Prepare + run: the whole ufunc call.
 *
 * @example
 * ```ts
 * apply({ name: 'add', loops: ADD_LOOPS }, [[1, 2], 1], undefined).toArray(); // [2, 3]
 * ```
 */
export function apply<L extends Loop1 | Loop2>(
  spec: UfuncSpec<L>,
  args: readonly (ArrayInput | Weak)[],
  options: UfuncOptions | undefined,
): NDArray {
  if (options === undefined) {
    // Fast path for the common call shapes (arrays only, no options): small-array calls are
    // dominated by bookkeeping, so skip the general machinery's temporaries.
    const x = args[0];
    if (args.length === 1 && x instanceof NDArray) {
      const loop = findLoop1(spec, x.dtype);
      const o = emptyArray(loop.out, x.shape, false);
      exec(loop, [x], o);
      return o;
    }
    const y = args[1];
    if (args.length === 2 && x instanceof NDArray && y instanceof NDArray) {
      const loop = findLoop2(spec, x.dtype, y.dtype);
      const shape = sameShape(x.shape, y.shape) ? x.shape : broadcastShapes(spec.name, x.shape, y.shape);
      const o = emptyArray(loop.out, shape, false);
      exec(loop, [x, y], o);
      return o;
    }
    if (args.length === 2 && spec.logical !== true) {
      const r =
        x instanceof NDArray && typeof y === 'number'
          ? floatWithNumber(spec, x, y, false)
          : y instanceof NDArray && typeof x === 'number'
            ? floatWithNumber(spec, y, x, true)
            : null;
      if (r !== null) return r;
    }
  }
  return run(prepare(spec, args, options));
}

/**
 * A float array with a JS number (`add(a, 2)`, `a.mul(0.5)`): NumPy's weak Python scalar takes the
 * array's float dtype (NEP 50), so the call is the array's own (dt, dt) loop with the number in a
 * reusable 0-d carrier: no operand objects, no materialised scalar. Null when the loop is not
 * (dt, dt) (the general path decides).
 */
function floatWithNumber<L extends Loop1 | Loop2>(
  spec: UfuncSpec<L>,
  arr: NDArray,
  v: number,
  first: boolean,
): NDArray | null {
  const dt = arr.dtype;
  if (dt !== 'float64' && dt !== 'float32') return null;
  const loop = findLoop2(spec, dt, dt) as Loop2;
  if (loop.in[0] !== dt || loop.in[1] !== dt) return null;
  const c = carrier(dt);
  c.data[0] = v;
  const o = emptyArray(loop.out, arr.shape, false);
  if (first) exec2(loop, c, arr, o);
  else exec2(loop, arr, c, o);
  return o;
}

/** One 0-d array per float dtype holding the scalar of {@link floatWithNumber} (loops never keep their operands). */
const CARRIERS: { float64?: NDArray; float32?: NDArray } = {};

function carrier(dt: 'float64' | 'float32'): NDArray {
  let c = CARRIERS[dt];
  if (c === undefined) {
    c = emptyArray(dt, []);
    CARRIERS[dt] = c;
  }
  return c;
}

function findLoop1<L extends Loop1 | Loop2>(spec: UfuncSpec<L>, a: DType): L {
  const c = FAST_CACHE.get(spec)?.get(a);
  if (c !== undefined) return c as L;
  const loop = findLoopKeyed(spec, [a]);
  fastCache(spec).set(a, loop);
  return loop;
}

function findLoop2<L extends Loop1 | Loop2>(spec: UfuncSpec<L>, a: DType, b: DType): L {
  // Nested by dtype (no key string to build per call).
  const c = FAST_CACHE2.get(spec)?.get(a)?.get(b);
  if (c !== undefined) return c as L;
  const loop = findLoopKeyed(spec, [a, b]);
  let m = FAST_CACHE2.get(spec);
  if (m === undefined) {
    m = new Map();
    FAST_CACHE2.set(spec, m);
  }
  let inner = m.get(a);
  if (inner === undefined) {
    inner = new Map();
    m.set(a, inner);
  }
  inner.set(b, loop);
  return loop;
}

/** Two-input loops by first and second input dtype, for the no-options fast path. */
const FAST_CACHE2 = new WeakMap<object, Map<DType, Map<DType, Loop1 | Loop2>>>();

/** Loops by concatenated input dtype names, for the no-options fast path. */
const FAST_CACHE = new WeakMap<object, Map<string, Loop1 | Loop2>>();

function fastCache(spec: object): Map<string, Loop1 | Loop2> {
  let m = FAST_CACHE.get(spec);
  if (m === undefined) {
    m = new Map();
    FAST_CACHE.set(spec, m);
  }
  return m;
}

/** Elements per chunk when an input must be converted to the loop dtype on the fly. */
const BUF = 4096;
const scratch = new Map<string, TypedArray>();

function scratchFor(dtype: DType, slot: number): TypedArray {
  const key = `${dtype}${slot}`;
  let s = scratch.get(key);
  if (s === undefined) {
    const info = DTYPES[dtype];
    s = new info.ctor(BUF * info.lanes);
    scratch.set(key, s);
  }
  return s;
}

function castFor(from: DType, to: DType): Cast {
  return CASTS[`${from}>${to}`] as Cast;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Calls the loop over `o`'s shape; inputs of another dtype than the loop's are converted in chunks.
 *
 * @example
 * ```ts
 * const o = zeros([2]);
 * const f64AddLoop = findLoop({ name: 'add', loops: ADD_LOOPS }, ['float64', 'float64']);
 * exec(f64AddLoop, [array([1, 2], { dtype: 'float64' }), array([3, 4], { dtype: 'int32' })], o);
 * o.toArray(); // [4, 6] (the int32 input is converted chunk by chunk)
 * ```
 */
export function exec(loop: Loop1 | Loop2, inputs: readonly NDArray[], o: NDArray): void {
  if (inputs.length === 1) exec1(loop as Loop1, inputs[0] as NDArray, o);
  else exec2(loop as Loop2, inputs[0] as NDArray, inputs[1] as NDArray, o);
}

function exec1(loop: Loop1, a: NDArray, o: NDArray): void {
  const hk = loop.heap;
  if (hk !== undefined && a.dtype === loop.in[0]) {
    if (hk.kind === 'unary' ? heapUnary(hk.op, a, o) : hk.kind === 'predicate' && heapPredicate(hk.op, a, o)) return;
  }
  const shape = o.shape;
  const A = a.data;
  const O = o.data;
  const fn = loop.fn;
  if (a.dtype === loop.in[0]) {
    if (sameShape(a.shape, shape) && isCContiguous(shape, a.strides) && isCContiguous(shape, o.strides)) {
      fn(o.size, A, a.offset, 1, O, o.offset, 1);
      return;
    }
    forEach2(shape, broadcastStrides(a.shape, a.strides, shape), a.offset, o.strides, o.offset, (n, ia, sa, io, so) =>
      fn(n, A, ia, sa, O, io, so),
    );
    return;
  }
  const S = scratchFor(loop.in[0], 0);
  const cv = castFor(a.dtype, loop.in[0]);
  forEach2(shape, broadcastStrides(a.shape, a.strides, shape), a.offset, o.strides, o.offset, (n, ia, sa, io, so) => {
    if (sa === 0) {
      cv.fn(1, A, ia, 0, S, 0, 1);
      fn(n, S, 0, 0, O, io, so);
      return;
    }
    for (let s = 0; s < n; s += BUF) {
      const m = Math.min(BUF, n - s);
      cv.fn(m, A, ia + s * sa, sa, S, 0, 1);
      fn(m, S, 0, 1, O, io + s * so, so);
    }
  });
}

function exec2(loop: Loop2, a: NDArray, b: NDArray, o: NDArray): void {
  const shape = o.shape;
  const A = a.data;
  const B = b.data;
  const O = o.data;
  const fn = loop.fn;
  const castA = a.dtype !== loop.in[0];
  const castB = b.dtype !== loop.in[1];
  if (!castA && !castB) {
    const hk = loop.heap;
    if (hk !== undefined && isBinaryKernel(hk) && heapBinary(hk, a, b, o)) return;
    if (
      sameShape(a.shape, shape) &&
      sameShape(b.shape, shape) &&
      isCContiguous(shape, a.strides) &&
      isCContiguous(shape, b.strides) &&
      isCContiguous(shape, o.strides)
    ) {
      fn(o.size, A, a.offset, 1, B, b.offset, 1, O, o.offset, 1);
      return;
    }
    // One operand is a single element (a JS scalar, a 0-d array): a stride of 0 over it.
    if (isCContiguous(shape, o.strides)) {
      if (b.size === 1 && sameShape(a.shape, shape) && isCContiguous(shape, a.strides)) {
        fn(o.size, A, a.offset, 1, B, b.offset, 0, O, o.offset, 1);
        return;
      }
      if (a.size === 1 && sameShape(b.shape, shape) && isCContiguous(shape, b.strides)) {
        fn(o.size, A, a.offset, 0, B, b.offset, 1, O, o.offset, 1);
        return;
      }
    }
    forEach3(
      shape,
      broadcastStrides(a.shape, a.strides, shape),
      a.offset,
      broadcastStrides(b.shape, b.strides, shape),
      b.offset,
      o.strides,
      o.offset,
      (n, ia, sa, ib, sb, io, so) => fn(n, A, ia, sa, B, ib, sb, O, io, so),
    );
    return;
  }
  const SA = castA ? scratchFor(loop.in[0], 0) : A;
  const SB = castB ? scratchFor(loop.in[1], 1) : B;
  const cvA = castA ? castFor(a.dtype, loop.in[0]) : null;
  const cvB = castB ? castFor(b.dtype, loop.in[1]) : null;
  forEach3(
    shape,
    broadcastStrides(a.shape, a.strides, shape),
    a.offset,
    broadcastStrides(b.shape, b.strides, shape),
    b.offset,
    o.strides,
    o.offset,
    (n, ia, sa, ib, sb, io, so) => {
      // A stride-0 operand is converted once per run and stays a hoisted scalar in the kernel.
      if (cvA !== null && sa === 0) cvA.fn(1, A, ia, 0, SA, 0, 1);
      if (cvB !== null && sb === 0) cvB.fn(1, B, ib, 0, SB, 0, 1);
      for (let s = 0; s < n; s += BUF) {
        const m = Math.min(BUF, n - s);
        let ja = ia + s * sa;
        let ta = sa;
        let jb = ib + s * sb;
        let tb = sb;
        if (cvA !== null) {
          if (sa !== 0) {
            cvA.fn(m, A, ja, sa, SA, 0, 1);
            ta = 1;
          }
          ja = 0;
        }
        if (cvB !== null) {
          if (sb !== 0) {
            cvB.fn(m, B, jb, sb, SB, 0, 1);
            tb = 1;
          }
          jb = 0;
        }
        fn(m, SA, ja, ta, SB, jb, tb, O, io + s * so, so);
      }
    },
  );
}

/**
 * Copies `src` into `dst` (same shape) where `mask` (broadcast) is true, converting the dtype.
 *
 * @example
 * ```ts
 * const d = zeros([3]);
 * maskedAssign(d, array([1, 2, 3], { dtype: 'float64' }), array([true, false, true]));
 * d.toArray(); // [1, 0, 3]
 * ```
 */
export function maskedAssign(dst: NDArray, src: NDArray, mask: NDArray): void {
  const M = mask.data;
  const cv = convertLoop(src.dtype, src.data, dst.dtype, dst.data);
  forEach3(
    dst.shape,
    src.strides,
    src.offset,
    broadcastStrides(mask.shape, mask.strides, dst.shape),
    mask.offset,
    dst.strides,
    dst.offset,
    (n, is, ss, im, sm, id, sd) => {
      let k = 0;
      while (k < n) {
        if (M[im + k * sm] === 0) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < n && M[im + e * sm] !== 0) e++;
        cv(e - k, is + k * ss, ss, id + k * sd, sd);
        k = e;
      }
    },
  );
}
