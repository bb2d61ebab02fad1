/** Distribution and part-of-whole plots: boxplot, violinplot, pie. */
import { type ArrayInput, ValueError, argumentError, is, signature } from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { Line2D, type LineProps, plainLineProps } from '../artists/line.js';
import { PolygonCollection, rectPolygon } from '../artists/patches.js';
import { TextArtist } from '../artists/text.js';
import { Wedge } from '../artists/wedges.js';
import type { Color, RGBA } from '../color.js';
import { shaped, vector } from '../data.js';

/** The columns of a 2-D array, or each array of a list, as sorted finite samples. */
function datasets(data: unknown, fn: string): Float64Array[] {
  // a list of arrays is a list of datasets (matplotlib's rule); a 2-D array gives one per column
  if (Array.isArray(data) && data.length > 0 && data.every((d) => typeof d === 'object' && d !== null)) {
    return data.map((d, i) => sorted(vector(d, fn, `x[${i}]`, true)));
  }
  const a = shaped(data, fn, 'x');
  if (a.shape.length <= 1) return [sorted(a.data)];
  if (a.shape.length !== 2) throw argumentError(fn, 'x', 'a 1-D or 2-D array, or a list of arrays', data);
  const [r, c] = a.shape as [number, number];
  return Array.from({ length: c }, (_, j) =>
    sorted(Float64Array.from({ length: r }, (_, i) => a.data[i * c + j] as number)),
  );
}

function sorted(v: Float64Array): Float64Array {
  return v.filter(Number.isFinite).sort();
}

/** NumPy's default ('linear') percentile of sorted data. */
function percentile(s: Float64Array, q: number): number {
  if (s.length === 0) return Number.NaN;
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

const lineProps = (color: RGBA, width: number, zorder: number, extra: Partial<LineProps> = {}): LineProps =>
  plainLineProps(color, width, zorder, { label: '_nolegend_', ...extra });

/** Options of `boxplot`. */
export interface BoxplotOptions {
  positions?: number[];
  widths?: number;
  vert?: boolean;
  whis?: number;
  showfliers?: boolean;
  labels?: string[];
  patchArtist?: boolean;
  color?: Color;
}

/** Box (quartiles), median, whiskers to the last point within `whis` × IQR, caps and fliers. Returns the per-box statistics. */
export function boxplot(
  ax: Axes,
  data: unknown,
  rest: unknown[],
): { medians: number[]; q1: number[]; q3: number[]; whiskers: [number, number][]; fliers: number[][] } {
  const fn = 'boxplot';
  const o = signature<BoxplotOptions>(fn, [], {
    positions: is.arrayOf(is.finite),
    widths: is.finite,
    vert: is.boolean,
    whis: is.finite,
    showfliers: is.boolean,
    labels: is.arrayOf(is.string),
    patchArtist: is.boolean,
    color: is.any,
  })(rest);
  const sets = datasets(data, fn);
  const pos = o.positions ?? sets.map((_, i) => i + 1);
  if (pos.length !== sets.length)
    throw new ValueError(`${fn}: positions has ${pos.length} entries for ${sets.length} datasets`);
  if (o.labels && o.labels.length !== sets.length)
    throw new ValueError(`${fn}: labels has ${o.labels.length} entries for ${sets.length} datasets`);
  const w = o.widths ?? 0.5;
  const vert = o.vert ?? true;
  const whis = o.whis ?? 1.5;
  const pt = ax.figure.dpi / 72;
  const black = ax.rgba(ax.figure.theme.textColor);
  const boxFill = o.patchArtist ? ax.rgba(o.color ?? ax.nextPatchColor()) : null;
  const out = {
    medians: [] as number[],
    q1: [] as number[],
    q3: [] as number[],
    whiskers: [] as [number, number][],
    fliers: [] as number[][],
  };
  const P = (a: number, b: number): [number, number] => (vert ? [a, b] : [b, a]);
  sets.forEach((s, k) => {
    const p = pos[k] as number;
    const q1 = percentile(s, 0.25);
    const med = percentile(s, 0.5);
    const q3 = percentile(s, 0.75);
    const iqr = q3 - q1;
    const loLim = q1 - whis * iqr;
    const hiLim = q3 + whis * iqr;
    const inside = s.filter((v) => v >= loLim && v <= hiLim);
    const wlo = inside.length ? (inside[0] as number) : q1;
    const whi = inside.length ? (inside[inside.length - 1] as number) : q3;
    const fl = Array.from(s.filter((v) => v < wlo || v > whi));
    out.medians.push(med);
    out.q1.push(q1);
    out.q3.push(q3);
    out.whiskers.push([wlo, whi]);
    out.fliers.push(fl);
    const [bx0, by0] = P(p - w / 2, q1);
    const [bx1, by1] = P(p + w / 2, q3);
    ax.add(
      new PolygonCollection([rectPolygon(bx0, by0, bx1, by1)], { fill: boxFill, edge: black, lineWidth: pt }, null, 2),
    );
    const seg = (a: [number, number], b: [number, number], color: RGBA, z = 2) =>
      ax.add(new Line2D(Float64Array.of(a[0], b[0]), Float64Array.of(a[1], b[1]), lineProps(color, pt, z)));
    seg(P(p - w / 2, med), P(p + w / 2, med), ax.rgba('C1'), 2.1);
    seg(P(p, q1), P(p, wlo), black);
    seg(P(p, q3), P(p, whi), black);
    seg(P(p - w / 4, wlo), P(p + w / 4, wlo), black);
    seg(P(p - w / 4, whi), P(p + w / 4, whi), black);
    if ((o.showfliers ?? true) && fl.length) {
      const xs = Float64Array.from(fl, (v) => P(p, v)[0]);
      const ys = Float64Array.from(fl, (v) => P(p, v)[1]);
      ax.add(
        new Line2D(
          xs,
          ys,
          lineProps(black, 0, 2, {
            dash: 'none',
            marker: 'o',
            markerSize: 6 * pt,
            markerEdgeWidth: pt,
            markerEdgeColor: black,
          }),
        ),
      );
    }
  });
  const labels = o.labels ?? pos.map((p) => String(p));
  if (vert) ax.setXticks(pos, labels);
  else ax.setYticks(pos, labels);
  return out;
}

/** Options of `violinplot`. */
export interface ViolinplotOptions {
  positions?: number[];
  widths?: number;
  vert?: boolean;
  showmeans?: boolean;
  showextrema?: boolean;
  showmedians?: boolean;
  points?: number;
  bwMethod?: 'scott' | 'silverman' | number;
}

/** Gaussian kernel density of sorted data at `points` values between its extremes. */
function kde(s: Float64Array, points: number, bw: ViolinplotOptions['bwMethod']): { y: Float64Array; d: Float64Array } {
  const n = s.length;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const factor = typeof bw === 'number' ? bw : bw === 'silverman' ? (n * 0.75) ** -0.2 : n ** -0.2;
  const h = sd * factor || 1;
  const lo = s[0] as number;
  const hi = s[n - 1] as number;
  const y = new Float64Array(points);
  const d = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const v = points === 1 ? lo : lo + ((hi - lo) * i) / (points - 1);
    let acc = 0;
    for (let k = 0; k < n; k++) acc += Math.exp(-0.5 * (((s[k] as number) - v) / h) ** 2);
    y[i] = v;
    d[i] = acc / (n * h * Math.sqrt(2 * Math.PI));
  }
  return { y, d };
}

/** Violins: each dataset's kernel density mirrored around its position, with extrema (and optional mean/median) lines. */
export function violinplot(ax: Axes, data: unknown, rest: unknown[]): { bodies: PolygonCollection[] } {
  const fn = 'violinplot';
  const o = signature<ViolinplotOptions>(
    fn,
    ['positions', 'vert', 'widths', 'showmeans', 'showextrema', 'showmedians', 'points', 'bwMethod'],
    {
      positions: is.arrayOf(is.finite),
      widths: is.finite,
      vert: is.boolean,
      showmeans: is.boolean,
      showextrema: is.boolean,
      showmedians: is.boolean,
      points: is.positiveInt,
      bwMethod: is.any,
    },
  )(rest);
  const sets = datasets(data, fn);
  if (sets.some((s) => s.length === 0)) throw new ValueError(`${fn}: every dataset needs at least one finite value`);
  const pos = o.positions ?? sets.map((_, i) => i + 1);
  const w = o.widths ?? 0.5;
  const vert = o.vert ?? true;
  const color = ax.nextPatchColor();
  const fill = ax.rgba(color, 0.3);
  const edge = ax.rgba(color);
  const pt = ax.figure.dpi / 72;
  const bodies: PolygonCollection[] = [];
  sets.forEach((s, k) => {
    const p = pos[k] as number;
    const { y, d } = kde(s, o.points ?? 100, o.bwMethod ?? 'scott');
    const dmax = Math.max(...d) || 1;
    const m = y.length;
    const poly = new Float64Array(4 * m);
    // up one side at p - half-width, back down the other at p + half-width
    for (let i = 0; i < m; i++) {
      const j = m - 1 - i;
      const left = p - ((d[i] as number) / dmax) * (w / 2);
      const right = p + ((d[j] as number) / dmax) * (w / 2);
      const pts = vert ? [left, y[i] as number, right, y[j] as number] : [y[i] as number, left, y[j] as number, right];
      poly[2 * i] = pts[0] as number;
      poly[2 * i + 1] = pts[1] as number;
      poly[2 * (m + i)] = pts[2] as number;
      poly[2 * (m + i) + 1] = pts[3] as number;
    }
    bodies.push(ax.add(new PolygonCollection([poly], { fill, edge: ax.rgba(color, 0.3), lineWidth: pt }, null, 1)));
    const seg = (a: number, b: number, v: number) => {
      const [x0, y0, x1, y1] = vert ? [a, v, b, v] : [v, a, v, b];
      ax.add(new Line2D(Float64Array.of(x0, x1), Float64Array.of(y0, y1), lineProps(edge, pt, 2)));
    };
    const lo = s[0] as number;
    const hi = s[s.length - 1] as number;
    if (o.showextrema ?? true) {
      seg(p - w / 4, p + w / 4, lo);
      seg(p - w / 4, p + w / 4, hi);
      const [x0, y0, x1, y1] = vert ? [p, lo, p, hi] : [lo, p, hi, p];
      ax.add(new Line2D(Float64Array.of(x0, x1), Float64Array.of(y0, y1), lineProps(edge, pt, 2)));
    }
    if (o.showmeans) seg(p - w / 4, p + w / 4, s.reduce((a, b) => a + b, 0) / s.length);
    if (o.showmedians) seg(p - w / 4, p + w / 4, percentile(s, 0.5));
  });
  return { bodies };
}

/** Options of `pie`. */
export interface PieOptions {
  labels?: string[];
  colors?: Color[];
  autopct?: string | ((pct: number) => string);
  startangle?: number;
  counterclock?: boolean;
  explode?: number[];
  radius?: number;
  labeldistance?: number;
  pctdistance?: number;
  wedgeprops?: { edgecolor?: Color; linewidth?: number };
}

/** Formats a percentage with a printf-style pattern such as '%1.1f%%'. */
function formatPct(fmt: string, v: number): string {
  return fmt.replace(/%(\d*)\.?(\d*)f/, (_, _w, d) => v.toFixed(d === '' ? 6 : Number(d))).replace('%%', '%');
}

/** A pie chart of the fractions x / sum(x), starting at 3 o'clock and going counter-clockwise, like matplotlib. */
export function pie(
  ax: Axes,
  xIn: ArrayInput,
  rest: unknown[],
): { wedges: Wedge[]; texts: TextArtist[]; autotexts: TextArtist[] } {
  const fn = 'pie';
  const o = signature<PieOptions>(fn, ['explode', 'labels', 'colors', 'autopct'], {
    labels: is.arrayOf(is.string),
    colors: is.any,
    autopct: is.any,
    startangle: is.finite,
    counterclock: is.boolean,
    explode: is.arrayOf(is.finite),
    radius: is.finite,
    labeldistance: is.finite,
    pctdistance: is.finite,
    wedgeprops: is.any,
  })(rest);
  const x = vector(xIn, fn, 'x', true);
  if (x.some((v) => v < 0 || !Number.isFinite(v)))
    throw new ValueError(`${fn}: wedge sizes must be finite and non-negative`);
  const total = x.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new ValueError(`${fn}: the wedge sizes sum to ${total}; nothing to draw`);
  const frac = x.map((v) => v / total);
  const r = o.radius ?? 1;
  const pt = ax.figure.dpi / 72;
  const dir = (o.counterclock ?? true) ? 1 : -1;
  let theta = o.startangle ?? 0;
  const wedges: Wedge[] = [];
  const texts: TextArtist[] = [];
  const autotexts: TextArtist[] = [];
  const fontSize = ax.figure.theme.fontSize * pt;
  const textColor = ax.rgba(ax.figure.theme.textColor);
  const wp = (o.wedgeprops ?? {}) as { edgecolor?: Color; linewidth?: number };
  frac.forEach((f, i) => {
    const t1 = theta;
    const t2 = theta + dir * 360 * f;
    theta = t2;
    const mid = ((t1 + t2) / 2) * (Math.PI / 180);
    const ex = o.explode?.[i] ?? 0;
    const cx = ex * Math.cos(mid);
    const cy = ex * Math.sin(mid);
    const color = o.colors ? ax.rgba(o.colors[i % o.colors.length] as Color) : ax.rgba(ax.nextPatchColor());
    const label = o.labels?.[i];
    wedges.push(
      ax.add(
        new Wedge(
          cx,
          cy,
          r,
          Math.min(t1, t2),
          Math.max(t1, t2),
          color,
          wp.edgecolor !== undefined ? ax.rgba(wp.edgecolor) : null,
          (wp.linewidth ?? 0) * pt,
          label,
        ),
      ),
    );
    const props = (ha: 'left' | 'center' | 'right') => ({
      size: fontSize,
      color: textColor,
      ha,
      va: 'center' as const,
      rotation: 0,
      coords: 'data' as const,
      zorder: 3,
      weight: 'normal' as const,
    });
    if (label !== undefined) {
      const ld = o.labeldistance ?? 1.1;
      const lx = cx + ld * r * Math.cos(mid);
      const ly = cy + ld * r * Math.sin(mid);
      texts.push(ax.add(new TextArtist(lx, ly, label, props(lx > 0 ? 'left' : lx < 0 ? 'right' : 'center'))));
    }
    if (o.autopct !== undefined) {
      const pd = o.pctdistance ?? 0.6;
      const s = typeof o.autopct === 'function' ? o.autopct(f * 100) : formatPct(String(o.autopct), f * 100);
      autotexts.push(
        ax.add(new TextArtist(cx + pd * r * Math.cos(mid), cy + pd * r * Math.sin(mid), s, props('center'))),
      );
    }
  });
  // matplotlib's pie: equal aspect, no frame or ticks, limits just outside the labels
  ax.setAspect('equal');
  ax.axis('off');
  const lim = r * 1.25 + Math.max(0, ...(o.explode ?? [0]));
  ax.setXlim(-lim, lim);
  ax.setYlim(-lim, lim);
  return { wedges, texts, autotexts };
}
