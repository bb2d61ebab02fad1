/**
 * SciPy's second-order-section filters: `sosfilt` (cascaded biquads along any axis, with
 * initial conditions) and `sosfilt_zi` (the steady state of the step response).
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { sosfiltComplex, sosfiltReal } from './kernels.js';
import { ziValues } from './lfilter.js';
import { type FloatDType, floatType, fromFloat64, isComplex, lineAxis, mapLines, values } from './lines.js';

/** Options of {@link sosfilt}. */
export interface SosfiltOptions {
  /** The axis to filter along (default −1). */
  axis?: number;
  /** Initial state, shape (n_sections, …, 2, …) with 2 at `axis + 1`. */
  zi?: ArrayInput | null;
}

const parseSosfilt = signature<SosfiltOptions>('sosfilt', ['axis', 'zi'], {
  axis: is.axisInt,
  zi: is.nullable(is.arrayLike),
});

/** sos as a checked (n, 6) array with sos[:, 3] = 1 (SciPy's messages). */
export function checkSos(fn: string, s: ArrayInput): NDArray {
  let sos = asarray(s);
  if (sos.ndim < 2) sos = asarray([sos.ndim === 0 ? [sos.item() as number] : (sos.toArray() as number[])]);
  if (sos.ndim !== 2) throw new ValueError(`${fn}: sos array must be 2-D, got shape [${sos.shape.join(', ')}]`);
  if (sos.shape[1] !== 6)
    throw new ValueError(`${fn}: sos array must be shape (n_sections, 6), got [${sos.shape.join(', ')}]`);
  const v = values(sos, isComplex(sos.dtype));
  const w = isComplex(sos.dtype) ? 2 : 1;
  for (let i = 0; i < (sos.shape[0] as number); i++) {
    if (v[w * (6 * i + 3)] !== 1 || (w === 2 && v[2 * (6 * i + 3) + 1] !== 0)) {
      throw new ValueError(`${fn}: sos[:, 3] should be all ones, got ${v[w * (6 * i + 3)]} in row ${i}`);
    }
  }
  return sos;
}

/**
 * Filters `x` along an axis with cascaded second-order sections (SciPy's
 * `scipy.signal.sosfilt`): each row [b0, b1, b2, 1, a1, a2] is a biquad in direct form II
 * transposed, applied in turn. Float32 sections and data stay float32.
 *
 * @param sos - sections, shape (n_sections, 6), with sos[:, 3] = 1.
 * @param x - the signal (N-d).
 * @param axis - the axis to filter along (default −1).
 * @param zi - initial state, shape (n_sections, …x.shape with 2 at axis…); when given the result
 *   is `{ y, zf }`.
 * @returns the filtered signal, or `{ y, zf }` when `zi` is given.
 * @throws {ValueError} for a malformed sos array or zi shape.
 * @example
 * ```ts
 * sosfilt([[1, 0, 0, 1, -0.5, 0]], [1, 0, 0]).toArray(); // [1, 0.5, 0.25]
 * ```
 */
export function sosfilt(
  sos: ArrayInput,
  x: ArrayInput,
  axis?: number,
  options?: SosfiltOptions & { zi?: null },
): NDArray;
export function sosfilt(sos: ArrayInput, x: ArrayInput, options?: SosfiltOptions & { zi?: null }): NDArray;
export function sosfilt(sos: ArrayInput, x: ArrayInput, axis: number, zi: ArrayInput): { y: NDArray; zf: NDArray };
export function sosfilt(
  sos: ArrayInput,
  x: ArrayInput,
  options: SosfiltOptions & { zi: ArrayInput },
): { y: NDArray; zf: NDArray };
export function sosfilt(sos: ArrayInput, x: ArrayInput, ...rest: unknown[]): NDArray | { y: NDArray; zf: NDArray } {
  const o = parseSosfilt(rest);
  const s = checkSos('sosfilt', sos);
  const xx = asarray(x);
  const zi = o.zi === undefined || o.zi === null ? null : asarray(o.zi as ArrayInput);
  const dtype = floatType('sosfilt', ...(zi ? [s, xx, zi] : [s, xx]));
  return sosfiltArrays('sosfilt', s, xx, o.axis ?? -1, zi, dtype);
}

/** sosfilt on validated arrays in a chosen dtype (sosfiltfilt reuses it). */
export function sosfiltArrays(
  fn: string,
  sos: NDArray,
  x: NDArray,
  axisIn: number,
  zi: NDArray | null,
  dtype: FloatDType,
): NDArray | { y: NDArray; zf: NDArray } {
  const axis = lineAxis(fn, x, axisIn);
  const cplx = isComplex(dtype);
  const ns = sos.shape[0] as number;
  const sv = values(sos, cplx);
  const n = x.shape[axis] as number;
  const kernel = cplx ? sosfiltComplex : sosfiltReal;
  const w = cplx ? 2 : 1;
  if (zi === null) {
    const z = new Float64Array(2 * w * ns);
    return mapLines([x], axis, [n], dtype, ([xl], [yl]) => {
      z.fill(0);
      (yl as Float64Array).set(xl as Float64Array);
      kernel(n, sv, ns, yl as Float64Array, z);
    })[0] as NDArray;
  }
  // zi has shape (ns, ...x.shape with 2 at axis); view it as lines along a flattened (ns·2) axis.
  const expected = [ns, ...x.shape.map((d, i) => (i === axis ? 2 : d))];
  if (zi.ndim !== expected.length || zi.shape.some((d, i) => d !== expected[i])) {
    throw new ValueError(
      `${fn}: invalid zi shape; with axis=${axisIn}, an input with shape [${x.shape.join(', ')}] and an sos array with ${ns} sections, zi must have shape [${expected.join(', ')}], got [${zi.shape.join(', ')}]`,
    );
  }
  // Gather zi per line: for each line of x the 2·ns state values, section-major.
  const ziData = values(zi, cplx);
  const lineStride = expected.slice(1).reduce((p, d) => p * d, 1); // elements per section
  const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
  const zBuf = new Float64Array(2 * w * ns);
  const zfData = new Float64Array(ziData.length);
  let line = 0;
  const [y] = mapLines([x], axis, [n], dtype, ([xl], [yl]) => {
    const outer = Math.floor(line / inner);
    const inn = line % inner;
    const base = outer * 2 * inner + inn;
    for (let s = 0; s < ns; s++) {
      for (let j = 0; j < 2; j++) {
        const src = s * lineStride + base + j * inner;
        for (let c = 0; c < w; c++) zBuf[w * (2 * s + j) + c] = ziData[w * src + c] as number;
      }
    }
    (yl as Float64Array).set(xl as Float64Array);
    kernel(n, sv, ns, yl as Float64Array, zBuf);
    for (let s = 0; s < ns; s++) {
      for (let j = 0; j < 2; j++) {
        const dst = s * lineStride + base + j * inner;
        for (let c = 0; c < w; c++) zfData[w * dst + c] = zBuf[w * (2 * s + j) + c] as number;
      }
    }
    line++;
  });
  return { y: y as NDArray, zf: fromFloat64(zfData, expected, dtype) };
}

const parseSosfiltZi = signature<Record<string, never>>('sosfiltZi', [], {});

/**
 * The initial state of {@link sosfilt} for the steady state of the step response (SciPy's
 * `scipy.signal.sosfilt_zi`).
 *
 * @param sos - sections, shape (n_sections, 6).
 * @returns the state, shape (n_sections, 2).
 * @throws {ValueError} when sos is not of shape (n, 6).
 * @example
 * ```ts
 * sosfiltZi([[1, 0, 0, 1, -0.5, 0]]).toArray(); // [[1, 0]]
 * ```
 */
export function sosfiltZi(sos: ArrayInput, ...rest: unknown[]): NDArray {
  parseSosfiltZi(rest);
  const s = asarray(sos);
  if (s.ndim !== 2 || s.shape[1] !== 6) {
    throw new ValueError(`sosfiltZi: sos must be shape (n_sections, 6), got [${s.shape.join(', ')}]`);
  }
  const dtype = floatType('sosfiltZi', s);
  const ns = s.shape[0] as number;
  const v = values(s, false);
  const out = sosZiValues(v, ns);
  return fromFloat64(out, [ns, 2], dtype);
}

/** sosfilt_zi on float64 sections (row-major, ns rows of 6). */
export function sosZiValues(v: Float64Array, ns: number): Float64Array {
  const out = new Float64Array(2 * ns);
  let scale = 1;
  for (let i = 0; i < ns; i++) {
    const b = v.subarray(6 * i, 6 * i + 3);
    const a = v.subarray(6 * i + 3, 6 * i + 6);
    const z = ziValues(b, a);
    out[2 * i] = scale * (z[0] as number);
    out[2 * i + 1] = scale * (z[1] as number);
    scale *=
      ((b[0] as number) + (b[1] as number) + (b[2] as number)) /
      ((a[0] as number) + (a[1] as number) + (a[2] as number));
  }
  return out;
}
