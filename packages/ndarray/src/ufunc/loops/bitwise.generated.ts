// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The bitwise ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from '../types.js';

export function bitwiseAnd_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function bitwiseAnd_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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

export function bitwiseAnd_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function bitwiseAnd_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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

export function bitwiseAnd_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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

export function bitwiseAnd_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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

export function bitwiseAnd_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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

export function bitwiseAnd_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x & y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x & y;
  }
}

export function bitwiseAnd_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x & y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x & y;
  }
}

export const BITWISE_AND_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: bitwiseAnd_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: bitwiseAnd_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: bitwiseAnd_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: bitwiseAnd_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: bitwiseAnd_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: bitwiseAnd_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: bitwiseAnd_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: bitwiseAnd_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: bitwiseAnd_u8_u8 },
];

export function bitwiseOr_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function bitwiseOr_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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

export function bitwiseOr_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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

export function bitwiseOr_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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

export function bitwiseOr_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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

export function bitwiseOr_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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

export function bitwiseOr_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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

export function bitwiseOr_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x | y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x | y;
  }
}

export function bitwiseOr_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x | y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x | y;
  }
}

export const BITWISE_OR_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: bitwiseOr_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: bitwiseOr_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: bitwiseOr_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: bitwiseOr_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: bitwiseOr_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: bitwiseOr_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: bitwiseOr_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: bitwiseOr_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: bitwiseOr_u8_u8 },
];

export function bitwiseXor_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = x0 ^ y0;
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = x1 ^ y1;
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = x2 ^ y2;
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = x3 ^ y3;
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = x4 ^ y4;
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = x5 ^ y5;
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = x6 ^ y6;
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = x7 ^ y7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = x ^ y;
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
        o[i] = x ^ y0;
        const y1 = b[i + 1] as number;
        o[i + 1] = x ^ y1;
        const y2 = b[i + 2] as number;
        o[i + 2] = x ^ y2;
        const y3 = b[i + 3] as number;
        o[i + 3] = x ^ y3;
        const y4 = b[i + 4] as number;
        o[i + 4] = x ^ y4;
        const y5 = b[i + 5] as number;
        o[i + 5] = x ^ y5;
        const y6 = b[i + 6] as number;
        o[i + 6] = x ^ y6;
        const y7 = b[i + 7] as number;
        o[i + 7] = x ^ y7;
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
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
        o[i] = x0 ^ y;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 ^ y;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 ^ y;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 ^ y;
        const x4 = a[i + 4] as number;
        o[i + 4] = x4 ^ y;
        const x5 = a[i + 5] as number;
        o[i + 5] = x5 ^ y;
        const x6 = a[i + 6] as number;
        o[i + 6] = x6 ^ y;
        const x7 = a[i + 7] as number;
        o[i + 7] = x7 ^ y;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x ^ y;
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x ^ y;
  }
}

export function bitwiseXor_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = x ^ y;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = x ^ y;
  }
}

export const BITWISE_XOR_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: bitwiseXor_b1_b1 },
  { in: ['int8', 'int8'], out: 'int8', fn: bitwiseXor_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: bitwiseXor_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: bitwiseXor_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: bitwiseXor_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: bitwiseXor_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: bitwiseXor_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: bitwiseXor_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: bitwiseXor_u8_u8 },
];

export function leftShift_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 8 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 8 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 8 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 8 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 8 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 8 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 8 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 8 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 8 ? x << y : 0);
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
        o[i] = (y0 >= 0 && y0 < 8 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 8 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 8 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 8 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 8 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 8 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 8 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 8 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 8 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 8 ? x << y : 0);
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
        o[i] = (y >= 0 && y < 8 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 8 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 8 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 8 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 8 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 8 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 8 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 8 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 8 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 8 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 8 ? x << y : 0);
  }
}

export function leftShift_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (y0 < 8 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 8 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 8 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 8 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 8 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 8 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 8 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 8 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 8 ? x << y : 0);
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
        o[i] = (y0 < 8 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 8 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 8 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 8 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 8 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 8 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 8 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 8 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 8 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 8 ? x << y : 0);
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
        o[i] = (y < 8 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 8 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 8 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 8 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 8 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 8 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 8 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 8 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 8 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 8 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 8 ? x << y : 0);
  }
}

export function leftShift_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 16 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 16 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 16 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 16 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 16 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 16 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 16 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 16 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 16 ? x << y : 0);
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
        o[i] = (y0 >= 0 && y0 < 16 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 16 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 16 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 16 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 16 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 16 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 16 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 16 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 16 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 16 ? x << y : 0);
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
        o[i] = (y >= 0 && y < 16 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 16 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 16 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 16 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 16 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 16 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 16 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 16 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 16 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 16 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 16 ? x << y : 0);
  }
}

export function leftShift_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = (y0 < 16 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 16 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 16 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 16 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 16 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 16 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 16 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 16 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 16 ? x << y : 0);
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
        o[i] = (y0 < 16 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 16 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 16 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 16 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 16 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 16 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 16 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 16 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 16 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 16 ? x << y : 0);
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
        o[i] = (y < 16 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 16 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 16 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 16 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 16 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 16 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 16 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 16 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 16 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 16 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 16 ? x << y : 0);
  }
}

export function leftShift_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 32 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 32 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 32 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 32 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 32 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 32 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 32 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 32 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 32 ? x << y : 0);
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
        o[i] = (y0 >= 0 && y0 < 32 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 32 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 32 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 32 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 32 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 32 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 32 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 32 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 32 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 32 ? x << y : 0);
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
        o[i] = (y >= 0 && y < 32 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 32 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 32 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 32 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 32 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 32 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 32 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 32 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 32 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 32 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 32 ? x << y : 0);
  }
}

export function leftShift_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = (y0 < 32 ? x0 << y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 32 ? x1 << y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 32 ? x2 << y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 32 ? x3 << y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 32 ? x4 << y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 32 ? x5 << y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 32 ? x6 << y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 32 ? x7 << y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 32 ? x << y : 0);
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
        o[i] = (y0 < 32 ? x << y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 32 ? x << y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 32 ? x << y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 32 ? x << y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 32 ? x << y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 32 ? x << y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 32 ? x << y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 32 ? x << y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 32 ? x << y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 32 ? x << y : 0);
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
        o[i] = (y < 32 ? x0 << y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 32 ? x1 << y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 32 ? x2 << y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 32 ? x3 << y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 32 ? x4 << y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 32 ? x5 << y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 32 ? x6 << y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 32 ? x7 << y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 32 ? x << y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 32 ? x << y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 32 ? x << y : 0);
  }
}

export function leftShift_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y >= 0n && y < 64n ? x << y : 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y >= 0n && y < 64n ? x << y : 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y >= 0n && y < 64n ? x << y : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y >= 0n && y < 64n ? x << y : 0n);
  }
}

export function leftShift_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y < 64n ? x << y : 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y < 64n ? x << y : 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y < 64n ? x << y : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y < 64n ? x << y : 0n);
  }
}

export const LEFT_SHIFT_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: leftShift_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: leftShift_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: leftShift_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: leftShift_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: leftShift_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: leftShift_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: leftShift_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: leftShift_u8_u8 },
];

export function rightShift_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 8 ? x0 >> y0 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 8 ? x1 >> y1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 8 ? x2 >> y2 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 8 ? x3 >> y3 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 8 ? x4 >> y4 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 8 ? x5 >> y5 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 8 ? x6 >> y6 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 8 ? x7 >> y7 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y0 >= 0 && y0 < 8 ? x >> y0 : x < 0 ? -1 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 8 ? x >> y1 : x < 0 ? -1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 8 ? x >> y2 : x < 0 ? -1 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 8 ? x >> y3 : x < 0 ? -1 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 8 ? x >> y4 : x < 0 ? -1 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 8 ? x >> y5 : x < 0 ? -1 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 8 ? x >> y6 : x < 0 ? -1 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 8 ? x >> y7 : x < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y >= 0 && y < 8 ? x0 >> y : x0 < 0 ? -1 : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 8 ? x1 >> y : x1 < 0 ? -1 : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 8 ? x2 >> y : x2 < 0 ? -1 : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 8 ? x3 >> y : x3 < 0 ? -1 : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 8 ? x4 >> y : x4 < 0 ? -1 : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 8 ? x5 >> y : x5 < 0 ? -1 : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 8 ? x6 >> y : x6 < 0 ? -1 : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 8 ? x7 >> y : x7 < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
  }
}

export function rightShift_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = (y0 < 8 ? x0 >> y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 8 ? x1 >> y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 8 ? x2 >> y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 8 ? x3 >> y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 8 ? x4 >> y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 8 ? x5 >> y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 8 ? x6 >> y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 8 ? x7 >> y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 8 ? x >> y : 0);
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
        o[i] = (y0 < 8 ? x >> y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 8 ? x >> y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 8 ? x >> y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 8 ? x >> y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 8 ? x >> y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 8 ? x >> y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 8 ? x >> y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 8 ? x >> y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 8 ? x >> y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 8 ? x >> y : 0);
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
        o[i] = (y < 8 ? x0 >> y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 8 ? x1 >> y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 8 ? x2 >> y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 8 ? x3 >> y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 8 ? x4 >> y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 8 ? x5 >> y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 8 ? x6 >> y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 8 ? x7 >> y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 8 ? x >> y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 8 ? x >> y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 8 ? x >> y : 0);
  }
}

export function rightShift_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 16 ? x0 >> y0 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 16 ? x1 >> y1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 16 ? x2 >> y2 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 16 ? x3 >> y3 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 16 ? x4 >> y4 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 16 ? x5 >> y5 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 16 ? x6 >> y6 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 16 ? x7 >> y7 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y0 >= 0 && y0 < 16 ? x >> y0 : x < 0 ? -1 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 16 ? x >> y1 : x < 0 ? -1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 16 ? x >> y2 : x < 0 ? -1 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 16 ? x >> y3 : x < 0 ? -1 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 16 ? x >> y4 : x < 0 ? -1 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 16 ? x >> y5 : x < 0 ? -1 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 16 ? x >> y6 : x < 0 ? -1 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 16 ? x >> y7 : x < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y >= 0 && y < 16 ? x0 >> y : x0 < 0 ? -1 : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 16 ? x1 >> y : x1 < 0 ? -1 : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 16 ? x2 >> y : x2 < 0 ? -1 : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 16 ? x3 >> y : x3 < 0 ? -1 : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 16 ? x4 >> y : x4 < 0 ? -1 : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 16 ? x5 >> y : x5 < 0 ? -1 : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 16 ? x6 >> y : x6 < 0 ? -1 : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 16 ? x7 >> y : x7 < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
  }
}

export function rightShift_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
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
      o[i] = (y0 < 16 ? x0 >> y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 16 ? x1 >> y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 16 ? x2 >> y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 16 ? x3 >> y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 16 ? x4 >> y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 16 ? x5 >> y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 16 ? x6 >> y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 16 ? x7 >> y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 16 ? x >> y : 0);
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
        o[i] = (y0 < 16 ? x >> y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 16 ? x >> y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 16 ? x >> y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 16 ? x >> y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 16 ? x >> y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 16 ? x >> y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 16 ? x >> y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 16 ? x >> y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 16 ? x >> y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 16 ? x >> y : 0);
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
        o[i] = (y < 16 ? x0 >> y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 16 ? x1 >> y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 16 ? x2 >> y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 16 ? x3 >> y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 16 ? x4 >> y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 16 ? x5 >> y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 16 ? x6 >> y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 16 ? x7 >> y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 16 ? x >> y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 16 ? x >> y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 16 ? x >> y : 0);
  }
}

export function rightShift_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
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
      o[i] = (y0 >= 0 && y0 < 32 ? x0 >> y0 : x0 < 0 ? -1 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 >= 0 && y1 < 32 ? x1 >> y1 : x1 < 0 ? -1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 >= 0 && y2 < 32 ? x2 >> y2 : x2 < 0 ? -1 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 >= 0 && y3 < 32 ? x3 >> y3 : x3 < 0 ? -1 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 >= 0 && y4 < 32 ? x4 >> y4 : x4 < 0 ? -1 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 >= 0 && y5 < 32 ? x5 >> y5 : x5 < 0 ? -1 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 >= 0 && y6 < 32 ? x6 >> y6 : x6 < 0 ? -1 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 >= 0 && y7 < 32 ? x7 >> y7 : x7 < 0 ? -1 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y0 >= 0 && y0 < 32 ? x >> y0 : x < 0 ? -1 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 >= 0 && y1 < 32 ? x >> y1 : x < 0 ? -1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 >= 0 && y2 < 32 ? x >> y2 : x < 0 ? -1 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 >= 0 && y3 < 32 ? x >> y3 : x < 0 ? -1 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 >= 0 && y4 < 32 ? x >> y4 : x < 0 ? -1 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 >= 0 && y5 < 32 ? x >> y5 : x < 0 ? -1 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 >= 0 && y6 < 32 ? x >> y6 : x < 0 ? -1 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 >= 0 && y7 < 32 ? x >> y7 : x < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
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
        o[i] = (y >= 0 && y < 32 ? x0 >> y : x0 < 0 ? -1 : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y >= 0 && y < 32 ? x1 >> y : x1 < 0 ? -1 : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y >= 0 && y < 32 ? x2 >> y : x2 < 0 ? -1 : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y >= 0 && y < 32 ? x3 >> y : x3 < 0 ? -1 : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y >= 0 && y < 32 ? x4 >> y : x4 < 0 ? -1 : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y >= 0 && y < 32 ? x5 >> y : x5 < 0 ? -1 : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y >= 0 && y < 32 ? x6 >> y : x6 < 0 ? -1 : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y >= 0 && y < 32 ? x7 >> y : x7 < 0 ? -1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
  }
}

export function rightShift_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
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
      o[i] = (y0 < 32 ? x0 >>> y0 : 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = (y1 < 32 ? x1 >>> y1 : 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = (y2 < 32 ? x2 >>> y2 : 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = (y3 < 32 ? x3 >>> y3 : 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = (y4 < 32 ? x4 >>> y4 : 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = (y5 < 32 ? x5 >>> y5 : 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = (y6 < 32 ? x6 >>> y6 : 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = (y7 < 32 ? x7 >>> y7 : 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = (y < 32 ? x >>> y : 0);
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
        o[i] = (y0 < 32 ? x >>> y0 : 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = (y1 < 32 ? x >>> y1 : 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = (y2 < 32 ? x >>> y2 : 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = (y3 < 32 ? x >>> y3 : 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = (y4 < 32 ? x >>> y4 : 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = (y5 < 32 ? x >>> y5 : 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = (y6 < 32 ? x >>> y6 : 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = (y7 < 32 ? x >>> y7 : 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = (y < 32 ? x >>> y : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 32 ? x >>> y : 0);
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
        o[i] = (y < 32 ? x0 >>> y : 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (y < 32 ? x1 >>> y : 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = (y < 32 ? x2 >>> y : 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = (y < 32 ? x3 >>> y : 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = (y < 32 ? x4 >>> y : 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = (y < 32 ? x5 >>> y : 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = (y < 32 ? x6 >>> y : 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = (y < 32 ? x7 >>> y : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (y < 32 ? x >>> y : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (y < 32 ? x >>> y : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (y < 32 ? x >>> y : 0);
  }
}

export function rightShift_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n);
  }
}

export function rightShift_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (y < 64n ? x >> y : 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (y < 64n ? x >> y : 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (y < 64n ? x >> y : 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (y < 64n ? x >> y : 0n);
  }
}

export const RIGHT_SHIFT_LOOPS: readonly Loop2[] = [
  { in: ['int8', 'int8'], out: 'int8', fn: rightShift_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'uint8', fn: rightShift_u1_u1 },
  { in: ['int16', 'int16'], out: 'int16', fn: rightShift_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'uint16', fn: rightShift_u2_u2 },
  { in: ['int32', 'int32'], out: 'int32', fn: rightShift_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: rightShift_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: rightShift_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: rightShift_u8_u8 },
];

export function invert_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = x0 ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = x1 ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = x2 ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = x3 ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = x4 ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = x5 ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = x6 ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = x7 ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = x ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x ^ 1;
  }
}

export function invert_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ~x0;
      const x1 = a[i + 1] as number;
      o[i + 1] = ~x1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ~x2;
      const x3 = a[i + 3] as number;
      o[i + 3] = ~x3;
      const x4 = a[i + 4] as number;
      o[i + 4] = ~x4;
      const x5 = a[i + 5] as number;
      o[i + 5] = ~x5;
      const x6 = a[i + 6] as number;
      o[i + 6] = ~x6;
      const x7 = a[i + 7] as number;
      o[i + 7] = ~x7;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = ~x;
  }
}

export function invert_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = ~x;
  }
}

export const INVERT_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: invert_b1 },
  { in: ['int8'], out: 'int8', fn: invert_i1 },
  { in: ['uint8'], out: 'uint8', fn: invert_u1 },
  { in: ['int16'], out: 'int16', fn: invert_i2 },
  { in: ['uint16'], out: 'uint16', fn: invert_u2 },
  { in: ['int32'], out: 'int32', fn: invert_i4 },
  { in: ['uint32'], out: 'uint32', fn: invert_u4 },
  { in: ['int64'], out: 'int64', fn: invert_i8 },
  { in: ['uint64'], out: 'uint64', fn: invert_u8 },
];
