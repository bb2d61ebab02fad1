/**
 * The elementwise engine of the distribution methods: up to six numeric inputs (the variate and
 * the parameters) broadcast against each other like a NumPy ufunc; numbers in every slot give a
 * number, otherwise a float64 NDArray of the broadcast shape.
 */
import {
  type ArrayInput,
  argumentError,
  asarray,
  ascontiguousarray,
  broadcastShapes,
  broadcastTo,
  DTypeError,
  empty,
  is,
  type NDArray,
} from '@stride/ndarray';

/** A per-element function of up to six numbers (unused slots receive 0). */
export type Kernel6 = (x0: number, x1: number, x2: number, x3: number, x4: number, x5: number) => number;

/**
 * A whole-array form of a {@link Kernel6} for scalar parameters: `out[i] = kernel(x[off + i], c1, ..., c5)`
 * for i < n, with whatever depends on the parameters alone hoisted out of the loop.
 */
export type Loop6 = (
  x: Float64Array,
  off: number,
  out: Float64Array,
  n: number,
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
) => void;

function scalarOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

/**
 * Applies `kernel` to the broadcast inputs `values` (named `names` in error messages).
 *
 * @example
 * ```ts
 * elementwise('f', ['x', 'y'], [[1, 2], 10], (x, y) => x + y).toArray(); // [11, 12]
 * ```
 */
export function elementwise(
  fn: string,
  names: readonly string[],
  values: readonly unknown[],
  kernel: Kernel6,
  loop?: Loop6,
): number | NDArray {
  const n = values.length;
  const consts = new Float64Array(6);
  let allScalar = true;
  for (let j = 0; j < n; j++) {
    const s = scalarOf(values[j]);
    if (s === undefined) allScalar = false;
    else consts[j] = s;
  }
  if (allScalar) return kernel(consts[0]!, consts[1]!, consts[2]!, consts[3]!, consts[4]!, consts[5]!);
  const arrays: (NDArray | undefined)[] = [];
  const shapes: (readonly number[])[] = [];
  for (let j = 0; j < n; j++) {
    const v = values[j];
    if (scalarOf(v) !== undefined) {
      arrays.push(undefined);
      continue;
    }
    if (v === undefined || v === null || typeof v === 'string' || typeof v === 'function' || typeof v === 'symbol')
      throw argumentError(fn, names[j] ?? 'x', 'an array, a TypedArray, a nested array or a number', v);
    is.arrayLike(v, fn, names[j] ?? 'x');
    const a = asarray(v as ArrayInput);
    if (a.dtype === 'complex64' || a.dtype === 'complex128')
      throw new DTypeError(`${fn}: ${names[j] ?? 'x'} has dtype ${a.dtype}; complex input is not supported`);
    arrays.push(a);
    shapes.push(a.shape);
  }
  const first = arrays[0];
  if (shapes.length === 1 && first !== undefined && first.dtype === 'float64' && first.flags.cContiguous) {
    // the common call (a float64 array of variates, scalar parameters): one loop, no copies
    return firstOnly(first, consts, kernel, loop);
  }
  const shape = broadcastShapes(fn, ...shapes);
  let size = 1;
  for (const d of shape) size *= d;
  const data: (ArrayLike<number | bigint> | undefined)[] = [];
  const offs: number[] = [];
  for (let j = 0; j < n; j++) {
    const a = arrays[j];
    if (a === undefined) {
      data.push(undefined);
      offs.push(0);
      continue;
    }
    const view = (broadcastTo as unknown as (x: NDArray, s: readonly number[]) => NDArray)(a, shape);
    const c = (ascontiguousarray as unknown as (x: NDArray) => NDArray)(view);
    data.push(c.data as ArrayLike<number | bigint>);
    offs.push(c.offset);
  }
  const result = empty(shape);
  const out = result.data as Float64Array;
  const v = new Float64Array(6);
  for (let j = 0; j < 6; j++) v[j] = consts[j]!;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < n; j++) {
      const d = data[j];
      if (d !== undefined) v[j] = Number(d[offs[j]! + i]);
    }
    out[i] = kernel(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!);
  }
  return result;
}

/** kernel(x[i], c1, ..., c5) over a C-contiguous float64 `x`, into a new array of its shape. */
function firstOnly(x: NDArray, c: Float64Array, kernel: Kernel6, loop: Loop6 | undefined): NDArray {
  const result = empty(x.shape);
  const out = result.data as Float64Array;
  const src = x.data as Float64Array;
  const off = x.offset;
  const c1 = c[1]!;
  const c2 = c[2]!;
  const c3 = c[3]!;
  const c4 = c[4]!;
  const c5 = c[5]!;
  const n = x.size;
  if (loop !== undefined) {
    loop(src, off, out, n, c1, c2, c3, c4, c5);
    return result;
  }
  for (let i = 0; i < n; i++) out[i] = kernel(src[off + i]!, c1, c2, c3, c4, c5);
  return result;
}
