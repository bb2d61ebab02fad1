// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** The logical ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from '../types.js';

export function logicalAnd_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) & +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) & +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) & +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) & +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) & +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) & +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) & +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) & +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x !== 0) & +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) & +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) & +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) & +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) & +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) & +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) & +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) & +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) & +(y !== 0);
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
        o[i] = +(x0 !== 0) & +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) & +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) & +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) & +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) & +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) & +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) & +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) & +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) & +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) & +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) & +(y !== 0);
  }
}

export function logicalAnd_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) & +(y !== 0n);
  }
}

export function logicalAnd_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) & +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) & +(y !== 0n);
  }
}

export function logicalAnd_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) & ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) & ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) & ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) & ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) & ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) & ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) & ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) & ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalAnd_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) & ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) & ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) & ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) & ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) & ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) & ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) & ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) & ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) & ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalAnd_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export function logicalAnd_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) & (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export const LOGICAL_AND_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: logicalAnd_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: logicalAnd_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: logicalAnd_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: logicalAnd_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: logicalAnd_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: logicalAnd_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: logicalAnd_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: logicalAnd_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: logicalAnd_u8_u8 },
  { in: ['float32', 'float32'], out: 'bool', fn: logicalAnd_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: logicalAnd_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: logicalAnd_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: logicalAnd_c16_c16 },
];

export function logicalOr_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) | +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) | +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) | +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) | +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) | +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) | +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) | +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) | +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x !== 0) | +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) | +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) | +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) | +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) | +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) | +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) | +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) | +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) | +(y !== 0);
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
        o[i] = +(x0 !== 0) | +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) | +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) | +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) | +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) | +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) | +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) | +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) | +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) | +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) | +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) | +(y !== 0);
  }
}

export function logicalOr_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) | +(y !== 0n);
  }
}

export function logicalOr_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) | +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) | +(y !== 0n);
  }
}

export function logicalOr_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) | ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) | ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) | ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) | ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) | ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) | ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) | ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) | ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalOr_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) | ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) | ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) | ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) | ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) | ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) | ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) | ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) | ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) | ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalOr_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export function logicalOr_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) | (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export const LOGICAL_OR_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: logicalOr_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: logicalOr_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: logicalOr_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: logicalOr_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: logicalOr_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: logicalOr_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: logicalOr_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: logicalOr_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: logicalOr_u8_u8 },
  { in: ['float32', 'float32'], out: 'bool', fn: logicalOr_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: logicalOr_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: logicalOr_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: logicalOr_c16_c16 },
];

export function logicalXor_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = +(x0 !== 0) ^ +(y0 !== 0);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ +(y1 !== 0);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ +(y2 !== 0);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ +(y3 !== 0);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ +(y4 !== 0);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ +(y5 !== 0);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ +(y6 !== 0);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ +(y7 !== 0);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x !== 0) ^ +(y0 !== 0);
        const y1 = b[i + 1] as number;
        o[i + 1] = +(x !== 0) ^ +(y1 !== 0);
        const y2 = b[i + 2] as number;
        o[i + 2] = +(x !== 0) ^ +(y2 !== 0);
        const y3 = b[i + 3] as number;
        o[i + 3] = +(x !== 0) ^ +(y3 !== 0);
        const y4 = b[i + 4] as number;
        o[i + 4] = +(x !== 0) ^ +(y4 !== 0);
        const y5 = b[i + 5] as number;
        o[i + 5] = +(x !== 0) ^ +(y5 !== 0);
        const y6 = b[i + 6] as number;
        o[i + 6] = +(x !== 0) ^ +(y6 !== 0);
        const y7 = b[i + 7] as number;
        o[i + 7] = +(x !== 0) ^ +(y7 !== 0);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
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
        o[i] = +(x0 !== 0) ^ +(y !== 0);
        const x1 = a[i + 1] as number;
        o[i + 1] = +(x1 !== 0) ^ +(y !== 0);
        const x2 = a[i + 2] as number;
        o[i + 2] = +(x2 !== 0) ^ +(y !== 0);
        const x3 = a[i + 3] as number;
        o[i + 3] = +(x3 !== 0) ^ +(y !== 0);
        const x4 = a[i + 4] as number;
        o[i + 4] = +(x4 !== 0) ^ +(y !== 0);
        const x5 = a[i + 5] as number;
        o[i + 5] = +(x5 !== 0) ^ +(y !== 0);
        const x6 = a[i + 6] as number;
        o[i + 6] = +(x6 !== 0) ^ +(y !== 0);
        const x7 = a[i + 7] as number;
        o[i + 7] = +(x7 !== 0) ^ +(y !== 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = +(x !== 0) ^ +(y !== 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = +(x !== 0) ^ +(y !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = +(x !== 0) ^ +(y !== 0);
  }
}

export function logicalXor_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) ^ +(y !== 0n);
  }
}

export function logicalXor_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = +(x !== 0n) ^ +(y !== 0n);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = +(x !== 0n) ^ +(y !== 0n);
  }
}

export function logicalXor_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalXor_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
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
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
      const x1 = a[i + 1] as number;
      const y1 = b[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
      const x2 = a[i + 2] as number;
      const y2 = b[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
      const x3 = a[i + 3] as number;
      const y3 = b[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
      const x4 = a[i + 4] as number;
      const y4 = b[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
      const x5 = a[i + 5] as number;
      const y5 = b[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
      const x6 = a[i + 6] as number;
      const y6 = b[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
      const x7 = a[i + 7] as number;
      const y7 = b[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y0 <= 0) & +(y0 >= 0)) ^ 1);
        const y1 = b[i + 1] as number;
        o[i + 1] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y1 <= 0) & +(y1 >= 0)) ^ 1);
        const y2 = b[i + 2] as number;
        o[i + 2] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y2 <= 0) & +(y2 >= 0)) ^ 1);
        const y3 = b[i + 3] as number;
        o[i + 3] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y3 <= 0) & +(y3 >= 0)) ^ 1);
        const y4 = b[i + 4] as number;
        o[i + 4] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y4 <= 0) & +(y4 >= 0)) ^ 1);
        const y5 = b[i + 5] as number;
        o[i + 5] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y5 <= 0) & +(y5 >= 0)) ^ 1);
        const y6 = b[i + 6] as number;
        o[i + 6] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y6 <= 0) & +(y6 >= 0)) ^ 1);
        const y7 = b[i + 7] as number;
        o[i + 7] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y7 <= 0) & +(y7 >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const y = b[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
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
        o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x1 = a[i + 1] as number;
        o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x2 = a[i + 2] as number;
        o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x3 = a[i + 3] as number;
        o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x4 = a[i + 4] as number;
        o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x5 = a[i + 5] as number;
        o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x6 = a[i + 6] as number;
        o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
        const x7 = a[i + 7] as number;
        o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ ((+(y <= 0) & +(y >= 0)) ^ 1);
  }
}

export function logicalXor_c8_c8(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export function logicalXor_c16_c16(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  ib *= 2;
  sb *= 2;
  if (sa === 0) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const yr = b[ib] as number, yi = b[ib + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ (((+(yr <= 0) & +(yr >= 0)) & (+(yi <= 0) & +(yi >= 0))) ^ 1);
  }
}

export const LOGICAL_XOR_LOOPS: readonly Loop2[] = [
  { in: ['bool', 'bool'], out: 'bool', fn: logicalXor_b1_b1 },
  { in: ['int8', 'int8'], out: 'bool', fn: logicalXor_i1_i1 },
  { in: ['uint8', 'uint8'], out: 'bool', fn: logicalXor_u1_u1 },
  { in: ['int16', 'int16'], out: 'bool', fn: logicalXor_i2_i2 },
  { in: ['uint16', 'uint16'], out: 'bool', fn: logicalXor_u2_u2 },
  { in: ['int32', 'int32'], out: 'bool', fn: logicalXor_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'bool', fn: logicalXor_u4_u4 },
  { in: ['int64', 'int64'], out: 'bool', fn: logicalXor_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'bool', fn: logicalXor_u8_u8 },
  { in: ['float32', 'float32'], out: 'bool', fn: logicalXor_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: logicalXor_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: logicalXor_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: logicalXor_c16_c16 },
];

export function logicalNot_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = +(x0 !== 0) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = +(x1 !== 0) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = +(x2 !== 0) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = +(x3 !== 0) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = +(x4 !== 0) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = +(x5 !== 0) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = +(x6 !== 0) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = +(x7 !== 0) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = +(x !== 0) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = +(x !== 0) ^ 1;
  }
}

export function logicalNot_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = +(x !== 0n) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = +(x !== 0n) ^ 1;
  }
}

export function logicalNot_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = +(x !== 0n) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = +(x !== 0n) ^ 1;
  }
}

export function logicalNot_f4(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ 1;
  }
}

export function logicalNot_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1 && (n >= 64 || (ia === 0 && io === 0))) {
    if (ia !== 0 || io !== 0) {
      a = a.subarray(ia, ia + n);
      o = o.subarray(io, io + n);
    }
    let i = 0;
    for (const m = n - 7; i < m; i += 8) {
      const x0 = a[i] as number;
      o[i] = ((+(x0 <= 0) & +(x0 >= 0)) ^ 1) ^ 1;
      const x1 = a[i + 1] as number;
      o[i + 1] = ((+(x1 <= 0) & +(x1 >= 0)) ^ 1) ^ 1;
      const x2 = a[i + 2] as number;
      o[i + 2] = ((+(x2 <= 0) & +(x2 >= 0)) ^ 1) ^ 1;
      const x3 = a[i + 3] as number;
      o[i + 3] = ((+(x3 <= 0) & +(x3 >= 0)) ^ 1) ^ 1;
      const x4 = a[i + 4] as number;
      o[i + 4] = ((+(x4 <= 0) & +(x4 >= 0)) ^ 1) ^ 1;
      const x5 = a[i + 5] as number;
      o[i + 5] = ((+(x5 <= 0) & +(x5 >= 0)) ^ 1) ^ 1;
      const x6 = a[i + 6] as number;
      o[i + 6] = ((+(x6 <= 0) & +(x6 >= 0)) ^ 1) ^ 1;
      const x7 = a[i + 7] as number;
      o[i + 7] = ((+(x7 <= 0) & +(x7 >= 0)) ^ 1) ^ 1;
    }
    for (; i < n; i++) {
      const x = a[i] as number;
      o[i] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ((+(x <= 0) & +(x >= 0)) ^ 1) ^ 1;
  }
}

export function logicalNot_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ 1;
  }
}

export function logicalNot_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (((+(xr <= 0) & +(xr >= 0)) & (+(xi <= 0) & +(xi >= 0))) ^ 1) ^ 1;
  }
}

export const LOGICAL_NOT_LOOPS: readonly Loop1[] = [
  { in: ['bool'], out: 'bool', fn: logicalNot_b1 },
  { in: ['int8'], out: 'bool', fn: logicalNot_i1 },
  { in: ['uint8'], out: 'bool', fn: logicalNot_u1 },
  { in: ['int16'], out: 'bool', fn: logicalNot_i2 },
  { in: ['uint16'], out: 'bool', fn: logicalNot_u2 },
  { in: ['int32'], out: 'bool', fn: logicalNot_i4 },
  { in: ['uint32'], out: 'bool', fn: logicalNot_u4 },
  { in: ['int64'], out: 'bool', fn: logicalNot_i8 },
  { in: ['uint64'], out: 'bool', fn: logicalNot_u8 },
  { in: ['float32'], out: 'bool', fn: logicalNot_f4 },
  { in: ['float64'], out: 'bool', fn: logicalNot_f8 },
  { in: ['complex64'], out: 'bool', fn: logicalNot_c8 },
  { in: ['complex128'], out: 'bool', fn: logicalNot_c16 },
];
