// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The complex ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1 } from '../types.js';

export function conjugate_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = x;
  }
}

export function conjugate_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = x;
  }
}

export function conjugate_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr; o[io + 1] = -xi;
  }
}

export function conjugate_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr; o[io + 1] = -xi;
  }
}

export const CONJUGATE_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: conjugate_i1 },
  { in: ['uint8'], out: 'uint8', fn: conjugate_u1 },
  { in: ['int16'], out: 'int16', fn: conjugate_i2 },
  { in: ['uint16'], out: 'uint16', fn: conjugate_u2 },
  { in: ['int32'], out: 'int32', fn: conjugate_i4 },
  { in: ['uint32'], out: 'uint32', fn: conjugate_u4 },
  { in: ['int64'], out: 'int64', fn: conjugate_i8 },
  { in: ['uint64'], out: 'uint64', fn: conjugate_u8 },
  { in: ['float32'], out: 'float32', fn: conjugate_f4 },
  { in: ['float64'], out: 'float64', fn: conjugate_f8 },
  { in: ['complex64'], out: 'complex64', fn: conjugate_c8 },
  { in: ['complex128'], out: 'complex128', fn: conjugate_c16 },
];
