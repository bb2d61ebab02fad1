/** `polyval`, `poly` and `roots`: NumPy's power-series helpers (coefficients highest power first). */
import { DTYPES, type DType } from '@stride/protocol';
import { signature } from '../core/args.js';
import { type ArrayInput, asarray, astype, emptyArray, isComplexScalar } from '../core/convert.js';
import { isBigInt, isComplex, isFloat, promoteTypes } from '../core/dtype.js';
import { ValueError } from '../errors.js';
import type { Complex, NDArray, Scalar } from '../ndarray.js';
import { fromParts, inexactOf, partsOf } from './dense.js';
import { type Eigenvalues, eigvalsComplex, eigvalsReal } from './eigvals.js';
import { reshape } from '../manipulation/shape.js';

const parseNone = (fn: string) => signature<Record<string, never>>(fn, [], {});
const parsePolyval = parseNone('polyval');
const parsePoly = parseNone('poly');
const parseRoots = parseNone('roots');

/** Horner's rule over `n` values of `x` in the arithmetic of `dtype` (as NumPy's `y = y * x + pv`). */
function horner(p: NDArray, x: NDArray, dtype: DType): NDArray {
  const ps = astype(p, dtype).data;
  const xs = astype(x, dtype).data;
  const out = emptyArray(dtype, x.shape);
  const od = out.data;
  const n = x.size;
  const m = p.size;
  if (isComplex(dtype)) {
    const round = dtype === 'complex64' ? Math.fround : (v: number): number => v;
    for (let i = 0; i < n; i++) {
      const xr = xs[2 * i] as number;
      const xi = xs[2 * i + 1] as number;
      let yr = 0;
      let yi = 0;
      for (let k = 0; k < m; k++) {
        const tr = round(yr * xr - yi * xi);
        const ti = round(yr * xi + yi * xr);
        yr = round(tr + (ps[2 * k] as number));
        yi = round(ti + (ps[2 * k + 1] as number));
      }
      od[2 * i] = yr;
      od[2 * i + 1] = yi;
    }
  } else if (isBigInt(dtype)) {
    const wrap = dtype === 'int64' ? (v: bigint) => BigInt.asIntN(64, v) : (v: bigint) => BigInt.asUintN(64, v);
    for (let i = 0; i < n; i++) {
      const xv = xs[i] as bigint;
      let y = 0n;
      for (let k = 0; k < m; k++) y = wrap(wrap(y * xv) + (ps[k] as bigint));
      od[i] = y;
    }
  } else if (dtype === 'bool') {
    // bool arithmetic: * is AND, + is OR.
    for (let i = 0; i < n; i++) {
      let y = 0;
      for (let k = 0; k < m; k++) y = (y && xs[i]) || ps[k] ? 1 : 0;
      od[i] = y;
    }
  } else if (isFloat(dtype)) {
    const f32 = dtype === 'float32';
    for (let i = 0; i < n; i++) {
      const xv = xs[i] as number;
      let y = 0;
      if (f32) for (let k = 0; k < m; k++) y = Math.fround(Math.fround(y * xv) + (ps[k] as number));
      else for (let k = 0; k < m; k++) y = y * xv + (ps[k] as number);
      od[i] = y;
    }
  } else {
    // Integers up to 32 bits: products modulo 2^32 (Math.imul), stores wrap to the dtype like NumPy.
    const cell = new DTYPES[dtype].ctor(1) as Int32Array;
    for (let i = 0; i < n; i++) {
      const xv = xs[i] as number;
      let y = 0;
      for (let k = 0; k < m; k++) {
        cell[0] = Math.imul(y, xv) + (ps[k] as number);
        y = cell[0] as number;
      }
      od[i] = y;
    }
  }
  return out;
}

/**
 * Evaluates a polynomial at `x` by Horner's rule: `p[0]·x^(n-1) + … + p[n-1]`, in the promoted
 * dtype of `p` and `x` (integers stay integers and wrap like NumPy; float32 rounds each step).
 *
 * @param p - 1-D coefficients, highest power first.
 * @param x - Points (any shape); a JS scalar gives a JS scalar.
 * @returns Values of the shape of `x`.
 * @throws {ValueError} when `p` is not 1-D.
 *
 * @example
 * ```ts
 * polyval([3, 0, 1], 5);                 // 76
 * polyval([1, -2], [0, 1, 2]).toArray(); // [-2, -1, 0]
 * ```
 */
export function polyval(p: ArrayInput, x: number | bigint | boolean | Complex): Scalar;
export function polyval(p: ArrayInput, x: ArrayInput): NDArray;
export function polyval(p: ArrayInput, x: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  parsePolyval(rest);
  const pa = asarray(p);
  const xa = asarray(x);
  if (pa.ndim !== 1) throw new ValueError(`polyval: p must be a 1-D array of coefficients, got ${pa.ndim}-D`);
  const dtype = pa.size === 0 ? xa.dtype : promoteTypes(pa.dtype, xa.dtype);
  const out = horner(pa, xa, dtype);
  const scalarIn = typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || isComplexScalar(x);
  return scalarIn ? out.item() : out;
}

/** Coefficients of ∏(x - z) by repeated convolution with [1, -z], in complex when any z is. */
function fromZeros(re: Float64Array, im: Float64Array | null): { re: Float64Array; im: Float64Array | null } {
  const n = re.length;
  const cr = new Float64Array(n + 1);
  const ci = im ? new Float64Array(n + 1) : null;
  cr[0] = 1;
  for (let k = 0; k < n; k++) {
    const zr = re[k] as number;
    const zi = im ? (im[k] as number) : 0;
    for (let j = k + 1; j >= 1; j--) {
      const pr = cr[j - 1] as number;
      if (ci) {
        const pi = ci[j - 1] as number;
        cr[j] = (cr[j] as number) - (pr * zr - pi * zi);
        ci[j] = (ci[j] as number) - (pr * zi + pi * zr);
      } else {
        cr[j] = (cr[j] as number) - pr * zr;
      }
    }
  }
  return { re: cr, im: ci };
}

/** Whether a multiset of complex numbers equals its conjugate (NumPy's test for a real `poly`). */
function conjugateClosed(re: Float64Array, im: Float64Array): boolean {
  const key = (r: number, i: number): string => `${r},${i}`;
  const counts = new Map<string, number>();
  for (let k = 0; k < re.length; k++) {
    const s = key(re[k] as number, im[k] as number);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  for (let k = 0; k < re.length; k++) {
    const s = key(re[k] as number, -(im[k] as number) + 0);
    const c = counts.get(s) ?? 0;
    if (c === 0) return false;
    counts.set(s, c - 1);
  }
  return true;
}

/**
 * Coefficients of the monic polynomial with the given roots (highest power first), or of the
 * characteristic polynomial of a square matrix. Conjugate-paired complex roots give real
 * coefficients, as in NumPy.
 *
 * @param seqOfZeros - 1-D roots, or a non-empty square 2-D matrix.
 * @returns float64 coefficients (float32 for float32 input; complex when the roots are not
 *   closed under conjugation). No roots give the 0-d array `1`.
 * @throws {ValueError} for other shapes, or a matrix with infs or NaNs.
 *
 * @example
 * ```ts
 * poly([1, 2]).toArray();           // [1, -3, 2]
 * poly([[1, 2], [3, 4]]).toArray(); // [1, -5, -2]
 * ```
 */
export function poly(seqOfZeros: ArrayInput, ...rest: unknown[]): NDArray {
  parsePoly(rest);
  const a = asarray(seqOfZeros);
  let re: Float64Array;
  let im: Float64Array | null;
  if (a.ndim === 2 && a.shape[0] === a.shape[1] && a.shape[0] !== 0) {
    const n = a.shape[0] as number;
    const p = partsOf(a);
    const w = p.im ? eigvalsComplex(p.re, p.im, n, 'poly') : eigvalsReal(p.re, n, 'poly');
    re = w.re;
    im = p.im || w.im.some((v) => v !== 0) ? w.im : null;
  } else if (a.ndim <= 1) {
    ({ re, im } = partsOf(a));
  } else {
    throw new ValueError(`poly: input must be 1-D or a non-empty square 2-D array, got shape [${a.shape.join(', ')}]`);
  }
  const dtype = inexactOf(a.dtype, false);
  if (re.length === 0) return fromParts(Float64Array.of(1), null, [], dtype);
  const c = fromZeros(re, im);
  if (c.im && im && conjugateClosed(re, im)) c.im = null;
  return fromParts(c.re, c.im, [c.re.length], inexactOf(a.dtype, c.im !== null));
}

/**
 * Roots of a polynomial (coefficients highest power first) as the eigenvalues of its companion
 * matrix, computed here by a balanced Francis double-shift QR iteration (complex coefficients:
 * single-shift complex QR). Leading zeros are dropped and trailing zeros give zero roots, as in
 * NumPy. The order of the roots may differ from NumPy's (LAPACK's) order; the values agree to
 * rounding (repeated roots are ill-conditioned in both: a root of multiplicity k moves by about
 * eps^(1/k)).
 *
 * @param p - 1-D coefficients.
 * @returns float64 roots when all are real, else complex128 (float32/complex64 input keeps single precision).
 * @throws {ValueError} when `p` is not 1-D or contains infs or NaNs.
 *
 * @example
 * ```ts
 * roots([1, -3, 2]).toArray(); // [2, 1]
 * roots([1, 0, 1]).dtype;      // 'complex128'
 * ```
 */
export function roots(p: ArrayInput, ...rest: unknown[]): NDArray {
  parseRoots(rest);
  let a = asarray(p);
  if (a.ndim === 0) a = reshape(a, [1]);
  if (a.ndim !== 1) throw new ValueError(`roots: input must be a rank-1 array, got ${a.ndim}-D`);
  const { re, im } = partsOf(a);
  let first = -1;
  let last = -1;
  for (let i = 0; i < re.length; i++) {
    if (re[i] !== 0 || (im !== null && im[i] !== 0)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const single = a.dtype === 'float32' || a.dtype === 'complex64';
  if (first < 0) return fromParts(new Float64Array(0), null, [0], single ? 'float32' : 'float64');
  const trailing = re.length - 1 - last;
  const n = last - first; // degree after trimming
  let w: Eigenvalues = { re: new Float64Array(0), im: new Float64Array(0) };
  if (n > 0) {
    // Companion matrix: first row -p[1:]/p[0], ones on the subdiagonal.
    const cr = new Float64Array(n * n);
    for (let i = 1; i < n; i++) cr[i * n + i - 1] = 1;
    if (im === null) {
      const lead = re[first] as number;
      for (let j = 0; j < n; j++) cr[j] = -(re[first + 1 + j] as number) / lead;
      w = eigvalsReal(cr, n, 'roots');
    } else {
      const ci = new Float64Array(n * n);
      const lr = re[first] as number;
      const li = im[first] as number;
      const d = lr * lr + li * li;
      for (let j = 0; j < n; j++) {
        const xr = re[first + 1 + j] as number;
        const xi = im[first + 1 + j] as number;
        cr[j] = -(xr * lr + xi * li) / d;
        ci[j] = -(xi * lr - xr * li) / d;
      }
      w = eigvalsComplex(cr, ci, n, 'roots');
    }
  }
  const total = n + trailing;
  const outRe = new Float64Array(total);
  outRe.set(w.re);
  const complexOut = im !== null || w.im.some((v) => v !== 0);
  let outIm: Float64Array | null = null;
  if (complexOut) {
    outIm = new Float64Array(total);
    outIm.set(w.im);
  }
  return fromParts(outRe, outIm, [total], inexactOf(single ? 'float32' : 'float64', complexOut));
}
