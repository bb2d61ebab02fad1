/**
 * SciPy's N-d convolution and correlation: `convolve`, `correlate` (direct or FFT, chosen by
 * an operation count like SciPy's), `fftconvolve` (over chosen axes), `oaconvolve`
 * (overlap-add) and `chooseConvMethod`.
 * @module
 */
import {
  type ArrayInput,
  NDArray,
  ValueError,
  asarray,
  ascontiguousarray,
  broadcastTo,
  is,
  promoteTypes,
  signature,
} from '@stride/ndarray';
import { fftn, ifftn, irfftn, rfftn } from '../fft/transforms.js';
import { nextFastLen } from '../fft/helpers.js';
import { type FloatDType, cStrides, isComplex, normAxis, values } from './lines.js';

/** Output size: the full convolution, the size of in1 (centred), or where the inputs overlap fully. */
export type ConvMode = 'full' | 'same' | 'valid';
/** Direct summation, FFT, or SciPy's choice by estimated cost. */
export type ConvMethod = 'auto' | 'direct' | 'fft';

/** Options of {@link convolve} and {@link correlate}. */
export interface ConvolveOptions {
  /** Output size (default `'full'`). */
  mode?: ConvMode;
  /** Method (default `'auto'`). */
  method?: ConvMethod;
}

/** Options of {@link fftconvolve} and {@link oaconvolve}. */
export interface FftconvolveOptions {
  /** Output size (default `'full'`). */
  mode?: ConvMode;
  /** Axes to convolve over (default all); the other axes broadcast. */
  axes?: number | number[] | null;
}

const modeCheck = is.choice('full', 'same', 'valid');
const parseConvolve = signature<ConvolveOptions>('convolve', ['mode', 'method'], {
  mode: modeCheck,
  method: is.choice('auto', 'direct', 'fft'),
});
const parseCorrelate = signature<ConvolveOptions>('correlate', ['mode', 'method'], {
  mode: modeCheck,
  method: is.choice('auto', 'direct', 'fft'),
});
const parseFft = signature<FftconvolveOptions>('fftconvolve', ['mode', 'axes'], {
  mode: modeCheck,
  axes: is.orNone(is.axis),
});
const parseOa = signature<FftconvolveOptions>('oaconvolve', ['mode', 'axes'], {
  mode: modeCheck,
  axes: is.orNone(is.axis),
});
const parseChoose = signature<{ mode?: ConvMode }>('chooseConvMethod', ['mode'], { mode: modeCheck });

/** A dense C-order array of float64 values (interleaved when complex). */
export interface Dense {
  data: Float64Array;
  shape: number[];
  cplx: boolean;
}

const prod = (s: readonly number[]): number => s.reduce((p, d) => p * d, 1);

/** Full N-d convolution by direct summation: out[i + j] += a[i]·b[j], row by row along the last axis. */
export function directFull(a: Dense, b: Dense): Dense {
  const nd = a.shape.length;
  const cplx = a.cplx || b.cplx;
  const outShape = a.shape.map((d, i) => d + (b.shape[i] as number) - 1);
  const w = cplx ? 2 : 1;
  const out = new Float64Array(w * prod(outShape));
  if (prod(a.shape) === 0 || prod(b.shape) === 0) return { data: out, shape: outShape, cplx };
  const os = cStrides(outShape);
  const as = cStrides(a.shape);
  const bs = cStrides(b.shape);
  const last = nd - 1;
  const na = a.shape[last] as number;
  const nbLast = b.shape[last] as number;
  const rowsA = prod(a.shape.slice(0, last));
  const rowsB = prod(b.shape.slice(0, last));
  const aw = a.cplx ? 2 : 1;
  const bw = b.cplx ? 2 : 1;
  for (let rb = 0; rb < rowsB; rb++) {
    // Multi-index of this row of b.
    let offB = 0;
    let rem = rb;
    const ib = new Array<number>(last);
    for (let d = last - 1; d >= 0; d--) {
      ib[d] = rem % (b.shape[d] as number);
      rem = Math.floor(rem / (b.shape[d] as number));
      offB += (ib[d] as number) * (bs[d] as number);
    }
    for (let ra = 0; ra < rowsA; ra++) {
      let offA = 0;
      let offO = 0;
      let r2 = ra;
      for (let d = last - 1; d >= 0; d--) {
        const i = r2 % (a.shape[d] as number);
        r2 = Math.floor(r2 / (a.shape[d] as number));
        offA += i * (as[d] as number);
        offO += (i + (ib[d] as number)) * (os[d] as number);
      }
      for (let j = 0; j < nbLast; j++) {
        const bi = offB + j;
        const br = b.data[bw * bi] as number;
        const bim = b.cplx ? (b.data[2 * bi + 1] as number) : 0;
        const o = offO + j;
        if (!cplx) {
          for (let i = 0; i < na; i++) out[o + i] = (out[o + i] as number) + (a.data[offA + i] as number) * br;
        } else {
          for (let i = 0; i < na; i++) {
            const ar = a.data[aw * (offA + i)] as number;
            const ai = a.cplx ? (a.data[2 * (offA + i) + 1] as number) : 0;
            const k = 2 * (o + i);
            out[k] = (out[k] as number) + ar * br - ai * bim;
            out[k + 1] = (out[k + 1] as number) + ar * bim + ai * br;
          }
        }
      }
    }
  }
  return { data: out, shape: outShape, cplx };
}

/** The block of `d` starting at `starts` with shape `shape` (rows along the last axis copied whole). */
export function block(d: Dense, starts: readonly number[], shape: readonly number[]): Dense {
  const w = d.cplx ? 2 : 1;
  const nd = shape.length;
  if (shape.every((n, i) => n === d.shape[i])) return d;
  const out = new Float64Array(w * prod(shape));
  if (out.length === 0) return { data: out, shape: shape.slice(), cplx: d.cplx };
  const st = cStrides(d.shape);
  const rowLen = shape[nd - 1] as number;
  const rows = prod(shape.slice(0, nd - 1));
  const idx = new Array<number>(Math.max(nd - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let off = starts[nd - 1] as number;
    for (let i = 0; i < nd - 1; i++) off += ((idx[i] as number) + (starts[i] as number)) * (st[i] as number);
    out.set(d.data.subarray(w * off, w * (off + rowLen)), w * r * rowLen);
    for (let i = nd - 2; i >= 0; i--) {
      idx[i] = (idx[i] as number) + 1;
      if ((idx[i] as number) < (shape[i] as number)) break;
      idx[i] = 0;
    }
  }
  return { data: out, shape: shape.slice(), cplx: d.cplx };
}

/** The mode's block of a full result: centred on in1's shape ('same') or where the inputs overlap ('valid'). */
export function modeBlock(full: Dense, s1: readonly number[], s2: readonly number[], mode: ConvMode): Dense {
  if (mode === 'full') return full;
  const shape = mode === 'same' ? s1.slice() : s1.map((d, i) => Math.abs(d - (s2[i] as number)) + 1);
  const starts = shape.map((d, i) => ((full.shape[i] as number) - d) >> 1);
  return block(full, starts, shape);
}

/** SciPy's check that 'valid' has one input at least as large as the other in every dimension. */
function checkValid(fn: string, s1: readonly number[], s2: readonly number[]): void {
  const ge = s1.every((d, i) => d >= (s2[i] as number));
  const le = s1.every((d, i) => d <= (s2[i] as number));
  if (!ge && !le) {
    throw new ValueError(
      `${fn}: for 'valid' mode, one must be at least as large as the other in every dimension, got shapes [${s1.join(', ')}] and [${s2.join(', ')}]`,
    );
  }
}

function dense(a: NDArray, cplx: boolean): Dense {
  return { data: values(a, cplx), shape: a.shape.slice(), cplx };
}

function resultDtype(fn: string, a: NDArray, b: NDArray): string {
  const dt = promoteTypes(a.dtype, b.dtype);
  if (dt === 'bool') return 'bool';
  if (/^u?int|^float|^complex/.test(dt)) return dt;
  throw new ValueError(`${fn}: unsupported dtype ${dt}`);
}

/** An NDArray of `dtype` from dense float64 values (integers rounded, as SciPy's FFT path). */
function toArray(d: Dense, dtype: string): NDArray {
  const n = prod(d.shape);
  if (dtype === 'float64' || dtype === 'complex128') return new NDArray(dtype, d.data, d.shape);
  if (dtype === 'float32' || dtype === 'complex64') return new NDArray(dtype, Float32Array.from(d.data), d.shape);
  if (dtype === 'bool') {
    const o = new Uint8Array(n);
    for (let i = 0; i < n; i++) o[i] = d.data[i] !== 0 ? 1 : 0;
    return new NDArray('bool', o, d.shape);
  }
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) r[i] = Math.round(d.data[i] as number);
  return ascontiguousarray(new NDArray('float64', r, d.shape)).astype(dtype as 'int32');
}

/** Operation counts of the FFT and direct methods (SciPy's _conv_ops). */
function convOps(s1: number[], s2: number[], mode: ConvMode): { fft: number; direct: number } {
  const full = s1.map((d, i) => d + (s2[i] as number) - 1);
  let direct: number;
  if (s1.length === 1) {
    const a = s1[0] as number;
    const b = s2[0] as number;
    if (mode === 'full') direct = a * b;
    else if (mode === 'valid') direct = b >= a ? (b - a + 1) * a : (a - b + 1) * b;
    else direct = a < b ? a * b : a * b - (b >> 1) * ((b + 1) >> 1);
  } else {
    const out = mode === 'full' ? full : mode === 'valid' ? s1.map((d, i) => Math.abs(d - (s2[i] as number)) + 1) : s1;
    direct = mode === 'same' ? prod(s1) * prod(s2) : Math.min(prod(s1), prod(s2)) * prod(out);
  }
  const n = prod(full);
  return { fft: 3 * n * Math.log(n), direct };
}

function fftFaster(s1: number[], s2: number[], mode: ConvMode): boolean {
  const { fft, direct } = convOps(s1, s2, mode);
  const one = s1.length === 1;
  const offset = one ? -1e-3 : -1e-4;
  let c: [number, number, number];
  if (one) {
    if (mode === 'valid') c = [1.89095737e-9, 2.1364985e-10, offset];
    else if (mode === 'full') c = [1.764907e-9, 2.1414831e-10, offset];
    else c = prod(s2) <= prod(s1) ? [3.2646654e-9, 2.8478277e-10, offset] : [3.21635404e-9, 1.1773253e-8, -1e-5];
  } else if (mode === 'valid') c = [1.85927e-9, 2.11242e-8, offset];
  else if (mode === 'full') c = [1.99817e-9, 1.66174e-8, offset];
  else c = [2.04735e-9, 1.55367e-8, offset];
  return c[0] * fft < c[1] * direct + c[2];
}

function methodFor(a: NDArray, b: NDArray, mode: ConvMode): 'direct' | 'fft' {
  const exact = (x: NDArray) => x.dtype === 'bool' || /int/.test(x.dtype);
  if (exact(a) || exact(b)) {
    if (a.dtype === 'bool' && b.dtype === 'bool') return 'direct';
    const maxAbs = (x: NDArray) => values(x, false).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (maxAbs(a) * maxAbs(b) * Math.min(a.size, b.size) > 2 ** 52 - 1) return 'direct';
  }
  return fftFaster(a.shape.slice(), b.shape.slice(), mode) ? 'fft' : 'direct';
}

/**
 * SciPy's `choose_conv_method`: `'fft'` when the estimated FFT cost is below the direct cost
 * (timings fitted by SciPy), `'direct'` otherwise and for integers too large for exact FFT
 * rounding.
 *
 * @param in1 - first input. @param in2 - second input (same ndim).
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @returns `'direct'` or `'fft'`.
 * @example
 * ```ts
 * chooseConvMethod(new Float64Array(10000), new Float64Array(1000)); // 'fft'
 * ```
 */
export function chooseConvMethod(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): 'direct' | 'fft' {
  const { mode = 'full' } = parseChoose(rest);
  const a = asarray(in1);
  const b = asarray(in2);
  if (a.ndim !== b.ndim)
    throw new ValueError(
      `chooseConvMethod: in1 and in2 should have the same dimensionality, got ${a.ndim} and ${b.ndim}`,
    );
  return methodFor(a, b, mode);
}

function convolveImpl(
  fn: string,
  in1: ArrayInput,
  in2: ArrayInput,
  o: ConvolveOptions,
  correlateMode: boolean,
): NDArray {
  const a = asarray(in1);
  let b = asarray(in2);
  const mode = o.mode ?? 'full';
  if (a.ndim !== b.ndim)
    throw new ValueError(`${fn}: in1 and in2 should have the same dimensionality, got ${a.ndim} and ${b.ndim}`);
  const dtype = resultDtype(fn, a, b);
  if (a.ndim === 0) {
    const cplx = isComplex(dtype);
    const x = values(a, cplx);
    const y = values(b, cplx);
    const yv =
      correlateMode && cplx ? [y[0] as number, -(y[1] as number)] : [y[0] as number, cplx ? (y[1] as number) : 0];
    const d = cplx
      ? Float64Array.of(
          (x[0] as number) * (yv[0] as number) - (x[1] as number) * (yv[1] as number),
          (x[0] as number) * (yv[1] as number) + (x[1] as number) * (yv[0] as number),
        )
      : Float64Array.of((x[0] as number) * (y[0] as number));
    return toArray({ data: d, shape: [], cplx }, dtype);
  }
  if (a.size === 0 || b.size === 0) throw new ValueError(`${fn}: ${a.size === 0 ? 'in1' : 'in2'} cannot be empty`);
  if (mode === 'valid') checkValid(fn, a.shape, b.shape);
  const cplx = isComplex(dtype);
  let method = o.method ?? 'auto';
  if (method === 'auto') method = methodFor(a, b, mode);
  if (correlateMode) b = reverseConj(b, cplx);
  let full: Dense;
  if (method === 'fft' && a.size > 0 && b.size > 0) {
    const single = dtype === 'float32' || dtype === 'complex64';
    full = fftFull(
      a,
      b,
      a.shape.map((_, i) => i),
      cplx,
      single,
    );
  } else {
    full = directFull(dense(a, cplx), dense(b, cplx));
  }
  return toArray(modeBlock(full, a.shape, b.shape, mode), dtype);
}

/** in2 reversed along every axis and conjugated (correlation as convolution). */
function reverseConj(b: NDArray, cplx: boolean): NDArray {
  const d = values(b, cplx);
  const n = b.size;
  const w = cplx ? 2 : 1;
  const r = new Float64Array(d.length);
  for (let i = 0; i < n; i++) {
    r[w * i] = d[w * (n - 1 - i)] as number;
    if (cplx) r[2 * i + 1] = -(d[2 * (n - 1 - i) + 1] as number);
  }
  return new NDArray(cplx ? 'complex128' : 'float64', r, b.shape.slice());
}

/** Full convolution over `axes` by FFT (other axes broadcast), as dense float64. */
function fftFull(a: NDArray, b: NDArray, axes: number[], cplx: boolean, single: boolean): Dense {
  const nd = a.ndim;
  const shapeA: number[] = [];
  const shapeB: number[] = [];
  const full: number[] = [];
  for (let d = 0; d < nd; d++) {
    const x = a.shape[d] as number;
    const y = b.shape[d] as number;
    if (axes.includes(d)) {
      shapeA.push(x);
      shapeB.push(y);
      full.push(x + y - 1);
    } else {
      if (x !== y && x !== 1 && y !== 1) {
        throw new ValueError(
          `fftconvolve: incompatible shapes for in1 and in2: [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`,
        );
      }
      const m = Math.max(x, y);
      shapeA.push(m);
      shapeB.push(m);
      full.push(m);
    }
  }
  const ab = broadcastTo(a, shapeA);
  const bb = broadcastTo(b, shapeB);
  const s = axes.map((d) => nextFastLen(full[d] as number, !cplx));
  const fa = (cplx ? fftn(ab, { s, axes }) : rfftn(ab, { s, axes })) as NDArray;
  const fb = (cplx ? fftn(bb, { s, axes }) : rfftn(bb, { s, axes })) as NDArray;
  const pa = values(fa, true);
  const pb = values(fb, true);
  for (let i = 0; i < pa.length; i += 2) {
    const xr = pa[i] as number;
    const xi = pa[i + 1] as number;
    const yr = pb[i] as number;
    const yi = pb[i + 1] as number;
    pa[i] = xr * yr - xi * yi;
    pa[i + 1] = xr * yi + xi * yr;
  }
  const prodArr = new NDArray(
    single ? 'complex64' : 'complex128',
    single ? Float32Array.from(pa) : pa,
    fa.shape.slice(),
  );
  const back = (cplx ? ifftn(prodArr, { s, axes }) : irfftn(prodArr, { s, axes })) as NDArray;
  const dn: Dense = { data: values(back, cplx), shape: back.shape.slice(), cplx };
  return block(
    dn,
    full.map(() => 0),
    full,
  );
}

/**
 * Convolves two N-d arrays (SciPy's `scipy.signal.convolve`), by direct summation or FFT
 * (`method: 'auto'` picks by estimated cost, like SciPy). Integer inputs give integer output.
 *
 * @param in1 - first input. @param in2 - second input (same number of dimensions).
 * @param mode - `'full'` (default), `'same'` (size of in1, centred) or `'valid'`.
 * @param method - `'auto'` (default), `'direct'` or `'fft'`.
 * @returns the convolution, dtype of the promoted inputs.
 * @throws {ValueError} for different dimensionalities, or 'valid' without one input covering the other.
 * @example
 * ```ts
 * convolve([1, 2, 3], [0, 1, 0.5]).toArray(); // [0, 1, 2.5, 4, 1.5]
 * convolve([1, 2, 3], [0, 1, 0.5], 'same').toArray(); // [1, 2.5, 4]
 * ```
 */
export function convolve(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  method?: ConvMethod,
  options?: ConvolveOptions,
): NDArray;
export function convolve(in1: ArrayInput, in2: ArrayInput, options?: ConvolveOptions): NDArray;
export function convolve(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  return convolveImpl('convolve', in1, in2, parseConvolve(rest), false);
}

/**
 * Cross-correlates two N-d arrays (SciPy's `scipy.signal.correlate`):
 * z[k] = Σ in1[n + k]·conj(in2[n]), with the modes and methods of {@link convolve}.
 *
 * @param in1 - first input. @param in2 - second input (same number of dimensions).
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @param method - `'auto'` (default), `'direct'` or `'fft'`.
 * @returns the correlation.
 * @throws {ValueError} as {@link convolve}.
 * @example
 * ```ts
 * correlate([1, 2, 3], [0, 1, 0.5]).toArray(); // [0.5, 2, 3.5, 3, 0]
 * ```
 */
export function correlate(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  method?: ConvMethod,
  options?: ConvolveOptions,
): NDArray;
export function correlate(in1: ArrayInput, in2: ArrayInput, options?: ConvolveOptions): NDArray;
export function correlate(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  return convolveImpl('correlate', in1, in2, parseCorrelate(rest), true);
}

function fftPrep(fn: string, in1: ArrayInput, in2: ArrayInput, axesIn: number | number[] | null | undefined) {
  const a = asarray(in1);
  const b = asarray(in2);
  if (a.ndim !== b.ndim)
    throw new ValueError(`${fn}: in1 and in2 should have the same dimensionality, got ${a.ndim} and ${b.ndim}`);
  const axes =
    axesIn === undefined || axesIn === null
      ? a.shape.map((_, i) => i)
      : (typeof axesIn === 'number' ? [axesIn] : axesIn).map((x) => normAxis(fn, x, a.ndim));
  if (new Set(axes).size !== axes.length)
    throw new ValueError(`${fn}: all axes must be unique, got [${axes.join(', ')}]`);
  axes.sort((x, y) => x - y);
  let dt = promoteTypes(a.dtype, b.dtype) as string;
  if (!/^float|^complex/.test(dt)) dt = 'float64';
  return { a, b, axes, dtype: dt as FloatDType };
}

/** The mode's block for convolutions over `axes` only (other axes keep their broadcast length). */
function axesBlock(full: Dense, a: NDArray, b: NDArray, axes: number[], mode: ConvMode): Dense {
  if (mode === 'full') return full;
  const shape = full.shape.map((d, i) => {
    if (!axes.includes(i)) return d;
    const x = a.shape[i] as number;
    return mode === 'same' ? x : Math.abs(x - (b.shape[i] as number)) + 1;
  });
  return block(
    full,
    shape.map((d, i) => ((full.shape[i] as number) - d) >> 1),
    shape,
  );
}

/**
 * Convolves two N-d arrays with FFTs (SciPy's `scipy.signal.fftconvolve`), over all axes or the
 * given `axes` (the others broadcast). float32 input stays float32.
 *
 * @param in1 - first input. @param in2 - second input (same number of dimensions).
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @param axes - axes to convolve over (default all).
 * @returns the convolution (float or complex).
 * @throws {ValueError} for different dimensionalities, shapes that do not broadcast, or 'valid' without cover.
 * @example
 * ```ts
 * fftconvolve([1, 2, 3], [1, 1]).toArray(); // [1, 3, 5, 3]
 * ```
 */
export function fftconvolve(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  axes?: number | number[] | null,
  options?: FftconvolveOptions,
): NDArray;
export function fftconvolve(in1: ArrayInput, in2: ArrayInput, options?: FftconvolveOptions): NDArray;
export function fftconvolve(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseFft(rest);
  return fftLike('fftconvolve', in1, in2, o, false);
}

function fftLike(fn: string, in1: ArrayInput, in2: ArrayInput, o: FftconvolveOptions, overlapAdd: boolean): NDArray {
  const { a, b, axes, dtype } = fftPrep(fn, in1, in2, o.axes);
  const mode = o.mode ?? 'full';
  if (a.ndim === 0) return convolveImpl(fn, a.astype(dtype), b.astype(dtype), { method: 'direct' }, false);
  if (mode === 'valid')
    checkValid(
      fn,
      axes.map((i) => a.shape[i] as number),
      axes.map((i) => b.shape[i] as number),
    );
  const cplx = isComplex(dtype);
  const single = dtype === 'float32' || dtype === 'complex64';
  if (a.size === 0 || b.size === 0) return new NDArray(dtype, new (single ? Float32Array : Float64Array)(0), [0]);
  const full =
    overlapAdd && axes.length === 1 && a.ndim === 1
      ? overlapAddFull(a, b, cplx, single)
      : fftFull(a, b, axes, cplx, single);
  const d = axesBlock(full, a, b, axes, mode);
  return toArray(d, dtype);
}

/** 1-D overlap-add: the longer input in blocks, each convolved by one FFT of a fast length. */
function overlapAddFull(a: NDArray, b: NDArray, cplx: boolean, single: boolean): Dense {
  const [x, h] = a.size >= b.size ? [a, b] : [b, a];
  const n = x.size;
  const m = h.size;
  const outLen = n + m - 1;
  if (m === 1 || n === m) return fftFull(a, b, [0], cplx, single);
  // Block length: a fast FFT length about four times the kernel, as SciPy's overlap-add sizing.
  const nfft = nextFastLen(Math.max(2 * m, 8 * m), !cplx);
  const step = nfft - m + 1;
  const hv = values(h, cplx);
  const xv = values(x, cplx);
  const w = cplx ? 2 : 1;
  const dt = cplx ? 'complex128' : 'float64';
  const hf = values((cplx ? fftn : rfftn)(new NDArray(dt, hv, [m]), { s: [nfft] }) as NDArray, true);
  const out = new Float64Array(w * outLen);
  const seg = new Float64Array(w * step);
  for (let start = 0; start < n; start += step) {
    const len = Math.min(step, n - start);
    seg.fill(0);
    seg.set(xv.subarray(w * start, w * (start + len)));
    const sf = values((cplx ? fftn : rfftn)(new NDArray(dt, seg, [step]), { s: [nfft] }) as NDArray, true);
    for (let i = 0; i < sf.length; i += 2) {
      const xr = sf[i] as number;
      const xi = sf[i + 1] as number;
      const yr = hf[i] as number;
      const yi = hf[i + 1] as number;
      sf[i] = xr * yr - xi * yi;
      sf[i + 1] = xr * yi + xi * yr;
    }
    const spec = new NDArray('complex128', sf, [sf.length / 2]);
    const y = values((cplx ? ifftn : irfftn)(spec, { s: [nfft] }) as NDArray, cplx);
    const count = Math.min(nfft, outLen - start);
    for (let i = 0; i < w * count; i++) out[w * start + i] = (out[w * start + i] as number) + (y[i] as number);
  }
  return { data: out, shape: [outLen], cplx };
}

/**
 * Convolves two N-d arrays by overlap-add (SciPy's `scipy.signal.oaconvolve`): the longer
 * signal is cut into blocks, each convolved with one FFT of a fast length, and the pieces summed.
 * One-dimensional inputs use blocks; N-d inputs use one FFT per axis set (same result).
 *
 * @param in1 - first input. @param in2 - second input (same number of dimensions).
 * @param mode - `'full'` (default), `'same'` or `'valid'`.
 * @param axes - axes to convolve over (default all).
 * @returns the convolution (float or complex).
 * @throws {ValueError} as {@link fftconvolve}.
 * @example
 * ```ts
 * oaconvolve([1, 2, 3, 4, 5, 6], [1, -1], 'valid').toArray(); // [1, 1, 1, 1, 1]
 * ```
 */
export function oaconvolve(
  in1: ArrayInput,
  in2: ArrayInput,
  mode?: ConvMode,
  axes?: number | number[] | null,
  options?: FftconvolveOptions,
): NDArray;
export function oaconvolve(in1: ArrayInput, in2: ArrayInput, options?: FftconvolveOptions): NDArray;
export function oaconvolve(in1: ArrayInput, in2: ArrayInput, ...rest: unknown[]): NDArray {
  return fftLike('oaconvolve', in1, in2, parseOa(rest), true);
}
