/** The canvas painter: the Renderer contract on a CanvasRenderingContext2D, for large data and images in a page. */
import type { RGBA } from '../color.js';
import { advanceEm, subsetRuns, type TextRun } from '../text.js';
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
    /** device pixels per figure pixel, for sharp sprites */
    private readonly dpr = 1,
  ) {}

  /** Rasters painted by artists match the device pixels. */
  get rasterScale(): number {
    return this.dpr;
  }

  private splat(sprite: HTMLCanvasElement, xs: ArrayLike<number>, ys: ArrayLike<number>): void {
    const d = this.dpr;
    const W = this.ctx.canvas.width;
    const H = this.ctx.canvas.height;
    const sw = sprite.width;
    const src = (sprite.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, sw, sw).data;
    const out = new Uint8ClampedArray(W * H * 4);
    const half = sw / 2;
    for (let i = 0; i < xs.length; i++) {
      const x0 = Math.round((xs[i] as number) * d - half);
      const y0 = Math.round((ys[i] as number) * d - half);
      if (!(x0 > -sw && y0 > -sw && x0 < W && y0 < H)) continue;
      for (let sy = 0; sy < sw; sy++) {
        const py = y0 + sy;
        if (py < 0 || py >= H) continue;
        for (let sx = 0; sx < sw; sx++) {
          const px = x0 + sx;
          const si = (sy * sw + sx) * 4;
          const a = src[si + 3] as number;
          if (a === 0 || px < 0 || px >= W) continue;
          const o = (py * W + px) * 4;
          // source-over with premultiplied arithmetic on 0..255 channels
          const k = a / 255;
          const ob = out[o + 3] as number;
          out[o] = (src[si] as number) * k + (out[o] as number) * (1 - k);
          out[o + 1] = (src[si + 1] as number) * k + (out[o + 1] as number) * (1 - k);
          out[o + 2] = (src[si + 2] as number) * k + (out[o + 2] as number) * (1 - k);
          out[o + 3] = a + ob * (1 - k);
        }
      }
    }
    // un-premultiply for ImageData (channels were blended as if premultiplied by alpha)
    for (let o = 0; o < out.length; o += 4) {
      const a = out[o + 3] as number;
      if (a > 0 && a < 255) {
        const k = 255 / a;
        out[o] = (out[o] as number) * k;
        out[o + 1] = (out[o + 1] as number) * k;
        out[o + 2] = (out[o + 2] as number) * k;
      }
    }
    const off = this.ctx.canvas.ownerDocument.createElement('canvas');
    off.width = W;
    off.height = H;
    const octx = off.getContext('2d') as CanvasRenderingContext2D;
    const img = octx.createImageData(W, H);
    img.data.set(out);
    octx.putImageData(img, 0, 0);
    this.ctx.drawImage(off, 0, 0, W / d, H / d);
  }

  private sprite(spec: MarkerSpec, style: PathStyle): HTMLCanvasElement {
    // the marker's extent: probe its path for the largest coordinate
    let ext = 0;
    const probe = (x: number, y: number) => {
      ext = Math.max(ext, Math.abs(x), Math.abs(y));
    };
    spec.build({
      moveTo: probe,
      lineTo: probe,
      closePath: () => undefined,
      bezierCurveTo: (_a, _b, _c, _d, x, y) => probe(x, y),
      quadraticCurveTo: (_a, _b, x, y) => probe(x, y),
      arc: (x, y, r) => probe(Math.abs(x) + r, Math.abs(y) + r),
      arcTo: (_a, _b, x, y) => probe(x, y),
      rect: (x, y, w, h) => {
        probe(x, y);
        probe(x + w, y + h);
      },
    });
    const half = Math.ceil(ext + (style.lineWidth ?? 1) + 1);
    const c = this.ctx.canvas.ownerDocument.createElement('canvas');
    c.width = c.height = 2 * half * this.dpr;
    const sctx = c.getContext('2d') as CanvasRenderingContext2D;
    sctx.setTransform(this.dpr, 0, 0, this.dpr, half * this.dpr, half * this.dpr);
    new CanvasRenderer(sctx, this.fontFamily).markers(spec, [0], [0], style);
    return c;
  }

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
    if (!colors && !scales && xs.length > 2000) {
      // many markers of one look: paint one into a sprite, composite its pixels into one raster in
      // JavaScript (no per-point canvas call), then draw that raster once
      this.splat(this.sprite(spec, style), xs, ys);
      return;
    }
    if (!colors && !scales) {
      // one path for all markers of one colour
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
    // MathJax formulas are SVG paths; a canvas draws them with the built-in TeX subset
    if (runs.some((r) => r.tex)) runs = runs.flatMap((r) => (r.tex ? subsetRuns(r.text) : [r]));
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
    const off = this.ctx.canvas.ownerDocument.createElement('canvas');
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
