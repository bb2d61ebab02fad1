/**
 * SciPy's `lfilter` (direct form II transposed, along any axis, with initial conditions) and
 * `lfilter_zi` (the state of the step response's steady state).
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, broadcastTo, is, signature } from '@stride/ndarray';
import { lfilterComplex, lfilterReal } from './kernels.js';
import { type FloatDType, floatType, fromFloat64, isComplex, lineAxis, mapLines, values } from './lines.js';

/** Options of {@link lfilter}. */
export interface LfilterOptions {
  /** The axis to filter along (default −1). */
  axis?: number;
  /** Initial state, shape of `x` with `max(len(a), len(b)) − 1` along `axis` (other axes may be 1). */
  zi?: ArrayInput | null;
}

const parseLfilter = signature<LfilterOptions>('lfilter', ['axis', 'zi'], {
  axis: is.axisInt,
  zi: is.nullable(is.arrayLike),
});

/** Coefficients as a non-empty 1-D array, or SciPy's error. */
export function coefficients(fn: string, name: string, v: ArrayInput): NDArray {
  let c = asarray(v);
  if (c.ndim === 0) c = asarray([c.item() as number]);
  if (c.ndim !== 1 || c.size === 0) {
    throw new ValueError(`${fn}: ${name} must be a non-empty 1-D array, got shape [${c.shape.join(', ')}]`);
  }
  return c;
}

/** b and a divided by a[0] and zero-padded to one length m (interleaved when complex). */
export function normalizedBA(
  fn: string,
  b: NDArray,
  a: NDArray,
  cplx: boolean,
): { bn: Float64Array; an: Float64Array; m: number } {
  const bv = values(b, cplx);
  const av = values(a, cplx);
  const m = Math.max(b.size, a.size);
  const w = cplx ? 2 : 1;
  const bn = new Float64Array(w * m);
  const an = new Float64Array(w * m);
  if (!cplx) {
    const a0 = av[0] as number;
    if (a0 === 0 && a.size > 1) throw new ValueError(`${fn}: filter coefficient a[0] must not be 0`);
    for (let i = 0; i < b.size; i++) bn[i] = (bv[i] as number) / a0;
    for (let i = 0; i < a.size; i++) an[i] = (av[i] as number) / a0;
  } else {
    const ar = av[0] as number;
    const ai = av[1] as number;
    const d = ar * ar + ai * ai;
    if (d === 0 && a.size > 1) throw new ValueError(`${fn}: filter coefficient a[0] must not be 0`);
    const div = (src: Float64Array, dst: Float64Array, n: number) => {
      for (let i = 0; i < n; i++) {
        const xr = src[2 * i] as number;
        const xi = src[2 * i + 1] as number;
        dst[2 * i] = (xr * ar + xi * ai) / d;
        dst[2 * i + 1] = (xi * ar - xr * ai) / d;
      }
    };
    div(bv, bn, b.size);
    div(av, an, a.size);
  }
  return { bn, an, m };
}

/** zi checked against (and broadcast to) the expected shape, SciPy's message otherwise. */
export function stateFor(fn: string, zi: NDArray, expected: number[], axis: number): NDArray {
  const bad = () =>
    new ValueError(`${fn}: unexpected shape for zi: expected [${expected.join(', ')}], found [${zi.shape.join(', ')}]`);
  if (zi.ndim !== expected.length) throw bad();
  for (let k = 0; k < zi.ndim; k++) {
    const d = zi.shape[k] as number;
    if (d !== expected[k] && (k === axis || d !== 1)) throw bad();
  }
  return broadcastTo(zi, expected);
}

/**
 * Filters `x` along an axis with the rational transfer function b(z)/a(z) (SciPy's
 * `scipy.signal.lfilter`), as the direct form II transposed recursion
 * a[0]·y[n] = Σ b[k]·x[n−k] − Σ_{k≥1} a[k]·y[n−k].
 *
 * Dtypes follow SciPy: float32 coefficients and data stay float32; complex coefficients or data
 * give complex output. Integer and bool inputs are computed in float64 (SciPy raises for an
 * all-integer call).
 *
 * @param b - numerator coefficients (non-empty, 1-D).
 * @param a - denominator coefficients (non-empty, 1-D, a[0] ≠ 0 when longer than 1).
 * @param x - the signal (N-d).
 * @param axis - the axis to filter along (default −1).
 * @param zi - initial state (see {@link lfilterZi}); when given, the result is `{ y, zf }`.
 * @returns the filtered signal, or `{ y, zf }` with the final state when `zi` is given.
 * @throws {ValueError} for empty or non-1-D coefficients, a[0] = 0, or a zi of the wrong shape.
 * @example
 * ```ts
 * lfilter([1], [1, -0.5], [1, 0, 0, 0]).toArray(); // [1, 0.5, 0.25, 0.125]
 * lfilter([1, 1], [1], [1, 2, 3], { zi: [1] }).y.toArray(); // [2, 3, 5]
 * ```
 */
export function lfilter(
  b: ArrayInput,
  a: ArrayInput,
  x: ArrayInput,
  axis?: number,
  options?: LfilterOptions & { zi?: null },
): NDArray;
export function lfilter(b: ArrayInput, a: ArrayInput, x: ArrayInput, options?: LfilterOptions & { zi?: null }): NDArray;
export function lfilter(
  b: ArrayInput,
  a: ArrayInput,
  x: ArrayInput,
  axis: number,
  zi: ArrayInput,
): { y: NDArray; zf: NDArray };
export function lfilter(
  b: ArrayInput,
  a: ArrayInput,
  x: ArrayInput,
  options: LfilterOptions & { zi: ArrayInput },
): { y: NDArray; zf: NDArray };
export function lfilter(
  b: ArrayInput,
  a: ArrayInput,
  x: ArrayInput,
  ...rest: unknown[]
): NDArray | { y: NDArray; zf: NDArray } {
  const o = parseLfilter(rest);
  const bb = coefficients('lfilter', 'b', b);
  const aa = coefficients('lfilter', 'a', a);
  const xx = asarray(x);
  const zi = o.zi === undefined || o.zi === null ? null : asarray(o.zi as ArrayInput);
  const dtype = floatType('lfilter', ...(zi ? [bb, aa, xx, zi] : [bb, aa, xx]));
  return lfilterArrays('lfilter', bb, aa, xx, o.axis ?? -1, zi, dtype);
}

/** lfilter on validated arrays in a chosen dtype (filtfilt reuses it). */
export function lfilterArrays(
  fn: string,
  b: NDArray,
  a: NDArray,
  x: NDArray,
  axisIn: number,
  zi: NDArray | null,
  dtype: FloatDType,
): NDArray | { y: NDArray; zf: NDArray } {
  const axis = lineAxis(fn, x, axisIn);
  const cplx = isComplex(dtype);
  const { bn, an, m } = normalizedBA(fn, b, a, cplx);
  const n = x.shape[axis] as number;
  const k = m - 1;
  const kernel = cplx ? lfilterComplex : lfilterReal;
  if (zi === null) {
    const z = new Float64Array(cplx ? 2 * k : k);
    return mapLines([x], axis, [n], dtype, ([xl], [yl]) => {
      z.fill(0);
      kernel(n, bn, an, m, xl as Float64Array, yl as Float64Array, z);
    })[0] as NDArray;
  }
  const expected = x.shape.slice();
  expected[axis] = k;
  const zb = stateFor(fn, zi, expected, axis);
  const [y, zf] = mapLines([x, zb], axis, [n, k], dtype, ([xl, zl], [yl, zo]) => {
    (zo as Float64Array).set(zl as Float64Array);
    kernel(n, bn, an, m, xl as Float64Array, yl as Float64Array, zo as Float64Array);
  });
  return { y: y as NDArray, zf: zf as NDArray };
}

const parseLfilterZi = signature<Record<string, never>>('lfilterZi', [], {});

/**
 * The initial state of {@link lfilter} for the steady state of the step response (SciPy's
 * `scipy.signal.lfilter_zi`): filtering a constant c with `zi = c·lfilterZi(b, a)` starts at
 * the steady state, with no transient.
 *
 * @param b - numerator coefficients (1-D).
 * @param a - denominator coefficients (1-D; leading zeros are dropped).
 * @returns the state, length max(len(a), len(b)) − 1 (after dropping leading zeros of a).
 * @throws {ValueError} for non-1-D coefficients or an all-zero `a`.
 * Complex coefficients give a complex state, as in SciPy.
 * @example
 * ```ts
 * lfilterZi([1, 0], [1, -0.5]).toArray(); // [1]
 * ```
 */
export function lfilterZi(b: ArrayInput, a: ArrayInput, ...rest: unknown[]): NDArray {
  parseLfilterZi(rest);
  const bb = asarray(b);
  const aa = asarray(a);
  if (bb.ndim !== 1) throw new ValueError(`lfilterZi: numerator b must be 1-D, got shape [${bb.shape.join(', ')}]`);
  if (aa.ndim !== 1) throw new ValueError(`lfilterZi: denominator a must be 1-D, got shape [${aa.shape.join(', ')}]`);
  const dtype = floatType('lfilterZi', bb, aa);
  const cplx = isComplex(dtype);
  const zi = (cplx ? ziComplex : ziValues)(values(bb, cplx), values(aa, cplx));
  // leading zeros of a are dropped first, so the length is SciPy's max(len(a), len(b)) − 1 after them
  return fromFloat64(zi, [cplx ? zi.length / 2 : zi.length], dtype);
}

/** `ziValues` for complex coefficients (interleaved re, im in and out), in complex arithmetic. */
export function ziComplex(bIn: Float64Array, aIn: Float64Array): Float64Array {
  const na = aIn.length / 2;
  const nb = bIn.length / 2;
  let start = 0;
  while (na - start > 1 && aIn[2 * start] === 0 && aIn[2 * start + 1] === 0) start++;
  const a0r = aIn[2 * start] as number;
  const a0i = aIn[2 * start + 1] as number;
  if (na - start < 1 || (a0r === 0 && a0i === 0)) {
    throw new ValueError('lfilterZi: there must be at least one nonzero a coefficient');
  }
  const la = na - start;
  const n = Math.max(la, nb);
  // divide by a0: (x + iy)/(a0r + i a0i)
  const d = a0r * a0r + a0i * a0i;
  const norm = (src: Float64Array, from: number, count: number): Float64Array => {
    const out = new Float64Array(2 * n);
    for (let i = 0; i < count; i++) {
      const xr = src[2 * (from + i)] as number;
      const xi = src[2 * (from + i) + 1] as number;
      out[2 * i] = (xr * a0r + xi * a0i) / d;
      out[2 * i + 1] = (xi * a0r - xr * a0i) / d;
    }
    return out;
  };
  const a = norm(aIn, start, la);
  const b = norm(bIn, 0, nb);
  const zi = new Float64Array(2 * (n - 1));
  if (n === 1) return zi;
  const b0r = b[0] as number;
  const b0i = b[1] as number;
  // c[k] = b[k] − a[k]·b[0]
  const cr = (k: number): number =>
    (b[2 * k] as number) - ((a[2 * k] as number) * b0r - (a[2 * k + 1] as number) * b0i);
  const ci = (k: number): number =>
    (b[2 * k + 1] as number) - ((a[2 * k] as number) * b0i + (a[2 * k + 1] as number) * b0r);
  let numr = 0;
  let numi = 0;
  let denr = 0;
  let deni = 0;
  for (let i = 0; i < n; i++) {
    denr += a[2 * i] as number;
    deni += a[2 * i + 1] as number;
  }
  for (let i = 1; i < n; i++) {
    numr += cr(i);
    numi += ci(i);
  }
  const dd = denr * denr + deni * deni;
  const z0r = (numr * denr + numi * deni) / dd;
  const z0i = (numi * denr - numr * deni) / dd;
  zi[0] = z0r;
  zi[1] = z0i;
  // zi[k] = (Σ_{j≤k} a[j])·zi[0] − Σ_{1≤j≤k} c[j]
  let sr = 1;
  let si = 0;
  let tr = 0;
  let ti = 0;
  for (let k = 1; k < n - 1; k++) {
    sr += a[2 * k] as number;
    si += a[2 * k + 1] as number;
    tr += cr(k);
    ti += ci(k);
    zi[2 * k] = sr * z0r - si * z0i - tr;
    zi[2 * k + 1] = sr * z0i + si * z0r - ti;
  }
  return zi;
}

/** lfilter_zi on float64 coefficients: the O(n) solution of (I − Aᵀ)·zi = b[1:] − a[1:]·b[0]. */
export function ziValues(bIn: Float64Array, aIn: Float64Array): Float64Array {
  let start = 0;
  while (aIn.length - start > 1 && aIn[start] === 0) start++;
  if (aIn.length - start < 1 || aIn[start] === 0) {
    throw new ValueError('lfilterZi: there must be at least one nonzero a coefficient');
  }
  const a0 = aIn[start] as number;
  const la = aIn.length - start;
  const n = Math.max(la, bIn.length);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < la; i++) a[i] = (aIn[start + i] as number) / a0;
  for (let i = 0; i < bIn.length; i++) b[i] = (bIn[i] as number) / a0;
  const zi = new Float64Array(n - 1);
  if (n === 1) return zi;
  // zi[0] = Σ(b[1:] − a[1:]·b[0]) / Σ a; then zi[k] = (Σ_{j≤k} a[j])·zi[0] − Σ_{1≤j≤k}(b[j] − a[j]·b[0]).
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) den += a[i] as number;
  for (let i = 1; i < n; i++) num += (b[i] as number) - (a[i] as number) * (b[0] as number);
  zi[0] = num / den;
  let asum = 1;
  let csum = 0;
  for (let k = 1; k < n - 1; k++) {
    asum += a[k] as number;
    csum += (b[k] as number) - (a[k] as number) * (b[0] as number);
    zi[k] = asum * (zi[0] as number) - csum;
  }
  return zi;
}
