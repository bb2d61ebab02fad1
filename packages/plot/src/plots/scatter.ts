/** scatter: markers sized by area (points²) and coloured by value through a colormap and norm. */
import { type ArrayInput, ShapeError, ValueError, is, signature } from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { Scatter } from '../artists/scatter.js';
import { type Color, type RGBA, isColor } from '../color.js';
import { type Colormap, LogNorm, Normalize, getCmap } from '../colormap.js';
import { sameLength, shaped, vector } from '../data.js';
import { MARKER_NAMES, isMarker } from '../style.js';
import { unknownName } from '../errors.js';

/** Options of `scatter`. */
export interface ScatterOptions {
  s?: number | ArrayInput;
  c?: Color | Color[] | ArrayInput;
  color?: Color;
  marker?: string;
  cmap?: string | Colormap;
  norm?: Normalize | 'linear' | 'log';
  vmin?: number;
  vmax?: number;
  alpha?: number;
  linewidths?: number;
  edgecolors?: Color | 'face' | 'none';
  label?: string;
  zorder?: number;
}

const parseScatter = signature<ScatterOptions>(
  'scatter',
  ['s', 'c', 'marker', 'cmap', 'norm', 'vmin', 'vmax', 'alpha'],
  {
    s: is.arrayLike,
    c: is.any,
    color: is.any,
    marker: is.string,
    cmap: is.any,
    norm: is.any,
    vmin: is.finite,
    vmax: is.finite,
    alpha: is.between(0, 1),
    linewidths: is.finite,
    edgecolors: is.any,
    label: is.string,
    zorder: is.finite,
  },
);

/** Resolves `norm`/`vmin`/`vmax` into a Normalize fitted to `values`. */
export function resolveNorm(
  fn: string,
  norm: unknown,
  vmin: number | undefined,
  vmax: number | undefined,
  values: ArrayLike<number>,
): Normalize {
  let n: Normalize;
  if (norm instanceof Normalize) {
    if (vmin !== undefined || vmax !== undefined) throw new ValueError(`${fn}: pass vmin/vmax to the norm, not both`);
    n = norm;
  } else if (norm === undefined || norm === 'linear') n = new Normalize(vmin, vmax);
  else if (norm === 'log') n = new LogNorm(vmin, vmax);
  else throw unknownName(fn, 'norm', norm, ['linear', 'log', 'a Normalize or LogNorm']);
  n.autoscale(values);
  return n;
}

export function scatter(ax: Axes, xIn: unknown, yIn: unknown, rest: unknown[]): Scatter {
  const fn = 'scatter';
  const o = parseScatter(rest);
  const x = vector(xIn, fn, 'x', true);
  const y = vector(yIn, fn, 'y', true);
  sameLength(fn, 'x and y', x.length, y.length);
  const n = x.length;
  const pt = ax.figure.dpi / 72;
  const marker = o.marker ?? 'o';
  if (!isMarker(marker)) throw unknownName(fn, 'marker', marker, MARKER_NAMES);
  // sizes are areas in points²; the marker's width is their square root
  let sizes: Float64Array;
  if (o.s === undefined) sizes = Float64Array.of(ax.figure.theme.markersize * pt);
  else {
    const s = shaped(o.s, fn, 's').data;
    if (s.length !== 1 && s.length !== n)
      throw new ShapeError(`${fn}: s must be a scalar or have length ${n}, got ${s.length}`);
    sizes = s.map((v) => Math.sqrt(Math.max(0, v)) * pt);
  }
  let colors: RGBA[];
  let mappable: { cmap: Colormap; norm: Normalize } | undefined;
  const c = o.c ?? o.color;
  if (o.c !== undefined && o.color !== undefined) throw new ValueError(`${fn}: give c or color, not both`);
  if (c === undefined) colors = [ax.rgba(ax.nextPatchColor(), o.alpha)];
  else if (isColor(c, ax.figure.theme.cycle)) colors = [ax.rgba(c as Color, o.alpha)];
  else if (Array.isArray(c) && c.length > 0 && c.every((v) => typeof v === 'string')) {
    if (c.length !== n) throw new ShapeError(`${fn}: c has ${c.length} colours for ${n} points`);
    colors = (c as string[]).map((v) => ax.rgba(v, o.alpha));
  } else {
    const values = shaped(c, fn, 'c').data;
    if (values.length !== n)
      throw new ShapeError(`${fn}: c must have one value per point (${n}), got ${values.length}`);
    const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
    const norm = resolveNorm(fn, o.norm, o.vmin, o.vmax, values);
    mappable = { cmap, norm };
    colors = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = norm.map(values[i] as number);
      const rgba = cmap.map(t);
      if (o.alpha !== undefined) rgba[3] = o.alpha;
      colors[i] = rgba;
    }
  }
  let edge: RGBA | null = null;
  const ec = o.edgecolors ?? 'face';
  if (ec === 'face') edge = null;
  else if (ec !== 'none') edge = ax.rgba(ec as Color, o.alpha);
  const props: ConstructorParameters<typeof Scatter>[2] = {
    marker,
    sizes,
    colors,
    edge,
    edgeWidth: (o.linewidths ?? 1) * pt,
    zorder: o.zorder ?? 1,
  };
  if (o.label !== undefined) props.label = o.label;
  if (mappable) props.mappable = mappable;
  // 'face' edges: the stroke takes each point's fill colour; drawn as a slightly larger marker instead
  if (edge === null && ec === 'face') {
    props.sizes = props.sizes.map((v) => v + (o.linewidths ?? 1) * pt * 0.5);
    props.edgeWidth = 0;
  }
  return ax.add(new Scatter(x, y, props));
}
