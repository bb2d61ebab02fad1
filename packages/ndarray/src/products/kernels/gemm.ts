/**
 * The real matrix-product kernel, C += op(A)·B accumulated in float64: cache-blocked (B packed in
 * KC×NC blocks of NR-wide panels, A in MC×KC blocks of MR-high panels) and register-blocked (a 4×4
 * tile of C kept in locals over the K loop). Packing reads any strides and any numeric TypedArray,
 * so the same micro-kernel serves float64, float32, small integers and each part of complex data.
 */
import type { TypedArray } from '@stride/protocol';

/** Number-valued storage (everything but the BigInt arrays). */
export type NumArray = Exclude<TypedArray, BigInt64Array | BigUint64Array>;

const MR = 4;
const NR = 4;
const KC = 256;
const MC = 64;
const NC = 1024;
/** Below this many multiply-adds the packing costs more than it saves. */
const SMALL = 4096;

let packedA: Float64Array | null = null;
let packedB: Float64Array | null = null;
let edge: Float64Array | null = null;

/**
 * C[i, j] += sign · Σ_p A[i, p] · B[p, j] for i < m, j < n, p < k. Offsets and strides count slots
 * of the given arrays (so a complex part is `2 * offset + part` with doubled strides). No
 * validation, no allocation after the first call.
 */
export function gemmReal(
  m: number,
  n: number,
  k: number,
  a: NumArray,
  oa: number,
  rsa: number,
  csa: number,
  b: NumArray,
  ob: number,
  rsb: number,
  csb: number,
  c: Float64Array,
  oc: number,
  rsc: number,
  csc: number,
  negate = false,
): void {
  if (m === 0 || n === 0 || k === 0) return;
  if (n === 1) {
    gemv(m, k, a, oa, rsa, csa, b, ob, rsb, c, oc, rsc, negate);
    return;
  }
  if (m * n * k <= SMALL || m === 1 || k === 1) {
    gemmSmall(m, n, k, a, oa, rsa, csa, b, ob, rsb, csb, c, oc, rsc, csc, negate);
    return;
  }
  if (packedA === null || packedB === null || edge === null) {
    packedA = new Float64Array(MC * KC);
    packedB = new Float64Array(KC * NC);
    edge = new Float64Array(MR * NR);
  }
  const pA = packedA;
  const pB = packedB;
  const e = edge;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      packPanelsB(b, ob + pc * rsb + jc * csb, rsb, csb, kc, nc, pB);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packPanelsA(a, oa + ic * rsa + pc * csa, rsa, csa, mc, kc, negate, pA);
        for (let jr = 0; jr < nc; jr += NR) {
          const w = Math.min(NR, nc - jr);
          const cj = oc + (jc + jr) * csc;
          for (let ir = 0; ir < mc; ir += MR) {
            const h = Math.min(MR, mc - ir);
            micro4x4(kc, pA, ir * kc, pB, jr * kc, c, cj + (ic + ir) * rsc, rsc, csc, h, w, e);
          }
        }
      }
    }
  }
}

/** Copies a kc×nc block of B into NR-wide panels, p-major inside a panel, zero-padding the last. */
function packPanelsB(b: NumArray, o: number, rs: number, cs: number, kc: number, nc: number, dst: Float64Array): void {
  let q = 0;
  for (let j = 0; j < nc; j += NR) {
    const w = Math.min(NR, nc - j);
    let row = o + j * cs;
    if (w === NR) {
      for (let p = 0; p < kc; p++, row += rs, q += NR) {
        dst[q] = b[row] as number;
        dst[q + 1] = b[row + cs] as number;
        dst[q + 2] = b[row + 2 * cs] as number;
        dst[q + 3] = b[row + 3 * cs] as number;
      }
    } else {
      for (let p = 0; p < kc; p++, row += rs, q += NR) {
        for (let t = 0; t < NR; t++) dst[q + t] = t < w ? (b[row + t * cs] as number) : 0;
      }
    }
  }
}

/** Copies an mc×kc block of A into MR-high panels, p-major inside a panel, zero-padding the last. */
function packPanelsA(
  a: NumArray,
  o: number,
  rs: number,
  cs: number,
  mc: number,
  kc: number,
  negate: boolean,
  dst: Float64Array,
): void {
  const sign = negate ? -1 : 1;
  let q = 0;
  for (let i = 0; i < mc; i += MR) {
    const h = Math.min(MR, mc - i);
    let col = o + i * rs;
    if (h === MR) {
      for (let p = 0; p < kc; p++, col += cs, q += MR) {
        dst[q] = sign * (a[col] as number);
        dst[q + 1] = sign * (a[col + rs] as number);
        dst[q + 2] = sign * (a[col + 2 * rs] as number);
        dst[q + 3] = sign * (a[col + 3 * rs] as number);
      }
    } else {
      for (let p = 0; p < kc; p++, col += cs, q += MR) {
        for (let t = 0; t < MR; t++) dst[q + t] = t < h ? sign * (a[col + t * rs] as number) : 0;
      }
    }
  }
}

/**
 * The register-blocked core: a 4×4 tile of C in sixteen locals over kc steps of one A panel and
 * one B panel, then added to C (only the h×w part that exists for an edge tile).
 */
function micro4x4(
  kc: number,
  pa: Float64Array,
  ia: number,
  pb: Float64Array,
  ib: number,
  c: Float64Array,
  ic: number,
  rsc: number,
  csc: number,
  h: number,
  w: number,
  e: Float64Array,
): void {
  // biome-ignore format: one row of the tile per line
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let p = 0; p < kc; p++, ia += MR, ib += NR) {
    const a0 = pa[ia] as number;
    const a1 = pa[ia + 1] as number;
    const a2 = pa[ia + 2] as number;
    const a3 = pa[ia + 3] as number;
    let bv = pb[ib] as number;
    c00 += a0 * bv;
    c10 += a1 * bv;
    c20 += a2 * bv;
    c30 += a3 * bv;
    bv = pb[ib + 1] as number;
    c01 += a0 * bv;
    c11 += a1 * bv;
    c21 += a2 * bv;
    c31 += a3 * bv;
    bv = pb[ib + 2] as number;
    c02 += a0 * bv;
    c12 += a1 * bv;
    c22 += a2 * bv;
    c32 += a3 * bv;
    bv = pb[ib + 3] as number;
    c03 += a0 * bv;
    c13 += a1 * bv;
    c23 += a2 * bv;
    c33 += a3 * bv;
  }
  if (h === MR && w === NR) {
    const c1 = csc;
    const c2 = 2 * csc;
    const c3 = 3 * csc;
    let r = ic;
    c[r] = (c[r] as number) + c00;
    c[r + c1] = (c[r + c1] as number) + c01;
    c[r + c2] = (c[r + c2] as number) + c02;
    c[r + c3] = (c[r + c3] as number) + c03;
    r += rsc;
    c[r] = (c[r] as number) + c10;
    c[r + c1] = (c[r + c1] as number) + c11;
    c[r + c2] = (c[r + c2] as number) + c12;
    c[r + c3] = (c[r + c3] as number) + c13;
    r += rsc;
    c[r] = (c[r] as number) + c20;
    c[r + c1] = (c[r + c1] as number) + c21;
    c[r + c2] = (c[r + c2] as number) + c22;
    c[r + c3] = (c[r + c3] as number) + c23;
    r += rsc;
    c[r] = (c[r] as number) + c30;
    c[r + c1] = (c[r + c1] as number) + c31;
    c[r + c2] = (c[r + c2] as number) + c32;
    c[r + c3] = (c[r + c3] as number) + c33;
    return;
  }
  e[0] = c00;
  e[1] = c01;
  e[2] = c02;
  e[3] = c03;
  e[4] = c10;
  e[5] = c11;
  e[6] = c12;
  e[7] = c13;
  e[8] = c20;
  e[9] = c21;
  e[10] = c22;
  e[11] = c23;
  e[12] = c30;
  e[13] = c31;
  e[14] = c32;
  e[15] = c33;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) c[ic + i * rsc + j * csc] = (c[ic + i * rsc + j * csc] as number) + e[i * NR + j] as number;
  }
}

/** Matrix-vector product (n = 1): one strided dot product per row of A. */
function gemv(
  m: number,
  k: number,
  a: NumArray,
  oa: number,
  rsa: number,
  csa: number,
  b: NumArray,
  ob: number,
  rsb: number,
  c: Float64Array,
  oc: number,
  rsc: number,
  negate: boolean,
): void {
  for (let i = 0; i < m; i++) {
    let s = 0;
    let ia = oa + i * rsa;
    let ib = ob;
    for (let p = 0; p < k; p++, ia += csa, ib += rsb) s += (a[ia] as number) * (b[ib] as number);
    c[oc + i * rsc] = (c[oc + i * rsc] as number) + negate ? -s : s;
  }
}

/** Small or thin products: i-p-j order, one row of B scaled into one row of C at a time. */
function gemmSmall(
  m: number,
  n: number,
  k: number,
  a: NumArray,
  oa: number,
  rsa: number,
  csa: number,
  b: NumArray,
  ob: number,
  rsb: number,
  csb: number,
  c: Float64Array,
  oc: number,
  rsc: number,
  csc: number,
  negate: boolean,
): void {
  const sign = negate ? -1 : 1;
  for (let i = 0; i < m; i++) {
    const ci = oc + i * rsc;
    for (let p = 0; p < k; p++) {
      const x = sign * (a[oa + i * rsa + p * csa] as number);
      let ib = ob + p * rsb;
      let jc = ci;
      for (let j = 0; j < n; j++, ib += csb, jc += csc) c[jc] = (c[jc] as number) + x * (b[ib] as number);
    }
  }
}
