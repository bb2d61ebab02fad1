/**
 * What every window shares: the length guard, the periodic form (a symmetric window of M + 1
 * points without its last), and the float64 result.
 * @module
 */
import { ArgumentError, NDArray, ValueError, describeValue } from '@stride/ndarray';

/** A symmetric window of length m ≥ 2 as numbers. */
export type Shape = (m: number) => Float64Array;

/** SciPy's length guard: M a non-negative integer (an ArgumentError for a non-integer, a ValueError below 0). */
export function checkM(fn: string, M: unknown): number {
  if (typeof M !== 'number' || !Number.isInteger(M)) {
    throw new ArgumentError(`${fn}: M must be a non-negative integer, got ${describeValue(M)}`);
  }
  if (M < 0) throw new ValueError(`${fn}: window length M must be a non-negative integer, got ${M}`);
  return M;
}

/** The window of length M: ones for M ≤ 1, else `shape(M)` (sym) or `shape(M + 1)` truncated (periodic). */
export function build(fn: string, M: unknown, sym: boolean, shape: Shape): NDArray {
  const m = checkM(fn, M);
  if (m <= 1) return new NDArray('float64', new Float64Array(m).fill(1), [m]);
  const w = sym ? shape(m) : shape(m + 1).subarray(0, m);
  return new NDArray('float64', sym ? w : w.slice(), [m]);
}

/** A finite number, or a ValueError naming the parameter. */
export function finiteParam(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new ArgumentError(`${fn}: ${name} must be a number, got ${describeValue(v)}`);
  if (!Number.isFinite(v)) throw new ValueError(`${fn}: ${name} must be finite, got ${v}`);
  return v;
}

/** A required parameter: an ArgumentError when it is missing. */
export function required<T>(fn: string, name: string, v: T | undefined): T {
  if (v === undefined) throw new ArgumentError(`${fn}: missing required parameter ${name}`);
  return v;
}

/** M points evenly spaced over [a, b], both ends included (NumPy's linspace). */
export function linspace(a: number, b: number, m: number): Float64Array {
  const out = new Float64Array(m);
  const step = (b - a) / (m - 1);
  for (let i = 0; i < m; i++) out[i] = a + i * step;
  if (m > 1) out[m - 1] = b;
  return out;
}

/**
 * The modified Bessel function I0(x) for x ≥ 0: its power series below 30, the asymptotic
 * expansion of e^x/√(2πx) above (both to a few ulps).
 */
export function besselI0(x: number): number {
  const ax = Math.abs(x);
  if (ax < 30) {
    const q = (ax * ax) / 4;
    let term = 1;
    let sum = 1;
    for (let k = 1; k < 500; k++) {
      term *= q / (k * k);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return sum;
  }
  // I0(x) ~ e^x/√(2πx) · Σ ((2k−1)!!)² / (k! 8^k x^k)
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 30; k++) {
    term *= ((2 * k - 1) * (2 * k - 1)) / (k * 8 * ax);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (Math.exp(ax) / Math.sqrt(2 * Math.PI * ax)) * sum;
}
