/** The legend box: entries from labelled artists, placed at a named location or the 'best' one that avoids the data. */
import { type RGBA, toRGBA } from './color.js';
import type { Artist, LegendSample, Transform } from './artists/artist.js';
import { unknownName } from './errors.js';
import type { Rect, Renderer } from './render/renderer.js';
import { markerSpec } from './style.js';
import { LINE_HEIGHT, layoutText, measureText } from './text.js';
import type { Theme } from './theme.js';

/** matplotlib's legend locations. */
export type LegendLoc =
  | 'best'
  | 'upper right'
  | 'upper left'
  | 'lower left'
  | 'lower right'
  | 'right'
  | 'center left'
  | 'center right'
  | 'lower center'
  | 'upper center'
  | 'center';

/**
 * The valid legend locations, in matplotlib's numbering order (0 = 'best').
 *
 * @example
 * ```ts
 * LEGEND_LOCS[1]; // "upper right"
 * ```
 */
export const LEGEND_LOCS: readonly LegendLoc[] = [
  'best',
  'upper right',
  'upper left',
  'lower left',
  'lower right',
  'right',
  'center left',
  'center right',
  'lower center',
  'upper center',
  'center',
];

export interface LegendOptions {
  loc?: LegendLoc | number;
  ncol?: number;
  ncols?: number;
  title?: string;
  fontsize?: number;
  frameon?: boolean;
  labels?: string[];
}

interface Entry {
  label: string;
  sample: LegendSample;
}

/** Labelled artists in drawing order (labels starting with '_' are hidden, as in matplotlib). */
export function legendEntries(artists: readonly Artist[], labels?: string[]): Entry[] {
  const withLegend = artists.filter((a) => a.legend !== undefined);
  if (labels) {
    return labels
      .map((label, i) => ({ label, sample: withLegend[i]?.legend?.() ?? {} }))
      .filter((e, i) => i < withLegend.length && e.label !== undefined);
  }
  return withLegend
    .filter((a) => a.label !== undefined && a.label !== '' && !a.label.startsWith('_'))
    .map((a) => ({ label: a.label as string, sample: (a.legend as () => LegendSample)() }));
}

export function resolveLoc(loc: LegendOptions['loc'], fn: string): LegendLoc {
  if (loc === undefined) return 'best';
  if (typeof loc === 'number' && Number.isInteger(loc) && loc >= 0 && loc < LEGEND_LOCS.length)
    return LEGEND_LOCS[loc] as LegendLoc;
  if (typeof loc === 'string' && (LEGEND_LOCS as readonly string[]).includes(loc)) return loc as LegendLoc;
  throw unknownName(fn, 'legend location', loc, LEGEND_LOCS);
}

/** Lays out and draws a legend inside `t.box`; returns the box it took. */
export function drawLegend(
  r: Renderer,
  t: Transform,
  entries: Entry[],
  opts: LegendOptions,
  theme: Theme,
  artists: readonly Artist[],
): Rect | null {
  if (entries.length === 0) return null;
  const pt = t.pt;
  const fs = (opts.fontsize ?? theme.legendFontSize) * pt;
  const ncol = Math.max(1, opts.ncols ?? opts.ncol ?? 1);
  const handleLen = 2 * fs;
  const handlePad = 0.8 * fs;
  const borderPad = 0.4 * fs;
  const labelSpacing = 0.5 * fs;
  const colSpacing = 2 * fs;
  const axesPad = 0.5 * fs;
  const rowH = LINE_HEIGHT * fs * 0.85;
  const nrow = Math.ceil(entries.length / ncol);
  const colWidths: number[] = [];
  for (let c = 0; c < ncol; c++) {
    let w = 0;
    for (let i = c * nrow; i < Math.min(entries.length, (c + 1) * nrow); i++)
      w = Math.max(w, measureText(entries[i]!.label, fs).width);
    colWidths.push(handleLen + handlePad + w);
  }
  const titleH = opts.title ? rowH + labelSpacing : 0;
  const titleW = opts.title ? measureText(opts.title, fs).width : 0;
  const width = Math.max(titleW, colWidths.reduce((a, b) => a + b, 0) + colSpacing * (ncol - 1)) + 2 * borderPad;
  const height = titleH + nrow * rowH + (nrow - 1) * labelSpacing + 2 * borderPad;
  const loc = resolveLoc(opts.loc, 'legend');
  const box = t.box;
  const candidates = loc === 'best' ? LEGEND_LOCS.slice(1) : [loc];
  const placeAt = (l: LegendLoc): Rect => {
    const left = box.x + axesPad;
    const right = box.x + box.width - axesPad - width;
    const cx = box.x + (box.width - width) / 2;
    const top = box.y + axesPad;
    const bottom = box.y + box.height - axesPad - height;
    const cy = box.y + (box.height - height) / 2;
    const x = l.endsWith('left') ? left : l.endsWith('right') ? right : cx;
    const y = l.startsWith('upper') ? top : l.startsWith('lower') ? bottom : cy;
    return { x, y, width, height };
  };
  let rect = placeAt(candidates[0] as LegendLoc);
  if (candidates.length > 1) {
    // matplotlib's 'best': the first location, in its order, that covers the fewest data points and segments
    const pts = collectPixels(artists, t);
    let bestScore = Number.POSITIVE_INFINITY;
    for (const l of candidates) {
      const rc = placeAt(l);
      const score = badness(rc, pts);
      if (score < bestScore) {
        bestScore = score;
        rect = rc;
      }
      if (score === 0) break;
    }
  }
  const frameOn = opts.frameon ?? true;
  if (frameOn) {
    const fill = toRGBA(theme.legendFacecolor, theme.legendFrameAlpha);
    const edge = toRGBA(theme.legendEdgecolor, theme.legendFrameAlpha);
    const rad = 0.2 * fs;
    r.path(
      (ctx) => {
        const { x, y, width: w, height: h } = rect;
        ctx.moveTo(x + rad, y);
        ctx.arcTo(x + w, y, x + w, y + h, rad);
        ctx.arcTo(x + w, y + h, x, y + h, rad);
        ctx.arcTo(x, y + h, x, y, rad);
        ctx.arcTo(x, y, x + w, y, rad);
        ctx.closePath();
      },
      { fill, stroke: edge, lineWidth: 0.8 * pt },
    );
  }
  const color = toRGBA(theme.textColor);
  let y0 = rect.y + borderPad;
  if (opts.title) {
    r.text(rect.x + rect.width / 2, y0 + rowH / 2, layoutText(opts.title), {
      size: fs,
      color,
      anchor: 'middle',
      baseline: 'center',
    });
    y0 += titleH;
  }
  let x0 = rect.x + borderPad;
  for (let c = 0; c < ncol; c++) {
    for (let k = 0; k < nrow; k++) {
      const e = entries[c * nrow + k];
      if (!e) break;
      const cy = y0 + k * (rowH + labelSpacing) + rowH / 2;
      drawSample(r, e.sample, x0, cy, handleLen, fs, pt);
      r.text(x0 + handleLen + handlePad, cy, layoutText(e.label), {
        size: fs,
        color,
        anchor: 'start',
        baseline: 'center',
      });
    }
    x0 += (colWidths[c] as number) + colSpacing;
  }
  return rect;
}

function drawSample(r: Renderer, s: LegendSample, x: number, cy: number, len: number, fs: number, pt: number): void {
  if (s.patch) {
    const h = 0.7 * fs;
    r.path((ctx) => ctx.rect(x, cy - h / 2, len, h), {
      fill: s.patch.fill,
      stroke: s.patch.edge,
      lineWidth: s.patch.edgeWidth,
    });
  }
  if (s.line) {
    const l = s.line;
    r.path(
      (ctx) => {
        ctx.moveTo(x, cy);
        ctx.lineTo(x + len, cy);
      },
      { stroke: l.color, lineWidth: l.width, dash: l.dash, lineCap: 'butt' },
    );
  }
  if (s.marker) {
    const m = s.marker;
    const spec = markerSpec(m.name, m.size, 'legend');
    if (spec) {
      r.markers(spec, [x + len / 2], [cy], {
        fill: spec.filled ? m.fill : null,
        stroke: m.edge,
        lineWidth: m.edgeWidth || pt,
      });
    }
  }
}

function collectPixels(
  artists: readonly Artist[],
  t: Transform,
): { x: Float64Array; y: Float64Array; lines: boolean[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const lines: boolean[] = [];
  for (const a of artists) {
    const p = a.points?.();
    if (!p) continue;
    const n = p.x.length;
    const step = Math.max(1, Math.floor(n / 5000));
    for (let i = 0; i < n; i += step) {
      xs.push(t.x.map(p.x[i] as number));
      ys.push(t.y.map(p.y[i] as number));
      lines.push(i > 0);
    }
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys), lines };
}

function badness(rc: Rect, pts: { x: Float64Array; y: Float64Array; lines: boolean[] }): number {
  let bad = 0;
  const x1 = rc.x + rc.width;
  const y1 = rc.y + rc.height;
  for (let i = 0; i < pts.x.length; i++) {
    const x = pts.x[i] as number;
    const y = pts.y[i] as number;
    if (x >= rc.x && x <= x1 && y >= rc.y && y <= y1) bad++;
    else if (pts.lines[i]) {
      // a segment crossing the box counts too
      const px = pts.x[i - 1] as number;
      const py = pts.y[i - 1] as number;
      if (Math.min(px, x) <= x1 && Math.max(px, x) >= rc.x && Math.min(py, y) <= y1 && Math.max(py, y) >= rc.y) {
        if (segmentHitsRect(px, py, x, y, rc)) bad++;
      }
    }
  }
  return bad;
}

function segmentHitsRect(ax: number, ay: number, bx: number, by: number, rc: Rect): boolean {
  // Liang–Barsky clipping: does any part of the segment lie inside the rectangle?
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const p = [-dx, dx, -dy, dy];
  const q = [ax - rc.x, rc.x + rc.width - ax, ay - rc.y, rc.y + rc.height - ay];
  for (let k = 0; k < 4; k++) {
    const pk = p[k] as number;
    const qk = q[k] as number;
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const r = qk / pk;
      if (pk < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

export type { RGBA };
