/**
 * Float helpers shared by the numeric routines (histogram, gradient, trapezoid, interp): NumPy's
 * pairwise summation order, float32 rounding, and complex division as NumPy performs it.
 */

import { sumf_F32, sum_F64 } from '../reduce/kernels.generated.js';

/** Rounds to the precision of a float dtype: `Math.fround` for float32, identity for float64. */
export type Round = (x: number) => number;

/** Identity rounding (float64 arithmetic). */
export const round64: Round = (x) => x;

/** The rounding of a float dtype's arithmetic. */
export function roundFor(float32: boolean): Round {
  return float32 ? Math.fround : round64;
}

/**
 * NumPy's pairwise sum of `n` values `v[off], v[off + stride], ...` (the order `add.reduce` uses
 * on a contiguous run): the reductions' own generated kernels (`sum_F64`, and `sumf_F32` when
 * `r` rounds to float32), so there is one pairwise summation in the package. An empty run sums
 * to 0.
 */
export function pairwiseSum(v: ArrayLike<number>, off: number, n: number, stride: number, r: Round = round64): number {
  if (n === 0) return 0;
  if (r === round64) {
    if (v instanceof Float64Array) return sum_F64(n, v, off, stride);
    const t = new Float64Array(n);
    for (let i = 0; i < n; i++) t[i] = v[off + i * stride] as number;
    return sum_F64(n, t, 0, 1);
  }
  // float32 arithmetic: the values are float32 already (each caller rounds them), so a copy
  // into a Float32Array is exact.
  if (v instanceof Float32Array) return sumf_F32(n, v, off, stride);
  const t = new Float32Array(n);
  for (let i = 0; i < n; i++) t[i] = v[off + i * stride] as number;
  return r(sumf_F32(n, t, 0, 1));
}

/**
 * Complex division `(ar + ai i) / (br + bi i)` with Smith's scaling, the way NumPy divides (so a
 * complex divided by a real `b` is computed as `(ar + ai*0) * (1/b)`, not `ar / b`).
 */
export function cdiv(ar: number, ai: number, br: number, bi: number, r: Round = round64): [number, number] {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return [ar / abr, ai / abr];
    const rat = r(bi / br);
    const scl = r(1 / r(br + r(bi * rat)));
    return [r(r(ar + r(ai * rat)) * scl), r(r(ai - r(ar * rat)) * scl)];
  }
  const rat = r(br / bi);
  const scl = r(1 / r(bi + r(br * rat)));
  return [r(r(r(ar * rat) + ai) * scl), r(r(r(ai * rat) - ar) * scl)];
}

/** Complex product `(ar + ai i) * (br + bi i)`. */
export function cmul(ar: number, ai: number, br: number, bi: number, r: Round = round64): [number, number] {
  return [r(r(ar * br) - r(ai * bi)), r(r(ar * bi) + r(ai * br))];
}
