/** Autoscaling, scales, ticks and the space an Axes' decorations take: computed per draw, never stored, so output is a pure function of the figure. */
import type { Artist, Transform } from './artists/artist.js';
import { union } from './artists/artist.js';
import type { Rect } from './render/renderer.js';
import { type AxisScale, type ScaleName, type ScaleOptions, type Tick, makeScale } from './scale.js';
import { measureText } from './text.js';
import type { Theme } from './theme.js';

/** Limits of one axis shared by several Axes (sharex/sharey and twins). */
export interface AxisShare {
  lim: [number | undefined, number | undefined];
  scale: ScaleName;
  scaleOptions: ScaleOptions;
  members: AxisOwner[];
  /** Margins as a fraction of the data span (matplotlib's axes.xmargin). */
  margin?: number;
  /** Autoscaled limits run high to low (imshow with origin 'upper', invertYaxis). */
  inverted?: boolean;
}

/** What the autoscaler reads from an Axes. */
export interface AxisOwner {
  artists: Artist[];
}

function forward(name: ScaleName, opts: ScaleOptions): [(v: number) => number, (v: number) => number] {
  if (name === 'log') return [Math.log10, (v) => 10 ** v];
  if (name === 'symlog') {
    const c = opts.linthresh ?? 1;
    return [(v) => Math.sign(v) * Math.log1p(Math.abs(v / c)), (v) => Math.sign(v) * Math.expm1(Math.abs(v)) * c];
  }
  return [(v) => v, (v) => v];
}

/** The view limits of an axis: user limits where set, else the data's extent plus margins, stopping at sticky edges. */
export function viewLimits(share: AxisShare, axis: 'x' | 'y', margin: number): [number, number] {
  const [userLo, userHi] = share.lim;
  if (userLo !== undefined && userHi !== undefined) return [userLo, userHi];
  const log = share.scale === 'log';
  let data: [number, number] | null = null;
  const sticky: number[] = [];
  for (const m of share.members) {
    for (const a of m.artists) {
      const b = a.bounds(axis === 'x' ? log : false, axis === 'y' ? log : false);
      data = union(data, axis === 'x' ? b.x : b.y);
      const s = axis === 'x' ? b.stickyX : b.stickyY;
      if (s) sticky.push(...s);
    }
  }
  let lo: number;
  let hi: number;
  if (!data) {
    [lo, hi] = log ? [1, 10] : [0, 1];
  } else {
    [lo, hi] = data;
    const [f, inv] = forward(share.scale, share.scaleOptions);
    let tlo = f(lo);
    let thi = f(hi);
    if (tlo === thi) {
      const d = tlo === 0 ? (log ? 1 : 0.1) : Math.abs(tlo) * (log ? 0.1 : 0.05);
      tlo -= d;
      thi += d;
    } else {
      const m = share.margin ?? margin;
      const d = (thi - tlo) * m;
      tlo -= d;
      thi += d;
    }
    let elo = inv(tlo);
    let ehi = inv(thi);
    for (const s of sticky) {
      if (elo < s && s <= lo) elo = s;
      if (ehi > s && s >= hi) ehi = s;
    }
    lo = elo;
    hi = ehi;
  }
  if (share.inverted && userLo === undefined && userHi === undefined) return [hi, lo];
  return [userLo ?? lo, userHi ?? hi];
}

/** Ticks for an axis of `lengthPx` pixels, as dense as matplotlib's AutoLocator puts them. */
export function axisTicks(
  scale: AxisScale,
  lengthPx: number,
  labelSizePx: number,
  axis: 'x' | 'y',
  lim: [number, number],
): Tick[] {
  const per = axis === 'x' ? 3 : 2;
  const nbins = Math.max(1, Math.min(9, Math.floor(lengthPx / (labelSizePx * per))));
  const lo = Math.min(...lim);
  const hi = Math.max(...lim);
  const eps = (hi - lo) * 1e-9;
  return scale.ticks(nbins).filter((t) => t.value >= lo - eps && t.value <= hi + eps);
}

/** Everything needed to draw an Axes in a box: the scales, the ticks and the space the decorations take around the box. */
export interface AxesLayout {
  box: Rect;
  t: Transform;
  xlim: [number, number];
  ylim: [number, number];
  xticks: Tick[];
  yticks: Tick[];
  /** pixels the decorations reach beyond each side of the box */
  extents: { left: number; right: number; top: number; bottom: number };
}

export interface DecorationInput {
  box: Rect;
  theme: Theme;
  pt: number;
  xticks: Tick[];
  yticks: Tick[];
  showXLabels: boolean;
  showYLabels: boolean;
  ySide: 'left' | 'right';
  xSide: 'bottom' | 'top';
  xlabel: string;
  ylabel: string;
  title: boolean;
  titleText: string;
  titleSize: number;
  xOffset: string;
  yOffset: string;
  axisOn: boolean;
}

/** The tick length that sticks out of the box, per theme direction. */
export function tickOut(theme: Theme, pt: number, minor = false): number {
  const len = (minor ? theme.tickMinorSize : theme.tickMajorSize) * pt;
  return theme.tickDirection === 'in' ? 0 : theme.tickDirection === 'inout' ? len / 2 : len;
}

/** Measures how far tick labels, axis labels and the title reach outside the box. */
export function decorationExtents(d: DecorationInput): AxesLayout['extents'] {
  const ext = { left: 0, right: 0, top: 0, bottom: 0 };
  if (!d.axisOn) {
    if (d.title) ext.top = d.theme.titlePad * d.pt + measureText(d.titleText, d.titleSize * d.pt).ascent + 2;
    return ext;
  }
  const { theme, pt } = d;
  const fs = theme.tickLabelSize * pt;
  const tick = tickOut(theme, pt);
  const pad = theme.tickPad * pt;
  let ylab = tick;
  if (d.showYLabels && d.yticks.some((t) => t.label)) {
    ylab += pad + Math.max(0, ...d.yticks.map((t) => (t.label ? measureText(t.label, fs).width : 0)));
  }
  if (d.ylabel) {
    const m = measureText(d.ylabel, theme.labelSize * pt);
    ylab += theme.labelPad * pt + m.ascent + m.descent;
  }
  ext[d.ySide] = ylab;
  let xlab = tick;
  if (d.showXLabels && d.xticks.some((t) => t.label)) {
    const m = Math.max(
      0,
      ...d.xticks.map((t) => (t.label ? measureText(t.label, fs).ascent + measureText(t.label, fs).descent : 0)),
    );
    xlab += pad + m;
  }
  if (d.xlabel) {
    const m = measureText(d.xlabel, theme.labelSize * pt);
    xlab += theme.labelPad * pt + m.ascent + m.descent;
  }
  ext[d.xSide] = Math.max(ext[d.xSide], xlab);
  // tick labels near the ends stick out past the box by part of their size
  if (d.showXLabels) {
    for (const tk of d.xticks) {
      if (!tk.label) continue;
      const hw = measureText(tk.label, fs).width / 2;
      ext.left = Math.max(ext.left, d.box.x - (tk.px - hw));
      ext.right = Math.max(ext.right, tk.px + hw - (d.box.x + d.box.width));
    }
  }
  if (d.showYLabels) {
    const hh = (fs * 0.76) / 2;
    for (const tk of d.yticks) {
      if (!tk.label) continue;
      ext.top = Math.max(ext.top, d.box.y - (tk.px - hh));
      ext.bottom = Math.max(ext.bottom, tk.px + hh - (d.box.y + d.box.height));
    }
  }
  // the offset text (×10ⁿ) sits above the box and pushes the title up, as in matplotlib
  const offsetH = d.yOffset && d.showYLabels ? fs * 1.3 + pad : 0;
  if (offsetH) ext.top = Math.max(ext.top, offsetH);
  if (d.title) {
    const m = measureText(d.titleText, d.titleSize * pt);
    ext.top = Math.max(ext.top, Math.max(theme.titlePad * pt, offsetH) + m.ascent + m.descent);
  }
  if (d.xOffset) ext[d.xSide] += fs * 1.2;
  return ext;
}

export { makeScale };
