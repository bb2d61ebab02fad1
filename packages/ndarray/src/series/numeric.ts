/**
 * Float helpers shared by the numeric routines (histogram, gradient, trapezoid, interp): NumPy's
 * pairwise summation order, float32 rounding, and complex division as NumPy performs it.
 */

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
 * on a contiguous run): 8-way unrolled blocks up to 128 elements, halves above. `r` rounds each
 * operation (float32 sums).
 */
export function pairwiseSum(v: ArrayLike<number>, off: number, n: number, stride: number, r: Round = round64): number {
  if (r === round64) return pairwise64(v, off, n, stride);
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = r(res + (v[off + i * stride] as number));
    return res;
  }
  if (n <= 128) {
    const s = stride;
    let a0 = v[off] as number;
    let a1 = v[off + s] as number;
    let a2 = v[off + 2 * s] as number;
    let a3 = v[off + 3 * s] as number;
    let a4 = v[off + 4 * s] as number;
    let a5 = v[off + 5 * s] as number;
    let a6 = v[off + 6 * s] as number;
    let a7 = v[off + 7 * s] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const k = off + i * s;
      a0 = r(a0 + (v[k] as number));
      a1 = r(a1 + (v[k + s] as number));
      a2 = r(a2 + (v[k + 2 * s] as number));
      a3 = r(a3 + (v[k + 3 * s] as number));
      a4 = r(a4 + (v[k + 4 * s] as number));
      a5 = r(a5 + (v[k + 5 * s] as number));
      a6 = r(a6 + (v[k + 6 * s] as number));
      a7 = r(a7 + (v[k + 7 * s] as number));
    }
    let res = r(r(r(a0 + a1) + r(a2 + a3)) + r(r(a4 + a5) + r(a6 + a7)));
    for (; i < n; i++) res = r(res + (v[off + i * s] as number));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return r(pairwiseSum(v, off, n2, stride, r) + pairwiseSum(v, off + n2 * stride, n - n2, stride, r));
}

/** {@link pairwiseSum} in float64 (no rounding calls). */
function pairwise64(v: ArrayLike<number>, off: number, n: number, s: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += v[off + i * s] as number;
    return res;
  }
  if (n <= 128) {
    let a0 = v[off] as number;
    let a1 = v[off + s] as number;
    let a2 = v[off + 2 * s] as number;
    let a3 = v[off + 3 * s] as number;
    let a4 = v[off + 4 * s] as number;
    let a5 = v[off + 5 * s] as number;
    let a6 = v[off + 6 * s] as number;
    let a7 = v[off + 7 * s] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const k = off + i * s;
      a0 += v[k] as number;
      a1 += v[k + s] as number;
      a2 += v[k + 2 * s] as number;
      a3 += v[k + 3 * s] as number;
      a4 += v[k + 4 * s] as number;
      a5 += v[k + 5 * s] as number;
      a6 += v[k + 6 * s] as number;
      a7 += v[k + 7 * s] as number;
    }
    let res = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < n; i++) res += v[off + i * s] as number;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise64(v, off, n2, s) + pairwise64(v, off + n2 * s, n - n2, s);
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
