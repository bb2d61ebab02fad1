/** Line2D: a polyline with markers, NaN gaps, step drawing, and per-pixel-column decimation for large data. */
import { curveLinear, curveStep, curveStepAfter, curveStepBefore, line } from 'd3-shape';
import type { RGBA } from '../color.js';
import { extent } from '../data.js';
import type { PathContext, Renderer } from '../render/renderer.js';
import { markerSpec } from '../style.js';
import type { Artist, Bounds, LegendSample, Transform } from './artist.js';

/** How consecutive points are joined: straight, or steps (matplotlib's drawstyle). */
export type DrawStyle = 'default' | 'steps-pre' | 'steps-post' | 'steps-mid';

export interface LineProps {
  color: RGBA;
  lineWidth: number;
  dash: readonly number[] | null | 'none';
  marker: string;
  markerSize: number;
  markerFaceColor: RGBA | null;
  markerEdgeColor: RGBA;
  markerEdgeWidth: number;
  drawStyle: DrawStyle;
  zorder: number;
  label?: string;
  /** x and y in axes fractions (0..1) instead of data, per axis (axhline/axvline). */
  axesX?: boolean;
  axesY?: boolean;
}

/** Properties of a plain solid line without markers (whiskers, contour lines, outlines). */
export function plainLineProps(color: RGBA, width: number, zorder: number, extra: Partial<LineProps> = {}): LineProps {
  return {
    color,
    lineWidth: width,
    dash: null,
    marker: 'none',
    markerSize: 0,
    markerFaceColor: null,
    markerEdgeColor: color,
    markerEdgeWidth: 0,
    drawStyle: 'default',
    zorder,
    ...extra,
  };
}

const CURVES = {
  default: curveLinear,
  'steps-pre': curveStepBefore,
  'steps-post': curveStepAfter,
  'steps-mid': curveStep,
};

/**
 * Keeps the visual envelope of a long polyline: per pixel column, the first, lowest, highest and
 * last point in drawing order (NaN gaps kept). Output length ≤ 4 × columns + gaps; one O(n) pass
 * into typed arrays (no per-column allocation).
 */
export function decimateColumns(px: Float64Array, py: Float64Array): { x: Float64Array; y: Float64Array } {
  const n = px.length;
  let ox = new Float64Array(Math.min(n, 4096));
  let oy = new Float64Array(ox.length);
  let m = 0;
  const push = (i: number) => {
    if (m === ox.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(Math.min(n, a.length * 2));
        b.set(a);
        return b;
      };
      ox = grow(ox);
      oy = grow(oy);
    }
    ox[m] = i < 0 ? Number.NaN : (px[i] as number);
    oy[m++] = i < 0 ? Number.NaN : (py[i] as number);
  };
  let col = Number.NaN;
  let iFirst = -1;
  let iMin = -1;
  let iMax = -1;
  let iLast = -1;
  const flush = () => {
    if (iFirst < 0) return;
    // the four indices in drawing order, each once (iFirst ≤ the others ≤ iLast)
    const lo = Math.min(iMin, iMax);
    const hi = Math.max(iMin, iMax);
    push(iFirst);
    if (lo !== iFirst) push(lo);
    if (hi !== lo) push(hi);
    if (iLast !== hi) push(iLast);
    iFirst = -1;
  };
  for (let i = 0; i < n; i++) {
    const x = px[i] as number;
    const y = py[i] as number;
    if (!(x - x === 0 && y - y === 0)) {
      // NaN or ±Infinity: a gap
      flush();
      col = Number.NaN;
      push(-1);
      continue;
    }
    const c = Math.floor(x);
    if (c !== col) {
      flush();
      col = c;
      iFirst = iMin = iMax = iLast = i;
      continue;
    }
    if (y < (py[iMin] as number)) iMin = i;
    if (y > (py[iMax] as number)) iMax = i;
    iLast = i;
  }
  flush();
  return { x: ox.subarray(0, m), y: oy.subarray(0, m) };
}

/** Arrays longer than this map through the scales' affine array loops (shorter ones point by point, as before). */
const ARRAY_MAP_MIN = 4096;

let SCRATCH = { x: new Float64Array(0), y: new Float64Array(0) };

/** Maps data to pixels once (log axes give NaN for values ≤ 0, which break the line like matplotlib's mask). */
export function toPixels(xs: ArrayLike<number>, ys: ArrayLike<number>, t: Transform, axesX = false, axesY = false) {
  const n = xs.length;
  const { box } = t;
  if (n > ARRAY_MAP_MIN && !axesX && !axesY) {
    // large data: two scratch buffers reused from draw to draw (a pan frame allocates nothing
    // per point); they hold until the next large toPixels, so callers use them within one draw
    if (SCRATCH.x.length < n) SCRATCH = { x: new Float64Array(n), y: new Float64Array(n) };
    const sx = SCRATCH.x.subarray(0, n);
    const sy = SCRATCH.y.subarray(0, n);
    t.x.mapArray(xs, sx);
    t.y.mapArray(ys, sy);
    return { px: sx, py: sy };
  }
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = axesX ? box.x + (xs[i] as number) * box.width : t.x.map(xs[i] as number);
    py[i] = axesY ? box.y + (1 - (ys[i] as number)) * box.height : t.y.map(ys[i] as number);
  }
  return { px, py };
}

/** Whether `v` is finite and non-decreasing throughout (then visible ranges are found by bisection). */
export function isSortedFinite(v: ArrayLike<number>): boolean {
  let prev = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (!(x >= prev) || x === Number.POSITIVE_INFINITY) return false;
    prev = x;
  }
  return true;
}

/** First index with v[i] ≥ target in sorted `v` (v.length when none). */
function lowerBound(v: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((v[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [start, end) of sorted x data that can show between the axes' x limits, one point
 * beyond each side so the line runs to the edge.
 */
export function visibleRange(x: ArrayLike<number>, lo: number, hi: number): [number, number] {
  const a = Math.max(0, lowerBound(x, lo) - 1);
  const b = Math.min(x.length, lowerBound(x, hi) + 1);
  return a < b ? [a, b] : [0, 0];
}

function isMonotonic(v: Float64Array): boolean {
  let dir = 0;
  for (let i = 1; i < v.length; i++) {
    const d = (v[i] as number) - (v[i - 1] as number);
    if (Number.isNaN(d) || d === 0) continue;
    const s = d > 0 ? 1 : -1;
    if (dir === 0) dir = s;
    else if (s !== dir) return false;
  }
  return true;
}

/**
 * Indices of the points to draw when many markers share pixels: on a grid of whole pixels over
 * `box` (grown by `pad`), the last point drawn in each cell, in drawing order. Markers of one size
 * drawn later cover earlier ones, so the picture keeps its density and colours; O(n) with typed arrays.
 */
export function dedupePixels(
  px: Float64Array,
  py: Float64Array,
  box: { x: number; y: number; width: number; height: number },
  pad = 0,
): Int32Array {
  const x0 = Math.floor(box.x - pad);
  const y0 = Math.floor(box.y - pad);
  const w = Math.max(1, Math.ceil(box.width + 2 * pad) + 1);
  const h = Math.max(1, Math.ceil(box.height + 2 * pad) + 1);
  const grid = new Int32Array(w * h).fill(-1);
  const cell = new Int32Array(px.length);
  for (let i = 0; i < px.length; i++) {
    const cx = Math.floor((px[i] as number) - x0);
    const cy = Math.floor((py[i] as number) - y0);
    if (cx >= 0 && cx < w && cy >= 0 && cy < h) {
      const c = cy * w + cx;
      grid[c] = i;
      cell[i] = c;
    } else cell[i] = -1;
  }
  let n = 0;
  for (let i = 0; i < px.length; i++) if ((cell[i] as number) >= 0 && grid[cell[i] as number] === i) n++;
  const keep = new Int32Array(n);
  n = 0;
  for (let i = 0; i < px.length; i++) if ((cell[i] as number) >= 0 && grid[cell[i] as number] === i) keep[n++] = i;
  return keep;
}

export class Line2D implements Artist {
  zorder: number;
  label?: string;
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public props: LineProps,
  ) {
    this.zorder = props.zorder;
    if (props.label !== undefined) this.label = props.label;
  }

  private cache = new Map<number, Bounds>();

  bounds(logX: boolean, logY: boolean): Bounds {
    // data limits are taken once per scale kind (matplotlib also records them when the artist is added)
    const key = (logX ? 1 : 0) + (logY ? 2 : 0);
    let b = this.cache.get(key);
    if (!b) {
      b = { x: this.props.axesX ? null : extent(this.x, logX), y: this.props.axesY ? null : extent(this.y, logY) };
      this.cache.set(key, b);
    }
    return b;
  }

  points() {
    return { x: this.x, y: this.y };
  }

  private sorted: boolean | undefined;

  draw(r: Renderer, t: Transform): void {
    const p = this.props;
    let xs: Float64Array = this.x;
    let ys: Float64Array = this.y;
    if (xs.length > ARRAY_MAP_MIN && !p.axesX) {
      // large sorted x (a time series): draw only the part between the limits
      this.sorted ??= isSortedFinite(xs);
      if (this.sorted) {
        const e0 = t.x.invert(t.box.x);
        const e1 = t.x.invert(t.box.x + t.box.width);
        const [a, b] = visibleRange(xs, Math.min(e0, e1), Math.max(e0, e1));
        if (b - a < xs.length) {
          xs = xs.subarray(a, b);
          ys = ys.subarray(a, b);
        }
      }
    }
    let { px, py }: { px: Float64Array; py: Float64Array } = toPixels(xs, ys, t, p.axesX, p.axesY);
    if (p.dash !== 'none' && p.lineWidth > 0) {
      let lx: Float64Array = px;
      let ly: Float64Array = py;
      if (px.length > 4 * t.box.width && p.drawStyle === 'default' && (this.sorted || isMonotonic(px))) {
        ({ x: lx, y: ly } = decimateColumns(px, py));
      }
      const gen = line<number>()
        .x((i) => lx[i] as number)
        .y((i) => ly[i] as number)
        .defined((i) => Number.isFinite(lx[i] as number) && Number.isFinite(ly[i] as number))
        .curve(CURVES[p.drawStyle]);
      const idx = Array.from({ length: lx.length }, (_, i) => i);
      r.path(
        (ctx: PathContext) => {
          gen.context(ctx as unknown as CanvasRenderingContext2D)(idx);
        },
        {
          stroke: p.color,
          lineWidth: p.lineWidth,
          dash: p.dash ? p.dash.map((d) => d * p.lineWidth) : null,
          lineCap: p.dash ? 'butt' : 'square',
          lineJoin: 'round',
        },
      );
    }
    const spec = markerSpec(p.marker, p.markerSize, 'plot');
    if (spec) {
      if (px.length > 20000) {
        const keep = dedupePixels(px, py, t.box, p.markerSize);
        px = Float64Array.from(keep, (i) => px[i] as number);
        py = Float64Array.from(keep, (i) => py[i] as number);
      }
      r.markers(spec, px, py, {
        fill: spec.filled ? p.markerFaceColor : null,
        stroke: spec.filled ? p.markerEdgeColor : p.markerEdgeColor,
        lineWidth: p.markerEdgeWidth,
      });
    }
  }

  legend(): LegendSample {
    const p = this.props;
    const out: LegendSample = {};
    if (p.dash !== 'none' && p.lineWidth > 0)
      out.line = { color: p.color, width: p.lineWidth, dash: p.dash ? p.dash.map((d) => d * p.lineWidth) : null };
    if (p.marker !== 'none' && p.marker !== '') {
      out.marker = {
        name: p.marker,
        size: p.markerSize,
        fill: p.markerFaceColor,
        edge: p.markerEdgeColor,
        edgeWidth: p.markerEdgeWidth,
      };
    }
    return out;
  }
}
