/**
 * NumPy's `numpy.fft` transforms: one-dimensional, two-dimensional and N-d, complex and real.
 * @module
 */
import { type ArrayInput, DTypeError, type NDArray, ValueError, asarray, signature } from '@stride/ndarray';
import {
  type FFTNOptions,
  type FFTNorm,
  type FFTOptions,
  type Kind,
  type Lines,
  checkLength,
  checks,
  finish,
  normAxis,
  releaseLines,
  resolveAxes,
  scaleFor,
  swapNorm,
  toLines,
  transformAxis,
} from './core.js';

const parse1 = (name: string) =>
  signature<FFTOptions>(name, ['n', 'axis', 'norm'], { n: checks.n, axis: checks.axis, norm: checks.norm });
const parseN = (name: string) =>
  signature<FFTNOptions>(name, ['s', 'axes', 'norm'], { s: checks.s, axes: checks.axes, norm: checks.norm });

type OneD = 'fft' | 'ifft' | 'rfft' | 'irfft' | 'hfft' | 'ihfft';
const parsers1: Record<OneD, ReturnType<typeof parse1>> = {
  fft: parse1('fft'),
  ifft: parse1('ifft'),
  rfft: parse1('rfft'),
  irfft: parse1('irfft'),
  hfft: parse1('hfft'),
  ihfft: parse1('ihfft'),
};

function realOnly(fn: string, a: NDArray): void {
  if (a.dtype === 'complex64' || a.dtype === 'complex128') {
    throw new DTypeError(`${fn}: input must be real, got dtype ${a.dtype} (take the real part or use fft)`);
  }
}

/** A one-dimensional transform: NumPy's positionals `(a, n, axis, norm)` or an options object. */
export interface Transform1D {
  (a: ArrayInput, n?: number | null, axis?: number, norm?: FFTNorm | null, options?: FFTOptions): NDArray;
  (a: ArrayInput, options?: FFTOptions): NDArray;
}

/** An N-d transform: NumPy's positionals `(a, s, axes, norm)` or an options object. */
export interface TransformN {
  (a: ArrayInput, s?: number[] | null, axes?: number[] | null, norm?: FFTNorm | null, options?: FFTNOptions): NDArray;
  (a: ArrayInput, options?: FFTNOptions): NDArray;
}

/** A one-dimensional transform: NumPy's positionals `(a, n, axis, norm)` or an options object. */
export interface Transform1D {
  (a: ArrayInput, n?: number | null, axis?: number, norm?: FFTNorm | null, options?: FFTOptions): NDArray;
  (a: ArrayInput, options?: FFTOptions): NDArray;
}

/** An N-d transform: NumPy's positionals `(a, s, axes, norm)` or an options object. */
export interface TransformN {
  (a: ArrayInput, s?: number[] | null, axes?: number[] | null, norm?: FFTNorm | null, options?: FFTNOptions): NDArray;
  (a: ArrayInput, options?: FFTNOptions): NDArray;
}

function oneD(fn: OneD, input: ArrayInput, rest: unknown[]): NDArray {
  const { n, axis = -1, norm = 'backward' } = parsers1[fn](rest);
  const a = asarray(input);
  if (fn === 'rfft' || fn === 'ihfft') realOnly(fn, a);
  const ax = normAxis(fn, axis, a.ndim);
  const { lines, single } = toLines(fn, a);
  const len = lines.shape[ax] as number;
  const nrm = (norm ?? 'backward') as FFTNorm;
  let w: Lines;
  switch (fn) {
    case 'fft':
    case 'ifft': {
      const m = checkLength(fn, n ?? len);
      w = transformAxis(lines, ax, m, 'c2c', fn === 'ifft', scaleFor(nrm, m, fn === 'ifft'));
      break;
    }
    case 'rfft': {
      const m = checkLength(fn, n ?? len);
      w = transformAxis(lines, ax, m, 'r2c', false, scaleFor(nrm, m, false));
      break;
    }
    case 'ihfft': {
      const m = checkLength(fn, n ?? len);
      w = transformAxis(lines, ax, m, 'r2c', false, scaleFor(swapNorm(nrm), m, false), false, true);
      break;
    }
    case 'irfft': {
      const m = checkLength(fn, n ?? 2 * (len - 1));
      w = transformAxis(lines, ax, m, 'c2r', true, scaleFor(nrm, m, true));
      break;
    }
    case 'hfft': {
      const m = checkLength(fn, n ?? 2 * (len - 1));
      w = transformAxis(lines, ax, m, 'c2r', true, scaleFor(swapNorm(nrm), m, true), true);
      break;
    }
  }
  return finish(w, single, true);
}

/**
 * The discrete Fourier transform of `a` along one axis (NumPy's `fft.fft`), any length, in
 * O(n log n). float32/complex64 in gives complex64, anything else complex128.
 *
 * @param a - the input (real or complex).
 * @param n - length of the transformed axis (the input is zero-padded or truncated); default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @throws {ValueError} when the length is below 1; an AxisError for an axis out of range.
 * @example
 * ```ts
 * real(fft([1, 2, 3, 4])).toArray(); // [10, -2, -2, -2]
 * imag(fft([1, 2, 3, 4])).toArray(); // [0, 2, 0, -2]
 * fft(new Float32Array([1, 2, 3])).dtype; // 'complex64'
 * ```
 */
export const fft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('fft', a, rest);

/**
 * The inverse discrete Fourier transform along one axis (NumPy's `fft.ifft`): `ifft(fft(x))` is `x`.
 *
 * @param a - the input spectrum.
 * @param n - output length along the axis (zero-padded or truncated input); default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default: factor 1/n), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(ifft([4, 0, 0, 0])).toArray(); // [1, 1, 1, 1]
 * ```
 */
export const ifft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('ifft', a, rest);

/**
 * The transform of real input (NumPy's `fft.rfft`): the n/2+1 non-negative frequencies, at about
 * half the cost of `fft`.
 *
 * @param a - real input (a complex dtype is a DTypeError, as NumPy's TypeError).
 * @param n - length of the transformed axis; default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * imag(rfft([1, 2, 3, 4])).toArray(); // [0, 2, 0]
 * rfft([1, 2, 3, 4, 5]).shape; // [3]
 * ```
 */
export const rfft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('rfft', a, rest);

/**
 * The inverse of `rfft` (NumPy's `fft.irfft`): n real outputs from n/2+1 frequencies (default
 * n = 2·(m−1) for m inputs). The imaginary parts of the zero and Nyquist terms are ignored.
 *
 * @param a - the half spectrum.
 * @param n - output length; default 2·(m−1).
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default: 1/n), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * irfft(rfft([1, 2, 3, 4])).toArray(); // [1, 2, 3, 4]
 * irfft(rfft([1, 2, 3]), 3).toArray(); // [1, 2, 3]
 * ```
 */
export const irfft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('irfft', a, rest);

/**
 * The transform of a Hermitian-symmetric signal given by its first half (NumPy's `fft.hfft`):
 * real output of length n (default 2·(m−1)).
 *
 * @param a - the first half of the signal.
 * @param n - output length; default 2·(m−1).
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * hfft([1, 2, 3]).toArray(); // [8, -2, 0, -2]
 * ```
 */
export const hfft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('hfft', a, rest);

/**
 * The inverse of `hfft` (NumPy's `fft.ihfft`): the first n/2+1 values of the inverse transform
 * of real input.
 *
 * @param a - real input.
 * @param n - length of the transformed axis; default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(ihfft([8, -2, 0, -2])).toArray(); // [1, 2, 3]
 * ```
 */
export const ihfft: Transform1D = (a: ArrayInput, ...rest: unknown[]) => oneD('ihfft', a, rest);

type ND = 'fftn' | 'ifftn' | 'rfftn' | 'irfftn' | 'fft2' | 'ifft2' | 'rfft2' | 'irfft2';
const parsersN: Record<ND, ReturnType<typeof parseN>> = {
  fftn: parseN('fftn'),
  ifftn: parseN('ifftn'),
  rfftn: parseN('rfftn'),
  irfftn: parseN('irfftn'),
  fft2: parseN('fft2'),
  ifft2: parseN('ifft2'),
  rfft2: parseN('rfft2'),
  irfft2: parseN('irfft2'),
};

function nD(fn: ND, input: ArrayInput, rest: unknown[]): NDArray {
  const o = parsersN[fn](rest);
  const a = asarray(input);
  const two = fn.endsWith('2');
  const real = fn.startsWith('rfft');
  const inv = fn.startsWith('irfft');
  const inverse = fn.startsWith('i');
  if (real) realOnly(fn, a);
  const { axes, s } = resolveAxes(fn, a.shape, o.s ?? undefined, o.axes ?? undefined, two ? [-2, -1] : undefined);
  if (axes.length === 0) throw new ValueError(`${fn}: axes must name at least one axis`);
  const nrm = (o.norm ?? 'backward') as FFTNorm;
  const { lines, single } = toLines(fn, a);
  let w: Lines = lines;
  const last = axes.length - 1;
  const lenOf = (i: number, cur: Lines): number => {
    const given = s[i];
    if (given !== undefined) return checkLength(fn, given);
    const len = cur.shape[axes[i] as number] as number;
    return checkLength(fn, inv && i === last ? 2 * (len - 1) : len);
  };
  // each axis makes a new working array; the previous one (not the input) is freed at once
  const step = (prev: Lines, axis: number, n: number, kind: Kind, inverse: boolean, scale: number): Lines => {
    const next = transformAxis(prev, axis, n, kind, inverse, scale);
    if (prev !== lines) releaseLines(prev);
    return next;
  };
  if (real) {
    // rfft along the last axis, then complex transforms along the others
    const n = lenOf(last, w);
    w = step(w, axes[last] as number, n, 'r2c', false, scaleFor(nrm, n, false));
    for (let i = last - 1; i >= 0; i--) {
      const m = lenOf(i, w);
      w = step(w, axes[i] as number, m, 'c2c', false, scaleFor(nrm, m, false));
    }
  } else if (inv) {
    // complex inverses along all but the last axis, then irfft along it
    const n = lenOf(last, w);
    for (let i = 0; i < last; i++) {
      const m = lenOf(i, w);
      w = step(w, axes[i] as number, m, 'c2c', true, scaleFor(nrm, m, true));
    }
    w = step(w, axes[last] as number, n, 'c2r', true, scaleFor(nrm, n, true));
  } else {
    for (let i = last; i >= 0; i--) {
      const m = lenOf(i, w);
      w = step(w, axes[i] as number, m, 'c2c', inverse, scaleFor(nrm, m, inverse));
    }
  }
  return finish(w, single, true);
}

/**
 * The N-d discrete Fourier transform (NumPy's `fft.fftn`) over `axes` (default all, or the last
 * `s.length`), each axis padded or truncated to `s`.
 *
 * @param a - the input.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(fftn([[1, 2], [3, 4]])).toArray(); // [[10, -2], [-4, 0]]
 * ```
 */
export const fftn: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('fftn', a, rest);

/**
 * The N-d inverse transform (NumPy's `fft.ifftn`).
 *
 * @param a - the spectrum.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(ifftn([[4, 0], [0, 0]])).toArray(); // [[1, 1], [1, 1]]
 * ```
 */
export const ifftn: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('ifftn', a, rest);

/**
 * The 2-d transform over the last two axes (NumPy's `fft.fft2`).
 *
 * @param a - the input.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default [−2, −1]).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(fft2([[1, 1], [1, 1]])).toArray(); // [[4, 0], [0, 0]]
 * fft2([[1, 2, 3], [4, 5, 6]], [4, 4]).shape; // [4, 4]
 * ```
 */
export const fft2: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('fft2', a, rest);

/**
 * The 2-d inverse transform over the last two axes (NumPy's `fft.ifft2`).
 *
 * @param a - the spectrum.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default [−2, −1]).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(ifft2([[4, 0], [0, 0]])).toArray(); // [[1, 1], [1, 1]]
 * ```
 */
export const ifft2: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('ifft2', a, rest);

/**
 * The N-d transform of real input (NumPy's `fft.rfftn`): `rfft` along the last axis, `fft`
 * along the others.
 *
 * @param a - real input.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * real(rfftn([[1, 2, 3, 4], [5, 6, 7, 8]])).toArray(); // [[36, -4, -4], [-16, 0, 0]]
 * ```
 */
export const rfftn: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('rfftn', a, rest);

/**
 * The inverse of `rfftn` (NumPy's `fft.irfftn`): real output, the last axis of length
 * `s[-1]` (default 2·(m−1)).
 *
 * @param a - the half spectrum.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * irfftn([[10, -2], [-4, 0]]).toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export const irfftn: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('irfftn', a, rest);

/**
 * `rfftn` over the last two axes (NumPy's `fft.rfft2`).
 *
 * @param a - real input.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default [−2, −1]).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * rfft2([[1, 2], [3, 4]]).shape; // [2, 2]
 * ```
 */
export const rfft2: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('rfft2', a, rest);

/**
 * `irfftn` over the last two axes (NumPy's `fft.irfft2`).
 *
 * @param a - the half spectrum.
 * @param s - lengths along the axes (each zero-padded or truncated).
 * @param axes - the axes (default [−2, −1]).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * irfft2([[10, -2], [-4, 0]]).toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export const irfft2: TransformN = (a: ArrayInput, ...rest: unknown[]) => nD('irfft2', a, rest);
