/** Scalar helpers the generated kernels call per element (small, so V8 inlines them). */
import { ValueError } from '../errors.js';

/** NumPy's degree/radian factors; the float32 ones are computed in float32 like NumPy's `f` loops. */
export const DEG2RAD = Math.PI / 180;
export const RAD2DEG = 180 / Math.PI;
export const DEG2RAD32 = Math.fround(Math.fround(Math.PI) / 180);
export const RAD2DEG32 = Math.fround(180 / Math.fround(Math.PI));

const fr = Math.fround;

/** Two-slot scratch for branch-free selection in the kernels: `S[0] = y; S[1] = x; S[cond]`. */
export const S = new Float64Array(2);

function negativePower(): never {
  throw new ValueError('power: Integers to negative integer powers are not allowed.');
}

/**
 * Floor division of integers up to 32 bits; division by zero gives 0 (NumPy 2).
 *
 * @example
 * ```ts
 * floorDivInt(-7, 2); // -4
 * floorDivInt(7, 0);  // 0
 * ```
 */
export function floorDivInt(x: number, y: number): number {
  return y === 0 ? 0 : Math.floor(x / y);
}

/**
 * Python-style remainder of integers up to 32 bits (sign of the divisor); by zero gives 0.
 *
 * @example
 * ```ts
 * modInt(-7, 3); // 2
 * modInt(7, -3); // -2
 * ```
 */
export function modInt(x: number, y: number): number {
  if (y === 0) return 0;
  const r = x % y;
  return r !== 0 && r < 0 !== y < 0 ? r + y : r;
}

/**
 * Floor division of int64 values; by zero gives 0; INT64_MIN // -1 wraps on store.
 *
 * @example
 * ```ts
 * floorDivBig(-7n, 2n); // -4n
 * ```
 */
export function floorDivBig(x: bigint, y: bigint): bigint {
  if (y === 0n) return 0n;
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
}

/**
 * Python-style remainder of int64 values; by zero gives 0.
 *
 * @example
 * ```ts
 * modBig(-7n, 3n); // 2n
 * ```
 */
export function modBig(x: bigint, y: bigint): bigint {
  if (y === 0n) return 0n;
  const r = x % y;
  return r !== 0n && r < 0n !== y < 0n ? r + y : r;
}

/**
 * Float floor division with NumPy's divmod semantics: the quotient is derived from the fmod
 * remainder so that `a == b * floorDivide(a, b) + remainder(a, b)` holds as closely as possible.
 *
 * @example
 * ```ts
 * floorDivF64(-5, Infinity); // -1
 * floorDivF64(7.5, 2);       // 3
 * ```
 */
export function floorDivF64(a: number, b: number): number {
  if (b === 0) return a / b;
  const m = a % b;
  let d = (a - m) / b;
  if (m !== 0 && b < 0 !== m < 0) d -= 1;
  if (d === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  const f = Math.floor(d);
  return d - f > 0.5 ? f + 1 : f;
}

/**
 * {@link floorDivF64} with every intermediate rounded to float32, as NumPy's float32 loop computes.
 *
 * @example
 * ```ts
 * floorDivF32(7.5, 2); // 3
 * ```
 */
export function floorDivF32(a: number, b: number): number {
  if (b === 0) return a / b;
  const m = a % b;
  let d = fr(fr(a - m) / b);
  if (m !== 0 && b < 0 !== m < 0) d = fr(d - 1);
  if (d === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  const f = Math.floor(d);
  return fr(d - f) > 0.5 ? f + 1 : f;
}

/**
 * Float remainder with the sign of the divisor (NumPy's `remainder` / Python's `%`).
 *
 * @example
 * ```ts
 * modF64(-1, 3);  // 2
 * modF64(-0, 1);  // 0
 * modF64(1, -Infinity); // -Infinity
 * ```
 */
export function modF64(a: number, b: number): number {
  const m = a % b;
  if (m !== 0) return b < 0 !== m < 0 && !Number.isNaN(b) ? m + b : m;
  return b < 0 || Object.is(b, -0) ? -0 : 0;
}

/**
 * {@link modF64} in float32 arithmetic.
 *
 * @example
 * ```ts
 * modF32(-1, 3); // 2
 * ```
 */
export function modF32(a: number, b: number): number {
  const m = a % b;
  if (m !== 0) return b < 0 !== m < 0 && !Number.isNaN(b) ? fr(m + b) : m;
  return b < 0 || Object.is(b, -0) ? -0 : 0;
}

/**
 * Integer power by squaring for dtypes up to 32 bits: products wrap modulo 2^32 (Math.imul) and
 * the store wraps to the dtype, so the low bits match C's wrapping arithmetic.
 *
 * @example
 * ```ts
 * powInt(3, 4);   // 81
 * powInt(2, 31) | 0; // -2147483648 (wraps)
 * ```
 */
export function powInt(x: number, y: number): number {
  if (y < 0) negativePower();
  let r = 1;
  let e = y;
  let b = x;
  while (e > 0) {
    if (e % 2 === 1) r = Math.imul(r, b);
    b = Math.imul(b, b);
    e = Math.floor(e / 2);
  }
  return r;
}

/**
 * int64 power by squaring, wrapping like C.
 *
 * @example
 * ```ts
 * powBig(2n, 63n); // -9223372036854775808n (wraps)
 * ```
 */
export function powBig(x: bigint, y: bigint): bigint {
  if (y < 0n) negativePower();
  let r = 1n;
  let b = x;
  let e = y;
  while (e > 0n) {
    if (e & 1n) r = BigInt.asIntN(64, r * b);
    b = BigInt.asIntN(64, b * b);
    e >>= 1n;
  }
  return r;
}

/**
 * uint64 power by squaring, wrapping like C.
 *
 * @example
 * ```ts
 * powBigU(2n, 64n); // 0n
 * ```
 */
export function powBigU(x: bigint, y: bigint): bigint {
  let r = 1n;
  let b = x;
  let e = y;
  while (e > 0n) {
    if (e & 1n) r = BigInt.asUintN(64, r * b);
    b = BigInt.asUintN(64, b * b);
    e >>= 1n;
  }
  return r;
}

/**
 * C99 `pow`: unlike JS, 1 ** NaN and (-1) ** ±Infinity are 1.
 *
 * @example
 * ```ts
 * powFloat(1, NaN);         // 1 (JS: NaN)
 * powFloat(-1, Infinity);   // 1
 * ```
 */
export function powFloat(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY)) return 1;
  return x ** y;
}

/**
 * 2 ** x.
 *
 * @example
 * ```ts
 * exp2F(10); // 1024
 * ```
 */
export function exp2F(x: number): number {
  return 2 ** x;
}

/**
 * Round half to even (C's `rint` in the default rounding mode), keeping the sign of zero.
 *
 * @example
 * ```ts
 * rintF(2.5);  // 2
 * rintF(-0.5); // -0
 * ```
 */
export function rintF(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const SIGN_F64 = new Float64Array(1);
const SIGN_U32 = new Uint32Array(SIGN_F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Whether the sign bit of x is set (including -0 and negative NaNs).
 *
 * @example
 * ```ts
 * signbitF(-0); // true
 * ```
 */
export function signbitF(x: number): boolean {
  if (x < 0) return true;
  if (x > 0) return false;
  SIGN_F64[0] = x;
  return (SIGN_U32[HI] as number) >>> 31 === 1;
}

/**
 * C's `copysign`: |x| with the sign bit of y.
 *
 * @example
 * ```ts
 * copysignF(3, -0); // -3
 * ```
 */
export function copysignF(x: number, y: number): number {
  const ax = Math.abs(x);
  return signbitF(y) ? -ax : ax;
}

/**
 * NumPy's `heaviside(x, h0)`: 0 for x < 0, h0 at 0, 1 for x > 0, NaN for NaN.
 *
 * @example
 * ```ts
 * heavisideF(0, 0.5); // 0.5
 * ```
 */
export function heavisideF(x: number, h0: number): number {
  if (x < 0) return 0;
  if (x > 0) return 1;
  return x === 0 ? h0 : x;
}
