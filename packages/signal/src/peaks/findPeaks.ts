/**
 * SciPy's peak finding: `findPeaks`, `peakProminences`, `peakWidths`, and the relative extrema
 * `argrelextrema`, `argrelmax`, `argrelmin`.
 * @module
 */
import {
  ArgumentError,
  type ArrayInput,
  NDArray,
  ValueError,
  asarray,
  ascontiguousarray,
  astype,
  describeValue,
  is,
  isPlainObject,
  moveaxis,
  signature,
} from '@stride/ndarray';
import { localMaxima, prominences, selectByDistance, widths } from './core.js';

/** A bound: a number, per-sample values (an array as long as x), or null (no bound). */
export type Bound = number | null | ArrayLike<number> | NDArray;
/** A condition: a lower bound, or `[min, max]` where either may be null. */
export type Condition = Bound | readonly [Bound, Bound];

/** Options of {@link findPeaks}. */
export interface FindPeaksOptions {
  /** Required peak height: a minimum or `[min, max]`. */
  height?: Condition;
  /** Required vertical distance to both neighbours: a minimum or `[min, max]`. */
  threshold?: Condition;
  /** Minimal horizontal distance (≥ 1) between peaks; smaller peaks go first. */
  distance?: number | null;
  /** Required prominence: a minimum or `[min, max]`. */
  prominence?: Condition;
  /** Required width (at `relHeight` of the prominence): a minimum or `[min, max]`. */
  width?: Condition;
  /** Window length (> 1) limiting the search for the bases of prominences. */
  wlen?: number | null;
  /** Height at which widths are measured, relative to the prominence (default 0.5). */
  relHeight?: number;
  /** Required number of samples of a peak's flat top: a minimum or `[min, max]`. */
  plateauSize?: Condition;
}

/** The properties `findPeaks` computed for the peaks it returns (SciPy's keys, camelCased). */
export interface PeakProperties {
  plateauSizes?: NDArray;
  leftEdges?: NDArray;
  rightEdges?: NDArray;
  peakHeights?: NDArray;
  leftThresholds?: NDArray;
  rightThresholds?: NDArray;
  prominences?: NDArray;
  leftBases?: NDArray;
  rightBases?: NDArray;
  widths?: NDArray;
  widthHeights?: NDArray;
  leftIps?: NDArray;
  rightIps?: NDArray;
}

const conditionCheck = (v: unknown, fn: string, name: string): Condition => {
  const ok = (b: unknown) =>
    b === null || typeof b === 'number' || b instanceof NDArray || Array.isArray(b) || ArrayBuffer.isView(b);
  if (ok(v)) return v as Condition;
  throw new ArgumentError(`${fn}: ${name} must be a number, an array, [min, max] or null, got ${describeValue(v)}`);
};

const parseFindPeaks = signature<FindPeaksOptions>(
  'findPeaks',
  ['height', 'threshold', 'distance', 'prominence', 'width', 'wlen', 'relHeight', 'plateauSize'],
  {
    height: conditionCheck,
    threshold: conditionCheck,
    distance: is.nullable(is.number),
    prominence: conditionCheck,
    width: conditionCheck,
    wlen: is.nullable(is.number),
    relHeight: is.number,
    plateauSize: conditionCheck,
  },
);

/** x as a 1-D float64 array (SciPy's check). */
function signal1d(fn: string, input: ArrayInput): Float64Array {
  const a = asarray(input);
  if (a.ndim !== 1) throw new ValueError(`${fn}: x must be a 1-D array, got shape [${a.shape}]`);
  const c = ascontiguousarray(astype(a, 'float64')) as NDArray;
  return Float64Array.from((c.data as Float64Array).subarray(c.offset, c.offset + c.size));
}

/** Peak indices as int32 (a non-integer value is an ArgumentError, as SciPy's TypeError). */
function peakIndices(fn: string, input: ArrayInput): Int32Array {
  const a = asarray(input);
  if (a.ndim !== 1) throw new ValueError(`${fn}: peaks must be a 1-D array, got shape [${a.shape}]`);
  const out = new Int32Array(a.size);
  const vals = a.toArray() as unknown[];
  vals.forEach((v, i) => {
    const n = typeof v === 'bigint' ? Number(v) : (v as number);
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw new ArgumentError(`${fn}: peaks must hold integer indices, got ${describeValue(v)} at ${i}`);
    }
    out[i] = n;
  });
  return out;
}

/** SciPy's wlen rule: none (−1), or a value above 1 rounded up. */
function wlenOf(fn: string, wlen: number | null | undefined): number {
  if (wlen === undefined || wlen === null) return -1;
  if (wlen > 1) return Math.ceil(wlen);
  throw new ValueError(`${fn}: wlen must be larger than 1, got ${wlen}`);
}

/** The (min, max) of a condition, per-sample arrays reduced to the peaks. */
function unpack(
  fn: string,
  name: string,
  cond: Condition,
  n: number,
  peaks: Int32Array,
): [Float64Array | number | null, Float64Array | number | null] {
  let lo: Bound;
  let hi: Bound = null;
  const isPair =
    (Array.isArray(cond) && cond.length === 2) || (cond instanceof NDArray && cond.size === 2 && cond.ndim === 1);
  if (isPair) {
    const pair = (cond instanceof NDArray ? cond.toArray() : cond) as unknown as readonly [Bound, Bound];
    lo = pair[0] as Bound;
    hi = pair[1] as Bound;
  } else lo = cond as Bound;
  const reduce = (b: Bound, which: string): Float64Array | number | null => {
    if (b === null || typeof b === 'number') return b;
    const arr = Float64Array.from(astype(asarray(b as never), 'float64').toArray() as number[]);
    if (arr.length !== n) {
      throw new ValueError(
        `${fn}: the array of the ${which} border of ${name} must match x in size (${arr.length} ≠ ${n})`,
      );
    }
    return Float64Array.from(peaks, (p) => arr[p] as number);
  };
  return [reduce(lo, 'lower'), reduce(hi, 'upper')];
}

/** Keeps where min ≤ value ≤ max. */
function select(
  values: Float64Array | Int32Array,
  lo: Float64Array | number | null,
  hi: Float64Array | number | null,
): Uint8Array {
  const keep = new Uint8Array(values.length).fill(1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (lo !== null && !((typeof lo === 'number' ? lo : (lo[i] as number)) <= v)) keep[i] = 0;
    if (hi !== null && !(v <= (typeof hi === 'number' ? hi : (hi[i] as number)))) keep[i] = 0;
  }
  return keep;
}

type Props = Record<string, Float64Array | Int32Array>;

function filter<T extends Float64Array | Int32Array>(a: T, keep: Uint8Array): T {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (keep[i]) out.push(a[i] as number);
  return (a instanceof Int32Array ? Int32Array.from(out) : Float64Array.from(out)) as T;
}

function filterAll(peaks: Int32Array, props: Props, keep: Uint8Array): Int32Array {
  for (const k of Object.keys(props)) props[k] = filter(props[k] as Float64Array | Int32Array, keep);
  return filter(peaks, keep);
}

const toND = (a: Float64Array | Int32Array): NDArray =>
  (a instanceof Int32Array ? new NDArray('int32', a, [a.length]) : new NDArray('float64', a, [a.length])) as NDArray;

/**
 * The peaks of a 1-D signal (SciPy's `signal.find_peaks`): local maxima (a flat top counted
 * once, at its middle), filtered by height, threshold, distance, prominence, width and plateau
 * size, in SciPy's order.
 *
 * @param x - the signal (1-D).
 * @param options - `height`, `threshold`, `distance`, `prominence`, `width`, `wlen`,
 * `relHeight` (0.5), `plateauSize`; a condition is a minimum, per-sample minima, or `[min, max]`.
 * @returns `{ peaks, properties }`: int32 indices and the properties each condition computed
 * (`peakHeights`, `leftThresholds`/`rightThresholds`, `prominences`/`leftBases`/`rightBases`,
 * `widths`/`widthHeights`/`leftIps`/`rightIps`, `plateauSizes`/`leftEdges`/`rightEdges`).
 * @throws {ValueError} for x not 1-D, distance < 1, wlen ≤ 1, relHeight < 0, a bound array of the wrong size.
 * @example
 * ```ts
 * const { peaks, properties } = findPeaks([0, 2, 0, 1, 1, 1, 0, 3, 0], { height: 1.5 });
 * peaks.toArray(); // [1, 7]
 * properties.peakHeights?.toArray(); // [2, 3]
 * findPeaks([0, 2, 0, 1, 1, 1, 0, 3, 0]).peaks.toArray(); // [1, 4, 7]
 * ```
 */
export function findPeaks(x: ArrayInput, options?: FindPeaksOptions): { peaks: NDArray; properties: PeakProperties };
export function findPeaks(
  x: ArrayInput,
  height?: Condition,
  ...rest: unknown[]
): { peaks: NDArray; properties: PeakProperties };
export function findPeaks(input: ArrayInput, ...rest: unknown[]): { peaks: NDArray; properties: PeakProperties } {
  const fn = 'findPeaks';
  const o = parseFindPeaks(rest);
  const x = signal1d(fn, input);
  const n = x.length;
  if (o.distance !== undefined && o.distance !== null && !(o.distance >= 1)) {
    throw new ValueError(`${fn}: distance must be greater or equal to 1, got ${o.distance}`);
  }
  const err = (m: string) => new ValueError(m);
  const lm = localMaxima(x);
  let peaks = lm.peaks;
  const props: Props = {};
  if (o.plateauSize !== undefined && o.plateauSize !== null) {
    const sizes = Int32Array.from(lm.left, (l, i) => (lm.right[i] as number) - l + 1);
    const [lo, hi] = unpack(fn, 'plateauSize', o.plateauSize, n, peaks);
    const keep = select(sizes, lo, hi);
    props.plateauSizes = sizes;
    props.leftEdges = lm.left;
    props.rightEdges = lm.right;
    peaks = filterAll(peaks, props, keep);
  }
  if (o.height !== undefined && o.height !== null) {
    const heights = Float64Array.from(peaks, (p) => x[p] as number);
    const [lo, hi] = unpack(fn, 'height', o.height, n, peaks);
    const keep = select(heights, lo, hi);
    props.peakHeights = heights;
    peaks = filterAll(peaks, props, keep);
  }
  if (o.threshold !== undefined && o.threshold !== null) {
    const [lo, hi] = unpack(fn, 'threshold', o.threshold, n, peaks);
    const left = Float64Array.from(peaks, (p) => (x[p] as number) - (x[p - 1] as number));
    const right = Float64Array.from(peaks, (p) => (x[p] as number) - (x[p + 1] as number));
    const keep = new Uint8Array(peaks.length).fill(1);
    for (let i = 0; i < peaks.length; i++) {
      const mn = Math.min(left[i] as number, right[i] as number);
      const mx = Math.max(left[i] as number, right[i] as number);
      if (lo !== null && !((typeof lo === 'number' ? lo : (lo[i] as number)) <= mn)) keep[i] = 0;
      if (hi !== null && !(mx <= (typeof hi === 'number' ? hi : (hi[i] as number)))) keep[i] = 0;
    }
    props.leftThresholds = left;
    props.rightThresholds = right;
    peaks = filterAll(peaks, props, keep);
  }
  if (o.distance !== undefined && o.distance !== null) {
    const keep = selectByDistance(
      peaks,
      Float64Array.from(peaks, (p) => x[p] as number),
      o.distance,
    );
    peaks = filterAll(peaks, props, keep);
  }
  const wantProm = o.prominence !== undefined && o.prominence !== null;
  const wantWidth = o.width !== undefined && o.width !== null;
  if (wantProm || wantWidth) {
    const pr = prominences(fn, x, peaks, wlenOf(fn, o.wlen), err);
    props.prominences = pr.prominences;
    props.leftBases = pr.leftBases;
    props.rightBases = pr.rightBases;
  }
  if (wantProm) {
    const [lo, hi] = unpack(fn, 'prominence', o.prominence as Condition, n, peaks);
    peaks = filterAll(peaks, props, select(props.prominences as Float64Array, lo, hi));
  }
  if (wantWidth) {
    const wd = widths(
      fn,
      x,
      peaks,
      o.relHeight ?? 0.5,
      props.prominences as Float64Array,
      props.leftBases as Int32Array,
      props.rightBases as Int32Array,
      err,
    );
    props.widths = wd.widths;
    props.widthHeights = wd.widthHeights;
    props.leftIps = wd.leftIps;
    props.rightIps = wd.rightIps;
    const [lo, hi] = unpack(fn, 'width', o.width as Condition, n, peaks);
    peaks = filterAll(peaks, props, select(wd.widths, lo, hi));
  }
  const properties: Record<string, NDArray> = {};
  for (const [k, v] of Object.entries(props)) properties[k] = toND(v);
  return { peaks: toND(peaks), properties: properties as PeakProperties };
}

const parseProm = signature<{ wlen?: number | null }>('peakProminences', ['wlen'], { wlen: is.nullable(is.number) });

/**
 * The prominence of each peak: its height above the higher of the two lowest points reached
 * before meeting higher ground on either side (SciPy's `signal.peak_prominences`).
 *
 * @param x - the signal (1-D).
 * @param peaks - indices of peaks in x.
 * @param wlen - a window length (> 1) limiting the search for the bases.
 * @returns `{ prominences, leftBases, rightBases }`.
 * @example
 * ```ts
 * peakProminences([0, 3, 1, 2, 0], [1, 3]).prominences.toArray(); // [3, 1]
 * ```
 */
export function peakProminences(
  x: ArrayInput,
  peaks: ArrayInput,
  wlen?: number | null,
  options?: { wlen?: number | null },
): { prominences: NDArray; leftBases: NDArray; rightBases: NDArray };
export function peakProminences(
  x: ArrayInput,
  peaks: ArrayInput,
  options?: { wlen?: number | null },
): { prominences: NDArray; leftBases: NDArray; rightBases: NDArray };
export function peakProminences(
  xIn: ArrayInput,
  peaksIn: ArrayInput,
  ...rest: unknown[]
): { prominences: NDArray; leftBases: NDArray; rightBases: NDArray } {
  const fn = 'peakProminences';
  const { wlen } = parseProm(rest);
  const x = signal1d(fn, xIn);
  const peaks = peakIndices(fn, peaksIn);
  const r = prominences(fn, x, peaks, wlenOf(fn, wlen), (m) => new ValueError(m));
  return { prominences: toND(r.prominences), leftBases: toND(r.leftBases), rightBases: toND(r.rightBases) };
}

/** Prominence data as `peakProminences` returns it, or its three arrays in order. */
export type ProminenceData =
  | { prominences: ArrayInput; leftBases: ArrayInput; rightBases: ArrayInput }
  | readonly [ArrayInput, ArrayInput, ArrayInput];

interface WidthOptions {
  relHeight?: number;
  prominenceData?: ProminenceData | null;
  wlen?: number | null;
}
const parseWidths = signature<WidthOptions>('peakWidths', ['relHeight', 'prominenceData', 'wlen'], {
  relHeight: is.number,
  prominenceData: is.any,
  wlen: is.nullable(is.number),
});

/**
 * The width of each peak at `relHeight` of its prominence, with the interpolated crossing
 * points (SciPy's `signal.peak_widths`).
 *
 * @param x - the signal (1-D).
 * @param peaks - indices of peaks in x.
 * @param relHeight - height of the measurement relative to the prominence (default 0.5; 1 is the base).
 * @param prominenceData - `peakProminences`' result (computed when omitted, with `wlen`).
 * @param wlen - window length for the prominences computed here.
 * @returns `{ widths, widthHeights, leftIps, rightIps }`.
 * @example
 * ```ts
 * peakWidths([0, 1, 2, 1, 0], [2]).widths.toArray(); // [2]
 * peakWidths([0, 1, 2, 1, 0], [2], 1).widths.toArray(); // [4]
 * ```
 */
export function peakWidths(
  x: ArrayInput,
  peaks: ArrayInput,
  relHeight?: number,
  prominenceData?: ProminenceData | null,
  wlen?: number | null,
  options?: WidthOptions,
): { widths: NDArray; widthHeights: NDArray; leftIps: NDArray; rightIps: NDArray };
export function peakWidths(
  x: ArrayInput,
  peaks: ArrayInput,
  options?: WidthOptions,
): { widths: NDArray; widthHeights: NDArray; leftIps: NDArray; rightIps: NDArray };
export function peakWidths(
  xIn: ArrayInput,
  peaksIn: ArrayInput,
  ...rest: unknown[]
): { widths: NDArray; widthHeights: NDArray; leftIps: NDArray; rightIps: NDArray } {
  const fn = 'peakWidths';
  // peakProminences' result given positionally is prominence data, not the options object
  const last = rest[rest.length - 1];
  const args = isPlainObject(last) && 'prominences' in last ? [...rest.slice(0, -1), { prominenceData: last }] : rest;
  const o = parseWidths(args);
  const x = signal1d(fn, xIn);
  const peaks = peakIndices(fn, peaksIn);
  const err = (m: string) => new ValueError(m);
  let prom: Float64Array;
  let lb: Int32Array;
  let rb: Int32Array;
  const pd = o.prominenceData;
  if (pd === undefined || pd === null) {
    const r = prominences(fn, x, peaks, wlenOf(fn, o.wlen), err);
    prom = r.prominences;
    lb = r.leftBases;
    rb = r.rightBases;
  } else {
    let parts: [ArrayInput, ArrayInput, ArrayInput];
    if (Array.isArray(pd) && pd.length === 3) parts = pd as unknown as [ArrayInput, ArrayInput, ArrayInput];
    else if (typeof pd === 'object' && 'prominences' in pd && 'leftBases' in pd && 'rightBases' in pd) {
      parts = [pd.prominences, pd.leftBases, pd.rightBases];
    } else {
      throw new ArgumentError(
        `${fn}: prominenceData must be {prominences, leftBases, rightBases} or three arrays, got ${describeValue(pd)}`,
      );
    }
    prom = Float64Array.from(astype(asarray(parts[0]), 'float64').toArray() as number[]);
    lb = peakIndices(fn, parts[1]);
    rb = peakIndices(fn, parts[2]);
  }
  const r = widths(fn, x, peaks, o.relHeight ?? 0.5, prom, lb, rb, err);
  return {
    widths: toND(r.widths),
    widthHeights: toND(r.widthHeights),
    leftIps: toND(r.leftIps),
    rightIps: toND(r.rightIps),
  };
}

/** A comparison of two values (NumPy's `np.greater` and friends, by name or as a function). */
export type Comparator = 'greater' | 'less' | 'greater_equal' | 'less_equal' | ((a: number, b: number) => boolean);

interface RelOptions {
  axis?: number;
  order?: number;
  mode?: 'clip' | 'wrap';
}
const relChecks = { axis: is.axisInt, order: is.number, mode: is.choice('clip', 'wrap') };
const parseRel = signature<RelOptions>('argrelextrema', ['axis', 'order', 'mode'], relChecks);

const COMPARATORS: Record<string, (a: number, b: number) => boolean> = {
  greater: (a, b) => a > b,
  less: (a, b) => a < b,
  greater_equal: (a, b) => a >= b,
  less_equal: (a, b) => a <= b,
};

function relExtrema(fn: string, data: ArrayInput, cmp: Comparator, o: RelOptions): NDArray[] {
  const compare = typeof cmp === 'function' ? cmp : COMPARATORS[cmp as string];
  if (compare === undefined) {
    throw new ValueError(
      `${fn}: comparator must be "greater", "less", "greater_equal", "less_equal" or a function, got ${describeValue(cmp)}`,
    );
  }
  const order = o.order ?? 1;
  if (!Number.isInteger(order) || order < 1) throw new ValueError(`${fn}: order must be an integer ≥ 1, got ${order}`);
  const a = asarray(data);
  const nd = a.ndim;
  const axArg = o.axis ?? 0;
  if (axArg < -nd || axArg >= nd)
    throw new ValueError(`${fn}: axis ${axArg} is out of bounds for array of dimension ${nd}`);
  const ax = axArg < 0 ? axArg + nd : axArg;
  const m = ascontiguousarray(astype(moveaxis(a, ax, -1), 'float64')) as NDArray;
  const len = m.shape[m.ndim - 1] as number;
  const v = (m.data as Float64Array).subarray(m.offset, m.offset + m.size);
  const rows = len === 0 ? 0 : m.size / len;
  const res = new Uint8Array(m.size);
  const wrap = (o.mode ?? 'clip') === 'wrap';
  const at = (i: number) => (wrap ? ((i % len) + len) % len : Math.min(Math.max(i, 0), len - 1));
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < len; i++) {
      let ok = true;
      const c = v[r * len + i] as number;
      for (let s = 1; s <= order && ok; s++) {
        ok = compare(c, v[r * len + at(i + s)] as number) && compare(c, v[r * len + at(i - s)] as number);
      }
      res[r * len + i] = ok ? 1 : 0;
    }
  }
  // nonzero of the result in the input's axis order (C order over the original shape)
  const shape = a.shape;
  const outer = m.shape.slice(0, -1);
  const hits: number[][] = shape.map(() => []);
  const moved: number[] = [];
  for (let d = 0; d < nd; d++) if (d !== ax) moved.push(d);
  const coords: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < len; i++) {
      if (!res[r * len + i]) continue;
      const idx = new Array<number>(nd);
      let rem = r;
      for (let k = outer.length - 1; k >= 0; k--) {
        idx[moved[k] as number] = rem % (outer[k] as number);
        rem = Math.floor(rem / (outer[k] as number));
      }
      idx[ax] = i;
      coords.push(idx);
    }
  }
  coords.sort((p, q) => {
    for (let d = 0; d < nd; d++) if (p[d] !== q[d]) return (p[d] as number) - (q[d] as number);
    return 0;
  });
  for (const c of coords) for (let d = 0; d < nd; d++) (hits[d] as number[]).push(c[d] as number);
  return hits.map((h) => new NDArray('int32', Int32Array.from(h), [h.length]) as NDArray);
}

/**
 * The relative extrema of data along an axis: the points where `comparator` holds against
 * every neighbour up to `order` away (SciPy's `signal.argrelextrema`).
 *
 * @param data - the array.
 * @param comparator - `'greater'`, `'less'`, `'greater_equal'`, `'less_equal'` or a function.
 * @param axis - the axis (default 0).
 * @param order - how many points on each side to compare (default 1).
 * @param mode - `'clip'` (default: the ends compare with themselves) or `'wrap'`.
 * @returns one int32 index array per dimension (like `nonzero`).
 * @example
 * ```ts
 * argrelextrema([1, 3, 2, 4, 0], 'greater')[0].toArray(); // [1, 3]
 * ```
 */
export function argrelextrema(
  data: ArrayInput,
  comparator: Comparator,
  axis?: number,
  order?: number,
  mode?: 'clip' | 'wrap',
  options?: RelOptions,
): NDArray[];
export function argrelextrema(data: ArrayInput, comparator: Comparator, options?: RelOptions): NDArray[];
export function argrelextrema(data: ArrayInput, comparator: Comparator, ...rest: unknown[]): NDArray[] {
  return relExtrema('argrelextrema', data, comparator, parseRel(rest));
}

/**
 * The relative maxima of data (SciPy's `signal.argrelmax`): `argrelextrema(data, 'greater')`.
 *
 * @param data - the array.
 * @param axis - the axis (default 0).
 * @param order - points on each side (default 1).
 * @param mode - `'clip'` (default) or `'wrap'`.
 * @example
 * ```ts
 * argrelmax([0, 2, 1, 3, 1, 0])[0].toArray(); // [1, 3]
 * ```
 */
export function argrelmax(
  data: ArrayInput,
  axis?: number,
  order?: number,
  mode?: 'clip' | 'wrap',
  options?: RelOptions,
): NDArray[];
export function argrelmax(data: ArrayInput, options?: RelOptions): NDArray[];
export function argrelmax(data: ArrayInput, ...rest: unknown[]): NDArray[] {
  return relExtrema('argrelmax', data, 'greater', parseRel(rest, 'argrelmax'));
}

/**
 * The relative minima of data (SciPy's `signal.argrelmin`): `argrelextrema(data, 'less')`.
 *
 * @param data - the array.
 * @param axis - the axis (default 0).
 * @param order - points on each side (default 1).
 * @param mode - `'clip'` (default) or `'wrap'`.
 * @example
 * ```ts
 * argrelmin([3, 1, 2, 0, 4])[0].toArray(); // [1, 3]
 * ```
 */
export function argrelmin(
  data: ArrayInput,
  axis?: number,
  order?: number,
  mode?: 'clip' | 'wrap',
  options?: RelOptions,
): NDArray[];
export function argrelmin(data: ArrayInput, options?: RelOptions): NDArray[];
export function argrelmin(data: ArrayInput, ...rest: unknown[]): NDArray[] {
  return relExtrema('argrelmin', data, 'less', parseRel(rest, 'argrelmin'));
}
