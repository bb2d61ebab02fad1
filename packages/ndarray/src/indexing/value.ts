/** Converting an assigned value to the destination dtype with NumPy's setitem rules for JS scalars. */
import { isArrayLike, isTypedArray } from '@stride/protocol';
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray, astype } from '../core/convert.js';
import { intRange, isComplex, kindOf } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';

const SAFE = 2 ** 53;

/**
 * Whether `x` is a plain JS value (a scalar or nested JS arrays) rather than an array object
 * (NDArray, protocol object, TypedArray): NumPy treats Python lists and scalars specially.
 *
 * @example
 * ```ts
 * isJsValue([1, 2]);       // true
 * isJsValue(arange(2));    // false
 * ```
 */
export function isJsValue(x: unknown): boolean {
  return !(x instanceof NDArray) && !isArrayLike(x) && !isTypedArray(x);
}

/**
 * The value of an assignment as an array of `dtype`. Arrays convert with NumPy's unsafe cast
 * (floats truncate, integers wrap). JS numbers and nested JS arrays follow NumPy 2's rules for
 * Python scalars: an integer that does not fit the destination, NaN or an infinity into an
 * integer dtype, or a complex number into a real dtype is an error instead of a silent wrap.
 * With `convert: false` the checked value keeps its own dtype (for callers that cast while copying).
 *
 * @throws {ValueError} for a JS integer out of the dtype's range or a non-finite float into integers.
 * @throws {DTypeError} for a JS complex number into a real dtype.
 *
 * @example
 * ```ts
 * valueArray(2.5, 'int32', 'set').toArray(); // 2
 * valueArray(300, 'uint8', 'set');           // throws ValueError: set: JS integer 300 out of bounds for uint8
 * ```
 */
export function valueArray(value: ArrayInput, dtype: DType, op: string, convert = true): NDArray {
  const fromJs = isJsValue(value);
  const x = asarray(value);
  if (fromJs) checkJsValues(x, dtype, op);
  return x.dtype === dtype || !convert ? x : astype(x, dtype);
}

function checkJsValues(x: NDArray, dtype: DType, op: string): void {
  if (isComplex(x.dtype) && !isComplex(dtype)) {
    throw new DTypeError(`${op}: cannot assign a complex value to a ${dtype} array`);
  }
  const k = kindOf(dtype);
  if (k !== 'i' && k !== 'u') return;
  const xk = kindOf(x.dtype);
  if (xk !== 'i' && xk !== 'u' && xk !== 'f') return;
  const { min, max } = intRange(dtype);
  const lo = Number(min);
  const hi = Number(max);
  const d = x.data;
  // asarray of JS values is C-contiguous and fresh: scan its storage directly.
  for (let i = 0; i < d.length; i++) {
    const raw = d[i] as number | bigint;
    if (typeof raw === 'bigint') {
      if (raw < min || raw > max) throw outOfBounds(op, raw, dtype);
      continue;
    }
    if (Number.isNaN(raw)) throw new ValueError(`${op}: cannot convert float NaN to integer`);
    if (!Number.isFinite(raw)) throw new ValueError(`${op}: cannot convert float infinity to integer`);
    const t = Math.trunc(raw);
    if (Math.abs(t) < SAFE) {
      if (t < lo || t > hi) throw outOfBounds(op, t, dtype);
    } else {
      const b = BigInt(t);
      if (b < min || b > max) throw outOfBounds(op, b, dtype);
    }
  }
}

function outOfBounds(op: string, v: number | bigint, dtype: DType): ValueError {
  return new ValueError(`${op}: JS integer ${v} out of bounds for ${dtype}`);
}
