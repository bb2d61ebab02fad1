/** `pad`: NumPy's np.pad with the constant, edge, reflect, symmetric, wrap, linear_ramp, statistic and empty modes. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray, assign, astype, emptyArray } from '../core/convert.js';
import { isComplex, isFloat, isInteger } from '../core/dtype.js';
import { broadcastStrides } from '../core/iter.js';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { copyInOrder } from './shape.js';
import { type Check, is, signature } from '../core/args.js';

/** Padding modes of {@link pad}. */
export type PadMode =
  | 'constant'
  | 'edge'
  | 'reflect'
  | 'symmetric'
  | 'wrap'
  | 'linear_ramp'
  | 'maximum'
  | 'minimum'
  | 'mean'
  | 'median'
  | 'empty';

const parsePad = signature<PadOptions>('pad', ['mode'], {
  mode: is.string as Check,
  constantValues: is.arrayLike,
  endValues: is.arrayLike,
  statLength: is.orNone(is.arrayLike),
});

/** Options of {@link pad}. */
export interface PadOptions {
  /** How to fill the padding (default `'constant'`). */
  mode?: PadMode;
  /** `'constant'`: the fill values, as for `padWidth` (a number, a pair, or one pair per axis). Default 0. */
  constantValues?: ArrayInput;
  /** `'linear_ramp'`: the values the ramps start from, as for `padWidth`. Default 0. */
  endValues?: ArrayInput;
  /** Statistic modes: how many edge elements the statistic uses (default: the whole axis). */
  statLength?: ArrayInput | null;
}

const MODES: readonly PadMode[] = [
  'constant',
  'edge',
  'reflect',
  'symmetric',
  'wrap',
  'linear_ramp',
  'maximum',
  'minimum',
  'mean',
  'median',
  'empty',
];

/** NumPy's `_as_pairs`: a scalar, a pair, or one pair per axis, as `[before, after]` for every axis. */
function asPairs(value: ArrayInput, ndim: number, what: string): NDArray[][] {
  const x = asarray(value);
  const at = (k: number): NDArray => {
    // Element k of x in C order, as a 0-d view.
    let off = x.offset;
    let rem = k;
    for (let ax = x.ndim - 1; ax >= 0; ax--) {
      const n = x.shape[ax] as number;
      off += (rem % n) * (x.strides[ax] as number);
      rem = Math.floor(rem / n);
    }
    return x.view([], [], off);
  };
  if (x.size === 1) return Array.from({ length: ndim }, () => [at(0), at(0)]);
  if (x.size === 2 && !(x.ndim === 2 && x.shape[0] === 2 && x.shape[1] === 1)) {
    return Array.from({ length: ndim }, () => [at(0), at(1)]);
  }
  // Broadcast to (ndim, 2).
  const target = [ndim, 2];
  const ok = x.ndim <= 2 && x.shape.every((d, i) => d === 1 || d === target[2 - x.ndim + i]);
  if (!ok) {
    throw new ValueError(
      `pad: ${what} of shape [${x.shape.join(', ')}] cannot be broadcast to [${ndim}, 2] (one [before, after] pair per axis)`,
    );
  }
  const st = broadcastStrides(x.shape, x.strides, target);
  return Array.from({ length: ndim }, (_, i) =>
    [0, 1].map((j) => x.view([], [], x.offset + i * (st[0] as number) + j * (st[1] as number))),
  );
}

function asIndexPairs(value: ArrayInput, ndim: number, what: string): [number, number][] {
  return asPairs(value, ndim, what).map(
    (p) =>
      p.map((v) => {
        const raw = v.data[v.offset];
        if (!isInteger(v.dtype) && v.dtype !== 'bool')
          throw new DTypeError(`pad: ${what} must be of integral type, got ${v.dtype}`);
        const n = Number(raw);
        if (n < 0) throw new ValueError(`pad: ${what} can't contain negative values`);
        return n;
      }) as [number, number],
  );
}

function sliceAxis(v: NDArray, axis: number, start: number, len: number, step = 1): NDArray {
  const shape = [...v.shape];
  shape[axis] = len;
  const strides = [...v.strides];
  strides[axis] = (v.strides[axis] as number) * step;
  return v.view(shape, strides, len > 0 ? v.offset + start * (v.strides[axis] as number) : v.offset);
}

/** Source index in `[0, n)` for a position `p` (relative to the first valid element) under a periodic mode. */
function periodicIndex(p: number, n: number, mode: 'reflect' | 'symmetric' | 'wrap'): number {
  if (mode === 'wrap') return ((p % n) + n) % n;
  if (mode === 'reflect') {
    if (n === 1) return 0;
    const period = 2 * (n - 1);
    const q = ((p % period) + period) % period;
    return q < n ? q : period - q;
  }
  const period = 2 * n;
  const q = ((p % period) + period) % period;
  return q < n ? q : period - 1 - q;
}

/** Copies positions [from, to) of `roi` along `axis` from their periodic sources, block by block. */
function fillPeriodic(
  roi: NDArray,
  axis: number,
  lo: number,
  n: number,
  from: number,
  to: number,
  mode: 'reflect' | 'symmetric' | 'wrap',
): void {
  let p = from;
  while (p < to) {
    const q = periodicIndex(p - lo, n, mode);
    let len = 1;
    let dir = 0;
    if (p + 1 < to) {
      dir = periodicIndex(p + 1 - lo, n, mode) - q;
      if (dir < -1 || dir > 1) dir = 0;
      else {
        len = 2;
        while (p + len < to && periodicIndex(p + len - lo, n, mode) - periodicIndex(p + len - 1 - lo, n, mode) === dir)
          len++;
      }
    }
    const src = sliceAxis(roi, axis, lo + q, len, dir);
    assign(sliceAxis(roi, axis, p, len), src);
    p += len;
  }
}

/**
 * NumPy's `pad`: a new array with `padWidth` elements added before and after each axis, filled
 * by `mode`. `padWidth` (and `constantValues`, `endValues`, `statLength`) is a number for every
 * side, a `[before, after]` pair for every axis, or one pair per axis. Axes are padded in order,
 * so corners take the values of the last axis, exactly as NumPy's.
 *
 * @param a - Input array.
 * @param padWidth - Padding widths (non-negative integers).
 * @param options - `mode` and its values.
 * @returns A new array of the input's dtype.
 * @throws {ValueError} for negative widths, an unknown mode, or extending an empty axis with a mode that reads it.
 *
 * @example
 * ```ts
 * pad([1, 2, 3], [2, 1]).toArray();                      // [0, 0, 1, 2, 3, 0]
 * pad([1, 2, 3], 2, { mode: 'reflect' }).toArray();     // [3, 2, 1, 2, 3, 2, 1]
 * pad([1, 2, 3], 2, { mode: 'wrap' }).toArray();        // [2, 3, 1, 2, 3, 1, 2]
 * ```
 */
export function pad(a: ArrayInput, padWidth: ArrayInput, mode?: PadMode, options?: PadOptions): NDArray;
export function pad(a: ArrayInput, padWidth: ArrayInput, options?: PadOptions): NDArray;
export function pad(a: ArrayInput, padWidth: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parsePad(rest, 'pad');
  const x = asarray(a);
  const mode = options.mode ?? 'constant';
  if (!MODES.includes(mode)) throw new ValueError(`pad: mode '${String(mode)}' is not supported`);
  const nd = x.ndim;
  const pw = asIndexPairs(padWidth, nd, 'padWidth');
  const outShape = x.shape.map((n, i) => n + (pw[i] as [number, number])[0] + (pw[i] as [number, number])[1]);
  const out = emptyArray(x.dtype, outShape);
  let center = out;
  for (let ax = 0; ax < nd; ax++)
    center = sliceAxis(center, ax, (pw[ax] as [number, number])[0], x.shape[ax] as number);
  if (x.size > 0) assign(center, x);
  if (mode === 'empty') return out;
  const cvals = mode === 'constant' ? asPairs(options.constantValues ?? 0, nd, 'constantValues') : [];
  const evals = mode === 'linear_ramp' ? asPairs(options.endValues ?? 0, nd, 'endValues') : [];
  const stat = mode === 'maximum' || mode === 'minimum' || mode === 'mean' || mode === 'median';
  const slen =
    stat && options.statLength !== undefined && options.statLength !== null
      ? asIndexPairs(options.statLength, nd, 'statLength')
      : null;
  for (let axis = 0; axis < nd; axis++) {
    const [L, R] = pw[axis] as [number, number];
    const n = x.shape[axis] as number;
    if (L === 0 && R === 0) continue;
    if (n === 0 && mode !== 'constant') {
      throw new ValueError(`pad: can't extend empty axis ${axis} using modes other than 'constant' or 'empty'`);
    }
    // The region padded so far: full along axes <= axis, the original extent along the rest.
    let roi = out;
    for (let ax = axis + 1; ax < nd; ax++)
      roi = sliceAxis(roi, ax, (pw[ax] as [number, number])[0], x.shape[ax] as number);
    const left = sliceAxis(roi, axis, 0, L);
    const right = sliceAxis(roi, axis, L + n, R);
    if (mode === 'constant') {
      const [cb, ca] = cvals[axis] as NDArray[];
      if (L > 0 && left.size > 0) assign(left, cb as NDArray);
      if (R > 0 && right.size > 0) assign(right, ca as NDArray);
    } else if (mode === 'edge') {
      if (L > 0) assign(left, sliceAxis(roi, axis, L, 1));
      if (R > 0) assign(right, sliceAxis(roi, axis, L + n - 1, 1));
    } else if (mode === 'reflect' || mode === 'symmetric' || mode === 'wrap') {
      fillPeriodic(roi, axis, L, n, 0, L, mode);
      fillPeriodic(roi, axis, L, n, L + n, L + n + R, mode);
    } else if (mode === 'linear_ramp') {
      const [eb, ea] = evals[axis] as NDArray[];
      linearRamp(roi, axis, L, n, R, eb as NDArray, ea as NDArray);
    } else {
      const sl = slen === null ? [n, n] : (slen[axis] as [number, number]);
      for (const side of [0, 1] as const) {
        const width = side === 0 ? L : R;
        if (width === 0) continue;
        const m = Math.min(sl[side] as number, n);
        if (m === 0) throw new ValueError(`pad: stat_length of 0 yields no value for padding (axis ${axis})`);
        const chunk = sliceAxis(roi, axis, side === 0 ? L : L + n - m, m);
        const value = statistic(chunk, axis, mode as 'maximum' | 'minimum' | 'mean' | 'median', x.dtype);
        assign(side === 0 ? left : right, value);
      }
    }
  }
  return out;
}

/** The planes of `v` along `axis` as float64 arrays of the plane's shape, for numeric work. */
function planeValues(v: NDArray, axis: number, i: number): Float64Array {
  const p = sliceAxis(v, axis, i, 1);
  return copyInOrder(p, 'C', 'float64').data as Float64Array;
}

function linearRamp(
  roi: NDArray,
  axis: number,
  L: number,
  n: number,
  R: number,
  endBefore: NDArray,
  endAfter: NDArray,
): void {
  const dtype = roi.dtype;
  if (isComplex(dtype)) throw new DTypeError('pad: linear_ramp is not supported for complex arrays');
  const f32 = dtype === 'float32';
  const round = f32 ? Math.fround : (v: number): number => v;
  const intLike = !isFloat(dtype);
  const planeShape = [...roi.shape];
  planeShape[axis] = 1;
  const sides: [number, number, number, NDArray][] = [
    [L, 0, L, endBefore],
    [R, L + n + R - 1, L + n - 1, endAfter],
  ];
  for (const [width, firstPos, edgeIdx, endV] of sides) {
    if (width === 0) continue;
    const edge = planeValues(roi, axis, edgeIdx);
    const start = round(Number(endV.data[endV.offset] as number | bigint));
    // NumPy's linspace(start, edge, width, endpoint=False): y = arange * step + start, or
    // y = arange / div * delta when any step is zero.
    const delta = edge.map((e) => round(e - start));
    const steps = delta.map((d) => round(d / width));
    const anyZero = steps.some((s) => s === 0);
    const dir = firstPos === 0 ? 1 : -1;
    for (let t = 0; t < width; t++) {
      const vals = new Float64Array(edge.length);
      for (let k = 0; k < vals.length; k++) {
        const y = anyZero ? round(round(t / width) * (delta[k] as number)) : round(t * (steps[k] as number));
        const v = round(y + start);
        vals[k] = intLike ? Math.floor(v) : v;
      }
      const plane = new NDArray('float64', vals, planeShape);
      assign(sliceAxis(roi, axis, firstPos + dir * t, 1), plane);
    }
  }
}

function statistic(
  chunk: NDArray,
  axis: number,
  mode: 'maximum' | 'minimum' | 'mean' | 'median',
  dtype: DType,
): NDArray {
  if (isComplex(dtype)) throw new DTypeError(`pad: mode '${mode}' is not supported for complex arrays`);
  const m = chunk.shape[axis] as number;
  const planeShape = [...chunk.shape];
  planeShape[axis] = 1;
  const planes: Float64Array[] = [];
  for (let i = 0; i < m; i++) planes.push(planeValues(chunk, axis, i));
  const size = (planes[0] as Float64Array).length;
  const res = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    if (mode === 'median') {
      const col = planes.map((p) => p[k] as number).sort((p, q) => p - q);
      const hasNaN = col.some(Number.isNaN);
      const mid = col.length >> 1;
      res[k] = hasNaN
        ? NaN
        : col.length % 2 === 1
          ? (col[mid] as number)
          : ((col[mid - 1] as number) + (col[mid] as number)) / 2;
      continue;
    }
    let acc = (planes[0] as Float64Array)[k] as number;
    for (let i = 1; i < m; i++) {
      const v = (planes[i] as Float64Array)[k] as number;
      // NaN propagates, as in NumPy's max/min.
      if (mode === 'maximum') {
        if (!Number.isNaN(acc) && (Number.isNaN(v) || v > acc)) acc = v;
      } else if (mode === 'minimum') {
        if (!Number.isNaN(acc) && (Number.isNaN(v) || v < acc)) acc = v;
      } else acc += v;
    }
    res[k] = mode === 'mean' ? acc / m : acc;
  }
  if ((mode === 'mean' || mode === 'median') && !isFloat(dtype)) {
    // NumPy rounds the statistic half to even before casting it back to an integer dtype.
    for (let k = 0; k < size; k++) res[k] = roundHalfEven(res[k] as number);
  }
  const plane = new NDArray('float64', res, planeShape);
  return dtype === 'float64' ? plane : astype(plane, dtype);
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
