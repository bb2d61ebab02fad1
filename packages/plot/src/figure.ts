/** Figure: the page a plot is drawn on — its size, its Axes in a grid, the layout that places them, and its outputs. */
import { ValueError, argumentError, is, signature } from '@stride/ndarray';
import type { AxesLayout } from './axes-layout.js';
import { Axes, type GridSlot } from './axes.js';
import { type Color, toRGBA } from './color.js';
import type { Rect } from './render/renderer.js';
import { type MountHandle, type MountOptions, mountFigure } from './mount.js';
import { SVGRenderer } from './render/svg.js';
import { layoutText, measureText } from './text.js';
import { DARK_THEME, DEFAULT_THEME, type Theme, rcParams, resolveTheme } from './theme.js';

/** Options of `figure` and `subplots`: size in pixels (at `dpi`) or inches (`figsize`), theme overrides. */
export interface FigureOptions {
  /** width in pixels at the figure's dpi (default 640) */
  width?: number;
  /** height in pixels at the figure's dpi (default 480) */
  height?: number;
  /** size in inches, as matplotlib's figsize */
  figsize?: [number, number];
  dpi?: number;
  facecolor?: Color;
  /** 'tight' runs tightLayout at every draw */
  layout?: 'tight' | 'none';
  /** theme overrides on top of rcParams (or `'dark'`) */
  theme?: Partial<Theme> | 'dark' | 'default';
}

/** Options of `subplots`: the figure's plus shared axes. */
export interface SubplotsOptions extends FigureOptions {
  sharex?: boolean | 'all' | 'row' | 'col' | 'none';
  sharey?: boolean | 'all' | 'row' | 'col' | 'none';
  /** keep `axes` 2-D (always true here; present for matplotlib familiarity) */
  squeeze?: false;
}

/** Options of `tightLayout`: padding in multiples of the font size. */
export interface TightLayoutOptions {
  pad?: number;
  hPad?: number;
  wPad?: number;
}

/** Options of `suptitle`. */
export interface SuptitleOptions {
  fontsize?: number;
  color?: Color;
  y?: number;
}

const figureChecks = {
  width: is.finite,
  height: is.finite,
  figsize: is.arrayOf(is.finite),
  dpi: is.finite,
  facecolor: is.any,
  layout: is.oneOf('tight', 'none'),
  theme: is.any,
};
const parseFigure = signature<FigureOptions>('figure', [], figureChecks);
const shareCheck = rule01();
const parseSubplots = signature<{ nrows?: number; ncols?: number } & SubplotsOptions>('subplots', ['nrows', 'ncols'], {
  nrows: is.positiveInt,
  ncols: is.positiveInt,
  ...figureChecks,
  sharex: shareCheck,
  sharey: shareCheck,
  squeeze: is.boolean,
});
const parseTight = signature<TightLayoutOptions>('tightLayout', [], {
  pad: is.finite,
  hPad: is.finite,
  wPad: is.finite,
});
const parseSuptitle = signature<SuptitleOptions>('suptitle', [], { fontsize: is.finite, color: is.any, y: is.finite });

function rule01() {
  const c = (v: unknown, fn: string, name: string) => {
    if (typeof v === 'boolean' || v === 'all' || v === 'row' || v === 'col' || v === 'none') return v;
    throw argumentError(fn, name, 'a boolean or one of "all", "row", "col", "none"', v);
  };
  Object.defineProperty(c, 'expected', { value: 'a boolean or "all" | "row" | "col" | "none"' });
  return c;
}

/** Subplot spacing in figure fractions (matplotlib's SubplotParams). */
export interface SubplotParams {
  left: number;
  right: number;
  bottom: number;
  top: number;
  wspace: number;
  hspace: number;
}

/**
 * A figure: size, theme, Axes and outputs. `toSVG()` is a pure function of the figure (same
 * figure → same bytes); `toPNG()` renders that SVG with the bundled DejaVu Sans.
 *
 * @example
 * ```ts
 * const fig = figure({ width: 400, height: 300 });
 * fig.gca().plot([1, 3, 2]);
 * fig.toSVG().startsWith('<svg'); // true
 * ```
 */
export class Figure {
  readonly theme: Theme;
  readonly dpi: number;
  /** width and height in pixels at `dpi` */
  readonly width: number;
  readonly height: number;
  /** @internal */ axesList: Axes[] = [];
  /** @internal */ current: Axes | null = null;
  /** @internal */ suptitleText = '';
  /** @internal */ suptitleOpts: SuptitleOptions = {};
  /** @internal */ subplotParams: SubplotParams;
  /** @internal */ tight: TightLayoutOptions | null = null;
  /** @internal */ facecolor: Color;

  /** @internal use {@link figure} or {@link subplots} */
  constructor(options: FigureOptions = {}) {
    const o = parseFigure([options]);
    const base =
      o.theme === 'dark' || o.theme === 'default'
        ? resolveTheme(o.theme === 'dark' ? DARK_THEME : DEFAULT_THEME, {}, 'figure')
        : resolveTheme(rcParams, o.theme as Partial<Theme> | undefined, 'figure');
    this.theme = base;
    this.dpi = o.dpi ?? base.dpi;
    if (!(this.dpi > 0)) throw new ValueError(`figure: dpi must be positive, got ${this.dpi}`);
    if (o.figsize !== undefined && o.figsize.length !== 2)
      throw argumentError('figure', 'figsize', 'an array [width, height] in inches', o.figsize);
    const inches = o.figsize ?? base.figsize;
    this.width = o.width ?? (inches[0] as number) * this.dpi;
    this.height = o.height ?? (inches[1] as number) * this.dpi;
    if (!(this.width > 0) || !(this.height > 0)) {
      throw new ValueError(`figure: width and height must be positive, got ${this.width} and ${this.height}`);
    }
    this.facecolor = o.facecolor ?? base.facecolor;
    toRGBA(this.facecolor);
    this.subplotParams = { ...base.subplot };
    if (o.layout === 'tight') this.tight = {};
  }

  /** All Axes, in creation order (colour bars included). */
  get axes(): Axes[] {
    return [...this.axesList];
  }

  /**
   * The current Axes, created (one subplot filling the figure) if there is none.
   *
   * @example
   * ```ts
   * const fig = figure();
   * fig.gca() === fig.gca(); // true
   * ```
   */
  gca(): Axes {
    this.current ??= this.addSubplot(1, 1, 1);
    return this.current;
  }

  /**
   * Adds an Axes in cell `index` (1-based, row-major) of an `nrows` × `ncols` grid, like
   * matplotlib's `fig.add_subplot(nrows, ncols, index)`; `index` may be `[first, last]` to span cells.
   *
   * @example
   * ```ts
   * const fig = figure();
   * const ax = fig.addSubplot(2, 1, 2);
   * fig.axes.length; // 1
   * ```
   */
  addSubplot(nrows = 1, ncols = 1, index: number | [number, number] = 1): Axes {
    is.positiveInt(nrows, 'addSubplot', 'nrows');
    is.positiveInt(ncols, 'addSubplot', 'ncols');
    const [i0, i1] = Array.isArray(index) ? index : [index, index];
    for (const [v, n] of [
      [i0, 'index'],
      [i1, 'index'],
    ] as const) {
      if (!Number.isInteger(v) || v < 1 || v > nrows * ncols) {
        throw new ValueError(`addSubplot: index must be in 1..${nrows * ncols}, got ${String(v)} (${n})`);
      }
    }
    const r0 = Math.floor((i0 - 1) / ncols);
    const c0 = (i0 - 1) % ncols;
    const r1 = Math.floor((i1 - 1) / ncols);
    const c1 = (i1 - 1) % ncols;
    const slot: GridSlot = {
      nrows,
      ncols,
      row0: Math.min(r0, r1),
      row1: Math.max(r0, r1) + 1,
      col0: Math.min(c0, c1),
      col1: Math.max(c0, c1) + 1,
    };
    const ax = new Axes(this, slot);
    this.axesList.push(ax);
    this.current = ax;
    return ax;
  }

  /**
   * Adds an Axes at `[left, bottom, width, height]` in figure fractions.
   *
   * @example
   * ```ts
   * const inset = figure().addAxes([0.6, 0.6, 0.25, 0.25]);
   * ```
   */
  addAxes(rect: [number, number, number, number]): Axes {
    const r = is.arrayOf(is.finite)(rect, 'addAxes', 'rect');
    if (r.length !== 4) throw argumentError('addAxes', 'rect', 'an array [left, bottom, width, height]', rect);
    const ax = new Axes(this, r as [number, number, number, number]);
    this.axesList.push(ax);
    this.current = ax;
    return ax;
  }

  /**
   * A centred title above all subplots.
   *
   * @example
   * ```ts
   * subplots(2, 2).fig.suptitle('Four views');
   * ```
   */
  suptitle(text: string, options?: SuptitleOptions): this {
    if (typeof text !== 'string') throw argumentError('suptitle', 'text', 'a string', text);
    this.suptitleText = text;
    this.suptitleOpts = parseSuptitle([options]);
    return this;
  }

  /**
   * Spaces the subplots so tick labels, axis labels and titles do not overlap each other or the
   * figure's edge (measured with the font's metrics). Applied again at every draw, so it follows
   * later changes.
   *
   * @example
   * ```ts
   * const { fig } = subplots(2, 2);
   * fig.tightLayout({ pad: 1.08 });
   * ```
   */
  tightLayout(options?: TightLayoutOptions): this {
    this.tight = parseTight([options]);
    return this;
  }

  /**
   * Sets the subplot parameters (figure fractions), like matplotlib's `subplots_adjust`.
   *
   * @example
   * ```ts
   * figure().subplotsAdjust({ left: 0.2, hspace: 0.4 });
   * ```
   */
  subplotsAdjust(params: Partial<SubplotParams>): this {
    for (const [k, v] of Object.entries(params)) {
      if (!Object.hasOwn(this.subplotParams, k))
        throw argumentError('subplotsAdjust', k, 'one of left, right, bottom, top, wspace, hspace', v);
      if (typeof v !== 'number' || !Number.isFinite(v)) throw argumentError('subplotsAdjust', k, 'a finite number', v);
    }
    Object.assign(this.subplotParams, params);
    this.tight = null;
    return this;
  }

  /** @internal the grid cell of an Axes in pixels under subplot parameters `p` */
  slotRect(ax: Axes, W: number, H: number, p: SubplotParams = this.subplotParams): Rect {
    const s = ax.slot;
    if (Array.isArray(s)) return { x: s[0] * W, y: (1 - s[1] - s[3]) * H, width: s[2] * W, height: s[3] * H };
    const totW = (p.right - p.left) * W;
    const totH = (p.top - p.bottom) * H;
    const cellW = totW / (s.ncols + p.wspace * (s.ncols - 1));
    const cellH = totH / (s.nrows + p.hspace * (s.nrows - 1));
    const sepW = p.wspace * cellW;
    const sepH = p.hspace * cellH;
    const x0 = p.left * W + s.col0 * (cellW + sepW);
    const x1 = p.left * W + (s.col1 - 1) * (cellW + sepW) + cellW;
    const y0 = (1 - p.top) * H + s.row0 * (cellH + sepH);
    const y1 = (1 - p.top) * H + (s.row1 - 1) * (cellH + sepH) + cellH;
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }

  /** @internal the layout of every Axes for subplot parameters `p` */
  layoutWith(p: SubplotParams): Map<Axes, AxesLayout> {
    const out = new Map<Axes, AxesLayout>();
    const W = this.width;
    const H = this.height;
    for (const ax of this.axesList) {
      if (ax.colorbarOf || ax.twinOf) continue;
      let slot = this.slotRect(ax, W, H, p);
      // colour bars take their share of the parent's cell (matplotlib's make_axes: fraction 0.15, pad 0.05)
      const cbs = ax.colorbars;
      const cbRects: Rect[] = [];
      for (const cb of cbs) {
        if (cb.orientation === 'vertical') {
          const share = slot.width * (cb.fraction + cb.pad);
          const barW = Math.min(slot.width * cb.fraction, (slot.height * cb.shrink) / 20);
          const h = slot.height * cb.shrink;
          cbRects.push({
            x: slot.x + slot.width - share + slot.width * cb.pad,
            y: slot.y + (slot.height - h) / 2,
            width: barW,
            height: h,
          });
          slot = { ...slot, width: slot.width - share };
        } else {
          const share = slot.height * (cb.fraction + cb.pad);
          const barH = Math.min(slot.height * cb.fraction, (slot.width * cb.shrink) / 20);
          const w = slot.width * cb.shrink;
          cbRects.push({
            x: slot.x + (slot.width - w) / 2,
            y: slot.y + slot.height - share + slot.height * cb.pad * 2,
            width: w,
            height: barH,
          });
          slot = { ...slot, height: slot.height - share };
        }
      }
      const L = ax.layout(slot);
      out.set(ax, L);
      cbs.forEach((cb, i) => {
        out.set(cb.axes, cb.axes.layout(cbRects[i] as Rect));
      });
    }
    for (const ax of this.axesList) {
      if (!ax.twinOf) continue;
      const parent = out.get(ax.twinOf);
      if (parent) out.set(ax, ax.layout(parent.box));
    }
    return out;
  }

  /** @internal subplot parameters after tightLayout (or the figure's own) */
  resolvedParams(): SubplotParams {
    if (!this.tight) return this.subplotParams;
    let p = { ...this.subplotParams };
    // two passes: tick labels depend on the box sizes the first pass chooses
    for (let pass = 0; pass < 2; pass++) p = this.tightParams(p, this.layoutWith(p));
    return p;
  }

  private tightParams(p: SubplotParams, layouts: Map<Axes, AxesLayout>): SubplotParams {
    const W = this.width;
    const H = this.height;
    const fs = this.theme.fontSize * (this.dpi / 72);
    const pad = (this.tight?.pad ?? 1.08) * fs;
    const hPad = (this.tight?.hPad ?? this.tight?.pad ?? 1.08) * fs;
    const wPad = (this.tight?.wPad ?? this.tight?.pad ?? 1.08) * fs;
    const grid = this.axesList.find((a) => !Array.isArray(a.slot) && !a.colorbarOf && !a.twinOf);
    if (!grid) return p;
    const { nrows, ncols } = grid.slot as GridSlot;
    // the reach of each gridded Axes' decorations (with its twins and colour bars) beyond its cell
    const reach = (ax: Axes) => {
      const L = layouts.get(ax);
      if (!L) return null;
      const cell = this.slotRect(ax, W, H, p);
      const e = { left: 0, right: 0, top: 0, bottom: 0 };
      const take = (lay: AxesLayout) => {
        e.left = Math.max(e.left, cell.x - (lay.box.x - lay.extents.left));
        e.right = Math.max(e.right, lay.box.x + lay.box.width + lay.extents.right - (cell.x + cell.width));
        e.top = Math.max(e.top, cell.y - (lay.box.y - lay.extents.top));
        e.bottom = Math.max(e.bottom, lay.box.y + lay.box.height + lay.extents.bottom - (cell.y + cell.height));
      };
      take(L);
      for (const other of this.axesList) {
        if (other.twinOf === ax || ax.colorbars.some((c) => c.axes === other)) {
          const lo = layouts.get(other);
          if (lo) take(lo);
        }
      }
      return e;
    };
    const left = new Array<number>(ncols).fill(0);
    const right = new Array<number>(ncols).fill(0);
    const top = new Array<number>(nrows).fill(0);
    const bottom = new Array<number>(nrows).fill(0);
    for (const ax of this.axesList) {
      if (Array.isArray(ax.slot) || ax.colorbarOf || ax.twinOf) continue;
      const s = ax.slot;
      if (s.nrows !== nrows || s.ncols !== ncols) continue;
      const e = reach(ax);
      if (!e) continue;
      left[s.col0] = Math.max(left[s.col0] as number, e.left);
      right[s.col1 - 1] = Math.max(right[s.col1 - 1] as number, e.right);
      top[s.row0] = Math.max(top[s.row0] as number, e.top);
      bottom[s.row1 - 1] = Math.max(bottom[s.row1 - 1] as number, e.bottom);
    }
    const supH = this.suptitleText ? this.suptitleHeight() : 0;
    const out: SubplotParams = {
      left: ((left[0] as number) + pad) / W,
      right: 1 - ((right[ncols - 1] as number) + pad) / W,
      top: 1 - ((top[0] as number) + pad + supH) / H,
      bottom: ((bottom[nrows - 1] as number) + pad) / H,
      wspace: 0,
      hspace: 0,
    };
    const totW = (out.right - out.left) * W;
    const totH = (out.top - out.bottom) * H;
    let gapW = 0;
    for (let c = 0; c + 1 < ncols; c++) gapW = Math.max(gapW, (right[c] as number) + (left[c + 1] as number) + wPad);
    let gapH = 0;
    for (let r = 0; r + 1 < nrows; r++) gapH = Math.max(gapH, (bottom[r] as number) + (top[r + 1] as number) + hPad);
    // gap = wspace × cell width, cell width = total / (n + wspace (n - 1))
    out.wspace = ncols > 1 ? (gapW * ncols) / Math.max(1e-9, totW - gapW * (ncols - 1)) : 0;
    out.hspace = nrows > 1 ? (gapH * nrows) / Math.max(1e-9, totH - gapH * (nrows - 1)) : 0;
    if (out.left >= out.right || out.bottom >= out.top || out.wspace < 0 || out.hspace < 0) return p;
    return out;
  }

  private suptitleHeight(): number {
    const size = (this.suptitleOpts.fontsize ?? this.theme.suptitleSize) * (this.dpi / 72);
    const m = measureText(this.suptitleText, size);
    return m.ascent + m.descent + 0.3 * size;
  }

  /** @internal the layout of every Axes as drawn now */
  currentLayout(): Map<Axes, AxesLayout> {
    return this.layoutWith(this.resolvedParams());
  }

  /**
   * The figure as an SVG document: a pure function of the figure (no DOM, no clock, no random
   * ids), so the same figure always gives the same bytes.
   *
   * @example
   * ```ts
   * const { fig, ax } = subplots();
   * ax.plot([0, 1], [0, 1]);
   * fig.toSVG() === fig.toSVG(); // true
   * ```
   */
  toSVG(): string {
    const r = new SVGRenderer(this.theme.fontFamily);
    this.render(r);
    const named =
      this.suptitleText ||
      this.axesList.map((a) => a.titles.center || a.titles.left || a.titles.right).find((t) => t) ||
      'figure';
    return r.toString(this.width, this.height, named);
  }

  /** @internal draws everything through a renderer */
  render(r: import('./render/renderer.js').Renderer, layouts = this.currentLayout()): void {
    r.layer?.('data');
    r.path((ctx) => ctx.rect(0, 0, this.width, this.height), { fill: toRGBA(this.facecolor) });
    const drawn = [...layouts.keys()].sort((a, b) => this.axesList.indexOf(a) - this.axesList.indexOf(b));
    for (const ax of drawn) ax.draw(r, layouts.get(ax) as AxesLayout);
    r.layer?.('decor');
    if (this.suptitleText) {
      const o = this.suptitleOpts;
      const size = (o.fontsize ?? this.theme.suptitleSize) * (this.dpi / 72);
      const y = (1 - (o.y ?? 0.98)) * this.height;
      r.text(this.width / 2, y, layoutText(this.suptitleText), {
        size,
        color: toRGBA(o.color ?? this.theme.textColor),
        anchor: 'middle',
        baseline: 'top',
      });
    }
  }

  /**
   * The figure as PNG bytes, rendered from {@link Figure.toSVG} with the bundled DejaVu Sans
   * (Node: @resvg/resvg-js; in a page: a canvas). `dpi` scales the output (default the figure's).
   *
   * @example
   * ```ts
   * const png = await figure().toPNG({ dpi: 50 });
   * png[1]; // 80
   * ```
   */
  async toPNG(options: { dpi?: number } = {}): Promise<Uint8Array> {
    const { dpi } = signature<{ dpi?: number }>('toPNG', [], { dpi: is.finite })([options]);
    if (dpi !== undefined && !(dpi > 0)) throw new ValueError(`toPNG: dpi must be positive, got ${dpi}`);
    const { renderPNG } = await import('./render/png.js');
    return renderPNG(this.toSVG(), (dpi ?? this.dpi) / this.dpi, this.width, this.height);
  }

  /**
   * Shows the figure in a page inside `element`: SVG, or a canvas when it holds over 20 000 points
   * or an image; the wheel zooms about the pointer, a drag pans, a double-click resets, hovering
   * reads out the nearest point. The figure stays a plain data structure: pan and zoom set its limits.
   *
   * @example
   * ```ts
   * // in a page: const view = fig.mount(document.body); view.destroy();
   * ```
   */
  mount(element: HTMLElement, options?: MountOptions): MountHandle {
    if (
      typeof element !== 'object' ||
      element === null ||
      typeof (element as { appendChild?: unknown }).appendChild !== 'function'
    ) {
      throw argumentError('mount', 'element', 'a DOM element', element);
    }
    return mountFigure(this, element, options);
  }

  /**
   * Writes the figure to a file chosen by extension (`.svg`, `.png`) — Node only.
   *
   * @example
   * ```ts
   * // await fig.savefig('figure.png', { dpi: 200 }) writes a PNG; '.svg' writes fig.toSVG()
   * ```
   */
  async savefig(path: string, options: { dpi?: number; format?: 'svg' | 'png' } = {}): Promise<void> {
    if (typeof path !== 'string') throw argumentError('savefig', 'path', 'a file path string', path);
    const o = signature<{ dpi?: number; format?: 'svg' | 'png' }>('savefig', [], {
      dpi: is.finite,
      format: is.oneOf('svg', 'png'),
    })([options]);
    const ext = (o.format ?? path.slice(path.lastIndexOf('.') + 1)).toLowerCase();
    if (ext === 'pdf' || ext === 'eps' || ext === 'ps')
      throw new ValueError(
        `savefig: format "${ext}" is not supported (supported: svg, png): vector PDF needs a PDF writer and an ` +
          'SVG-to-PDF layer, and the maintained ones need a DOM; write the SVG and convert it (rsvg-convert, ' +
          "Inkscape, a browser's print), or write PNG",
      );
    if (ext !== 'svg' && ext !== 'png')
      throw new ValueError(`savefig: unsupported format "${ext}" (supported: svg, png)`);
    const fs = await import('node:fs/promises');
    const data = ext === 'svg' ? this.toSVG() : await this.toPNG(o.dpi !== undefined ? { dpi: o.dpi } : {});
    await fs.writeFile(path, data);
  }
}

/**
 * A new figure (matplotlib's `plt.figure`): `width`/`height` in pixels at `dpi` (100), or
 * `figsize` in inches; `theme: 'dark'` for the dark theme.
 *
 * @example
 * ```ts
 * const fig = figure({ width: 800, height: 400 });
 * fig.width; // 800
 * ```
 */
export function figure(options?: FigureOptions): Figure {
  return new Figure(options);
}

/**
 * A figure with an `nrows` × `ncols` grid of Axes (matplotlib's `plt.subplots`): `ax` is the
 * first Axes, `axes` always a 2-D array; `sharex`/`sharey` link limits and hide inner tick labels.
 *
 * @example
 * ```ts
 * const { fig, ax, axes } = subplots(2, 3, { sharex: true });
 * axes.length;    // 2
 * axes[0].length; // 3
 * ax === axes[0][0]; // true
 * ```
 */
export function subplots(
  nrows?: number,
  ncols?: number,
  options?: SubplotsOptions,
): { fig: Figure; ax: Axes; axes: Axes[][] };
export function subplots(options?: SubplotsOptions): { fig: Figure; ax: Axes; axes: Axes[][] };
export function subplots(...rest: unknown[]): { fig: Figure; ax: Axes; axes: Axes[][] } {
  const { nrows = 1, ncols = 1, sharex = false, sharey = false, squeeze: _s, ...figOpts } = parseSubplots(rest);
  const fig = new Figure(figOpts);
  const axes: Axes[][] = [];
  for (let r = 0; r < nrows; r++) {
    const row: Axes[] = [];
    for (let c = 0; c < ncols; c++) row.push(fig.addSubplot(nrows, ncols, r * ncols + c + 1));
    axes.push(row);
  }
  const link = (mode: SubplotsOptions['sharex'], axis: 'x' | 'y') => {
    if (mode === false || mode === 'none') return;
    const groups: Axes[][] =
      mode === 'row'
        ? axes
        : mode === 'col'
          ? axes[0]!.map((_, c) => axes.map((row) => row[c] as Axes))
          : [axes.flat()];
    for (const g of groups) {
      const first = g[0] as Axes;
      const share = axis === 'x' ? first.xShare : first.yShare;
      for (const ax of g.slice(1)) {
        if (axis === 'x') ax.xShare = share;
        else ax.yShare = share;
        share.members.push(ax);
      }
    }
    // inner tick labels are hidden, as matplotlib does for shared axes
    axes.forEach((row, r) => {
      row.forEach((ax, c) => {
        if (axis === 'x' && mode !== 'row' && r < nrows - 1) ax.hideXTickLabels = true;
        if (axis === 'y' && mode !== 'col' && c > 0) ax.hideYTickLabels = true;
      });
    });
  };
  link(sharex as SubplotsOptions['sharex'], 'x');
  link(sharey as SubplotsOptions['sharey'], 'y');
  fig.current = axes[0]![0] as Axes;
  return { fig, ax: axes[0]![0] as Axes, axes };
}
