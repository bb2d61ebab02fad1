// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The arithmetic ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from '../types.js';
import { floorDivBig, floorDivF32, floorDivF64, floorDivInt, modBig, modF32, modF64, modInt, powBig, powBigU, powFloat, powInt } from '../scalar.js';
import { R, cdiv, cpow, crecip } from '../complexMath.js';
import { OP_ADD, OP_DIV, OP_MUL, OP_SUB, U_ABS, U_NEG, U_RECIP, U_SQUARE } from '../../core/heap-codes.js';

export function add_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 | y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 | y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 | y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 | y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 | y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 | y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 | y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 | y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x | y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x | y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x | y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x | y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x | y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x | y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x | y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x | y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x | y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 | y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 | y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 | y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 | y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 | y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 | y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 | y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 | y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x | y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x | y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x | y;
  }
}

export function add_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x + y;
  }
}

export function add_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x + y;
  }
}

export function add_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 + y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 + y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 + y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 + y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 + y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 + y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 + y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 + y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x + y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x + y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x + y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x + y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x + y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x + y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x + y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x + y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 + y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 + y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 + y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 + y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 + y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 + y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 + y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 + y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x + y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x + y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x + y;
  }
}

export function add_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr + yr; o[io + 1] = xi + yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr + yr; o[io + 1] = xi + yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr + yr; o[io + 1] = xi + yi;
  }
}

export function add_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr + yr; o[io + 1] = xi + yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr + yr; o[io + 1] = xi + yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr + yr; o[io + 1] = xi + yi;
  }
}

export const ADD_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: add_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: add_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: add_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: add_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: add_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: add_i4_i4, heap: { kind: 'i32', op: OP_ADD } },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: add_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: add_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: add_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: add_f4_f4, heap: { kind: 'float', op: OP_ADD } },
  { in: ['float64', 'float64'], out: 'float64', fn: add_f8_f8, heap: { kind: 'float', op: OP_ADD } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: add_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: add_c16_c16, heap: { kind: 'c128', op: OP_ADD } },
];

export function subtract_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x - y;
  }
}

export function subtract_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x - y;
  }
}

export function subtract_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 - y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 - y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 - y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 - y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 - y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 - y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 - y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 - y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x - y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x - y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x - y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x - y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x - y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x - y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x - y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x - y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 - y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 - y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 - y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 - y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 - y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 - y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 - y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 - y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x - y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x - y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x - y;
  }
}

export function subtract_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr - yr; o[io + 1] = xi - yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr - yr; o[io + 1] = xi - yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr - yr; o[io + 1] = xi - yi;
  }
}

export function subtract_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr - yr; o[io + 1] = xi - yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr - yr; o[io + 1] = xi - yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr - yr; o[io + 1] = xi - yi;
  }
}

export const SUBTRACT_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: subtract_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: subtract_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: subtract_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: subtract_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: subtract_i4_i4, heap: { kind: 'i32', op: OP_SUB } },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: subtract_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: subtract_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: subtract_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: subtract_f4_f4, heap: { kind: 'float', op: OP_SUB } },
  { in: ['float64', 'float64'], out: 'float64', fn: subtract_f8_f8, heap: { kind: 'float', op: OP_SUB } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: subtract_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: subtract_c16_c16, heap: { kind: 'c128', op: OP_SUB } },
];

export function multiply_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 & y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 & y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 & y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 & y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 & y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 & y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 & y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 & y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x & y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x & y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x & y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x & y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x & y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x & y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x & y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x & y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x & y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 & y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 & y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 & y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 & y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 & y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 & y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 & y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 & y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x & y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x & y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x & y;
  }
}

export function multiply_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = Math.imul(x0, y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = Math.imul(x1, y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = Math.imul(x2, y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = Math.imul(x3, y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = Math.imul(x4, y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = Math.imul(x5, y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = Math.imul(x6, y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = Math.imul(x7, y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = Math.imul(x, y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = Math.imul(x, y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = Math.imul(x, y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = Math.imul(x, y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = Math.imul(x, y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = Math.imul(x, y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = Math.imul(x, y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = Math.imul(x, y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = Math.imul(x, y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.imul(x, y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = Math.imul(x0, y);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.imul(x1, y);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.imul(x2, y);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.imul(x3, y);
        const x4 = a[i + 4] as number;
        o[i + 4] = Math.imul(x4, y);
        const x5 = a[i + 5] as number;
        o[i + 5] = Math.imul(x5, y);
        const x6 = a[i + 6] as number;
        o[i + 6] = Math.imul(x6, y);
        const x7 = a[i + 7] as number;
        o[i + 7] = Math.imul(x7, y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.imul(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.imul(x, y);
  }
}

export function multiply_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = Math.imul(x0, y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = Math.imul(x1, y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = Math.imul(x2, y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = Math.imul(x3, y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = Math.imul(x4, y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = Math.imul(x5, y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = Math.imul(x6, y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = Math.imul(x7, y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = Math.imul(x, y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = Math.imul(x, y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = Math.imul(x, y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = Math.imul(x, y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = Math.imul(x, y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = Math.imul(x, y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = Math.imul(x, y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = Math.imul(x, y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = Math.imul(x, y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = Math.imul(x, y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = Math.imul(x0, y);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.imul(x1, y);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.imul(x2, y);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.imul(x3, y);
        const x4 = a[i + 4] as number;
        o[i + 4] = Math.imul(x4, y);
        const x5 = a[i + 5] as number;
        o[i + 5] = Math.imul(x5, y);
        const x6 = a[i + 6] as number;
        o[i + 6] = Math.imul(x6, y);
        const x7 = a[i + 7] as number;
        o[i + 7] = Math.imul(x7, y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = Math.imul(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = Math.imul(x, y);
  }
}

export function multiply_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x * y;
  }
}

export function multiply_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x * y;
  }
}

export function multiply_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 * y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 * y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 * y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 * y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 * y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 * y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 * y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 * y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x * y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x * y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x * y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x * y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x * y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x * y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x * y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x * y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 * y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 * y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 * y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 * y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 * y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x * y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x * y;
  }
}

export function multiply_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
  }
}

export function multiply_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = xr * yr - xi * yi; o[io + 1] = xr * yi + xi * yr;
  }
}

export const MULTIPLY_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: multiply_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: multiply_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: multiply_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: multiply_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: multiply_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: multiply_i4_i4, heap: { kind: 'i32', op: OP_MUL } },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: multiply_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: multiply_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: multiply_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: multiply_f4_f4, heap: { kind: 'float', op: OP_MUL } },
  { in: ['float64', 'float64'], out: 'float64', fn: multiply_f8_f8, heap: { kind: 'float', op: OP_MUL } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: multiply_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: multiply_c16_c16, heap: { kind: 'c128', op: OP_MUL } },
];

export function divide_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 / y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 / y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 / y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 / y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 / y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 / y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 / y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 / y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x / y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x / y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x / y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x / y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x / y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x / y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x / y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x / y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x / y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x / y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x / y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 / y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 / y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 / y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 / y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 / y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 / y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 / y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 / y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x / y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x / y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x / y;
  }
}

export function divide_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1 && (n >= 64 || (ia === 0 && ib === 0 && io === 0))) {
    if (ia !== 0 || ib !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      b = b.subarray(ib, ib + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      const y0 = b[i] as number;
      o[i] = x0 / y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 / y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 / y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 / y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 / y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 / y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 / y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 / y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x / y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1 && (n >= 64 || (ib === 0 && io === 0))) {
      const x = a[ia] as number;
      if (ib !== 0 || io !== 0) {
        b = b.subarray(ib, ib + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const y0 = b[i] as number;
        o[i] = x / y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x / y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x / y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x / y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x / y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x / y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x / y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x / y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x / y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x / y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
      const y = b[ib] as number;
      if (ia !== 0 || io !== 0) {
        a = a.subarray(ia, ia + n);
        o = o.subarray(io, io + n);
      }
      let i = 0;
      for (const m = n - 7; i < m; i += 8) {
        const x0 = a[i] as number;
        o[i] = x0 / y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 / y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 / y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 / y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 / y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 / y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 / y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 / y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x / y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x / y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x / y;
  }
}

export function divide_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function divide_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    cdiv(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const DIVIDE_LOOPS: readonly Loop2[] = [
  { in: ['float32', 'float32'], out: 'float32', fn: divide_f4_f4, heap: { kind: 'float', op: OP_DIV } },
  { in: ['float64', 'float64'], out: 'float64', fn: divide_f8_f8, heap: { kind: 'float', op: OP_DIV } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: divide_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: divide_c16_c16 },
];

export function floorDivide_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = floorDivInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = floorDivInt(x, y);
  }
}

export function floorDivide_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : Math.floor(x / y));
  }
}

export function floorDivide_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = floorDivInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = floorDivInt(x, y);
  }
}

export function floorDivide_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : Math.floor(x / y));
  }
}

export function floorDivide_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = floorDivInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = floorDivInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = floorDivInt(x, y);
  }
}

export function floorDivide_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : Math.floor(x / y));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : Math.floor(x / y));
  }
}

export function floorDivide_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = floorDivBig(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = floorDivBig(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = floorDivBig(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = floorDivBig(x, y);
  }
}

export function floorDivide_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y === 0n ? 0n : x / y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y === 0n ? 0n : x / y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y === 0n ? 0n : x / y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y === 0n ? 0n : x / y);
  }
}

export function floorDivide_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = floorDivF32(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = floorDivF32(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = floorDivF32(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = floorDivF32(x, y);
  }
}

export function floorDivide_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = floorDivF64(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = floorDivF64(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = floorDivF64(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = floorDivF64(x, y);
  }
}

export const FLOOR_DIVIDE_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: floorDivide_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: floorDivide_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: floorDivide_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: floorDivide_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: floorDivide_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: floorDivide_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: floorDivide_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: floorDivide_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: floorDivide_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: floorDivide_f8_f8 },
];

export function remainder_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = modInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = modInt(x, y);
  }
}

export function remainder_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function remainder_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = modInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = modInt(x, y);
  }
}

export function remainder_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function remainder_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = modInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = modInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = modInt(x, y);
  }
}

export function remainder_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function remainder_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = modBig(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = modBig(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = modBig(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = modBig(x, y);
  }
}

export function remainder_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y === 0n ? 0n : x % y);
  }
}

export function remainder_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = modF32(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = modF32(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = modF32(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = modF32(x, y);
  }
}

export function remainder_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = modF64(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = modF64(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = modF64(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = modF64(x, y);
  }
}

export const REMAINDER_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: remainder_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: remainder_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: remainder_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: remainder_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: remainder_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: remainder_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: remainder_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: remainder_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: remainder_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: remainder_f8_f8 },
];

export function fmod_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y === 0 ? 0 : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y === 0 ? 0 : x % y);
  }
}

export function fmod_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y === 0n ? 0n : x % y);
  }
}

export function fmod_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y === 0n ? 0n : x % y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y === 0n ? 0n : x % y);
  }
}

export function fmod_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x % y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x % y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x % y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x % y;
  }
}

export function fmod_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x % y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x % y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x % y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x % y;
  }
}

export const FMOD_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: fmod_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: fmod_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: fmod_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: fmod_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: fmod_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: fmod_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: fmod_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: fmod_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: fmod_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: fmod_f8_f8 },
];

export function power_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powInt(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powInt(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powInt(x, y);
  }
}

export function power_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = powBig(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = powBig(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = powBig(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = powBig(x, y);
  }
}

export function power_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = powBigU(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = powBigU(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = powBigU(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = powBigU(x, y);
  }
}

export function power_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powFloat(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powFloat(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powFloat(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powFloat(x, y);
  }
}

export function power_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = powFloat(x, y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = powFloat(x, y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = powFloat(x, y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = powFloat(x, y);
  }
}

export function power_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function power_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  io *= 2;
  so *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    cpow(xr, xi, yr, yi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const POWER_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: power_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: power_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: power_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: power_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: power_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: power_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: power_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: power_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: power_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: power_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: power_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: power_c16_c16 },
];

export function negative_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = -x;
  }
}

export function negative_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = -x;
  }
}

export function negative_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = -x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = -x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = -x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = -x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = -x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = -x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = -x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = -x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = -xr; o[io + 1] = -xi;
  }
}

export function negative_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = -xr; o[io + 1] = -xi;
  }
}

export const NEGATIVE_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: negative_i1 },
  { in: ['uint8'], out: 'uint8', fn: negative_u1 },
  { in: ['int16'], out: 'int16', fn: negative_i2 },
  { in: ['uint16'], out: 'uint16', fn: negative_u2 },
  { in: ['int32'], out: 'int32', fn: negative_i4 },
  { in: ['uint32'], out: 'uint32', fn: negative_u4 },
  { in: ['int64'], out: 'int64', fn: negative_i8 },
  { in: ['uint64'], out: 'uint64', fn: negative_u8 },
  { in: ['float32'], out: 'float32', fn: negative_f4, heap: { kind: 'unary', op: U_NEG } },
  { in: ['float64'], out: 'float64', fn: negative_f8, heap: { kind: 'unary', op: U_NEG } },
  { in: ['complex64'], out: 'complex64', fn: negative_c8 },
  { in: ['complex128'], out: 'complex128', fn: negative_c16 },
];

export function positive_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
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

export function positive_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function positive_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
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

export function positive_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
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

export function positive_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
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

export function positive_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
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

export function positive_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
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

export function positive_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
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

export function positive_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
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

export function positive_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
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

export function positive_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr; o[io + 1] = xi;
  }
}

export function positive_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr; o[io + 1] = xi;
  }
}

export const POSITIVE_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: positive_i1 },
  { in: ['uint8'], out: 'uint8', fn: positive_u1 },
  { in: ['int16'], out: 'int16', fn: positive_i2 },
  { in: ['uint16'], out: 'uint16', fn: positive_u2 },
  { in: ['int32'], out: 'int32', fn: positive_i4 },
  { in: ['uint32'], out: 'uint32', fn: positive_u4 },
  { in: ['int64'], out: 'int64', fn: positive_i8 },
  { in: ['uint64'], out: 'uint64', fn: positive_u8 },
  { in: ['float32'], out: 'float32', fn: positive_f4 },
  { in: ['float64'], out: 'float64', fn: positive_f8 },
  { in: ['complex64'], out: 'complex64', fn: positive_c8 },
  { in: ['complex128'], out: 'complex128', fn: positive_c16 },
];

export function absolute_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function absolute_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 < 0 ? -x0 : x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 < 0 ? -x1 : x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 < 0 ? -x2 : x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 < 0 ? -x3 : x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 < 0 ? -x4 : x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 < 0 ? -x5 : x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 < 0 ? -x6 : x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 < 0 ? -x7 : x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
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

export function absolute_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 < 0 ? -x0 : x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 < 0 ? -x1 : x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 < 0 ? -x2 : x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 < 0 ? -x3 : x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 < 0 ? -x4 : x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 < 0 ? -x5 : x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 < 0 ? -x6 : x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 < 0 ? -x7 : x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
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

export function absolute_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 < 0 ? -x0 : x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 < 0 ? -x1 : x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 < 0 ? -x2 : x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 < 0 ? -x3 : x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 < 0 ? -x4 : x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 < 0 ? -x5 : x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 < 0 ? -x6 : x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 < 0 ? -x7 : x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
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

export function absolute_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x < 0n ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x < 0n ? -x : x);
  }
}

export function absolute_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
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

export function absolute_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.abs(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.abs(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.abs(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.abs(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.abs(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.abs(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.abs(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.abs(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.abs(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.abs(x);
  }
}

export function absolute_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.abs(x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.abs(x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.abs(x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.abs(x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.abs(x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.abs(x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.abs(x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.abs(x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.abs(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.abs(x);
  }
}

export function absolute_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = Math.hypot(xr, xi);
  }
}

export function absolute_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = Math.hypot(xr, xi);
  }
}

export const ABSOLUTE_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: absolute_b1 },
  { in: ['int8'], out: 'int8', fn: absolute_i1 },
  { in: ['uint8'], out: 'uint8', fn: absolute_u1 },
  { in: ['int16'], out: 'int16', fn: absolute_i2 },
  { in: ['uint16'], out: 'uint16', fn: absolute_u2 },
  { in: ['int32'], out: 'int32', fn: absolute_i4 },
  { in: ['uint32'], out: 'uint32', fn: absolute_u4 },
  { in: ['int64'], out: 'int64', fn: absolute_i8 },
  { in: ['uint64'], out: 'uint64', fn: absolute_u8 },
  { in: ['float32'], out: 'float32', fn: absolute_f4, heap: { kind: 'unary', op: U_ABS } },
  { in: ['float64'], out: 'float64', fn: absolute_f8, heap: { kind: 'unary', op: U_ABS } },
  { in: ['complex64'], out: 'float32', fn: absolute_c8 },
  { in: ['complex128'], out: 'float64', fn: absolute_c16 },
];

export function square_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.imul(x0, x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.imul(x1, x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.imul(x2, x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.imul(x3, x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.imul(x4, x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.imul(x5, x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.imul(x6, x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.imul(x7, x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.imul(x, x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.imul(x, x);
  }
}

export function square_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = Math.imul(x0, x0);
      const x1 = a[i + 1] as number;
      o[i + 1] = Math.imul(x1, x1);
      const x2 = a[i + 2] as number;
      o[i + 2] = Math.imul(x2, x2);
      const x3 = a[i + 3] as number;
      o[i + 3] = Math.imul(x3, x3);
      const x4 = a[i + 4] as number;
      o[i + 4] = Math.imul(x4, x4);
      const x5 = a[i + 5] as number;
      o[i + 5] = Math.imul(x5, x5);
      const x6 = a[i + 6] as number;
      o[i + 6] = Math.imul(x6, x6);
      const x7 = a[i + 7] as number;
      o[i + 7] = Math.imul(x7, x7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = Math.imul(x, x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.imul(x, x);
  }
}

export function square_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = x * x;
  }
}

export function square_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = x * x;
  }
}

export function square_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 * x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 * x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 * x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 * x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 * x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 * x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 * x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 * x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr * xr - xi * xi; o[io + 1] = xr * xi + xi * xr;
  }
}

export function square_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = xr * xr - xi * xi; o[io + 1] = xr * xi + xi * xr;
  }
}

export const SQUARE_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: square_i1 },
  { in: ['uint8'], out: 'uint8', fn: square_u1 },
  { in: ['int16'], out: 'int16', fn: square_i2 },
  { in: ['uint16'], out: 'uint16', fn: square_u2 },
  { in: ['int32'], out: 'int32', fn: square_i4 },
  { in: ['uint32'], out: 'uint32', fn: square_u4 },
  { in: ['int64'], out: 'int64', fn: square_i8 },
  { in: ['uint64'], out: 'uint64', fn: square_u8 },
  { in: ['float32'], out: 'float32', fn: square_f4, heap: { kind: 'unary', op: U_SQUARE } },
  { in: ['float64'], out: 'float64', fn: square_f8, heap: { kind: 'unary', op: U_SQUARE } },
  { in: ['complex64'], out: 'complex64', fn: square_c8 },
  { in: ['complex128'], out: 'complex128', fn: square_c16 },
];

export function reciprocal_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 1 ? 1 : x0 === -1 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 1 ? 1 : x1 === -1 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 1 ? 1 : x2 === -1 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 1 ? 1 : x3 === -1 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 1 ? 1 : x4 === -1 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 1 ? 1 : x5 === -1 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 1 ? 1 : x6 === -1 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 1 ? 1 : x7 === -1 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 1 ? 1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 1 ? 1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 1 ? 1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 1 ? 1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 1 ? 1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 1 ? 1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 1 ? 1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 1 ? 1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 1 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : 0);
  }
}

export function reciprocal_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 1 ? 1 : x0 === -1 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 1 ? 1 : x1 === -1 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 1 ? 1 : x2 === -1 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 1 ? 1 : x3 === -1 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 1 ? 1 : x4 === -1 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 1 ? 1 : x5 === -1 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 1 ? 1 : x6 === -1 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 1 ? 1 : x7 === -1 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 1 ? 1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 1 ? 1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 1 ? 1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 1 ? 1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 1 ? 1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 1 ? 1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 1 ? 1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 1 ? 1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 1 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : 0);
  }
}

export function reciprocal_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 0 ? -2147483648 : x0 === 1 ? 1 : x0 === -1 ? -1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 0 ? -2147483648 : x1 === 1 ? 1 : x1 === -1 ? -1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 0 ? -2147483648 : x2 === 1 ? 1 : x2 === -1 ? -1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 0 ? -2147483648 : x3 === 1 ? 1 : x3 === -1 ? -1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 0 ? -2147483648 : x4 === 1 ? 1 : x4 === -1 ? -1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 0 ? -2147483648 : x5 === 1 ? 1 : x5 === -1 ? -1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 0 ? -2147483648 : x6 === 1 ? 1 : x6 === -1 ? -1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 0 ? -2147483648 : x7 === 1 ? 1 : x7 === -1 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 0 ? -2147483648 : x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 0 ? -2147483648 : x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = (x0 === 1 ? 1 : 0);
      const x1 = a[i + 1] as number;
      o[i + 1] = (x1 === 1 ? 1 : 0);
      const x2 = a[i + 2] as number;
      o[i + 2] = (x2 === 1 ? 1 : 0);
      const x3 = a[i + 3] as number;
      o[i + 3] = (x3 === 1 ? 1 : 0);
      const x4 = a[i + 4] as number;
      o[i + 4] = (x4 === 1 ? 1 : 0);
      const x5 = a[i + 5] as number;
      o[i + 5] = (x5 === 1 ? 1 : 0);
      const x6 = a[i + 6] as number;
      o[i + 6] = (x6 === 1 ? 1 : 0);
      const x7 = a[i + 7] as number;
      o[i + 7] = (x7 === 1 ? 1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = (x === 1 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : 0);
  }
}

export function reciprocal_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x === 0n ? -9223372036854775808n : x === 1n ? 1n : x === -1n ? -1n : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x === 0n ? -9223372036854775808n : x === 1n ? 1n : x === -1n ? -1n : 0n);
  }
}

export function reciprocal_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x === 1n ? 1n : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x === 1n ? 1n : 0n);
  }
}

export function reciprocal_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1 / x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1 / x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1 / x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1 / x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1 / x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1 / x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1 / x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1 / x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1 / x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1 / x;
  }
}

export function reciprocal_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = 1 / x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = 1 / x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = 1 / x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = 1 / x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = 1 / x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = 1 / x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = 1 / x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = 1 / x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = 1 / x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1 / x;
  }
}

export function reciprocal_c8(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    crecip(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function reciprocal_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    crecip(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const RECIPROCAL_LOOPS: readonly Loop1[] = [
  { in: ['int8'], out: 'int8', fn: reciprocal_i1 },
  { in: ['uint8'], out: 'uint8', fn: reciprocal_u1 },
  { in: ['int16'], out: 'int16', fn: reciprocal_i2 },
  { in: ['uint16'], out: 'uint16', fn: reciprocal_u2 },
  { in: ['int32'], out: 'int32', fn: reciprocal_i4 },
  { in: ['uint32'], out: 'uint32', fn: reciprocal_u4 },
  { in: ['int64'], out: 'int64', fn: reciprocal_i8 },
  { in: ['uint64'], out: 'uint64', fn: reciprocal_u8 },
  { in: ['float32'], out: 'float32', fn: reciprocal_f4, heap: { kind: 'unary', op: U_RECIP } },
  { in: ['float64'], out: 'float64', fn: reciprocal_f8, heap: { kind: 'unary', op: U_RECIP } },
  { in: ['complex64'], out: 'complex64', fn: reciprocal_c8 },
  { in: ['complex128'], out: 'complex128', fn: reciprocal_c16 },
];
