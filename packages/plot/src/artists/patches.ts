/** Filled shapes in data coordinates: bars, polygons (fillBetween, violins, hexagons, quads), wedges. */
import { area } from 'd3-shape';
import type { RGBA } from '../color.js';
import { extent } from '../data.js';
import type { PathContext, Renderer } from '../render/renderer.js';
import type { Artist, Bounds, LegendSample, Transform } from './artist.js';
import { union } from './artist.js';

export interface PatchStyle {
  fill: RGBA | null;
  edge: RGBA | null;
  lineWidth: number;
  dash?: readonly number[] | null;
}

/** Polygons (flat [x0, y0, x1, y1, ...] in data units, rings separated by a NaN pair) sharing a style or each with its own fill. */
export class PolygonCollection implements Artist {
  zorder: number;
  label?: string;
  stickyX: number[] = [];
  stickyY: number[] = [];
  constructor(
    public polygons: Float64Array[],
    public style: PatchStyle,
    public fills: RGBA[] | null = null,
    zorder = 1,
    label?: string,
    /** Rectangles are drawn pixel-snapped (bars and histogram bins). */
    public snap = false,
    /** 'crisp': cells drawn without antialiasing; 'face': each outline in its own fill colour (no seams) */
    public seams: 'crisp' | 'face' | null = null,
  ) {
    this.zorder = zorder;
    if (label !== undefined) this.label = label;
  }

  bounds(logX: boolean, logY: boolean): Bounds {
    let bx: [number, number] | null = null;
    let by: [number, number] | null = null;
    for (const p of this.polygons) {
      const xs = new Float64Array(p.length / 2);
      const ys = new Float64Array(p.length / 2);
      for (let i = 0; i < xs.length; i++) {
        xs[i] = p[2 * i] as number;
        ys[i] = p[2 * i + 1] as number;
      }
      bx = union(bx, extent(xs, logX));
      by = union(by, extent(ys, logY));
    }
    return { x: bx, y: by, stickyX: this.stickyX, stickyY: this.stickyY };
  }

  points() {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const p of this.polygons) {
      for (let i = 0; i < p.length; i += 2) {
        xs.push(p[i] as number);
        ys.push(p[i + 1] as number);
      }
    }
    return { x: xs, y: ys };
  }

  draw(r: Renderer, t: Transform): void {
    const s = this.style;
    const draw = (poly: Float64Array) => (ctx: PathContext) => {
      let started = false;
      for (let i = 0; i < poly.length; i += 2) {
        // a (NaN, NaN) pair starts the next ring of the same polygon (holes of contour bands)
        if (Number.isNaN(poly[i] as number) && Number.isNaN(poly[i + 1] as number)) {
          if (started) ctx.closePath();
          started = false;
          continue;
        }
        let x = t.x.map(poly[i] as number);
        let y = t.y.map(poly[i + 1] as number);
        if (!Number.isFinite(x) || !Number.isFinite(y)) {
          // a bar reaching to 0 on a log axis is clipped at the axes' edge, as matplotlib does
          x = Number.isFinite(x) ? x : x < 0 || Object.is(x, Number.NaN) ? t.box.x - 1 : x;
          y = Number.isFinite(y) ? y : t.box.y + t.box.height + 1;
          if (!Number.isFinite(x)) x = t.box.x - 1;
        }
        if (this.snap) {
          x = Math.round(x);
          y = Math.round(y);
        }
        if (!started) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
        started = true;
      }
      if (started) ctx.closePath();
    };
    if (this.fills) {
      const fills = this.fills;
      this.polygons.forEach((p, i) => {
        const fill = fills[i % fills.length] ?? null;
        const face = this.seams === 'face' && s.edge === null;
        r.path(draw(p), {
          fill,
          stroke: face ? fill : s.edge,
          lineWidth: face ? Math.max(s.lineWidth, 0.5) : s.lineWidth,
          dash: s.dash ?? null,
          crisp: this.seams === 'crisp',
        });
      });
    } else {
      r.path(
        (ctx) => {
          for (const p of this.polygons) draw(p)(ctx);
        },
        { fill: s.fill, stroke: s.edge, lineWidth: s.lineWidth, dash: s.dash ?? null, lineJoin: 'miter' },
      );
    }
  }

  legend(): LegendSample {
    return {
      patch: { fill: this.fills?.[0] ?? this.style.fill, edge: this.style.edge, edgeWidth: this.style.lineWidth },
    };
  }
}

/** The region between two curves (matplotlib's fill_between), NaN and `where` = false leaving gaps; `horizontal` for fill_betweenx. */
export class FillBetween implements Artist {
  zorder: number;
  label?: string;
  constructor(
    public x: Float64Array,
    public y1: Float64Array,
    public y2: Float64Array,
    public where: Uint8Array | null,
    public style: PatchStyle,
    zorder: number,
    label?: string,
    public horizontal = false,
  ) {
    this.zorder = zorder;
    if (label !== undefined) this.label = label;
  }

  bounds(logX: boolean, logY: boolean): Bounds {
    const b = { x: extent(this.x, logX), y: union(extent(this.y1, logY), extent(this.y2, logY)) };
    return this.horizontal ? { x: b.y, y: b.x } : b;
  }

  points() {
    const n = this.x.length;
    const a = new Float64Array(2 * n);
    a.set(this.x);
    a.set(this.x, n);
    const b = new Float64Array(2 * n);
    b.set(this.y1);
    b.set(this.y2, n);
    return this.horizontal ? { x: b, y: a } : { x: a, y: b };
  }

  draw(r: Renderer, t: Transform): void {
    const { x, y1, y2, where } = this;
    const h = this.horizontal;
    const ok = (i: number) =>
      (where === null || where[i] !== 0) &&
      Number.isFinite(x[i] as number) &&
      Number.isFinite(y1[i] as number) &&
      Number.isFinite(y2[i] as number);
    const idx = Array.from({ length: x.length }, (_, i) => i);
    const gen = h
      ? area<number>()
          .y((i) => t.y.map(x[i] as number))
          .x0((i) => t.x.map(y1[i] as number))
          .x1((i) => t.x.map(y2[i] as number))
      : area<number>()
          .x((i) => t.x.map(x[i] as number))
          .y0((i) => t.y.map(y1[i] as number))
          .y1((i) => t.y.map(y2[i] as number));
    gen.defined(ok);
    r.path((ctx) => gen.context(ctx as unknown as CanvasRenderingContext2D)(idx), {
      fill: this.style.fill,
      stroke: this.style.edge,
      lineWidth: this.style.lineWidth,
    });
  }

  legend(): LegendSample {
    return { patch: { fill: this.style.fill, edge: this.style.edge, edgeWidth: this.style.lineWidth } };
  }
}

/** Rectangle corners [x0, y0, x1, y0, x1, y1, x0, y1] as a polygon. */
export function rectPolygon(x0: number, y0: number, x1: number, y1: number): Float64Array {
  return Float64Array.of(x0, y0, x1, y0, x1, y1, x0, y1);
}
