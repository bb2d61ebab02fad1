/** Pie wedges and quiver arrows: shapes whose size is set in pixels at draw time. */
import { arc } from 'd3-shape';
import type { RGBA } from '../color.js';
import { extent } from '../data.js';
import type { PathContext, Renderer } from '../render/renderer.js';
import type { Artist, Bounds, LegendSample, Transform } from './artist.js';

/** A path context that shifts everything by (dx, dy): d3's arc draws around the origin. */
export function offsetContext(ctx: PathContext, dx: number, dy: number): PathContext {
  return {
    moveTo: (x, y) => ctx.moveTo(x + dx, y + dy),
    lineTo: (x, y) => ctx.lineTo(x + dx, y + dy),
    closePath: () => ctx.closePath(),
    bezierCurveTo: (a, b, c, d, x, y) => ctx.bezierCurveTo(a + dx, b + dy, c + dx, d + dy, x + dx, y + dy),
    quadraticCurveTo: (a, b, x, y) => ctx.quadraticCurveTo(a + dx, b + dy, x + dx, y + dy),
    arc: (x, y, r, a0, a1, ccw) => ctx.arc(x + dx, y + dy, r, a0, a1, ccw),
    arcTo: (a, b, c, d, r) => ctx.arcTo(a + dx, b + dy, c + dx, d + dy, r),
    rect: (x, y, w, h) => ctx.rect(x + dx, y + dy, w, h),
  };
}

/** One pie wedge in data units: centre, radius, angles in degrees counter-clockwise from +x. */
export class Wedge implements Artist {
  zorder = 1;
  label?: string;
  constructor(
    public cx: number,
    public cy: number,
    public radius: number,
    public theta1: number,
    public theta2: number,
    public fill: RGBA,
    public edge: RGBA | null,
    public lineWidth: number,
    label?: string,
  ) {
    if (label !== undefined) this.label = label;
  }

  bounds(): Bounds {
    return { x: [this.cx - this.radius, this.cx + this.radius], y: [this.cy - this.radius, this.cy + this.radius] };
  }

  draw(r: Renderer, t: Transform): void {
    const px = t.x.map(this.cx);
    const py = t.y.map(this.cy);
    const rad = Math.abs(t.x.map(this.cx + this.radius) - px);
    // d3 measures angles clockwise from 12 o'clock; matplotlib counter-clockwise from 3 o'clock
    const a0 = Math.PI / 2 - (this.theta2 * Math.PI) / 180;
    const a1 = Math.PI / 2 - (this.theta1 * Math.PI) / 180;
    const gen = arc<null>().innerRadius(0).outerRadius(rad).startAngle(a0).endAngle(a1);
    r.path((ctx) => gen.context(offsetContext(ctx, px, py) as unknown as CanvasRenderingContext2D)(null), {
      fill: this.fill,
      stroke: this.edge,
      lineWidth: this.lineWidth,
      lineJoin: 'round',
    });
  }

  legend(): LegendSample {
    return { patch: { fill: this.fill, edge: this.edge, edgeWidth: this.lineWidth } };
  }
}

/** Arrows of a vector field; lengths scaled so the mean arrow is a fixed share of the axes width (matplotlib's autoscale). */
export class Quiver implements Artist {
  zorder = 1;
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public u: Float64Array,
    public v: Float64Array,
    public colors: RGBA[],
    /** data units per arrow length unit, or null to autoscale */
    public scale: number | null,
    public widthFrac: number,
  ) {}

  bounds(logX: boolean, logY: boolean): Bounds {
    return { x: extent(this.x, logX), y: extent(this.y, logY) };
  }

  draw(r: Renderer, t: Transform): void {
    const n = this.x.length;
    let mean = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const m = Math.hypot(this.u[i] as number, this.v[i] as number);
      if (Number.isFinite(m)) {
        mean += m;
        count++;
      }
    }
    mean = count ? mean / count : 1;
    const span = t.box.width;
    const pxPerUnit = this.scale !== null ? 1 / this.scale : span / (1.8 * Math.max(10, Math.sqrt(n)) * (mean || 1));
    const w = this.widthFrac * span;
    const headW = 3 * w;
    const headL = 5 * w;
    const headAxis = 4.5 * w;
    for (let i = 0; i < n; i++) {
      const bx = t.x.map(this.x[i] as number);
      const by = t.y.map(this.y[i] as number);
      const du = (this.u[i] as number) * (this.scale !== null ? pxPerUnit : pxPerUnit);
      const dv = -(this.v[i] as number) * pxPerUnit;
      const len = Math.hypot(du, dv);
      if (!Number.isFinite(len) || !Number.isFinite(bx) || !Number.isFinite(by) || len === 0) continue;
      const ux = du / len;
      const uy = dv / len;
      const nx = -uy;
      const ny = ux;
      // shorter than its head: the whole arrow shrinks, as matplotlib's minlength rule does
      const k = len < headL ? len / headL : 1;
      const hl = headL * k;
      const ha = headAxis * k;
      const hw = headW * k;
      const sw = w * k;
      const pts: [number, number][] = [
        [-sw / 2, 0],
        [-sw / 2, len - ha],
        [-hw / 2, len - hl],
        [0, len],
        [hw / 2, len - hl],
        [sw / 2, len - ha],
        [sw / 2, 0],
      ];
      r.path(
        (ctx) => {
          pts.forEach(([a, b], j) => {
            const px = bx + nx * a + ux * b;
            const py = by + ny * a + uy * b;
            if (j === 0) ctx.moveTo(px, py);
            else ctx.lineTo(px, py);
          });
          ctx.closePath();
        },
        { fill: this.colors[i % this.colors.length] ?? null },
      );
    }
  }
}
