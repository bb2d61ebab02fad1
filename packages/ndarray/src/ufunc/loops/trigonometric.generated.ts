// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The trigonometric ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from '../types.js';
import { DEG2RAD, DEG2RAD32, RAD2DEG, RAD2DEG32 } from '../scalar.js';
import { R, cacos, cacosh, casin, casinh, catan, catanh, ccos, ccosh, csin, csinh, ctan, ctanh } from '../complexMath.js';

export function sin_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sin(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sin(x);
  }
}

export function sin_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sin(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sin(x);
  }
}

export function sin_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csin(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function sin_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csin(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const SIN_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: sin_f4 },
  { in: ['float64'], out: 'float64', fn: sin_f8 },
  { in: ['complex64'], out: 'complex64', fn: sin_c8 },
  { in: ['complex128'], out: 'complex128', fn: sin_c16 },
];

export function cos_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cos(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cos(x);
  }
}

export function cos_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cos(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cos(x);
  }
}

export function cos_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ccos(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function cos_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ccos(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const COS_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: cos_f4 },
  { in: ['float64'], out: 'float64', fn: cos_f8 },
  { in: ['complex64'], out: 'complex64', fn: cos_c8 },
  { in: ['complex128'], out: 'complex128', fn: cos_c16 },
];

export function tan_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.tan(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.tan(x);
  }
}

export function tan_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.tan(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.tan(x);
  }
}

export function tan_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ctan(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function tan_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ctan(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const TAN_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: tan_f4 },
  { in: ['float64'], out: 'float64', fn: tan_f8 },
  { in: ['complex64'], out: 'complex64', fn: tan_c8 },
  { in: ['complex128'], out: 'complex128', fn: tan_c16 },
];

export function arcsin_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.asin(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.asin(x);
  }
}

export function arcsin_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.asin(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.asin(x);
  }
}

export function arcsin_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    casin(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arcsin_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    casin(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCSIN_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arcsin_f4 },
  { in: ['float64'], out: 'float64', fn: arcsin_f8 },
  { in: ['complex64'], out: 'complex64', fn: arcsin_c8 },
  { in: ['complex128'], out: 'complex128', fn: arcsin_c16 },
];

export function arccos_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.acos(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.acos(x);
  }
}

export function arccos_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.acos(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.acos(x);
  }
}

export function arccos_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cacos(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arccos_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cacos(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCCOS_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arccos_f4 },
  { in: ['float64'], out: 'float64', fn: arccos_f8 },
  { in: ['complex64'], out: 'complex64', fn: arccos_c8 },
  { in: ['complex128'], out: 'complex128', fn: arccos_c16 },
];

export function arctan_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.atan(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.atan(x);
  }
}

export function arctan_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.atan(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.atan(x);
  }
}

export function arctan_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    catan(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arctan_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    catan(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCTAN_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arctan_f4 },
  { in: ['float64'], out: 'float64', fn: arctan_f8 },
  { in: ['complex64'], out: 'complex64', fn: arctan_c8 },
  { in: ['complex128'], out: 'complex128', fn: arctan_c16 },
];

export function arctan2_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.atan2(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.atan2(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.atan2(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.atan2(x, y);
  }
}

export function arctan2_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.atan2(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.atan2(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.atan2(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.atan2(x, y);
  }
}

export const ARCTAN2_LOOPS: readonly Loop2[] = [
  { in: ['float32', 'float32'], out: 'float32', fn: arctan2_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: arctan2_f8_f8 },
];

export function hypot_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.hypot(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.hypot(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.hypot(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.hypot(x, y);
  }
}

export function hypot_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.hypot(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.hypot(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.hypot(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.hypot(x, y);
  }
}

export const HYPOT_LOOPS: readonly Loop2[] = [
  { in: ['float32', 'float32'], out: 'float32', fn: hypot_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: hypot_f8_f8 },
];

export function sinh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sinh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sinh(x);
  }
}

export function sinh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sinh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sinh(x);
  }
}

export function sinh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csinh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function sinh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csinh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const SINH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: sinh_f4 },
  { in: ['float64'], out: 'float64', fn: sinh_f8 },
  { in: ['complex64'], out: 'complex64', fn: sinh_c8 },
  { in: ['complex128'], out: 'complex128', fn: sinh_c16 },
];

export function cosh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cosh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cosh(x);
  }
}

export function cosh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cosh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cosh(x);
  }
}

export function cosh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ccosh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function cosh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ccosh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const COSH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: cosh_f4 },
  { in: ['float64'], out: 'float64', fn: cosh_f8 },
  { in: ['complex64'], out: 'complex64', fn: cosh_c8 },
  { in: ['complex128'], out: 'complex128', fn: cosh_c16 },
];

export function tanh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.tanh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.tanh(x);
  }
}

export function tanh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.tanh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.tanh(x);
  }
}

export function tanh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ctanh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function tanh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    ctanh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const TANH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: tanh_f4 },
  { in: ['float64'], out: 'float64', fn: tanh_f8 },
  { in: ['complex64'], out: 'complex64', fn: tanh_c8 },
  { in: ['complex128'], out: 'complex128', fn: tanh_c16 },
];

export function arcsinh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.asinh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.asinh(x);
  }
}

export function arcsinh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.asinh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.asinh(x);
  }
}

export function arcsinh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    casinh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arcsinh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    casinh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCSINH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arcsinh_f4 },
  { in: ['float64'], out: 'float64', fn: arcsinh_f8 },
  { in: ['complex64'], out: 'complex64', fn: arcsinh_c8 },
  { in: ['complex128'], out: 'complex128', fn: arcsinh_c16 },
];

export function arccosh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.acosh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.acosh(x);
  }
}

export function arccosh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.acosh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.acosh(x);
  }
}

export function arccosh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cacosh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arccosh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cacosh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCCOSH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arccosh_f4 },
  { in: ['float64'], out: 'float64', fn: arccosh_f8 },
  { in: ['complex64'], out: 'complex64', fn: arccosh_c8 },
  { in: ['complex128'], out: 'complex128', fn: arccosh_c16 },
];

export function arctanh_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.atanh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.atanh(x);
  }
}

export function arctanh_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.atanh(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.atanh(x);
  }
}

export function arctanh_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    catanh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function arctanh_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    catanh(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const ARCTANH_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: arctanh_f4 },
  { in: ['float64'], out: 'float64', fn: arctanh_f8 },
  { in: ['complex64'], out: 'complex64', fn: arctanh_c8 },
  { in: ['complex128'], out: 'complex128', fn: arctanh_c16 },
];

export function deg2rad_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * DEG2RAD32;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * DEG2RAD32;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * DEG2RAD32;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * DEG2RAD32;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * DEG2RAD32;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * DEG2RAD32;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * DEG2RAD32;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * DEG2RAD32;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * DEG2RAD32;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * DEG2RAD32;
  }
}

export function deg2rad_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * DEG2RAD;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * DEG2RAD;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * DEG2RAD;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * DEG2RAD;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * DEG2RAD;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * DEG2RAD;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * DEG2RAD;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * DEG2RAD;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * DEG2RAD;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * DEG2RAD;
  }
}

export const DEG2RAD_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: deg2rad_f4 },
  { in: ['float64'], out: 'float64', fn: deg2rad_f8 },
];

export function rad2deg_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * RAD2DEG32;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * RAD2DEG32;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * RAD2DEG32;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * RAD2DEG32;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * RAD2DEG32;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * RAD2DEG32;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * RAD2DEG32;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * RAD2DEG32;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * RAD2DEG32;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * RAD2DEG32;
  }
}

export function rad2deg_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * RAD2DEG;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * RAD2DEG;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * RAD2DEG;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * RAD2DEG;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * RAD2DEG;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * RAD2DEG;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * RAD2DEG;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * RAD2DEG;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * RAD2DEG;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * RAD2DEG;
  }
}

export const RAD2DEG_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: rad2deg_f4 },
  { in: ['float64'], out: 'float64', fn: rad2deg_f8 },
];
