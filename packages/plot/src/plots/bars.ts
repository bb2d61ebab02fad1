/** Bar-like plots: bar, barh, hist (through ndarray's histogram), fillBetween. */
import {
  type ArrayInput,
  type NDArray,
  ShapeError,
  argumentError,
  array,
  histogram,
  is,
  isPlainObject,
  signature,
} from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { FillBetween, PolygonCollection, rectPolygon } from '../artists/patches.js';
import { Line2D, plainLineProps } from '../artists/line.js';
import type { Color, RGBA } from '../color.js';
import { sameLength, shaped, vector } from '../data.js';
import { dashPattern } from '../style.js';

/** Options of `bar` / `barh`. */
export interface BarOptions {
  width?: number | ArrayInput;
  height?: number | ArrayInput;
  bottom?: number | ArrayInput;
  left?: number | ArrayInput;
  align?: 'center' | 'edge';
  color?: Color | Color[];
  edgecolor?: Color;
  linewidth?: number;
  label?: string;
  alpha?: number;
  zorder?: number;
  log?: boolean;
}

const barChecks = {
  width: is.arrayLike,
  height: is.arrayLike,
  bottom: is.arrayLike,
  left: is.arrayLike,
  align: is.oneOf('center', 'edge'),
  color: is.any,
  edgecolor: is.any,
  linewidth: is.finite,
  label: is.string,
  alpha: is.between(0, 1),
  zorder: is.finite,
  log: is.boolean,
};

function broadcast(v: unknown, n: number, fn: string, name: string, dflt: number): Float64Array {
  if (v === undefined) return new Float64Array(n).fill(dflt);
  const a = shaped(v, fn, name);
  if (a.data.length === 1) return new Float64Array(n).fill(a.data[0] as number);
  if (a.data.length !== n)
    throw new ShapeError(`${fn}: ${name} must be a scalar or have length ${n}, got ${a.data.length}`);
  return a.data;
}

function fillColors(
  ax: Axes,
  color: unknown,
  alpha: number | undefined,
  n: number,
): { fill: RGBA; fills: RGBA[] | null } {
  if (color === undefined) return { fill: ax.rgba(ax.nextPatchColor(), alpha), fills: null };
  if (
    Array.isArray(color) &&
    color.length > 0 &&
    color.every((c) => typeof c === 'string' || Array.isArray(c)) &&
    !(color.length >= 3 && color.every((c) => typeof c === 'number'))
  ) {
    const fills = (color as Color[]).map((c) => ax.rgba(c, alpha));
    if (fills.length !== n && fills.length !== 1)
      throw new ShapeError(`bar: color must be one colour or ${n} colours, got ${fills.length}`);
    return { fill: fills[0] as RGBA, fills };
  }
  return { fill: ax.rgba(color as Color, alpha), fills: null };
}

/** Vertical (`bar`) or horizontal (`barh`) bars. */
export function bar(ax: Axes, horizontal: boolean, xIn: unknown, hIn: unknown, rest: unknown[]): PolygonCollection {
  const fn = horizontal ? 'barh' : 'bar';
  const o = signature<BarOptions>(fn, horizontal ? ['height'] : ['width', 'bottom'], barChecks)(rest);
  const x = vector(xIn, fn, horizontal ? 'y' : 'x');
  const n = x.length;
  const h = broadcast(hIn, n, fn, horizontal ? 'width' : 'height', 0);
  const w = broadcast(horizontal ? o.height : o.width, n, fn, horizontal ? 'height' : 'width', 0.8);
  const b = broadcast(horizontal ? o.left : o.bottom, n, fn, horizontal ? 'left' : 'bottom', 0);
  const align = o.align ?? 'center';
  const polys: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const c = (x[i] as number) - (align === 'center' ? (w[i] as number) / 2 : 0);
    const lo = b[i] as number;
    const hi = lo + (h[i] as number);
    polys.push(
      horizontal ? rectPolygon(lo, c, hi, c + (w[i] as number)) : rectPolygon(c, lo, c + (w[i] as number), hi),
    );
  }
  const { fill, fills } = fillColors(ax, o.color, o.alpha, n);
  const pt = ax.figure.dpi / 72;
  const coll = new PolygonCollection(
    polys,
    {
      fill,
      edge: o.edgecolor !== undefined ? ax.rgba(o.edgecolor) : null,
      lineWidth: (o.linewidth ?? (o.edgecolor !== undefined ? 1 : 0)) * pt,
    },
    fills,
    o.zorder ?? 1,
    o.label,
    true,
  );
  const sticky = Array.from(b);
  if (horizontal) coll.stickyX = sticky;
  else coll.stickyY = sticky;
  if (o.log) {
    if (horizontal) ax.setXscale('log');
    else ax.setYscale('log');
  }
  return ax.add(coll);
}

/** Options of `hist`. */
export interface HistOptions {
  bins?: number | ArrayInput | string;
  range?: [number, number];
  density?: boolean;
  weights?: unknown;
  cumulative?: boolean;
  histtype?: 'bar' | 'step' | 'stepfilled';
  orientation?: 'vertical' | 'horizontal';
  rwidth?: number;
  color?: Color;
  edgecolor?: Color;
  linewidth?: number;
  label?: string;
  alpha?: number;
  log?: boolean;
  bottom?: number;
  zorder?: number;
}

const parseHist = signature<HistOptions>('hist', ['bins', 'range', 'density', 'weights', 'cumulative'], {
  bins: is.any,
  range: is.arrayOf(is.finite),
  density: is.boolean,
  weights: is.arrayLike,
  cumulative: is.boolean,
  histtype: is.oneOf('bar', 'step', 'stepfilled'),
  orientation: is.oneOf('vertical', 'horizontal'),
  rwidth: is.between(0, 1),
  color: is.any,
  edgecolor: is.any,
  linewidth: is.finite,
  label: is.string,
  alpha: is.between(0, 1),
  log: is.boolean,
  bottom: is.finite,
  zorder: is.finite,
});

/** A histogram through ndarray's `histogram`: returns the counts `n`, the `bins` edges and the drawn `patches`. */
export function hist(
  ax: Axes,
  xIn: unknown,
  rest: unknown[],
): { n: NDArray; bins: NDArray; patches: PolygonCollection | Line2D } {
  const fn = 'hist';
  const o = parseHist(rest);
  const x = vector(xIn, fn, 'x', true);
  const finite = x.filter(Number.isFinite);
  const opts: Record<string, unknown> = {};
  if (o.range) opts.range = o.range;
  if (o.density) opts.density = true;
  if (o.weights !== undefined) opts.weights = o.weights;
  const { hist: counts, binEdges } = histogram(finite, (o.bins ?? 10) as never, opts as never);
  const edges = binEdges.toArray() as number[];
  let values = (counts.toArray() as number[]).map(Number);
  if (o.cumulative) {
    // with density the cumulative sum integrates the density over each bin, ending at 1
    let acc = 0;
    values = values.map((v, i) => (acc += o.density ? v * ((edges[i + 1] as number) - (edges[i] as number)) : v));
  }
  const bottom = o.bottom ?? 0;
  const horizontal = o.orientation === 'horizontal';
  const type = o.histtype ?? 'bar';
  const pt = ax.figure.dpi / 72;
  let patches: PolygonCollection | Line2D;
  if (type === 'bar') {
    const rw = o.rwidth ?? 1;
    const polys = values.map((v, i) => {
      const e0 = edges[i] as number;
      const e1 = edges[i + 1] as number;
      const pad = ((e1 - e0) * (1 - rw)) / 2;
      return horizontal
        ? rectPolygon(bottom, e0 + pad, bottom + v, e1 - pad)
        : rectPolygon(e0 + pad, bottom, e1 - pad, bottom + v);
    });
    const fill = ax.rgba(o.color ?? ax.nextPatchColor(), o.alpha);
    const coll = new PolygonCollection(
      polys,
      {
        fill,
        edge: o.edgecolor !== undefined ? ax.rgba(o.edgecolor) : null,
        lineWidth: (o.linewidth ?? (o.edgecolor !== undefined ? 1 : 0)) * pt,
      },
      null,
      o.zorder ?? 1,
      o.label,
      true,
    );
    if (horizontal) coll.stickyX = [bottom];
    else coll.stickyY = [bottom];
    patches = ax.add(coll);
  } else {
    // the outline of the bars: step up and down along the edges
    const px: number[] = [edges[0] as number];
    const py: number[] = [bottom];
    values.forEach((v, i) => {
      px.push(edges[i] as number, edges[i + 1] as number);
      py.push(bottom + v, bottom + v);
    });
    px.push(edges[edges.length - 1] as number);
    py.push(bottom);
    const color = ax.rgba(o.color ?? ax.nextPatchColor(), o.alpha);
    const [xs, ys] = horizontal ? [py, px] : [px, py];
    if (type === 'stepfilled') {
      const poly = new Float64Array(xs.length * 2);
      xs.forEach((v, i) => {
        poly[2 * i] = v;
        poly[2 * i + 1] = ys[i] as number;
      });
      const coll = new PolygonCollection(
        [poly],
        {
          fill: color,
          edge: o.edgecolor !== undefined ? ax.rgba(o.edgecolor) : null,
          lineWidth: (o.linewidth ?? 0) * pt,
        },
        null,
        o.zorder ?? 1,
        o.label,
      );
      if (horizontal) coll.stickyX = [bottom];
      else coll.stickyY = [bottom];
      patches = ax.add(coll);
    } else {
      const line = new Line2D(
        Float64Array.from(xs),
        Float64Array.from(ys),
        plainLineProps(
          color,
          (o.linewidth ?? ax.figure.theme.linewidth) * pt,
          o.zorder ?? 1,
          o.label !== undefined ? { label: o.label } : {},
        ),
      );
      patches = ax.add(line);
    }
  }
  if (o.log) {
    if (horizontal) ax.setXscale('log');
    else ax.setYscale('log');
  }
  return { n: array(values), bins: binEdges, patches };
}

/** Options of `fillBetween`. */
export interface FillBetweenOptions {
  where?: unknown;
  color?: Color;
  facecolor?: Color;
  edgecolor?: Color;
  linewidth?: number;
  linestyle?: string;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** Fills between y1 and y2 (default 0) over x; `where` masks parts; `horizontal` fills between x1 and x2 over y. */
export function fillBetween(ax: Axes, xIn: unknown, y1In: unknown, rest: unknown[], horizontal = false): FillBetween {
  const fn = horizontal ? 'fillBetweenx' : 'fillBetween';
  const args = [...rest];
  const optionsArg = args.length && isPlainObject(args[args.length - 1]) ? args.pop() : undefined;
  if (args.length > 1) throw argumentError(fn, 'arguments', 'at most (x, y1, y2) before the options', args.length + 2);
  const o = signature<FillBetweenOptions>(fn, [], {
    where: is.arrayLike,
    color: is.any,
    facecolor: is.any,
    edgecolor: is.any,
    linewidth: is.finite,
    linestyle: is.string,
    alpha: is.between(0, 1),
    label: is.string,
    zorder: is.finite,
  })([optionsArg]);
  const x = vector(xIn, fn, horizontal ? 'y' : 'x');
  const n = x.length;
  const y1 = broadcast(y1In, n, fn, horizontal ? 'x1' : 'y1', 0);
  const y2 = broadcast(args[0] ?? 0, n, fn, horizontal ? 'x2' : 'y2', 0);
  let where: Uint8Array | null = null;
  if (o.where !== undefined) {
    const w = shaped(o.where, fn, 'where');
    sameLength(fn, 'where and x', w.data.length, n);
    where = Uint8Array.from(w.data, (v) => (v ? 1 : 0));
  }
  if (o.linestyle !== undefined) dashPattern(o.linestyle, fn);
  const face = ax.rgba(o.facecolor ?? o.color ?? ax.nextPatchColor(), o.alpha);
  const pt = ax.figure.dpi / 72;
  return ax.add(
    new FillBetween(
      x,
      y1,
      y2,
      where,
      {
        fill: face,
        edge: o.edgecolor !== undefined ? ax.rgba(o.edgecolor, o.alpha) : null,
        lineWidth: (o.linewidth ?? 1) * pt,
      },
      o.zorder ?? 1,
      o.label,
      horizontal,
    ),
  );
}
