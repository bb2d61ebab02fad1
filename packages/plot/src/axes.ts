/** Axes: the plotting area of a figure, with matplotlib's methods; plot kinds live in plots/, this file holds state, limits and drawing. */
import { type ArrayInput, type NDArray, argumentError, is, isPlainObject, signature } from '@stride/ndarray';
import type { DrawStyle, Line2D } from './artists/line.js';
import type { FillBetween, PolygonCollection } from './artists/patches.js';
import type { Scatter } from './artists/scatter.js';
import type { Annotation, TextArtist } from './artists/text.js';
import type { ImageArtist } from './artists/image.js';
import type { Quiver, Wedge } from './artists/wedges.js';
import { type ColorbarOptions, colorbar as colorbarPlot } from './plots/colorbar.js';
import {
  type ContourOptions,
  type HexbinOptions,
  type ImshowOptions,
  type PcolormeshOptions,
  type QuiverOptions,
  contour as contourPlot,
  hexbin as hexbinPlot,
  imshow as imshowPlot,
  pcolormesh as pcolormeshPlot,
  quiver as quiverPlot,
} from './plots/grid.js';
import {
  type BoxplotOptions,
  type PieOptions,
  type ViolinplotOptions,
  boxplot as boxplotPlot,
  pie as piePlot,
  violinplot as violinplotPlot,
} from './plots/stats.js';
import {
  type BarOptions,
  type FillBetweenOptions,
  type HistOptions,
  bar as barPlot,
  fillBetween as fillBetweenPlot,
  hist as histPlot,
} from './plots/bars.js';
import {
  type ErrorbarOptions,
  type LineOptions,
  type RefLineOptions,
  type StemOptions,
  errorbar as errorbarPlot,
  plot as plotLines,
  refLine,
  stem as stemPlot,
} from './plots/lines.js';
import { type ScatterOptions, scatter as scatterPlot } from './plots/scatter.js';
import { type AnnotateOptions, type TextOptions, annotate as annotatePlot, text as textPlot } from './plots/text.js';
import type { Artist, Transform } from './artists/artist.js';
import {
  type AxesLayout,
  type AxisShare,
  axisTicks,
  decorationExtents,
  makeScale,
  tickOut,
  viewLimits,
} from './axes-layout.js';
import { type Color, type RGBA, toRGBA } from './color.js';
import type { ScalarMappable } from './colormap.js';
import { ValueError } from './errors.js';
import { type PlotData, TIME_DATA } from './data.js';
import type { Figure } from './figure.js';
import { type LegendOptions, drawLegend, legendEntries, resolveLoc } from './legend.js';
import type { Rect, Renderer } from './render/renderer.js';
import { type ScaleName, type ScaleOptions, type Tick, checkScale } from './scale.js';
import { dashPattern } from './style.js';
import { layoutText } from './text.js';

/** Where an Axes sits in its figure's grid (0-based, end exclusive). */
export interface GridSlot {
  nrows: number;
  ncols: number;
  row0: number;
  row1: number;
  col0: number;
  col1: number;
}

/** Options of `grid`. */
export interface GridOptions {
  which?: 'major' | 'minor' | 'both';
  axis?: 'x' | 'y' | 'both';
  color?: Color;
  linestyle?: string;
  linewidth?: number;
  alpha?: number;
}

/** Options of `setTitle`, `setXlabel`, `setYlabel`. */
export interface LabelOptions {
  loc?: 'left' | 'center' | 'right';
  fontsize?: number;
  color?: Color;
  pad?: number;
}

/** A colour bar attached to an Axes: the mappable it shows and its placement. */
export interface ColorbarSpec {
  mappable: ScalarMappable;
  axes: Axes;
  label: string;
  orientation: 'vertical' | 'horizontal';
  fraction: number;
  pad: number;
  shrink: number;
}

const parseGrid = signature<GridOptions & { visible?: boolean | null }>('grid', ['visible'], {
  visible: is.nullable(is.boolean),
  which: is.oneOf('major', 'minor', 'both'),
  axis: is.oneOf('x', 'y', 'both'),
  color: is.any,
  linestyle: is.string,
  linewidth: is.finite,
  alpha: is.between(0, 1),
});

const labelChecks = {
  loc: is.oneOf('left', 'center', 'right'),
  fontsize: is.finite,
  color: is.any,
  pad: is.finite,
};
const parseTitle = signature<LabelOptions>('setTitle', [], labelChecks);
const parseXlabel = signature<LabelOptions>('setXlabel', [], labelChecks);
const parseYlabel = signature<LabelOptions>('setYlabel', [], labelChecks);
const parseScale = signature<ScaleOptions>('setXscale', [], { base: is.finite, linthresh: is.finite });
const parseLegend = signature<LegendOptions>('legend', [], {
  loc: is.any,
  ncol: is.positiveInt,
  ncols: is.positiveInt,
  title: is.string,
  fontsize: is.finite,
  frameon: is.boolean,
  labels: is.arrayOf(is.string),
});

/**
 * One plotting area: artists, limits, scales, labels, ticks, legend. Created by `subplots`,
 * `fig.addSubplot` or `fig.gca`, never directly.
 *
 * @example
 * ```ts
 * const { ax } = subplots();
 * ax.plot([1, 2, 3], [4, 1, 9], 'r--o', { label: 'data' });
 * ax.setTitle('Title');
 * ax.getXlim(); // [0.9, 3.1]
 * ```
 */
export class Axes {
  /** @internal */ artists: Artist[] = [];
  /** @internal */ titles: { left: string; center: string; right: string } = { left: '', center: '', right: '' };
  /** @internal */ titleOpts: LabelOptions = {};
  /** @internal */ xlabel = '';
  /** @internal */ ylabel = '';
  /** @internal */ xlabelOpts: LabelOptions = {};
  /** @internal */ ylabelOpts: LabelOptions = {};
  /** @internal */ xShare: AxisShare;
  /** @internal */ yShare: AxisShare;
  /** @internal */ gridX: { major: boolean; minor: boolean } = { major: false, minor: false };
  /** @internal */ gridY: { major: boolean; minor: boolean } = { major: false, minor: false };
  /** @internal */ gridStyle: { color?: Color; linestyle?: string; linewidth?: number; alpha?: number } = {};
  /** @internal */ legendOpts: LegendOptions | null = null;
  /** @internal */ aspect: 'auto' | 'equal' | number = 'auto';
  /** @internal */ axisOn = true;
  /** @internal */ frameOn = true;
  /** @internal */ ySide: 'left' | 'right' = 'left';
  /** @internal */ twinOf: Axes | null = null;
  /** @internal */ hideXTickLabels = false;
  /** @internal */ hideYTickLabels = false;
  /** @internal */ colorbars: ColorbarSpec[] = [];
  /** @internal */ colorbarOf: ColorbarSpec | null = null;
  /** @internal */ lineCycle = 0;
  /** @internal */ patchCycle = 0;
  /** @internal */ facecolor: Color | null = null;
  /** @internal */ xTickOverride: { values: number[]; labels?: string[] } | null = null;
  /** @internal */ yTickOverride: { values: number[]; labels?: string[] } | null = null;

  /**
   * @param figure - the figure it belongs to
   * @param slot - its grid cell, or an explicit rectangle `[left, bottom, width, height]` in figure fractions
   * @internal
   */
  constructor(
    readonly figure: Figure,
    /** @internal */ public slot: GridSlot | [number, number, number, number],
  ) {
    this.xShare = { lim: [undefined, undefined], scale: 'linear', scaleOptions: {}, members: [this] };
    this.yShare = { lim: [undefined, undefined], scale: 'linear', scaleOptions: {}, members: [this] };
  }

  /** @internal the next colour of the line cycle (plot, errorbar, stem) */
  nextLineColor(): string {
    const c = this.figure.theme.cycle;
    return c[this.lineCycle++ % c.length] as string;
  }

  /** @internal the next colour of the patch cycle (bar, hist, fillBetween, scatter) */
  nextPatchColor(): string {
    const c = this.figure.theme.cycle;
    return c[this.patchCycle++ % c.length] as string;
  }

  /** @internal a colour spec to RGBA with this figure's cycle */
  rgba(c: Color, alpha?: number | null): RGBA {
    return toRGBA(c, alpha, this.figure.theme.cycle);
  }

  /** @internal adds an artist and returns it */
  add<A extends Artist>(a: A): A {
    this.artists.push(a);
    // Dates given as data switch a linear axis to the time scale, as matplotlib's date units do
    const p = a.points?.();
    if (p) {
      if (p.x instanceof Float64Array && TIME_DATA.has(p.x) && this.xShare.scale === 'linear')
        this.xShare.scale = 'time';
      if (p.y instanceof Float64Array && TIME_DATA.has(p.y) && this.yShare.scale === 'linear')
        this.yShare.scale = 'time';
    }
    return a;
  }

  /**
   * Sets the title (`loc` 'center' by default; 'left' and 'right' are separate titles).
   *
   * @example
   * ```ts
   * subplots().ax.setTitle('Damped oscillation', { loc: 'left' });
   * ```
   */
  setTitle(label: string, options?: LabelOptions): this {
    if (typeof label !== 'string') throw argumentError('setTitle', 'label', 'a string', label);
    const o = parseTitle([options]);
    this.titles[o.loc ?? 'center'] = label;
    this.titleOpts = { ...this.titleOpts, ...o };
    return this;
  }

  /**
   * Sets the x-axis label; `$…$` is read as math (`'$t$ (s)'`).
   *
   * @example
   * ```ts
   * subplots().ax.setXlabel('time $t$ (s)');
   * ```
   */
  setXlabel(label: string, options?: LabelOptions): this {
    if (typeof label !== 'string') throw argumentError('setXlabel', 'label', 'a string', label);
    this.xlabel = label;
    this.xlabelOpts = parseXlabel([options]);
    return this;
  }

  /**
   * Sets the y-axis label.
   *
   * @example
   * ```ts
   * subplots().ax.setYlabel('$\\alpha^2$');
   * ```
   */
  setYlabel(label: string, options?: LabelOptions): this {
    if (typeof label !== 'string') throw argumentError('setYlabel', 'label', 'a string', label);
    this.ylabel = label;
    this.ylabelOpts = parseYlabel([options]);
    return this;
  }

  /**
   * Sets the x limits: `setXlim(0, 10)`, `setXlim([0, 10])` or `setXlim({ left: 0 })`; an
   * undefined end stays autoscaled; `left > right` inverts the axis.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.setXlim(0, 10).getXlim(); // [0, 10]
   * ```
   */
  setXlim(left?: number | [number, number] | { left?: number; right?: number }, right?: number): this {
    this.xShare.lim = parseLim('setXlim', left, right, ['left', 'right'], this.xShare.lim);
    return this;
  }

  /**
   * Sets the y limits, like {@link Axes.setXlim} with `bottom`/`top`.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.setYlim({ bottom: 0, top: 1 }).getYlim(); // [0, 1]
   * ```
   */
  setYlim(bottom?: number | [number, number] | { bottom?: number; top?: number }, top?: number): this {
    this.yShare.lim = parseLim('setYlim', bottom, top, ['bottom', 'top'], this.yShare.lim);
    return this;
  }

  /**
   * The current x view limits (autoscaled from the data unless set).
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.plot([0, 10], [0, 1]);
   * ax.getXlim(); // [-0.5, 10.5]
   * ```
   */
  getXlim(): [number, number] {
    return viewLimits(this.xShare, 'x', this.figure.theme.margin);
  }

  /**
   * The current y view limits.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.plot([0, 10], [0, 1]);
   * ax.getYlim(); // [-0.05, 1.05]
   * ```
   */
  getYlim(): [number, number] {
    return viewLimits(this.yShare, 'y', this.figure.theme.margin);
  }

  /**
   * Sets the x scale: `'linear'`, `'log'` (values ≤ 0 are masked), `'symlog'` (`{linthresh}`) or
   * `'time'` (milliseconds since 1970 UTC with calendar ticks; chosen by itself when x holds Dates).
   *
   * @example
   * ```ts
   * subplots().ax.setXscale('log', { base: 2 });
   * ```
   */
  setXscale(name: ScaleName, options?: ScaleOptions): this {
    this.xShare.scale = checkScale(name, 'setXscale');
    this.xShare.scaleOptions = parseScale([options]);
    return this;
  }

  /**
   * Sets the y scale (see {@link Axes.setXscale}).
   *
   * @example
   * ```ts
   * subplots().ax.setYscale('symlog', { linthresh: 0.1 });
   * ```
   */
  setYscale(name: ScaleName, options?: ScaleOptions): this {
    this.yShare.scale = checkScale(name, 'setYscale');
    this.yShare.scaleOptions = parseScale([options]);
    return this;
  }

  /**
   * Places x ticks at `values`, with `labels` if given.
   *
   * @example
   * ```ts
   * subplots().ax.setXticks([0, 1, 2], ['a', 'b', 'c']);
   * ```
   */
  setXticks(values: readonly number[], labels?: readonly string[]): this {
    this.xTickOverride = tickOverride('setXticks', values, labels);
    return this;
  }

  /**
   * Places y ticks at `values`, with `labels` if given.
   *
   * @example
   * ```ts
   * subplots().ax.setYticks([0, 0.5, 1]);
   * ```
   */
  setYticks(values: readonly number[], labels?: readonly string[]): this {
    this.yTickOverride = tickOverride('setYticks', values, labels);
    return this;
  }

  /**
   * Turns grid lines on or off (`grid()` toggles on; options style them).
   *
   * @example
   * ```ts
   * subplots().ax.grid(true, { axis: 'y', linestyle: '--', alpha: 0.5 });
   * ```
   */
  grid(visible?: boolean | null, options?: GridOptions): this;
  grid(options?: GridOptions): this;
  grid(...rest: unknown[]): this {
    const o = parseGrid(rest);
    const on = o.visible ?? true;
    const which = o.which ?? 'major';
    const axis = o.axis ?? 'both';
    if (o.linestyle !== undefined) dashPattern(o.linestyle, 'grid');
    if (o.color !== undefined) this.rgba(o.color as Color);
    for (const g of axis === 'both' ? [this.gridX, this.gridY] : axis === 'x' ? [this.gridX] : [this.gridY]) {
      if (which !== 'minor') g.major = on;
      if (which !== 'major') g.minor = on;
    }
    const { color, linestyle, linewidth, alpha } = o;
    this.gridStyle = {
      ...this.gridStyle,
      ...strip({ color: color as Color | undefined, linestyle, linewidth, alpha }),
    };
    return this;
  }

  /**
   * Shows a legend of the labelled artists; `loc: 'best'` (the default) avoids the data.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.plot([1, 2], [1, 2], { label: 'rising' });
   * ax.legend({ loc: 'upper left' });
   * ```
   */
  legend(options?: LegendOptions): this;
  legend(labels: string[], options?: LegendOptions): this;
  legend(...rest: unknown[]): this {
    let labels: string[] | undefined;
    if (Array.isArray(rest[0])) {
      labels = is.arrayOf(is.string)(rest.shift(), 'legend', 'labels');
    }
    const o = parseLegend(rest);
    resolveLoc(o.loc, 'legend');
    this.legendOpts = labels ? { ...o, labels } : o;
    return this;
  }

  /**
   * Fixes the data aspect ratio: `'equal'` makes one unit the same length on both axes.
   *
   * @example
   * ```ts
   * subplots().ax.setAspect('equal');
   * ```
   */
  setAspect(aspect: 'auto' | 'equal' | number): this {
    if (aspect !== 'auto' && aspect !== 'equal' && !(typeof aspect === 'number' && aspect > 0)) {
      throw argumentError('setAspect', 'aspect', '"auto", "equal" or a positive number', aspect);
    }
    this.aspect = aspect;
    return this;
  }

  /**
   * Hides (`'off'`) or shows (`'on'`) the axis lines, ticks and labels.
   *
   * @example
   * ```ts
   * subplots().ax.axis('off');
   * ```
   */
  axis(state: 'on' | 'off' | 'equal'): this {
    if (state === 'off') this.axisOn = false;
    else if (state === 'on') this.axisOn = true;
    else if (state === 'equal') this.aspect = 'equal';
    else throw argumentError('axis', 'state', '"on", "off" or "equal"', state);
    return this;
  }

  /**
   * Lines and/or markers: `plot(y)`, `plot(x, y)`, `plot(x, y, 'r--o')`, several groups
   * `plot(x1, y1, 'b-', x2, y2, 'k.')`, then options (`color`, `linestyle`, `linewidth`, `marker`,
   * `markersize`, `label`, `alpha`, …). A 2-D `y` draws one line per column. NaN leaves a gap.
   *
   * @returns the lines added
   * @throws ShapeError when x and y lengths differ; ValueError for an unknown marker, line style or colour
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.plot([0, 1, 2], [0, 1, 4], 'r--o', { label: 'squares' }).length; // 1
   * ax.plot([1, 2], [1, 2, 3]); // throws ShapeError
   * ```
   */
  plot(...args: (PlotData | string | LineOptions)[]): Line2D[] {
    return plotLines(this, args);
  }

  /**
   * A step plot: `where` 'pre' (default), 'post' or 'mid' says where the value changes.
   *
   * @example
   * ```ts
   * subplots().ax.step([1, 2, 3], [1, 3, 2], { where: 'post' });
   * ```
   */
  step(x: PlotData, y: ArrayInput, ...rest: (string | (LineOptions & { where?: 'pre' | 'post' | 'mid' }))[]): Line2D[] {
    const last = rest[rest.length - 1];
    let where: 'pre' | 'post' | 'mid' = 'pre';
    const args: unknown[] = [x, y, ...rest];
    if (isPlainObject(last) && 'where' in last) {
      const { where: w, ...others } = last as { where?: unknown };
      where = is.oneOf('pre', 'post', 'mid')(w ?? 'pre', 'step', 'where');
      args[args.length - 1] = others;
    }
    return plotLines(this, args, 'step', { drawstyle: `steps-${where}` as DrawStyle });
  }

  /**
   * `plot` with both axes on a log scale.
   *
   * @example
   * ```ts
   * subplots().ax.loglog([1, 10, 100], [1, 100, 10000]);
   * ```
   */
  loglog(...args: (ArrayInput | string | LineOptions)[]): Line2D[] {
    this.setXscale('log').setYscale('log');
    return plotLines(this, args, 'loglog');
  }

  /**
   * `plot` with a log x axis.
   *
   * @example
   * ```ts
   * subplots().ax.semilogx([1, 10, 100], [0, 1, 2]);
   * ```
   */
  semilogx(...args: (ArrayInput | string | LineOptions)[]): Line2D[] {
    this.setXscale('log');
    return plotLines(this, args, 'semilogx');
  }

  /**
   * `plot` with a log y axis.
   *
   * @example
   * ```ts
   * subplots().ax.semilogy([0, 1, 2], [1, 10, 100]);
   * ```
   */
  semilogy(...args: (ArrayInput | string | LineOptions)[]): Line2D[] {
    this.setYscale('log');
    return plotLines(this, args, 'semilogy');
  }

  /**
   * Markers at (x, y): `s` is the marker area in points² (one or per point), `c` a colour, colours,
   * or values mapped through `cmap` and `norm`/`vmin`/`vmax`. Over 20 000 points, points that land on
   * the same pixel (and colour) are drawn once.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.scatter([1, 2, 3], [3, 1, 2], { c: [0.1, 0.5, 0.9], cmap: 'viridis', s: 80 });
   * ```
   */
  scatter(x: PlotData, y: PlotData, options?: ScatterOptions): Scatter;
  scatter(x: PlotData, y: PlotData, s?: number | ArrayInput, c?: Color | ArrayInput, options?: ScatterOptions): Scatter;
  scatter(x: PlotData, y: PlotData, ...rest: unknown[]): Scatter {
    return scatterPlot(this, x, y, rest);
  }

  /**
   * Vertical bars at `x` of `height` (`width` 0.8, `bottom` 0, `align` 'center').
   *
   * @example
   * ```ts
   * subplots().ax.bar(['a', 'b'].map((_, i) => i), [3, 5], { color: ['C0', 'C1'] });
   * ```
   */
  bar(x: ArrayInput, height: ArrayInput, options?: BarOptions): PolygonCollection;
  bar(
    x: ArrayInput,
    height: ArrayInput,
    width?: number | ArrayInput,
    bottom?: number | ArrayInput,
    options?: BarOptions,
  ): PolygonCollection;
  bar(x: ArrayInput, height: ArrayInput, ...rest: unknown[]): PolygonCollection {
    return barPlot(this, false, x, height, rest);
  }

  /**
   * Horizontal bars at `y` of `width` (`height` 0.8, `left` 0).
   *
   * @example
   * ```ts
   * subplots().ax.barh([0, 1, 2], [5, 3, 4]);
   * ```
   */
  barh(y: ArrayInput, width: ArrayInput, options?: BarOptions): PolygonCollection;
  barh(y: ArrayInput, width: ArrayInput, height?: number | ArrayInput, options?: BarOptions): PolygonCollection;
  barh(y: ArrayInput, width: ArrayInput, ...rest: unknown[]): PolygonCollection {
    return barPlot(this, true, y, width, rest);
  }

  /**
   * A histogram computed by ndarray's `histogram` (bins: a count, edges or a rule name such as
   * 'auto'); `histtype` 'bar', 'step' or 'stepfilled'. NaN values are left out.
   *
   * @returns `{ n, bins, patches }` like matplotlib
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.hist([1, 2, 2, 3, 3, 3], 3).n.toArray(); // [1, 2, 3]
   * ```
   */
  hist(x: ArrayInput, options?: HistOptions): { n: NDArray; bins: NDArray; patches: PolygonCollection | Line2D };
  hist(
    x: ArrayInput,
    bins?: number | ArrayInput | string,
    options?: HistOptions,
  ): { n: NDArray; bins: NDArray; patches: PolygonCollection | Line2D };
  hist(x: ArrayInput, ...rest: unknown[]): { n: NDArray; bins: NDArray; patches: PolygonCollection | Line2D } {
    return histPlot(this, x, rest);
  }

  /**
   * Fills the area between `y1` and `y2` (default 0) over `x`; `where` selects parts.
   *
   * @example
   * ```ts
   * subplots().ax.fillBetween([0, 1, 2], [1, 2, 1], 0, { alpha: 0.3 });
   * ```
   */
  fillBetween(
    x: PlotData,
    y1: ArrayInput,
    y2?: ArrayInput | FillBetweenOptions,
    options?: FillBetweenOptions,
  ): FillBetween {
    return fillBetweenPlot(
      this,
      x,
      y1,
      [y2, options].filter((v) => v !== undefined),
    );
  }

  /**
   * Fills between `x1` and `x2` (default 0) over `y`.
   *
   * @example
   * ```ts
   * subplots().ax.fillBetweenx([0, 1, 2], [1, 2, 1]);
   * ```
   */
  fillBetweenx(
    y: ArrayInput,
    x1: ArrayInput,
    x2?: ArrayInput | FillBetweenOptions,
    options?: FillBetweenOptions,
  ): FillBetween {
    return fillBetweenPlot(
      this,
      y,
      x1,
      [x2, options].filter((v) => v !== undefined),
      true,
    );
  }

  /**
   * A horizontal line at `y` across the axes (`xmin`/`xmax` in axes fractions).
   *
   * @example
   * ```ts
   * subplots().ax.axhline(0.5, { color: 'k', linestyle: '--' });
   * ```
   */
  axhline(y?: number, options?: RefLineOptions): Line2D;
  axhline(y?: number, xmin?: number, xmax?: number, options?: RefLineOptions): Line2D;
  axhline(y?: number, ...rest: unknown[]): Line2D {
    return refLine(this, 'h', y, rest);
  }

  /**
   * A vertical line at `x` across the axes (`ymin`/`ymax` in axes fractions).
   *
   * @example
   * ```ts
   * subplots().ax.axvline(2, { color: 'r' });
   * ```
   */
  axvline(x?: number, options?: RefLineOptions): Line2D;
  axvline(x?: number, ymin?: number, ymax?: number, options?: RefLineOptions): Line2D;
  axvline(x?: number, ...rest: unknown[]): Line2D {
    return refLine(this, 'v', x, rest);
  }

  /**
   * Data with error bars: `yerr`/`xerr` a scalar, per point, or `[lower, upper]` rows; `capsize`
   * in points draws caps; `fmt` styles the data line.
   *
   * @example
   * ```ts
   * subplots().ax.errorbar([1, 2, 3], [2, 4, 3], { yerr: [0.5, 0.3, 0.4], fmt: 'o', capsize: 3 });
   * ```
   */
  errorbar(x: ArrayInput, y: ArrayInput, options?: ErrorbarOptions): { line: Line2D; bars: Line2D[]; caps: Line2D[] };
  errorbar(
    x: ArrayInput,
    y: ArrayInput,
    yerr?: ArrayInput,
    xerr?: ArrayInput,
    fmt?: string,
    options?: ErrorbarOptions,
  ): { line: Line2D; bars: Line2D[]; caps: Line2D[] };
  errorbar(x: ArrayInput, y: ArrayInput, ...rest: unknown[]): { line: Line2D; bars: Line2D[]; caps: Line2D[] } {
    return errorbarPlot(this, x, y, rest);
  }

  /**
   * A stem plot: lines from `bottom` up to each value, markers on top, and a baseline.
   *
   * @example
   * ```ts
   * subplots().ax.stem([1, 2, 3], [2, -1, 1.5]);
   * ```
   */
  stem(...args: (ArrayInput | StemOptions)[]): { markerline: Line2D; stemlines: Line2D; baseline: Line2D } {
    return stemPlot(this, args);
  }

  /**
   * Text at (x, y) in data coordinates (or axes fractions with `transform: 'axes'`).
   *
   * @example
   * ```ts
   * subplots().ax.text(0.5, 0.5, 'centre', { ha: 'center', transform: 'axes' });
   * ```
   */
  text(x: number, y: number, s: string, options?: TextOptions): TextArtist {
    return textPlot(this, x, y, s, [options]);
  }

  /**
   * Text at `xytext` with an arrow to the point `xy` (`arrowprops: { arrowstyle: '->' }`).
   *
   * @example
   * ```ts
   * subplots().ax.annotate('peak', [1, 2], { xytext: [1.5, 2.5], arrowprops: { arrowstyle: '->' } });
   * ```
   */
  annotate(text: string, xy: [number, number], options?: AnnotateOptions): Annotation;
  annotate(text: string, xy: [number, number], xytext?: [number, number], options?: AnnotateOptions): Annotation;
  annotate(text: string, xy: [number, number], ...rest: unknown[]): Annotation {
    return annotatePlot(this, text, xy, rest);
  }

  /**
   * An image of a 2-D array (through `cmap` and `norm`/`vmin`/`vmax`) or of RGB(A) data (M × N × 3|4,
   * floats in 0..1 or uint8). `extent` [left, right, bottom, top], `origin` 'upper' (row 0 at the
   * top, default) or 'lower', `interpolation` 'nearest' (default) or 'bilinear'; square pixels
   * unless `aspect: 'auto'`.
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * const im = ax.imshow([[0, 1], [2, 3]], { cmap: 'magma' });
   * ax.colorbar(im);
   * ```
   */
  imshow(X: ArrayInput, options?: ImshowOptions): ImageArtist {
    return imshowPlot(this, X, [options]);
  }

  /**
   * Coloured cells over a rectilinear grid: `pcolormesh(C)` or `pcolormesh(X, Y, C)` with edges
   * (length n + 1) or centres (length n).
   *
   * @example
   * ```ts
   * subplots().ax.pcolormesh([0, 1, 2], [0, 1], [[1, 2]], { cmap: 'RdBu' });
   * ```
   */
  pcolormesh(...args: (ArrayInput | PcolormeshOptions)[]): PolygonCollection & { mappable: ScalarMappable } {
    return pcolormeshPlot(this, args);
  }

  /**
   * Contour lines of Z: `contour(Z)`, `contour(X, Y, Z)`, with `levels` a count or values.
   *
   * @example
   * ```ts
   * const z = [[0, 1, 2], [1, 2, 3], [2, 3, 4]];
   * subplots().ax.contour(z, { levels: [1, 2, 3] }).levels; // [1, 2, 3]
   * ```
   */
  contour(
    ...args: (ArrayInput | ContourOptions)[]
  ): PolygonCollection & { mappable: ScalarMappable; levels: number[] } {
    return contourPlot(this, args, false);
  }

  /**
   * Filled contour bands of Z between `levels` (d3-contour's marching squares).
   *
   * @example
   * ```ts
   * const z = [[0, 1, 2], [1, 2, 3], [2, 3, 4]];
   * subplots().ax.contourf(z, { levels: [0, 2, 4] }).levels; // [0, 2, 4]
   * ```
   */
  contourf(
    ...args: (ArrayInput | ContourOptions)[]
  ): PolygonCollection & { mappable: ScalarMappable; levels: number[] } {
    return contourPlot(this, args, true);
  }

  /**
   * Hexagonal binning of (x, y): counts per cell (or the mean of `C`), `gridsize` cells across.
   *
   * @example
   * ```ts
   * subplots().ax.hexbin([0, 1, 1, 2], [0, 1, 1, 2], { gridsize: 10 });
   * ```
   */
  hexbin(x: ArrayInput, y: ArrayInput, options?: HexbinOptions): PolygonCollection & { mappable: ScalarMappable } {
    return hexbinPlot(this, x, y, [options]);
  }

  /**
   * Arrows of a vector field: `quiver(U, V)`, `quiver(X, Y, U, V[, C])`; lengths autoscaled unless
   * `scale` (data units per arrow-length unit) is given.
   *
   * @example
   * ```ts
   * subplots().ax.quiver([0, 1], [0, 0], [1, 0], [0, 1]);
   * ```
   */
  quiver(...args: (ArrayInput | QuiverOptions)[]): Quiver {
    return quiverPlot(this, args);
  }

  /**
   * Box-and-whisker plots of each column (or each array of a list): quartiles, median, whiskers
   * to 1.5 × IQR, fliers.
   *
   * @example
   * ```ts
   * subplots().ax.boxplot([[1, 2, 3, 4, 10], [2, 3, 4]]).medians; // [3, 3]
   * ```
   */
  boxplot(x: ArrayInput | ArrayInput[], options?: BoxplotOptions): ReturnType<typeof boxplotPlot> {
    return boxplotPlot(this, x, [options]);
  }

  /**
   * Violins: each dataset's Gaussian kernel density (Scott's bandwidth) mirrored around its position.
   *
   * @example
   * ```ts
   * subplots().ax.violinplot([[1, 2, 2, 3], [2, 3, 3, 5]]).bodies.length; // 2
   * ```
   */
  violinplot(dataset: ArrayInput | ArrayInput[], options?: ViolinplotOptions): { bodies: PolygonCollection[] } {
    return violinplotPlot(this, dataset, [options]);
  }

  /**
   * A pie chart (counter-clockwise from 3 o'clock): `labels`, `autopct` ('%1.1f%%'), `explode`,
   * `startangle`, `colors`.
   *
   * @example
   * ```ts
   * subplots().ax.pie([3, 2, 1], { labels: ['a', 'b', 'c'], autopct: '%1.0f%%' }).wedges.length; // 3
   * ```
   */
  pie(x: ArrayInput, options?: PieOptions): { wedges: Wedge[]; texts: TextArtist[]; autotexts: TextArtist[] } {
    return piePlot(this, x, [options]);
  }

  /**
   * A colour bar beside this Axes for `mappable` (default: its last colour-mapped artist).
   *
   * @returns the colour bar's own Axes
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.scatter([1, 2], [1, 2], { c: [0, 1] });
   * ax.colorbar(undefined, { label: 'value' });
   * ```
   */
  colorbar(mappable?: Artist | ScalarMappable, options?: ColorbarOptions): Axes {
    return colorbarPlot(this, mappable, options);
  }

  /**
   * A second y axis on the right sharing this Axes' x axis (matplotlib's `twinx`).
   *
   * @example
   * ```ts
   * const { ax } = subplots();
   * ax.plot([1, 2, 3]);
   * ax.twinx().plot([100, 50, 0], 'C1');
   * ```
   */
  twinx(): Axes {
    const t = new Axes(this.figure, this.slot);
    t.twinOf = this;
    t.ySide = 'right';
    t.xShare = this.xShare;
    this.xShare.members.push(t);
    this.figure.axesList.push(t);
    return t;
  }

  /**
   * Flips the y axis (high values at the bottom).
   *
   * @example
   * ```ts
   * subplots().ax.invertYaxis();
   * ```
   */
  invertYaxis(): this {
    const [lo, hi] = this.yShare.lim;
    if (lo !== undefined && hi !== undefined) this.yShare.lim = [hi, lo];
    else this.yShare.inverted = !this.yShare.inverted;
    return this;
  }

  /**
   * Flips the x axis.
   *
   * @example
   * ```ts
   * subplots().ax.invertXaxis();
   * ```
   */
  invertXaxis(): this {
    const [lo, hi] = this.xShare.lim;
    if (lo !== undefined && hi !== undefined) this.xShare.lim = [hi, lo];
    else this.xShare.inverted = !this.xShare.inverted;
    return this;
  }

  /** @internal the rectangle of the figure's grid cell, before colour bars and aspect take their share */
  slotRect(figW: number, figH: number): Rect {
    return this.figure.slotRect(this, figW, figH);
  }

  /** @internal the scales, ticks and decoration extents for a box (pure) */
  layout(slot: Rect): AxesLayout {
    const theme = this.figure.theme;
    const pt = this.figure.dpi / 72;
    let box = { ...slot };
    const xlim = this.getXlim();
    const ylim = this.getYlim();
    if (this.aspect !== 'auto' && this.xShare.scale === 'linear' && this.yShare.scale === 'linear') {
      const ratio = this.aspect === 'equal' ? 1 : this.aspect;
      const dx = Math.abs(xlim[1] - xlim[0]);
      const dy = Math.abs(ylim[1] - ylim[0]) * ratio;
      if (dx > 0 && dy > 0) {
        const scale = Math.min(box.width / dx, box.height / dy);
        const w = dx * scale;
        const h = dy * scale;
        box = { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
      }
    }
    const xs = makeScale(this.xShare.scale, xlim, [box.x, box.x + box.width], this.xShare.scaleOptions);
    const ys = makeScale(this.yShare.scale, ylim, [box.y + box.height, box.y], this.yShare.scaleOptions);
    const fs = theme.tickLabelSize * pt;
    const xticks = this.xTickOverride
      ? overrideTicks(this.xTickOverride, xs.map)
      : axisTicks(xs, box.width, fs, 'x', xlim);
    const yticks = this.yTickOverride
      ? overrideTicks(this.yTickOverride, ys.map)
      : axisTicks(ys, box.height, fs, 'y', ylim);
    const t: Transform = { x: xs, y: ys, box, pt };
    const title = this.titles.center || this.titles.left || this.titles.right;
    const extents = decorationExtents({
      box,
      theme,
      pt,
      xticks: this.twinOf || this.colorbarOf?.orientation === 'vertical' ? [] : xticks,
      yticks: this.colorbarOf?.orientation === 'horizontal' ? [] : yticks,
      showXLabels: !this.hideXTickLabels && !this.twinOf && this.colorbarOf?.orientation !== 'vertical',
      showYLabels: !this.hideYTickLabels && this.colorbarOf?.orientation !== 'horizontal',
      ySide: this.ySide,
      xSide: 'bottom',
      xlabel: this.twinOf ? '' : this.xlabel,
      ylabel: this.ylabel,
      title: title !== '',
      titleText: title,
      titleSize: this.titleOpts.fontsize ?? theme.titleSize,
      xOffset: xs.offsetLabel,
      yOffset: ys.offsetLabel,
      axisOn: this.axisOn,
    });
    return { box, t, xlim, ylim, xticks, yticks, extents };
  }

  /** @internal draws the Axes with a layout from {@link Axes.layout} */
  draw(r: Renderer, L: AxesLayout): void {
    const theme = this.figure.theme;
    const { box, t } = L;
    const pt = t.pt;
    const isTwin = this.twinOf !== null;
    const background = () => {
      if (!isTwin && this.frameOn && this.axisOn) {
        r.path((ctx) => ctx.rect(box.x, box.y, box.width, box.height), {
          fill: this.rgba(this.facecolor ?? theme.axesFacecolor),
        });
      }
    };
    const gridColor = this.rgba(this.gridStyle.color ?? theme.gridColor, this.gridStyle.alpha ?? theme.gridAlpha);
    const gridDash = dashPattern(this.gridStyle.linestyle ?? '-', 'grid');
    const gridW = (this.gridStyle.linewidth ?? theme.gridLinewidth) * pt;
    const drawGrid = () => {
      const lines = (ticks: Tick[], horizontal: boolean, on: { major: boolean; minor: boolean }) => {
        const sel = ticks.filter((tk) => (tk.minor ? on.minor : on.major));
        if (!sel.length || gridDash === 'none') return;
        r.path(
          (ctx) => {
            for (const tk of sel) {
              const p = Math.round(tk.px * 2) / 2;
              if (horizontal) {
                ctx.moveTo(box.x, p);
                ctx.lineTo(box.x + box.width, p);
              } else {
                ctx.moveTo(p, box.y);
                ctx.lineTo(p, box.y + box.height);
              }
            }
          },
          { stroke: gridColor, lineWidth: gridW, dash: gridDash ? gridDash.map((d) => d * gridW) : null },
        );
      };
      lines(L.xticks, false, this.gridX);
      lines(L.yticks, true, this.gridY);
    };
    // `data`: inside the axes box (a layered output paints these on its data layer)
    const items: { z: number; data: boolean; draw: () => void }[] = this.artists.map((a) => ({
      z: a.zorder,
      data: !a.unclipped,
      draw: () => (a.unclipped ? a.draw(r, t) : r.clip(box, () => a.draw(r, t))),
    }));
    if (this.axisOn) items.push({ z: 1.5, data: true, draw: drawGrid });
    items.push({ z: 2.5, data: false, draw: () => this.drawAxis(r, L) });
    // stable sort by zorder: equal zorders keep the order they were added in
    const sorted = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.z - b.z || a.i - b.i);
    if (r.region && r.layer) {
      const key = JSON.stringify([box, L.xlim, L.ylim]);
      r.region(this, box, key, () => {
        background();
        for (const it of sorted) if (it.data) it.draw();
      });
      r.layer('decor');
      for (const it of sorted) if (!it.data) it.draw();
    } else {
      background();
      for (const it of sorted) it.draw();
    }
    if (this.legendOpts) {
      const all = this.twinOf ? [...this.twinOf.artists, ...this.artists] : this.artists;
      drawLegend(r, t, legendEntries(all, this.legendOpts.labels), this.legendOpts, theme, this.artists);
    }
  }

  private drawAxis(r: Renderer, L: AxesLayout): void {
    if (!this.axisOn) {
      this.drawTitles(r, L);
      return;
    }
    const theme = this.figure.theme;
    const { box, t } = L;
    const pt = t.pt;
    const edge = this.rgba(theme.edgecolor);
    const tickColor = this.rgba(theme.tickColor);
    const textColor = this.rgba(theme.textColor);
    const labelColor = this.rgba(theme.labelColor);
    const isTwin = this.twinOf !== null;
    const cbar = this.colorbarOf !== null;
    // spines
    if (this.frameOn) {
      const x0 = box.x;
      const x1 = box.x + box.width;
      const y0 = box.y;
      const y1 = box.y + box.height;
      r.path(
        (ctx) => {
          if (isTwin) {
            const xs = this.ySide === 'right' ? x1 : x0;
            ctx.moveTo(xs, y0);
            ctx.lineTo(xs, y1);
          } else ctx.rect(x0, y0, x1 - x0, y1 - y0);
        },
        { stroke: edge, lineWidth: theme.axesLinewidth * pt, lineCap: 'square' },
      );
    }
    const dir = theme.tickDirection;
    const tickSeg = (len: number): [number, number] =>
      dir === 'out' ? [0, len] : dir === 'in' ? [-len, 0] : [-len / 2, len / 2];
    const majorLen = theme.tickMajorSize * pt;
    const minorLen = theme.tickMinorSize * pt;
    const fs = theme.tickLabelSize * pt;
    const pad = theme.tickPad * pt;
    const out = tickOut(theme, pt);
    // x ticks (bottom)
    if (!isTwin && !(cbar && this.colorbarOf?.orientation === 'vertical')) {
      const yb = box.y + box.height;
      for (const minor of [false, true]) {
        const ticks = L.xticks.filter((tk) => tk.minor === minor);
        if (!ticks.length) continue;
        const [a, b] = tickSeg(minor ? minorLen : majorLen);
        r.path(
          (ctx) => {
            for (const tk of ticks) {
              ctx.moveTo(tk.px, yb + a);
              ctx.lineTo(tk.px, yb + b);
            }
          },
          { stroke: tickColor, lineWidth: (minor ? theme.tickMinorWidth : theme.tickMajorWidth) * pt },
        );
      }
      if (!this.hideXTickLabels) {
        for (const tk of L.xticks) {
          if (tk.label)
            r.text(tk.px, yb + out + pad, layoutText(tk.label), {
              size: fs,
              color: textColor,
              anchor: 'middle',
              baseline: 'top',
            });
        }
        if (t.x.offsetLabel) {
          r.text(box.x + box.width, yb + out + pad + fs * 1.3, layoutText(t.x.offsetLabel), {
            size: fs,
            color: textColor,
            anchor: 'end',
            baseline: 'top',
          });
        }
      }
    }
    // y ticks (left or right)
    if (!(cbar && this.colorbarOf?.orientation === 'horizontal')) {
      const right = this.ySide === 'right';
      const xe = right ? box.x + box.width : box.x;
      const sgn = right ? 1 : -1;
      for (const minor of [false, true]) {
        const ticks = L.yticks.filter((tk) => tk.minor === minor);
        if (!ticks.length) continue;
        const [a, b] = tickSeg(minor ? minorLen : majorLen);
        r.path(
          (ctx) => {
            for (const tk of ticks) {
              ctx.moveTo(xe + sgn * a, tk.px);
              ctx.lineTo(xe + sgn * b, tk.px);
            }
          },
          { stroke: tickColor, lineWidth: (minor ? theme.tickMinorWidth : theme.tickMajorWidth) * pt },
        );
      }
      if (!this.hideYTickLabels) {
        for (const tk of L.yticks) {
          if (tk.label) {
            r.text(xe + sgn * (out + pad), tk.px, layoutText(tk.label), {
              size: fs,
              color: textColor,
              anchor: right ? 'start' : 'end',
              baseline: 'center',
            });
          }
        }
        if (t.y.offsetLabel) {
          r.text(xe, box.y - pad, layoutText(t.y.offsetLabel), {
            size: fs,
            color: textColor,
            anchor: right ? 'end' : 'start',
            baseline: 'bottom',
          });
        }
      }
    }
    // axis labels, placed beyond the tick labels
    const ext = L.extents;
    if (this.xlabel && !isTwin) {
      const lo = this.xlabelOpts;
      const size = (lo.fontsize ?? theme.labelSize) * pt;
      const y = box.y + box.height + ext.bottom;
      r.text(box.x + box.width / 2, y, layoutText(this.xlabel), {
        size,
        color: lo.color !== undefined ? this.rgba(lo.color) : labelColor,
        anchor: 'middle',
        baseline: 'bottom',
      });
    }
    if (this.ylabel) {
      const lo = this.ylabelOpts;
      const size = (lo.fontsize ?? theme.labelSize) * pt;
      const right = this.ySide === 'right';
      const x = right ? box.x + box.width + ext.right : box.x - ext.left;
      r.text(x, box.y + box.height / 2, layoutText(this.ylabel), {
        size,
        color: lo.color !== undefined ? this.rgba(lo.color) : labelColor,
        anchor: 'middle',
        baseline: right ? 'bottom' : 'top',
        rotation: 90,
      });
    }
    this.drawTitles(r, L);
  }

  private drawTitles(r: Renderer, L: AxesLayout): void {
    const theme = this.figure.theme;
    const { box, t } = L;
    const o = this.titleOpts;
    const size = (o.fontsize ?? theme.titleSize) * t.pt;
    const pad = (o.pad ?? theme.titlePad) * t.pt;
    const color = o.color !== undefined ? this.rgba(o.color) : this.rgba(theme.textColor);
    const offsetH =
      this.axisOn && !this.hideYTickLabels && t.y.offsetLabel
        ? theme.tickLabelSize * t.pt * 1.3 + theme.tickPad * t.pt
        : 0;
    const y = box.y - Math.max(pad, offsetH);
    const put = (s: string, x: number, anchor: 'start' | 'middle' | 'end') => {
      if (s) r.text(x, y, layoutText(s), { size, color, anchor, baseline: 'bottom' });
    };
    put(this.titles.left, box.x, 'start');
    put(this.titles.center, box.x + box.width / 2, 'middle');
    put(this.titles.right, box.x + box.width, 'end');
  }
}

function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function parseLim(
  fn: string,
  a: unknown,
  b: unknown,
  names: [string, string],
  current: [number | undefined, number | undefined],
): [number | undefined, number | undefined] {
  let lo: unknown = a;
  let hi: unknown = b;
  if (Array.isArray(a)) {
    if (b !== undefined) throw argumentError(fn, names[1], 'undefined when limits are given as an array', b);
    if (a.length !== 2) throw argumentError(fn, 'limits', 'an array of two numbers', a);
    [lo, hi] = a;
  } else if (isPlainObject(a)) {
    for (const k of Object.keys(a))
      if (!names.includes(k)) throw argumentError(fn, k, `one of the options ${names.join(', ')}`, a[k]);
    lo = a[names[0]];
    hi = a[names[1]];
  }
  for (const [v, n] of [
    [lo, names[0]],
    [hi, names[1]],
  ] as const) {
    if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v)))
      throw argumentError(fn, n, 'a finite number', v);
  }
  const out: [number | undefined, number | undefined] = [
    (lo as number | null | undefined) ?? current[0],
    (hi as number | null | undefined) ?? current[1],
  ];
  if (out[0] !== undefined && out[0] === out[1]) {
    throw new ValueError(`${fn}: ${names[0]} and ${names[1]} are equal (${out[0]}); the axis would have no extent`);
  }
  return out;
}

function tickOverride(fn: string, values: unknown, labels: unknown): { values: number[]; labels?: string[] } {
  const v = is.arrayOf(is.finite)(values, fn, 'ticks');
  if (labels === undefined) return { values: v };
  const l = is.arrayOf(is.string)(labels, fn, 'labels');
  if (l.length !== v.length)
    throw new ValueError(`${fn}: got ${v.length} ticks and ${l.length} labels; they must match`);
  return { values: v, labels: l };
}

function overrideTicks(o: { values: number[]; labels?: string[] }, map: (v: number) => number): Tick[] {
  const step = o.values.length > 1 ? Math.abs((o.values[1] as number) - (o.values[0] as number)) : 1;
  const dec = Math.max(0, Math.min(6, -Math.floor(Math.log10(step || 1) + 1e-9)));
  return o.values.map((v, i) => ({
    value: v,
    px: map(v),
    label: o.labels
      ? (o.labels[i] as string)
      : v.toFixed(Number.isInteger(v) && step >= 1 ? 0 : dec).replace('-', '\u2212'),
    minor: false,
  }));
}
