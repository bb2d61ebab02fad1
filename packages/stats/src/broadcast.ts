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
  is,
  NDArray,
} from '@stride/ndarray';

/** A per-element function of up to six numbers (unused slots receive 0). */
export type Kernel6 = (x0: number, x1: number, x2: number, x3: number, x4: number, x5: number) => number;

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
  const out = new Float64Array(size);
  const v = new Float64Array(6);
  for (let j = 0; j < 6; j++) v[j] = consts[j]!;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < n; j++) {
      const d = data[j];
      if (d !== undefined) v[j] = Number(d[offs[j]! + i]);
    }
    out[i] = kernel(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!);
  }
  return new NDArray<'float64'>('float64', out, shape);
}
