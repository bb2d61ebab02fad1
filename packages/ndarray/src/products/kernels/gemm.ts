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

/** The blocked kernel, created on first use (it owns ~2 MiB of packing buffers). */
let blocked: Gemm | null = null;

type Gemm = (
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
) => void;

/**
 * C[i, j] += sign · Σ_p A[i, p] · B[p, j] for i < m, j < n, p < k. Offsets and strides count slots
 * of the given arrays (so a complex part is `2 * offset + part` with doubled strides). No
 * validation; the blocked path allocates its packing buffers once.
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
  if (blocked === null) blocked = createBlocked();
  blocked(m, n, k, a, oa, rsa, csa, b, ob, rsb, csb, c, oc, rsc, csc, negate);
}

/**
 * Builds the blocked kernel. The packing buffers are constants of this closure rather than
 * arguments or mutable module variables: V8 then treats them as fixed objects inside the
 * micro-kernel, which measured ~25% faster than passing them in.
 */
function createBlocked(): Gemm {
  const pA = new Float64Array(MC * KC);
  const pB = new Float64Array(KC * NC);
  const e = new Float64Array(MR * NR);

  /** Copies a kc×nc block of B into NR-wide panels, p-major inside a panel, zero-padding the last. */
  function packB(b: NumArray, o: number, rs: number, cs: number, kc: number, nc: number): void {
    let q = 0;
    for (let j = 0; j < nc; j += NR) {
      const w = Math.min(NR, nc - j);
      let row = o + j * cs;
      if (w === NR) {
        for (let p = 0; p < kc; p++, row += rs, q += NR) {
          pB[q] = b[row] as number;
          pB[q + 1] = b[row + cs] as number;
          pB[q + 2] = b[row + 2 * cs] as number;
          pB[q + 3] = b[row + 3 * cs] as number;
        }
      } else {
        for (let p = 0; p < kc; p++, row += rs, q += NR) {
          for (let t = 0; t < NR; t++) pB[q + t] = t < w ? (b[row + t * cs] as number) : 0;
        }
      }
    }
  }

  /** Copies an mc×kc block of A into MR-high panels, p-major inside a panel, zero-padding the last. */
  function packA(a: NumArray, o: number, rs: number, cs: number, mc: number, kc: number, negate: boolean): void {
    const sign = negate ? -1 : 1;
    let q = 0;
    for (let i = 0; i < mc; i += MR) {
      const h = Math.min(MR, mc - i);
      let col = o + i * rs;
      if (h === MR) {
        for (let p = 0; p < kc; p++, col += cs, q += MR) {
          pA[q] = sign * (a[col] as number);
          pA[q + 1] = sign * (a[col + rs] as number);
          pA[q + 2] = sign * (a[col + 2 * rs] as number);
          pA[q + 3] = sign * (a[col + 3 * rs] as number);
        }
      } else {
        for (let p = 0; p < kc; p++, col += cs, q += MR) {
          for (let t = 0; t < MR; t++) pA[q + t] = t < h ? sign * (a[col + t * rs] as number) : 0;
        }
      }
    }
  }

  /**
   * The register-blocked core: a 4×4 tile of C in sixteen locals over kc steps of one A panel
   * (from ia) and one B panel (from ib), then added to C (only the h×w part of an edge tile).
   */
  function micro(
    kc: number,
    ia: number,
    ib: number,
    c: Float64Array,
    ic: number,
    rsc: number,
    csc: number,
    h: number,
    w: number,
  ): void {
    // biome-ignore format: the tile reads best as one block
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    for (let p = 0; p < kc; p++) {
      const a0 = pA[ia] as number;
      const a1 = pA[ia + 1] as number;
      const a2 = pA[ia + 2] as number;
      const a3 = pA[ia + 3] as number;
      let bv = pB[ib] as number;
      c00 += a0 * bv;
      c10 += a1 * bv;
      c20 += a2 * bv;
      c30 += a3 * bv;
      bv = pB[ib + 1] as number;
      c01 += a0 * bv;
      c11 += a1 * bv;
      c21 += a2 * bv;
      c31 += a3 * bv;
      bv = pB[ib + 2] as number;
      c02 += a0 * bv;
      c12 += a1 * bv;
      c22 += a2 * bv;
      c32 += a3 * bv;
      bv = pB[ib + 3] as number;
      c03 += a0 * bv;
      c13 += a1 * bv;
      c23 += a2 * bv;
      c33 += a3 * bv;
      ia += 4;
      ib += 4;
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
      for (let j = 0; j < w; j++) {
        const q = ic + i * rsc + j * csc;
        c[q] = (c[q] as number) + (e[i * NR + j] as number);
      }
    }
  }

  return (m, n, k, a, oa, rsa, csa, b, ob, rsb, csb, c, oc, rsc, csc, negate) => {
    for (let jc = 0; jc < n; jc += NC) {
      const nc = Math.min(NC, n - jc);
      for (let pc = 0; pc < k; pc += KC) {
        const kc = Math.min(KC, k - pc);
        packB(b, ob + pc * rsb + jc * csb, rsb, csb, kc, nc);
        for (let ic = 0; ic < m; ic += MC) {
          const mc = Math.min(MC, m - ic);
          packA(a, oa + ic * rsa + pc * csa, rsa, csa, mc, kc, negate);
          for (let jr = 0; jr < nc; jr += NR) {
            const w = Math.min(NR, nc - jr);
            const cj = oc + (jc + jr) * csc;
            for (let ir = 0; ir < mc; ir += MR) {
              micro(kc, ir * kc, jr * kc, c, cj + (ic + ir) * rsc, rsc, csc, Math.min(MR, mc - ir), w);
            }
          }
        }
      }
    }
  };
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
    c[oc + i * rsc] = (c[oc + i * rsc] as number) + (negate ? -s : s);
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
