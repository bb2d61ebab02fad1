/**
 * SciPy's two-dimensional convolution and correlation with boundary handling (`convolve2d`,
 * `correlate2d`): zero or constant fill, periodic wrap, or symmetric reflection.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, promoteTypes, signature } from '@stride/ndarray';
import type { ConvMode } from './convolve.js';
import { isComplex, values } from './lines.js';

/** How in1 is extended beyond its edges. */
export type Boundary = 'fill' | 'wrap' | 'symm';

/** Options of {@link convolve2d} and {@link correlate2d}. */
export interface Convolve2dOptions {
  /** Output size (default `'full'`). */
  mode?: ConvMode;
  /** Boundary (default `'fill'`); SciPy's aliases `'circular'` and `'symmetric'` are accepted. */
  boundary?: Boundary | 'circular' | 'symmetric';
  /** Value outside in1 for `'fill'` (default 0). */
  fillvalue?: number;
}

const checks = {
  mode: is.choice('full', 'same', 'valid'),
  boundary: is.choice('fill', 'wrap', 'symm', 'circular', 'symmetric'),
  fillvalue: is.number,
};
const parseConv2 = signature<Convolve2dOptions>('convolve2d', ['mode', 'boundary', 'fillvalue'], checks);
const parseCorr2 = signature<Convolve2dOptions>('correlate2d', ['mode', 'boundary', 'fillvalue'], checks);

/** Index into [0, n) under a boundary rule, or −1 for "outside" (fill). */
function extIndex(i: number, n: number, boundary: Boundary): number {
  if (i >= 0 && i < n) return i;
  if (boundary === 'fill') return -1;
  if (boundary === 'wrap') return ((i % n) + n) % n;
  const r = ((i % (2 * n)) + 2 * n) % (2 * n);
  return r < n ? r : 2 * n - 1 - r;
}

function conv2(fn: string, in1: ArrayInput, in2: ArrayInput, o: Convolve2dOptions, corr: boolean): NDArray {
  const a = asarray(in1);
  const k = asarray(in2);
  if (a.ndim !== 2 || k.ndim !== 2) {
    throw new ValueError(`${fn}: in1 and in2 should have the same dimensionality 2, got ${a.ndim} and ${k.ndim}`);
  }
  const mode = o.mode ?? 'full';
  const b0 = o.boundary ?? 'fill';
  const boundary: Boundary = b0 === 'circular' ? 'wrap' : b0 === 'symmetric' ? 'symm' : b0;
  let dtype = promoteTypes(a.dtype, k.dtype) as string;
  if (dtype === 'bool') dtype = 'float64';
  const cplx = isComplex(dtype);
  const [m1, n1] = a.shape as [number, number];
  const [m2, n2] = k.shape as [number, number];
  if (mode === 'valid' && !((m1 >= m2 && n1 >= n2) || (m1 <= m2 && n1 <= n2))) {
    throw new ValueError(`${fn}: for 'valid' mode, one must be at least as large as the other in every dimension`);
  }
  const w = cplx ? 2 : 1;
  const x = values(a, cplx);
  const kv = values(k, cplx);
  // Kernel as used by a convolution sum: flipped and conjugated for correlation.
  const kern = new Float64Array(kv.length);
  for (let i = 0; i < m2 * n2; i++) {
    const src = corr ? m2 * n2 - 1 - i : i;
    kern[w * i] = kv[w * src] as number;
    if (cplx) kern[w * i + 1] = (corr ? -1 : 1) * (kv[w * src + 1] as number);
  }
  // Rows/cols of the full result this mode keeps.
  let om: number;
  let on: number;
  let r0: number;
  let c0: number;
  if (mode === 'full') {
    [om, on, r0, c0] = [m1 + m2 - 1, n1 + n2 - 1, 0, 0];
  } else if (mode === 'same') {
    om = m1;
    on = n1;
    r0 = corr ? m2 - 1 - ((m2 - 1) >> 1) : (m2 - 1) >> 1;
    c0 = corr ? n2 - 1 - ((n2 - 1) >> 1) : (n2 - 1) >> 1;
  } else {
    om = Math.abs(m1 - m2) + 1;
    on = Math.abs(n1 - n2) + 1;
    r0 = Math.min(m1, m2) - 1;
    c0 = Math.min(n1, n2) - 1;
  }
  const bnd: Boundary = mode === 'valid' ? 'fill' : boundary;
  const fill = mode === 'valid' ? 0 : (o.fillvalue ?? 0);
  const out = new Float64Array(w * om * on);
  for (let i = 0; i < om; i++) {
    for (let j = 0; j < on; j++) {
      let sr = 0;
      let si = 0;
      for (let p = 0; p < m2; p++) {
        const ri = extIndex(i + r0 - p, m1, bnd);
        for (let q = 0; q < n2; q++) {
          const ci = ri < 0 ? -1 : extIndex(j + c0 - q, n1, bnd);
          const xr = ci < 0 ? fill : (x[w * (ri * n1 + ci)] as number);
          const xi = ci < 0 || !cplx ? 0 : (x[2 * (ri * n1 + ci) + 1] as number);
          const kr = kern[w * (p * n2 + q)] as number;
          if (cplx) {
            const ki = kern[2 * (p * n2 + q) + 1] as number;
            sr += xr * kr - xi * ki;
            si += xr * ki + xi * kr;
          } else {
            sr += xr * kr;
          }
        }
      }
      out[w * (i * on + j)] = sr;
      if (cplx) out[2 * (i * on + j) + 1] = si;
    }
  }
  if (dtype === 'float64' || dtype === 'complex128') return new NDArray(dtype, out, [om, on]);
  if (dtype === 'float32' || dtype === 'complex64') return new NDArray(dtype, Float32Array.from(out), [om, on]);
  return new NDArray('float64', out.map(Math.round), [om, on]).astype(dtype as 'int32');
}

/**
 * Two-dimensional convolution with a boundary rule (SciPy's `scipy.signal.convolve2d`).
 *
 * @param in1 - 2-D input. @param in2 - 2-D kernel.
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @param boundary - `'fill'` (default), `'wrap'` or `'symm'`.
 * @param fillvalue - value outside in1 for `'fill'` (default 0).
 * @returns the 2-D convolution.
 * @throws {ValueError} for inputs that are not 2-D, or 'valid' without one input covering the other.
 * @example
 * ```ts
 * convolve2d([[1, 2], [3, 4]], [[1, 1]]).toArray(); // [[1, 3, 2], [3, 7, 4]]
 * ```
 */
export function convolve2d(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  boundary?: Boundary,
  fillvalue?: number,
  options?: Convolve2dOptions,
): NDArray;
export function convolve2d(in1: ArrayInput, in2: ArrayInput, options?: Convolve2dOptions): NDArray;
export function convolve2d(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  return conv2('convolve2d', in1, in2, parseConv2(rest), false);
}

/**
 * Two-dimensional cross-correlation with a boundary rule (SciPy's `scipy.signal.correlate2d`).
 *
 * @param in1 - 2-D input. @param in2 - 2-D template.
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @param boundary - `'fill'` (default), `'wrap'` or `'symm'`.
 * @param fillvalue - value outside in1 for `'fill'` (default 0).
 * @returns the 2-D correlation.
 * @throws {ValueError} as {@link convolve2d}.
 * @example
 * ```ts
 * correlate2d([[1, 2], [3, 4]], [[1, 1]]).toArray(); // [[1, 3, 2], [3, 7, 4]]
 * ```
 */
export function correlate2d(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  boundary?: Boundary,
  fillvalue?: number,
  options?: Convolve2dOptions,
): NDArray;
export function correlate2d(in1: ArrayInput, in2: ArrayInput, options?: Convolve2dOptions): NDArray;
export function correlate2d(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  return conv2('correlate2d', in1, in2, parseCorr2(rest), true);
}
