/**
 * Savitzky–Golay smoothing and differentiation (SciPy's `savgol_coeffs` and `savgol_filter`):
 * the least-squares polynomial of each window, evaluated (or differentiated) at its centre.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, signature } from '@stride/ndarray';
import { type FloatDType, lineAxis, mapLines } from './lines.js';

/** Options of {@link savgolCoeffs}. */
export interface SavgolCoeffsOptions {
  /** Order of the derivative (default 0). */
  deriv?: number;
  /** Sample spacing for derivatives (default 1). */
  delta?: number;
  /** Evaluation point within the window (default the centre). */
  pos?: number | null;
  /** `'conv'` (reversed, for convolution; default) or `'dot'`. */
  use?: 'conv' | 'dot';
}

/** Options of {@link savgolFilter}. */
export interface SavgolFilterOptions {
  /** Order of the derivative (default 0). */
  deriv?: number;
  /** Sample spacing for derivatives (default 1). */
  delta?: number;
  /** The axis (default −1). */
  axis?: number;
  /** Edge handling: `'interp'` (default: fit the edge window), `'mirror'`, `'constant'`, `'nearest'`, `'wrap'`. */
  mode?: 'interp' | 'mirror' | 'constant' | 'nearest' | 'wrap';
  /** Fill value for `'constant'` (default 0). */
  cval?: number;
}

const parseCoeffs = signature<SavgolCoeffsOptions>('savgolCoeffs', ['deriv', 'delta', 'pos', 'use'], {
  deriv: is.nonNegInt,
  delta: is.finite,
  pos: is.orNone(is.finite),
  use: is.choice('conv', 'dot'),
});
const parseFilter = signature<SavgolFilterOptions>('savgolFilter', ['deriv', 'delta', 'axis', 'mode', 'cval'], {
  deriv: is.nonNegInt,
  delta: is.finite,
  axis: is.axisInt,
  mode: is.choice('interp', 'mirror', 'constant', 'nearest', 'wrap'),
  cval: is.number,
});

/**
 * The minimum-norm solution c of A·c = e (A[j][i] = t_i^j, j ≤ order), i.e. the weights whose
 * dot product with a window gives the deriv-th derivative of its least-squares polynomial at t = 0.
 * Solved by modified Gram–Schmidt on the scaled columns (twice, for orthogonality).
 */
function minNormWeights(t: Float64Array, order: number, deriv: number, delta: number): Float64Array {
  const n = t.length;
  const s = Math.max(1, ...Array.from(t, Math.abs));
  const m = order + 1;
  // Columns of A'ᵀ: (t/s)^j.
  const q: Float64Array[] = [];
  const r = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = ((t[i] as number) / s) ** j;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        const qk = q[k] as Float64Array;
        let d = 0;
        for (let i = 0; i < n; i++) d += (qk[i] as number) * (v[i] as number);
        r[k * m + j] = (r[k * m + j] as number) + d;
        for (let i = 0; i < n; i++) v[i] = (v[i] as number) - d * (qk[i] as number);
      }
    }
    let nrm = 0;
    for (let i = 0; i < n; i++) nrm += (v[i] as number) ** 2;
    nrm = Math.sqrt(nrm);
    r[j * m + j] = nrm;
    for (let i = 0; i < n; i++) v[i] = (v[i] as number) / nrm;
    q.push(v);
  }
  // A' = Rᵀ Qᵀ; min-norm c' = Q (Rᵀ)⁻¹ y', y'_j = y_j / s^j.
  let fact = 1;
  for (let i = 2; i <= deriv; i++) fact *= i;
  const y = new Float64Array(m);
  y[deriv] = fact / delta ** deriv / s ** deriv;
  const z = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let acc = y[j] as number;
    for (let k = 0; k < j; k++) acc -= (r[k * m + j] as number) * (z[k] as number);
    z[j] = acc / (r[j * m + j] as number);
  }
  const c = new Float64Array(n);
  for (let k = 0; k < m; k++) {
    const qk = q[k] as Float64Array;
    for (let i = 0; i < n; i++) c[i] = (c[i] as number) + (qk[i] as number) * (z[k] as number);
  }
  return c;
}

function coeffs(
  fn: string,
  wl: number,
  order: number,
  deriv: number,
  delta: number,
  pos: number | null,
  use: 'conv' | 'dot',
): Float64Array {
  if (order >= wl) throw new ValueError(`${fn}: polyorder must be less than window_length, got ${order} >= ${wl}`);
  const half = wl >> 1;
  const p = pos ?? (wl % 2 ? half : half - 0.5);
  if (!(p >= 0 && p < wl)) throw new ValueError(`${fn}: pos must be nonnegative and less than window_length, got ${p}`);
  if (deriv > order) return new Float64Array(wl);
  const t = new Float64Array(wl);
  for (let i = 0; i < wl; i++) t[i] = use === 'conv' ? wl - 1 - i - p : i - p;
  return minNormWeights(t, order, deriv, delta);
}

function windowArgs(fn: string, wl: unknown, order: unknown): [number, number] {
  is.positiveInt(wl, fn, 'window_length');
  is.nonNegInt(order, fn, 'polyorder');
  return [wl as number, order as number];
}

/**
 * The Savitzky–Golay filter coefficients (SciPy's `scipy.signal.savgol_coeffs`): weights that
 * give the deriv-th derivative at `pos` of the polynomial of order `polyorder` fitted to a window.
 *
 * @param windowLength - the window length. @param polyorder - the polynomial order (< windowLength).
 * @param deriv - derivative order (default 0). @param delta - sample spacing (default 1).
 * @param pos - evaluation point (default the centre). @param use - `'conv'` (default) or `'dot'`.
 * @returns the coefficients (float64).
 * @throws {ValueError} when polyorder ≥ windowLength or pos is outside the window.
 * @example
 * ```ts
 * savgolCoeffs(5, 2).toArray(); // [-0.0857142857142857, 0.342857142857143, 0.485714285714286, 0.342857142857143, -0.0857142857142857]
 * ```
 */
export function savgolCoeffs(
  windowLength: number,
  polyorder: number,
  deriv?: number,
  delta?: number,
  pos?: number | null,
  use?: 'conv' | 'dot',
  options?: SavgolCoeffsOptions,
): NDArray;
export function savgolCoeffs(windowLength: number, polyorder: number, options?: SavgolCoeffsOptions): NDArray;
export function savgolCoeffs(windowLength: number, polyorder: number, ...rest: unknown[]): NDArray {
  const o = parseCoeffs(rest);
  const [wl, order] = windowArgs('savgolCoeffs', windowLength, polyorder);
  const c = coeffs('savgolCoeffs', wl, order, o.deriv ?? 0, o.delta ?? 1, o.pos ?? null, o.use ?? 'conv');
  return new NDArray('float64', c, [wl]);
}

/** Index under an ndimage boundary mode, −1 for the constant fill. */
function boundaryIndex(i: number, n: number, mode: string): number {
  if (i >= 0 && i < n) return i;
  if (mode === 'constant') return -1;
  if (mode === 'nearest') return i < 0 ? 0 : n - 1;
  if (mode === 'wrap') return ((i % n) + n) % n;
  if (n === 1) return 0;
  const period = 2 * n - 2;
  const r = ((i % period) + period) % period;
  return r < n ? r : period - r;
}

/**
 * Smooths (or differentiates) along an axis with a Savitzky–Golay filter (SciPy's
 * `scipy.signal.savgol_filter`): each point is replaced by the value (or derivative) of the
 * least-squares polynomial fitted to its window. With `mode: 'interp'` the edge points use the
 * polynomial fitted to the first or last full window.
 *
 * @param x - the data (N-d). @param windowLength - the window length. @param polyorder - the polynomial order.
 * @param deriv - derivative order (default 0). @param delta - sample spacing (default 1).
 * @param axis - the axis (default −1). @param mode - edge handling (default `'interp'`).
 * @param cval - fill for `'constant'` (default 0).
 * @returns the filtered data (float32 kept, other dtypes float64).
 * @throws {ValueError} for polyorder ≥ windowLength or, with 'interp', a window longer than the data.
 * @example
 * ```ts
 * savgolFilter([2, 2, 5, 2, 1, 0, 1, 4, 9], 5, 2).toArray()[4]; // 0.6571428571428567
 * ```
 */
export function savgolFilter(
  x: ArrayInput,
  windowLength: number,
  polyorder: number,
  deriv?: number,
  delta?: number,
  axis?: number,
  mode?: SavgolFilterOptions['mode'],
  cval?: number,
  options?: SavgolFilterOptions,
): NDArray;
export function savgolFilter(
  x: ArrayInput,
  windowLength: number,
  polyorder: number,
  options?: SavgolFilterOptions,
): NDArray;
export function savgolFilter(x: ArrayInput, windowLength: number, polyorder: number, ...rest: unknown[]): NDArray {
  const o = parseFilter(rest);
  const [wl, order] = windowArgs('savgolFilter', windowLength, polyorder);
  const a = asarray(x);
  if (a.dtype === 'complex128' || a.dtype === 'complex64')
    throw new ValueError('savgolFilter: complex input is not supported');
  const axis = lineAxis('savgolFilter', a, o.axis ?? -1);
  const deriv = o.deriv ?? 0;
  const delta = o.delta ?? 1;
  const mode = o.mode ?? 'interp';
  const cval = o.cval ?? 0;
  const n = a.shape[axis] as number;
  const dot = coeffs('savgolFilter', wl, order, deriv, delta, null, 'dot');
  if (mode === 'interp' && wl > n) {
    throw new ValueError(
      `savgolFilter: if mode is 'interp', window_length must be less than or equal to the size of x (${n}), got ${wl}`,
    );
  }
  const half = wl >> 1;
  const center = (wl - 1) >> 1;
  const edge =
    mode === 'interp'
      ? Array.from({ length: half }, (_, i) => coeffs('savgolFilter', wl, order, deriv, delta, i, 'dot'))
      : [];
  const edgeR =
    mode === 'interp'
      ? Array.from({ length: half }, (_, i) => coeffs('savgolFilter', wl, order, deriv, delta, wl - half + i, 'dot'))
      : [];
  const dt: FloatDType = a.dtype === 'float32' ? 'float32' : 'float64';
  return mapLines([a], axis, [n], dt, ([xl], [yl]) => {
    const xv = xl as Float64Array;
    const y = yl as Float64Array;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < wl; k++) {
        const j = boundaryIndex(i + k - center, n, mode === 'interp' ? 'constant' : mode);
        s += (dot[k] as number) * (j < 0 ? (mode === 'interp' ? 0 : cval) : (xv[j] as number));
      }
      y[i] = s;
    }
    if (mode === 'interp') {
      for (let i = 0; i < half; i++) {
        const cl = edge[i] as Float64Array;
        const cr = edgeR[i] as Float64Array;
        let sl = 0;
        let sr = 0;
        for (let k = 0; k < wl; k++) {
          sl += (cl[k] as number) * (xv[k] as number);
          sr += (cr[k] as number) * (xv[n - wl + k] as number);
        }
        y[i] = sl;
        y[n - half + i] = sr;
      }
    }
  })[0] as NDArray;
}
