/**
 * Elementwise binary operations of two compressed matrices in canonical form (sorted indices, no
 * duplicates): a merge of each pair of slices, storing only non-zero results (SciPy's
 * csr_binop_csr). Real values use `op(a, b)`; complex values `cop(ar, ai, br, bi, out)`.
 */
import type { Values } from './compressed.js';

/** A real elementwise operation. */
export type RealOp = (a: number, b: number) => number;
/** A complex elementwise operation writing `out[0]`, `out[1]`. */
export type ComplexOp = (ar: number, ai: number, br: number, bi: number, out: Float64Array) => void;

/** Merges two canonical compressed matrices; returns nnz of the result (cp, cj, cx sized for nnz(A) + nnz(B)). */
export function binopReal(
  nMajor: number,
  ap: Int32Array,
  aj: Int32Array,
  ax: Values,
  bp: Int32Array,
  bj: Int32Array,
  bx: Values,
  op: RealOp,
  cp: Int32Array,
  cj: Int32Array,
  cx: Values,
): number {
  let nnz = 0;
  cp[0] = 0;
  for (let i = 0; i < nMajor; i++) {
    let ka = ap[i]!;
    let kb = bp[i]!;
    const ea = ap[i + 1]!;
    const eb = bp[i + 1]!;
    while (ka < ea || kb < eb) {
      const ja = ka < ea ? aj[ka]! : 0x7fffffff;
      const jb = kb < eb ? bj[kb]! : 0x7fffffff;
      let j: number;
      let v: number;
      if (ja === jb) {
        j = ja;
        v = op(ax[ka++]!, bx[kb++]!);
      } else if (ja < jb) {
        j = ja;
        v = op(ax[ka++]!, 0);
      } else {
        j = jb;
        v = op(0, bx[kb++]!);
      }
      if (v !== 0) {
        cj[nnz] = j;
        cx[nnz] = v;
        nnz++;
      }
    }
    cp[i + 1] = nnz;
  }
  return nnz;
}

/** {@link binopReal} for complex (interleaved) values. */
export function binopComplex(
  nMajor: number,
  ap: Int32Array,
  aj: Int32Array,
  ax: Values,
  bp: Int32Array,
  bj: Int32Array,
  bx: Values,
  op: ComplexOp,
  cp: Int32Array,
  cj: Int32Array,
  cx: Values,
): number {
  const out = new Float64Array(2);
  let nnz = 0;
  cp[0] = 0;
  for (let i = 0; i < nMajor; i++) {
    let ka = ap[i]!;
    let kb = bp[i]!;
    const ea = ap[i + 1]!;
    const eb = bp[i + 1]!;
    while (ka < ea || kb < eb) {
      const ja = ka < ea ? aj[ka]! : 0x7fffffff;
      const jb = kb < eb ? bj[kb]! : 0x7fffffff;
      let j: number;
      if (ja === jb) {
        j = ja;
        op(ax[2 * ka]!, ax[2 * ka + 1]!, bx[2 * kb]!, bx[2 * kb + 1]!, out);
        ka++;
        kb++;
      } else if (ja < jb) {
        j = ja;
        op(ax[2 * ka]!, ax[2 * ka + 1]!, 0, 0, out);
        ka++;
      } else {
        j = jb;
        op(0, 0, bx[2 * kb]!, bx[2 * kb + 1]!, out);
        kb++;
      }
      if (out[0] !== 0 || out[1] !== 0) {
        cj[nnz] = j;
        cx[2 * nnz] = out[0]!;
        cx[2 * nnz + 1] = out[1]!;
        nnz++;
      }
    }
    cp[i + 1] = nnz;
  }
  return nnz;
}
