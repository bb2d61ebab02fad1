/**
 * SciPy's `scipy.fft` real-to-real transforms: `dct`, `idct`, `dst`, `idst` (types 1–4) and
 * their N-d forms `dctn`, `idctn`, `dstn`, `idstn`, with SciPy's `norm` and `orthogonalize`.
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import {
  type FFTNorm,
  type Lines,
  cStrides,
  checks,
  eachLine,
  finish,
  normAxis,
  resolveAxes,
  toLines,
} from '../core.js';
import { type R2RType, r2r } from './kernels.js';

export type { R2RType } from './kernels.js';

/** Options of `dct`, `idct`, `dst`, `idst`. */
export interface R2ROptions {
  /** The transform type, 1–4 (default 2). */
  type?: R2RType;
  /** Length of the transformed axis: the input is zero-padded or truncated to it. */
  n?: number | null;
  /** The axis to transform (default −1). */
  axis?: number;
  /** `'backward'` (default: no factor forward, 1/(2N) or its type-1 variant back), `'ortho'` or `'forward'`. */
  norm?: FFTNorm | null;
  /** Use the orthogonalized variant (types 1–3: the end terms scaled by √2); default `norm === 'ortho'`. */
  orthogonalize?: boolean | null;
}

/** Options of `dctn`, `idctn`, `dstn`, `idstn`. */
export interface R2RNOptions {
  /** The transform type, 1–4 (default 2). */
  type?: R2RType;
  /** Lengths along the transformed axes (each zero-padded or truncated). */
  s?: number[] | null;
  /** The axes (default: the last `s.length`, or all). */
  axes?: number[] | null;
  /** `'backward'` (default), `'ortho'` or `'forward'`. */
  norm?: FFTNorm | null;
  /** Use the orthogonalized variant; default `norm === 'ortho'`. */
  orthogonalize?: boolean | null;
}

const typeCheck = ((v: unknown, fn: string, name: string) => {
  const c = is.int(v, fn, name);
  if (c < 1 || c > 4) throw new ValueError(`${fn}: ${name} must be 1, 2, 3 or 4, got ${c}`);
  return c as R2RType;
}) as (v: unknown, fn: string, name: string) => R2RType;

const orthCheck = is.orNone(is.boolean);

const parse1 = (name: string) =>
  signature<R2ROptions>(name, ['type', 'n', 'axis', 'norm'], {
    type: typeCheck,
    n: checks.n,
    axis: checks.axis,
    norm: checks.norm,
    orthogonalize: orthCheck,
  });
const parseN = (name: string) =>
  signature<R2RNOptions>(name, ['type', 's', 'axes', 'norm'], {
    type: typeCheck,
    s: checks.s,
    axes: checks.axes,
    norm: checks.norm,
    orthogonalize: orthCheck,
  });

type Kind = 'dct' | 'dst';
type Name1 = 'dct' | 'idct' | 'dst' | 'idst';
type NameN = 'dctn' | 'idctn' | 'dstn' | 'idstn';
const parsers1 = { dct: parse1('dct'), idct: parse1('idct'), dst: parse1('dst'), idst: parse1('idst') };
const parsersN = { dctn: parseN('dctn'), idctn: parseN('idctn'), dstn: parseN('dstn'), idstn: parseN('idstn') };

const SQRT2 = Math.SQRT2;

/** One transform along `axis` of a working array, output length n, with its scale and orthogonalization. */
function r2rAxis(
  fn: string,
  src: Lines,
  axis: number,
  n: number,
  kind: Kind,
  type: R2RType,
  inverse: boolean,
  norm: FFTNorm,
  orth: boolean,
): Lines {
  if (n < 1 || (kind === 'dct' && type === 1 && n < 2)) {
    throw new ValueError(
      `${fn}: invalid number of data points (${n}) specified${n >= 1 ? ' (type 1 needs at least 2)' : ''}`,
    );
  }
  // the inverse of type 2 is type 3 and back; types 1 and 4 are their own inverses
  const t = (inverse && type === 2 ? 3 : inverse && type === 3 ? 2 : type) as R2RType;
  const L = kind === 'dct' && type === 1 ? 2 * (n - 1) : kind === 'dst' && type === 1 ? 2 * (n + 1) : 2 * n;
  const scale = norm === 'ortho' ? 1 / Math.sqrt(L) : norm === 'backward' ? (inverse ? 1 / L : 1) : inverse ? 1 : 1 / L;
  const inLen = src.shape[axis] as number;
  const m = Math.min(n, inLen);
  const outShape = src.shape.slice();
  outShape[axis] = n;
  const outStrides = cStrides(outShape);
  let total = 1;
  for (const d of outShape) total *= d;
  const cplx = src.complex;
  const out = new Float64Array(cplx ? 2 * total : total);
  const os = outStrides[axis] as number;
  const is_ = src.strides[axis] as number;
  const x = src.data;
  const line = new Float64Array(n);
  const res = new Float64Array(n);
  const one = (part: number, io: number, oo: number): void => {
    if (cplx) for (let i = 0, k = 2 * io + part; i < m; i++, k += 2 * is_) line[i] = x[k] as number;
    else for (let i = 0, k = io; i < m; i++, k += is_) line[i] = x[k] as number;
    line.fill(0, m, n);
    if (orth) {
      if (kind === 'dct' && t === 1) {
        line[0] = (line[0] as number) * SQRT2;
        line[n - 1] = (line[n - 1] as number) * SQRT2;
      } else if (kind === 'dct' && t === 3) line[0] = (line[0] as number) * SQRT2;
      else if (kind === 'dst' && t === 3) line[n - 1] = (line[n - 1] as number) * SQRT2;
    }
    r2r(kind, t, n, line, res);
    if (orth) {
      if (kind === 'dct' && t === 1) {
        res[0] = (res[0] as number) / SQRT2;
        res[n - 1] = (res[n - 1] as number) / SQRT2;
      } else if (kind === 'dct' && t === 2) res[0] = (res[0] as number) / SQRT2;
      else if (kind === 'dst' && t === 2) res[n - 1] = (res[n - 1] as number) / SQRT2;
    }
    if (cplx) for (let i = 0, k = 2 * oo + part; i < n; i++, k += 2 * os) out[k] = scale * (res[i] as number);
    else for (let i = 0, k = oo; i < n; i++, k += os) out[k] = scale * (res[i] as number);
  };
  eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
    one(0, io, oo);
    if (cplx) one(1, io, oo);
  });
  return { data: out, shape: outShape, strides: outStrides, offset: 0, complex: cplx };
}

function oneD(fn: Name1, input: ArrayInput, rest: unknown[]): NDArray {
  const { type = 2, n, axis = -1, norm, orthogonalize } = parsers1[fn](rest);
  const a = asarray(input);
  const ax = normAxis(fn, axis, a.ndim);
  const { lines, single } = toLines(fn, a);
  const nrm = (norm ?? 'backward') as FFTNorm;
  const orth = orthogonalize ?? nrm === 'ortho';
  const kind: Kind = fn.endsWith('dct') ? 'dct' : 'dst';
  const w = r2rAxis(fn, lines, ax, n ?? (lines.shape[ax] as number), kind, type, fn.startsWith('i'), nrm, orth);
  return finish(w, single);
}

function nD(fn: NameN, input: ArrayInput, rest: unknown[]): NDArray {
  const o = parsersN[fn](rest);
  const a = asarray(input);
  const { axes, s } = resolveAxes(fn, a.shape, o.s ?? undefined, o.axes ?? undefined, undefined);
  const nrm = (o.norm ?? 'backward') as FFTNorm;
  const orth = o.orthogonalize ?? nrm === 'ortho';
  const kind: Kind = fn.startsWith('dct') || fn.startsWith('idct') ? 'dct' : 'dst';
  const { lines, single } = toLines(fn, a);
  let w = lines;
  for (let i = 0; i < axes.length; i++) {
    const ax = axes[i] as number;
    w = r2rAxis(fn, w, ax, s[i] ?? (w.shape[ax] as number), kind, o.type ?? 2, fn.startsWith('i'), nrm, orth);
  }
  return finish(w, single);
}

/** A one-dimensional real-to-real transform: SciPy's positionals `(x, type, n, axis, norm)` or an options object. */
export interface R2RTransform {
  (
    x: ArrayInput,
    type?: R2RType,
    n?: number | null,
    axis?: number,
    norm?: FFTNorm | null,
    options?: R2ROptions,
  ): NDArray;
  (x: ArrayInput, type?: R2RType, n?: number | null, axis?: number, options?: R2ROptions): NDArray;
  (x: ArrayInput, type?: R2RType, n?: number | null, options?: R2ROptions): NDArray;
  (x: ArrayInput, type?: R2RType, options?: R2ROptions): NDArray;
  (x: ArrayInput, options?: R2ROptions): NDArray;
}

/** An N-d real-to-real transform: SciPy's positionals `(x, type, s, axes, norm)` or an options object. */
export interface R2RTransformN {
  (
    x: ArrayInput,
    type?: R2RType,
    s?: number[] | null,
    axes?: number[] | null,
    norm?: FFTNorm | null,
    options?: R2RNOptions,
  ): NDArray;
  (x: ArrayInput, type?: R2RType, s?: number[] | null, axes?: number[] | null, options?: R2RNOptions): NDArray;
  (x: ArrayInput, type?: R2RType, s?: number[] | null, options?: R2RNOptions): NDArray;
  (x: ArrayInput, type?: R2RType, options?: R2RNOptions): NDArray;
  (x: ArrayInput, options?: R2RNOptions): NDArray;
}

/**
 * The discrete cosine transform of type 1, 2 (default), 3 or 4 along one axis (SciPy's
 * `scipy.fft.dct`), in O(n log n) for every length. float32 stays float32; complex input
 * transforms its real and imaginary parts.
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param n - length of the transformed axis (zero-padded or truncated); default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` (orthonormal) or `'forward'`.
 * @throws {ValueError} for a length below 1 (below 2 for type 1) or a type outside 1–4.
 * @example
 * ```ts
 * dct([1, 2, 3, 4]).toArray()[0]; // 20
 * dct([1, 1, 1, 1], { norm: 'ortho' }).toArray(); // [2, 0, 0, 0]
 * ```
 */
export const dct: R2RTransform = (x: ArrayInput, ...rest: unknown[]) => oneD('dct', x, rest);

/**
 * The inverse discrete cosine transform (SciPy's `scipy.fft.idct`): `idct(dct(x, t), t)` is `x`
 * for every type and norm.
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param n - length of the transformed axis; default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default: scaled by 1/(2n), 1/(2(n−1)) for type 1), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * idct(dct([1, 2, 3])).toArray(); // [1, 2, 3]
 * ```
 */
export const idct: R2RTransform = (x: ArrayInput, ...rest: unknown[]) => oneD('idct', x, rest);

/**
 * The discrete sine transform of type 1, 2 (default), 3 or 4 along one axis (SciPy's `scipy.fft.dst`).
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param n - length of the transformed axis; default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * dst([1, 1], 1).toArray()[0]; // 3.46410161513775
 * ```
 */
export const dst: R2RTransform = (x: ArrayInput, ...rest: unknown[]) => oneD('dst', x, rest);

/**
 * The inverse discrete sine transform (SciPy's `scipy.fft.idst`).
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param n - length of the transformed axis; default its length.
 * @param axis - the axis (default −1).
 * @param norm - `'backward'` (default: scaled by 1/(2n), 1/(2(n+1)) for type 1), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * idst(dst([1, 2, 3], 4), 4).toArray(); // [1, 2, 3]
 * ```
 */
export const idst: R2RTransform = (x: ArrayInput, ...rest: unknown[]) => oneD('idst', x, rest);

/**
 * The N-d discrete cosine transform over `axes` (SciPy's `scipy.fft.dctn`): `dct` along each.
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param s - lengths along the axes; default their lengths.
 * @param axes - the axes (default all, or the last `s.length`).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * dctn([[1, 1], [1, 1]]).toArray(); // [[16, 0], [0, 0]]
 * ```
 */
export const dctn: R2RTransformN = (x: ArrayInput, ...rest: unknown[]) => nD('dctn', x, rest);

/**
 * The N-d inverse DCT (SciPy's `scipy.fft.idctn`).
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param s - lengths along the axes; default their lengths.
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * idctn([[16, 0], [0, 0]]).toArray(); // [[1, 1], [1, 1]]
 * ```
 */
export const idctn: R2RTransformN = (x: ArrayInput, ...rest: unknown[]) => nD('idctn', x, rest);

/**
 * The N-d discrete sine transform (SciPy's `scipy.fft.dstn`).
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param s - lengths along the axes; default their lengths.
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * dstn([[1, 0], [0, 0]], 1).shape; // [2, 2]
 * ```
 */
export const dstn: R2RTransformN = (x: ArrayInput, ...rest: unknown[]) => nD('dstn', x, rest);

/**
 * The N-d inverse DST (SciPy's `scipy.fft.idstn`).
 *
 * @param x - the input.
 * @param type - 1, 2 (default), 3 or 4.
 * @param s - lengths along the axes; default their lengths.
 * @param axes - the axes (default all).
 * @param norm - `'backward'` (default), `'ortho'` or `'forward'`.
 * @example
 * ```ts
 * idstn(dstn([[1, 2], [3, 4]])).toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export const idstn: R2RTransformN = (x: ArrayInput, ...rest: unknown[]) => nD('idstn', x, rest);
