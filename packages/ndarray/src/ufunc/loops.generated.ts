// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/* eslint-disable */
/** Per-dtype ufunc kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate. */
import type { Loop1, Loop2 } from './types.js';
import { DEG2RAD, DEG2RAD32, RAD2DEG, RAD2DEG32, copysignF, exp2F, floorDivBig, floorDivF32, floorDivF64, floorDivInt, heavisideF, modBig, modF32, modF64, modInt, powBig, powBigU, powFloat, powInt, rintF } from './scalar.js';
import { R, cacos, cacosh, casin, casinh, catan, catanh, ccos, ccosh, cdiv, cexp, cexp2, cexpm1, clog, clog10, clog1p, clog2, cpow, crecip, csign, csin, csinh, csqrt, ctan, ctanh } from './complex-math.js';

export function add_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x | y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x | y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x | y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x | y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x | y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x | y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x | y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 | y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 | y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 | y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 | y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x | y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x | y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 + y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 + y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 + y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 + y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x + y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x + y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 + y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x + y;
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 + y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 + y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 + y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 + y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x + y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x + y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x + y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 + y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x + y;
      }
      return;
    }
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x + y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x + y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x + y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x + y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x + y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x + y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x + y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 + y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 + y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 + y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 + y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x + y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x + y;
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
  { in: ['int32', 'int32'], out: 'int32', fn: add_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: add_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: add_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: add_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: add_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: add_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: add_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: add_c16_c16 },
];

export function subtract_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 - y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 - y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 - y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 - y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x - y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x - y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 - y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x - y;
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 - y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 - y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 - y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 - y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x - y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x - y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x - y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 - y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x - y;
      }
      return;
    }
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x - y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x - y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x - y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x - y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x - y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x - y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x - y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 - y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 - y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 - y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 - y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x - y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x - y;
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
  { in: ['int32', 'int32'], out: 'int32', fn: subtract_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: subtract_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: subtract_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: subtract_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: subtract_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: subtract_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: subtract_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: subtract_c16_c16 },
];

export function multiply_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x & y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x & y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x & y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x & y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x & y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x & y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x & y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 & y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 & y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 & y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 & y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x & y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x & y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.imul(x, y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = Math.imul(x, y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = Math.imul(x, y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = Math.imul(x, y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = Math.imul(x, y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = Math.imul(x, y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = Math.imul(x, y);
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = Math.imul(x0, y);
          const x1 = a[i + 1] as number;
          o[i + 1] = Math.imul(x1, y);
          const x2 = a[i + 2] as number;
          o[i + 2] = Math.imul(x2, y);
          const x3 = a[i + 3] as number;
          o[i + 3] = Math.imul(x3, y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = Math.imul(x, y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = Math.imul(x, y);
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = Math.imul(x, y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = Math.imul(x, y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = Math.imul(x, y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = Math.imul(x, y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = Math.imul(x, y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = Math.imul(x, y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = Math.imul(x, y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = Math.imul(x, y);
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = Math.imul(x0, y);
          const x1 = a[i + 1] as number;
          o[i + 1] = Math.imul(x1, y);
          const x2 = a[i + 2] as number;
          o[i + 2] = Math.imul(x2, y);
          const x3 = a[i + 3] as number;
          o[i + 3] = Math.imul(x3, y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = Math.imul(x, y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = Math.imul(x, y);
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 * y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 * y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 * y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 * y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x * y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x * y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 * y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x * y;
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = x0 * y0;
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = x1 * y1;
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = x2 * y2;
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = x3 * y3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = x * y0;
          const y1 = b[i + 1] as bigint;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as bigint;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as bigint;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = x * y;
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = x * y;
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = x0 * y;
          const x1 = a[i + 1] as bigint;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as bigint;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as bigint;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = x * y;
      }
      return;
    }
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x * y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x * y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x * y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x * y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x * y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x * y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x * y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 * y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 * y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 * y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 * y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x * y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x * y;
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
  { in: ['int32', 'int32'], out: 'int32', fn: multiply_i4_i4 },
  { in: ['uint32', 'uint32'], out: 'uint32', fn: multiply_u4_u4 },
  { in: ['int64', 'int64'], out: 'int64', fn: multiply_i8_i8 },
  { in: ['uint64', 'uint64'], out: 'uint64', fn: multiply_u8_u8 },
  { in: ['float32', 'float32'], out: 'float32', fn: multiply_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: multiply_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: multiply_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: multiply_c16_c16 },
];

export function divide_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x / y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x / y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x / y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x / y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x / y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x / y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x / y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x / y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 / y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 / y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 / y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 / y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x / y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x / y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x / y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x / y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x / y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x / y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x / y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x / y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x / y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x / y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 / y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 / y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 / y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 / y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x / y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x / y;
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
  { in: ['float32', 'float32'], out: 'float32', fn: divide_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: divide_f8_f8 },
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

export function maximum_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x | y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x | y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x | y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x | y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x | y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x | y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x | y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 | y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 | y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 | y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 | y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x | y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x | y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? x0 : y0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? x1 : y1);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? x2 : y2);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? x : y0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? x : y1);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? x : y2);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? x0 : y);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? x1 : y);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? x2 : y);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? x : y);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? x : y);
  }
}

export function maximum_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 || x0 !== x0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 || x1 !== x1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 || x2 !== x2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 || x3 !== x3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 || x !== x ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 || x !== x ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 || x !== x ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 || x !== x ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y || x0 !== x0 ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y || x1 !== x1 ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y || x2 !== x2 ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y || x3 !== x3 ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y || x !== x ? x : y);
  }
}

export function maximum_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 || x0 !== x0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 || x1 !== x1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 || x2 !== x2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 || x3 !== x3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 || x !== x ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 || x !== x ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 || x !== x ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 || x !== x ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y || x0 !== x0 ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y || x1 !== x1 ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y || x2 !== x2 ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y || x3 !== x3 ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y || x !== x ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y || x !== x ? x : y);
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
  { in: ['float32', 'float32'], out: 'float32', fn: maximum_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: maximum_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: maximum_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: maximum_c16_c16 },
];

export function minimum_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
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
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = x & y;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = x & y0;
          const y1 = b[i + 1] as number;
          o[i + 1] = x & y1;
          const y2 = b[i + 2] as number;
          o[i + 2] = x & y2;
          const y3 = b[i + 3] as number;
          o[i + 3] = x & y3;
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = x & y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = x & y;
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
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = x0 & y;
          const x1 = a[i + 1] as number;
          o[i + 1] = x1 & y;
          const x2 = a[i + 2] as number;
          o[i + 2] = x2 & y;
          const x3 = a[i + 3] as number;
          o[i + 3] = x3 & y;
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = x & y;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = x & y;
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
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? x0 : y0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? x1 : y1);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? x2 : y2);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? x : y0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? x : y1);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? x : y2);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? x0 : y);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? x1 : y);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? x2 : y);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? x : y);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? x : y);
  }
}

export function minimum_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 || x0 !== x0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 || x1 !== x1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 || x2 !== x2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 || x3 !== x3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 || x !== x ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 || x !== x ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 || x !== x ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 || x !== x ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y || x0 !== x0 ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y || x1 !== x1 ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y || x2 !== x2 ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y || x3 !== x3 ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y || x !== x ? x : y);
  }
}

export function minimum_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 || x0 !== x0 ? x0 : y0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 || x1 !== x1 ? x1 : y1);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 || x2 !== x2 ? x2 : y2);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 || x3 !== x3 ? x3 : y3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 || x !== x ? x : y0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 || x !== x ? x : y1);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 || x !== x ? x : y2);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 || x !== x ? x : y3);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y || x0 !== x0 ? x0 : y);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y || x1 !== x1 ? x1 : y);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y || x2 !== x2 ? x2 : y);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y || x3 !== x3 ? x3 : y);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y || x !== x ? x : y);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y || x !== x ? x : y);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y || x !== x ? x : y);
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
  { in: ['float32', 'float32'], out: 'float32', fn: minimum_f4_f4 },
  { in: ['float64', 'float64'], out: 'float64', fn: minimum_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'complex64', fn: minimum_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'complex128', fn: minimum_c16_c16 },
];

export function fmax_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? x : y);
  }
}

export function fmax_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y || y !== y ? x : y);
  }
}

export function fmax_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y || y !== y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y || y !== y ? x : y);
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? x : y);
  }
}

export function fmin_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y || y !== y ? x : y);
  }
}

export function fmin_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y || y !== y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y || y !== y ? x : y);
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? x : y);
  }
}

export function clipLo_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y || x !== x ? x : y);
  }
}

export function clipLo_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y || x !== x ? x : y);
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: BigInt64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: BigUint64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? x : y);
  }
}

export function clipHi_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y || x !== x ? x : y);
  }
}

export function clipHi_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y || x !== x ? x : y);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y || x !== x ? x : y);
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

export function equal_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
  }
}

export function equal_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 === y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 === y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 === y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 === y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x === y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x === y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x === y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x === y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x === y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 === y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 === y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 === y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 === y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x === y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x === y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x === y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x === y ? 1 : 0);
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
      o[io] = (xr === yr && xi === yi ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (xr === yr && xi === yi ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (xr === yr && xi === yi ? 1 : 0);
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
      o[io] = (xr === yr && xi === yi ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (xr === yr && xi === yi ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (xr === yr && xi === yi ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: equal_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: equal_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: equal_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: equal_c16_c16 },
];

export function notEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
  }
}

export function notEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 !== y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 !== y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 !== y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 !== y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x !== y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x !== y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x !== y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x !== y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x !== y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 !== y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 !== y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 !== y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 !== y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x !== y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x !== y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== y ? 1 : 0);
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
      o[io] = (xr !== yr || xi !== yi ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (xr !== yr || xi !== yi ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (xr !== yr || xi !== yi ? 1 : 0);
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
      o[io] = (xr !== yr || xi !== yi ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = (xr !== yr || xi !== yi ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = (xr !== yr || xi !== yi ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: notEqual_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: notEqual_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: notEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: notEqual_c16_c16 },
];

export function less_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
  }
}

export function less_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 < y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 < y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 < y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 < y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x < y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x < y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x < y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x < y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x < y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 < y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 < y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 < y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 < y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x < y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x < y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x < y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x < y ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: less_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: less_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: less_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: less_c16_c16 },
];

export function lessEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
  }
}

export function lessEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 <= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 <= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 <= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 <= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x <= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x <= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x <= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x <= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x <= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 <= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 <= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 <= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 <= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x <= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x <= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x <= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x <= y ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: lessEqual_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: lessEqual_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: lessEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: lessEqual_c16_c16 },
];

export function greater_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
  }
}

export function greater_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 > y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 > y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 > y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 > y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x > y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x > y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x > y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x > y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x > y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 > y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 > y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 > y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 > y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x > y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x > y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x > y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x > y ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: greater_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: greater_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: greater_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: greater_c16_c16 },
];

export function greaterEqual_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_i8_u8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_u8_i8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        const y0 = b[i] as bigint;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as bigint;
        const y1 = b[i + 1] as bigint;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as bigint;
        const y2 = b[i + 2] as bigint;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as bigint;
        const y3 = b[i + 3] as bigint;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        const y = b[i] as bigint;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as bigint;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as bigint;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as bigint;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as bigint;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as bigint;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as bigint;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as bigint;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as bigint;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as bigint;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as bigint;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as bigint;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as bigint;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
  }
}

export function greaterEqual_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || ib !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      b = b.subarray(ib, ib + n);
      ib = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && ib === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        const y0 = b[i] as number;
        o[i] = (x0 >= y0 ? 1 : 0);
        const x1 = a[i + 1] as number;
        const y1 = b[i + 1] as number;
        o[i + 1] = (x1 >= y1 ? 1 : 0);
        const x2 = a[i + 2] as number;
        const y2 = b[i + 2] as number;
        o[i + 2] = (x2 >= y2 ? 1 : 0);
        const x3 = a[i + 3] as number;
        const y3 = b[i + 3] as number;
        o[i + 3] = (x3 >= y3 ? 1 : 0);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        o[i] = (x >= y ? 1 : 0);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    if (sb === 1 && so === 1) {
      const x = a[ia] as number;
      if (n >= 64 && (ib !== 0 || io !== 0)) {
        b = b.subarray(ib, ib + n);
        ib = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ib === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const y0 = b[i] as number;
          o[i] = (x >= y0 ? 1 : 0);
          const y1 = b[i + 1] as number;
          o[i + 1] = (x >= y1 ? 1 : 0);
          const y2 = b[i + 2] as number;
          o[i + 2] = (x >= y2 ? 1 : 0);
          const y3 = b[i + 3] as number;
          o[i + 3] = (x >= y3 ? 1 : 0);
        }
        for (; i < n; i++) {
          const y = b[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const y = b[ib + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    if (sa === 1 && so === 1) {
      const y = b[ib] as number;
      if (n >= 64 && (ia !== 0 || io !== 0)) {
        a = a.subarray(ia, ia + n);
        ia = 0;
        o = o.subarray(io, io + n);
        io = 0;
      }
      if (ia === 0 && io === 0) {
        let i = 0;
        for (const m = n - 3; i < m; i += 4) {
          const x0 = a[i] as number;
          o[i] = (x0 >= y ? 1 : 0);
          const x1 = a[i + 1] as number;
          o[i + 1] = (x1 >= y ? 1 : 0);
          const x2 = a[i + 2] as number;
          o[i + 2] = (x2 >= y ? 1 : 0);
          const x3 = a[i + 3] as number;
          o[i + 3] = (x3 >= y ? 1 : 0);
        }
        for (; i < n; i++) {
          const x = a[i] as number;
          o[i] = (x >= y ? 1 : 0);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const x = a[ia + i] as number;
        o[io + i] = (x >= y ? 1 : 0);
      }
      return;
    }
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x >= y ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x >= y ? 1 : 0);
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
  { in: ['float32', 'float32'], out: 'bool', fn: greaterEqual_f4_f4 },
  { in: ['float64', 'float64'], out: 'bool', fn: greaterEqual_f8_f8 },
  { in: ['complex64', 'complex64'], out: 'bool', fn: greaterEqual_c8_c8 },
  { in: ['complex128', 'complex128'], out: 'bool', fn: greaterEqual_c16_c16 },
];

export function logicalAnd_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n && y !== 0n ? 1 : 0);
  }
}

export function logicalAnd_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n && y !== 0n ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n && y !== 0n ? 1 : 0);
  }
}

export function logicalAnd_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
  }
}

export function logicalAnd_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 && y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 && y !== 0 ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) && (yr !== 0 || yi !== 0) ? 1 : 0);
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n || y !== 0n ? 1 : 0);
  }
}

export function logicalOr_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n || y !== 0n ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n || y !== 0n ? 1 : 0);
  }
}

export function logicalOr_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
  }
}

export function logicalOr_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 || y !== 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 || y !== 0 ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) || (yr !== 0 || yi !== 0) ? 1 : 0);
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_i1_i1(n: number, a: Int8Array, ia: number, sa: number, b: Int8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_u1_u1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_i2_i2(n: number, a: Int16Array, ia: number, sa: number, b: Int16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_u2_u2(n: number, a: Uint16Array, ia: number, sa: number, b: Uint16Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_i4_i4(n: number, a: Int32Array, ia: number, sa: number, b: Int32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_u4_u4(n: number, a: Uint32Array, ia: number, sa: number, b: Uint32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_i8_i8(n: number, a: BigInt64Array, ia: number, sa: number, b: BigInt64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
  }
}

export function logicalXor_u8_u8(n: number, a: BigUint64Array, ia: number, sa: number, b: BigUint64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      const y = b[ib + i] as bigint;
      o[io + i] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as bigint;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as bigint;
      o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as bigint;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as bigint;
      o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as bigint;
    const y = b[ib] as bigint;
    o[io] = (x !== 0n !== (y !== 0n) ? 1 : 0);
  }
}

export function logicalXor_f4_f4(n: number, a: Float32Array, ia: number, sa: number, b: Float32Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
  }
}

export function logicalXor_f8_f8(n: number, a: Float64Array, ia: number, sa: number, b: Float64Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const y = b[ib] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const x = a[ia] as number;
      o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const x = a[ia] as number;
    const y = b[ib] as number;
    o[io] = (x !== 0 !== (y !== 0) ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
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
      o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
    }
    return;
  }
  if (sb === 0) {
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    for (let i = 0; i < n; i++, ia += sa, io += so) {
      const xr = a[ia] as number, xi = a[ia + 1] as number;
      o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    const yr = b[ib] as number, yi = b[ib + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) !== ((yr !== 0 || yi !== 0)) ? 1 : 0);
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

export function bitwiseAnd_b1_b1(n: number, a: Uint8Array, ia: number, sa: number, b: Uint8Array, ib: number, sb: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x & y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x & y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x | y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x | y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = x ^ y;
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = x ^ y;
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 8 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 8 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 8 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 8 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 16 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 16 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 16 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 16 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 32 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 32 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 32 ? x << y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 32 ? x << y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 8 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 8 ? x >> y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 8 ? x >> y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 16 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 16 ? x >> y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 16 ? x >> y : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y >= 0 && y < 32 ? x >> y : x < 0 ? -1 : 0);
    }
    return;
  }
  if (sb === 0) {
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
  if (sa === 1 && sb === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      const y = b[ib + i] as number;
      o[io + i] = (y < 32 ? x >>> y : 0);
    }
    return;
  }
  if (sa === 0) {
    const x = a[ia] as number;
    for (let i = 0; i < n; i++, ib += sb, io += so) {
      const y = b[ib] as number;
      o[io] = (y < 32 ? x >>> y : 0);
    }
    return;
  }
  if (sb === 0) {
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

export function negative_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = -x0;
        const x1 = a[i + 1] as bigint;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as bigint;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as bigint;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = -x;
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = -x0;
        const x1 = a[i + 1] as bigint;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as bigint;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as bigint;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = -x;
      }
      return;
    }
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
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = -x;
  }
}

export function negative_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = -x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = -x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = -x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = -x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = -x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = -x;
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
  { in: ['float32'], out: 'float32', fn: negative_f4 },
  { in: ['float64'], out: 'float64', fn: negative_f8 },
  { in: ['complex64'], out: 'complex64', fn: negative_c8 },
  { in: ['complex128'], out: 'complex128', fn: negative_c16 },
];

export function positive_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function positive_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function absolute_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = (x0 < 0 ? -x0 : x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (x1 < 0 ? -x1 : x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = (x2 < 0 ? -x2 : x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = (x3 < 0 ? -x3 : x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (x < 0 ? -x : x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function absolute_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = (x0 < 0 ? -x0 : x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (x1 < 0 ? -x1 : x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = (x2 < 0 ? -x2 : x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = (x3 < 0 ? -x3 : x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (x < 0 ? -x : x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function absolute_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = (x0 < 0 ? -x0 : x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = (x1 < 0 ? -x1 : x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = (x2 < 0 ? -x2 : x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = (x3 < 0 ? -x3 : x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = (x < 0 ? -x : x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x < 0 ? -x : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x < 0 ? -x : x);
  }
}

export function absolute_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = (x0 < 0n ? -x0 : x0);
        const x1 = a[i + 1] as bigint;
        o[i + 1] = (x1 < 0n ? -x1 : x1);
        const x2 = a[i + 2] as bigint;
        o[i + 2] = (x2 < 0n ? -x2 : x2);
        const x3 = a[i + 3] as bigint;
        o[i + 3] = (x3 < 0n ? -x3 : x3);
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = (x < 0n ? -x : x);
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = x0;
        const x1 = a[i + 1] as bigint;
        o[i + 1] = x1;
        const x2 = a[i + 2] as bigint;
        o[i + 2] = x2;
        const x3 = a[i + 3] as bigint;
        o[i + 3] = x3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = x;
      }
      return;
    }
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
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.abs(x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.abs(x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.abs(x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.abs(x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.abs(x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.abs(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.abs(x);
  }
}

export function absolute_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.abs(x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.abs(x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.abs(x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.abs(x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.abs(x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.abs(x);
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
  { in: ['float32'], out: 'float32', fn: absolute_f4 },
  { in: ['float64'], out: 'float64', fn: absolute_f8 },
  { in: ['complex64'], out: 'float32', fn: absolute_c8 },
  { in: ['complex128'], out: 'float64', fn: absolute_c16 },
];

export function sqrt_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.sqrt(x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.sqrt(x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.sqrt(x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.sqrt(x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.sqrt(x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sqrt(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.sqrt(x);
  }
}

export function sqrt_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.sqrt(x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.sqrt(x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.sqrt(x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.sqrt(x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.sqrt(x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.sqrt(x);
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
  { in: ['float32'], out: 'float32', fn: sqrt_f4 },
  { in: ['float64'], out: 'float64', fn: sqrt_f8 },
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

export function square_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.imul(x0, x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.imul(x1, x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.imul(x2, x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.imul(x3, x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.imul(x, x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.imul(x, x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.imul(x, x);
  }
}

export function square_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = Math.imul(x0, x0);
        const x1 = a[i + 1] as number;
        o[i + 1] = Math.imul(x1, x1);
        const x2 = a[i + 2] as number;
        o[i + 2] = Math.imul(x2, x2);
        const x3 = a[i + 3] as number;
        o[i + 3] = Math.imul(x3, x3);
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = Math.imul(x, x);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.imul(x, x);
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as bigint;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as bigint;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as bigint;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = x * x;
      }
      return;
    }
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
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as bigint;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as bigint;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as bigint;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as bigint;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as bigint;
        o[i] = x * x;
      }
      return;
    }
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
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * x;
  }
}

export function square_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    if (n >= 64 && (ia !== 0 || io !== 0)) {
      a = a.subarray(ia, ia + n);
      ia = 0;
      o = o.subarray(io, io + n);
      io = 0;
    }
    if (ia === 0 && io === 0) {
      let i = 0;
      for (const m = n - 3; i < m; i += 4) {
        const x0 = a[i] as number;
        o[i] = x0 * x0;
        const x1 = a[i + 1] as number;
        o[i + 1] = x1 * x1;
        const x2 = a[i + 2] as number;
        o[i + 2] = x2 * x2;
        const x3 = a[i + 3] as number;
        o[i + 3] = x3 * x3;
      }
      for (; i < n; i++) {
        const x = a[i] as number;
        o[i] = x * x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * x;
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
  { in: ['float32'], out: 'float32', fn: square_f4 },
  { in: ['float64'], out: 'float64', fn: square_f8 },
  { in: ['complex64'], out: 'complex64', fn: square_c8 },
  { in: ['complex128'], out: 'complex128', fn: square_c16 },
];

export function reciprocal_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 1 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : 0);
  }
}

export function reciprocal_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 1 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 1 ? 1 : 0);
  }
}

export function reciprocal_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 0 ? -2147483648 : x === 1 ? 1 : x === -1 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === 0 ? -2147483648 : x === 1 ? 1 : x === -1 ? -1 : 0);
  }
}

export function reciprocal_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === 1 ? 1 : 0);
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1 / x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1 / x;
  }
}

export function reciprocal_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1 / x;
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
  { in: ['float32'], out: 'float32', fn: reciprocal_f4 },
  { in: ['float64'], out: 'float64', fn: reciprocal_f8 },
  { in: ['complex64'], out: 'complex64', fn: reciprocal_c8 },
  { in: ['complex128'], out: 'complex128', fn: reciprocal_c16 },
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
    cexp2(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function exp2_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    cexp2(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
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
    clog1p(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export function log1p_c16(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  io *= 2;
  so *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    clog1p(xr, xi); o[io] = R[0] as number; o[io + 1] = R[1] as number;
  }
}

export const LOG1P_LOOPS: readonly Loop1[] = [
  { in: ['float32'], out: 'float32', fn: log1p_f4 },
  { in: ['float64'], out: 'float64', fn: log1p_f8 },
  { in: ['complex64'], out: 'complex64', fn: log1p_c8 },
  { in: ['complex128'], out: 'complex128', fn: log1p_c16 },
];

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

export function floor_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function floor_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.floor(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.floor(x);
  }
}

export function floor_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.floor(x);
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
  { in: ['float32'], out: 'float32', fn: floor_f4 },
  { in: ['float64'], out: 'float64', fn: floor_f8 },
];

export function ceil_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function ceil_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.ceil(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.ceil(x);
  }
}

export function ceil_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.ceil(x);
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
  { in: ['float32'], out: 'float32', fn: ceil_f4 },
  { in: ['float64'], out: 'float64', fn: ceil_f8 },
];

export function trunc_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function trunc_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.trunc(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = Math.trunc(x);
  }
}

export function trunc_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = Math.trunc(x);
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
  { in: ['float32'], out: 'float32', fn: trunc_f4 },
  { in: ['float64'], out: 'float64', fn: trunc_f8 },
];

export function rint_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = rintF(x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = rintF(x);
  }
}

export function rint_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = rintF(x);
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
  { in: ['float32'], out: 'float32', fn: rint_f4 },
  { in: ['float64'], out: 'float64', fn: rint_f8 },
  { in: ['complex64'], out: 'complex64', fn: rint_c8 },
  { in: ['complex128'], out: 'complex128', fn: rint_c16 },
];

export function sign_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : 0);
  }
}

export function sign_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : 0);
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
  }
}

export function sign_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);
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

export function conjugate_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x;
  }
}

export function conjugate_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x;
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

export function isnan_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isnan_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== x ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== x ? 1 : 0);
  }
}

export function isnan_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== x ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== x ? 1 : 0);
  }
}

export function isnan_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr !== xr || xi !== xi ? 1 : 0);
  }
}

export function isnan_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr !== xr || xi !== xi ? 1 : 0);
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
  { in: ['float32'], out: 'bool', fn: isnan_f4 },
  { in: ['float64'], out: 'bool', fn: isnan_f8 },
  { in: ['complex64'], out: 'bool', fn: isnan_c8 },
  { in: ['complex128'], out: 'bool', fn: isnan_c16 },
];

export function isinf_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 0;
  }
}

export function isinf_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 0;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === Infinity || x === -Infinity ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === Infinity || x === -Infinity ? 1 : 0);
  }
}

export function isinf_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x === Infinity || x === -Infinity ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x === Infinity || x === -Infinity ? 1 : 0);
  }
}

export function isinf_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr === Infinity || xr === -Infinity || xi === Infinity || xi === -Infinity ? 1 : 0);
  }
}

export function isinf_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr === Infinity || xr === -Infinity || xi === Infinity || xi === -Infinity ? 1 : 0);
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
  { in: ['float32'], out: 'bool', fn: isinf_f4 },
  { in: ['float64'], out: 'bool', fn: isinf_f8 },
  { in: ['complex64'], out: 'bool', fn: isinf_c8 },
  { in: ['complex128'], out: 'bool', fn: isinf_c16 },
];

export function isfinite_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = 1;
  }
}

export function isfinite_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = 1;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x - x === 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x - x === 0 ? 1 : 0);
  }
}

export function isfinite_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x - x === 0 ? 1 : 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x - x === 0 ? 1 : 0);
  }
}

export function isfinite_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr - xr === 0 && xi - xi === 0 ? 1 : 0);
  }
}

export function isfinite_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = (xr - xr === 0 && xi - xi === 0 ? 1 : 0);
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
  { in: ['float32'], out: 'bool', fn: isfinite_f4 },
  { in: ['float64'], out: 'bool', fn: isfinite_f8 },
  { in: ['complex64'], out: 'bool', fn: isfinite_c8 },
  { in: ['complex128'], out: 'bool', fn: isfinite_c16 },
];

export function logicalNot_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_i1(n: number, a: Int8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_i2(n: number, a: Int16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_i4(n: number, a: Int32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_i8(n: number, a: BigInt64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x !== 0n ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x !== 0n ? 0 : 1);
  }
}

export function logicalNot_u8(n: number, a: BigUint64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as bigint;
      o[io + i] = (x !== 0n ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as bigint;
    o[io] = (x !== 0n ? 0 : 1);
  }
}

export function logicalNot_f4(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_f8(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = (x !== 0 ? 0 : 1);
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = (x !== 0 ? 0 : 1);
  }
}

export function logicalNot_c8(n: number, a: Float32Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) ? 0 : 1);
  }
}

export function logicalNot_c16(n: number, a: Float64Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  ia *= 2;
  sa *= 2;
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const xr = a[ia] as number, xi = a[ia + 1] as number;
    o[io] = ((xr !== 0 || xi !== 0) ? 0 : 1);
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

export function invert_b1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x ^ 1;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x ^ 1;
  }
}

export function invert_i1(n: number, a: Int8Array, ia: number, sa: number, o: Int8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u1(n: number, a: Uint8Array, ia: number, sa: number, o: Uint8Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_i2(n: number, a: Int16Array, ia: number, sa: number, o: Int16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u2(n: number, a: Uint16Array, ia: number, sa: number, o: Uint16Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_i4(n: number, a: Int32Array, ia: number, sa: number, o: Int32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = ~x;
  }
}

export function invert_u4(n: number, a: Uint32Array, ia: number, sa: number, o: Uint32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = ~x;
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

export function deg2rad_f4(n: number, a: Float32Array, ia: number, sa: number, o: Float32Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * DEG2RAD32;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * DEG2RAD32;
  }
}

export function deg2rad_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * DEG2RAD;
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
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * RAD2DEG32;
    }
    return;
  }
  for (let i = 0; i < n; i++, ia += sa, io += so) {
    const x = a[ia] as number;
    o[io] = x * RAD2DEG32;
  }
}

export function rad2deg_f8(n: number, a: Float64Array, ia: number, sa: number, o: Float64Array, io: number, so: number): void {
  if (sa === 1 && so === 1) {
    for (let i = 0; i < n; i++) {
      const x = a[ia + i] as number;
      o[io + i] = x * RAD2DEG;
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
