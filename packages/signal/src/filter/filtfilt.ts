/**
 * Zero-phase filtering, SciPy's `filtfilt` and `sosfiltfilt`: method "pad" extends the signal at
 * both ends and filters forward from the step response's steady state, then backward; method
 * "gust" (filtfilt) chooses the end states by Gustafsson's least squares (./gust.ts).
 * @module
 */
import { type ArrayInput, type NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { gustLine } from './gust.js';
import { checkSos, sosZiValues } from './sosfilt.js';
import { lfilterComplex, lfilterReal, sosfiltComplex, sosfiltReal } from './kernels.js';
import { coefficients, normalizedBA, ziValues } from './lfilter.js';
import { floatType, isComplex, lineAxis, mapLines, values } from './lines.js';

/** How the signal is extended at both ends before filtering. */
export type PadType = 'odd' | 'even' | 'constant';

/** Options of {@link filtfilt}. */
export interface FiltfiltOptions {
  /** The axis to filter along (default −1). */
  axis?: number;
  /** Extension at both ends (default `'odd'`); `null` for none. */
  padtype?: PadType | null;
  /** Number of samples added at each end (default 3·max(len(a), len(b))). */
  padlen?: number | null;
  /** `'pad'` (default: extension, steady-state start) or `'gust'` (Gustafsson's end states; padtype and padlen unused). */
  method?: 'pad' | 'gust';
  /** With `'gust'`: the impulse response length beyond which end effects are neglected (default: the whole signal). */
  irlen?: number | null;
}

/** Options of {@link sosfiltfilt}. */
export type SosfiltfiltOptions = Omit<FiltfiltOptions, 'method' | 'irlen'>;

const padCheck = is.nullable(is.choice('odd', 'even', 'constant'));
const parseFiltfilt = signature<FiltfiltOptions>('filtfilt', ['axis', 'padtype', 'padlen', 'method', 'irlen'], {
  axis: is.axisInt,
  padtype: padCheck,
  padlen: is.orNone(is.nonNegInt),
  method: is.choice('pad', 'gust'),
  irlen: is.orNone(is.nonNegInt),
});
const parseSosfiltfilt = signature<SosfiltfiltOptions>('sosfiltfilt', ['axis', 'padtype', 'padlen'], {
  axis: is.axisInt,
  padtype: padCheck,
  padlen: is.orNone(is.nonNegInt),
});

/** The extension length (SciPy's _validate_pad), with its error for too short a signal. */
function edgeFor(fn: string, padtype: PadType | null, padlen: number | undefined, n: number, ntaps: number): number {
  const edge = padtype === null ? 0 : (padlen ?? 3 * ntaps);
  if (n <= edge) {
    throw new ValueError(
      `${fn}: the length of the input vector x must be greater than padlen, which is ${edge}, got ${n}`,
    );
  }
  return edge;
}

/** Writes x (n values, w per value) extended by `edge` at each end into `ext`. */
function extend(x: Float64Array, n: number, edge: number, padtype: PadType | null, w: number, ext: Float64Array): void {
  ext.set(x.subarray(0, w * n), w * edge);
  for (let i = 1; i <= edge; i++) {
    for (let c = 0; c < w; c++) {
      const first = x[c] as number;
      const last = x[w * (n - 1) + c] as number;
      const l = x[w * i + c] as number;
      const r = x[w * (n - 1 - i) + c] as number;
      const li = w * (edge - i) + c;
      const ri = w * (edge + n - 1 + i) + c;
      if (padtype === 'odd') {
        ext[li] = 2 * first - l;
        ext[ri] = 2 * last - r;
      } else if (padtype === 'even') {
        ext[li] = l;
        ext[ri] = r;
      } else {
        ext[li] = first;
        ext[ri] = last;
      }
    }
  }
}

/** Reverses m values (w numbers each) in place. */
function reverse(v: Float64Array, m: number, w: number): void {
  for (let i = 0, j = m - 1; i < j; i++, j--) {
    for (let c = 0; c < w; c++) {
      const t = v[w * i + c] as number;
      v[w * i + c] = v[w * j + c] as number;
      v[w * j + c] = t;
    }
  }
}

/** state = zi · v (v one value, w numbers; zi real). */
function scaledState(zi: Float64Array, v: Float64Array, at: number, w: number, out: Float64Array): void {
  for (let i = 0; i < zi.length; i++) {
    for (let c = 0; c < w; c++) out[w * i + c] = (zi[i] as number) * (v[w * at + c] as number);
  }
}

/**
 * Applies a filter forward and backward, for zero phase and the squared magnitude response
 * (SciPy's `scipy.signal.filtfilt`). Method `'pad'` (default): the signal is extended by `padlen`
 * samples at each end (odd, even or constant extension), and each pass starts from the steady
 * state of the step response scaled by the first sample. Method `'gust'`: Gustafsson's initial
 * states, which make the forward-backward and backward-forward results agree (no extension).
 *
 * @param b - numerator coefficients (1-D).
 * @param a - denominator coefficients (1-D).
 * @param x - the signal (N-d).
 * @param axis - the axis to filter along (default −1).
 * @param padtype - `'odd'` (default), `'even'`, `'constant'` or `null` for no extension.
 * @param padlen - samples added at each end (default 3·max(len(a), len(b))).
 * @param method - `'pad'` (default) or `'gust'`. @param irlen - with `'gust'`, the impulse
 *   response length that matters at the ends (default all of it).
 * @returns the filtered signal, the shape of x.
 * @throws {ValueError} when the signal is not longer than padlen, or for bad coefficients.
 * @example
 * ```ts
 * filtfilt([0.5, 0.5], [1], [1, 1, 1, 1, 1, 1, 1]).toArray(); // [1, 1, 1, 1, 1, 1, 1]
 * ```
 */
export function filtfilt(
  b: ArrayInput,
  a: ArrayInput,
  x: ArrayInput,
  axis?: number,
  padtype?: PadType | null,
  padlen?: number | null,
  method?: 'pad' | 'gust',
  irlen?: number | null,
  options?: FiltfiltOptions,
): NDArray;
export function filtfilt(b: ArrayInput, a: ArrayInput, x: ArrayInput, options?: FiltfiltOptions): NDArray;
export function filtfilt(b: ArrayInput, a: ArrayInput, x: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseFiltfilt(rest);
  const bb = coefficients('filtfilt', 'b', b);
  const aa = coefficients('filtfilt', 'a', a);
  const xx = asarray(x);
  const axis = lineAxis('filtfilt', xx, o.axis ?? -1);
  const dtype = floatType('filtfilt', bb, aa, xx);
  const cplx = isComplex(dtype);
  const w = cplx ? 2 : 1;
  const n = xx.shape[axis] as number;
  if (isComplex(bb.dtype) || isComplex(aa.dtype)) {
    throw new ValueError('filtfilt: complex coefficients are not supported');
  }
  if (o.method === 'gust') {
    // linear in x with real coefficients: a complex signal is its real and imaginary parts
    const { bn, an, m } = normalizedBA('filtfilt', bb, aa, false);
    const irlen = o.irlen ?? undefined;
    return mapLines([xx], axis, [n], dtype, ([xl], [out]) => {
      if (n === 0) return;
      const xv = xl as Float64Array;
      const dst = out as Float64Array;
      for (let c = 0; c < w; c++) {
        const part = new Float64Array(n);
        for (let i = 0; i < n; i++) part[i] = xv[w * i + c] as number;
        const y = gustLine(part, bn, an, m, irlen);
        for (let i = 0; i < n; i++) dst[w * i + c] = y[i] as number;
      }
    })[0] as NDArray;
  }
  const padtype = o.padtype === undefined ? 'odd' : o.padtype;
  const edge = edgeFor('filtfilt', padtype, o.padlen ?? undefined, n, Math.max(aa.size, bb.size));
  const zi = ziValues(values(bb, false), values(aa, false));
  const { bn, an, m } = normalizedBA('filtfilt', bb, aa, cplx);
  const kernel = cplx ? lfilterComplex : lfilterReal;
  const len = n + 2 * edge;
  const ext = new Float64Array(w * len);
  const y = new Float64Array(w * len);
  const z = new Float64Array(w * zi.length);
  return mapLines([xx], axis, [n], dtype, ([xl], [out]) => {
    if (n === 0) return;
    extend(xl as Float64Array, n, edge, padtype, w, ext);
    scaledState(zi, ext, 0, w, z);
    kernel(len, bn, an, m, ext, y, z);
    reverse(y, len, w);
    scaledState(zi, y, 0, w, z);
    kernel(len, bn, an, m, y, ext, z);
    reverse(ext, len, w);
    (out as Float64Array).set(ext.subarray(w * edge, w * (edge + n)));
  })[0] as NDArray;
}

/**
 * Zero-phase filtering with second-order sections (SciPy's `scipy.signal.sosfiltfilt`): the
 * cascade is applied forward and backward after extending the signal at both ends.
 *
 * @param sos - sections, shape (n_sections, 6).
 * @param x - the signal (N-d).
 * @param axis - the axis to filter along (default −1).
 * @param padtype - `'odd'` (default), `'even'`, `'constant'` or `null`.
 * @param padlen - samples added at each end (default 3·(2·n_sections + 1 − trailing zero taps)).
 * @returns the filtered signal, the shape of x.
 * @throws {ValueError} when the signal is not longer than padlen, or for a malformed sos.
 * @example
 * ```ts
 * sosfiltfilt([[0.5, 0.5, 0, 1, 0, 0]], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]).toArray(); // [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]
 * ```
 */
export function sosfiltfilt(
  sos: ArrayInput,
  x: ArrayInput,
  axis?: number,
  padtype?: PadType | null,
  padlen?: number | null,
  options?: SosfiltfiltOptions,
): NDArray;
export function sosfiltfilt(sos: ArrayInput, x: ArrayInput, options?: SosfiltfiltOptions): NDArray;
export function sosfiltfilt(sos: ArrayInput, x: ArrayInput, ...rest: unknown[]): NDArray {
  const o = parseSosfiltfilt(rest);
  const s = checkSos('sosfiltfilt', sos);
  const xx = asarray(x);
  const axis = lineAxis('sosfiltfilt', xx, o.axis ?? -1);
  const dtype = floatType('sosfiltfilt', s, xx);
  const cplx = isComplex(dtype);
  if (isComplex(s.dtype)) throw new ValueError('sosfiltfilt: complex sections are not supported');
  const w = cplx ? 2 : 1;
  const ns = s.shape[0] as number;
  const sv = values(s, false);
  let zb2 = 0;
  let za2 = 0;
  for (let i = 0; i < ns; i++) {
    if (sv[6 * i + 2] === 0) zb2++;
    if (sv[6 * i + 5] === 0) za2++;
  }
  const ntaps = 2 * ns + 1 - Math.min(zb2, za2);
  const n = xx.shape[axis] as number;
  const padtype = o.padtype === undefined ? 'odd' : o.padtype;
  const edge = edgeFor('sosfiltfilt', padtype, o.padlen ?? undefined, n, ntaps);
  const zi = sosZiValues(sv, ns);
  const sc = cplx ? values(s, true) : sv;
  const kernel = cplx ? sosfiltComplex : sosfiltReal;
  const len = n + 2 * edge;
  const ext = new Float64Array(w * len);
  const z = new Float64Array(w * 2 * ns);
  return mapLines([xx], axis, [n], dtype, ([xl], [out]) => {
    if (n === 0) return;
    extend(xl as Float64Array, n, edge, padtype, w, ext);
    scaledState(zi, ext, 0, w, z);
    kernel(len, sc, ns, ext, z);
    reverse(ext, len, w);
    scaledState(zi, ext, 0, w, z);
    kernel(len, sc, ns, ext, z);
    reverse(ext, len, w);
    (out as Float64Array).set(ext.subarray(w * edge, w * (edge + n)));
  })[0] as NDArray;
}
