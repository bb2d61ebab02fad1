/**
 * The one place where a scalar kernel becomes a public special function: argument checks, ufunc
 * broadcasting between the inputs, float32-in-float32-out, scalar-in-scalar-out.
 */
import {
  type ArrayInput,
  type NestedInput,
  argumentError,
  asarray,
  broadcastShapes,
  DTypeError,
  empty,
  is,
  NDArray,
  signature,
  type TypedArray,
} from '@stride/ndarray';

/**
 * An array argument (not a bare scalar): the result is an NDArray. Other protocol objects take the general overload.
 *
 * @example
 * ```ts
 * const a: ArrayArg = [1, 2, 3]; // e.g. a nested array, a Float64Array or an NDArray
 * ```
 */
export type ArrayArg = NDArray | TypedArray | readonly NestedInput[];

/**
 * A special function of one argument: a number for a number, an NDArray for an array.
 *
 * @example
 * ```ts
 * const f: Ufunc1 = ufunc1('double', (x) => 2 * x);
 * f(3); // 6
 * ```
 */
export interface Ufunc1 {
  (x: number): number;
  (x: ArrayArg): NDArray;
  (x: ArrayInput): number | NDArray;
}

/**
 * A special function of two arguments, broadcast like a ufunc.
 *
 * @example
 * ```ts
 * const f: Ufunc2 = ufunc2('plus', (a, b) => a + b, ['a', 'b']);
 * f([1, 2], 10).toArray(); // [11, 12]
 * ```
 */
export interface Ufunc2 {
  (a: number, b: number): number;
  (a: ArrayArg, b: ArrayInput): NDArray;
  (a: ArrayInput, b: ArrayArg): NDArray;
  (a: ArrayInput, b: ArrayInput): number | NDArray;
}

/**
 * A special function of three arguments, broadcast like a ufunc.
 *
 * @example
 * ```ts
 * const f: Ufunc3 = ufunc3('fma', (a, b, c) => a * b + c, ['a', 'b', 'c']);
 * f(2, 3, [1, 2]).toArray(); // [7, 8]
 * ```
 */
export interface Ufunc3 {
  (a: number, b: number, c: number): number;
  (a: ArrayArg, b: ArrayInput, c: ArrayInput): NDArray;
  (a: ArrayInput, b: ArrayArg, c: ArrayInput): NDArray;
  (a: ArrayInput, b: ArrayInput, c: ArrayArg): NDArray;
  (a: ArrayInput, b: ArrayInput, c: ArrayInput): number | NDArray;
}

type Kernel = (...args: number[]) => number;

/** A JS scalar argument as a number, or undefined when the argument is an array. */
function scalarOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

// int64/uint64 elements are bigints: the loops read every element through Number()
const FLOATABLE = new Set([
  'bool',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'float32',
  'float64',
]);

/** An input as an NDArray whose elements read as numbers through Number() (complex refused). */
function numericArray(fn: string, name: string, v: unknown): NDArray {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'function' || typeof v === 'symbol') {
    throw argumentError(fn, name, 'an array, a TypedArray, a nested array or a number', v);
  }
  is.arrayLike(v, fn, name);
  const a = asarray(v as ArrayInput);
  if (FLOATABLE.has(a.dtype)) return a;
  throw new DTypeError(`${fn}: ${name} has dtype ${a.dtype}; complex input is not supported`);
}

/** Broadcast strides of `a` against the output shape (0 on broadcast axes). */
function stridesFor(a: NDArray, shape: readonly number[]): number[] {
  const nd = shape.length;
  const out = new Array<number>(nd).fill(0);
  const pad = nd - a.ndim;
  for (let i = 0; i < a.ndim; i++) out[pad + i] = (a.shape[i] as number) === 1 ? 0 : (a.strides[i] as number);
  return out;
}

/**
 * Applies `kernel` elementwise over broadcast inputs. Scalars (numbers, booleans, bigints) in
 * every slot give a number; otherwise an NDArray of the broadcast shape, float32 when every array
 * input is float32 (numbers are weakly typed, as NumPy 2 treats Python scalars), else float64.
 *
 * @example
 * ```ts
 * applyKernel('neg', ['x'], (x) => -x, [[1, 2]]).toArray(); // [-1, -2]
 * ```
 */
export function applyKernel(
  fn: string,
  names: readonly string[],
  kernel: Kernel,
  args: readonly unknown[],
): number | NDArray {
  const n = names.length;
  if (args.length > n) {
    // extra arguments: the options slot, which these functions do not have
    signature(fn, [], {})(args.slice(n));
  }
  const scalars = new Array<number>(n);
  let allScalar = true;
  for (let i = 0; i < n; i++) {
    const s = scalarOf(args[i]);
    if (s === undefined) {
      allScalar = false;
      break;
    }
    scalars[i] = s;
  }
  if (allScalar) return kernel(...scalars);

  const arrays: NDArray[] = [];
  let float32 = true;
  for (let i = 0; i < n; i++) {
    const v = args[i];
    const s = scalarOf(v);
    if (s !== undefined) {
      arrays.push(new NDArray('float64', new Float64Array([s]), []));
      continue;
    }
    const a = numericArray(fn, names[i] as string, v);
    if (a.dtype !== 'float32') float32 = false;
    arrays.push(a);
  }
  const shape = broadcastShapes(fn, ...arrays.map((a) => a.shape));
  let size = 1;
  for (const d of shape) size *= d;
  // `empty` puts large results in the runtime's heap, whose pages are reused from call to call
  const result = empty(shape, float32 ? 'float32' : 'float64');
  if (size > 0) fill(result.data as Float64Array | Float32Array, shape, arrays, kernel);
  return result;
}

/** The broadcast loop: C order over the output, each input through its own broadcast strides. */
function fill(out: Float64Array | Float32Array, shape: readonly number[], arrays: NDArray[], kernel: Kernel): void {
  const n = arrays.length;
  const nd = shape.length;
  const data: TypedArray[] = arrays.map((a) => a.data);
  const strides = arrays.map((a) => stridesFor(a, shape));
  const ptr = arrays.map((a) => a.offset);
  const size = out.length;
  // fast path: every input is C-contiguous with the output's shape, or holds one element
  if (arrays.every((a) => a.size === 1 || (sameShape(a, shape) && a.flags.cContiguous))) {
    const d = data.map((x, j) => ((arrays[j] as NDArray).size === 1 ? [Number(x[ptr[j] as number])] : x));
    const p = ptr.map((x, j) => ((arrays[j] as NDArray).size === 1 ? 0 : x));
    const st = arrays.map((a) => (a.size === 1 ? 0 : 1));
    if (n === 1) {
      const d0 = d[0] as ArrayLike<number>;
      const p0 = p[0] as number;
      const s0 = st[0] as number;
      for (let i = 0; i < size; i++) out[i] = kernel(Number(d0[p0 + i * s0]));
      return;
    }
    if (n === 2) {
      const d0 = d[0] as ArrayLike<number>;
      const d1 = d[1] as ArrayLike<number>;
      const [p0, p1] = p as [number, number];
      const [s0, s1] = st as [number, number];
      for (let i = 0; i < size; i++) out[i] = kernel(Number(d0[p0 + i * s0]), Number(d1[p1 + i * s1]));
      return;
    }
    const args = new Array<number>(n);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < n; j++)
        args[j] = Number((d[j] as ArrayLike<number>)[(p[j] as number) + i * (st[j] as number)]);
      out[i] = kernel(...args);
    }
    return;
  }
  // general N-d odometer, innermost axis in a tight loop
  const idx = new Array<number>(nd).fill(0);
  const inner = nd === 0 ? 1 : (shape[nd - 1] as number);
  const args = new Array<number>(n);
  const innerStride = strides.map((s) => (nd === 0 ? 0 : (s[nd - 1] as number)));
  let o = 0;
  while (o < size) {
    for (let i = 0; i < inner; i++) {
      for (let j = 0; j < n; j++)
        args[j] = Number((data[j] as TypedArray)[(ptr[j] as number) + i * (innerStride[j] as number)]);
      out[o++] = kernel(...args);
    }
    // advance the outer axes
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      idx[ax] = (idx[ax] as number) + 1;
      for (let j = 0; j < n; j++) ptr[j] = (ptr[j] as number) + ((strides[j] as number[])[ax] as number);
      if ((idx[ax] as number) < (shape[ax] as number)) break;
      for (let j = 0; j < n; j++)
        ptr[j] = (ptr[j] as number) - ((strides[j] as number[])[ax] as number) * (shape[ax] as number);
      idx[ax] = 0;
    }
    if (ax < 0) break;
  }
}

function sameShape(a: NDArray, shape: readonly number[]): boolean {
  if (a.ndim !== shape.length) return false;
  for (let k = 0; k < shape.length; k++) if (a.shape[k] !== shape[k]) return false;
  return true;
}

/**
 * Builds a one-argument special function from its scalar kernel.
 *
 * @example
 * ```ts
 * ufunc1('square', (x) => x * x)([1, 2, 3]).toArray(); // [1, 4, 9]
 * ```
 */
export function ufunc1(fn: string, kernel: (x: number) => number, name = 'x'): Ufunc1 {
  const names = [name];
  return ((...args: unknown[]): unknown => {
    if (args.length === 1 && typeof args[0] === 'number') return kernel(args[0]);
    if (args.length === 0)
      throw argumentError(fn, name, 'an array, a TypedArray, a nested array or a number', undefined);
    return applyKernel(fn, names, kernel as Kernel, args);
  }) as unknown as Ufunc1;
}

/**
 * Builds a two-argument special function from its scalar kernel.
 *
 * @example
 * ```ts
 * ufunc2('hypot', Math.hypot, ['x', 'y'])(3, 4); // 5
 * ```
 */
export function ufunc2(fn: string, kernel: (a: number, b: number) => number, names: readonly [string, string]): Ufunc2 {
  return ((...args: unknown[]): unknown => {
    if (args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number')
      return kernel(args[0], args[1]);
    for (let i = 0; i < 2; i++) {
      if (args[i] === undefined)
        throw argumentError(fn, names[i] as string, 'an array, a TypedArray, a nested array or a number', undefined);
    }
    return applyKernel(fn, names, kernel as Kernel, args);
  }) as unknown as Ufunc2;
}

/**
 * Builds a three-argument special function from its scalar kernel.
 *
 * @example
 * ```ts
 * ufunc3('clamp', (x, lo, hi) => Math.min(Math.max(x, lo), hi), ['x', 'lo', 'hi'])(5, 0, 1); // 1
 * ```
 */
export function ufunc3(
  fn: string,
  kernel: (a: number, b: number, c: number) => number,
  names: readonly [string, string, string],
): Ufunc3 {
  return ((...args: unknown[]): unknown => {
    if (
      args.length === 3 &&
      typeof args[0] === 'number' &&
      typeof args[1] === 'number' &&
      typeof args[2] === 'number'
    ) {
      return kernel(args[0], args[1], args[2]);
    }
    for (let i = 0; i < 3; i++) {
      if (args[i] === undefined)
        throw argumentError(fn, names[i] as string, 'an array, a TypedArray, a nested array or a number', undefined);
    }
    return applyKernel(fn, names, kernel as Kernel, args);
  }) as unknown as Ufunc3;
}
