// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The exponential ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1 } from '../types.js';
import { exp2F } from '../scalar.js';
import { R, cexp, cexp2, cexpm1, clog, clog10, clog1p, clog2, csqrt } from '../complexMath.js';
import { U_SQRT } from '../../core/heap-codes.js';

export function sqrt_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.sqrt(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.sqrt(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.sqrt(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.sqrt(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.sqrt(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.sqrt(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.sqrt(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.sqrt(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.sqrt(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sqrt(x);
  }
}

export function sqrt_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.sqrt(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.sqrt(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.sqrt(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.sqrt(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.sqrt(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.sqrt(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.sqrt(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.sqrt(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.sqrt(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sqrt(x);
  }
}

export function sqrt_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csqrt(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function sqrt_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csqrt(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const SQRT_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: sqrt_f4, heap: { kind: 'unary', op: U_SQRT } },
  { in: ['float64'], out: 'float64', fn: sqrt_f8, heap: { kind: 'unary', op: U_SQRT } },
  { in: ['complex64'], out: 'complex64', fn: sqrt_c8 },
  { in: ['complex128'], out: 'complex128', fn: sqrt_c16 },
];

export function cbrt_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cbrt(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cbrt(x);
  }
}

export function cbrt_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.cbrt(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.cbrt(x);
  }
}

export const CBRT_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: cbrt_f4 },
  { in: ['float64'], out: 'float64', fn: cbrt_f8 },
];

export function exp_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.exp(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.exp(x);
  }
}

export function exp_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.exp(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.exp(x);
  }
}

export function exp_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexp(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function exp_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexp(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const EXP_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: exp_f4 },
  { in: ['float64'], out: 'float64', fn: exp_f8 },
  { in: ['complex64'], out: 'complex64', fn: exp_c8 },
  { in: ['complex128'], out: 'complex128', fn: exp_c16 },
];

export function exp2_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = exp2F(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = exp2F(x);
  }
}

export function exp2_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = exp2F(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = exp2F(x);
  }
}

export function exp2_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexp2(xr, xi, true); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function exp2_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexp2(xr, xi, false); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const EXP2_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: exp2_f4 },
  { in: ['float64'], out: 'float64', fn: exp2_f8 },
  { in: ['complex64'], out: 'complex64', fn: exp2_c8 },
  { in: ['complex128'], out: 'complex128', fn: exp2_c16 },
];

export function expm1_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.expm1(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.expm1(x);
  }
}

export function expm1_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.expm1(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.expm1(x);
  }
}

export function expm1_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexpm1(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function expm1_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexpm1(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const EXPM1_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: expm1_f4 },
  { in: ['float64'], out: 'float64', fn: expm1_f8 },
  { in: ['complex64'], out: 'complex64', fn: expm1_c8 },
  { in: ['complex128'], out: 'complex128', fn: expm1_c16 },
];

export function log_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log(x);
  }
}

export function log_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log(x);
  }
}

export function log_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function log_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const LOG_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: log_f4 },
  { in: ['float64'], out: 'float64', fn: log_f8 },
  { in: ['complex64'], out: 'complex64', fn: log_c8 },
  { in: ['complex128'], out: 'complex128', fn: log_c16 },
];

export function log2_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log2(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log2(x);
  }
}

export function log2_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log2(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log2(x);
  }
}

export function log2_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog2(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function log2_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog2(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const LOG2_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: log2_f4 },
  { in: ['float64'], out: 'float64', fn: log2_f8 },
  { in: ['complex64'], out: 'complex64', fn: log2_c8 },
  { in: ['complex128'], out: 'complex128', fn: log2_c16 },
];

export function log10_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log10(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log10(x);
  }
}

export function log10_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log10(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log10(x);
  }
}

export function log10_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog10(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function log10_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog10(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const LOG10_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: log10_f4 },
  { in: ['float64'], out: 'float64', fn: log10_f8 },
  { in: ['complex64'], out: 'complex64', fn: log10_c8 },
  { in: ['complex128'], out: 'complex128', fn: log10_c16 },
];

export function log1p_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log1p(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log1p(x);
  }
}

export function log1p_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.log1p(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.log1p(x);
  }
}

export function log1p_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog1p(xr, xi, true); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function log1p_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog1p(xr, xi, false); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const LOG1P_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: log1p_f4 },
  { in: ['float64'], out: 'float64', fn: log1p_f8 },
  { in: ['complex64'], out: 'complex64', fn: log1p_c8 },
  { in: ['complex128'], out: 'complex128', fn: log1p_c16 },
];
