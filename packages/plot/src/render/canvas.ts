/** The canvas painter: the Renderer contract on a CanvasRenderingContext2D, for large data and images in a page. */
import type { RGBA } from '../color.js';
import { advanceEm, type TextRun } from '../text.js';
import { offsetContext } from '../artists/wedges.js';
import type { MarkerSpec, PathContext, PathStyle, Rect, Renderer, TextStyle } from './renderer.js';
import { baselineY } from './svg.js';

function css(c: RGBA): string {
  return `rgba(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)},${c[3]})`;
}

/** Paints through a 2-D canvas context in figure pixels (scale the context first for device pixels). */
export class CanvasRenderer implements Renderer {
  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly fontFamily: string,
  ) {}

  private apply(style: PathStyle): { fill: boolean; stroke: boolean } {
    const ctx = this.ctx;
    const fill = !!style.fill && style.fill[3] > 0;
    const stroke = !!style.stroke && style.stroke[3] > 0 && (style.lineWidth ?? 1) > 0;
    if (fill) ctx.fillStyle = css(style.fill as RGBA);
    if (stroke) {
      ctx.strokeStyle = css(style.stroke as RGBA);
      ctx.lineWidth = style.lineWidth ?? 1;
      ctx.setLineDash(style.dash ? [...style.dash] : []);
      ctx.lineCap = style.lineCap ?? 'butt';
      ctx.lineJoin = style.lineJoin ?? 'miter';
    }
    return { fill, stroke };
  }

  path(build: (ctx: PathContext) => void, style: PathStyle): void {
    const ctx = this.ctx;
    ctx.beginPath();
    build(ctx as unknown as PathContext);
    const { fill, stroke } = this.apply(style);
    if (fill) ctx.fill();
    if (stroke) ctx.stroke();
  }

  markers(
    spec: MarkerSpec,
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    style: PathStyle,
    colors?: readonly RGBA[] | null,
    scales?: ArrayLike<number> | null,
  ): void {
    const ctx = this.ctx;
    const pc = ctx as unknown as PathContext;
    if (!colors && !scales) {
      // one path for all markers of one colour: the fast case for big data
      ctx.beginPath();
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        if (Number.isFinite(x) && Number.isFinite(y)) spec.build(offsetContext(pc, x, y));
      }
      const { fill, stroke } = this.apply(style);
      if (fill) ctx.fill();
      if (stroke) ctx.stroke();
      return;
    }
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const s = scales ? (scales[i % scales.length] as number) : 1;
      ctx.save();
      ctx.translate(x, y);
      ctx.scale(s, s);
      ctx.beginPath();
      spec.build(pc);
      ctx.restore();
      const c = colors ? colors[i % colors.length] : undefined;
      const st: PathStyle = c ? (spec.filled ? { ...style, fill: c } : { ...style, stroke: c }) : style;
      const { fill, stroke } = this.apply(st);
      if (fill) ctx.fill();
      if (stroke) ctx.stroke();
    }
  }

  text(x: number, y: number, runs: TextRun[], style: TextStyle): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.translate(x, y);
    if (style.rotation) ctx.rotate((-style.rotation * Math.PI) / 180);
    const size = style.size;
    const width = runs.reduce((w, r) => w + advanceEm(r.text) * r.scale * size, 0);
    let cx = style.anchor === 'middle' ? -width / 2 : style.anchor === 'end' ? -width : 0;
    const by = baselineY(0, size, style.baseline);
    ctx.fillStyle = css(style.color);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    for (const r of runs) {
      ctx.font = `${r.italic ? 'oblique ' : ''}${style.weight === 'bold' ? 'bold ' : ''}${size * r.scale}px ${this.fontFamily}, DejaVu Sans, sans-serif`;
      ctx.fillText(r.text, cx, by - r.shift * size);
      cx += advanceEm(r.text) * r.scale * size;
    }
    ctx.restore();
  }

  image(rect: Rect, rgba: Uint8ClampedArray, width: number, height: number, smooth: boolean): void {
    const off = document.createElement('canvas');
    off.width = width;
    off.height = height;
    const octx = off.getContext('2d') as CanvasRenderingContext2D;
    const img = octx.createImageData(width, height);
    img.data.set(rgba);
    octx.putImageData(img, 0, 0);
    const ctx = this.ctx;
    ctx.save();
    ctx.imageSmoothingEnabled = smooth;
    ctx.drawImage(off, rect.x, rect.y, rect.width, rect.height);
    ctx.restore();
  }

  clip(rect: Rect, draw: () => void): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.x, rect.y, rect.width, rect.height);
    ctx.clip();
    draw();
    ctx.restore();
  }
}
