/** Line plots: plot (with fmt strings and several x/y groups), step, stem, errorbar, axhline/axvline. */
import { ShapeError, ValueError, argumentError, is, isPlainObject, signature } from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { type DrawStyle, Line2D, type LineProps } from '../artists/line.js';
import type { Color, RGBA } from '../color.js';
import { indices, sameLength, shaped, vector } from '../data.js';
import { dashPattern, isMarker, MARKER_NAMES, parseFmt } from '../style.js';
import { unknownName } from '../errors.js';

/** Keyword options of `plot` and the other line-drawing methods (matplotlib's names and short aliases). */
export interface LineOptions {
  color?: Color;
  c?: Color;
  linestyle?: string;
  ls?: string;
  linewidth?: number;
  lw?: number;
  marker?: string;
  markersize?: number;
  ms?: number;
  markerfacecolor?: Color;
  mfc?: Color;
  markeredgecolor?: Color;
  mec?: Color;
  markeredgewidth?: number;
  mew?: number;
  label?: string;
  alpha?: number;
  zorder?: number;
  drawstyle?: DrawStyle;
}

export const lineChecks = {
  color: is.any,
  c: is.any,
  linestyle: is.string,
  ls: is.string,
  linewidth: is.finite,
  lw: is.finite,
  marker: is.string,
  markersize: is.finite,
  ms: is.finite,
  markerfacecolor: is.any,
  mfc: is.any,
  markeredgecolor: is.any,
  mec: is.any,
  markeredgewidth: is.finite,
  mew: is.finite,
  label: is.string,
  alpha: is.between(0, 1),
  zorder: is.finite,
  drawstyle: is.oneOf('default', 'steps-pre', 'steps-post', 'steps-mid'),
};
const parsePlotOptions = signature<LineOptions>('plot', [], lineChecks);

/** Resolves line options (+ fmt) into drawing properties in pixels. */
export function lineProps(
  ax: Axes,
  o: LineOptions,
  fmt: { color?: string; marker?: string; linestyle?: string },
  fn: string,
  colorDefault?: Color,
): LineProps {
  const theme = ax.figure.theme;
  const pt = ax.figure.dpi / 72;
  const colorSpec = o.color ?? o.c ?? fmt.color ?? colorDefault ?? ax.nextLineColor();
  const alpha = o.alpha;
  const color = ax.rgba(colorSpec, alpha);
  const ls = o.linestyle ?? o.ls ?? fmt.linestyle ?? '-';
  const dash = dashPattern(ls, fn);
  const marker = o.marker ?? fmt.marker ?? 'none';
  if (!isMarker(marker)) throw unknownName(fn, 'marker', marker, MARKER_NAMES);
  const mfcSpec = o.markerfacecolor ?? o.mfc;
  const mecSpec = o.markeredgecolor ?? o.mec;
  const props: LineProps = {
    color,
    lineWidth: (o.linewidth ?? o.lw ?? theme.linewidth) * pt,
    dash,
    marker,
    markerSize: (o.markersize ?? o.ms ?? theme.markersize) * pt,
    markerFaceColor: mfcSpec !== undefined ? ax.rgba(mfcSpec, alpha) : color,
    markerEdgeColor: mecSpec !== undefined ? ax.rgba(mecSpec, alpha) : color,
    markerEdgeWidth: (o.markeredgewidth ?? o.mew ?? 1) * pt,
    drawStyle: o.drawstyle ?? 'default',
    zorder: o.zorder ?? 2,
  };
  if (o.label !== undefined) props.label = o.label;
  return props;
}

function isArrayArg(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !isPlainObject(v) ? true : typeof v === 'number' || Array.isArray(v);
}

/** `plot([x], y, [fmt], [x2], y2, [fmt2], ..., {options})` → one Line2D per y column. */
export function plot(ax: Axes, args: unknown[], fn = 'plot', extra: Partial<LineOptions> = {}): Line2D[] {
  const rest = [...args];
  const optionsArg = rest.length && isPlainObject(rest[rest.length - 1]) ? rest.pop() : undefined;
  const o = { ...parsePlotOptions([optionsArg]), ...extra };
  if (rest.length === 0) return [];
  const lines: Line2D[] = [];
  let i = 0;
  while (i < rest.length) {
    const a = rest[i];
    if (!isArrayArg(a)) throw argumentError(fn, i === 0 ? 'x' : `argument ${i + 1}`, 'an array of numbers', a);
    let x: unknown = null;
    let y: unknown = a;
    if (i + 1 < rest.length && isArrayArg(rest[i + 1])) {
      x = a;
      y = rest[i + 1];
      i += 2;
    } else i += 1;
    let fmt = {};
    if (typeof rest[i] === 'string') {
      fmt = parseFmt(rest[i] as string, fn);
      i++;
    }
    const ys = shaped(y, fn, 'y');
    if (ys.shape.length > 2) throw new ShapeError(`${fn}: y must be 1-D or 2-D, got shape [${ys.shape.join(', ')}]`);
    const n = ys.shape.length === 0 ? 1 : (ys.shape[0] as number);
    const cols = ys.shape.length === 2 ? (ys.shape[1] as number) : 1;
    const xv = x === null ? indices(n) : vector(x, fn, 'x', false);
    sameLength(fn, 'x and y', xv.length, n);
    for (let c = 0; c < cols; c++) {
      let col: Float64Array;
      if (cols === 1) col = ys.data;
      else {
        col = new Float64Array(n);
        for (let r = 0; r < n; r++) col[r] = ys.data[r * cols + c] as number;
      }
      const props = lineProps(ax, o, fmt, fn);
      lines.push(ax.add(new Line2D(xv, col, props)));
    }
  }
  return lines;
}

/** Options of `axhline`/`axvline`. */
export interface RefLineOptions extends Omit<LineOptions, 'drawstyle'> {
  xmin?: number;
  xmax?: number;
  ymin?: number;
  ymax?: number;
}

/** A horizontal (`axhline`) or vertical (`axvline`) line across the axes at a data value. */
export function refLine(ax: Axes, which: 'h' | 'v', value: unknown, rest: unknown[]): Line2D {
  const fn = which === 'h' ? 'axhline' : 'axvline';
  const [lo, hi] = which === 'h' ? ['xmin', 'xmax'] : ['ymin', 'ymax'];
  const parse = signature<RefLineOptions>(fn, [lo as string, hi as string], {
    ...lineChecks,
    xmin: is.between(0, 1),
    xmax: is.between(0, 1),
    ymin: is.between(0, 1),
    ymax: is.between(0, 1),
  } as Record<keyof RefLineOptions, (v: unknown, f: string, n: string) => unknown>);
  const v = value ?? 0;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw argumentError(fn, which === 'h' ? 'y' : 'x', 'a finite number', v);
  const o = parse(rest);
  const a = (o as Record<string, number | undefined>)[lo as string] ?? 0;
  const b = (o as Record<string, number | undefined>)[hi as string] ?? 1;
  const props = lineProps(ax, o, {}, fn, ax.figure.theme.cycle[0] as string);
  if (which === 'h') {
    props.axesX = true;
    return ax.add(new Line2D(Float64Array.of(a, b), Float64Array.of(v, v), props));
  }
  props.axesY = true;
  return ax.add(new Line2D(Float64Array.of(v, v), Float64Array.of(a, b), props));
}

/** Options of `errorbar`. */
export interface ErrorbarOptions extends LineOptions {
  yerr?: unknown;
  xerr?: unknown;
  fmt?: string;
  ecolor?: Color;
  elinewidth?: number;
  capsize?: number;
  capthick?: number;
}

const parseErrorbar = signature<ErrorbarOptions>('errorbar', ['yerr', 'xerr', 'fmt'], {
  ...lineChecks,
  yerr: is.arrayLike,
  xerr: is.arrayLike,
  fmt: is.string,
  ecolor: is.any,
  elinewidth: is.finite,
  capsize: is.finite,
  capthick: is.finite,
});

function errorArrays(err: unknown, n: number, fn: string, name: string): [Float64Array, Float64Array] {
  const e = shaped(err, fn, name);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  if (e.shape.length === 0) {
    lo.fill(e.data[0] as number);
    hi.fill(e.data[0] as number);
  } else if (e.shape.length === 1 && e.shape[0] === n) {
    lo.set(e.data);
    hi.set(e.data);
  } else if (e.shape.length === 2 && e.shape[0] === 2 && e.shape[1] === n) {
    lo.set(e.data.subarray(0, n));
    hi.set(e.data.subarray(n));
  } else {
    throw new ShapeError(`${fn}: ${name} must be a scalar, shape [${n}] or [2, ${n}], got [${e.shape.join(', ')}]`);
  }
  for (let i = 0; i < n; i++) {
    if ((lo[i] as number) < 0 || (hi[i] as number) < 0)
      throw new ValueError(`${fn}: ${name} must not contain negative values`);
  }
  return [lo, hi];
}

/** Error bars: the data line, one segment per error, and caps. Returns `{ line, bars, caps }`. */
export function errorbar(
  ax: Axes,
  xIn: unknown,
  yIn: unknown,
  rest: unknown[],
): { line: Line2D; bars: Line2D[]; caps: Line2D[] } {
  const fn = 'errorbar';
  const o = parseErrorbar(rest);
  const x = vector(xIn, fn, 'x');
  const y = vector(yIn, fn, 'y');
  sameLength(fn, 'x and y', x.length, y.length);
  const fmt = o.fmt === undefined || o.fmt === '' ? {} : o.fmt === 'none' ? { linestyle: 'none' } : parseFmt(o.fmt, fn);
  const props = lineProps(ax, o, fmt, fn);
  const line = ax.add(new Line2D(x, y, { ...props, zorder: (props.zorder ?? 2) + 0.1 }));
  const pt = ax.figure.dpi / 72;
  const ecolor: RGBA = o.ecolor !== undefined ? ax.rgba(o.ecolor, o.alpha) : props.color;
  const ew = (o.elinewidth ?? o.linewidth ?? o.lw ?? ax.figure.theme.linewidth) * pt;
  const capsize = o.capsize ?? 0;
  const bars: Line2D[] = [];
  const caps: Line2D[] = [];
  const seg = (xs: number[], ys: number[]) =>
    ax.add(
      new Line2D(Float64Array.from(xs), Float64Array.from(ys), {
        ...props,
        color: ecolor,
        lineWidth: ew,
        dash: null,
        marker: 'none',
        drawStyle: 'default',
        zorder: props.zorder,
        label: '_nolegend_',
      }),
    );
  const cap = (xs: number[], ys: number[], m: '_' | '|') =>
    ax.add(
      new Line2D(Float64Array.from(xs), Float64Array.from(ys), {
        ...props,
        color: ecolor,
        dash: 'none',
        marker: m,
        markerSize: 2 * capsize * pt,
        markerEdgeColor: ecolor,
        markerFaceColor: ecolor,
        markerEdgeWidth: (o.capthick ?? o.elinewidth ?? 1) * pt,
        drawStyle: 'default',
        label: '_nolegend_',
      }),
    );
  const n = x.length;
  for (const [err, vertical] of [
    [o.yerr, true],
    [o.xerr, false],
  ] as const) {
    if (err === undefined || err === null) continue;
    const [lo, hi] = errorArrays(err, n, fn, vertical ? 'yerr' : 'xerr');
    const xs: number[] = [];
    const ys: number[] = [];
    const cx: number[] = [];
    const cy: number[] = [];
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const yi = y[i] as number;
      if (vertical) {
        xs.push(xi, xi, Number.NaN);
        ys.push(yi - (lo[i] as number), yi + (hi[i] as number), Number.NaN);
        cx.push(xi, xi);
        cy.push(yi - (lo[i] as number), yi + (hi[i] as number));
      } else {
        xs.push(xi - (lo[i] as number), xi + (hi[i] as number), Number.NaN);
        ys.push(yi, yi, Number.NaN);
        cx.push(xi - (lo[i] as number), xi + (hi[i] as number));
        cy.push(yi, yi);
      }
    }
    bars.push(seg(xs, ys));
    if (capsize > 0) caps.push(cap(cx, cy, vertical ? '_' : '|'));
  }
  // the data line is drawn over its bars
  ax.artists.splice(ax.artists.indexOf(line), 1);
  ax.artists.push(line);
  return { line, bars, caps };
}

/** Options of `stem`. */
export interface StemOptions {
  linefmt?: string;
  markerfmt?: string;
  basefmt?: string;
  bottom?: number;
  label?: string;
  orientation?: 'vertical' | 'horizontal';
}

const parseStem = signature<StemOptions>('stem', [], {
  linefmt: is.string,
  markerfmt: is.string,
  basefmt: is.string,
  bottom: is.finite,
  label: is.string,
  orientation: is.oneOf('vertical', 'horizontal'),
});

/** Stem plot: a vertical line from `bottom` to each value, a marker on top, a baseline. */
export function stem(ax: Axes, args: unknown[]): { markerline: Line2D; stemlines: Line2D; baseline: Line2D } {
  const fn = 'stem';
  const rest = [...args];
  const optionsArg = rest.length && isPlainObject(rest[rest.length - 1]) ? rest.pop() : undefined;
  const o = parseStem([optionsArg]);
  if (rest.length < 1 || rest.length > 2)
    throw argumentError(fn, 'arguments', '(y) or (x, y) before the options', rest.length);
  const y = vector(rest.length === 2 ? rest[1] : rest[0], fn, 'y');
  const x = rest.length === 2 ? vector(rest[0], fn, 'x') : indices(y.length);
  sameLength(fn, 'x and y', x.length, y.length);
  const bottom = o.bottom ?? 0;
  const color = ax.nextLineColor();
  const lf = parseFmt(o.linefmt ?? '-', fn);
  const mf = parseFmt(o.markerfmt ?? 'o', fn);
  const bf = parseFmt(o.basefmt ?? 'C3-', fn);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) xs.push(x[i] as number, x[i] as number, Number.NaN);
  for (let i = 0; i < y.length; i++) ys.push(bottom, y[i] as number, Number.NaN);
  const stemlines = ax.add(
    new Line2D(
      Float64Array.from(xs),
      Float64Array.from(ys),
      lineProps(ax, { label: '_nolegend_' }, { ...lf, marker: 'none' }, fn, lf.color ?? color),
    ),
  );
  const markerline = ax.add(
    new Line2D(
      x,
      y,
      lineProps(
        ax,
        o.label !== undefined ? { label: o.label } : {},
        { linestyle: 'none', ...mf },
        fn,
        mf.color ?? color,
      ),
    ),
  );
  const x0 = Math.min(...x.filter(Number.isFinite));
  const x1 = Math.max(...x.filter(Number.isFinite));
  const baseline = ax.add(
    new Line2D(
      Float64Array.of(x0, x1),
      Float64Array.of(bottom, bottom),
      lineProps(ax, { label: '_nolegend_' }, bf, fn, bf.color ?? 'C3'),
    ),
  );
  return { markerline, stemlines, baseline };
}
