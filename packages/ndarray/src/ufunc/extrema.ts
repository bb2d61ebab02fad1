/** Element-wise extrema: maximum, minimum (NaN-propagating), fmax, fmin (NaN-ignoring) and clip. */
import type { DType } from '@stride/protocol';
import { DTypeError } from '../errors.js';
import { type NDArray, checkDType } from '../ndarray.js';
import { type ArrayInput, assign, copy, emptyArray, mayOverlap } from '../core/convert.js';
import { canCast, intRange, isInteger } from '../core/dtype.js';
import { broadcastShapes } from '../core/iter.js';
import {
  type Operand,
  type UfuncSpec,
  Weak,
  apply,
  effectiveDTypes,
  exec,
  finishPrepare,
  materialize,
  maskedAssign,
  strongIfAllWeak,
  toOperand,
  unalias,
} from './engine.js';
import {
  CLIP_HI_LOOPS,
  CLIP_LO_LOOPS,
  FMAX_LOOPS,
  FMIN_LOOPS,
  MAXIMUM_LOOPS,
  MINIMUM_LOOPS,
} from './loops/extrema.generated.js';
import type { Loop2, UfuncOptions } from './types.js';

const MAXIMUM: UfuncSpec<Loop2> = { name: 'maximum', loops: MAXIMUM_LOOPS };
const MINIMUM: UfuncSpec<Loop2> = { name: 'minimum', loops: MINIMUM_LOOPS };

const FMAX: UfuncSpec<Loop2> = { name: 'fmax', loops: FMAX_LOOPS };
const FMIN: UfuncSpec<Loop2> = { name: 'fmin', loops: FMIN_LOOPS };

/**
 * Element-wise maximum; a NaN in either input gives NaN. Complex compares lexicographically.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The larger element of each pair.
 * @example
 * ```ts
 * maximum([1, 5, NaN], [3, 2, 0]).toArray(); // [3, 5, NaN]
 * ```
 */
export function maximum(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(MAXIMUM, [x1, x2], options);
}

/**
 * Element-wise minimum; a NaN in either input gives NaN.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The smaller element of each pair.
 * @example
 * ```ts
 * minimum([1, 5], [3, 2]).toArray(); // [1, 2]
 * ```
 */
export function minimum(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(MINIMUM, [x1, x2], options);
}

/**
 * Element-wise maximum ignoring NaN (NaN only where both are NaN).
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The larger non-NaN element of each pair.
 * @example
 * ```ts
 * fmax([1, NaN, NaN], [NaN, 2, NaN]).toArray(); // [1, 2, NaN]
 * ```
 */
export function fmax(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(FMAX, [x1, x2], options);
}

/**
 * Element-wise minimum ignoring NaN.
 *
 * @param x1 - First input.
 * @param x2 - Second input.
 * @param options - `out`, `dtype`, `where`.
 * @returns The smaller non-NaN element of each pair.
 * @example
 * ```ts
 * fmin([1, NaN], [NaN, 2]).toArray(); // [1, 2]
 * ```
 */
export function fmin(x1: ArrayInput, x2: ArrayInput, options?: UfuncOptions): NDArray {
  return apply(FMIN, [x1, x2], options);
}

type Bound = ArrayInput | null | undefined;

/**
 * A weak integer bound outside the loop's integer range saturates to that range (NumPy 2's clip
 * accepts `clip(int8Array, 0, 300)`).
 */
function boundArray(o: Operand, dtype: DType): NDArray {
  if (!(o instanceof Weak)) return o;
  let v = o.value;
  if (isInteger(dtype) && (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))) {
    const { min, max } = intRange(dtype);
    const b = BigInt(v);
    const c = b < min ? min : b > max ? max : b;
    v = dtype === 'int64' || dtype === 'uint64' ? c : Number(c);
  }
  return materialize(new Weak(v, o.kind), dtype, 'clip');
}

/**
 * Limits values to [aMin, aMax]: `minimum(maximum(a, aMin), aMax)` with NaN from any operand
 * propagating. Either bound may be `null` (no limit); bounds broadcast against `a`. If aMin > aMax
 * the result is aMax, like NumPy.
 *
 * @param a - Values.
 * @param aMin - Lower bound(s), or null.
 * @param aMax - Upper bound(s), or null.
 * @param options - `out`, `dtype`, `where`.
 * @returns The clipped array.
 * @example
 * ```ts
 * clip([-2, 0.5, 3], 0, 1).toArray();   // [0, 0.5, 1]
 * clip([1, 5, 9], null, [4, 4, 4]).toArray(); // [1, 4, 4]
 * ```
 */
export function clip(a: ArrayInput, aMin: Bound, aMax: Bound, options?: UfuncOptions): NDArray {
  const hasLo = aMin !== null && aMin !== undefined;
  const hasHi = aMax !== null && aMax !== undefined;
  const args: ArrayInput[] = [a];
  if (hasLo) args.push(aMin);
  if (hasHi) args.push(aMax);
  const ops = strongIfAllWeak(args.map(toOperand));
  const dts = effectiveDTypes(ops);
  let dtype: DType | undefined;
  const want = options?.dtype === undefined ? undefined : checkDType(options.dtype, 'clip');
  for (const l of CLIP_LO_LOOPS) {
    const d = l.in[0];
    if (
      want !== undefined
        ? d === want && dts.every((x) => canCast(x, d, 'same_kind'))
        : dts.every((x) => canCast(x, d, 'safe'))
    ) {
      dtype = d;
      break;
    }
  }
  if (dtype === undefined) {
    throw new DTypeError(`clip: not supported for input dtypes ${dts.join(', ')}${want ? ` with dtype=${want}` : ''}`);
  }
  const arrays = ops.map((o) => boundArray(o, dtype as DType));
  const x = arrays[0] as NDArray;
  const lo = hasLo ? (arrays[1] as NDArray) : null;
  const hi = hasHi ? (arrays[hasLo ? 2 : 1] as NDArray) : null;
  const loLoop = CLIP_LO_LOOPS.find((l) => l.in[0] === dtype) as Loop2;
  const hiLoop = CLIP_HI_LOOPS.find((l) => l.in[0] === dtype) as Loop2;
  const shape = broadcastShapes('clip', ...arrays.map((t) => t.shape));
  const p = finishPrepare('clip', loLoop, arrays, shape, options);
  const direct = p.out !== null && p.where === null && p.out.dtype === dtype;
  const target = direct ? (p.out as NDArray) : emptyArray(dtype, p.shape);
  // The second pass reads `hi` after the first wrote `target`: any sharing of memory needs a copy.
  const safe = (t: NDArray | null, strict: boolean): NDArray | null => {
    if (t === null || t.data.buffer !== target.data.buffer) return t;
    if (!strict) return unalias(t, target);
    return mayOverlap(t, target) ? copy(t) : t;
  };
  const xs = safe(x, false) as NDArray;
  const los = safe(lo, false);
  const his = safe(hi, lo !== null);
  if (los !== null) exec(loLoop, [xs, los], target);
  if (his !== null) exec(hiLoop, [los !== null ? target : xs, his], target);
  if (los === null && his === null) assign(target, xs);
  if (direct) return target;
  const dst = p.out ?? emptyArray(dtype, p.shape);
  if (p.where === null) assign(dst, target);
  else maskedAssign(dst, target, p.where);
  return dst;
}
