/** any, all and countNonzero: truth-value reductions. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, emptyArray } from '../core/convert.js';
import * as K from './kernels.generated.js';
import {
  type ArrayResult,
  type AxisOptions,
  type Reduction,
  type ScalarResult,
  finish,
  prepare,
  storageKey,
} from './common.js';
import { reduceWalk } from './plan.js';
import { parseAxisOut, parseCountNonzero } from './args.js';

function truthReduction(r: Reduction, all: boolean): NDArray {
  const res = emptyArray('bool', r.keptShape);
  const y = res.data as Uint8Array;
  if (all) y.fill(1);
  const key = storageKey(r.x.dtype);
  if (all) {
    const lane = K.ALL[key];
    const acc = K.ALLACC[key];
    reduceWalk(
      r.x,
      r.reduced,
      (n, d, i, s, o) => {
        if (y[o] === 1 && !lane(n, d, i, s)) y[o] = 0;
      },
      (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
    );
  } else {
    const lane = K.ANY[key];
    const acc = K.ANYACC[key];
    reduceWalk(
      r.x,
      r.reduced,
      (n, d, i, s, o) => {
        if (y[o] === 0 && lane(n, d, i, s)) y[o] = 1;
      },
      (n, d, i, s, o, so) => acc(n, d, i, s, y, o, so),
    );
  }
  return res;
}

/**
 * Whether any element is nonzero (NaN counts as true) over the given axes; empty slices are false.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`
 * @returns a boolean when reducing over all axes without keepdims/out, otherwise a bool NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * any([0, 0, 3]);                          // true
 * any([[0, 1], [0, 0]], { axis: 1 });     // NDArray bool [true, false]
 * ```
 */
export function any(a: ArrayInput, options?: AxisOptions & ScalarResult): boolean;
export function any(a: ArrayInput, options: AxisOptions & ArrayResult): NDArray;
export function any(a: ArrayInput, options?: AxisOptions): NDArray | boolean;
export function any(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray;
export function any(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray | boolean;
export function any(a: ArrayInput, ...rest: unknown[]): NDArray | boolean {
  const options: AxisOptions = parseAxisOut(rest, 'any');
  const r = prepare('any', a, options);
  return finish(r, truthReduction(r, false), options) as NDArray | boolean;
}

/**
 * Whether every element is nonzero (NaN counts as true) over the given axes; empty slices are true.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`, `out`
 * @returns a boolean when reducing over all axes without keepdims/out, otherwise a bool NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * all([1, 2, 0]);                          // false
 * all([[1, 1], [0, 1]], { axis: 0 });     // NDArray bool [false, true]
 * ```
 */
export function all(a: ArrayInput, options?: AxisOptions & ScalarResult): boolean;
export function all(a: ArrayInput, options: AxisOptions & ArrayResult): NDArray;
export function all(a: ArrayInput, options?: AxisOptions): NDArray | boolean;
export function all(
  a: ArrayInput,
  axis: number | readonly number[],
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray;
export function all(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  out?: NDArray | null,
  keepdims?: boolean,
  options?: AxisOptions,
): NDArray | boolean;
export function all(a: ArrayInput, ...rest: unknown[]): NDArray | boolean {
  const options: AxisOptions = parseAxisOut(rest, 'all');
  const r = prepare('all', a, options);
  return finish(r, truthReduction(r, true), options) as NDArray | boolean;
}

/** Options of `countNonzero`. */
export interface CountNonzeroOptions {
  /** Axis or axes to count along; all when omitted. */
  axis?: number | readonly number[] | null;
  /** Keep counted axes as length 1. */
  keepdims?: boolean;
}

/**
 * Number of nonzero elements (NaN counts) over the given axes. Counts are int32 arrays
 * (NumPy: intp/int64 — Stride's default integer is int32), or a JS number over all axes.
 *
 * @param a - input array
 * @param options - `axis`, `keepdims`
 * @returns a JS number when counting over all axes without keepdims, otherwise an int32 NDArray
 * @throws {AxisError} when an axis is out of range
 *
 * @example
 * ```ts
 * countNonzero([0, 1, 7, 0]);                    // 2
 * countNonzero([[0, 1], [2, 3]], { axis: 0 });   // NDArray int32 [1, 2]
 * ```
 */
export function countNonzero(
  a: ArrayInput,
  options?: CountNonzeroOptions & { axis?: null | undefined; keepdims?: false },
): number;
export function countNonzero(
  a: ArrayInput,
  options: CountNonzeroOptions & ({ axis: number | readonly number[] } | { keepdims: true }),
): NDArray;
export function countNonzero(a: ArrayInput, options?: CountNonzeroOptions): NDArray | number;
export function countNonzero(
  a: ArrayInput,
  axis: number | readonly number[],
  keepdims?: boolean,
  options?: CountNonzeroOptions,
): NDArray;
export function countNonzero(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  keepdims?: boolean,
  options?: CountNonzeroOptions,
): NDArray | number;
export function countNonzero(a: ArrayInput, ...rest: unknown[]): NDArray | number {
  const options: CountNonzeroOptions = parseCountNonzero(rest, 'countNonzero');
  const r = prepare('countNonzero', a, options);
  const counts = new Float64Array(r.keptShape.reduce((p, d) => p * d, 1));
  const key = storageKey(r.x.dtype);
  const lane = K.NNZ[key];
  const acc = K.NNZACC[key];
  reduceWalk(
    r.x,
    r.reduced,
    (n, d, i, s, o) => {
      counts[o] = counts[o]! + lane(n, d, i, s);
    },
    (n, d, i, s, o, so) => acc(n, d, i, s, counts, o, so),
  );
  const res = emptyArray('int32', r.keptShape);
  (res.data as Int32Array).set(counts);
  return finish(r, res, { axis: options.axis, keepdims: options.keepdims }) as NDArray | number;
}
