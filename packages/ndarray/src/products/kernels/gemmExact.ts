/**
 * Exact integer matrix products with NumPy's wrap-around, for values too large for the float64
 * kernel to sum exactly: 32-bit arithmetic through Math.imul, 64-bit through BigInt.
 */
import type { NumArray } from './gemm.js';

/** 64-bit integer storage. */
export type BigArray = BigInt64Array | BigUint64Array;

/**
 * C[i, j] = Σ_p A[i, p] · B[p, j] modulo 2^32 (C starts at zero). Serves every integer dtype of at
 * most 32 bits: the low bits of the 32-bit result are the narrower dtype's wrapped result.
 */
export function gemmWrap32(
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
  c: Int32Array,
  oc: number,
  rsc: number,
  csc: number,
): void {
  for (let i = 0; i < m; i++) {
    const ci = oc + i * rsc;
    for (let p = 0; p < k; p++) {
      const x = a[oa + i * rsa + p * csa] as number;
      if (x === 0) continue;
      let ib = ob + p * rsb;
      let jc = ci;
      for (let j = 0; j < n; j++, ib += csb, jc += csc) {
        c[jc] = ((c[jc] as number) + Math.imul(x, b[ib] as number)) | 0;
      }
    }
  }
}

/** C[i, j] = Σ_p A[i, p] · B[p, j] in BigInt, wrapped to 64 bits by the store. */
export function gemmBigInt(
  m: number,
  n: number,
  k: number,
  a: BigArray,
  oa: number,
  rsa: number,
  csa: number,
  b: BigArray,
  ob: number,
  rsb: number,
  csb: number,
  c: BigArray,
  oc: number,
  rsc: number,
  csc: number,
): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0n;
      let ia = oa + i * rsa;
      let ib = ob + j * csb;
      for (let p = 0; p < k; p++, ia += csa, ib += rsb) s += (a[ia] as bigint) * (b[ib] as bigint);
      c[oc + i * rsc + j * csc] = s;
    }
  }
}
