/**
 * SciPy 1.17's `lombscargle`: the generalized Lomb–Scargle periodogram of unevenly sampled data
 * (Zechmeister and Kürster's floating-mean form, with weights).
 * @module
 */
import {
  type ArrayInput,
  ArgumentError,
  NDArray,
  ValueError,
  asarray,
  astype,
  describeValue,
  is,
  signature,
} from '@stride/ndarray';

/** Options of {@link lombscargle}. */
export interface LombscargleOptions {
  /** Subtract the mean of y first (SciPy deprecates it in favour of `floatingMean`). */
  precenter?: boolean;
  /** `false`/`'power'` (default), `true`/`'normalize'` (in [0, 1]) or `'amplitude'` (complex amplitudes). */
  normalize?: boolean | 'power' | 'normalize' | 'amplitude';
  /** Non-negative weights of the samples (default equal). */
  weights?: ArrayInput | null;
  /** Fit a constant offset along with each sinusoid (default `false`). */
  floatingMean?: boolean;
}

const normalizeCheck = (v: unknown, fn: string, name: string): LombscargleOptions['normalize'] => {
  if (typeof v === 'boolean' || v === 'power' || v === 'normalize' || v === 'amplitude') return v;
  if (typeof v === 'string') {
    throw new ValueError(
      `${fn}: ${name} must be false (or "power"), true (or "normalize") or "amplitude", got ${JSON.stringify(v)}`,
    );
  }
  throw new ArgumentError(
    `${fn}: ${name} must be a boolean, "power", "normalize" or "amplitude", got ${describeValue(v)}`,
  );
};

const parse = signature<LombscargleOptions>('lombscargle', ['precenter', 'normalize'], {
  precenter: is.boolean,
  normalize: normalizeCheck,
  weights: is.nullable(is.arrayLike),
  floatingMean: is.boolean,
});

const EPSNEG = 2 ** -53;

function values(a: ArrayInput): { v: Float64Array; ndim: number } {
  const arr = asarray(a);
  return { v: Float64Array.from(astype(arr, 'float64').toArray() as never as number[]).slice(), ndim: arr.ndim };
}

/**
 * The Lomb–Scargle periodogram of samples y at times x, at angular frequencies `freqs`
 * (SciPy's `signal.lombscargle`).
 *
 * @param x - sample times (1-D).
 * @param y - sample values (1-D, as long as x).
 * @param freqs - angular frequencies (1-D, non-empty).
 * @param options - `precenter`, `normalize`, `weights`, `floatingMean`.
 * @returns the periodogram at each frequency (complex amplitudes for `normalize: 'amplitude'`).
 * @throws {ValueError} for empty or mismatched inputs, negative weights or an unknown normalize.
 * @example
 * ```ts
 * const t = [0, 1, 2, 3, 4, 5, 6, 7];
 * const y = t.map((v) => Math.sin((Math.PI / 2) * v));
 * lombscargle(t, y, [Math.PI / 2], { normalize: true }).toArray(); // 1
 * ```
 */
export function lombscargle(
  x: ArrayInput,
  y: ArrayInput,
  freqs: ArrayInput,
  precenter?: boolean,
  normalize?: LombscargleOptions['normalize'],
  options?: LombscargleOptions,
): NDArray;
export function lombscargle(x: ArrayInput, y: ArrayInput, freqs: ArrayInput, options?: LombscargleOptions): NDArray;
export function lombscargle(xIn: ArrayInput, yIn: ArrayInput, fIn: ArrayInput, ...rest: unknown[]): NDArray {
  const fn = 'lombscargle';
  const o = parse(rest);
  const x = values(xIn);
  const y0 = values(yIn);
  const f = values(fIn);
  const n = x.v.length;
  const w0 =
    o.weights === undefined || o.weights === null
      ? { v: new Float64Array(y0.v.length).fill(1), ndim: y0.ndim }
      : values(o.weights);
  if (!(x.ndim === 1 && n > 0 && y0.ndim === 1 && y0.v.length === n && w0.ndim === 1 && w0.v.length === n)) {
    throw new ValueError(
      `${fn}: x, y and weights must be 1-D arrays of equal non-zero length, got ${n}, ${y0.v.length}, ${w0.v.length}`,
    );
  }
  if (!(f.ndim === 1 && f.v.length > 0)) throw new ValueError(`${fn}: freqs must be a 1-D array of non-zero length`);
  let wsum = 0;
  let neg = false;
  for (const v of w0.v) {
    if (!(v >= 0)) neg = true;
    wsum += v;
  }
  if (neg || !(wsum > 0)) throw new ValueError(`${fn}: weights must be non-negative and sum to a positive value`);
  const norm =
    o.normalize === true ? 'normalize' : o.normalize === false || o.normalize === undefined ? 'power' : o.normalize;
  const w = w0.v.map((v) => v / wsum);
  const y = y0.v;
  if (o.precenter) {
    let m = 0;
    for (const v of y) m += v;
    m /= n;
    for (let i = 0; i < n; i++) y[i] = (y[i] as number) - m;
  }
  const floating = o.floatingMean ?? false;
  let Y = 0;
  let YY = 0;
  for (let i = 0; i < n; i++) {
    Y += (w[i] as number) * (y[i] as number);
    YY += (w[i] as number) * (y[i] as number) * (y[i] as number);
  }
  if (floating) YY -= Y * Y;
  const nf = f.v.length;
  const amp = norm === 'amplitude';
  const out = new Float64Array(amp ? 2 * nf : nf);
  for (let k = 0; k < nf; k++) {
    const om = f.v[k] as number;
    let CC = 0;
    let CS = 0;
    let C = 0;
    let S = 0;
    for (let i = 0; i < n; i++) {
      const t = om * (x.v[i] as number);
      const c = Math.cos(t);
      const s = Math.sin(t);
      CC += (w[i] as number) * c * c;
      CS += (w[i] as number) * c * s;
      C += (w[i] as number) * c;
      S += (w[i] as number) * s;
    }
    let SS = 1 - CC;
    if (floating) {
      CC -= C * C;
      SS -= S * S;
      CS -= C * S;
    }
    const tau = 0.5 * Math.atan2(2 * CS, CC - SS);
    let YC = 0;
    let YS = 0;
    CC = 0;
    C = 0;
    S = 0;
    for (let i = 0; i < n; i++) {
      const t = om * (x.v[i] as number) - tau;
      const c = Math.cos(t);
      const s = Math.sin(t);
      const wy = (w[i] as number) * (y[i] as number);
      YC += wy * c;
      YS += wy * s;
      CC += (w[i] as number) * c * c;
      C += (w[i] as number) * c;
      S += (w[i] as number) * s;
    }
    SS = 1 - CC;
    if (floating) {
      YC -= Y * C;
      YS -= Y * S;
      CC -= C * C;
      SS -= S * S;
    }
    if (CC < EPSNEG) CC = EPSNEG;
    if (SS < EPSNEG) SS = EPSNEG;
    const a = YC / CC;
    const b = YS / SS;
    if (amp) {
      out[2 * k] = a * Math.cos(tau) - b * Math.sin(tau);
      out[2 * k + 1] = a * Math.sin(tau) + b * Math.cos(tau);
    } else {
      const p = 2 * (a * YC + b * YS);
      out[k] = norm === 'power' ? (p * n) / 4 : (p * 0.5) / YY;
    }
  }
  const shape = nf === 1 ? [] : [nf];
  return new NDArray(amp ? 'complex128' : 'float64', out, shape) as NDArray;
}
