/** Raster images in data coordinates (imshow) and the colour ramp of a colour bar. */
import type { Colormap, Normalize } from '../colormap.js';
import type { Renderer } from '../render/renderer.js';
import type { Artist, Bounds, Transform } from './artist.js';

/** Image data: values mapped through a colormap, or RGB(A) in 0..1. */
export type ImageSource =
  | { kind: 'scalar'; data: Float64Array; rows: number; cols: number; cmap: Colormap; norm: Normalize }
  | { kind: 'rgba'; data: Float64Array; rows: number; cols: number; channels: 3 | 4; scale: number };

/** Scalar or RGB(A) values → an RGBA8 raster (row 0 first). */
export function rasterize(src: ImageSource, alpha = 1): Uint8ClampedArray {
  const n = src.rows * src.cols;
  const out = new Uint8ClampedArray(n * 4);
  if (src.kind === 'scalar') {
    const tmp = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      src.cmap.mapInto(src.norm.map(src.data[i] as number), tmp, 0);
      out[4 * i] = Math.round((tmp[0] as number) * 255);
      out[4 * i + 1] = Math.round((tmp[1] as number) * 255);
      out[4 * i + 2] = Math.round((tmp[2] as number) * 255);
      out[4 * i + 3] = Math.round((tmp[3] as number) * alpha * 255);
    }
  } else {
    const c = src.channels;
    const k = 255 / src.scale;
    for (let i = 0; i < n; i++) {
      out[4 * i] = (src.data[i * c] as number) * k;
      out[4 * i + 1] = (src.data[i * c + 1] as number) * k;
      out[4 * i + 2] = (src.data[i * c + 2] as number) * k;
      out[4 * i + 3] = (c === 4 ? (src.data[i * c + 3] as number) * k : 255) * alpha;
    }
  }
  return out;
}

export class ImageArtist implements Artist {
  zorder: number;
  private raster: Uint8ClampedArray | null = null;
  constructor(
    public src: ImageSource,
    /** [left, right, bottom, top] in data units */
    public extent: [number, number, number, number],
    /** 'upper': row 0 at the top */
    public origin: 'upper' | 'lower',
    public smooth: boolean,
    public alpha: number,
    zorder = 0,
  ) {
    this.zorder = zorder;
  }

  get mappable() {
    return this.src.kind === 'scalar' ? { cmap: this.src.cmap, norm: this.src.norm } : undefined;
  }

  bounds(): Bounds {
    const [l, r, b, t] = this.extent;
    return {
      x: [Math.min(l, r), Math.max(l, r)],
      y: [Math.min(b, t), Math.max(b, t)],
      stickyX: [l, r],
      stickyY: [b, t],
    };
  }

  draw(r: Renderer, t: Transform): void {
    this.raster ??= rasterize(this.src, this.alpha);
    const [l, rt, b, tp] = this.extent;
    const x0 = t.x.map(l);
    const x1 = t.x.map(rt);
    // with origin 'upper' the first row is drawn at `top`
    const yFirst = t.y.map(this.origin === 'upper' ? tp : b);
    const yLast = t.y.map(this.origin === 'upper' ? b : tp);
    let raster = this.raster;
    const { rows, cols } = this.src;
    // the raster is written top row first; flip when the first row lands at the bottom of the page
    const flipY = yFirst > yLast;
    const flipX = x0 > x1;
    if (flipX || flipY) raster = flip(raster, rows, cols, flipX, flipY);
    r.image(
      { x: Math.min(x0, x1), y: Math.min(yFirst, yLast), width: Math.abs(x1 - x0), height: Math.abs(yLast - yFirst) },
      raster,
      cols,
      rows,
      this.smooth,
    );
  }
}

function flip(src: Uint8ClampedArray, rows: number, cols: number, fx: boolean, fy: boolean): Uint8ClampedArray {
  const out = new Uint8ClampedArray(src.length);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const si = ((fy ? rows - 1 - i : i) * cols + (fx ? cols - 1 - j : j)) * 4;
      out.set(src.subarray(si, si + 4), (i * cols + j) * 4);
    }
  }
  return out;
}
