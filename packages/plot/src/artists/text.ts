/** Text placed in data or axes coordinates, and annotations: text with an arrow to a point. */
import type { RGBA } from '../color.js';
import type { Renderer, TextStyle } from '../render/renderer.js';
import { layoutText, measureText } from '../text.js';
import type { Artist, Bounds, Transform } from './artist.js';

/** Which coordinates a position is in: data, or fractions of the axes box. */
export type Coords = 'data' | 'axes';

export interface TextProps {
  size: number;
  color: RGBA;
  ha: 'left' | 'center' | 'right';
  va: 'baseline' | 'top' | 'center' | 'bottom';
  rotation: number;
  coords: Coords;
  zorder: number;
  weight: 'normal' | 'bold';
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function place(x: number, y: number, coords: Coords, t: Transform): [number, number] {
  return coords === 'axes' ? [t.box.x + x * t.box.width, t.box.y + (1 - y) * t.box.height] : [t.x.map(x), t.y.map(y)];
}

export function textStyle(p: TextProps): TextStyle {
  return { size: p.size, color: p.color, anchor: ANCHOR[p.ha], baseline: p.va, rotation: p.rotation, weight: p.weight };
}

export class TextArtist implements Artist {
  zorder: number;
  unclipped = true;
  constructor(
    public x: number,
    public y: number,
    public s: string,
    public props: TextProps,
  ) {
    this.zorder = props.zorder;
  }

  bounds(): Bounds {
    return { x: null, y: null };
  }

  draw(r: Renderer, t: Transform): void {
    const [px, py] = place(this.x, this.y, this.props.coords, t);
    if (!Number.isFinite(px) || !Number.isFinite(py)) return;
    r.text(px, py, layoutText(this.s), textStyle(this.props));
  }
}

/** Arrow drawing of an annotation: matplotlib's arrowstyle names. */
export interface ArrowProps {
  style: '-' | '->' | '-|>' | '<-' | '<->' | 'simple';
  color: RGBA;
  width: number;
  shrink: number;
}

export class Annotation implements Artist {
  zorder: number;
  unclipped = true;
  constructor(
    public text: string,
    public xy: [number, number],
    public xytext: [number, number],
    public props: TextProps,
    public arrow: ArrowProps | null,
    public xycoords: Coords,
    public textcoords: Coords | 'offset points',
  ) {
    this.zorder = props.zorder;
  }

  bounds(): Bounds {
    return { x: null, y: null };
  }

  draw(r: Renderer, t: Transform): void {
    const [ax, ay] = place(this.xy[0], this.xy[1], this.xycoords, t);
    let tx: number;
    let ty: number;
    if (this.textcoords === 'offset points') {
      tx = ax + this.xytext[0] * t.pt;
      ty = ay - this.xytext[1] * t.pt;
    } else [tx, ty] = place(this.xytext[0], this.xytext[1], this.textcoords, t);
    if (![ax, ay, tx, ty].every(Number.isFinite)) return;
    const runs = layoutText(this.text);
    if (this.arrow) {
      const a = this.arrow;
      // start at the text box's edge facing the point, end `shrink` pixels short of it
      const size = this.props.size;
      const dx = ax - tx;
      const dy = ay - ty;
      const len = Math.hypot(dx, dy);
      if (len > 1) {
        const ux = dx / len;
        const uy = dy / len;
        // leave the text box (plus a small pad) where the ray towards the point crosses it
        const m = measureText(runs, size);
        const hw = m.width / 2 + 0.3 * size;
        const hh = (m.ascent + m.descent) / 2 + 0.3 * size;
        const gap = Math.min(
          Math.abs(ux) > 1e-9 ? hw / Math.abs(ux) : Number.POSITIVE_INFINITY,
          Math.abs(uy) > 1e-9 ? hh / Math.abs(uy) : Number.POSITIVE_INFINITY,
        );
        const sx = tx + ux * gap;
        const sy = ty + uy * gap;
        const ex = ax - ux * a.shrink;
        const ey = ay - uy * a.shrink;
        const head = 4 * a.width + 4;
        const filled = a.style === '-|>' || a.style === 'simple';
        const atEnd = a.style !== '-' && a.style !== '<-';
        const atStart = a.style === '<-' || a.style === '<->';
        r.path(
          (ctx) => {
            ctx.moveTo(sx, sy);
            ctx.lineTo(filled && atEnd ? ex - ux * head * 0.9 : ex, filled && atEnd ? ey - uy * head * 0.9 : ey);
          },
          { stroke: a.color, lineWidth: a.width },
        );
        const headAt = (hx: number, hy: number, vx: number, vy: number) => {
          const bx = hx - vx * head;
          const by = hy - vy * head;
          const nx = -vy * head * 0.4;
          const ny = vx * head * 0.4;
          r.path(
            (ctx) => {
              ctx.moveTo(bx + nx, by + ny);
              ctx.lineTo(hx, hy);
              ctx.lineTo(bx - nx, by - ny);
              if (filled) ctx.closePath();
            },
            filled ? { fill: a.color, stroke: a.color, lineWidth: a.width } : { stroke: a.color, lineWidth: a.width },
          );
        };
        if (atEnd) headAt(ex, ey, ux, uy);
        if (atStart) headAt(sx, sy, -ux, -uy);
      }
    }
    r.text(tx, ty, runs, textStyle(this.props));
  }
}
