// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The floating ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from '../types.js';
import { copysignF, heavisideF } from '../scalar.js';
import { R, csign } from '../complexMath.js';
import { P_ISFINITE, P_ISINF, P_ISNAN } from '../../core/heap-codes.js';

export function copysign_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = copysignF(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = copysignF(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = copysignF(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = copysignF(x, y);
  }
}

export function copysign_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = copysignF(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = copysignF(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = copysignF(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = copysignF(x, y);
  }
}

export const COPYSIGN_LOOPS: readonly Loop2[] = [
  { in: ['float32', 'float32'], out: 'float32', fn: copysign_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: copysign_f8_f8 },
];

export function heaviside_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = heavisideF(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = heavisideF(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = heavisideF(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = heavisideF(x, y);
  }
}

export function heaviside_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = heavisideF(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = heavisideF(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = heavisideF(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = heavisideF(x, y);
  }
}

export const HEAVISIDE_LOOPS: readonly Loop2[] = [
  { in: ['float32', 'float32'], out: 'float32', fn: heaviside_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: heaviside_f8_f8 },
];

export function isnan_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 0;
  }
}

export function isnan_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 0;
  }
}

export function isnan_f4(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (+(x0 <= x0) ^ 1);
      const x1 = a[i + 1] as number;
      o[i + 1] = (+(x1 <= x1) ^ 1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (+(x2 <= x2) ^ 1);
      const x3 = a[i + 3] as number;
      o[i + 3] = (+(x3 <= x3) ^ 1);
      const x4 = a[i + 4] as number;
      o[i + 4] = (+(x4 <= x4) ^ 1);
      const x5 = a[i + 5] as number;
      o[i + 5] = (+(x5 <= x5) ^ 1);
      const x6 = a[i + 6] as number;
      o[i + 6] = (+(x6 <= x6) ^ 1);
      const x7 = a[i + 7] as number;
      o[i + 7] = (+(x7 <= x7) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (+(x <= x) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (+(x <= x) ^ 1);
  }
}

export function isnan_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (+(x0 <= x0) ^ 1);
      const x1 = a[i + 1] as number;
      o[i + 1] = (+(x1 <= x1) ^ 1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (+(x2 <= x2) ^ 1);
      const x3 = a[i + 3] as number;
      o[i + 3] = (+(x3 <= x3) ^ 1);
      const x4 = a[i + 4] as number;
      o[i + 4] = (+(x4 <= x4) ^ 1);
      const x5 = a[i + 5] as number;
      o[i + 5] = (+(x5 <= x5) ^ 1);
      const x6 = a[i + 6] as number;
      o[i + 6] = (+(x6 <= x6) ^ 1);
      const x7 = a[i + 7] as number;
      o[i + 7] = (+(x7 <= x7) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (+(x <= x) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (+(x <= x) ^ 1);
  }
}

export function isnan_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = ((+(xr <= xr) ^ 1) | (+(xi <= xi) ^ 1));
  }
}

export function isnan_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = ((+(xr <= xr) ^ 1) | (+(xi <= xi) ^ 1));
  }
}

export const ISNAN_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: isnan_b1 },
  { in: ['int8'], out: 'bool', fn: isnan_i1 },
  { in: ['uint8'], out: 'bool', fn: isnan_u1 },
  { in: ['int16'], out: 'bool', fn: isnan_i2 },
  { in: ['uint16'], out: 'bool', fn: isnan_u2 },
  { in: ['int32'], out: 'bool', fn: isnan_i4 },
  { in: ['uint32'], out: 'bool', fn: isnan_u4 },
  { in: ['int64'], out: 'bool', fn: isnan_i8 },
  { in: ['uint64'], out: 'bool', fn: isnan_u8 },
  { in: ['float32'], out: 'bool', fn: isnan_f4, heap: { kind: 'predicate', op: P_ISNAN } },
  { in: ['float64'], out: 'bool', fn: isnan_f8, heap: { kind: 'predicate', op: P_ISNAN } },
  { in: ['complex64'], out: 'bool', fn: isnan_c8 },
  { in: ['complex128'], out: 'bool', fn: isnan_c16 },
];

export function isinf_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 0;
      const x2 = a[i + 2] as number;
      o[i + 2] = 0;
      const x3 = a[i + 3] as number;
      o[i + 3] = 0;
      const x4 = a[i + 4] as number;
      o[i + 4] = 0;
      const x5 = a[i + 5] as number;
      o[i + 5] = 0;
      const x6 = a[i + 6] as number;
      o[i + 6] = 0;
      const x7 = a[i + 7] as number;
      o[i + 7] = 0;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 0;
  }
}

export function isinf_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 0;
  }
}

export function isinf_f4(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(Math.abs(x0) >= Infinity);
      const x1 = a[i + 1] as number;
      o[i + 1] = +(Math.abs(x1) >= Infinity);
      const x2 = a[i + 2] as number;
      o[i + 2] = +(Math.abs(x2) >= Infinity);
      const x3 = a[i + 3] as number;
      o[i + 3] = +(Math.abs(x3) >= Infinity);
      const x4 = a[i + 4] as number;
      o[i + 4] = +(Math.abs(x4) >= Infinity);
      const x5 = a[i + 5] as number;
      o[i + 5] = +(Math.abs(x5) >= Infinity);
      const x6 = a[i + 6] as number;
      o[i + 6] = +(Math.abs(x6) >= Infinity);
      const x7 = a[i + 7] as number;
      o[i + 7] = +(Math.abs(x7) >= Infinity);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(Math.abs(x) >= Infinity);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(Math.abs(x) >= Infinity);
  }
}

export function isinf_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(Math.abs(x0) >= Infinity);
      const x1 = a[i + 1] as number;
      o[i + 1] = +(Math.abs(x1) >= Infinity);
      const x2 = a[i + 2] as number;
      o[i + 2] = +(Math.abs(x2) >= Infinity);
      const x3 = a[i + 3] as number;
      o[i + 3] = +(Math.abs(x3) >= Infinity);
      const x4 = a[i + 4] as number;
      o[i + 4] = +(Math.abs(x4) >= Infinity);
      const x5 = a[i + 5] as number;
      o[i + 5] = +(Math.abs(x5) >= Infinity);
      const x6 = a[i + 6] as number;
      o[i + 6] = +(Math.abs(x6) >= Infinity);
      const x7 = a[i + 7] as number;
      o[i + 7] = +(Math.abs(x7) >= Infinity);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(Math.abs(x) >= Infinity);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(Math.abs(x) >= Infinity);
  }
}

export function isinf_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (+(Math.abs(xr) >= Infinity) | +(Math.abs(xi) >= Infinity));
  }
}

export function isinf_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (+(Math.abs(xr) >= Infinity) | +(Math.abs(xi) >= Infinity));
  }
}

export const ISINF_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: isinf_b1 },
  { in: ['int8'], out: 'bool', fn: isinf_i1 },
  { in: ['uint8'], out: 'bool', fn: isinf_u1 },
  { in: ['int16'], out: 'bool', fn: isinf_i2 },
  { in: ['uint16'], out: 'bool', fn: isinf_u2 },
  { in: ['int32'], out: 'bool', fn: isinf_i4 },
  { in: ['uint32'], out: 'bool', fn: isinf_u4 },
  { in: ['int64'], out: 'bool', fn: isinf_i8 },
  { in: ['uint64'], out: 'bool', fn: isinf_u8 },
  { in: ['float32'], out: 'bool', fn: isinf_f4, heap: { kind: 'predicate', op: P_ISINF } },
  { in: ['float64'], out: 'bool', fn: isinf_f8, heap: { kind: 'predicate', op: P_ISINF } },
  { in: ['complex64'], out: 'bool', fn: isinf_c8 },
  { in: ['complex128'], out: 'bool', fn: isinf_c16 },
];

export function isfinite_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 1;
  }
}

export function isfinite_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = 1;
  }
}

export function isfinite_f4(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(Math.abs(x0) < Infinity);
      const x1 = a[i + 1] as number;
      o[i + 1] = +(Math.abs(x1) < Infinity);
      const x2 = a[i + 2] as number;
      o[i + 2] = +(Math.abs(x2) < Infinity);
      const x3 = a[i + 3] as number;
      o[i + 3] = +(Math.abs(x3) < Infinity);
      const x4 = a[i + 4] as number;
      o[i + 4] = +(Math.abs(x4) < Infinity);
      const x5 = a[i + 5] as number;
      o[i + 5] = +(Math.abs(x5) < Infinity);
      const x6 = a[i + 6] as number;
      o[i + 6] = +(Math.abs(x6) < Infinity);
      const x7 = a[i + 7] as number;
      o[i + 7] = +(Math.abs(x7) < Infinity);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(Math.abs(x) < Infinity);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(Math.abs(x) < Infinity);
  }
}

export function isfinite_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(Math.abs(x0) < Infinity);
      const x1 = a[i + 1] as number;
      o[i + 1] = +(Math.abs(x1) < Infinity);
      const x2 = a[i + 2] as number;
      o[i + 2] = +(Math.abs(x2) < Infinity);
      const x3 = a[i + 3] as number;
      o[i + 3] = +(Math.abs(x3) < Infinity);
      const x4 = a[i + 4] as number;
      o[i + 4] = +(Math.abs(x4) < Infinity);
      const x5 = a[i + 5] as number;
      o[i + 5] = +(Math.abs(x5) < Infinity);
      const x6 = a[i + 6] as number;
      o[i + 6] = +(Math.abs(x6) < Infinity);
      const x7 = a[i + 7] as number;
      o[i + 7] = +(Math.abs(x7) < Infinity);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(Math.abs(x) < Infinity);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(Math.abs(x) < Infinity);
  }
}

export function isfinite_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (+(Math.abs(xr) < Infinity) & +(Math.abs(xi) < Infinity));
  }
}

export function isfinite_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (+(Math.abs(xr) < Infinity) & +(Math.abs(xi) < Infinity));
  }
}

export const ISFINITE_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: isfinite_b1 },
  { in: ['int8'], out: 'bool', fn: isfinite_i1 },
  { in: ['uint8'], out: 'bool', fn: isfinite_u1 },
  { in: ['int16'], out: 'bool', fn: isfinite_i2 },
  { in: ['uint16'], out: 'bool', fn: isfinite_u2 },
  { in: ['int32'], out: 'bool', fn: isfinite_i4 },
  { in: ['uint32'], out: 'bool', fn: isfinite_u4 },
  { in: ['int64'], out: 'bool', fn: isfinite_i8 },
  { in: ['uint64'], out: 'bool', fn: isfinite_u8 },
  { in: ['float32'], out: 'bool', fn: isfinite_f4, heap: { kind: 'predicate', op: P_ISFINITE } },
  { in: ['float64'], out: 'bool', fn: isfinite_f8, heap: { kind: 'predicate', op: P_ISFINITE } },
  { in: ['complex64'], out: 'bool', fn: isfinite_c8 },
  { in: ['complex128'], out: 'bool', fn: isfinite_c16 },
];

export function sign_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x > 0n ? 1n : x < 0n ? -1n : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x > 0n ? 1n : x < 0n ? -1n : 0n);
  }
}

export function sign_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x > 0n ? 1n : x < 0n ? -1n : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x > 0n ? 1n : x < 0n ? -1n : 0n);
  }
}

export function sign_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : x0 === 0 ? 0 : x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : x1 === 0 ? 0 : x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : x2 === 0 ? 0 : x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : x3 === 0 ? 0 : x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : x4 === 0 ? 0 : x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : x5 === 0 ? 0 : x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : x6 === 0 ? 0 : x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : x7 === 0 ? 0 : x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
  }
}

export function sign_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 > 0 ? 1 : x0 < 0 ? -1 : x0 === 0 ? 0 : x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 > 0 ? 1 : x1 < 0 ? -1 : x1 === 0 ? 0 : x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 > 0 ? 1 : x2 < 0 ? -1 : x2 === 0 ? 0 : x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 > 0 ? 1 : x3 < 0 ? -1 : x3 === 0 ? 0 : x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 > 0 ? 1 : x4 < 0 ? -1 : x4 === 0 ? 0 : x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 > 0 ? 1 : x5 < 0 ? -1 : x5 === 0 ? 0 : x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 > 0 ? 1 : x6 < 0 ? -1 : x6 === 0 ? 0 : x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 > 0 ? 1 : x7 < 0 ? -1 : x7 === 0 ? 0 : x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
  }
}

export function sign_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csign(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function sign_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    csign(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const SIGN_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: sign_i1 },
  { in: ['uint8'], out: 'uint8', fn: sign_u1 },
  { in: ['int16'], out: 'int16', fn: sign_i2 },
  { in: ['uint16'], out: 'uint16', fn: sign_u2 },
  { in: ['int32'], out: 'int32', fn: sign_i4 },
  { in: ['uint32'], out: 'uint32', fn: sign_u4 },
  { in: ['int64'], out: 'int64', fn: sign_i8 },
  { in: ['uint64'], out: 'uint64', fn: sign_u8 },
  { in: ['float32'], out: 'float32', fn: sign_f4 },
  { in: ['float64'], out: 'float64', fn: sign_f8 },
  { in: ['complex64'], out: 'complex64', fn: sign_c8 },
  { in: ['complex128'], out: 'complex128', fn: sign_c16 },
];
