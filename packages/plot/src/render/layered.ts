/** A page's layered output: data painted on a canvas (each Axes' region cached until its limits change), axes and text as SVG. */
import type { RGBA } from '../color.js';
import type { TextRun } from '../text.js';
import { CanvasRenderer } from './canvas.js';
import type { MarkerSpec, PathContext, PathStyle, Rect, Renderer, TextStyle } from './renderer.js';

/** A painted data region of one Axes, and what it was painted for. */
export interface RegionCache {
  key: string;
  canvas: HTMLCanvasElement;
}

/**
 * Routes drawing to the data canvas or the decoration renderer (an SVG writer laid over the
 * canvas). Each Axes' data region is painted into its own offscreen canvas and kept in `cache`
 * while its key (box and limits) holds, so panning one Axes repaints only that one.
 */
export class LayeredRenderer implements Renderer {
  private current: Renderer;
  private readonly data: CanvasRenderer;

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly decor: Renderer,
    private readonly fontFamily: string,
    private readonly dpr: number,
    private readonly cache: Map<object, RegionCache>,
  ) {
    this.data = new CanvasRenderer(ctx, fontFamily, dpr);
    this.current = this.data;
  }

  get rasterScale(): number {
    return this.dpr;
  }

  layer(name: 'data' | 'decor'): void {
    this.current = name === 'data' ? this.data : this.decor;
  }

  region(owner: object, rect: Rect, key: string, draw: () => void): void {
    const d = this.dpr;
    // whole device pixels, so the cached bitmap lands without resampling
    const X0 = Math.floor(rect.x * d);
    const Y0 = Math.floor(rect.y * d);
    const w = Math.max(1, Math.ceil((rect.x + rect.width) * d) - X0);
    const h = Math.max(1, Math.ceil((rect.y + rect.height) * d) - Y0);
    let hit = this.cache.get(owner);
    if (!hit || hit.key !== key || hit.canvas.width !== w || hit.canvas.height !== h) {
      const canvas = hit?.canvas ?? this.ctx.canvas.ownerDocument.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const octx = canvas.getContext('2d') as CanvasRenderingContext2D;
      octx.setTransform(d, 0, 0, d, -X0, -Y0);
      octx.clearRect(X0 / d, Y0 / d, w / d, h / d);
      const before = this.current;
      this.current = new CanvasRenderer(octx, this.fontFamily, d);
      try {
        draw();
      } finally {
        this.current = before;
      }
      hit = { key, canvas };
      this.cache.set(owner, hit);
    }
    this.ctx.drawImage(hit.canvas, X0 / d, Y0 / d, w / d, h / d);
  }

  path(build: (ctx: PathContext) => void, style: PathStyle): void {
    this.current.path(build, style);
  }

  markers(
    spec: MarkerSpec,
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    style: PathStyle,
    colors?: readonly RGBA[] | null,
    scales?: ArrayLike<number> | null,
  ): void {
    this.current.markers(spec, xs, ys, style, colors, scales);
  }

  text(x: number, y: number, runs: TextRun[], style: TextStyle): void {
    this.current.text(x, y, runs, style);
  }

  image(rect: Rect, rgba: Uint8ClampedArray, width: number, height: number, smooth: boolean): void {
    this.current.image(rect, rgba, width, height, smooth);
  }

  clip(rect: Rect, draw: () => void): void {
    this.current.clip(rect, draw);
  }
}
