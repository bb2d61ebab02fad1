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
