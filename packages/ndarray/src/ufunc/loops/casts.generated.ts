// @generated — do not edit. Written by scripts/gen-ufuncs.ts; regenerate after changing it.
/** Conversion kernels of the buffered-cast path: (n, s, is, ss, d, id, sd) in elements. */
import type { Cast } from '../types.js';

export function cast_b1_i1(n: number, s: Uint8Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_u1(n: number, s: Uint8Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_i2(n: number, s: Uint8Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_u2(n: number, s: Uint8Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_i4(n: number, s: Uint8Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_u4(n: number, s: Uint8Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_i8(n: number, s: Uint8Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_b1_u8(n: number, s: Uint8Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_b1_f4(n: number, s: Uint8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_f8(n: number, s: Uint8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_b1_c8(n: number, s: Uint8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_b1_c16(n: number, s: Uint8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i1_b1(n: number, s: Int8Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_i1_u1(n: number, s: Int8Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_i2(n: number, s: Int8Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_u2(n: number, s: Int8Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_i4(n: number, s: Int8Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_u4(n: number, s: Int8Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_i8(n: number, s: Int8Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i1_u8(n: number, s: Int8Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i1_f4(n: number, s: Int8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_f8(n: number, s: Int8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i1_c8(n: number, s: Int8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i1_c16(n: number, s: Int8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u1_b1(n: number, s: Uint8Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_u1_i1(n: number, s: Uint8Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_i2(n: number, s: Uint8Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_u2(n: number, s: Uint8Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_i4(n: number, s: Uint8Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_u4(n: number, s: Uint8Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_i8(n: number, s: Uint8Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u1_u8(n: number, s: Uint8Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u1_f4(n: number, s: Uint8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_f8(n: number, s: Uint8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u1_c8(n: number, s: Uint8Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u1_c16(n: number, s: Uint8Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i2_b1(n: number, s: Int16Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_i2_i1(n: number, s: Int16Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_u1(n: number, s: Int16Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_u2(n: number, s: Int16Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_i4(n: number, s: Int16Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_u4(n: number, s: Int16Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_i8(n: number, s: Int16Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i2_u8(n: number, s: Int16Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i2_f4(n: number, s: Int16Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_f8(n: number, s: Int16Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i2_c8(n: number, s: Int16Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i2_c16(n: number, s: Int16Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u2_b1(n: number, s: Uint16Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_u2_i1(n: number, s: Uint16Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_u1(n: number, s: Uint16Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_i2(n: number, s: Uint16Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_i4(n: number, s: Uint16Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_u4(n: number, s: Uint16Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_i8(n: number, s: Uint16Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u2_u8(n: number, s: Uint16Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u2_f4(n: number, s: Uint16Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_f8(n: number, s: Uint16Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u2_c8(n: number, s: Uint16Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u2_c16(n: number, s: Uint16Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i4_b1(n: number, s: Int32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_i4_i1(n: number, s: Int32Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_u1(n: number, s: Int32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_i2(n: number, s: Int32Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_u2(n: number, s: Int32Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_u4(n: number, s: Int32Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_i8(n: number, s: Int32Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i4_u8(n: number, s: Int32Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_i4_f4(n: number, s: Int32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_f8(n: number, s: Int32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_i4_c8(n: number, s: Int32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i4_c16(n: number, s: Int32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u4_b1(n: number, s: Uint32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_u4_i1(n: number, s: Uint32Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_u1(n: number, s: Uint32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_i2(n: number, s: Uint32Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_u2(n: number, s: Uint32Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_i4(n: number, s: Uint32Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_i8(n: number, s: Uint32Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u4_u8(n: number, s: Uint32Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = BigInt(x);
  }
}

export function cast_u4_f4(n: number, s: Uint32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_f8(n: number, s: Uint32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_u4_c8(n: number, s: Uint32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_u4_c16(n: number, s: Uint32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_i8_b1(n: number, s: BigInt64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = +(x !== 0n);
  }
}

export function cast_i8_i1(n: number, s: BigInt64Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_u1(n: number, s: BigInt64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_i2(n: number, s: BigInt64Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_u2(n: number, s: BigInt64Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_i4(n: number, s: BigInt64Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_u4(n: number, s: BigInt64Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_i8_u8(n: number, s: BigInt64Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = x;
  }
}

export function cast_i8_f4(n: number, s: BigInt64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x);
  }
}

export function cast_i8_f8(n: number, s: BigInt64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x);
  }
}

export function cast_i8_c8(n: number, s: BigInt64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x); d[id + 1] = 0;
  }
}

export function cast_i8_c16(n: number, s: BigInt64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x); d[id + 1] = 0;
  }
}

export function cast_u8_b1(n: number, s: BigUint64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = +(x !== 0n);
  }
}

export function cast_u8_i1(n: number, s: BigUint64Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_u1(n: number, s: BigUint64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_i2(n: number, s: BigUint64Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_u2(n: number, s: BigUint64Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_i4(n: number, s: BigUint64Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_u4(n: number, s: BigUint64Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(BigInt.asIntN(32, x));
  }
}

export function cast_u8_i8(n: number, s: BigUint64Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = x;
  }
}

export function cast_u8_f4(n: number, s: BigUint64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x);
  }
}

export function cast_u8_f8(n: number, s: BigUint64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x);
  }
}

export function cast_u8_c8(n: number, s: BigUint64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x); d[id + 1] = 0;
  }
}

export function cast_u8_c16(n: number, s: BigUint64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as bigint;
    d[id] = Number(x); d[id + 1] = 0;
  }
}

export function cast_f4_b1(n: number, s: Float32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_f4_i1(n: number, s: Float32Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_u1(n: number, s: Float32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_i2(n: number, s: Float32Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_u2(n: number, s: Float32Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_i4(n: number, s: Float32Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_u4(n: number, s: Float32Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_i8(n: number, s: Float32Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = (Number.isFinite(x) ? BigInt(Math.trunc(x)) : -9223372036854775808n);
  }
}

export function cast_f4_u8(n: number, s: Float32Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = (Number.isFinite(x) ? BigInt(Math.trunc(x)) : -9223372036854775808n);
  }
}

export function cast_f4_f8(n: number, s: Float32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f4_c8(n: number, s: Float32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_f4_c16(n: number, s: Float32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_f8_b1(n: number, s: Float64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = +(x0 !== 0);
      const x1 = s[i + 1] as number;
      d[i + 1] = +(x1 !== 0);
      const x2 = s[i + 2] as number;
      d[i + 2] = +(x2 !== 0);
      const x3 = s[i + 3] as number;
      d[i + 3] = +(x3 !== 0);
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = +(x !== 0);
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = +(x !== 0);
  }
}

export function cast_f8_i1(n: number, s: Float64Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_u1(n: number, s: Float64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_i2(n: number, s: Float64Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_u2(n: number, s: Float64Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_i4(n: number, s: Float64Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_u4(n: number, s: Float64Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_i8(n: number, s: Float64Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = (Number.isFinite(x) ? BigInt(Math.trunc(x)) : -9223372036854775808n);
  }
}

export function cast_f8_u8(n: number, s: Float64Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = (Number.isFinite(x) ? BigInt(Math.trunc(x)) : -9223372036854775808n);
  }
}

export function cast_f8_f4(n: number, s: Float64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  if (ss === 1 && sd === 1) {
    if (is !== 0) s = s.subarray(is, is + n);
    if (id !== 0) d = d.subarray(id, id + n);
    let i = 0;
    for (const m = n - 3; i < m; i += 4) {
      const x0 = s[i] as number;
      d[i] = x0;
      const x1 = s[i + 1] as number;
      d[i + 1] = x1;
      const x2 = s[i + 2] as number;
      d[i + 2] = x2;
      const x3 = s[i + 3] as number;
      d[i + 3] = x3;
    }
    for (; i < n; i++) {
      const x = s[i] as number;
      d[i] = x;
    }
    return;
  }
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x;
  }
}

export function cast_f8_c8(n: number, s: Float64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_f8_c16(n: number, s: Float64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const x = s[is] as number;
    d[id] = x; d[id + 1] = 0;
  }
}

export function cast_c8_b1(n: number, s: Float32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = +(xr !== 0) | +(xi !== 0);
  }
}

export function cast_c8_i1(n: number, s: Float32Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_u1(n: number, s: Float32Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_i2(n: number, s: Float32Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_u2(n: number, s: Float32Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_i4(n: number, s: Float32Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_u4(n: number, s: Float32Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_i8(n: number, s: Float32Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = (Number.isFinite(xr) ? BigInt(Math.trunc(xr)) : -9223372036854775808n);
  }
}

export function cast_c8_u8(n: number, s: Float32Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = (Number.isFinite(xr) ? BigInt(Math.trunc(xr)) : -9223372036854775808n);
  }
}

export function cast_c8_f4(n: number, s: Float32Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_f8(n: number, s: Float32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c8_c16(n: number, s: Float32Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr; d[id + 1] = xi;
  }
}

export function cast_c16_b1(n: number, s: Float64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = +(xr !== 0) | +(xi !== 0);
  }
}

export function cast_c16_i1(n: number, s: Float64Array, is: number, ss: number, d: Int8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_u1(n: number, s: Float64Array, is: number, ss: number, d: Uint8Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_i2(n: number, s: Float64Array, is: number, ss: number, d: Int16Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_u2(n: number, s: Float64Array, is: number, ss: number, d: Uint16Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_i4(n: number, s: Float64Array, is: number, ss: number, d: Int32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_u4(n: number, s: Float64Array, is: number, ss: number, d: Uint32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_i8(n: number, s: Float64Array, is: number, ss: number, d: BigInt64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = (Number.isFinite(xr) ? BigInt(Math.trunc(xr)) : -9223372036854775808n);
  }
}

export function cast_c16_u8(n: number, s: Float64Array, is: number, ss: number, d: BigUint64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = (Number.isFinite(xr) ? BigInt(Math.trunc(xr)) : -9223372036854775808n);
  }
}

export function cast_c16_f4(n: number, s: Float64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_f8(n: number, s: Float64Array, is: number, ss: number, d: Float64Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr;
  }
}

export function cast_c16_c8(n: number, s: Float64Array, is: number, ss: number, d: Float32Array, id: number, sd: number): void {
  is *= 2;
  ss *= 2;
  id *= 2;
  sd *= 2;
  for (let i = 0; i < n; i++, is += ss, id += sd) {
    const xr = s[is] as number, xi = s[is + 1] as number;
    d[id] = xr; d[id + 1] = xi;
  }
}

/** Conversion kernels by `from>to` dtype names. */
export const CASTS: Readonly<Record<string, Cast>> = {
  'bool>int8': { fn: cast_b1_i1 },
  'bool>uint8': { fn: cast_b1_u1 },
  'bool>int16': { fn: cast_b1_i2 },
  'bool>uint16': { fn: cast_b1_u2 },
  'bool>int32': { fn: cast_b1_i4 },
  'bool>uint32': { fn: cast_b1_u4 },
  'bool>int64': { fn: cast_b1_i8 },
  'bool>uint64': { fn: cast_b1_u8 },
  'bool>float32': { fn: cast_b1_f4 },
  'bool>float64': { fn: cast_b1_f8 },
  'bool>complex64': { fn: cast_b1_c8 },
  'bool>complex128': { fn: cast_b1_c16 },
  'int8>bool': { fn: cast_i1_b1 },
  'int8>uint8': { fn: cast_i1_u1 },
  'int8>int16': { fn: cast_i1_i2 },
  'int8>uint16': { fn: cast_i1_u2 },
  'int8>int32': { fn: cast_i1_i4 },
  'int8>uint32': { fn: cast_i1_u4 },
  'int8>int64': { fn: cast_i1_i8 },
  'int8>uint64': { fn: cast_i1_u8 },
  'int8>float32': { fn: cast_i1_f4 },
  'int8>float64': { fn: cast_i1_f8 },
  'int8>complex64': { fn: cast_i1_c8 },
  'int8>complex128': { fn: cast_i1_c16 },
  'uint8>bool': { fn: cast_u1_b1 },
  'uint8>int8': { fn: cast_u1_i1 },
  'uint8>int16': { fn: cast_u1_i2 },
  'uint8>uint16': { fn: cast_u1_u2 },
  'uint8>int32': { fn: cast_u1_i4 },
  'uint8>uint32': { fn: cast_u1_u4 },
  'uint8>int64': { fn: cast_u1_i8 },
  'uint8>uint64': { fn: cast_u1_u8 },
  'uint8>float32': { fn: cast_u1_f4 },
  'uint8>float64': { fn: cast_u1_f8 },
  'uint8>complex64': { fn: cast_u1_c8 },
  'uint8>complex128': { fn: cast_u1_c16 },
  'int16>bool': { fn: cast_i2_b1 },
  'int16>int8': { fn: cast_i2_i1 },
  'int16>uint8': { fn: cast_i2_u1 },
  'int16>uint16': { fn: cast_i2_u2 },
  'int16>int32': { fn: cast_i2_i4 },
  'int16>uint32': { fn: cast_i2_u4 },
  'int16>int64': { fn: cast_i2_i8 },
  'int16>uint64': { fn: cast_i2_u8 },
  'int16>float32': { fn: cast_i2_f4 },
  'int16>float64': { fn: cast_i2_f8 },
  'int16>complex64': { fn: cast_i2_c8 },
  'int16>complex128': { fn: cast_i2_c16 },
  'uint16>bool': { fn: cast_u2_b1 },
  'uint16>int8': { fn: cast_u2_i1 },
  'uint16>uint8': { fn: cast_u2_u1 },
  'uint16>int16': { fn: cast_u2_i2 },
  'uint16>int32': { fn: cast_u2_i4 },
  'uint16>uint32': { fn: cast_u2_u4 },
  'uint16>int64': { fn: cast_u2_i8 },
  'uint16>uint64': { fn: cast_u2_u8 },
  'uint16>float32': { fn: cast_u2_f4 },
  'uint16>float64': { fn: cast_u2_f8 },
  'uint16>complex64': { fn: cast_u2_c8 },
  'uint16>complex128': { fn: cast_u2_c16 },
  'int32>bool': { fn: cast_i4_b1 },
  'int32>int8': { fn: cast_i4_i1 },
  'int32>uint8': { fn: cast_i4_u1 },
  'int32>int16': { fn: cast_i4_i2 },
  'int32>uint16': { fn: cast_i4_u2 },
  'int32>uint32': { fn: cast_i4_u4 },
  'int32>int64': { fn: cast_i4_i8 },
  'int32>uint64': { fn: cast_i4_u8 },
  'int32>float32': { fn: cast_i4_f4 },
  'int32>float64': { fn: cast_i4_f8 },
  'int32>complex64': { fn: cast_i4_c8 },
  'int32>complex128': { fn: cast_i4_c16 },
  'uint32>bool': { fn: cast_u4_b1 },
  'uint32>int8': { fn: cast_u4_i1 },
  'uint32>uint8': { fn: cast_u4_u1 },
  'uint32>int16': { fn: cast_u4_i2 },
  'uint32>uint16': { fn: cast_u4_u2 },
  'uint32>int32': { fn: cast_u4_i4 },
  'uint32>int64': { fn: cast_u4_i8 },
  'uint32>uint64': { fn: cast_u4_u8 },
  'uint32>float32': { fn: cast_u4_f4 },
  'uint32>float64': { fn: cast_u4_f8 },
  'uint32>complex64': { fn: cast_u4_c8 },
  'uint32>complex128': { fn: cast_u4_c16 },
  'int64>bool': { fn: cast_i8_b1 },
  'int64>int8': { fn: cast_i8_i1 },
  'int64>uint8': { fn: cast_i8_u1 },
  'int64>int16': { fn: cast_i8_i2 },
  'int64>uint16': { fn: cast_i8_u2 },
  'int64>int32': { fn: cast_i8_i4 },
  'int64>uint32': { fn: cast_i8_u4 },
  'int64>uint64': { fn: cast_i8_u8 },
  'int64>float32': { fn: cast_i8_f4 },
  'int64>float64': { fn: cast_i8_f8 },
  'int64>complex64': { fn: cast_i8_c8 },
  'int64>complex128': { fn: cast_i8_c16 },
  'uint64>bool': { fn: cast_u8_b1 },
  'uint64>int8': { fn: cast_u8_i1 },
  'uint64>uint8': { fn: cast_u8_u1 },
  'uint64>int16': { fn: cast_u8_i2 },
  'uint64>uint16': { fn: cast_u8_u2 },
  'uint64>int32': { fn: cast_u8_i4 },
  'uint64>uint32': { fn: cast_u8_u4 },
  'uint64>int64': { fn: cast_u8_i8 },
  'uint64>float32': { fn: cast_u8_f4 },
  'uint64>float64': { fn: cast_u8_f8 },
  'uint64>complex64': { fn: cast_u8_c8 },
  'uint64>complex128': { fn: cast_u8_c16 },
  'float32>bool': { fn: cast_f4_b1 },
  'float32>int8': { fn: cast_f4_i1 },
  'float32>uint8': { fn: cast_f4_u1 },
  'float32>int16': { fn: cast_f4_i2 },
  'float32>uint16': { fn: cast_f4_u2 },
  'float32>int32': { fn: cast_f4_i4 },
  'float32>uint32': { fn: cast_f4_u4 },
  'float32>int64': { fn: cast_f4_i8 },
  'float32>uint64': { fn: cast_f4_u8 },
  'float32>float64': { fn: cast_f4_f8 },
  'float32>complex64': { fn: cast_f4_c8 },
  'float32>complex128': { fn: cast_f4_c16 },
  'float64>bool': { fn: cast_f8_b1 },
  'float64>int8': { fn: cast_f8_i1 },
  'float64>uint8': { fn: cast_f8_u1 },
  'float64>int16': { fn: cast_f8_i2 },
  'float64>uint16': { fn: cast_f8_u2 },
  'float64>int32': { fn: cast_f8_i4 },
  'float64>uint32': { fn: cast_f8_u4 },
  'float64>int64': { fn: cast_f8_i8 },
  'float64>uint64': { fn: cast_f8_u8 },
  'float64>float32': { fn: cast_f8_f4 },
  'float64>complex64': { fn: cast_f8_c8 },
  'float64>complex128': { fn: cast_f8_c16 },
  'complex64>bool': { fn: cast_c8_b1 },
  'complex64>int8': { fn: cast_c8_i1 },
  'complex64>uint8': { fn: cast_c8_u1 },
  'complex64>int16': { fn: cast_c8_i2 },
  'complex64>uint16': { fn: cast_c8_u2 },
  'complex64>int32': { fn: cast_c8_i4 },
  'complex64>uint32': { fn: cast_c8_u4 },
  'complex64>int64': { fn: cast_c8_i8 },
  'complex64>uint64': { fn: cast_c8_u8 },
  'complex64>float32': { fn: cast_c8_f4 },
  'complex64>float64': { fn: cast_c8_f8 },
  'complex64>complex128': { fn: cast_c8_c16 },
  'complex128>bool': { fn: cast_c16_b1 },
  'complex128>int8': { fn: cast_c16_i1 },
  'complex128>uint8': { fn: cast_c16_u1 },
  'complex128>int16': { fn: cast_c16_i2 },
  'complex128>uint16': { fn: cast_c16_u2 },
  'complex128>int32': { fn: cast_c16_i4 },
  'complex128>uint32': { fn: cast_c16_u4 },
  'complex128>int64': { fn: cast_c16_i8 },
  'complex128>uint64': { fn: cast_c16_u8 },
  'complex128>float32': { fn: cast_c16_f4 },
  'complex128>float64': { fn: cast_c16_f8 },
  'complex128>complex64': { fn: cast_c16_c8 },
};
