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

/** Coverage of a disc of radius `rad` centred on a cell's centre, over a (2R+1)² stamp (R = ceil(rad + 0.5)). */
function discStamp(rad: number): { R: number; cover: Float32Array } {
  const R = Math.max(0, Math.ceil(rad + 0.5));
  const side = 2 * R + 1;
  const cover = new Float32Array(side * side);
  for (let y = -R; y <= R; y++) {
    for (let x = -R; x <= R; x++)
      cover[(y + R) * side + x + R] = Math.min(1, Math.max(0, rad + 0.5 - Math.hypot(x, y)));
  }
  return { R, cover };
}

/**
 * Opaque discs of radius `rad` (raster pixels) centred on the occupied cells of a GW × GH grid,
 * painted over its W × H interior (the grid reaches `pad` cells past each side): an exact
 * Euclidean distance transform (a row sweep, then the lower envelope of parabolas per column,
 * Felzenszwalb and Huttenlocher 2012) finds each pixel's nearest occupied cell; the pixel takes
 * that cell's last colour, with coverage rad + 0.5 − distance (anti-aliased edges).
 */
export function nearestDiscs(
  count: Uint32Array,
  last: Int32Array,
  GW: number,
  GH: number,
  pad: number,
  W: number,
  H: number,
  rad: number,
  colors: readonly RGBA[],
): Uint8ClampedArray {
  const INF = 1e20;
  // row pass: squared distance along the row to the nearest occupied cell, and its column
  const f = new Float64Array(GW * GH);
  const col = new Int32Array(GW * GH);
  for (let y = 0; y < GH; y++) {
    const row = y * GW;
    let near = -1;
    for (let x = 0; x < GW; x++) {
      if ((count[row + x] as number) > 0) near = x;
      f[row + x] = near < 0 ? INF : (x - near) * (x - near);
      col[row + x] = near;
    }
    near = -1;
    for (let x = GW - 1; x >= 0; x--) {
      if ((count[row + x] as number) > 0) near = x;
      if (near >= 0 && (near - x) * (near - x) < (f[row + x] as number)) {
        f[row + x] = (near - x) * (near - x);
        col[row + x] = near;
      }
    }
  }
  // column pass over the interior columns: lower envelope of the parabolas (y − q)² + f(q)
  const out = new Uint8ClampedArray(W * H * 4);
  const v = new Int32Array(GH);
  const z = new Float64Array(GH + 1);
  const reach = (rad + 0.5) ** 2;
  const colorOne = colors.length === 1 ? (colors[0] as RGBA) : null;
  for (let x = pad; x < pad + W; x++) {
    let k = 0;
    v[0] = 0;
    z[0] = -INF;
    z[1] = INF;
    for (let q = 1; q < GH; q++) {
      const fq = (f[q * GW + x] as number) + q * q;
      for (;;) {
        const p = v[k] as number;
        const sec = (fq - ((f[p * GW + x] as number) + p * p)) / (2 * q - 2 * p);
        if (sec <= (z[k] as number) && k > 0) {
          k--;
          continue;
        }
        if (sec <= (z[k] as number)) {
          v[0] = q;
          z[1] = INF;
          break;
        }
        k++;
        v[k] = q;
        z[k] = sec;
        z[k + 1] = INF;
        break;
      }
    }
    k = 0;
    for (let y = pad; y < pad + H; y++) {
      while ((z[k + 1] as number) < y) k++;
      const p = v[k] as number;
      const d2 = (y - p) * (y - p) + (f[p * GW + x] as number);
      if (d2 >= reach) continue;
      const cover = Math.min(1, rad + 0.5 - Math.sqrt(d2));
      const c = colorOne ?? (colors[last[p * GW + (col[p * GW + x] as number)] as number] as RGBA);
      const o = ((y - pad) * W + (x - pad)) * 4;
      out[o] = c[0] * 255;
      out[o + 1] = c[1] * 255;
      out[o + 2] = c[2] * 255;
      out[o + 3] = cover * 255;
    }
  }
  return out;
}

/**
 * Paints a dense cloud of discs (diameter in pixels, one or per point) as one RGBA raster of the
 * axes at `ss` raster pixels per figure pixel, and draws it as an image. Points are binned to
 * raster cells; each occupied cell stamps one disc in the colour and size of its last point, with
 * the opacity that `count` points of alpha `a` reach when stacked (1 − (1 − a)^count), so dense
 * regions darken as in matplotlib. O(n + cells × disc area), no per-point allocation.
 */
export function rasterDiscs(
  r: Renderer,
  t: Transform,
  px: Float64Array,
  py: Float64Array,
  sizes: ArrayLike<number>,
  colors: readonly RGBA[],
  scale: number,
  ss = r.rasterScale ?? 2,
): void {
  const { box } = t;
  const W = Math.max(1, Math.ceil(box.width * ss));
  const H = Math.max(1, Math.ceil(box.height * ss));
  const one = sizes.length === 1;
  let maxSize = 0;
  for (let i = 0; i < sizes.length; i++) maxSize = Math.max(maxSize, sizes[i] as number);
  // bins reach past the box by the largest radius, so discs centred just outside still show
  const pad = Math.ceil((maxSize * scale * ss) / 2 + 1);
  const GW = W + 2 * pad;
  const GH = H + 2 * pad;
  const count = new Uint32Array(GW * GH);
  const last = new Int32Array(GW * GH);
  const ox = box.x - pad / ss;
  const oy = box.y - pad / ss;
  for (let i = 0; i < px.length; i++) {
    const fx = ((px[i] as number) - ox) * ss;
    const fy = ((py[i] as number) - oy) * ss;
    // NaN fails both tests; truncation equals floor for the non-negative values let through
    if (fx >= 0 && fx < GW && fy >= 0 && fy < GH) {
      const c = (fy | 0) * GW + (fx | 0);
      count[c] = (count[c] as number) + 1;
      last[c] = i;
    }
  }
  const opaque = one && colors.every((c) => c[3] >= 1);
  if (opaque) {
    // opaque discs of one size: their union is the set of pixels within the radius of an occupied
    // cell, so a distance transform gives every pixel its nearest occupied cell in O(cells),
    // however large the discs (stamping costs cells × disc area)
    const out = nearestDiscs(count, last, GW, GH, pad, W, H, ((sizes[0] as number) * scale * ss) / 2, colors);
    r.image({ x: box.x, y: box.y, width: W / ss, height: H / ss }, out, W, H, true);
    return;
  }
  // premultiplied accumulation in floats, converted once at the end
  const acc = new Float32Array(W * H * 4);
  const stamps = new Map<number, { R: number; cover: Float32Array }>();
  const stampOf = (size: number) => {
    // radii quantized to a quarter raster pixel, so per-point sizes share a few stamps
    const q = Math.round(size * scale * ss * 2);
    let st = stamps.get(q);
    if (!st) {
      st = discStamp(q / 4);
      stamps.set(q, st);
    }
    return st;
  };
  const fixed = one ? stampOf(sizes[0] as number) : null;
  const colorOne = colors.length === 1 ? (colors[0] as RGBA) : null;
  for (let cy = 0; cy < GH; cy++) {
    for (let cx = 0; cx < GW; cx++) {
      const k = cy * GW + cx;
      const nk = count[k] as number;
      if (nk === 0) continue;
      const i = last[k] as number;
      const c = colorOne ?? (colors[i] as RGBA);
      const alpha = c[3] >= 1 ? 1 : 1 - (1 - c[3]) ** nk;
      const { R, cover } = fixed ?? stampOf(sizes[i] as number);
      const side = 2 * R + 1;
      const x0 = cx - pad - R;
      const y0 = cy - pad - R;
      for (let sy = Math.max(0, -y0); sy < side; sy++) {
        const y = y0 + sy;
        if (y >= H) break;
        const row = y * W;
        for (let sx = Math.max(0, -x0); sx < side; sx++) {
          const x = x0 + sx;
          if (x >= W) break;
          const cov = cover[sy * side + sx] as number;
          if (cov === 0) continue;
          const a = alpha * cov;
          const o = (row + x) * 4;
          const q = 1 - a;
          acc[o] = c[0] * a + (acc[o] as number) * q;
          acc[o + 1] = c[1] * a + (acc[o + 1] as number) * q;
          acc[o + 2] = c[2] * a + (acc[o + 2] as number) * q;
          acc[o + 3] = a + (acc[o + 3] as number) * q;
        }
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
    if (px.length > 20000 && (p.marker === 'o' || p.marker === '.') && p.edge === null) {
      // a dense cloud of discs: one anti-aliased raster of the axes, density kept per raster cell
      rasterDiscs(r, t, px, py, p.sizes, p.colors, p.marker === '.' ? 0.5 : 1);
      return;
    }
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
