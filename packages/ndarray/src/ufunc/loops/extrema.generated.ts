// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The extrema ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop2 } from '../types.js';
import { S } from '../scalar.js';
import { OP_MAX, OP_MIN } from '../../core/heap-codes.js';

export function maximum_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function maximum_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function maximum_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x > y) ? x : y);
  }
}

export function maximum_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x > y) ? x : y);
  }
}

export function maximum_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 > y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 > y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 > y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 > y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 > y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 > y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 > y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 > y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x > y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x > y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x > y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x > y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x > y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x > y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x > y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x > y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 > y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 > y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 > y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 > y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 > y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 > y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 > y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 > y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
  }
}

export function maximum_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 > y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 > y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 > y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 > y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 > y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 > y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 > y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 > y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x > y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x > y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x > y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x > y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x > y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x > y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x > y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x > y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 > y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 > y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 > y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 > y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 > y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 > y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 > y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 > y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x > y) | (+(x <= x) ^ 1))] as number;
  }
}

export function maximum_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function maximum_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const MAXIMUM_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: maximum_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: maximum_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: maximum_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: maximum_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: maximum_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: maximum_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: maximum_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: maximum_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: maximum_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: maximum_f4_f4, heap: { kind: 'float', op: OP_MAX } },
  { in: ['float64', 'float64'], out: 'float64', fn: maximum_f8_f8, heap: { kind: 'float', op: OP_MAX } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: maximum_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: maximum_c16_c16 },
];

export function minimum_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function minimum_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function minimum_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x < y) ? x : y);
  }
}

export function minimum_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x < y) ? x : y);
  }
}

export function minimum_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 < y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 < y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 < y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 < y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 < y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 < y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 < y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 < y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x < y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x < y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x < y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x < y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x < y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x < y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x < y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x < y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 < y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 < y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 < y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 < y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 < y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 < y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 < y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 < y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
  }
}

export function minimum_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 < y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 < y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 < y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 < y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 < y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 < y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 < y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 < y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x < y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x < y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x < y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x < y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x < y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x < y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x < y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x < y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 < y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 < y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 < y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 < y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 < y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 < y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 < y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 < y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x < y) | (+(x <= x) ^ 1))] as number;
  }
}

export function minimum_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function minimum_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const MINIMUM_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: minimum_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: minimum_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: minimum_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: minimum_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: minimum_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: minimum_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: minimum_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: minimum_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: minimum_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: minimum_f4_f4, heap: { kind: 'float', op: OP_MIN } },
  { in: ['float64', 'float64'], out: 'float64', fn: minimum_f8_f8, heap: { kind: 'float', op: OP_MIN } },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: minimum_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: minimum_c16_c16 },
];

export function fmax_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function fmax_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 > y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 > y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 > y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 > y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 > y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 > y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 > y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 > y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x > y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x > y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x > y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x > y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x > y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x > y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x > y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x > y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 > y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 > y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 > y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 > y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 > y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 > y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 > y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 > y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x > y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x > y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x > y)));
  }
}

export function fmax_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x > y) ? x : y);
  }
}

export function fmax_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x > y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x > y) ? x : y);
  }
}

export function fmax_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 >= y0) | (+(y0 <= y0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 >= y1) | (+(y1 <= y1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 >= y2) | (+(y2 <= y2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 >= y3) | (+(y3 <= y3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 >= y4) | (+(y4 <= y4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 >= y5) | (+(y5 <= y5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 >= y6) | (+(y6 <= y6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 >= y7) | (+(y7 <= y7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x >= y0) | (+(y0 <= y0) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x >= y1) | (+(y1 <= y1) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x >= y2) | (+(y2 <= y2) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x >= y3) | (+(y3 <= y3) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x >= y4) | (+(y4 <= y4) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x >= y5) | (+(y5 <= y5) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x >= y6) | (+(y6 <= y6) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x >= y7) | (+(y7 <= y7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 >= y) | (+(y <= y) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 >= y) | (+(y <= y) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 >= y) | (+(y <= y) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 >= y) | (+(y <= y) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 >= y) | (+(y <= y) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 >= y) | (+(y <= y) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 >= y) | (+(y <= y) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 >= y) | (+(y <= y) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
  }
}

export function fmax_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 >= y0) | (+(y0 <= y0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 >= y1) | (+(y1 <= y1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 >= y2) | (+(y2 <= y2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 >= y3) | (+(y3 <= y3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 >= y4) | (+(y4 <= y4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 >= y5) | (+(y5 <= y5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 >= y6) | (+(y6 <= y6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 >= y7) | (+(y7 <= y7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x >= y0) | (+(y0 <= y0) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x >= y1) | (+(y1 <= y1) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x >= y2) | (+(y2 <= y2) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x >= y3) | (+(y3 <= y3) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x >= y4) | (+(y4 <= y4) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x >= y5) | (+(y5 <= y5) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x >= y6) | (+(y6 <= y6) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x >= y7) | (+(y7 <= y7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 >= y) | (+(y <= y) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 >= y) | (+(y <= y) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 >= y) | (+(y <= y) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 >= y) | (+(y <= y) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 >= y) | (+(y <= y) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 >= y) | (+(y <= y) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 >= y) | (+(y <= y) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 >= y) | (+(y <= y) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(y <= y) ^ 1))] as number;
  }
}

export function fmax_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function fmax_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const FMAX_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: fmax_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: fmax_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: fmax_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: fmax_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: fmax_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: fmax_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: fmax_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: fmax_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: fmax_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: fmax_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: fmax_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: fmax_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: fmax_c16_c16 },
];

export function fmin_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function fmin_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 < y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 < y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 < y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 < y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 < y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 < y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 < y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 < y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x < y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x < y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x < y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x < y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x < y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x < y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x < y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x < y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 < y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 < y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 < y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 < y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 < y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 < y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 < y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 < y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x < y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x < y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x < y)));
  }
}

export function fmin_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x < y) ? x : y);
  }
}

export function fmin_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x < y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x < y) ? x : y);
  }
}

export function fmin_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 <= y0) | (+(y0 <= y0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 <= y1) | (+(y1 <= y1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 <= y2) | (+(y2 <= y2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 <= y3) | (+(y3 <= y3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 <= y4) | (+(y4 <= y4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 <= y5) | (+(y5 <= y5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 <= y6) | (+(y6 <= y6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 <= y7) | (+(y7 <= y7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x <= y0) | (+(y0 <= y0) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x <= y1) | (+(y1 <= y1) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x <= y2) | (+(y2 <= y2) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x <= y3) | (+(y3 <= y3) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x <= y4) | (+(y4 <= y4) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x <= y5) | (+(y5 <= y5) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x <= y6) | (+(y6 <= y6) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x <= y7) | (+(y7 <= y7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 <= y) | (+(y <= y) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 <= y) | (+(y <= y) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 <= y) | (+(y <= y) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 <= y) | (+(y <= y) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 <= y) | (+(y <= y) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 <= y) | (+(y <= y) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 <= y) | (+(y <= y) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 <= y) | (+(y <= y) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
  }
}

export function fmin_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 <= y0) | (+(y0 <= y0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 <= y1) | (+(y1 <= y1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 <= y2) | (+(y2 <= y2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 <= y3) | (+(y3 <= y3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 <= y4) | (+(y4 <= y4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 <= y5) | (+(y5 <= y5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 <= y6) | (+(y6 <= y6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 <= y7) | (+(y7 <= y7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x <= y0) | (+(y0 <= y0) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x <= y1) | (+(y1 <= y1) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x <= y2) | (+(y2 <= y2) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x <= y3) | (+(y3 <= y3) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x <= y4) | (+(y4 <= y4) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x <= y5) | (+(y5 <= y5) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x <= y6) | (+(y6 <= y6) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x <= y7) | (+(y7 <= y7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 <= y) | (+(y <= y) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 <= y) | (+(y <= y) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 <= y) | (+(y <= y) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 <= y) | (+(y <= y) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 <= y) | (+(y <= y) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 <= y) | (+(y <= y) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 <= y) | (+(y <= y) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 <= y) | (+(y <= y) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(y <= y) ^ 1))] as number;
  }
}

export function fmin_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function fmin_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (yr !== yr || yi !== yi) || (!(xr !== xr || xi !== xi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const FMIN_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: fmin_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: fmin_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: fmin_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: fmin_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: fmin_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: fmin_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: fmin_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: fmin_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: fmin_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: fmin_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: fmin_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: fmin_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: fmin_c16_c16 },
];

export function clipLo_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (+(x0 >= y0) ? x0 : y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (+(x1 >= y1) ? x1 : y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (+(x2 >= y2) ? x2 : y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (+(x3 >= y3) ? x3 : y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (+(x4 >= y4) ? x4 : y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (+(x5 >= y5) ? x5 : y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (+(x6 >= y6) ? x6 : y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (+(x7 >= y7) ? x7 : y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (+(x >= y) ? x : y);
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
        o[i] = (+(x >= y0) ? x : y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (+(x >= y1) ? x : y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = (+(x >= y2) ? x : y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = (+(x >= y3) ? x : y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = (+(x >= y4) ? x : y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = (+(x >= y5) ? x : y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = (+(x >= y6) ? x : y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = (+(x >= y7) ? x : y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (+(x >= y) ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (+(x >= y) ? x : y);
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
        o[i] = (+(x0 >= y) ? x0 : y);
        const x1 = a[i + 1] as number;
        o[i + 1] = (+(x1 >= y) ? x1 : y);
        const x2 = a[i + 2] as number;
        o[i + 2] = (+(x2 >= y) ? x2 : y);
        const x3 = a[i + 3] as number;
        o[i + 3] = (+(x3 >= y) ? x3 : y);
        const x4 = a[i + 4] as number;
        o[i + 4] = (+(x4 >= y) ? x4 : y);
        const x5 = a[i + 5] as number;
        o[i + 5] = (+(x5 >= y) ? x5 : y);
        const x6 = a[i + 6] as number;
        o[i + 6] = (+(x6 >= y) ? x6 : y);
        const x7 = a[i + 7] as number;
        o[i + 7] = (+(x7 >= y) ? x7 : y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (+(x >= y) ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (+(x >= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (+(x >= y) ? x : y);
  }
}

export function clipLo_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 >= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 >= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 >= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 >= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 >= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 >= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 >= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 >= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x >= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x >= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x >= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x >= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x >= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x >= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x >= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x >= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 >= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 >= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 >= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 >= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 >= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 >= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 >= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 >= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x >= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x >= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x >= y)));
  }
}

export function clipLo_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x >= y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x >= y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x >= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x >= y) ? x : y);
  }
}

export function clipLo_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x >= y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x >= y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x >= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x >= y) ? x : y);
  }
}

export function clipLo_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 >= y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 >= y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 >= y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 >= y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 >= y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 >= y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 >= y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 >= y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x >= y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x >= y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x >= y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x >= y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x >= y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x >= y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x >= y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x >= y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 >= y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 >= y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 >= y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 >= y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 >= y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 >= y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 >= y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 >= y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
  }
}

export function clipLo_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 >= y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 >= y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 >= y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 >= y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 >= y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 >= y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 >= y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 >= y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x >= y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x >= y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x >= y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x >= y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x >= y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x >= y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x >= y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x >= y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 >= y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 >= y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 >= y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 >= y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 >= y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 >= y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 >= y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 >= y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x >= y) | (+(x <= x) ^ 1))] as number;
  }
}

export function clipLo_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function clipLo_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr > yr || (xr === yr && xi >= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const CLIP_LO_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: clipLo_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: clipLo_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: clipLo_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: clipLo_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: clipLo_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: clipLo_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: clipLo_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: clipLo_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: clipLo_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: clipLo_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: clipLo_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: clipLo_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: clipLo_c16_c16 },
];

export function clipHi_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (+(x0 <= y0) ? x0 : y0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (+(x1 <= y1) ? x1 : y1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (+(x2 <= y2) ? x2 : y2);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (+(x3 <= y3) ? x3 : y3);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (+(x4 <= y4) ? x4 : y4);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (+(x5 <= y5) ? x5 : y5);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (+(x6 <= y6) ? x6 : y6);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (+(x7 <= y7) ? x7 : y7);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (+(x <= y) ? x : y);
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
        o[i] = (+(x <= y0) ? x : y0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (+(x <= y1) ? x : y1);
        const y2 = b[i + 2] as number;
        o[i + 2] = (+(x <= y2) ? x : y2);
        const y3 = b[i + 3] as number;
        o[i + 3] = (+(x <= y3) ? x : y3);
        const y4 = b[i + 4] as number;
        o[i + 4] = (+(x <= y4) ? x : y4);
        const y5 = b[i + 5] as number;
        o[i + 5] = (+(x <= y5) ? x : y5);
        const y6 = b[i + 6] as number;
        o[i + 6] = (+(x <= y6) ? x : y6);
        const y7 = b[i + 7] as number;
        o[i + 7] = (+(x <= y7) ? x : y7);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (+(x <= y) ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (+(x <= y) ? x : y);
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
        o[i] = (+(x0 <= y) ? x0 : y);
        const x1 = a[i + 1] as number;
        o[i + 1] = (+(x1 <= y) ? x1 : y);
        const x2 = a[i + 2] as number;
        o[i + 2] = (+(x2 <= y) ? x2 : y);
        const x3 = a[i + 3] as number;
        o[i + 3] = (+(x3 <= y) ? x3 : y);
        const x4 = a[i + 4] as number;
        o[i + 4] = (+(x4 <= y) ? x4 : y);
        const x5 = a[i + 5] as number;
        o[i + 5] = (+(x5 <= y) ? x5 : y);
        const x6 = a[i + 6] as number;
        o[i + 6] = (+(x6 <= y) ? x6 : y);
        const x7 = a[i + 7] as number;
        o[i + 7] = (+(x7 <= y) ? x7 : y);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (+(x <= y) ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (+(x <= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (+(x <= y) ? x : y);
  }
}

export function clipHi_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = y0 ^ ((x0 ^ y0) & -(+(x0 <= y0)));
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = y1 ^ ((x1 ^ y1) & -(+(x1 <= y1)));
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = y2 ^ ((x2 ^ y2) & -(+(x2 <= y2)));
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = y3 ^ ((x3 ^ y3) & -(+(x3 <= y3)));
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = y4 ^ ((x4 ^ y4) & -(+(x4 <= y4)));
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = y5 ^ ((x5 ^ y5) & -(+(x5 <= y5)));
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = y6 ^ ((x6 ^ y6) & -(+(x6 <= y6)));
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = y7 ^ ((x7 ^ y7) & -(+(x7 <= y7)));
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y0 ^ ((x ^ y0) & -(+(x <= y0)));
        const y1 = b[i + 1] as number;
        o[i + 1] = y1 ^ ((x ^ y1) & -(+(x <= y1)));
        const y2 = b[i + 2] as number;
        o[i + 2] = y2 ^ ((x ^ y2) & -(+(x <= y2)));
        const y3 = b[i + 3] as number;
        o[i + 3] = y3 ^ ((x ^ y3) & -(+(x <= y3)));
        const y4 = b[i + 4] as number;
        o[i + 4] = y4 ^ ((x ^ y4) & -(+(x <= y4)));
        const y5 = b[i + 5] as number;
        o[i + 5] = y5 ^ ((x ^ y5) & -(+(x <= y5)));
        const y6 = b[i + 6] as number;
        o[i + 6] = y6 ^ ((x ^ y6) & -(+(x <= y6)));
        const y7 = b[i + 7] as number;
        o[i + 7] = y7 ^ ((x ^ y7) & -(+(x <= y7)));
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
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
        o[i] = y ^ ((x0 ^ y) & -(+(x0 <= y)));
        const x1 = a[i + 1] as number;
        o[i + 1] = y ^ ((x1 ^ y) & -(+(x1 <= y)));
        const x2 = a[i + 2] as number;
        o[i + 2] = y ^ ((x2 ^ y) & -(+(x2 <= y)));
        const x3 = a[i + 3] as number;
        o[i + 3] = y ^ ((x3 ^ y) & -(+(x3 <= y)));
        const x4 = a[i + 4] as number;
        o[i + 4] = y ^ ((x4 ^ y) & -(+(x4 <= y)));
        const x5 = a[i + 5] as number;
        o[i + 5] = y ^ ((x5 ^ y) & -(+(x5 <= y)));
        const x6 = a[i + 6] as number;
        o[i + 6] = y ^ ((x6 ^ y) & -(+(x6 <= y)));
        const x7 = a[i + 7] as number;
        o[i + 7] = y ^ ((x7 ^ y) & -(+(x7 <= y)));
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = y ^ ((x ^ y) & -(+(x <= y)));
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = y ^ ((x ^ y) & -(+(x <= y)));
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = y ^ ((x ^ y) & -(+(x <= y)));
  }
}

export function clipHi_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x <= y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x <= y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x <= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x <= y) ? x : y);
  }
}

export function clipHi_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (+(x <= y) ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (+(x <= y) ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (+(x <= y) ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (+(x <= y) ? x : y);
  }
}

export function clipHi_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 <= y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 <= y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 <= y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 <= y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 <= y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 <= y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 <= y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 <= y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x <= y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x <= y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x <= y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x <= y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x <= y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x <= y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x <= y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x <= y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 <= y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 <= y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 <= y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 <= y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 <= y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 <= y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 <= y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 <= y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
  }
}

export function clipHi_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      S[0] = y0; S[1] = x0; o[i] = S[(+(x0 <= y0) | (+(x0 <= x0) ^ 1))] as number;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      S[0] = y1; S[1] = x1; o[i + 1] = S[(+(x1 <= y1) | (+(x1 <= x1) ^ 1))] as number;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      S[0] = y2; S[1] = x2; o[i + 2] = S[(+(x2 <= y2) | (+(x2 <= x2) ^ 1))] as number;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      S[0] = y3; S[1] = x3; o[i + 3] = S[(+(x3 <= y3) | (+(x3 <= x3) ^ 1))] as number;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      S[0] = y4; S[1] = x4; o[i + 4] = S[(+(x4 <= y4) | (+(x4 <= x4) ^ 1))] as number;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      S[0] = y5; S[1] = x5; o[i + 5] = S[(+(x5 <= y5) | (+(x5 <= x5) ^ 1))] as number;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      S[0] = y6; S[1] = x6; o[i + 6] = S[(+(x6 <= y6) | (+(x6 <= x6) ^ 1))] as number;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      S[0] = y7; S[1] = x7; o[i + 7] = S[(+(x7 <= y7) | (+(x7 <= x7) ^ 1))] as number;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y0; S[1] = x; o[i] = S[(+(x <= y0) | (+(x <= x) ^ 1))] as number;
        const y1 = b[i + 1] as number;
        S[0] = y1; S[1] = x; o[i + 1] = S[(+(x <= y1) | (+(x <= x) ^ 1))] as number;
        const y2 = b[i + 2] as number;
        S[0] = y2; S[1] = x; o[i + 2] = S[(+(x <= y2) | (+(x <= x) ^ 1))] as number;
        const y3 = b[i + 3] as number;
        S[0] = y3; S[1] = x; o[i + 3] = S[(+(x <= y3) | (+(x <= x) ^ 1))] as number;
        const y4 = b[i + 4] as number;
        S[0] = y4; S[1] = x; o[i + 4] = S[(+(x <= y4) | (+(x <= x) ^ 1))] as number;
        const y5 = b[i + 5] as number;
        S[0] = y5; S[1] = x; o[i + 5] = S[(+(x <= y5) | (+(x <= x) ^ 1))] as number;
        const y6 = b[i + 6] as number;
        S[0] = y6; S[1] = x; o[i + 6] = S[(+(x <= y6) | (+(x <= x) ^ 1))] as number;
        const y7 = b[i + 7] as number;
        S[0] = y7; S[1] = x; o[i + 7] = S[(+(x <= y7) | (+(x <= x) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
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
        S[0] = y; S[1] = x0; o[i] = S[(+(x0 <= y) | (+(x0 <= x0) ^ 1))] as number;
        const x1 = a[i + 1] as number;
        S[0] = y; S[1] = x1; o[i + 1] = S[(+(x1 <= y) | (+(x1 <= x1) ^ 1))] as number;
        const x2 = a[i + 2] as number;
        S[0] = y; S[1] = x2; o[i + 2] = S[(+(x2 <= y) | (+(x2 <= x2) ^ 1))] as number;
        const x3 = a[i + 3] as number;
        S[0] = y; S[1] = x3; o[i + 3] = S[(+(x3 <= y) | (+(x3 <= x3) ^ 1))] as number;
        const x4 = a[i + 4] as number;
        S[0] = y; S[1] = x4; o[i + 4] = S[(+(x4 <= y) | (+(x4 <= x4) ^ 1))] as number;
        const x5 = a[i + 5] as number;
        S[0] = y; S[1] = x5; o[i + 5] = S[(+(x5 <= y) | (+(x5 <= x5) ^ 1))] as number;
        const x6 = a[i + 6] as number;
        S[0] = y; S[1] = x6; o[i + 6] = S[(+(x6 <= y) | (+(x6 <= x6) ^ 1))] as number;
        const x7 = a[i + 7] as number;
        S[0] = y; S[1] = x7; o[i + 7] = S[(+(x7 <= y) | (+(x7 <= x7) ^ 1))] as number;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        S[0] = y; S[1] = x; o[i] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    S[0] = y; S[1] = x; o[io] = S[(+(x <= y) | (+(x <= x) ^ 1))] as number;
  }
}

export function clipHi_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export function clipHi_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
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
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    const t = (xr !== xr || xi !== xi) || (!(yr !== yr || yi !== yi) && (xr < yr || (xr === yr && xi <= yi))); o[io] = t ? xr : yr; o[io + 1] = t ? xi : yi;
  }
}

export const CLIP_HI_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: clipHi_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: clipHi_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: clipHi_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: clipHi_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: clipHi_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: clipHi_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: clipHi_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: clipHi_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: clipHi_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: clipHi_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: clipHi_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: clipHi_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: clipHi_c16_c16 },
];
