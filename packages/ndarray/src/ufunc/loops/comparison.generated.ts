// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The comparison ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop2 } from '../types.js';
import { C_EQ, C_GE, C_GT, C_LE, C_LT, C_NE } from '../../core/heap-codes.js';

export function equal_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 === y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 === y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 === y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 === y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 === y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 === y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 === y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 === y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x === y);
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
        o[i] = +(x === y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x === y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x === y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x === y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x === y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x === y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x === y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x === y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x === y);
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
        o[i] = +(x0 === y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 === y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 === y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 === y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 === y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 === y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 === y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 === y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x === y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x === y);
  }
}

export function equal_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x === y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x === y);
  }
}

export function equal_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x === y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x === y);
  }
}

export function equal_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x === y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x === y);
  }
}

export function equal_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x === y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x === y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x === y);
  }
}

export function equal_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (+(x0 <= y0) & +(x0 >= y0));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (+(x1 <= y1) & +(x1 >= y1));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (+(x2 <= y2) & +(x2 >= y2));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (+(x3 <= y3) & +(x3 >= y3));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (+(x4 <= y4) & +(x4 >= y4));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (+(x5 <= y5) & +(x5 >= y5));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (+(x6 <= y6) & +(x6 >= y6));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (+(x7 <= y7) & +(x7 >= y7));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (+(x <= y) & +(x >= y));
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
        o[i] = (+(x <= y0) & +(x >= y0));
        const y1 = b[i + 1] as number;
        o[i + 1] = (+(x <= y1) & +(x >= y1));
        const y2 = b[i + 2] as number;
        o[i + 2] = (+(x <= y2) & +(x >= y2));
        const y3 = b[i + 3] as number;
        o[i + 3] = (+(x <= y3) & +(x >= y3));
        const y4 = b[i + 4] as number;
        o[i + 4] = (+(x <= y4) & +(x >= y4));
        const y5 = b[i + 5] as number;
        o[i + 5] = (+(x <= y5) & +(x >= y5));
        const y6 = b[i + 6] as number;
        o[i + 6] = (+(x <= y6) & +(x >= y6));
        const y7 = b[i + 7] as number;
        o[i + 7] = (+(x <= y7) & +(x >= y7));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (+(x <= y) & +(x >= y));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (+(x <= y) & +(x >= y));
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
        o[i] = (+(x0 <= y) & +(x0 >= y));
        const x1 = a[i + 1] as number;
        o[i + 1] = (+(x1 <= y) & +(x1 >= y));
        const x2 = a[i + 2] as number;
        o[i + 2] = (+(x2 <= y) & +(x2 >= y));
        const x3 = a[i + 3] as number;
        o[i + 3] = (+(x3 <= y) & +(x3 >= y));
        const x4 = a[i + 4] as number;
        o[i + 4] = (+(x4 <= y) & +(x4 >= y));
        const x5 = a[i + 5] as number;
        o[i + 5] = (+(x5 <= y) & +(x5 >= y));
        const x6 = a[i + 6] as number;
        o[i + 6] = (+(x6 <= y) & +(x6 >= y));
        const x7 = a[i + 7] as number;
        o[i + 7] = (+(x7 <= y) & +(x7 >= y));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (+(x <= y) & +(x >= y));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (+(x <= y) & +(x >= y));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (+(x <= y) & +(x >= y));
  }
}

export function equal_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (+(x0 <= y0) & +(x0 >= y0));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (+(x1 <= y1) & +(x1 >= y1));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (+(x2 <= y2) & +(x2 >= y2));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (+(x3 <= y3) & +(x3 >= y3));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (+(x4 <= y4) & +(x4 >= y4));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (+(x5 <= y5) & +(x5 >= y5));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (+(x6 <= y6) & +(x6 >= y6));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (+(x7 <= y7) & +(x7 >= y7));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (+(x <= y) & +(x >= y));
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
        o[i] = (+(x <= y0) & +(x >= y0));
        const y1 = b[i + 1] as number;
        o[i + 1] = (+(x <= y1) & +(x >= y1));
        const y2 = b[i + 2] as number;
        o[i + 2] = (+(x <= y2) & +(x >= y2));
        const y3 = b[i + 3] as number;
        o[i + 3] = (+(x <= y3) & +(x >= y3));
        const y4 = b[i + 4] as number;
        o[i + 4] = (+(x <= y4) & +(x >= y4));
        const y5 = b[i + 5] as number;
        o[i + 5] = (+(x <= y5) & +(x >= y5));
        const y6 = b[i + 6] as number;
        o[i + 6] = (+(x <= y6) & +(x >= y6));
        const y7 = b[i + 7] as number;
        o[i + 7] = (+(x <= y7) & +(x >= y7));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (+(x <= y) & +(x >= y));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (+(x <= y) & +(x >= y));
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
        o[i] = (+(x0 <= y) & +(x0 >= y));
        const x1 = a[i + 1] as number;
        o[i + 1] = (+(x1 <= y) & +(x1 >= y));
        const x2 = a[i + 2] as number;
        o[i + 2] = (+(x2 <= y) & +(x2 >= y));
        const x3 = a[i + 3] as number;
        o[i + 3] = (+(x3 <= y) & +(x3 >= y));
        const x4 = a[i + 4] as number;
        o[i + 4] = (+(x4 <= y) & +(x4 >= y));
        const x5 = a[i + 5] as number;
        o[i + 5] = (+(x5 <= y) & +(x5 >= y));
        const x6 = a[i + 6] as number;
        o[i + 6] = (+(x6 <= y) & +(x6 >= y));
        const x7 = a[i + 7] as number;
        o[i + 7] = (+(x7 <= y) & +(x7 >= y));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (+(x <= y) & +(x >= y));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (+(x <= y) & +(x >= y));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (+(x <= y) & +(x >= y));
  }
}

export function equal_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
  }
}

export function equal_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi)));
  }
}

export const EQUAL_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: equal_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: equal_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: equal_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: equal_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: equal_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: equal_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: equal_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: equal_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: equal_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: equal_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: equal_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: equal_f4_f4, heap: { kind: 'cmp32', op: C_EQ } },
  { in: ['float64', 'float64'], out: 'bool', fn: equal_f8_f8, heap: { kind: 'cmp64', op: C_EQ } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: equal_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: equal_c16_c16 },
];

export function notEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== y);
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
        o[i] = +(x !== y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== y);
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
        o[i] = +(x0 !== y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== y);
  }
}

export function notEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== y);
  }
}

export function notEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== y);
  }
}

export function notEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== y);
  }
}

export function notEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== y);
  }
}

export function notEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= y0) & +(x0 >= y0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= y1) & +(x1 >= y1)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= y2) & +(x2 >= y2)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= y3) & +(x3 >= y3)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= y4) & +(x4 >= y4)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= y5) & +(x5 >= y5)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= y6) & +(x6 >= y6)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= y7) & +(x7 >= y7)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
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
        o[i] = ((+(x <= y0) & +(x >= y0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= y1) & +(x >= y1)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= y2) & +(x >= y2)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= y3) & +(x >= y3)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= y4) & +(x >= y4)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= y5) & +(x >= y5)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= y6) & +(x >= y6)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= y7) & +(x >= y7)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
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
        o[i] = ((+(x0 <= y) & +(x0 >= y)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= y) & +(x1 >= y)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= y) & +(x2 >= y)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= y) & +(x3 >= y)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= y) & +(x4 >= y)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= y) & +(x5 >= y)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= y) & +(x6 >= y)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= y) & +(x7 >= y)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
  }
}

export function notEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= y0) & +(x0 >= y0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= y1) & +(x1 >= y1)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= y2) & +(x2 >= y2)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= y3) & +(x3 >= y3)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= y4) & +(x4 >= y4)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= y5) & +(x5 >= y5)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= y6) & +(x6 >= y6)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= y7) & +(x7 >= y7)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
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
        o[i] = ((+(x <= y0) & +(x >= y0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= y1) & +(x >= y1)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= y2) & +(x >= y2)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= y3) & +(x >= y3)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= y4) & +(x >= y4)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= y5) & +(x >= y5)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= y6) & +(x >= y6)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= y7) & +(x >= y7)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
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
        o[i] = ((+(x0 <= y) & +(x0 >= y)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= y) & +(x1 >= y)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= y) & +(x2 >= y)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= y) & +(x3 >= y)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= y) & +(x4 >= y)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= y) & +(x5 >= y)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= y) & +(x6 >= y)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= y) & +(x7 >= y)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= y) & +(x >= y)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= y) & +(x >= y)) ^ 1);
  }
}

export function notEqual_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
  }
}

export function notEqual_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= yr) & +(xr >= yr)) & (+(xi <= yi) & +(xi >= yi))) ^ 1);
  }
}

export const NOT_EQUAL_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: notEqual_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: notEqual_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: notEqual_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: notEqual_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: notEqual_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: notEqual_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: notEqual_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: notEqual_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: notEqual_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: notEqual_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: notEqual_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: notEqual_f4_f4, heap: { kind: 'cmp32', op: C_NE } },
  { in: ['float64', 'float64'], out: 'bool', fn: notEqual_f8_f8, heap: { kind: 'cmp64', op: C_NE } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: notEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: notEqual_c16_c16 },
];

export function less_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x < y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x < y);
  }
}

export function less_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x < y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x < y);
  }
}

export function less_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x < y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x < y);
  }
}

export function less_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x < y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x < y);
  }
}

export function less_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 < y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 < y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 < y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 < y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 < y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 < y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 < y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 < y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x < y);
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
        o[i] = +(x < y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x < y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x < y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x < y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x < y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x < y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x < y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x < y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x < y);
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
        o[i] = +(x0 < y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 < y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 < y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 < y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 < y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 < y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 < y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 < y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x < y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x < y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x < y);
  }
}

export function less_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
  }
}

export function less_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi < yi) ? 1 : 0);
  }
}

export const LESS_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: less_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: less_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: less_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: less_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: less_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: less_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: less_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: less_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: less_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: less_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: less_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: less_f4_f4, heap: { kind: 'cmp32', op: C_LT } },
  { in: ['float64', 'float64'], out: 'bool', fn: less_f8_f8, heap: { kind: 'cmp64', op: C_LT } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: less_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: less_c16_c16 },
];

export function lessEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x <= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x <= y);
  }
}

export function lessEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x <= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x <= y);
  }
}

export function lessEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x <= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x <= y);
  }
}

export function lessEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x <= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x <= y);
  }
}

export function lessEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 <= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 <= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 <= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 <= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 <= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 <= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 <= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 <= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x <= y);
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
        o[i] = +(x <= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x <= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x <= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x <= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x <= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x <= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x <= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x <= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x <= y);
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
        o[i] = +(x0 <= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 <= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 <= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 <= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 <= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 <= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 <= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 <= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x <= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x <= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x <= y);
  }
}

export function lessEqual_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
  }
}

export function lessEqual_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr < yr ? xi === xi && yi === yi : xr === yr && xi <= yi) ? 1 : 0);
  }
}

export const LESS_EQUAL_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: lessEqual_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: lessEqual_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: lessEqual_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: lessEqual_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: lessEqual_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: lessEqual_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: lessEqual_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: lessEqual_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: lessEqual_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: lessEqual_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: lessEqual_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: lessEqual_f4_f4, heap: { kind: 'cmp32', op: C_LE } },
  { in: ['float64', 'float64'], out: 'bool', fn: lessEqual_f8_f8, heap: { kind: 'cmp64', op: C_LE } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: lessEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: lessEqual_c16_c16 },
];

export function greater_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x > y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x > y);
  }
}

export function greater_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x > y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x > y);
  }
}

export function greater_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x > y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x > y);
  }
}

export function greater_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x > y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x > y);
  }
}

export function greater_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 > y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 > y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 > y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 > y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 > y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 > y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 > y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 > y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x > y);
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
        o[i] = +(x > y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x > y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x > y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x > y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x > y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x > y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x > y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x > y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x > y);
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
        o[i] = +(x0 > y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 > y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 > y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 > y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 > y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 > y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 > y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 > y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x > y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x > y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x > y);
  }
}

export function greater_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
  }
}

export function greater_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi > yi) ? 1 : 0);
  }
}

export const GREATER_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: greater_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: greater_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: greater_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: greater_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: greater_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: greater_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: greater_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: greater_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: greater_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: greater_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: greater_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: greater_f4_f4, heap: { kind: 'cmp32', op: C_GT } },
  { in: ['float64', 'float64'], out: 'bool', fn: greater_f8_f8, heap: { kind: 'cmp64', op: C_GT } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: greater_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: greater_c16_c16 },
];

export function greaterEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x >= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x >= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x >= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x >= y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 >= y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 >= y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 >= y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 >= y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 >= y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 >= y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 >= y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 >= y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x >= y);
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
        o[i] = +(x >= y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x >= y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x >= y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x >= y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x >= y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x >= y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x >= y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x >= y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x >= y);
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
        o[i] = +(x0 >= y);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 >= y);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 >= y);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 >= y);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 >= y);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 >= y);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 >= y);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 >= y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x >= y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x >= y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x >= y);
  }
}

export function greaterEqual_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
  }
}

export function greaterEqual_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr > yr ? xi === xi && yi === yi : xr === yr && xi >= yi) ? 1 : 0);
  }
}

export const GREATER_EQUAL_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: greaterEqual_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: greaterEqual_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: greaterEqual_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: greaterEqual_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: greaterEqual_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: greaterEqual_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: greaterEqual_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: greaterEqual_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: greaterEqual_u8_u8 },
  { in: ['int64', 'uint64'], out: 'bool', fn: greaterEqual_i8_u8 },
  { in: ['uint64', 'int64'], out: 'bool', fn: greaterEqual_u8_i8 },
  { in: ['float32', 'float32'], out: 'bool', fn: greaterEqual_f4_f4, heap: { kind: 'cmp32', op: C_GE } },
  { in: ['float64', 'float64'], out: 'bool', fn: greaterEqual_f8_f8, heap: { kind: 'cmp64', op: C_GE } },
  { in: ['complex64', 'complex64'], out: 'bool', fn: greaterEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: greaterEqual_c16_c16 },
];
