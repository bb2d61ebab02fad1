/** PathCollection: markers at many points with per-point sizes and colours (scatter), reduced per pixel for huge sets. */
import type { RGBA } from '../color.js';
import type { ScalarMappable } from '../colormap.js';
import { extent } from '../data.js';
import type { Renderer } from '../render/renderer.js';
import { markerSpec } from '../style.js';
import type { Artist, Bounds, LegendSample, Transform } from './artist.js';
import { dedupePixels, toPixels } from './line.js';

export interface ScatterProps {
  marker: string;
  /** marker widths in pixels: one, or one per point */
  sizes: Float64Array;
  /** one colour, or one per point (from `c` through the mappable) */
  colors: RGBA[];
  edge: RGBA | null;
  edgeWidth: number;
  zorder: number;
  label?: string;
  mappable?: ScalarMappable;
}

/** Paints discs (diameter in pixels, per point or one) into an RGBA raster over the axes box, source-over, and draws it as an image. */
export function rasterDiscs(
  r: Renderer,
  t: Transform,
  px: Float64Array,
  py: Float64Array,
  sizes: ArrayLike<number>,
  colors: readonly RGBA[],
  scale: number,
): void {
  const ss = 2;
  const { box } = t;
  const W = Math.max(1, Math.ceil(box.width * ss));
  const H = Math.max(1, Math.ceil(box.height * ss));
  // premultiplied accumulation in floats, converted once at the end
  const acc = new Float32Array(W * H * 4);
  for (let i = 0; i < px.length; i++) {
    const c = colors[colors.length === 1 ? 0 : i] as RGBA;
    const rad = ((sizes.length === 1 ? (sizes[0] as number) : (sizes[i] as number)) * scale * ss) / 2;
    const cx = ((px[i] as number) - box.x) * ss;
    const cy = ((py[i] as number) - box.y) * ss;
    const x0 = Math.max(0, Math.floor(cx - rad - 1));
    const x1 = Math.min(W - 1, Math.ceil(cx + rad + 1));
    const y0 = Math.max(0, Math.floor(cy - rad - 1));
    const y1 = Math.min(H - 1, Math.ceil(cy + rad + 1));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        const cover = Math.min(1, Math.max(0, rad + 0.5 - d));
        if (cover === 0) continue;
        const a = c[3] * cover;
        const o = (y * W + x) * 4;
        const k = 1 - a;
        acc[o] = c[0] * a + (acc[o] as number) * k;
        acc[o + 1] = c[1] * a + (acc[o + 1] as number) * k;
        acc[o + 2] = c[2] * a + (acc[o + 2] as number) * k;
        acc[o + 3] = a + (acc[o + 3] as number) * k;
      }
    }
  }
  const out = new Uint8ClampedArray(W * H * 4);
  for (let o = 0; o < acc.length; o += 4) {
    const a = acc[o + 3] as number;
    if (a <= 0) continue;
    out[o] = ((acc[o] as number) / a) * 255;
    out[o + 1] = ((acc[o + 1] as number) / a) * 255;
    out[o + 2] = ((acc[o + 2] as number) / a) * 255;
    out[o + 3] = a * 255;
  }
  r.image({ x: box.x, y: box.y, width: W / ss, height: H / ss }, out, W, H, true);
}

export class Scatter implements Artist {
  zorder: number;
  label?: string;
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public props: ScatterProps,
  ) {
    this.zorder = props.zorder;
    if (props.label !== undefined) this.label = props.label;
  }

  private cache = new Map<number, Bounds>();

  bounds(logX: boolean, logY: boolean): Bounds {
    const key = (logX ? 1 : 0) + (logY ? 2 : 0);
    let b = this.cache.get(key);
    if (!b) {
      b = { x: extent(this.x, logX), y: extent(this.y, logY) };
      this.cache.set(key, b);
    }
    return b;
  }

  points() {
    return { x: this.x, y: this.y };
  }

  draw(r: Renderer, t: Transform): void {
    const p = this.props;
    let { px, py } = toPixels(this.x, this.y, t);
    let colors: RGBA[] | null = p.colors.length > 1 ? p.colors : null;
    let sizes: Float64Array | null = p.sizes.length > 1 ? p.sizes : null;
    if (px.length > 20000) {
      const keep = dedupePixels(px, py, t.box, Math.max(...(p.sizes.length > 1 ? [1] : p.sizes)));
      px = Float64Array.from(keep, (i) => px[i] as number);
      py = Float64Array.from(keep, (i) => py[i] as number);
      if (colors) {
        const c = colors;
        colors = Array.from(keep, (i) => c[i] as RGBA);
      }
      if (sizes) {
        const s = sizes;
        sizes = Float64Array.from(keep, (i) => s[i] as number);
      }
    }
    if (px.length > 20000 && (p.marker === 'o' || p.marker === '.') && p.edge === null) {
      // a dense cloud of discs: one anti-aliased raster of the axes at twice its resolution
      rasterDiscs(r, t, px, py, sizes ?? p.sizes, colors ?? p.colors, p.marker === '.' ? 0.5 : 1);
      return;
    }
    const base = sizes
      ? Math.max(1e-9, Math.sqrt(sizes.reduce((a, b) => a + b * b, 0) / sizes.length))
      : (p.sizes[0] as number);
    const spec = markerSpec(p.marker, base, 'scatter');
    if (!spec) return;
    const scales = sizes ? sizes.map((s) => s / base) : null;
    r.markers(
      spec,
      px,
      py,
      spec.filled
        ? { fill: p.colors.length === 1 ? (p.colors[0] as RGBA) : [0, 0, 0, 1], stroke: p.edge, lineWidth: p.edgeWidth }
        : {
            fill: null,
            stroke: p.colors.length === 1 ? (p.colors[0] as RGBA) : [0, 0, 0, 1],
            lineWidth: Math.max(p.edgeWidth, 1),
          },
      colors,
      scales,
    );
  }

  legend(): LegendSample {
    const p = this.props;
    const spec = markerSpec(p.marker, 1, 'scatter');
    const c = p.colors[0] as RGBA;
    return {
      marker: {
        name: p.marker,
        size: Math.min(p.sizes[0] as number, 12),
        fill: spec?.filled ? c : null,
        edge: spec?.filled ? p.edge : c,
        edgeWidth: p.edgeWidth,
      },
    };
  }
}
