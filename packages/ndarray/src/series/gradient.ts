/**
 * `gradient`: second-order central differences inside, first- or second-order one-sided
 * differences at the boundaries, with uniform or coordinate spacing — NumPy's formulas evaluated
 * in NumPy's precision (float32 data with scalar spacing stays in float32 arithmetic).
 */
import { type DType, isArrayLike, isTypedArray } from '@stride/protocol';
import { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { isBigInt, isComplex } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { DTypeError, ValueError } from '../errors.js';
import { flatValues } from '../sorting/compare.js';
import { forEachLane } from '../sorting/lanes.js';
import { type Round, cdiv, cmul, round64, roundFor } from './numeric.js';
import { is, signature } from '../core/args.js';

/** Options of {@link gradient}. */
export interface GradientOptions {
  /** Axis or axes to differentiate along (default: all). */
  axis?: number | readonly number[];
  /** Accuracy of the boundary differences: 1 (default) or 2. */
  edgeOrder?: 1 | 2;
}

/** One axis' spacing: a scalar step (weak JS number or typed), or coordinate differences. */
type Spacing =
  | { kind: 'uniform'; dx: number; r: Round; weak: boolean; f32: boolean }
  | { kind: 'coords'; d: Float64Array; r: Round; f32: boolean };

/** Axes in the order given (NumPy's `normalize_axis_tuple`), all axes by default. */
function axesOf(axis: number | readonly number[] | undefined, ndim: number): number[] {
  if (axis === undefined) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out = list.map((a) => normalizeAxis(a, ndim, 'gradient'));
  if (new Set(out).size !== out.length) throw new ValueError(`gradient: repeated axis in ${JSON.stringify(list)}`);
  return out;
}

const parseGradientOptions = signature<GradientOptions>('gradient', [], {
  axis: is.axis,
  edgeOrder: is.int,
} as never);

function isOptions(x: unknown): x is GradientOptions {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    !(x instanceof NDArray) &&
    !isTypedArray(x) &&
    !isArrayLike(x) &&
    !('re' in x && 'im' in x)
  );
}

function spacingOf(v: ArrayInput, len: number): Spacing {
  if (typeof v === 'number') return { kind: 'uniform', dx: v, r: round64, weak: true, f32: false };
  const c = asarray(v);
  if (c.ndim === 0) {
    if (isComplex(c.dtype)) throw new DTypeError('gradient: complex spacing is not supported');
    return { kind: 'uniform', dx: Number(c.item()), r: round64, weak: true, f32: false };
  }
  if (c.ndim !== 1) throw new ValueError('gradient: distances must be either scalars or 1-D');
  if (c.size !== len) {
    throw new ValueError(
      `gradient: when 1-D, distances must match the length of the corresponding dimension, got ${c.size} for ${len}`,
    );
  }
  if (isComplex(c.dtype) || c.dtype === 'bool')
    throw new DTypeError(`gradient: coordinates of dtype ${c.dtype} are not supported`);
  const f32 = c.dtype === 'float32';
  const r = roundFor(f32);
  const f = flatValues(c);
  const x = f.kind === 'big' ? Float64Array.from(f.v, Number) : (f as { v: Float64Array }).v;
  const d = new Float64Array(Math.max(0, len - 1));
  for (let i = 0; i + 1 < len; i++) d[i] = r((x[i + 1] as number) - (x[i] as number));
  let uniform = true;
  for (let i = 1; i < d.length; i++) if (d[i] !== d[0]) uniform = false;
  if (uniform && d.length > 0) return { kind: 'uniform', dx: d[0] as number, r, weak: false, f32 };
  return { kind: 'coords', d, r, f32 };
}

/**
 * Gradient of one lane. `re`/`im` hold the lane (im null for reals); results go to `gr`/`gi`.
 * `rf` rounds the data's own arithmetic, `rc` the mixed arithmetic with the spacing.
 */
function laneGradient(
  n: number,
  re: Float64Array,
  im: Float64Array | null,
  s: Spacing,
  edgeOrder: number,
  rf: Round,
  rc: Round,
  gr: Float64Array,
  gi: Float64Array | null,
): void {
  // out = (p - q) / den, with the complex division NumPy performs for complex data.
  const quot = (k: number, i: number, j: number, den: number): void => {
    const dr = rf((re[i] as number) - (re[j] as number));
    if (im === null || gi === null) {
      gr[k] = rc(dr / den);
      return;
    }
    const di = rf((im[i] as number) - (im[j] as number));
    const [zr, zi] = cdiv(dr, di, den, 0, rc);
    gr[k] = zr;
    gi[k] = zi;
  };
  // out = a*f[i] + b*f[j] + c*f[k], left to right, in the mixed precision.
  const comb = (o: number, a: number, i: number, b: number, j: number, c: number, k: number): void => {
    if (im === null || gi === null) {
      gr[o] = rc(rc(rc(a * (re[i] as number)) + rc(b * (re[j] as number))) + rc(c * (re[k] as number)));
      return;
    }
    const [ar, ai] = cmul(a, 0, re[i] as number, im[i] as number, rc);
    const [br, bi] = cmul(b, 0, re[j] as number, im[j] as number, rc);
    const [cr, ci] = cmul(c, 0, re[k] as number, im[k] as number, rc);
    gr[o] = rc(rc(ar + br) + cr);
    gi[o] = rc(rc(ai + bi) + ci);
  };
  if (s.kind === 'uniform') {
    const rx = s.r;
    const dx = s.dx;
    const den2 = rc(rx(2 * dx));
    if (im === null) {
      for (let i = 1; i < n - 1; i++) gr[i] = rc(rf((re[i + 1] as number) - (re[i - 1] as number)) / den2);
    } else for (let i = 1; i < n - 1; i++) quot(i, i + 1, i - 1, den2);
    if (edgeOrder === 1) {
      quot(0, 1, 0, rc(dx));
      quot(n - 1, n - 1, n - 2, rc(dx));
    } else {
      comb(0, rc(rx(-1.5 / dx)), 0, rc(rx(2 / dx)), 1, rc(rx(-0.5 / dx)), 2);
      comb(n - 1, rc(rx(0.5 / dx)), n - 3, rc(rx(-2 / dx)), n - 2, rc(rx(1.5 / dx)), n - 1);
    }
    return;
  }
  const rx = s.r;
  const d = s.d;
  for (let i = 1; i < n - 1; i++) {
    const dx1 = d[i - 1] as number;
    const dx2 = d[i] as number;
    const a = rx(-dx2 / rx(dx1 * rx(dx1 + dx2)));
    const b = rx(rx(dx2 - dx1) / rx(dx1 * dx2));
    const c = rx(dx1 / rx(dx2 * rx(dx1 + dx2)));
    comb(i, a, i - 1, b, i, c, i + 1);
  }
  if (edgeOrder === 1) {
    quot(0, 1, 0, d[0] as number);
    quot(n - 1, n - 1, n - 2, d[n - 2] as number);
    return;
  }
  {
    const dx1 = d[0] as number;
    const dx2 = d[1] as number;
    const a = rx(-rx(rx(2 * dx1) + dx2) / rx(dx1 * rx(dx1 + dx2)));
    const b = rx(rx(dx1 + dx2) / rx(dx1 * dx2));
    const c = rx(-dx1 / rx(dx2 * rx(dx1 + dx2)));
    comb(0, a, 0, b, 1, c, 2);
  }
  {
    const dx1 = d[n - 3] as number;
    const dx2 = d[n - 2] as number;
    const a = rx(dx2 / rx(dx1 * rx(dx1 + dx2)));
    const b = rx(-rx(dx2 + dx1) / rx(dx1 * dx2));
    const c = rx(rx(rx(2 * dx2) + dx1) / rx(dx2 * rx(dx1 + dx2)));
    comb(n - 1, a, n - 3, b, n - 2, c, n - 1);
  }
}

/**
 * The gradient of an N-d array: central differences in the interior and one-sided differences
 * (first or second order) at the boundaries, per axis. Spacing arguments follow `f`: none (unit
 * spacing), one scalar for every axis, or one scalar or 1-D coordinate array per axis; a trailing
 * options object gives `axis` and `edgeOrder`.
 *
 * @param f - Input array (integers are converted to float64; bool is refused).
 * @param args - Spacing values, optionally followed by `{ axis, edgeOrder }`.
 * @returns One array when a single axis is differentiated, else one array per axis.
 * @throws {ValueError} for a wrong number of spacings, mismatched coordinates, an axis shorter than `edgeOrder + 1`.
 *
 * @example
 * ```ts
 * gradient([1, 2, 4, 7, 11, 16]).toArray();     // [1, 1.5, 2.5, 3.5, 4.5, 5]
 * gradient([1, 2, 4, 7, 11, 16], 2).toArray();  // [0.5, 0.75, 1.25, 1.75, 2.25, 2.5]
 * const [gy, gx] = gradient([[1, 2, 6], [3, 4, 5]]) as NDArray[];
 * ```
 */
export function gradient(f: ArrayInput, ...args: (ArrayInput | GradientOptions)[]): NDArray | NDArray[] {
  let options: GradientOptions = {};
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) {
    options = parseGradientOptions([last], 'gradient');
    args = args.slice(0, -1);
  }
  const spacings = args as ArrayInput[];
  const x = asarray(f);
  if (x.dtype === 'bool')
    throw new DTypeError('gradient: boolean input is not supported (subtracting booleans is undefined)');
  const axes = axesOf(options.axis, x.ndim);
  const edgeOrder = options.edgeOrder ?? 1;
  if (edgeOrder !== 1 && edgeOrder !== 2)
    throw new ValueError(`gradient: edgeOrder must be 1 or 2, got ${String(edgeOrder)}`);
  let perAxis: ArrayInput[];
  if (spacings.length === 0) perAxis = axes.map(() => 1);
  else if (spacings.length === 1 && asarray(spacings[0] as ArrayInput).ndim === 0)
    perAxis = axes.map(() => spacings[0] as ArrayInput);
  else if (spacings.length === axes.length) perAxis = spacings;
  else
    throw new ValueError(
      `gradient: invalid number of spacing arguments, got ${spacings.length} for ${axes.length} axes`,
    );
  const cplx = isComplex(x.dtype);
  const otype: DType = cplx || x.dtype === 'float32' || x.dtype === 'float64' ? x.dtype : 'float64';
  const f32 = otype === 'float32' || otype === 'complex64';
  const rf = roundFor(f32);
  const outs: NDArray[] = [];
  axes.forEach((axis, q) => {
    const n = x.shape[axis] as number;
    if (n < edgeOrder + 1) {
      throw new ValueError(
        `gradient: shape of array too small to calculate a numerical gradient, at least (edgeOrder + 1) = ${edgeOrder + 1} elements are required along axis ${axis}, got ${n}`,
      );
    }
    const s = spacingOf(perAxis[q] as ArrayInput, n);
    // Weak (JS number) spacing adapts to float32 data; typed spacing promotes.
    const rc = roundFor(f32 && (s.kind === 'uniform' ? s.weak || s.f32 : s.f32));
    const out = emptyArray(otype, x.shape);
    if (out.size === 0) {
      outs.push(out);
      return;
    }
    const xd = x.data;
    const od = out.data;
    const re = new Float64Array(n);
    const im = cplx ? new Float64Array(n) : null;
    const gr = new Float64Array(n);
    const gi = cplx ? new Float64Array(n) : null;
    const sx = x.strides[axis] as number;
    const so = out.strides[axis] as number;
    const big = isBigInt(x.dtype);
    forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
      for (let i = 0, k = ix; i < n; i++, k += sx) {
        if (im !== null) {
          re[i] = xd[2 * k] as number;
          im[i] = xd[2 * k + 1] as number;
        } else re[i] = big ? Number(xd[k]) : (xd[k] as number);
      }
      laneGradient(n, re, im, s, edgeOrder, rf, rc, gr, gi);
      for (let i = 0, k = io; i < n; i++, k += so) {
        if (gi !== null) {
          od[2 * k] = gr[i] as number;
          od[2 * k + 1] = gi[i] as number;
        } else od[k] = gr[i] as number;
      }
    });
    outs.push(out);
  });
  return outs.length === 1 ? (outs[0] as NDArray) : outs;
}
