// @generated — do not edit. Written by scripts/gen-reduce.ts; regenerate after changing it.
/** Dtype-specialised inner loops of the reductions, one copy per storage type so that V8 keeps each loop monomorphic (from one template per loop family). Kernels take (n, x, ix, sx, ...) with strides and offsets in elements, never validate and never allocate. */

import type { TypedArray } from '@stride/protocol';

const fr = Math.fround;

/** A lane kernel: reduces the strided run x[ix + k*sx], k < n, to one value. */
export type Lane<R> = (n: number, x: TypedArray, ix: number, sx: number) => R;
/** A lane kernel with one extra number argument (the mean, for squared deviations). */
export type LaneM<R> = (n: number, x: TypedArray, ix: number, sx: number, m: number) => R;
/** An elementwise kernel: combines the run x[ix + k*sx] into the output run y[iy + k*sy]. */
export type Elementwise = (n: number, x: TypedArray, ix: number, sx: number, y: TypedArray, iy: number, sy: number) => void;
/** An elementwise kernel over eight input rows rs apart (see rows8 in the generator). */
export type Elementwise8 = (n: number, x: TypedArray, ix: number, sx: number, rs: number, y: TypedArray, iy: number, sy: number) => void;
/** An elementwise kernel reading a per-output operand m laid out like y (the mean). */
export type ElementwiseM = (
  n: number,
  x: TypedArray,
  ix: number,
  sx: number,
  y: TypedArray,
  iy: number,
  sy: number,
  m: TypedArray,
) => void;

/** Result slots of the complex lane kernels (re, im), and of the complex folds (index). */
export const CRES: Float64Array = new Float64Array(2);

/** (v - m)^2 in float64. */
function sqd(v: number, m: number): number {
  const d = v - m;
  return d * d;
}
/** (v - m)^2 in float32. */
function sqdf(v: number, m: number): number {
  const d = fr(v - m);
  return fr(d * d);
}
/** NaN as 0 (nansum). */
function nz(v: number): number {
  return v === v ? v : 0;
}
/** NaN as 1 (nanprod). */
function n1(v: number): number {
  return v === v ? v : 1;
}
/** Real part of complex element k, 0 when either part is NaN. */
function nzr(x: Float64Array | Float32Array, k: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  return r === r && i === i ? r : 0;
}
/** Imaginary part of complex element k, 0 when either part is NaN. */
function nzi(x: Float64Array | Float32Array, k: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  return r === r && i === i ? i : 0;
}
/** |x_k - m|^2 of complex element k in float64, as re^2 + im^2. */
function csqd(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const dr = x[2 * k]! - mr;
  const di = x[2 * k + 1]! - mi;
  return dr * dr + di * di;
}
/** |x_k - m|^2 of complex element k in float32. */
function csqdf(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const dr = fr(x[2 * k]! - mr);
  const di = fr(x[2 * k + 1]! - mi);
  return fr(fr(dr * dr) + fr(di * di));
}
/** csqd, 0 for NaN elements (nanvar). */
function ncsqd(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  if (r !== r || i !== i) return 0;
  const dr = r - mr;
  const di = i - mi;
  return dr * dr + di * di;
}
/** csqdf, 0 for NaN elements (nanvar). */
function ncsqdf(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  if (r !== r || i !== i) return 0;
  const dr = fr(r - mr);
  const di = fr(i - mi);
  return fr(fr(dr * dr) + fr(di * di));
}

// ---- Pairwise sums (lane mode: one strided run reduced to a value)

export function sum_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_F64(n2, x, ix, sx) + sum_F64(n - n2, x, ix + n2 * sx, sx));
}

export function sum_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_F32(n2, x, ix, sx) + sum_F32(n - n2, x, ix + n2 * sx, sx));
}

export function sum_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_I8(n2, x, ix, sx) + sum_I8(n - n2, x, ix + n2 * sx, sx));
}

export function sum_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_U8(n2, x, ix, sx) + sum_U8(n - n2, x, ix + n2 * sx, sx));
}

export function sum_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_I16(n2, x, ix, sx) + sum_I16(n - n2, x, ix + n2 * sx, sx));
}

export function sum_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_U16(n2, x, ix, sx) + sum_U16(n - n2, x, ix + n2 * sx, sx));
}

export function sum_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_I32(n2, x, ix, sx) + sum_I32(n - n2, x, ix + n2 * sx, sx));
}

export function sum_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + 1]!); r2 = (r2 + x[j + 2]!); r3 = (r3 + x[j + 3]!); r4 = (r4 + x[j + 4]!); r5 = (r5 + x[j + 5]!); r6 = (r6 + x[j + 6]!); r7 = (r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + x[j]!); r1 = (r1 + x[j + sx]!); r2 = (r2 + x[j + 2 * sx]!); r3 = (r3 + x[j + 3 * sx]!); r4 = (r4 + x[j + 4 * sx]!); r5 = (r5 + x[j + 5 * sx]!); r6 = (r6 + x[j + 6 * sx]!); r7 = (r7 + x[j + 7 * sx]!);
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sum_U32(n2, x, ix, sx) + sum_U32(n - n2, x, ix + n2 * sx, sx));
}

export function sumf_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + x[j]!);
    return s;
  }
  if (n <= 128) {
    let r0 = x[ix]!;
    let r1 = x[ix + sx]!;
    let r2 = x[ix + 2 * sx]!;
    let r3 = x[ix + 3 * sx]!;
    let r4 = x[ix + 4 * sx]!;
    let r5 = x[ix + 5 * sx]!;
    let r6 = x[ix + 6 * sx]!;
    let r7 = x[ix + 7 * sx]!;
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + x[j]!); r1 = fr(r1 + x[j + 1]!); r2 = fr(r2 + x[j + 2]!); r3 = fr(r3 + x[j + 3]!); r4 = fr(r4 + x[j + 4]!); r5 = fr(r5 + x[j + 5]!); r6 = fr(r6 + x[j + 6]!); r7 = fr(r7 + x[j + 7]!);
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + x[j]!); r1 = fr(r1 + x[j + sx]!); r2 = fr(r2 + x[j + 2 * sx]!); r3 = fr(r3 + x[j + 3 * sx]!); r4 = fr(r4 + x[j + 4 * sx]!); r5 = fr(r5 + x[j + 5 * sx]!); r6 = fr(r6 + x[j + 6 * sx]!); r7 = fr(r7 + x[j + 7 * sx]!);
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + x[j]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(sumf_F32(n2, x, ix, sx) + sumf_F32(n - n2, x, ix + n2 * sx, sx));
}

export function nansum_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + nz(x[j]!));
    return s;
  }
  if (n <= 128) {
    let r0 = nz(x[ix]!);
    let r1 = nz(x[ix + sx]!);
    let r2 = nz(x[ix + 2 * sx]!);
    let r3 = nz(x[ix + 3 * sx]!);
    let r4 = nz(x[ix + 4 * sx]!);
    let r5 = nz(x[ix + 5 * sx]!);
    let r6 = nz(x[ix + 6 * sx]!);
    let r7 = nz(x[ix + 7 * sx]!);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + nz(x[j]!)); r1 = (r1 + nz(x[j + 1]!)); r2 = (r2 + nz(x[j + 2]!)); r3 = (r3 + nz(x[j + 3]!)); r4 = (r4 + nz(x[j + 4]!)); r5 = (r5 + nz(x[j + 5]!)); r6 = (r6 + nz(x[j + 6]!)); r7 = (r7 + nz(x[j + 7]!));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + nz(x[j]!)); r1 = (r1 + nz(x[j + sx]!)); r2 = (r2 + nz(x[j + 2 * sx]!)); r3 = (r3 + nz(x[j + 3 * sx]!)); r4 = (r4 + nz(x[j + 4 * sx]!)); r5 = (r5 + nz(x[j + 5 * sx]!)); r6 = (r6 + nz(x[j + 6 * sx]!)); r7 = (r7 + nz(x[j + 7 * sx]!));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + nz(x[j]!));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (nansum_F64(n2, x, ix, sx) + nansum_F64(n - n2, x, ix + n2 * sx, sx));
}

export function nansum_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + nz(x[j]!));
    return s;
  }
  if (n <= 128) {
    let r0 = nz(x[ix]!);
    let r1 = nz(x[ix + sx]!);
    let r2 = nz(x[ix + 2 * sx]!);
    let r3 = nz(x[ix + 3 * sx]!);
    let r4 = nz(x[ix + 4 * sx]!);
    let r5 = nz(x[ix + 5 * sx]!);
    let r6 = nz(x[ix + 6 * sx]!);
    let r7 = nz(x[ix + 7 * sx]!);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + nz(x[j]!)); r1 = (r1 + nz(x[j + 1]!)); r2 = (r2 + nz(x[j + 2]!)); r3 = (r3 + nz(x[j + 3]!)); r4 = (r4 + nz(x[j + 4]!)); r5 = (r5 + nz(x[j + 5]!)); r6 = (r6 + nz(x[j + 6]!)); r7 = (r7 + nz(x[j + 7]!));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + nz(x[j]!)); r1 = (r1 + nz(x[j + sx]!)); r2 = (r2 + nz(x[j + 2 * sx]!)); r3 = (r3 + nz(x[j + 3 * sx]!)); r4 = (r4 + nz(x[j + 4 * sx]!)); r5 = (r5 + nz(x[j + 5 * sx]!)); r6 = (r6 + nz(x[j + 6 * sx]!)); r7 = (r7 + nz(x[j + 7 * sx]!));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + nz(x[j]!));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (nansum_F32(n2, x, ix, sx) + nansum_F32(n - n2, x, ix + n2 * sx, sx));
}

export function nansumf_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + nz(x[j]!));
    return s;
  }
  if (n <= 128) {
    let r0 = nz(x[ix]!);
    let r1 = nz(x[ix + sx]!);
    let r2 = nz(x[ix + 2 * sx]!);
    let r3 = nz(x[ix + 3 * sx]!);
    let r4 = nz(x[ix + 4 * sx]!);
    let r5 = nz(x[ix + 5 * sx]!);
    let r6 = nz(x[ix + 6 * sx]!);
    let r7 = nz(x[ix + 7 * sx]!);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + nz(x[j]!)); r1 = fr(r1 + nz(x[j + 1]!)); r2 = fr(r2 + nz(x[j + 2]!)); r3 = fr(r3 + nz(x[j + 3]!)); r4 = fr(r4 + nz(x[j + 4]!)); r5 = fr(r5 + nz(x[j + 5]!)); r6 = fr(r6 + nz(x[j + 6]!)); r7 = fr(r7 + nz(x[j + 7]!));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + nz(x[j]!)); r1 = fr(r1 + nz(x[j + sx]!)); r2 = fr(r2 + nz(x[j + 2 * sx]!)); r3 = fr(r3 + nz(x[j + 3 * sx]!)); r4 = fr(r4 + nz(x[j + 4 * sx]!)); r5 = fr(r5 + nz(x[j + 5 * sx]!)); r6 = fr(r6 + nz(x[j + 6 * sx]!)); r7 = fr(r7 + nz(x[j + 7 * sx]!));
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + nz(x[j]!));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(nansumf_F32(n2, x, ix, sx) + nansumf_F32(n - n2, x, ix + n2 * sx, sx));
}

export function sqdev_F64(n: number, x: Float64Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_F64(n2, x, ix, sx, m) + sqdev_F64(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_F32(n: number, x: Float32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_F32(n2, x, ix, sx, m) + sqdev_F32(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_I8(n: number, x: Int8Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_I8(n2, x, ix, sx, m) + sqdev_I8(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_U8(n: number, x: Uint8Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_U8(n2, x, ix, sx, m) + sqdev_U8(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_I16(n: number, x: Int16Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_I16(n2, x, ix, sx, m) + sqdev_I16(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_U16(n: number, x: Uint16Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_U16(n2, x, ix, sx, m) + sqdev_U16(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_I32(n: number, x: Int32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_I32(n2, x, ix, sx, m) + sqdev_I32(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdev_U32(n: number, x: Uint32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + sqd(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqd(x[ix]!, m);
    let r1 = sqd(x[ix + sx]!, m);
    let r2 = sqd(x[ix + 2 * sx]!, m);
    let r3 = sqd(x[ix + 3 * sx]!, m);
    let r4 = sqd(x[ix + 4 * sx]!, m);
    let r5 = sqd(x[ix + 5 * sx]!, m);
    let r6 = sqd(x[ix + 6 * sx]!, m);
    let r7 = sqd(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + 1]!, m)); r2 = (r2 + sqd(x[j + 2]!, m)); r3 = (r3 + sqd(x[j + 3]!, m)); r4 = (r4 + sqd(x[j + 4]!, m)); r5 = (r5 + sqd(x[j + 5]!, m)); r6 = (r6 + sqd(x[j + 6]!, m)); r7 = (r7 + sqd(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + sqd(x[j]!, m)); r1 = (r1 + sqd(x[j + sx]!, m)); r2 = (r2 + sqd(x[j + 2 * sx]!, m)); r3 = (r3 + sqd(x[j + 3 * sx]!, m)); r4 = (r4 + sqd(x[j + 4 * sx]!, m)); r5 = (r5 + sqd(x[j + 5 * sx]!, m)); r6 = (r6 + sqd(x[j + 6 * sx]!, m)); r7 = (r7 + sqd(x[j + 7 * sx]!, m));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + sqd(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (sqdev_U32(n2, x, ix, sx, m) + sqdev_U32(n - n2, x, ix + n2 * sx, sx, m));
}

export function sqdevf_F32(n: number, x: Float32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + sqdf(x[j]!, m));
    return s;
  }
  if (n <= 128) {
    let r0 = sqdf(x[ix]!, m);
    let r1 = sqdf(x[ix + sx]!, m);
    let r2 = sqdf(x[ix + 2 * sx]!, m);
    let r3 = sqdf(x[ix + 3 * sx]!, m);
    let r4 = sqdf(x[ix + 4 * sx]!, m);
    let r5 = sqdf(x[ix + 5 * sx]!, m);
    let r6 = sqdf(x[ix + 6 * sx]!, m);
    let r7 = sqdf(x[ix + 7 * sx]!, m);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + sqdf(x[j]!, m)); r1 = fr(r1 + sqdf(x[j + 1]!, m)); r2 = fr(r2 + sqdf(x[j + 2]!, m)); r3 = fr(r3 + sqdf(x[j + 3]!, m)); r4 = fr(r4 + sqdf(x[j + 4]!, m)); r5 = fr(r5 + sqdf(x[j + 5]!, m)); r6 = fr(r6 + sqdf(x[j + 6]!, m)); r7 = fr(r7 + sqdf(x[j + 7]!, m));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + sqdf(x[j]!, m)); r1 = fr(r1 + sqdf(x[j + sx]!, m)); r2 = fr(r2 + sqdf(x[j + 2 * sx]!, m)); r3 = fr(r3 + sqdf(x[j + 3 * sx]!, m)); r4 = fr(r4 + sqdf(x[j + 4 * sx]!, m)); r5 = fr(r5 + sqdf(x[j + 5 * sx]!, m)); r6 = fr(r6 + sqdf(x[j + 6 * sx]!, m)); r7 = fr(r7 + sqdf(x[j + 7 * sx]!, m));
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + sqdf(x[j]!, m));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(sqdevf_F32(n2, x, ix, sx, m) + sqdevf_F32(n - n2, x, ix + n2 * sx, sx, m));
}

export function nansqdev_F64(n: number, x: Float64Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0));
    return s;
  }
  if (n <= 128) {
    let r0 = (x[ix]! === x[ix]! ? sqd(x[ix]!, m) : 0);
    let r1 = (x[ix + sx]! === x[ix + sx]! ? sqd(x[ix + sx]!, m) : 0);
    let r2 = (x[ix + 2 * sx]! === x[ix + 2 * sx]! ? sqd(x[ix + 2 * sx]!, m) : 0);
    let r3 = (x[ix + 3 * sx]! === x[ix + 3 * sx]! ? sqd(x[ix + 3 * sx]!, m) : 0);
    let r4 = (x[ix + 4 * sx]! === x[ix + 4 * sx]! ? sqd(x[ix + 4 * sx]!, m) : 0);
    let r5 = (x[ix + 5 * sx]! === x[ix + 5 * sx]! ? sqd(x[ix + 5 * sx]!, m) : 0);
    let r6 = (x[ix + 6 * sx]! === x[ix + 6 * sx]! ? sqd(x[ix + 6 * sx]!, m) : 0);
    let r7 = (x[ix + 7 * sx]! === x[ix + 7 * sx]! ? sqd(x[ix + 7 * sx]!, m) : 0);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0)); r1 = (r1 + (x[j + 1]! === x[j + 1]! ? sqd(x[j + 1]!, m) : 0)); r2 = (r2 + (x[j + 2]! === x[j + 2]! ? sqd(x[j + 2]!, m) : 0)); r3 = (r3 + (x[j + 3]! === x[j + 3]! ? sqd(x[j + 3]!, m) : 0)); r4 = (r4 + (x[j + 4]! === x[j + 4]! ? sqd(x[j + 4]!, m) : 0)); r5 = (r5 + (x[j + 5]! === x[j + 5]! ? sqd(x[j + 5]!, m) : 0)); r6 = (r6 + (x[j + 6]! === x[j + 6]! ? sqd(x[j + 6]!, m) : 0)); r7 = (r7 + (x[j + 7]! === x[j + 7]! ? sqd(x[j + 7]!, m) : 0));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0)); r1 = (r1 + (x[j + sx]! === x[j + sx]! ? sqd(x[j + sx]!, m) : 0)); r2 = (r2 + (x[j + 2 * sx]! === x[j + 2 * sx]! ? sqd(x[j + 2 * sx]!, m) : 0)); r3 = (r3 + (x[j + 3 * sx]! === x[j + 3 * sx]! ? sqd(x[j + 3 * sx]!, m) : 0)); r4 = (r4 + (x[j + 4 * sx]! === x[j + 4 * sx]! ? sqd(x[j + 4 * sx]!, m) : 0)); r5 = (r5 + (x[j + 5 * sx]! === x[j + 5 * sx]! ? sqd(x[j + 5 * sx]!, m) : 0)); r6 = (r6 + (x[j + 6 * sx]! === x[j + 6 * sx]! ? sqd(x[j + 6 * sx]!, m) : 0)); r7 = (r7 + (x[j + 7 * sx]! === x[j + 7 * sx]! ? sqd(x[j + 7 * sx]!, m) : 0));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (nansqdev_F64(n2, x, ix, sx, m) + nansqdev_F64(n - n2, x, ix + n2 * sx, sx, m));
}

export function nansqdev_F32(n: number, x: Float32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0));
    return s;
  }
  if (n <= 128) {
    let r0 = (x[ix]! === x[ix]! ? sqd(x[ix]!, m) : 0);
    let r1 = (x[ix + sx]! === x[ix + sx]! ? sqd(x[ix + sx]!, m) : 0);
    let r2 = (x[ix + 2 * sx]! === x[ix + 2 * sx]! ? sqd(x[ix + 2 * sx]!, m) : 0);
    let r3 = (x[ix + 3 * sx]! === x[ix + 3 * sx]! ? sqd(x[ix + 3 * sx]!, m) : 0);
    let r4 = (x[ix + 4 * sx]! === x[ix + 4 * sx]! ? sqd(x[ix + 4 * sx]!, m) : 0);
    let r5 = (x[ix + 5 * sx]! === x[ix + 5 * sx]! ? sqd(x[ix + 5 * sx]!, m) : 0);
    let r6 = (x[ix + 6 * sx]! === x[ix + 6 * sx]! ? sqd(x[ix + 6 * sx]!, m) : 0);
    let r7 = (x[ix + 7 * sx]! === x[ix + 7 * sx]! ? sqd(x[ix + 7 * sx]!, m) : 0);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0)); r1 = (r1 + (x[j + 1]! === x[j + 1]! ? sqd(x[j + 1]!, m) : 0)); r2 = (r2 + (x[j + 2]! === x[j + 2]! ? sqd(x[j + 2]!, m) : 0)); r3 = (r3 + (x[j + 3]! === x[j + 3]! ? sqd(x[j + 3]!, m) : 0)); r4 = (r4 + (x[j + 4]! === x[j + 4]! ? sqd(x[j + 4]!, m) : 0)); r5 = (r5 + (x[j + 5]! === x[j + 5]! ? sqd(x[j + 5]!, m) : 0)); r6 = (r6 + (x[j + 6]! === x[j + 6]! ? sqd(x[j + 6]!, m) : 0)); r7 = (r7 + (x[j + 7]! === x[j + 7]! ? sqd(x[j + 7]!, m) : 0));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0)); r1 = (r1 + (x[j + sx]! === x[j + sx]! ? sqd(x[j + sx]!, m) : 0)); r2 = (r2 + (x[j + 2 * sx]! === x[j + 2 * sx]! ? sqd(x[j + 2 * sx]!, m) : 0)); r3 = (r3 + (x[j + 3 * sx]! === x[j + 3 * sx]! ? sqd(x[j + 3 * sx]!, m) : 0)); r4 = (r4 + (x[j + 4 * sx]! === x[j + 4 * sx]! ? sqd(x[j + 4 * sx]!, m) : 0)); r5 = (r5 + (x[j + 5 * sx]! === x[j + 5 * sx]! ? sqd(x[j + 5 * sx]!, m) : 0)); r6 = (r6 + (x[j + 6 * sx]! === x[j + 6 * sx]! ? sqd(x[j + 6 * sx]!, m) : 0)); r7 = (r7 + (x[j + 7 * sx]! === x[j + 7 * sx]! ? sqd(x[j + 7 * sx]!, m) : 0));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + (x[j]! === x[j]! ? sqd(x[j]!, m) : 0));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (nansqdev_F32(n2, x, ix, sx, m) + nansqdev_F32(n - n2, x, ix + n2 * sx, sx, m));
}

export function nansqdevf_F32(n: number, x: Float32Array, ix: number, sx: number, m: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + (x[j]! === x[j]! ? sqdf(x[j]!, m) : 0));
    return s;
  }
  if (n <= 128) {
    let r0 = (x[ix]! === x[ix]! ? sqdf(x[ix]!, m) : 0);
    let r1 = (x[ix + sx]! === x[ix + sx]! ? sqdf(x[ix + sx]!, m) : 0);
    let r2 = (x[ix + 2 * sx]! === x[ix + 2 * sx]! ? sqdf(x[ix + 2 * sx]!, m) : 0);
    let r3 = (x[ix + 3 * sx]! === x[ix + 3 * sx]! ? sqdf(x[ix + 3 * sx]!, m) : 0);
    let r4 = (x[ix + 4 * sx]! === x[ix + 4 * sx]! ? sqdf(x[ix + 4 * sx]!, m) : 0);
    let r5 = (x[ix + 5 * sx]! === x[ix + 5 * sx]! ? sqdf(x[ix + 5 * sx]!, m) : 0);
    let r6 = (x[ix + 6 * sx]! === x[ix + 6 * sx]! ? sqdf(x[ix + 6 * sx]!, m) : 0);
    let r7 = (x[ix + 7 * sx]! === x[ix + 7 * sx]! ? sqdf(x[ix + 7 * sx]!, m) : 0);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + (x[j]! === x[j]! ? sqdf(x[j]!, m) : 0)); r1 = fr(r1 + (x[j + 1]! === x[j + 1]! ? sqdf(x[j + 1]!, m) : 0)); r2 = fr(r2 + (x[j + 2]! === x[j + 2]! ? sqdf(x[j + 2]!, m) : 0)); r3 = fr(r3 + (x[j + 3]! === x[j + 3]! ? sqdf(x[j + 3]!, m) : 0)); r4 = fr(r4 + (x[j + 4]! === x[j + 4]! ? sqdf(x[j + 4]!, m) : 0)); r5 = fr(r5 + (x[j + 5]! === x[j + 5]! ? sqdf(x[j + 5]!, m) : 0)); r6 = fr(r6 + (x[j + 6]! === x[j + 6]! ? sqdf(x[j + 6]!, m) : 0)); r7 = fr(r7 + (x[j + 7]! === x[j + 7]! ? sqdf(x[j + 7]!, m) : 0));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + (x[j]! === x[j]! ? sqdf(x[j]!, m) : 0)); r1 = fr(r1 + (x[j + sx]! === x[j + sx]! ? sqdf(x[j + sx]!, m) : 0)); r2 = fr(r2 + (x[j + 2 * sx]! === x[j + 2 * sx]! ? sqdf(x[j + 2 * sx]!, m) : 0)); r3 = fr(r3 + (x[j + 3 * sx]! === x[j + 3 * sx]! ? sqdf(x[j + 3 * sx]!, m) : 0)); r4 = fr(r4 + (x[j + 4 * sx]! === x[j + 4 * sx]! ? sqdf(x[j + 4 * sx]!, m) : 0)); r5 = fr(r5 + (x[j + 5 * sx]! === x[j + 5 * sx]! ? sqdf(x[j + 5 * sx]!, m) : 0)); r6 = fr(r6 + (x[j + 6 * sx]! === x[j + 6 * sx]! ? sqdf(x[j + 6 * sx]!, m) : 0)); r7 = fr(r7 + (x[j + 7 * sx]! === x[j + 7 * sx]! ? sqdf(x[j + 7 * sx]!, m) : 0));
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + (x[j]! === x[j]! ? sqdf(x[j]!, m) : 0));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(nansqdevf_F32(n2, x, ix, sx, m) + nansqdevf_F32(n - n2, x, ix + n2 * sx, sx, m));
}

/** Pairwise float64 sum of a run, per storage type. */
export const SUM = {
  F64: sum_F64,
  F32: sum_F32,
  I8: sum_I8,
  U8: sum_U8,
  I16: sum_I16,
  U16: sum_U16,
  I32: sum_I32,
  U32: sum_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Lane<number>>>;

/** Pairwise float64 sum of (x - m)^2 over a run, per storage type. */
export const SQDEV = {
  F64: sqdev_F64,
  F32: sqdev_F32,
  I8: sqdev_I8,
  U8: sqdev_U8,
  I16: sqdev_I16,
  U16: sqdev_U16,
  I32: sqdev_I32,
  U32: sqdev_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', LaneM<number>>>;

// ---- Complex pairwise sums

/** Complex pairwise sum of n elements; the result is left in CRES[0], CRES[1]. */
export function csum_C128(n: number, x: Float64Array, ix: number, sx: number): void {
  if (n < 4) {
    let sr = -0;
    let si = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) {
      sr = (sr + x[2 * (j)]!);
      si = (si + x[2 * (j) + 1]!);
    }
    CRES[0] = sr;
    CRES[1] = si;
    return;
  }
  if (n <= 64) {
    let r0 = x[2 * (ix)]!;
    let r1 = x[2 * (ix) + 1]!;
    let r2 = x[2 * (ix + sx)]!;
    let r3 = x[2 * (ix + sx) + 1]!;
    let r4 = x[2 * (ix + 2 * sx)]!;
    let r5 = x[2 * (ix + 2 * sx) + 1]!;
    let r6 = x[2 * (ix + 3 * sx)]!;
    let r7 = x[2 * (ix + 3 * sx) + 1]!;
    const m = n - (n % 4);
    for (let i = 4, j = ix + 4 * sx; i < m; i += 4, j += 4 * sx) {
      r0 = (r0 + x[2 * (j)]!); r1 = (r1 + x[2 * (j) + 1]!);
      r2 = (r2 + x[2 * (j + sx)]!); r3 = (r3 + x[2 * (j + sx) + 1]!);
      r4 = (r4 + x[2 * (j + 2 * sx)]!); r5 = (r5 + x[2 * (j + 2 * sx) + 1]!);
      r6 = (r6 + x[2 * (j + 3 * sx)]!); r7 = (r7 + x[2 * (j + 3 * sx) + 1]!);
    }
    let rr = ((r0 + r2) + (r4 + r6));
    let ri = ((r1 + r3) + (r5 + r7));
    for (let i = m, j = ix + m * sx; i < n; i++, j += sx) {
      rr = (rr + x[2 * (j)]!);
      ri = (ri + x[2 * (j) + 1]!);
    }
    CRES[0] = rr;
    CRES[1] = ri;
    return;
  }
  let n2 = n - (n % 8);
  n2 = n2 / 2;
  csum_C128(n2, x, ix, sx);
  const lr = CRES[0]!;
  const li = CRES[1]!;
  csum_C128(n - n2, x, ix + n2 * sx, sx);
  CRES[0] = (lr + CRES[0]!);
  CRES[1] = (li + CRES[1]!);
}

/** Complex pairwise sum of n elements; the result is left in CRES[0], CRES[1]. */
export function csumf_C64(n: number, x: Float32Array, ix: number, sx: number): void {
  if (n < 4) {
    let sr = -0;
    let si = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) {
      sr = fr(sr + x[2 * (j)]!);
      si = fr(si + x[2 * (j) + 1]!);
    }
    CRES[0] = sr;
    CRES[1] = si;
    return;
  }
  if (n <= 64) {
    let r0 = x[2 * (ix)]!;
    let r1 = x[2 * (ix) + 1]!;
    let r2 = x[2 * (ix + sx)]!;
    let r3 = x[2 * (ix + sx) + 1]!;
    let r4 = x[2 * (ix + 2 * sx)]!;
    let r5 = x[2 * (ix + 2 * sx) + 1]!;
    let r6 = x[2 * (ix + 3 * sx)]!;
    let r7 = x[2 * (ix + 3 * sx) + 1]!;
    const m = n - (n % 4);
    for (let i = 4, j = ix + 4 * sx; i < m; i += 4, j += 4 * sx) {
      r0 = fr(r0 + x[2 * (j)]!); r1 = fr(r1 + x[2 * (j) + 1]!);
      r2 = fr(r2 + x[2 * (j + sx)]!); r3 = fr(r3 + x[2 * (j + sx) + 1]!);
      r4 = fr(r4 + x[2 * (j + 2 * sx)]!); r5 = fr(r5 + x[2 * (j + 2 * sx) + 1]!);
      r6 = fr(r6 + x[2 * (j + 3 * sx)]!); r7 = fr(r7 + x[2 * (j + 3 * sx) + 1]!);
    }
    let rr = fr(fr(r0 + r2) + fr(r4 + r6));
    let ri = fr(fr(r1 + r3) + fr(r5 + r7));
    for (let i = m, j = ix + m * sx; i < n; i++, j += sx) {
      rr = fr(rr + x[2 * (j)]!);
      ri = fr(ri + x[2 * (j) + 1]!);
    }
    CRES[0] = rr;
    CRES[1] = ri;
    return;
  }
  let n2 = n - (n % 8);
  n2 = n2 / 2;
  csumf_C64(n2, x, ix, sx);
  const lr = CRES[0]!;
  const li = CRES[1]!;
  csumf_C64(n - n2, x, ix + n2 * sx, sx);
  CRES[0] = fr(lr + CRES[0]!);
  CRES[1] = fr(li + CRES[1]!);
}

/** Complex pairwise sum of n elements; the result is left in CRES[0], CRES[1]. */
export function cnansum_C128(n: number, x: Float64Array, ix: number, sx: number): void {
  if (n < 4) {
    let sr = -0;
    let si = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) {
      sr = (sr + nzr(x, j));
      si = (si + nzi(x, j));
    }
    CRES[0] = sr;
    CRES[1] = si;
    return;
  }
  if (n <= 64) {
    let r0 = nzr(x, ix);
    let r1 = nzi(x, ix);
    let r2 = nzr(x, ix + sx);
    let r3 = nzi(x, ix + sx);
    let r4 = nzr(x, ix + 2 * sx);
    let r5 = nzi(x, ix + 2 * sx);
    let r6 = nzr(x, ix + 3 * sx);
    let r7 = nzi(x, ix + 3 * sx);
    const m = n - (n % 4);
    for (let i = 4, j = ix + 4 * sx; i < m; i += 4, j += 4 * sx) {
      r0 = (r0 + nzr(x, j)); r1 = (r1 + nzi(x, j));
      r2 = (r2 + nzr(x, j + sx)); r3 = (r3 + nzi(x, j + sx));
      r4 = (r4 + nzr(x, j + 2 * sx)); r5 = (r5 + nzi(x, j + 2 * sx));
      r6 = (r6 + nzr(x, j + 3 * sx)); r7 = (r7 + nzi(x, j + 3 * sx));
    }
    let rr = ((r0 + r2) + (r4 + r6));
    let ri = ((r1 + r3) + (r5 + r7));
    for (let i = m, j = ix + m * sx; i < n; i++, j += sx) {
      rr = (rr + nzr(x, j));
      ri = (ri + nzi(x, j));
    }
    CRES[0] = rr;
    CRES[1] = ri;
    return;
  }
  let n2 = n - (n % 8);
  n2 = n2 / 2;
  cnansum_C128(n2, x, ix, sx);
  const lr = CRES[0]!;
  const li = CRES[1]!;
  cnansum_C128(n - n2, x, ix + n2 * sx, sx);
  CRES[0] = (lr + CRES[0]!);
  CRES[1] = (li + CRES[1]!);
}

/** Complex pairwise sum of n elements; the result is left in CRES[0], CRES[1]. */
export function cnansumf_C64(n: number, x: Float32Array, ix: number, sx: number): void {
  if (n < 4) {
    let sr = -0;
    let si = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) {
      sr = fr(sr + nzr(x, j));
      si = fr(si + nzi(x, j));
    }
    CRES[0] = sr;
    CRES[1] = si;
    return;
  }
  if (n <= 64) {
    let r0 = nzr(x, ix);
    let r1 = nzi(x, ix);
    let r2 = nzr(x, ix + sx);
    let r3 = nzi(x, ix + sx);
    let r4 = nzr(x, ix + 2 * sx);
    let r5 = nzi(x, ix + 2 * sx);
    let r6 = nzr(x, ix + 3 * sx);
    let r7 = nzi(x, ix + 3 * sx);
    const m = n - (n % 4);
    for (let i = 4, j = ix + 4 * sx; i < m; i += 4, j += 4 * sx) {
      r0 = fr(r0 + nzr(x, j)); r1 = fr(r1 + nzi(x, j));
      r2 = fr(r2 + nzr(x, j + sx)); r3 = fr(r3 + nzi(x, j + sx));
      r4 = fr(r4 + nzr(x, j + 2 * sx)); r5 = fr(r5 + nzi(x, j + 2 * sx));
      r6 = fr(r6 + nzr(x, j + 3 * sx)); r7 = fr(r7 + nzi(x, j + 3 * sx));
    }
    let rr = fr(fr(r0 + r2) + fr(r4 + r6));
    let ri = fr(fr(r1 + r3) + fr(r5 + r7));
    for (let i = m, j = ix + m * sx; i < n; i++, j += sx) {
      rr = fr(rr + nzr(x, j));
      ri = fr(ri + nzi(x, j));
    }
    CRES[0] = rr;
    CRES[1] = ri;
    return;
  }
  let n2 = n - (n % 8);
  n2 = n2 / 2;
  cnansumf_C64(n2, x, ix, sx);
  const lr = CRES[0]!;
  const li = CRES[1]!;
  cnansumf_C64(n - n2, x, ix + n2 * sx, sx);
  CRES[0] = fr(lr + CRES[0]!);
  CRES[1] = fr(li + CRES[1]!);
}

export function csqdev_C128(n: number, x: Float64Array, ix: number, sx: number, mr: number, mi: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + csqd(x, j, mr, mi));
    return s;
  }
  if (n <= 128) {
    let r0 = csqd(x, ix, mr, mi);
    let r1 = csqd(x, ix + sx, mr, mi);
    let r2 = csqd(x, ix + 2 * sx, mr, mi);
    let r3 = csqd(x, ix + 3 * sx, mr, mi);
    let r4 = csqd(x, ix + 4 * sx, mr, mi);
    let r5 = csqd(x, ix + 5 * sx, mr, mi);
    let r6 = csqd(x, ix + 6 * sx, mr, mi);
    let r7 = csqd(x, ix + 7 * sx, mr, mi);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + csqd(x, j, mr, mi)); r1 = (r1 + csqd(x, j + 1, mr, mi)); r2 = (r2 + csqd(x, j + 2, mr, mi)); r3 = (r3 + csqd(x, j + 3, mr, mi)); r4 = (r4 + csqd(x, j + 4, mr, mi)); r5 = (r5 + csqd(x, j + 5, mr, mi)); r6 = (r6 + csqd(x, j + 6, mr, mi)); r7 = (r7 + csqd(x, j + 7, mr, mi));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + csqd(x, j, mr, mi)); r1 = (r1 + csqd(x, j + sx, mr, mi)); r2 = (r2 + csqd(x, j + 2 * sx, mr, mi)); r3 = (r3 + csqd(x, j + 3 * sx, mr, mi)); r4 = (r4 + csqd(x, j + 4 * sx, mr, mi)); r5 = (r5 + csqd(x, j + 5 * sx, mr, mi)); r6 = (r6 + csqd(x, j + 6 * sx, mr, mi)); r7 = (r7 + csqd(x, j + 7 * sx, mr, mi));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + csqd(x, j, mr, mi));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (csqdev_C128(n2, x, ix, sx, mr, mi) + csqdev_C128(n - n2, x, ix + n2 * sx, sx, mr, mi));
}

export function csqdevf_C64(n: number, x: Float32Array, ix: number, sx: number, mr: number, mi: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + csqdf(x, j, mr, mi));
    return s;
  }
  if (n <= 128) {
    let r0 = csqdf(x, ix, mr, mi);
    let r1 = csqdf(x, ix + sx, mr, mi);
    let r2 = csqdf(x, ix + 2 * sx, mr, mi);
    let r3 = csqdf(x, ix + 3 * sx, mr, mi);
    let r4 = csqdf(x, ix + 4 * sx, mr, mi);
    let r5 = csqdf(x, ix + 5 * sx, mr, mi);
    let r6 = csqdf(x, ix + 6 * sx, mr, mi);
    let r7 = csqdf(x, ix + 7 * sx, mr, mi);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + csqdf(x, j, mr, mi)); r1 = fr(r1 + csqdf(x, j + 1, mr, mi)); r2 = fr(r2 + csqdf(x, j + 2, mr, mi)); r3 = fr(r3 + csqdf(x, j + 3, mr, mi)); r4 = fr(r4 + csqdf(x, j + 4, mr, mi)); r5 = fr(r5 + csqdf(x, j + 5, mr, mi)); r6 = fr(r6 + csqdf(x, j + 6, mr, mi)); r7 = fr(r7 + csqdf(x, j + 7, mr, mi));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + csqdf(x, j, mr, mi)); r1 = fr(r1 + csqdf(x, j + sx, mr, mi)); r2 = fr(r2 + csqdf(x, j + 2 * sx, mr, mi)); r3 = fr(r3 + csqdf(x, j + 3 * sx, mr, mi)); r4 = fr(r4 + csqdf(x, j + 4 * sx, mr, mi)); r5 = fr(r5 + csqdf(x, j + 5 * sx, mr, mi)); r6 = fr(r6 + csqdf(x, j + 6 * sx, mr, mi)); r7 = fr(r7 + csqdf(x, j + 7 * sx, mr, mi));
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + csqdf(x, j, mr, mi));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(csqdevf_C64(n2, x, ix, sx, mr, mi) + csqdevf_C64(n - n2, x, ix + n2 * sx, sx, mr, mi));
}

export function cnansqdev_C128(n: number, x: Float64Array, ix: number, sx: number, mr: number, mi: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = (s + ncsqd(x, j, mr, mi));
    return s;
  }
  if (n <= 128) {
    let r0 = ncsqd(x, ix, mr, mi);
    let r1 = ncsqd(x, ix + sx, mr, mi);
    let r2 = ncsqd(x, ix + 2 * sx, mr, mi);
    let r3 = ncsqd(x, ix + 3 * sx, mr, mi);
    let r4 = ncsqd(x, ix + 4 * sx, mr, mi);
    let r5 = ncsqd(x, ix + 5 * sx, mr, mi);
    let r6 = ncsqd(x, ix + 6 * sx, mr, mi);
    let r7 = ncsqd(x, ix + 7 * sx, mr, mi);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = (r0 + ncsqd(x, j, mr, mi)); r1 = (r1 + ncsqd(x, j + 1, mr, mi)); r2 = (r2 + ncsqd(x, j + 2, mr, mi)); r3 = (r3 + ncsqd(x, j + 3, mr, mi)); r4 = (r4 + ncsqd(x, j + 4, mr, mi)); r5 = (r5 + ncsqd(x, j + 5, mr, mi)); r6 = (r6 + ncsqd(x, j + 6, mr, mi)); r7 = (r7 + ncsqd(x, j + 7, mr, mi));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = (r0 + ncsqd(x, j, mr, mi)); r1 = (r1 + ncsqd(x, j + sx, mr, mi)); r2 = (r2 + ncsqd(x, j + 2 * sx, mr, mi)); r3 = (r3 + ncsqd(x, j + 3 * sx, mr, mi)); r4 = (r4 + ncsqd(x, j + 4 * sx, mr, mi)); r5 = (r5 + ncsqd(x, j + 5 * sx, mr, mi)); r6 = (r6 + ncsqd(x, j + 6 * sx, mr, mi)); r7 = (r7 + ncsqd(x, j + 7 * sx, mr, mi));
      }
    }
    let res = (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = (res + ncsqd(x, j, mr, mi));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return (cnansqdev_C128(n2, x, ix, sx, mr, mi) + cnansqdev_C128(n - n2, x, ix + n2 * sx, sx, mr, mi));
}

export function cnansqdevf_C64(n: number, x: Float32Array, ix: number, sx: number, mr: number, mi: number): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = fr(s + ncsqdf(x, j, mr, mi));
    return s;
  }
  if (n <= 128) {
    let r0 = ncsqdf(x, ix, mr, mi);
    let r1 = ncsqdf(x, ix + sx, mr, mi);
    let r2 = ncsqdf(x, ix + 2 * sx, mr, mi);
    let r3 = ncsqdf(x, ix + 3 * sx, mr, mi);
    let r4 = ncsqdf(x, ix + 4 * sx, mr, mi);
    let r5 = ncsqdf(x, ix + 5 * sx, mr, mi);
    let r6 = ncsqdf(x, ix + 6 * sx, mr, mi);
    let r7 = ncsqdf(x, ix + 7 * sx, mr, mi);
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        r0 = fr(r0 + ncsqdf(x, j, mr, mi)); r1 = fr(r1 + ncsqdf(x, j + 1, mr, mi)); r2 = fr(r2 + ncsqdf(x, j + 2, mr, mi)); r3 = fr(r3 + ncsqdf(x, j + 3, mr, mi)); r4 = fr(r4 + ncsqdf(x, j + 4, mr, mi)); r5 = fr(r5 + ncsqdf(x, j + 5, mr, mi)); r6 = fr(r6 + ncsqdf(x, j + 6, mr, mi)); r7 = fr(r7 + ncsqdf(x, j + 7, mr, mi));
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        r0 = fr(r0 + ncsqdf(x, j, mr, mi)); r1 = fr(r1 + ncsqdf(x, j + sx, mr, mi)); r2 = fr(r2 + ncsqdf(x, j + 2 * sx, mr, mi)); r3 = fr(r3 + ncsqdf(x, j + 3 * sx, mr, mi)); r4 = fr(r4 + ncsqdf(x, j + 4 * sx, mr, mi)); r5 = fr(r5 + ncsqdf(x, j + 5 * sx, mr, mi)); r6 = fr(r6 + ncsqdf(x, j + 6 * sx, mr, mi)); r7 = fr(r7 + ncsqdf(x, j + 7 * sx, mr, mi));
      }
    }
    let res = fr(fr(fr(r0 + r1) + fr(r2 + r3)) + fr(fr(r4 + r5) + fr(r6 + r7)));
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = fr(res + ncsqdf(x, j, mr, mi));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return fr(cnansqdevf_C64(n2, x, ix, sx, mr, mi) + cnansqdevf_C64(n - n2, x, ix + n2 * sx, sx, mr, mi));
}

// ---- Elementwise accumulation (axis mode: a run added into an output run)

export function acc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function acc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function accf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + x[ix]!;
}

export function nanacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + nz(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + nz(x[ix]!);
}

export function nanacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + nz(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + nz(x[ix]!);
}

export function nanaccf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + nz(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + nz(x[ix]!);
}

/** Elementwise float64 accumulation y += x, per storage type. */
export const ACC = {
  F64: acc_F64,
  F32: acc_F32,
  I8: acc_I8,
  U8: acc_U8,
  I16: acc_I16,
  U16: acc_U16,
  I32: acc_I32,
  U32: acc_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Elementwise>>;

export function acc8_F64(n: number, x: Float64Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_F32(n: number, x: Float32Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_I8(n: number, x: Int8Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_U8(n: number, x: Uint8Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_I16(n: number, x: Int16Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_U16(n: number, x: Uint16Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_I32(n: number, x: Int32Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function acc8_U32(n: number, x: Uint32Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = a + v;
    v = x[ix + rs]!;
    a = a + v;
    v = x[ix + 2 * rs]!;
    a = a + v;
    v = x[ix + 3 * rs]!;
    a = a + v;
    v = x[ix + 4 * rs]!;
    a = a + v;
    v = x[ix + 5 * rs]!;
    a = a + v;
    v = x[ix + 6 * rs]!;
    a = a + v;
    v = x[ix + 7 * rs]!;
    a = a + v;
    y[iy] = a;
  }
}

export function accf8_F32(n: number, x: Float32Array, ix: number, sx: number, rs: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = fr(a + v);
    v = x[ix + rs]!;
    a = fr(a + v);
    v = x[ix + 2 * rs]!;
    a = fr(a + v);
    v = x[ix + 3 * rs]!;
    a = fr(a + v);
    v = x[ix + 4 * rs]!;
    a = fr(a + v);
    v = x[ix + 5 * rs]!;
    a = fr(a + v);
    v = x[ix + 6 * rs]!;
    a = fr(a + v);
    v = x[ix + 7 * rs]!;
    a = fr(a + v);
    y[iy] = a;
  }
}

/** Eight-row elementwise float64 accumulation, per storage type. */
export const ACC8 = {
  F64: acc8_F64,
  F32: acc8_F32,
  I8: acc8_I8,
  U8: acc8_U8,
  I16: acc8_I16,
  U16: acc8_U16,
  I32: acc8_I32,
  U32: acc8_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Elementwise8>>;

export function sqdevacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqd(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqd(x[ix]!, m[iy]!);
}

export function sqdevaccf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number, m: Float32Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! + sqdf(x[ix + k]!, m[iy + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + sqdf(x[ix]!, m[iy]!);
}

export function nansqdevacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v === v) y[iy + k] = y[iy + k]! + sqd(v, m[iy + k]!); }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v === v) y[iy] = y[iy]! + sqd(v, m[iy]!); }
}

export function nansqdevacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v === v) y[iy + k] = y[iy + k]! + sqd(v, m[iy + k]!); }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v === v) y[iy] = y[iy]! + sqd(v, m[iy]!); }
}

export function nansqdevaccf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number, m: Float32Array): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v === v) y[iy + k] = y[iy + k]! + sqdf(v, m[iy + k]!); }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v === v) y[iy] = y[iy]! + sqdf(v, m[iy]!); }
}

/** Elementwise float64 accumulation y += (x - m)^2, per storage type. */
export const SQDEVACC = {
  F64: sqdevacc_F64,
  F32: sqdevacc_F32,
  I8: sqdevacc_I8,
  U8: sqdevacc_U8,
  I16: sqdevacc_I16,
  U16: sqdevacc_U16,
  I32: sqdevacc_I32,
  U32: sqdevacc_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', ElementwiseM>>;

export function cacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    y[2 * iy] = y[2 * iy]! + xr;
    y[2 * iy + 1] = y[2 * iy + 1]! + xi;
  }
}

export function caccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    y[2 * iy] = y[2 * iy]! + xr;
    y[2 * iy + 1] = y[2 * iy + 1]! + xi;
  }
}

export function cnanacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === xr && xi === xi) { y[2 * iy] = y[2 * iy]! + xr; y[2 * iy + 1] = y[2 * iy + 1]! + xi; }
  }
}

export function cnanaccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === xr && xi === xi) { y[2 * iy] = y[2 * iy]! + xr; y[2 * iy + 1] = y[2 * iy + 1]! + xi; }
  }
}

export function csqdevacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + csqd(x, ix, m[2 * iy]!, m[2 * iy + 1]!);
}

export function csqdevaccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number, m: Float32Array): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + csqdf(x, ix, m[2 * iy]!, m[2 * iy + 1]!);
}

export function cnansqdevacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number, m: Float64Array): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + ncsqd(x, ix, m[2 * iy]!, m[2 * iy + 1]!);
}

export function cnansqdevaccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number, m: Float32Array): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + ncsqdf(x, ix, m[2 * iy]!, m[2 * iy + 1]!);
}

// ---- Products (sequential)

export function prod_F64(n: number, x: Float64Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = (p * x[j]!);
  return p;
}

export function prod_F32(n: number, x: Float32Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = (p * x[j]!);
  return p;
}

export function prodf_F32(n: number, x: Float32Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = fr(p * x[j]!);
  return p;
}

export function nanprod_F64(n: number, x: Float64Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = (p * n1(x[j]!));
  return p;
}

export function nanprod_F32(n: number, x: Float32Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = (p * n1(x[j]!));
  return p;
}

export function nanprodf_F32(n: number, x: Float32Array, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = fr(p * n1(x[j]!));
  return p;
}

export function prodacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * x[ix]!;
}

export function prodacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * x[ix]!;
}

export function prodaccf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * x[ix + k]!;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * x[ix]!;
}

export function nanprodacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * n1(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * n1(x[ix]!);
}

export function nanprodacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * n1(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * n1(x[ix]!);
}

export function nanprodaccf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) y[iy + k] = y[iy + k]! * n1(x[ix + k]!);
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! * n1(x[ix]!);
}

/** Sequential complex product of a run times (pr, pi); the result is left in CRES. */
export function cprod_C128(n: number, x: Float64Array, ix: number, sx: number, pr: number, pi: number): void {
  for (let i = 0, j = ix; i < n; i++, j += sx) {
    const xr = x[2 * j]!;
    const xi = x[2 * j + 1]!;
    
    const r = ((pr * xr) - (pi * xi));
    pi = ((pr * xi) + (pi * xr));
    pr = r;
  }
  CRES[0] = pr;
  CRES[1] = pi;
}

/** Sequential complex product of a run times (pr, pi); the result is left in CRES. */
export function cprodf_C64(n: number, x: Float32Array, ix: number, sx: number, pr: number, pi: number): void {
  for (let i = 0, j = ix; i < n; i++, j += sx) {
    const xr = x[2 * j]!;
    const xi = x[2 * j + 1]!;
    
    const r = fr(fr(pr * xr) - fr(pi * xi));
    pi = fr(fr(pr * xi) + fr(pi * xr));
    pr = r;
  }
  CRES[0] = pr;
  CRES[1] = pi;
}

/** Sequential complex product of a run times (pr, pi); the result is left in CRES. */
export function cnanprod_C128(n: number, x: Float64Array, ix: number, sx: number, pr: number, pi: number): void {
  for (let i = 0, j = ix; i < n; i++, j += sx) {
    const xr = x[2 * j]!;
    const xi = x[2 * j + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const r = ((pr * xr) - (pi * xi));
    pi = ((pr * xi) + (pi * xr));
    pr = r;
  }
  CRES[0] = pr;
  CRES[1] = pi;
}

/** Sequential complex product of a run times (pr, pi); the result is left in CRES. */
export function cnanprodf_C64(n: number, x: Float32Array, ix: number, sx: number, pr: number, pi: number): void {
  for (let i = 0, j = ix; i < n; i++, j += sx) {
    const xr = x[2 * j]!;
    const xi = x[2 * j + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const r = fr(fr(pr * xr) - fr(pi * xi));
    pi = fr(fr(pr * xi) + fr(pi * xr));
    pr = r;
  }
  CRES[0] = pr;
  CRES[1] = pi;
}

export function cprodacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const pr = y[2 * iy]!;
    const pi = y[2 * iy + 1]!;
    y[2 * iy] = ((pr * xr) - (pi * xi));
    y[2 * iy + 1] = ((pr * xi) + (pi * xr));
  }
}

export function cprodaccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const pr = y[2 * iy]!;
    const pi = y[2 * iy + 1]!;
    y[2 * iy] = fr(fr(pr * xr) - fr(pi * xi));
    y[2 * iy + 1] = fr(fr(pr * xi) + fr(pi * xr));
  }
}

export function cnanprodacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const pr = y[2 * iy]!;
    const pi = y[2 * iy + 1]!;
    y[2 * iy] = ((pr * xr) - (pi * xi));
    y[2 * iy + 1] = ((pr * xi) + (pi * xr));
  }
}

export function cnanprodaccf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const pr = y[2 * iy]!;
    const pi = y[2 * iy + 1]!;
    y[2 * iy] = fr(fr(pr * xr) - fr(pi * xi));
    y[2 * iy + 1] = fr(fr(pr * xi) + fr(pi * xr));
  }
}

// ---- Minimum / maximum

export function max_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    if (m0 === m0 && m1 === m1 && m2 === m2 && m3 === m3) {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
        if (a !== a || b !== b || c !== c || d !== d) break;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v !== v) return v;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  if (m !== m) return m;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v < m)) {
      if (v !== v) return v;
      m = v;
    }
  }
  return m;
}

export function maxacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (!(v < m) && m === m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (!(v < m) && m === m) y[iy] = v; }
}

export function maxacc8_F64(n: number, x: Float64Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 2 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 3 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 4 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 5 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 6 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 7 * rs]!;
    a = !(v < a) && a === a ? v : a;
    y[iy] = a;
  }
}

export function min_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    if (m0 === m0 && m1 === m1 && m2 === m2 && m3 === m3) {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
        if (a !== a || b !== b || c !== c || d !== d) break;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v !== v) return v;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  if (m !== m) return m;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v > m)) {
      if (v !== v) return v;
      m = v;
    }
  }
  return m;
}

export function minacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (!(v > m) && m === m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (!(v > m) && m === m) y[iy] = v; }
}

export function minacc8_F64(n: number, x: Float64Array, ix: number, sx: number, rs: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 2 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 3 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 4 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 5 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 6 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 7 * rs]!;
    a = !(v > a) && a === a ? v : a;
    y[iy] = a;
  }
}

export function max_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    if (m0 === m0 && m1 === m1 && m2 === m2 && m3 === m3) {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
        if (a !== a || b !== b || c !== c || d !== d) break;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v !== v) return v;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  if (m !== m) return m;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v < m)) {
      if (v !== v) return v;
      m = v;
    }
  }
  return m;
}

export function maxacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (!(v < m) && m === m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (!(v < m) && m === m) y[iy] = v; }
}

export function maxacc8_F32(n: number, x: Float32Array, ix: number, sx: number, rs: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 2 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 3 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 4 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 5 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 6 * rs]!;
    a = !(v < a) && a === a ? v : a;
    v = x[ix + 7 * rs]!;
    a = !(v < a) && a === a ? v : a;
    y[iy] = a;
  }
}

export function min_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    if (m0 === m0 && m1 === m1 && m2 === m2 && m3 === m3) {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
        if (a !== a || b !== b || c !== c || d !== d) break;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v !== v) return v;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  if (m !== m) return m;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v > m)) {
      if (v !== v) return v;
      m = v;
    }
  }
  return m;
}

export function minacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (!(v > m) && m === m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (!(v > m) && m === m) y[iy] = v; }
}

export function minacc8_F32(n: number, x: Float32Array, ix: number, sx: number, rs: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 2 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 3 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 4 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 5 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 6 * rs]!;
    a = !(v > a) && a === a ? v : a;
    v = x[ix + 7 * rs]!;
    a = !(v > a) && a === a ? v : a;
    y[iy] = a;
  }
}

export function max_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Int8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_I8(n: number, x: Int8Array, ix: number, sx: number, rs: number, y: Int8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Int8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_I8(n: number, x: Int8Array, ix: number, sx: number, rs: number, y: Int8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_U8(n: number, x: Uint8Array, ix: number, sx: number, rs: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_U8(n: number, x: Uint8Array, ix: number, sx: number, rs: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Int16Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_I16(n: number, x: Int16Array, ix: number, sx: number, rs: number, y: Int16Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Int16Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_I16(n: number, x: Int16Array, ix: number, sx: number, rs: number, y: Int16Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Uint16Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_U16(n: number, x: Uint16Array, ix: number, sx: number, rs: number, y: Uint16Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Uint16Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_U16(n: number, x: Uint16Array, ix: number, sx: number, rs: number, y: Uint16Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Int32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_I32(n: number, x: Int32Array, ix: number, sx: number, rs: number, y: Int32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Int32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_I32(n: number, x: Int32Array, ix: number, sx: number, rs: number, y: Int32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a > m0) m0 = a;
        if (b > m1) m1 = b;
        if (c > m2) m2 = c;
        if (d > m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 > m0 ? m1 : m0;
        const mm = m3 > m2 ? m3 : m2;
        if (mm > m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v > m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Uint32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function maxacc8_U32(n: number, x: Uint32Array, ix: number, sx: number, rs: number, y: Uint32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v > a ? v : a;
    v = x[ix + rs]!;
    a = v > a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v > a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v > a ? v : a;
    y[iy] = a;
  }
}

export function min_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    {
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      if (j >= e) {
        let m = m1 < m0 ? m1 : m0;
        const mm = m3 < m2 ? m3 : m2;
        if (mm < m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;
          if (v < m) m = v;
        }
        return m;
      }
    }
  }
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Uint32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function minacc8_U32(n: number, x: Uint32Array, ix: number, sx: number, rs: number, y: Uint32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    v = x[ix]!;
    a = v < a ? v : a;
    v = x[ix + rs]!;
    a = v < a ? v : a;
    v = x[ix + 2 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 3 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 4 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 5 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 6 * rs]!;
    a = v < a ? v : a;
    v = x[ix + 7 * rs]!;
    a = v < a ? v : a;
    y[iy] = a;
  }
}

export function max_I64(n: number, x: BigInt64Array, ix: number, sx: number): bigint {
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_I64(n: number, x: BigInt64Array, ix: number, sx: number, y: BigInt64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function min_I64(n: number, x: BigInt64Array, ix: number, sx: number): bigint {
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_I64(n: number, x: BigInt64Array, ix: number, sx: number, y: BigInt64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

export function max_U64(n: number, x: BigUint64Array, ix: number, sx: number): bigint {
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) m = v;
  }
  return m;
}

export function maxacc_U64(n: number, x: BigUint64Array, ix: number, sx: number, y: BigUint64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v > y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v > y[iy]!) y[iy] = v; }
}

export function min_U64(n: number, x: BigUint64Array, ix: number, sx: number): bigint {
  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) m = v;
  }
  return m;
}

export function minacc_U64(n: number, x: BigUint64Array, ix: number, sx: number, y: BigUint64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; if (v < y[iy + k]!) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; if (v < y[iy]!) y[iy] = v; }
}

/** Maximum ignoring NaN; NaN only when every element is NaN. */
export function fmax_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = NaN;
  let k = 0;
  if (sx === 1 && n >= 16) {
    // Four running extremes over a contiguous run (NaN never replaces a number).
    let m0 = NaN;
    let m1 = NaN;
    let m2 = NaN;
    let m3 = NaN;
    for (const e = n - (n % 4); k < e; k += 4) {
      const j = ix + k;
      const a = x[j]!;
      const b = x[j + 1]!;
      const c = x[j + 2]!;
      const d = x[j + 3]!;
      if (a > m0 || m0 !== m0) m0 = a;
      if (b > m1 || m1 !== m1) m1 = b;
      if (c > m2 || m2 !== m2) m2 = c;
      if (d > m3 || m3 !== m3) m3 = d;
    }
    m = m0;
    if (m1 > m || m !== m) m = m1;
    if (m2 > m || m !== m) m = m2;
    if (m3 > m || m !== m) m = m3;
  }
  for (let j = ix + k * sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m || m !== m) m = v;
  }
  return m;
}

export function fmaxacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (v > m || m !== m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (v > m || m !== m) y[iy] = v; }
}

/** Minimum ignoring NaN; NaN only when every element is NaN. */
export function fmin_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = NaN;
  let k = 0;
  if (sx === 1 && n >= 16) {
    // Four running extremes over a contiguous run (NaN never replaces a number).
    let m0 = NaN;
    let m1 = NaN;
    let m2 = NaN;
    let m3 = NaN;
    for (const e = n - (n % 4); k < e; k += 4) {
      const j = ix + k;
      const a = x[j]!;
      const b = x[j + 1]!;
      const c = x[j + 2]!;
      const d = x[j + 3]!;
      if (a < m0 || m0 !== m0) m0 = a;
      if (b < m1 || m1 !== m1) m1 = b;
      if (c < m2 || m2 !== m2) m2 = c;
      if (d < m3 || m3 !== m3) m3 = d;
    }
    m = m0;
    if (m1 < m || m !== m) m = m1;
    if (m2 < m || m !== m) m = m2;
    if (m3 < m || m !== m) m = m3;
  }
  for (let j = ix + k * sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m || m !== m) m = v;
  }
  return m;
}

export function fminacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (v < m || m !== m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (v < m || m !== m) y[iy] = v; }
}

/** Maximum ignoring NaN; NaN only when every element is NaN. */
export function fmax_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = NaN;
  let k = 0;
  if (sx === 1 && n >= 16) {
    // Four running extremes over a contiguous run (NaN never replaces a number).
    let m0 = NaN;
    let m1 = NaN;
    let m2 = NaN;
    let m3 = NaN;
    for (const e = n - (n % 4); k < e; k += 4) {
      const j = ix + k;
      const a = x[j]!;
      const b = x[j + 1]!;
      const c = x[j + 2]!;
      const d = x[j + 3]!;
      if (a > m0 || m0 !== m0) m0 = a;
      if (b > m1 || m1 !== m1) m1 = b;
      if (c > m2 || m2 !== m2) m2 = c;
      if (d > m3 || m3 !== m3) m3 = d;
    }
    m = m0;
    if (m1 > m || m !== m) m = m1;
    if (m2 > m || m !== m) m = m2;
    if (m3 > m || m !== m) m = m3;
  }
  for (let j = ix + k * sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m || m !== m) m = v;
  }
  return m;
}

export function fmaxacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (v > m || m !== m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (v > m || m !== m) y[iy] = v; }
}

/** Minimum ignoring NaN; NaN only when every element is NaN. */
export function fmin_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = NaN;
  let k = 0;
  if (sx === 1 && n >= 16) {
    // Four running extremes over a contiguous run (NaN never replaces a number).
    let m0 = NaN;
    let m1 = NaN;
    let m2 = NaN;
    let m3 = NaN;
    for (const e = n - (n % 4); k < e; k += 4) {
      const j = ix + k;
      const a = x[j]!;
      const b = x[j + 1]!;
      const c = x[j + 2]!;
      const d = x[j + 3]!;
      if (a < m0 || m0 !== m0) m0 = a;
      if (b < m1 || m1 !== m1) m1 = b;
      if (c < m2 || m2 !== m2) m2 = c;
      if (d < m3 || m3 !== m3) m3 = d;
    }
    m = m0;
    if (m1 < m || m !== m) m = m1;
    if (m2 < m || m !== m) m = m2;
    if (m3 < m || m !== m) m = m3;
  }
  for (let j = ix + k * sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m || m !== m) m = v;
  }
  return m;
}

export function fminacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) { const v = x[ix + k]!; const m = y[iy + k]!; if (v < m || m !== m) y[iy + k] = v; }
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) { const v = x[ix]!; const m = y[iy]!; if (v < m || m !== m) y[iy] = v; }
}

/** Maximum of a run (NaN propagates), per storage type. */
export const MAX = {
  F64: max_F64,
  F32: max_F32,
  I8: max_I8,
  U8: max_U8,
  I16: max_I16,
  U16: max_U16,
  I32: max_I32,
  U32: max_U32,
  I64: max_I64,
  U64: max_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Lane<number | bigint>>>;

/** Minimum of a run (NaN propagates), per storage type. */
export const MIN = {
  F64: min_F64,
  F32: min_F32,
  I8: min_I8,
  U8: min_U8,
  I16: min_I16,
  U16: min_U16,
  I32: min_I32,
  U32: min_U32,
  I64: min_I64,
  U64: min_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Lane<number | bigint>>>;

/** Elementwise y = max(y, x) (NaN propagates), per storage type. */
export const MAXACC = {
  F64: maxacc_F64,
  F32: maxacc_F32,
  I8: maxacc_I8,
  U8: maxacc_U8,
  I16: maxacc_I16,
  U16: maxacc_U16,
  I32: maxacc_I32,
  U32: maxacc_U32,
  I64: maxacc_I64,
  U64: maxacc_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Elementwise>>;

/** Elementwise y = min(y, x) (NaN propagates), per storage type. */
export const MINACC = {
  F64: minacc_F64,
  F32: minacc_F32,
  I8: minacc_I8,
  U8: minacc_U8,
  I16: minacc_I16,
  U16: minacc_U16,
  I32: minacc_I32,
  U32: minacc_U32,
  I64: minacc_I64,
  U64: minacc_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Elementwise>>;

/** Eight-row elementwise maximum, per storage type. */
export const MAXACC8 = {
  F64: maxacc8_F64,
  F32: maxacc8_F32,
  I8: maxacc8_I8,
  U8: maxacc8_U8,
  I16: maxacc8_I16,
  U16: maxacc8_U16,
  I32: maxacc8_I32,
  U32: maxacc8_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Elementwise8>>;

/** Eight-row elementwise minimum, per storage type. */
export const MINACC8 = {
  F64: minacc8_F64,
  F32: minacc8_F32,
  I8: minacc8_I8,
  U8: minacc8_U8,
  I16: minacc8_I16,
  U16: minacc8_U16,
  I32: minacc8_I32,
  U32: minacc8_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Elementwise8>>;

/** Lexicographic maximum of a complex run as the step index of the first winner; NaN elements win at once. */
export function cmax_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let br = x[2 * ix]!;
  let bi = x[2 * ix + 1]!;
  if (br !== br || bi !== bi) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) return k;
    if (r > br || (r === br && i > bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic maximum ignoring NaN elements; -1 when all are NaN. */
export function cnanmax_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) continue;
    if (best < 0 || r > br || (r === br && i > bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic minimum of a complex run as the step index of the first winner; NaN elements win at once. */
export function cmin_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let br = x[2 * ix]!;
  let bi = x[2 * ix + 1]!;
  if (br !== br || bi !== bi) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) return k;
    if (r < br || (r === br && i < bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic minimum ignoring NaN elements; -1 when all are NaN. */
export function cnanmin_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) continue;
    if (best < 0 || r < br || (r === br && i < bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic maximum of a complex run as the step index of the first winner; NaN elements win at once. */
export function cmax_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let br = x[2 * ix]!;
  let bi = x[2 * ix + 1]!;
  if (br !== br || bi !== bi) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) return k;
    if (r > br || (r === br && i > bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic maximum ignoring NaN elements; -1 when all are NaN. */
export function cnanmax_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) continue;
    if (best < 0 || r > br || (r === br && i > bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic minimum of a complex run as the step index of the first winner; NaN elements win at once. */
export function cmin_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let br = x[2 * ix]!;
  let bi = x[2 * ix + 1]!;
  if (br !== br || bi !== bi) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) return k;
    if (r < br || (r === br && i < bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

/** Lexicographic minimum ignoring NaN elements; -1 when all are NaN. */
export function cnanmin_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) continue;
    if (best < 0 || r < br || (r === br && i < bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}

export function cmaxacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi) continue;
    if (xr !== xr || xi !== xi || xr > yr || (xr === yr && xi > yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cnanmaxacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi || xr > yr || (xr === yr && xi > yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cminacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi) continue;
    if (xr !== xr || xi !== xi || xr < yr || (xr === yr && xi < yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cnanminacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi || xr < yr || (xr === yr && xi < yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cmaxacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi) continue;
    if (xr !== xr || xi !== xi || xr > yr || (xr === yr && xi > yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cnanmaxacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi || xr > yr || (xr === yr && xi > yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cminacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi) continue;
    if (xr !== xr || xi !== xi || xr < yr || (xr === yr && xi < yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

export function cnanminacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) continue;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi || xr < yr || (xr === yr && xi < yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }
  }
}

// ---- argmin / argmax

export function argmax_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  if (m !== m) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v <= m)) {
      if (v !== v) return k;
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  if (m !== m) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v >= m)) {
      if (v !== v) return k;
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  if (m !== m) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v <= m)) {
      if (v !== v) return k;
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  if (m !== m) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v >= m)) {
      if (v !== v) return k;
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_I64(n: number, x: BigInt64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_I64(n: number, x: BigInt64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmax_U64(n: number, x: BigUint64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m) {
      m = v;
      best = k;
    }
  }
  return best;
}

export function argmin_U64(n: number, x: BigUint64Array, ix: number, sx: number): number {
  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m) {
      m = v;
      best = k;
    }
  }
  return best;
}

/** First index of the maximum ignoring NaN; -1 when every element is NaN. */
export function nanargmax_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = NaN;
  let best = -1;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m || (best < 0 && v === v)) {
      m = v;
      best = k;
    }
  }
  return best;
}

/** First index of the minimum ignoring NaN; -1 when every element is NaN. */
export function nanargmin_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let m = NaN;
  let best = -1;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m || (best < 0 && v === v)) {
      m = v;
      best = k;
    }
  }
  return best;
}

/** First index of the maximum ignoring NaN; -1 when every element is NaN. */
export function nanargmax_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = NaN;
  let best = -1;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v > m || (best < 0 && v === v)) {
      m = v;
      best = k;
    }
  }
  return best;
}

/** First index of the minimum ignoring NaN; -1 when every element is NaN. */
export function nanargmin_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let m = NaN;
  let best = -1;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v < m || (best < 0 && v === v)) {
      m = v;
      best = k;
    }
  }
  return best;
}

/** Index of the first maximum of a run (first NaN wins), per storage type. */
export const ARGMAX = {
  F64: argmax_F64,
  F32: argmax_F32,
  I8: argmax_I8,
  U8: argmax_U8,
  I16: argmax_I16,
  U16: argmax_U16,
  I32: argmax_I32,
  U32: argmax_U32,
  I64: argmax_I64,
  U64: argmax_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Lane<number>>>;

/** Index of the first minimum of a run (first NaN wins), per storage type. */
export const ARGMIN = {
  F64: argmin_F64,
  F32: argmin_F32,
  I8: argmin_I8,
  U8: argmin_U8,
  I16: argmin_I16,
  U16: argmin_U16,
  I32: argmin_I32,
  U32: argmin_U32,
  I64: argmin_I64,
  U64: argmin_U64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64', Lane<number>>>;

// ---- any / all / count_nonzero / count of non-NaN

export function nnz_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_F64(n: number, x: Float64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_F64(n: number, x: Float64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_F32(n: number, x: Float32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_F32(n: number, x: Float32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_I8(n: number, x: Int8Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_I8(n: number, x: Int8Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_I8(n: number, x: Int8Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_I8(n: number, x: Int8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_U8(n: number, x: Uint8Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_U8(n: number, x: Uint8Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_U8(n: number, x: Uint8Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_I16(n: number, x: Int16Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_I16(n: number, x: Int16Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_I16(n: number, x: Int16Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_I16(n: number, x: Int16Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_U16(n: number, x: Uint16Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_U16(n: number, x: Uint16Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_U16(n: number, x: Uint16Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_I32(n: number, x: Int32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_I32(n: number, x: Int32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_I32(n: number, x: Int32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_I32(n: number, x: Int32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_U32(n: number, x: Uint32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) c++;
  return c;
}
export function any_U32(n: number, x: Uint32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0) return true;
  return false;
}
export function all_U32(n: number, x: Uint32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0) return false;
  return true;
}

export function nnzacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = y[iy]! + 1;
}

export function anyacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0) y[iy] = 1;
}

export function allacc_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0) y[iy] = 0;
}

export function nnz_I64(n: number, x: BigInt64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0n) c++;
  return c;
}
export function any_I64(n: number, x: BigInt64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0n) return true;
  return false;
}
export function all_I64(n: number, x: BigInt64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0n) return false;
  return true;
}

export function nnzacc_I64(n: number, x: BigInt64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0n) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0n) y[iy] = y[iy]! + 1;
}

export function anyacc_I64(n: number, x: BigInt64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0n) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0n) y[iy] = 1;
}

export function allacc_I64(n: number, x: BigInt64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0n) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0n) y[iy] = 0;
}

export function nnz_U64(n: number, x: BigUint64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0n) c++;
  return c;
}
export function any_U64(n: number, x: BigUint64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== 0n) return true;
  return false;
}
export function all_U64(n: number, x: BigUint64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === 0n) return false;
  return true;
}

export function nnzacc_U64(n: number, x: BigUint64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0n) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0n) y[iy] = y[iy]! + 1;
}

export function anyacc_U64(n: number, x: BigUint64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! !== 0n) y[iy + k] = 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! !== 0n) y[iy] = 1;
}

export function allacc_U64(n: number, x: BigUint64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === 0n) y[iy + k] = 0;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === 0n) y[iy] = 0;
}

export function nnz_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) c++;
  return c;
}
export function any_C128(n: number, x: Float64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) return true;
  return false;
}
export function all_C128(n: number, x: Float64Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === 0 && x[2 * j + 1]! === 0) return false;
  return true;
}

export function nnzacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== 0 || xi !== 0) y[iy] = y[iy]! + 1;
  }
}

export function anyacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== 0 || xi !== 0) y[iy] = 1;
  }
}

export function allacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === 0 && xi === 0) y[iy] = 0;
  }
}

export function notnan_C128(n: number, x: Float64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === x[2 * j]! && x[2 * j + 1]! === x[2 * j + 1]!) c++;
  return c;
}

export function notnanacc_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === xr && xi === xi) y[iy] = y[iy]! + 1;
  }
}

export function nnz_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) c++;
  return c;
}
export function any_C64(n: number, x: Float32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) return true;
  return false;
}
export function all_C64(n: number, x: Float32Array, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === 0 && x[2 * j + 1]! === 0) return false;
  return true;
}

export function nnzacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== 0 || xi !== 0) y[iy] = y[iy]! + 1;
  }
}

export function anyacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== 0 || xi !== 0) y[iy] = 1;
  }
}

export function allacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Uint8Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === 0 && xi === 0) y[iy] = 0;
  }
}

export function notnan_C64(n: number, x: Float32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === x[2 * j]! && x[2 * j + 1]! === x[2 * j + 1]!) c++;
  return c;
}

export function notnanacc_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr === xr && xi === xi) y[iy] = y[iy]! + 1;
  }
}

export function notnan_F64(n: number, x: Float64Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === x[j]!) c++;
  return c;
}

export function notnanacc_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === x[ix + k]!) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === x[ix]!) y[iy] = y[iy]! + 1;
}

export function notnan_F32(n: number, x: Float32Array, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === x[j]!) c++;
  return c;
}

export function notnanacc_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) if (x[ix + k]! === x[ix + k]!) y[iy + k] = y[iy + k]! + 1;
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) if (x[ix]! === x[ix]!) y[iy] = y[iy]! + 1;
}

/** Count of nonzero elements of a run, per storage type. */
export const NNZ = {
  F64: nnz_F64,
  F32: nnz_F32,
  I8: nnz_I8,
  U8: nnz_U8,
  I16: nnz_I16,
  U16: nnz_U16,
  I32: nnz_I32,
  U32: nnz_U32,
  I64: nnz_I64,
  U64: nnz_U64,
  C128: nnz_C128,
  C64: nnz_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Lane<number>>>;

/** Whether any element of a run is nonzero, per storage type. */
export const ANY = {
  F64: any_F64,
  F32: any_F32,
  I8: any_I8,
  U8: any_U8,
  I16: any_I16,
  U16: any_U16,
  I32: any_I32,
  U32: any_U32,
  I64: any_I64,
  U64: any_U64,
  C128: any_C128,
  C64: any_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Lane<boolean>>>;

/** Whether every element of a run is nonzero, per storage type. */
export const ALL = {
  F64: all_F64,
  F32: all_F32,
  I8: all_I8,
  U8: all_U8,
  I16: all_I16,
  U16: all_U16,
  I32: all_I32,
  U32: all_U32,
  I64: all_I64,
  U64: all_U64,
  C128: all_C128,
  C64: all_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Lane<boolean>>>;

/** Elementwise count of nonzero elements, per storage type. */
export const NNZACC = {
  F64: nnzacc_F64,
  F32: nnzacc_F32,
  I8: nnzacc_I8,
  U8: nnzacc_U8,
  I16: nnzacc_I16,
  U16: nnzacc_U16,
  I32: nnzacc_I32,
  U32: nnzacc_U32,
  I64: nnzacc_I64,
  U64: nnzacc_U64,
  C128: nnzacc_C128,
  C64: nnzacc_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Elementwise>>;

/** Elementwise logical or with x != 0, per storage type. */
export const ANYACC = {
  F64: anyacc_F64,
  F32: anyacc_F32,
  I8: anyacc_I8,
  U8: anyacc_U8,
  I16: anyacc_I16,
  U16: anyacc_U16,
  I32: anyacc_I32,
  U32: anyacc_U32,
  I64: anyacc_I64,
  U64: anyacc_U64,
  C128: anyacc_C128,
  C64: anyacc_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Elementwise>>;

/** Elementwise logical and with x != 0, per storage type. */
export const ALLACC = {
  F64: allacc_F64,
  F32: allacc_F32,
  I8: allacc_I8,
  U8: allacc_U8,
  I16: allacc_I16,
  U16: allacc_U16,
  I32: allacc_I32,
  U32: allacc_U32,
  I64: allacc_I64,
  U64: allacc_U64,
  C128: allacc_C128,
  C64: allacc_C64,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32' | 'I64' | 'U64' | 'C128' | 'C64', Elementwise>>;

// ---- Cumulative sums / products (sequential)

export function cumsum_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_I8(n: number, x: Int8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_U8(n: number, x: Uint8Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_I16(n: number, x: Int16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_U16(n: number, x: Uint16Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_I32(n: number, x: Int32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsum_U32(n: number, x: Uint32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}

export function cumsumf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = fr(a + x[ix]!);
}

export function nancumsum_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a + nz(x[ix]!));
}

export function nancumsum_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a + nz(x[ix]!));
}

export function nancumsumf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = fr(a + nz(x[ix]!));
}

export function cumprod_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a * x[ix]!);
}

export function cumprod_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a * x[ix]!);
}

export function cumprodf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = fr(a * x[ix]!);
}

export function nancumprod_F64(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a * n1(x[ix]!));
}

export function nancumprod_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = (a * n1(x[ix]!));
}

export function nancumprodf_F32(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  let a = 1;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = fr(a * n1(x[ix]!));
}

/** Running float64 sum of a run into an output run, per storage type. */
export const CUMSUM = {
  F64: cumsum_F64,
  F32: cumsum_F32,
  I8: cumsum_I8,
  U8: cumsum_U8,
  I16: cumsum_I16,
  U16: cumsum_U16,
  I32: cumsum_I32,
  U32: cumsum_U32,
} as unknown as Readonly<Record<'F64' | 'F32' | 'I8' | 'U8' | 'I16' | 'U16' | 'I32' | 'U32', Elementwise>>;

export function ccumsum_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = -0;
  let ai = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    ar = (ar + xr);
    ai = (ai + xi);
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function ccumsumf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = -0;
  let ai = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    ar = fr(ar + xr);
    ai = fr(ai + xi);
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function cnancumsum_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = -0;
  let ai = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) { y[2 * iy] = ar; y[2 * iy + 1] = ai; continue; }
    ar = (ar + xr);
    ai = (ai + xi);
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function cnancumsumf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = -0;
  let ai = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) { y[2 * iy] = ar; y[2 * iy + 1] = ai; continue; }
    ar = fr(ar + xr);
    ai = fr(ai + xi);
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function ccumprod_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = 1;
  let ai = 0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const r = ((ar * xr) - (ai * xi));
    ai = ((ar * xi) + (ai * xr));
    ar = r;
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function ccumprodf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = 1;
  let ai = 0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    const r = fr(fr(ar * xr) - fr(ai * xi));
    ai = fr(fr(ar * xi) + fr(ai * xr));
    ar = r;
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function cnancumprod_C128(n: number, x: Float64Array, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = 1;
  let ai = 0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) { y[2 * iy] = ar; y[2 * iy + 1] = ai; continue; }
    const r = ((ar * xr) - (ai * xi));
    ai = ((ar * xi) + (ai * xr));
    ar = r;
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

export function cnancumprodf_C64(n: number, x: Float32Array, ix: number, sx: number, y: Float32Array, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = 1;
  let ai = 0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    if (xr !== xr || xi !== xi) { y[2 * iy] = ar; y[2 * iy + 1] = ai; continue; }
    const r = fr(fr(ar * xr) - fr(ai * xi));
    ai = fr(fr(ar * xi) + fr(ai * xr));
    ar = r;
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}

// ---- Selection

/**
 * Reorders a[lo..hi] (inclusive) so that a[k] holds the value a full sort would put there, with
 * no larger value before it and no smaller value after it. Quickselect with median-of-three
 * pivots and a branch-free partition (random data would mispredict half of the branches of a
 * classic one); runs of values equal to the pivot are split off so duplicates cannot make it
 * quadratic, and after too many rounds the remaining range is sorted. The values must not be NaN.
 */
export function select_F64(a: Float64Array, lo: number, hi: number, k: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo > 16) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid]! < a[lo]!) {
      const t = a[mid]!;
      a[mid] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[lo]!) {
      const t = a[hi]!;
      a[hi] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[mid]!) {
      const t = a[hi]!;
      a[hi] = a[mid]!;
      a[mid] = t;
    }
    const p = a[mid]!;
    a[mid] = a[hi]!;
    a[hi] = p;
    // a[lo..s) < p; everything else >= p.
    let s = lo;
    for (let i = lo; i < hi; i++) {
      const v = a[i]!;
      a[i] = a[s]!;
      a[s] = v;
      s += +(v < p);
    }
    a[hi] = a[s]!;
    a[s] = p;
    if (k < s) {
      hi = s - 1;
      continue;
    }
    if (k === s) return;
    let e = s + 1;
    if (s - lo < (hi - lo) >> 3) {
      // Few values below the pivot: gather the copies of it, which may be most of the range.
      for (let i = s + 1; i <= hi; i++) {
        const v = a[i]!;
        a[i] = a[e]!;
        a[e] = v;
        e += +(v === p);
      }
      if (k < e) return;
    }
    lo = e;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Reorders a[lo..hi] (inclusive) so that a[k] holds the value a full sort would put there, with
 * no larger value before it and no smaller value after it. Quickselect with median-of-three
 * pivots and a branch-free partition (random data would mispredict half of the branches of a
 * classic one); runs of values equal to the pivot are split off so duplicates cannot make it
 * quadratic, and after too many rounds the remaining range is sorted. The values must not be NaN.
 */
export function select_I64(a: BigInt64Array, lo: number, hi: number, k: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo > 16) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid]! < a[lo]!) {
      const t = a[mid]!;
      a[mid] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[lo]!) {
      const t = a[hi]!;
      a[hi] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[mid]!) {
      const t = a[hi]!;
      a[hi] = a[mid]!;
      a[mid] = t;
    }
    const p = a[mid]!;
    a[mid] = a[hi]!;
    a[hi] = p;
    // a[lo..s) < p; everything else >= p.
    let s = lo;
    for (let i = lo; i < hi; i++) {
      const v = a[i]!;
      a[i] = a[s]!;
      a[s] = v;
      s += +(v < p);
    }
    a[hi] = a[s]!;
    a[s] = p;
    if (k < s) {
      hi = s - 1;
      continue;
    }
    if (k === s) return;
    let e = s + 1;
    if (s - lo < (hi - lo) >> 3) {
      // Few values below the pivot: gather the copies of it, which may be most of the range.
      for (let i = s + 1; i <= hi; i++) {
        const v = a[i]!;
        a[i] = a[e]!;
        a[e] = v;
        e += +(v === p);
      }
      if (k < e) return;
    }
    lo = e;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Reorders a[lo..hi] (inclusive) so that a[k] holds the value a full sort would put there, with
 * no larger value before it and no smaller value after it. Quickselect with median-of-three
 * pivots and a branch-free partition (random data would mispredict half of the branches of a
 * classic one); runs of values equal to the pivot are split off so duplicates cannot make it
 * quadratic, and after too many rounds the remaining range is sorted. The values must not be NaN.
 */
export function select_U64(a: BigUint64Array, lo: number, hi: number, k: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo > 16) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid]! < a[lo]!) {
      const t = a[mid]!;
      a[mid] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[lo]!) {
      const t = a[hi]!;
      a[hi] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[mid]!) {
      const t = a[hi]!;
      a[hi] = a[mid]!;
      a[mid] = t;
    }
    const p = a[mid]!;
    a[mid] = a[hi]!;
    a[hi] = p;
    // a[lo..s) < p; everything else >= p.
    let s = lo;
    for (let i = lo; i < hi; i++) {
      const v = a[i]!;
      a[i] = a[s]!;
      a[s] = v;
      s += +(v < p);
    }
    a[hi] = a[s]!;
    a[s] = p;
    if (k < s) {
      hi = s - 1;
      continue;
    }
    if (k === s) return;
    let e = s + 1;
    if (s - lo < (hi - lo) >> 3) {
      // Few values below the pivot: gather the copies of it, which may be most of the range.
      for (let i = s + 1; i <= hi; i++) {
        const v = a[i]!;
        a[i] = a[e]!;
        a[e] = v;
        e += +(v === p);
      }
      if (k < e) return;
    }
    lo = e;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
