/** `convolve` and `correlate` of 1-D sequences (direct sums), with NumPy's 'full' / 'same' / 'valid' windows. */
import type { DType, TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, emptyArray } from '../core/convert.js';
import { isBigInt, isComplex, promoteTypes } from '../core/dtype.js';
import { ValueError } from '../errors.js';
import { ravel } from '../sorting/lanes.js';
import { checkChoice, fmtShape } from '../sorting/options.js';
import { is, signature } from '../core/args.js';

/** Output window of {@link convolve} / {@link correlate}. */
export type ConvolveMode = 'full' | 'same' | 'valid';

const MODES = ['full', 'same', 'valid'] as const;

/** Options of {@link convolve} / {@link correlate} (the mode may also be passed directly). */
export interface ConvolveOptions {
  /** Output window. */
  mode?: ConvolveMode;
}

const parseConvolve = signature<ConvolveOptions>('convolve', ['mode'], { mode: is.string as never });

function modeOf(rest: readonly unknown[], fallback: ConvolveMode, op: string): ConvolveMode {
  const mode = parseConvolve(rest, op).mode ?? fallback;
  return checkChoice(mode, MODES, 'mode', op);
}

/** Both inputs as 1-D contiguous arrays of their common dtype. */
function operands(a: ArrayInput, v: ArrayInput, op: string): { x: NDArray; y: NDArray; dtype: DType } {
  const xa = asarray(a);
  const ya = asarray(v);
  if (xa.ndim > 1 || ya.ndim > 1) {
    throw new ValueError(`${op}: inputs must be 1-D, got shapes ${fmtShape(xa.shape)} and ${fmtShape(ya.shape)}`);
  }
  if (xa.size === 0) throw new ValueError(`${op}: a cannot be empty`);
  if (ya.size === 0) throw new ValueError(`${op}: v cannot be empty`);
  const dtype = promoteTypes(xa.dtype, ya.dtype);
  return {
    x: ravel(xa.dtype === dtype ? xa : astype(xa, dtype)),
    y: ravel(ya.dtype === dtype ? ya : astype(ya, dtype)),
    dtype,
  };
}

/**
 * Full cross-correlation `c[k] = sum_n a[n + k - (m - 1)] * w[n]` for k in [0, n + m - 1) into
 * `out` (storage of `dtype`), `w` optionally conjugated. Integer sums wrap like the dtype.
 */
function correlateFull(
  dtype: DType,
  a: TypedArray,
  ao: number,
  n: number,
  w: TypedArray,
  wo: number,
  m: number,
  conj: boolean,
  out: TypedArray,
): void {
  const len = n + m - 1;
  if (isComplex(dtype)) {
    const r = dtype === 'complex64' ? Math.fround : (t: number): number => t;
    const sgn = conj ? -1 : 1;
    for (let k = 0; k < len; k++) {
      const lo = Math.max(0, m - 1 - k);
      const hi = Math.min(m, n + m - 1 - k);
      let sr = 0;
      let si = 0;
      for (let j = lo; j < hi; j++) {
        const i = k + j - (m - 1);
        const xr = a[2 * (ao + i)] as number;
        const xi = a[2 * (ao + i) + 1] as number;
        const yr = w[2 * (wo + j)] as number;
        const yi = sgn * (w[2 * (wo + j) + 1] as number);
        sr += xr * yr - xi * yi;
        si += xr * yi + xi * yr;
      }
      out[2 * k] = r(sr);
      out[2 * k + 1] = r(si);
    }
    return;
  }
  if (isBigInt(dtype)) {
    for (let k = 0; k < len; k++) {
      const lo = Math.max(0, m - 1 - k);
      const hi = Math.min(m, n + m - 1 - k);
      let s = 0n;
      for (let j = lo; j < hi; j++) s += (a[ao + k + j - (m - 1)] as bigint) * (w[wo + j] as bigint);
      out[k] = s;
    }
    return;
  }
  const wide = dtype === 'int32' || dtype === 'uint32';
  for (let k = 0; k < len; k++) {
    const lo = Math.max(0, m - 1 - k);
    const hi = Math.min(m, n + m - 1 - k);
    let s = 0;
    if (dtype === 'bool') {
      for (let j = lo; j < hi && s === 0; j++) if (a[ao + k + j - (m - 1)] !== 0 && w[wo + j] !== 0) s = 1;
    } else if (wide) {
      // 32-bit products overflow a double's exact range: accumulate modulo 2^32.
      for (let j = lo; j < hi; j++) s = (s + Math.imul(a[ao + k + j - (m - 1)] as number, w[wo + j] as number)) | 0;
    } else {
      for (let j = lo, i = ao + k + lo - (m - 1); j < hi; j++, i++) s += (a[i] as number) * (w[wo + j] as number);
    }
    out[k] = s;
  }
}

/** Slices the full result to the window of `mode` (NumPy's centring, mirrored when the first input is shorter). */
function window(full: NDArray, n: number, m: number, mode: ConvolveMode, swapped: boolean): NDArray {
  const len = n + m - 1;
  if (mode === 'full') return full;
  const short = Math.min(n, m);
  const outLen = mode === 'same' ? Math.max(n, m) : Math.max(n, m) - short + 1;
  const off = mode === 'same' ? short - 1 - Math.floor(short / 2) : short - 1;
  const start = swapped ? len - outLen - off : off;
  const out = emptyArray(full.dtype, [outLen]);
  const k = isComplex(full.dtype) ? 2 : 1;
  (out.data as Float64Array).set((full.data as Float64Array).subarray(k * start, k * (start + outLen)));
  return out;
}

/**
 * Discrete linear convolution of two 1-D sequences, `(a * v)[k] = sum_m a[m] v[k - m]`, computed
 * directly in their common dtype (integers wrap like NumPy's).
 *
 * @param a - First sequence (1-D, non-empty).
 * @param v - Second sequence (1-D, non-empty).
 * @param options - `{ mode }` or the mode itself: `'full'` (default, length n + m - 1), `'same'` (length
 *   max(n, m)), `'valid'` (length max - min + 1).
 * @returns The convolution.
 * @throws {ValueError} for empty or multi-dimensional input or an unknown mode.
 *
 * @example
 * ```ts
 * convolve([1, 2, 3], [0, 1, 0.5]).toArray();          // [0, 1, 2.5, 4, 1.5]
 * convolve([1, 2, 3], [0, 1, 0.5], { mode: 'same' }).toArray(); // [1, 2.5, 4]
 * ```
 */
export function convolve(a: ArrayInput, v: ArrayInput, mode?: ConvolveMode | ConvolveOptions): NDArray;
export function convolve(a: ArrayInput, v: ArrayInput, ...rest: unknown[]): NDArray {
  const mode = modeOf(rest, 'full', 'convolve');
  const { x, y, dtype } = operands(a, v, 'convolve');
  let p = x;
  let q = y;
  if (q.size > p.size) [p, q] = [q, p];
  const n = p.size;
  const m = q.size;
  // Convolution is correlation with the reversed kernel.
  const rq = emptyArray(dtype, [m]);
  const rd = rq.data;
  const qd = q.data;
  for (let j = 0; j < m; j++) {
    if (isComplex(dtype)) {
      rd[2 * j] = qd[2 * (q.offset + m - 1 - j)] as number;
      rd[2 * j + 1] = qd[2 * (q.offset + m - 1 - j) + 1] as number;
    } else rd[j] = qd[q.offset + m - 1 - j] as number;
  }
  const full = emptyArray(dtype, [n + m - 1]);
  correlateFull(dtype, p.data, p.offset, n, rd, 0, m, false, full.data);
  return window(full, n, m, mode, false);
}

/**
 * Cross-correlation of two 1-D sequences, `c[k] = sum_n a[n + k] * conj(v[n])`, as NumPy's
 * `correlate` (default mode `'valid'`).
 *
 * @param a - First sequence (1-D, non-empty).
 * @param v - Second sequence (1-D, non-empty).
 * @param options - `{ mode }` or the mode itself: `'valid'` (default), `'same'` or `'full'`.
 * @returns The correlation.
 * @throws {ValueError} for empty or multi-dimensional input or an unknown mode.
 *
 * @example
 * ```ts
 * correlate([1, 2, 3], [0, 1, 0.5]).toArray();          // [3.5]
 * correlate([1, 2, 3], [0, 1, 0.5], 'full').toArray();  // [0.5, 2, 3.5, 3, 0]
 * ```
 */
export function correlate(a: ArrayInput, v: ArrayInput, mode?: ConvolveMode | ConvolveOptions): NDArray;
export function correlate(a: ArrayInput, v: ArrayInput, ...rest: unknown[]): NDArray {
  const mode = modeOf(rest, 'valid', 'correlate');
  const { x, y, dtype } = operands(a, v, 'correlate');
  const n = x.size;
  const m = y.size;
  const full = emptyArray(dtype, [n + m - 1]);
  correlateFull(dtype, x.data, x.offset, n, y.data, y.offset, m, true, full.data);
  return window(full, n, m, mode, n < m);
}
