// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The rounding ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1 } from '../types.js';
import { rintF } from '../scalar.js';
import { U_CEIL, U_FLOOR, U_RINT, U_TRUNC } from '../../core/heap-codes.js';

export function floor_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function floor_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
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

export function floor_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function floor_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
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

export function floor_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
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

export function floor_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
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

export function floor_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
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

export function floor_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
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

export function floor_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
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

export function floor_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.floor(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.floor(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.floor(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.floor(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.floor(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.floor(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.floor(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.floor(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.floor(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.floor(x);
  }
}

export function floor_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.floor(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.floor(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.floor(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.floor(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.floor(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.floor(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.floor(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.floor(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.floor(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.floor(x);
  }
}

export const FLOOR_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: floor_b1 },
  { in: ['int8'], out: 'int8', fn: floor_i1 },
  { in: ['uint8'], out: 'uint8', fn: floor_u1 },
  { in: ['int16'], out: 'int16', fn: floor_i2 },
  { in: ['uint16'], out: 'uint16', fn: floor_u2 },
  { in: ['int32'], out: 'int32', fn: floor_i4 },
  { in: ['uint32'], out: 'uint32', fn: floor_u4 },
  { in: ['int64'], out: 'int64', fn: floor_i8 },
  { in: ['uint64'], out: 'uint64', fn: floor_u8 },
  { in: ['float32'], out: 'float32', fn: floor_f4, heap: { kind: 'unary', op: U_FLOOR } },
  { in: ['float64'], out: 'float64', fn: floor_f8, heap: { kind: 'unary', op: U_FLOOR } },
];

export function ceil_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function ceil_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
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

export function ceil_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function ceil_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
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

export function ceil_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
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

export function ceil_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
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

export function ceil_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
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

export function ceil_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
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

export function ceil_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
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

export function ceil_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.ceil(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.ceil(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.ceil(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.ceil(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.ceil(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.ceil(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.ceil(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.ceil(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.ceil(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.ceil(x);
  }
}

export function ceil_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.ceil(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.ceil(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.ceil(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.ceil(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.ceil(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.ceil(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.ceil(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.ceil(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.ceil(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.ceil(x);
  }
}

export const CEIL_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: ceil_b1 },
  { in: ['int8'], out: 'int8', fn: ceil_i1 },
  { in: ['uint8'], out: 'uint8', fn: ceil_u1 },
  { in: ['int16'], out: 'int16', fn: ceil_i2 },
  { in: ['uint16'], out: 'uint16', fn: ceil_u2 },
  { in: ['int32'], out: 'int32', fn: ceil_i4 },
  { in: ['uint32'], out: 'uint32', fn: ceil_u4 },
  { in: ['int64'], out: 'int64', fn: ceil_i8 },
  { in: ['uint64'], out: 'uint64', fn: ceil_u8 },
  { in: ['float32'], out: 'float32', fn: ceil_f4, heap: { kind: 'unary', op: U_CEIL } },
  { in: ['float64'], out: 'float64', fn: ceil_f8, heap: { kind: 'unary', op: U_CEIL } },
];

export function trunc_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function trunc_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
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

export function trunc_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function trunc_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
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

export function trunc_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
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

export function trunc_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
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

export function trunc_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
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

export function trunc_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
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

export function trunc_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
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

export function trunc_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.trunc(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.trunc(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.trunc(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.trunc(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.trunc(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.trunc(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.trunc(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.trunc(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.trunc(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.trunc(x);
  }
}

export function trunc_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.trunc(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.trunc(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.trunc(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.trunc(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.trunc(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.trunc(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.trunc(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.trunc(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.trunc(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.trunc(x);
  }
}

export const TRUNC_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: trunc_b1 },
  { in: ['int8'], out: 'int8', fn: trunc_i1 },
  { in: ['uint8'], out: 'uint8', fn: trunc_u1 },
  { in: ['int16'], out: 'int16', fn: trunc_i2 },
  { in: ['uint16'], out: 'uint16', fn: trunc_u2 },
  { in: ['int32'], out: 'int32', fn: trunc_i4 },
  { in: ['uint32'], out: 'uint32', fn: trunc_u4 },
  { in: ['int64'], out: 'int64', fn: trunc_i8 },
  { in: ['uint64'], out: 'uint64', fn: trunc_u8 },
  { in: ['float32'], out: 'float32', fn: trunc_f4, heap: { kind: 'unary', op: U_TRUNC } },
  { in: ['float64'], out: 'float64', fn: trunc_f8, heap: { kind: 'unary', op: U_TRUNC } },
];

export function rint_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = rintF(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = rintF(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = rintF(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = rintF(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = rintF(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = rintF(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = rintF(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = rintF(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = rintF(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = rintF(x);
  }
}

export function rint_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = rintF(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = rintF(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = rintF(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = rintF(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = rintF(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = rintF(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = rintF(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = rintF(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = rintF(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = rintF(x);
  }
}

export function rint_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = rintF(xr); o[io + 1] = rintF(xi);
  }
}

export function rint_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = rintF(xr); o[io + 1] = rintF(xi);
  }
}

export const RINT_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: rint_f4, heap: { kind: 'unary', op: U_RINT } },
  { in: ['float64'], out: 'float64', fn: rint_f8, heap: { kind: 'unary', op: U_RINT } },
  { in: ['complex64'], out: 'complex64', fn: rint_c8 },
  { in: ['complex128'], out: 'complex128', fn: rint_c16 },
];
