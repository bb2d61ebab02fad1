/** Comparison ufuncs: equal, notEqual, less, lessEqual, greater, greaterEqual (bool results). */
import type { DType } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import type { ArrayInput } from '../core/convert.js';
import { intRange, isInteger } from '../core/dtype.js';
import { type UfuncSpec, Weak, apply, effectiveDTypes, findLoop, strongIfAllWeak, toOperand } from './engine.js';
import {
  EQUAL_LOOPS,
  GREATER_EQUAL_LOOPS,
  GREATER_LOOPS,
  LESS_EQUAL_LOOPS,
  LESS_LOOPS,
  NOT_EQUAL_LOOPS,
} from './loops/comparison.generated.js';
import type { Loop2, UfuncOptions } from './types.js';

type Rel = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

const SPECS: Record<Rel, UfuncSpec<Loop2>> = {
  eq: { name: 'equal', loops: EQUAL_LOOPS },
  ne: { name: 'notEqual', loops: NOT_EQUAL_LOOPS },
  lt: { name: 'less', loops: LESS_LOOPS },
  le: { name: 'lessEqual', loops: LESS_EQUAL_LOOPS },
  gt: { name: 'greater', loops: GREATER_LOOPS },
  ge: { name: 'greaterEqual', loops: GREATER_EQUAL_LOOPS },
};
const FLIP: Record<Rel, Rel> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/**
 * The value of `x REL v` when v is an integer beyond x's integer loop range (NumPy 2 compares
 * Python integers exactly instead of overflowing): every element is below (v too big) or above.
 */
function constantFor(rel: Rel, vAbove: boolean): boolean {
  if (rel === 'eq') return false;
  if (rel === 'ne') return true;
  const below = rel === 'lt' || rel === 'le';
  return vAbove ? below : !below;
}

function compare(rel: Rel, x1: ArrayInput, x2: ArrayInput, options: UfuncOptions | undefined): NDArray {
  const spec = SPECS[rel];
  const ops = strongIfAllWeak([toOperand(x1), toOperand(x2)]);
  const loop = findLoop(spec, effectiveDTypes(ops), options?.dtype);
  for (let k = 0; k < 2; k++) {
    const w = ops[k];
    const other = ops[1 - k];
    if (!(w instanceof Weak) || other instanceof Weak || other === undefined) continue;
    const d = loop.in[k] as DType;
    const v = w.value;
    if (!isInteger(d) || !(typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))) continue;
    const { min, max } = intRange(d);
    const b = BigInt(v);
    if (b >= min && b <= max) continue;
    // Out of range: the answer is the same for every element; compute it with an in-range
    // comparison of constant outcome so out/where/broadcasting behave as usual.
    const r = k === 1 ? rel : FLIP[rel];
    const c = constantFor(r, b > max);
    const top = intRange(other.dtype).max;
    const bound = other.dtype === 'int64' || other.dtype === 'uint64' ? top : Number(top);
    return apply(SPECS[c ? 'le' : 'gt'], [other, bound], options);
  }
  return apply(spec, ops, options);
}

/**
 * Element-wise `x1 == x2` (NaN is unequal to everything).
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where` (and `dtype: 'bool'`).
 * @returns A bool array.
 * @example
 * ```ts
 * equal([1, 2, NaN], [1, 3, NaN]).toArray(); // [true, false, false]
 * ```
 */
export function equal(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('eq', x1, x2, options);
}

/**
 * Element-wise `x1 != x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * notEqual([1, 2], 2).toArray(); // [true, false]
 * ```
 */
export function notEqual(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('ne', x1, x2, options);
}

/**
 * Element-wise `x1 < x2`; complex compares lexicographically (false when any part is NaN).
 * Integers beyond the array's range compare exactly (`less(uint8Array, -1)` is all false).
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * less([1, 2, 3], 2).toArray(); // [true, false, false]
 * ```
 */
export function less(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('lt', x1, x2, options);
}

/**
 * Element-wise `x1 <= x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * lessEqual([1, 2, 3], 2).toArray(); // [true, true, false]
 * ```
 */
export function lessEqual(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('le', x1, x2, options);
}

/**
 * Element-wise `x1 > x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * greater([1, 2, 3], 2).toArray(); // [false, false, true]
 * ```
 */
export function greater(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('gt', x1, x2, options);
}

/**
 * Element-wise `x1 >= x2`.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `where`.
 * @returns A bool array.
 * @example
 * ```ts
 * greaterEqual([1, 2, 3], 2).toArray(); // [false, true, true]
 * ```
 */
export function greaterEqual(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return compare('ge', x1, x2, options);
}
