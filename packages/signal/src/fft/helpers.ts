/**
 * NumPy's FFT helper routines (`fftfreq`, `rfftfreq`, `fftshift`, `ifftshift`) and SciPy's
 * `next_fast_len`.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray, is, roll, signature } from '@stride/ndarray';

interface FreqOptions {
  /** Sample spacing (default 1). */
  d?: number;
}
const parseFftfreq = signature<FreqOptions>('fftfreq', ['d'], { d: is.finite });
const parseRfftfreq = signature<FreqOptions>('rfftfreq', ['d'], { d: is.finite });

function checkN(fn: string, n: unknown): number {
  is.int(n, fn, 'n');
  if ((n as number) < 1) throw new ValueError(`${fn}: n must be a positive integer, got ${n}`);
  return n as number;
}

/**
 * The sample frequencies of an `fft` of length n with spacing d (NumPy's `fft.fftfreq`):
 * [0, 1, …, ⌈n/2⌉−1, −⌊n/2⌋, …, −1] / (d·n).
 *
 * @param n - window length (a positive integer).
 * @param d - sample spacing (default 1).
 * @example
 * ```ts
 * fftfreq(5, 0.1).toArray(); // [0, 2, 4, -4, -2]
 * ```
 */
export function fftfreq(n: number, d?: number, options?: FreqOptions): NDArray;
export function fftfreq(n: number, options?: FreqOptions): NDArray;
export function fftfreq(n: number, ...rest: unknown[]): NDArray {
  const { d = 1 } = parseFftfreq(rest);
  checkN('fftfreq', n);
  const out = new Float64Array(n);
  const val = 1 / (n * d);
  const pos = ((n - 1) >> 1) + 1;
  for (let i = 0; i < pos; i++) out[i] = i * val;
  for (let i = pos; i < n; i++) out[i] = (i - n) * val;
  return new NDArray('float64', out, [n]);
}

/**
 * The sample frequencies of an `rfft` of length n with spacing d (NumPy's `fft.rfftfreq`):
 * [0, 1, …, ⌊n/2⌋] / (d·n).
 *
 * @param n - window length (a positive integer).
 * @param d - sample spacing (default 1).
 * @example
 * ```ts
 * rfftfreq(5, 0.1).toArray(); // [0, 2, 4]
 * ```
 */
export function rfftfreq(n: number, d?: number, options?: FreqOptions): NDArray;
export function rfftfreq(n: number, options?: FreqOptions): NDArray;
export function rfftfreq(n: number, ...rest: unknown[]): NDArray {
  const { d = 1 } = parseRfftfreq(rest);
  checkN('rfftfreq', n);
  const m = (n >> 1) + 1;
  const out = new Float64Array(m);
  const val = 1 / (n * d);
  for (let i = 0; i < m; i++) out[i] = i * val;
  return new NDArray('float64', out, [m]);
}

interface ShiftOptions {
  /** Axes to shift (default all). */
  axes?: number | number[] | null;
}
const parseFftshift = signature<ShiftOptions>('fftshift', ['axes'], { axes: is.axis });
const parseIfftshift = signature<ShiftOptions>('ifftshift', ['axes'], { axes: is.axis });

function shift(x: ArrayInput, axes: number | number[] | null | undefined, sign: number): NDArray {
  const a = asarray(x);
  const ax = axes === undefined || axes === null ? a.shape.map((_, i) => i) : typeof axes === 'number' ? [axes] : axes;
  if (ax.length === 0) return roll(a, 0, 0 < a.ndim ? 0 : null);
  const shifts = ax.map((i) => {
    const d = a.shape[i < 0 ? i + a.ndim : i] ?? 0;
    return sign > 0 ? Math.floor(d / 2) : -Math.floor(d / 2);
  });
  return roll(a, shifts, ax);
}

/**
 * Moves the zero-frequency term to the centre (NumPy's `fft.fftshift`): a roll by ⌊n/2⌋ along
 * each axis.
 *
 * @param x - the input.
 * @param axes - axes to shift (default all).
 * @example
 * ```ts
 * fftshift([0, 1, 2, -2, -1]).toArray(); // [-2, -1, 0, 1, 2]
 * ```
 */
export function fftshift(x: ArrayInput, axes?: number | number[] | null, options?: ShiftOptions): NDArray;
export function fftshift(x: ArrayInput, options?: ShiftOptions): NDArray;
export function fftshift(x: ArrayInput, ...rest: unknown[]): NDArray {
  return shift(x, parseFftshift(rest).axes, 1);
}

/**
 * The inverse of `fftshift` (NumPy's `fft.ifftshift`): a roll by −⌊n/2⌋ along each axis.
 *
 * @param x - the input.
 * @param axes - axes to shift (default all).
 * @example
 * ```ts
 * ifftshift([-2, -1, 0, 1, 2]).toArray(); // [0, 1, 2, -2, -1]
 * ```
 */
export function ifftshift(x: ArrayInput, axes?: number | number[] | null, options?: ShiftOptions): NDArray;
export function ifftshift(x: ArrayInput, options?: ShiftOptions): NDArray;
export function ifftshift(x: ArrayInput, ...rest: unknown[]): NDArray {
  return shift(x, parseIfftshift(rest).axes, -1);
}

interface NextFastLenOptions {
  /** Whether the length is for a real transform (5-smooth) rather than a complex one (11-smooth). */
  real?: boolean;
}
const parseNextFastLen = signature<NextFastLenOptions>('nextFastLen', ['real'], { real: is.boolean });

/**
 * The smallest length ≥ `target` that transforms fastest (SciPy's `fft.next_fast_len`): a
 * product of 2, 3, 5, 7 and 11 for complex transforms, of 2, 3 and 5 for real ones.
 *
 * @param target - the minimum length (a non-negative integer; 0 gives 0).
 * @param real - for a real transform (default false).
 * @example
 * ```ts
 * nextFastLen(97); // 98
 * nextFastLen(97, true); // 100
 * ```
 */
export function nextFastLen(target: number, real?: boolean, options?: NextFastLenOptions): number;
export function nextFastLen(target: number, options?: NextFastLenOptions): number;
export function nextFastLen(target: number, ...rest: unknown[]): number {
  const { real = false } = parseNextFastLen(rest);
  const t = is.nonNegInt(target, 'nextFastLen', 'target');
  if (t <= 6) return t;
  const primes = real ? [2, 3, 5] : [2, 3, 5, 7, 11];
  let best = 2 ** Math.ceil(Math.log2(t));
  const walk = (i: number, v: number): void => {
    if (v >= best) return;
    if (i === primes.length - 1) {
      let x = v;
      while (x < t) x *= 2;
      if (x < best) best = x;
      return;
    }
    const p = primes[primes.length - 1 - i] as number;
    for (let x = v; x < best; x *= p) walk(i + 1, x);
  };
  walk(0, 1);
  return best;
}
