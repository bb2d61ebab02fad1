/** The ufunc family: element-wise math with broadcasting, NumPy 2 type promotion and `out=`. */
export {
  abs,
  absolute,
  add,
  divide,
  floorDivide,
  fmod,
  mod,
  multiply,
  negative,
  positive,
  power,
  reciprocal,
  remainder,
  square,
  subtract,
  trueDivide,
} from './arithmetic.js';
export { cbrt, exp, exp2, expm1, log, log10, log1p, log2, sqrt } from './exponential.js';
export {
  arccos,
  arccosh,
  arcsin,
  arcsinh,
  arctan,
  arctan2,
  arctanh,
  cos,
  cosh,
  deg2rad,
  degrees,
  hypot,
  rad2deg,
  radians,
  sin,
  sinh,
  tan,
  tanh,
} from './trigonometric.js';
export { around, ceil, floor, rint, round, trunc } from './rounding.js';
export type { RoundOptions } from './rounding.js';
export { clip, fmax, fmin, maximum, minimum } from './extrema.js';
export { equal, greater, greaterEqual, less, lessEqual, notEqual } from './comparison.js';
export { logicalAnd, logicalNot, logicalOr, logicalXor } from './logical.js';
export { bitwiseAnd, bitwiseNot, bitwiseOr, bitwiseXor, invert, leftShift, rightShift } from './bitwise.js';
export { copysign, heaviside, isfinite, isinf, isnan, nanToNum, sign } from './floating.js';
export type { NanToNumOptions } from './floating.js';
export { angle, conj, conjugate, imag, real } from './complex.js';
export type { AngleOptions } from './complex.js';
export { allclose, arrayEqual, arrayEquiv, isclose } from './close.js';
export type { ArrayEqualOptions, CloseOptions } from './close.js';
export type { UfuncOptions } from './types.js';
