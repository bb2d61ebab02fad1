/** The arithmetic of pan, zoom and hover, free of the DOM: pixel gestures → new limits, a pointer → the nearest data point. */
import { argumentError } from '@stride/ndarray';
import type { AxesLayout } from './axes-layout.js';
import type { Axes } from './axes.js';

/** One axis as drawn: its scale's inverse and its pixel range (start and end, in drawing direction). */
export interface AxisView {
  invert(px: number): number;
  range: [number, number];
}

/** The x and y views of an Axes layout (y's range runs from the bottom edge to the top edge). */
export function axisViews(L: AxesLayout): { x: AxisView; y: AxisView } {
  const b = L.box;
  return {
    x: { invert: (p) => L.t.x.invert(p), range: [b.x, b.x + b.width] },
    y: { invert: (p) => L.t.y.invert(p), range: [b.y + b.height, b.y] },
  };
}

/**
 * Limits after dragging by `d` pixels along an axis: the data under the pointer follows it (works
 * for linear, log and symlog scales alike because it goes through the scale's inverse).
 *
 * @example
 * ```ts
 * panLimits({ invert: (p) => p / 10, range: [0, 100] }, 20); // [-2, 8]
 * ```
 */
export function panLimits(view: AxisView, d: number): [number, number] {
  return [view.invert(view.range[0] - d), view.invert(view.range[1] - d)];
}

/**
 * Limits after zooming by `factor` (< 1 zooms in) about pixel `center`: the data under the pointer stays put.
 *
 * @example
 * ```ts
 * zoomLimits({ invert: (p) => p / 10, range: [0, 100] }, 50, 0.5); // [2.5, 7.5]
 * ```
 */
export function zoomLimits(view: AxisView, center: number, factor: number): [number, number] {
  const [a, b] = view.range;
  return [view.invert(center + (a - center) * factor), view.invert(center + (b - center) * factor)];
}

/**
 * The zoom factor for a wheel event's deltaY (pixels): 10% per notch of 100, in either direction.
 *
 * @example
 * ```ts
 * wheelFactor(100); // 1.1
 * ```
 */
export function wheelFactor(deltaY: number): number {
  return 1.1 ** Math.max(-10, Math.min(10, deltaY / 100));
}

/** The Axes whose box holds the pixel (the last drawn wins, so twins and insets come first), or null. */
export function axesAt(layouts: Map<Axes, AxesLayout>, x: number, y: number): Axes | null {
  let hit: Axes | null = null;
  for (const [ax, L] of layouts) {
    const b = L.box;
    if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height && !ax.colorbarOf) hit = ax;
  }
  return hit;
}

/** The data point nearest the pixel (within `radius` pixels) among the Axes' artists, or null. */
export function nearestPoint(
  ax: Axes,
  L: AxesLayout,
  x: number,
  y: number,
  radius = 20,
): { x: number; y: number; label: string | undefined; distance: number } | null {
  let best: { x: number; y: number; label: string | undefined; distance: number } | null = null;
  let bestD2 = radius * radius;
  // the data window the radius spans (scales are monotonic): points outside it are skipped
  // by comparisons alone, so a read-out over 1e6 points maps only the few near the pointer
  const window = (s: AxesLayout['t']['x'], c: number): [number, number] => {
    const a = s.invert(c - radius);
    const b = s.invert(c + radius);
    return Number.isNaN(a) || Number.isNaN(b) ? [-Infinity, Infinity] : a < b ? [a, b] : [b, a];
  };
  const [x0, x1] = window(L.t.x, x);
  const [y0, y1] = window(L.t.y, y);
  for (const a of ax.artists) {
    const p = a.points?.();
    if (!p) continue;
    const n = p.x.length;
    for (let i = 0; i < n; i++) {
      const xi = p.x[i] as number;
      const yi = p.y[i] as number;
      if (!(xi >= x0 && xi <= x1 && yi >= y0 && yi <= y1)) continue;
      const dx = L.t.x.map(p.x[i] as number) - x;
      const dy = L.t.y.map(p.y[i] as number) - y;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2) {
        bestD2 = d2;
        best = { x: p.x[i] as number, y: p.y[i] as number, label: a.label, distance: Math.sqrt(d2) };
      }
    }
  }
  return best;
}

/** Formats a read-out value with about 4 significant digits. */
export function formatReadout(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(3).replace('-', '\u2212');
  return Number(v.toPrecision(4)).toString().replace('-', '\u2212');
}

/**
 * Pan, zoom, reset and hover on a figure, in the figure's pixel coordinates, with no DOM: what
 * `fig.mount` runs in a page, and what a host that draws the figure elsewhere (a notebook front end
 * whose figures live in a kernel process) drives with the pointer positions it receives. Each
 * gesture sets the limits of the Axes under the pointer (shared axes follow); redraw afterwards.
 */
export interface FigureControls {
  /** Zooms about (x, y) by a wheel's `deltaY`; false when no Axes is under the pointer. */
  wheel(x: number, y: number, deltaY: number): boolean;
  /** Starts a drag at (x, y); false when no Axes is under the pointer. */
  dragStart(x: number, y: number): boolean;
  /** Moves the drag to (x, y) (the data under the pointer follows it); false with no drag. */
  dragMove(x: number, y: number): boolean;
  /** Ends the drag. */
  dragEnd(): void;
  /** Back to the limits the figure had when the controls were made. */
  reset(): void;
  /** The read-out of the data point nearest (x, y) (`label: x=…, y=…`), or null. */
  readout(x: number, y: number): string | null;
}

/** The subset of a Figure the controls need (kept structural so the module stays a leaf). */
interface ControlledFigure {
  readonly axesList: readonly Axes[];
  currentLayout(): Map<Axes, AxesLayout>;
}

/**
 * Controls for a figure (see {@link FigureControls}); limits are saved now for `reset`.
 *
 * @example
 * ```ts
 * const { fig, ax } = subplots({ width: 400, height: 300 });
 * ax.plot([0, 1, 2], [0, 1, 4]);
 * const c = figureControls(fig);
 * c.wheel(200, 150, -100); // true (zoomed in about the centre)
 * c.reset();
 * figureControls(null); // throws TypeError
 * ```
 */
export function figureControls(fig: ControlledFigure): FigureControls {
  const f = fig as Partial<ControlledFigure> | null;
  if (typeof f !== 'object' || f === null || !Array.isArray(f.axesList) || typeof f.currentLayout !== 'function') {
    throw argumentError('figureControls', 'fig', 'a Figure', fig);
  }
  const shares = new Set<Axes['xShare']>();
  for (const ax of fig.axesList) {
    shares.add(ax.xShare);
    shares.add(ax.yShare);
  }
  const saved = new Map([...shares].map((s) => [s, [...s.lim] as typeof s.lim]));
  let drag: { ax: Axes; x0: number; y0: number; views: ReturnType<typeof axisViews> } | null = null;
  return {
    wheel(x, y, deltaY) {
      const layouts = fig.currentLayout();
      const ax = axesAt(layouts, x, y);
      if (!ax) return false;
      const v = axisViews(layouts.get(ax) as AxesLayout);
      const f = wheelFactor(deltaY);
      ax.xShare.lim = zoomLimits(v.x, x, f);
      ax.yShare.lim = zoomLimits(v.y, y, f);
      return true;
    },
    dragStart(x, y) {
      const layouts = fig.currentLayout();
      const ax = axesAt(layouts, x, y);
      drag = ax ? { ax, x0: x, y0: y, views: axisViews(layouts.get(ax) as AxesLayout) } : null;
      return drag !== null;
    },
    dragMove(x, y) {
      if (!drag) return false;
      drag.ax.xShare.lim = panLimits(drag.views.x, x - drag.x0);
      drag.ax.yShare.lim = panLimits(drag.views.y, y - drag.y0);
      return true;
    },
    dragEnd() {
      drag = null;
    },
    reset() {
      for (const [s, lim] of saved) s.lim = [...lim] as typeof s.lim;
    },
    readout(x, y) {
      const layouts = fig.currentLayout();
      const ax = axesAt(layouts, x, y);
      const hit = ax ? nearestPoint(ax, layouts.get(ax) as AxesLayout, x, y) : null;
      if (!hit) return null;
      const fmt = (v: number, scale: string) =>
        scale === 'time' && Number.isFinite(v)
          ? new Date(v)
              .toISOString()
              .replace('T', ' ')
              .replace(/\.000Z$|Z$/, '')
          : formatReadout(v);
      const label = hit.label && !hit.label.startsWith('_') ? `${hit.label}: ` : '';
      return `${label}x=${fmt(hit.x, (ax as Axes).xShare.scale)}, y=${fmt(hit.y, (ax as Axes).yShare.scale)}`;
    },
  };
}
