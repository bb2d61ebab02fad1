/** NumPy 2 (NEP 50) type promotion and casting rules within Stride's dtype set. */
import { DTYPES, type DType, type DTypeKind } from '@stride/protocol';
import { DTypeError } from '../errors.js';

/** The default dtypes: float64, and int32 for integers (a documented difference from NumPy's int64). */
export const DEFAULT_FLOAT: DType = 'float64';
export const DEFAULT_INT: DType = 'int32';

const BITS: Record<DType, number> = {
  bool: 1,
  int8: 8,
  uint8: 8,
  int16: 16,
  uint16: 16,
  int32: 32,
  uint32: 32,
  int64: 64,
  uint64: 64,
  float32: 32,
  float64: 64,
  complex64: 64,
  complex128: 128,
};

const SIGNED: Record<number, DType> = { 8: 'int8', 16: 'int16', 32: 'int32', 64: 'int64' };
const UNSIGNED: Record<number, DType> = { 8: 'uint8', 16: 'uint16', 32: 'uint32', 64: 'uint64' };

/** dtype kind: 'b', 'i', 'u', 'f', 'c'. */
export function kindOf(dtype: DType): DTypeKind {
  return DTYPES[dtype].kind;
}

/** Whether a dtype is an integer type (signed or unsigned, not bool). */
export function isInteger(dtype: DType): boolean {
  const k = DTYPES[dtype].kind;
  return k === 'i' || k === 'u';
}

/** Whether a dtype is float32/float64. */
export function isFloat(dtype: DType): boolean {
  return DTYPES[dtype].kind === 'f';
}

/** Whether a dtype is complex64/complex128. */
export function isComplex(dtype: DType): boolean {
  return DTYPES[dtype].kind === 'c';
}

/** Whether a dtype is stored as BigInt (int64/uint64). */
export function isBigInt(dtype: DType): boolean {
  return dtype === 'int64' || dtype === 'uint64';
}

/** Bit width of a dtype (complex counts both parts). */
export function bitsOf(dtype: DType): number {
  return BITS[dtype];
}

/** The real dtype matching a complex one (complex64 -> float32), or the dtype itself. */
export function realDType(dtype: DType): DType {
  if (dtype === 'complex64') return 'float32';
  if (dtype === 'complex128') return 'float64';
  return dtype;
}

/** The complex dtype that can hold a real one exactly enough (float32 -> complex64, others -> complex128). */
export function complexDType(dtype: DType): DType {
  if (dtype === 'complex64' || dtype === 'float32') return 'complex64';
  if (dtype === 'int8' || dtype === 'uint8' || dtype === 'int16' || dtype === 'uint16' || dtype === 'bool') {
    return 'complex64';
  }
  return 'complex128';
}

/** Smallest float dtype that holds a dtype's values the way NumPy promotes them (int16 -> float32). */
function floatFor(dtype: DType): DType {
  const k = kindOf(dtype);
  if (k === 'f' || k === 'c') return dtype;
  if (k === 'b' || BITS[dtype] <= 16) return 'float32';
  return 'float64';
}

/**
 * NumPy's `promote_types`: the smallest dtype both `a` and `b` cast to safely.
 *
 * @example
 * ```ts
 * promoteTypes('int8', 'uint8');    // 'int16'
 * promoteTypes('int32', 'float32'); // 'float64'
 * promoteTypes('uint64', 'int64');  // 'float64'
 * ```
 */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'b') return b;
  if (kb === 'b') return a;
  if (ka === 'c' || kb === 'c') {
    const other = ka === 'c' ? b : a;
    const c = ka === 'c' ? a : b;
    if (kindOf(other) === 'c') return BITS[a] >= BITS[b] ? a : b;
    if (c === 'complex128') return c;
    return floatFor(other) === 'float32' ? 'complex64' : 'complex128';
  }
  if (ka === 'f' || kb === 'f') {
    if (ka === 'f' && kb === 'f') return BITS[a] >= BITS[b] ? a : b;
    const f = ka === 'f' ? a : b;
    const other = ka === 'f' ? b : a;
    if (f === 'float64') return f;
    return floatFor(other);
  }
  // both integers
  if (ka === kb) return BITS[a] >= BITS[b] ? a : b;
  const s = ka === 'i' ? a : b;
  const u = ka === 'u' ? a : b;
  if (BITS[s] > BITS[u]) return s;
  if (BITS[u] === 64) return 'float64';
  return SIGNED[BITS[u] * 2] as DType;
}

/** A JS scalar's weak kind (NEP 50): it adapts to array dtypes of the same or higher kind. */
export type WeakKind = 'bool' | 'int' | 'float' | 'complex';

const KIND_RANK: Record<DTypeKind, number> = { b: 0, u: 1, i: 1, f: 2, c: 3 };
const WEAK_RANK: Record<WeakKind, number> = { bool: 0, int: 1, float: 2, complex: 3 };

/**
 * NumPy 2's `result_type` for array dtypes plus weak JS scalars (NEP 50): a JS number does not
 * upcast an array of its own kind (`int8 array + 1 -> int8`, `float32 array + 0.5 -> float32`) but
 * raises the kind when higher (`int32 array + 0.5 -> float64`).
 *
 * @example
 * ```ts
 * resultType(['int8'], ['int']);      // 'int8'
 * resultType(['int16'], ['float']);   // 'float64'
 * resultType(['float32'], ['complex']); // 'complex64'
 * ```
 */
export function resultType(dtypes: readonly DType[], weak: readonly WeakKind[] = []): DType {
  let r: DType | undefined;
  for (const d of dtypes) r = r === undefined ? d : promoteTypes(r, d);
  let w: WeakKind | undefined;
  for (const k of weak) if (w === undefined || WEAK_RANK[k] > WEAK_RANK[w]) w = k;
  if (r === undefined) {
    if (w === undefined) throw new DTypeError('resultType: no operands');
    return w === 'bool' ? 'bool' : w === 'int' ? DEFAULT_INT : w === 'float' ? DEFAULT_FLOAT : 'complex128';
  }
  if (w === undefined || WEAK_RANK[w] <= KIND_RANK[kindOf(r)]) return r;
  if (w === 'int') return DEFAULT_INT;
  if (w === 'float') return DEFAULT_FLOAT;
  return r === 'float32' ? 'complex64' : 'complex128';
}

/** NumPy's casting rules. */
export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

const CAST_RANK: Record<DTypeKind, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/**
 * NumPy's `can_cast(from, to, casting)`.
 *
 * @example
 * ```ts
 * canCast('int32', 'float64');               // true
 * canCast('float64', 'float32');             // false
 * canCast('float64', 'float32', 'same_kind'); // true
 * ```
 */
export function canCast(from: DType, to: DType, casting: Casting = 'safe'): boolean {
  if (from === to || casting === 'unsafe') return true;
  if (casting === 'no' || casting === 'equiv') return false;
  if (promoteTypes(from, to) === to) return true;
  if (casting === 'safe') return false;
  return CAST_RANK[kindOf(from)] <= CAST_RANK[kindOf(to)];
}

/** Inclusive value range of an integer dtype, as bigints. */
export function intRange(dtype: DType): { min: bigint; max: bigint } {
  const bits = BITS[dtype];
  if (dtype === 'bool') return { min: 0n, max: 1n };
  if (kindOf(dtype) === 'u') return { min: 0n, max: (1n << BigInt(bits)) - 1n };
  return { min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n };
}

/** Unsigned dtype of a bit width. */
export function unsignedOf(bits: number): DType {
  return UNSIGNED[bits] as DType;
}

/** Signed dtype of a bit width. */
export function signedOf(bits: number): DType {
  return SIGNED[bits] as DType;
}
