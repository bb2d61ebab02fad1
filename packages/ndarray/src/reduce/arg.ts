/** argmax, argmin, nanargmax, nanargmin: index of the first extreme along one axis or the flattened array. */
import { isCContiguous } from '@stride/protocol';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, copy, emptyArray } from '../core/convert.js';
import { kindOf } from '../core/dtype.js';
import * as K from './kernels.generated.js';
import { type RealKey, finishShaped, singleAxis, storageKey } from './common.js';
import { keptStrides, planLanes, walkLanes } from './plan.js';
import { heapLane } from '../core/heapops.js';
import { parseArg } from './args.js';

/** float64/float32 argmax and argmin lanes through the SIMD128 kernels when the data is in the heap. */
const HEAP_ARG: Record<string, K.Lane<number> | undefined> = {
  F64max: heapLane(K.argmax_F64, (k, p, n) => k.f64_arg(p, n, 0)) as K.Lane<number>,
  F64min: heapLane(K.argmin_F64, (k, p, n) => k.f64_arg(p, n, 1)) as K.Lane<number>,
  F32max: heapLane(K.argmax_F32, (k, p, n) => k.f32_arg(p, n, 0)) as K.Lane<number>,
  F32min: heapLane(K.argmin_F32, (k, p, n) => k.f32_arg(p, n, 1)) as K.Lane<number>,
};

/** Options of the arg-reductions: one axis (or the flattened array), `keepdims`, `out`. */
export interface ArgOptions {
  /** The axis to search along; the flattened array (C order) when omitted. */
  axis?: number | null;
  /** Keep the searched axis as length 1. */
  keepdims?: boolean;
  /** Array to write the indices into. */
  out?: NDArray;
}

/** Options under which an arg-reduction returns a JS number. */
export interface ArgScalar {
  axis?: null | undefined;
  keepdims?: false | undefined;
  out?: undefined;
}

/** Options under which an arg-reduction returns an NDArray. */
export type ArgArray = { axis: number } | { keepdims: true } | { out: NDArray };

type Kind = 'argmax' | 'argmin' | 'nanargmax' | 'nanargmin';

function laneKernel(x: NDArray, kind: Kind): K.Lane<number> {
  const max = kind === 'argmax' || kind === 'nanargmax';
  const nan = kind === 'nanargmax' || kind === 'nanargmin';
  const k = kindOf(x.dtype);
  if (k === 'c') {
    const c64 = x.dtype === 'complex64';
    if (nan)
      return (max ? (c64 ? K.cnanmax_C64 : K.cnanmax_C128) : c64 ? K.cnanmin_C64 : K.cnanmin_C128) as K.Lane<number>;
    return (max ? (c64 ? K.cmax_C64 : K.cmax_C128) : c64 ? K.cmin_C64 : K.cmin_C128) as K.Lane<number>;
  }
  if (nan && k === 'f') {
    const f32 = x.dtype === 'float32';
    return (
      max ? (f32 ? K.nanargmax_F32 : K.nanargmax_F64) : f32 ? K.nanargmin_F32 : K.nanargmin_F64
    ) as K.Lane<number>;
  }
  const key = storageKey(x.dtype) as RealKey;
  return (HEAP_ARG[`${key}${max ? 'max' : 'min'}`] ?? (max ? K.ARGMAX[key] : K.ARGMIN[key])) as K.Lane<number>;
}

function argReduce(op: Kind, a: ArrayInput, options: ArgOptions): NDArray | number {
  let x = asarray(a);
  // NumPy treats a 0-d array as 1-d when an axis is given.
  if (x.ndim === 0 && options.axis !== undefined && options.axis !== null) x = x.view([1], [0], x.offset);
  const axis = singleAxis(options.axis, x.ndim, op);
  const lane = laneKernel(x, op);
  const allNan = () => new ValueError(`${op}: All-NaN slice encountered`);
  if (axis === null) {
    if (x.size === 0) throw new ValueError(`${op}: attempt to get ${op.replace('nan', '')} of an empty sequence`);
    let s = 1;
    if (x.ndim === 1) s = x.strides[0] as number;
    else if (!isCContiguous(x.shape, x.strides)) x = copy(x);
    const idx = lane(x.size, x.data, x.offset, s);
    if (idx < 0) throw allNan();
    const res = emptyArray('int32', []);
    (res.data as Int32Array)[0] = idx;
    const shape = options.keepdims === true ? new Array<number>(x.ndim).fill(1) : [];
    return finishShaped(op, res, shape, options) as NDArray | number;
  }
  const n = x.shape[axis] as number;
  const outShape = x.shape.filter((_, i) => i !== axis);
  const keptShape = x.shape.map((d, i) => (i === axis ? 1 : d));
  const res = emptyArray('int32', outShape);
  if (res.size > 0) {
    if (n === 0) throw new ValueError(`${op}: attempt to get ${op.replace('nan', '')} of an empty sequence`);
    const y = res.data as Int32Array;
    const sk = x.strides[axis] as number;
    const inStrides = x.strides.map((s, i) => (i === axis ? 0 : s));
    const shape1 = x.shape.map((d, i) => (i === axis ? 1 : d));
    // C strides of the output, laid over the input axes (0 on the searched axis).
    const outStrides = keptStrides(
      shape1,
      shape1.map((_, i) => i === axis),
    );
    const plan = planLanes(shape1, inStrides, outStrides);
    const d = x.data;
    let bad = false;
    walkLanes(plan, x.offset, 0, (i, o) => {
      for (let k = 0; k < plan.n; k++) {
        const v = lane(n, d, i + k * plan.sIn, sk);
        if (v < 0) bad = true;
        y[o + k * plan.sOut] = v;
      }
    });
    if (bad) throw allNan();
  }
  return finishShaped(op, res, options.keepdims === true ? keptShape : outShape, options) as NDArray | number;
}

/**
 * Index of the first maximum along an axis, or in the flattened array (C order) when `axis` is
 * omitted. NaN counts as the maximum (its first occurrence wins); complex values compare
 * lexicographically. Indices are int32 (NumPy: int64 — Stride's default integer is int32).
 *
 * @param a - input array
 * @param options - `axis` (single), `keepdims`, `out`
 * @returns a JS number without `axis`/`keepdims`/`out`, otherwise an int32 NDArray
 * @throws {ValueError} for an empty array ("attempt to get argmax of an empty sequence")
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * argmax([3, 9, 2, 9]);                     // 1
 * argmax([[1, 5], [7, 2]], { axis: 0 });    // NDArray int32 [1, 0]
 * ```
 */
export function argmax(a: ArrayInput, options?: ArgOptions & ArgScalar): number;
export function argmax(a: ArrayInput, options: ArgOptions & ArgArray): NDArray;
export function argmax(a: ArrayInput, options?: ArgOptions): NDArray | number;
export function argmax(
  a: ArrayInput,
  axis: number,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray;
export function argmax(
  a: ArrayInput,
  axis?: number | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray | number;
export function argmax(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: ArgOptions = parseArg(rest, 'argmax');
  return argReduce('argmax', a, options);
}

/**
 * Index of the first minimum (see `argmax`).
 *
 * @param a - input array
 * @param options - `axis` (single), `keepdims`, `out`
 * @returns a JS number without `axis`/`keepdims`/`out`, otherwise an int32 NDArray
 * @throws {ValueError} for an empty array
 * @throws {AxisError} when the axis is out of range
 *
 * @example
 * ```ts
 * argmin([3, 1, 2, 1]); // 1
 * ```
 */
export function argmin(a: ArrayInput, options?: ArgOptions & ArgScalar): number;
export function argmin(a: ArrayInput, options: ArgOptions & ArgArray): NDArray;
export function argmin(a: ArrayInput, options?: ArgOptions): NDArray | number;
export function argmin(
  a: ArrayInput,
  axis: number,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray;
export function argmin(
  a: ArrayInput,
  axis?: number | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray | number;
export function argmin(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: ArgOptions = parseArg(rest, 'argmin');
  return argReduce('argmin', a, options);
}

/**
 * Index of the first maximum ignoring NaN (NumPy's `nanargmax`).
 *
 * @param a - input array
 * @param options - `axis` (single), `keepdims`, `out`
 * @returns a JS number without `axis`/`keepdims`/`out`, otherwise an int32 NDArray
 * @throws {ValueError} when a slice is all NaN ("All-NaN slice encountered") or empty
 *
 * @example
 * ```ts
 * nanargmax([NaN, 4, 7, NaN]); // 2
 * ```
 */
export function nanargmax(a: ArrayInput, options?: ArgOptions & ArgScalar): number;
export function nanargmax(a: ArrayInput, options: ArgOptions & ArgArray): NDArray;
export function nanargmax(a: ArrayInput, options?: ArgOptions): NDArray | number;
export function nanargmax(
  a: ArrayInput,
  axis: number,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray;
export function nanargmax(
  a: ArrayInput,
  axis?: number | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray | number;
export function nanargmax(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: ArgOptions = parseArg(rest, 'nanargmax');
  return argReduce('nanargmax', a, options);
}

/**
 * Index of the first minimum ignoring NaN (NumPy's `nanargmin`).
 *
 * @param a - input array
 * @param options - `axis` (single), `keepdims`, `out`
 * @returns a JS number without `axis`/`keepdims`/`out`, otherwise an int32 NDArray
 * @throws {ValueError} when a slice is all NaN ("All-NaN slice encountered") or empty
 *
 * @example
 * ```ts
 * nanargmin([NaN, 4, 7, NaN]); // 1
 * ```
 */
export function nanargmin(a: ArrayInput, options?: ArgOptions & ArgScalar): number;
export function nanargmin(a: ArrayInput, options: ArgOptions & ArgArray): NDArray;
export function nanargmin(a: ArrayInput, options?: ArgOptions): NDArray | number;
export function nanargmin(
  a: ArrayInput,
  axis: number,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray;
export function nanargmin(
  a: ArrayInput,
  axis?: number | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: ArgOptions,
): NDArray | number;
export function nanargmin(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: ArgOptions = parseArg(rest, 'nanargmin');
  return argReduce('nanargmin', a, options);
}
