/** Axis scales (linear, log, symlog) over d3-scale, with matplotlib's tick placement and tick labels. */
import { scaleLinear, scaleLog, scaleSymlog, scaleUtc, type ScaleContinuousNumeric } from 'd3-scale';
import { unknownName } from './errors.js';

/** The axis scales matplotlib names, and 'time' (values are milliseconds since 1970 UTC, as `Date#getTime`; ticks at calendar steps). */
export type ScaleName = 'linear' | 'log' | 'symlog' | 'time';

/** Options of `setXscale`/`setYscale`: the log base and symlog's linear threshold. */
export interface ScaleOptions {
  base?: number;
  linthresh?: number;
}

/** One tick: its value, its pixel position, its label (may hold `$…$` math), and whether it is minor. */
export interface Tick {
  value: number;
  px: number;
  label: string;
  minor: boolean;
}

/** A data → pixel mapping for one axis, with its ticks. */
export interface AxisScale {
  name: ScaleName;
  map(v: number): number;
  /** `map` over many values at once (the hot path of large data) */
  mapArray(values: ArrayLike<number>, out: Float64Array): Float64Array;
  invert(px: number): number;
  /** The ticks; linear scales place them at most `count` bins apart (MaxNLocator), log and symlog per decade */
  ticks(count: number): Tick[];
  /** An offset/exponent label shown at the end of the axis ('1e6'), or '' */
  offsetLabel: string;
}

/**
 * The valid scale names.
 *
 * @example
 * ```ts
 * SCALE_NAMES; // ["linear", "log", "symlog", "time"]
 * ```
 */
export const SCALE_NAMES: readonly ScaleName[] = ['linear', 'log', 'symlog', 'time'];

export function checkScale(name: unknown, fn: string): ScaleName {
  if (typeof name !== 'string' || !(SCALE_NAMES as readonly string[]).includes(name)) {
    throw unknownName(fn, 'scale', name, SCALE_NAMES);
  }
  return name as ScaleName;
}

const MINUS = '\u2212';

/** Formats a number the way matplotlib's ScalarFormatter does for a tick step: fixed decimals, a true minus sign. */
export function formatTick(v: number, decimals: number): string {
  let s = v.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  return s.replace('-', MINUS);
}

/** Decimals needed to tell ticks `step` apart. */
function decimalsFor(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < 15; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 15;
}

/** Labels for linear ticks, with a common exponent moved to the axis end when the values are very large or small. */
export function linearLabels(values: number[]): { labels: string[]; offset: string } {
  if (values.length === 0) return { labels: [], offset: '' };
  const maxAbs = Math.max(...values.map(Math.abs));
  let exp = 0;
  if (maxAbs > 0) {
    const oom = Math.floor(Math.log10(maxAbs));
    if (oom >= 6 || oom <= -5) exp = oom;
  }
  const scaled = values.map((v) => v / 10 ** exp);
  const step =
    scaled.length > 1 ? Math.abs((scaled[1] as number) - (scaled[0] as number)) : Math.abs(scaled[0] as number) || 1;
  const dec = decimalsFor(Number(step.toPrecision(12)));
  return {
    labels: scaled.map((v) => formatTick(v, dec)),
    offset: exp !== 0 ? `$\\times10^{${exp}}$` : '',
  };
}

/**
 * Labels for time ticks (milliseconds since 1970 UTC), shortened to what the tick step resolves,
 * as matplotlib's AutoDateFormatter does: years, year-month, dates, hours and minutes, seconds,
 * milliseconds.
 *
 * @example
 * ```ts
 * dateLabels([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]); // ["2024-01-01", "2024-01-02"]
 * dateLabels([Date.UTC(2024, 0, 1, 6), Date.UTC(2024, 0, 1, 12)]); // ["06:00", "12:00"]
 * ```
 */
export function dateLabels(values: readonly number[]): string[] {
  const step = values.length > 1 ? Math.abs((values[1] as number) - (values[0] as number)) : 864e5;
  const DAY = 864e5;
  const [from, to] =
    step >= 365 * DAY
      ? [0, 4]
      : step >= 28 * DAY
        ? [0, 7]
        : step >= DAY
          ? [0, 10]
          : step >= 60e3
            ? [11, 16]
            : step >= 1e3
              ? [11, 19]
              : [11, 23];
  return values.map((v) => {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(from, to);
  });
}

function superscriptPower(base: number, e: number): string {
  return `$\\mathrm{${base}^{${e < 0 ? '-' : ''}${Math.abs(e)}}}$`;
}

/**
 * Tick values at a "nice" step for the interval [vmin, vmax] with at most `nbins` intervals:
 * matplotlib's MaxNLocator with its default steps 1, 2, 2.5, 5, 10 (× 10ⁿ). The step is the
 * smallest of the steps (scaled to the interval's decade) whose ticks span the interval in at most
 * `nbins` bins while at least `minTicks` of them fall inside; the ticks run from the last multiple
 * of the step at or below vmin to the first at or above vmax (callers drop those outside the view).
 * Large offsets (a mean over 100× the span) are taken out first so the arithmetic keeps its digits.
 *
 * @example
 * ```ts
 * maxNLocator(0, 10, 4); // [0, 2.5, 5, 7.5, 10]
 * maxNLocator(0, 1, 9); // [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]
 * ```
 */
export function maxNLocator(
  vmin: number,
  vmax: number,
  nbins: number,
  steps: readonly number[] = [1, 2, 2.5, 5, 10],
  minTicks = 2,
): number[] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (vmax - vmin < Math.max(Math.abs(vmin), Math.abs(vmax)) * 1e-13 || vmax === vmin) {
    // a degenerate interval: widen it around its value, as matplotlib's nonsingular does
    const d = vmin === 0 ? 0.001 : Math.abs(vmin) * 0.001;
    vmin -= d;
    vmax += d;
  }
  nbins = Math.max(1, Math.floor(nbins));
  // scale_range: the decade of span / nbins, and an offset when the values sit far from zero
  const dv = vmax - vmin;
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * 10 ** Math.floor(Math.log10(Math.abs(meanv)));
  const scale = 10 ** Math.floor(Math.log10(dv / nbins));
  const lo = vmin - offset;
  const hi = vmax - offset;
  // the staircase: a tenth of the steps below 1, the steps, and twice the largest
  const stair = [...steps.slice(0, -1).map((v) => v / 10), ...steps, 10 * (steps[1] ?? 2)].map((v) => v * scale);
  const raw = dv / nbins;
  let istep = stair.findIndex((v) => v >= raw);
  if (istep < 0) istep = stair.length - 1;
  const closeTo = (ms: number, edge: number, step: number) => {
    const tol = offset > 0 ? Math.max(1e-10, 10 ** (Math.log10(Math.abs(offset) / step) - 12)) : 1e-10;
    return Math.abs(ms - edge) < tol;
  };
  let ticks: number[] = [];
  for (let k = istep; k >= 0; k--) {
    const step = stair[k] as number;
    const best = Math.floor(lo / step) * step;
    // the integer edges of lo and hi in steps from `best`, tolerant of rounding
    const divmod = (x: number): [number, number] => {
      const d = Math.floor(x / step);
      return [d, x - d * step];
    };
    let [dl, ml] = divmod(lo - best);
    if (closeTo(ml / step, 1, step)) dl += 1;
    let [dh, mh] = divmod(hi - best);
    if (!closeTo(mh / step, 0, step)) dh += 1;
    const out: number[] = [];
    for (let i = dl; i <= dh; i++) out.push(i * step + best);
    ticks = out;
    if (out.filter((v) => v >= lo && v <= hi).length >= minTicks) break;
  }
  return ticks.map((v) => v + offset);
}

/**
 * Builds the scale of one axis over `domain` (data limits, may be reversed) onto pixel `range`.
 *
 * @example
 * ```ts
 * const s = makeScale('linear', [0, 10], [0, 100]);
 * s.map(5); // 50
 * s.ticks(5).map((t) => t.label); // ["0", "2", "4", "6", "8", "10"]
 * ```
 */
export function makeScale(
  name: ScaleName,
  domain: [number, number],
  range: [number, number],
  options: ScaleOptions = {},
): AxisScale {
  if (name === 'log') {
    const base = options.base ?? 10;
    const s = scaleLog().base(base).domain(domain).range(range);
    const [a, b] = affineOf(Math.log(domain[0]), Math.log(domain[1]), range);
    return {
      name,
      map: (v) => (v > 0 ? s(v) : Number.NaN),
      mapArray: (values, out) => affineArray(values, out, a, b, true),
      invert: (px) => s.invert(px),
      offsetLabel: '',
      ticks: () => logTicks(s, base, domain),
    };
  }
  if (name === 'symlog') {
    const c = options.linthresh ?? 1;
    const s = scaleSymlog().constant(c).domain(domain).range(range);
    return {
      name,
      map: (v) => s(v),
      mapArray: (values, out) => {
        for (let i = 0; i < values.length; i++) out[i] = s(values[i] as number);
        return out;
      },
      invert: (px) => s.invert(px),
      offsetLabel: '',
      ticks: () => symlogTicks(s, domain, c),
    };
  }
  if (name === 'time') {
    const s = scaleUtc().domain(domain).range(range);
    const [a, b] = affineOf(domain[0], domain[1], range);
    return {
      name,
      map: (v) => a * v + b,
      mapArray: (values, out) => affineArray(values, out, a, b, false),
      invert: (px) => (a === 0 ? domain[0] : (px - b) / a),
      offsetLabel: '',
      ticks: (count) => {
        const dates = s.ticks(Math.max(2, count));
        const values = dates.map((d) => d.getTime());
        const labels = dateLabels(values);
        return values.map((v, i) => ({ value: v, px: a * v + b, label: labels[i] as string, minor: false }));
      },
    };
  }
  const s = scaleLinear().domain(domain).range(range);
  let offsetLabel = '';
  const [a, b] = affineOf(domain[0], domain[1], range);
  return {
    name,
    map: (v) => s(v),
    mapArray: (values, out) => affineArray(values, out, a, b, false),
    invert: (px) => s.invert(px),
    get offsetLabel() {
      return offsetLabel;
    },
    ticks: (count) => {
      // MaxNLocator's ticks, those within the domain (labels are formatted for the ones shown)
      const lo = Math.min(domain[0], domain[1]);
      const hi = Math.max(domain[0], domain[1]);
      const eps = (hi - lo) * 1e-9;
      const values = maxNLocator(lo, hi, count).filter((v) => v >= lo - eps && v <= hi + eps);
      const { labels, offset } = linearLabels(values);
      offsetLabel = offset;
      const out: Tick[] = values.map((v, i) => ({ value: v, px: s(v), label: labels[i] as string, minor: false }));
      return out;
    },
  };
}

/** px = a·t + b taking [t0, t1] onto the pixel range (a degenerate domain maps to the range's middle). */
/**
 * out[i] = a·v + b (or a·ln v + b, NaN for v ≤ 0): one module-level loop, so the engine optimizes
 * it once for every scale made per frame; typed arrays take a monomorphic path.
 */
function affineArray(values: ArrayLike<number>, out: Float64Array, a: number, b: number, log: boolean): Float64Array {
  const n = values.length;
  if (values instanceof Float64Array) {
    if (log) for (let i = 0; i < n; i++) out[i] = logAffine(values[i] as number, a, b);
    else for (let i = 0; i < n; i++) out[i] = a * (values[i] as number) + b;
    return out;
  }
  if (log) for (let i = 0; i < n; i++) out[i] = logAffine(values[i] as number, a, b);
  else for (let i = 0; i < n; i++) out[i] = a * (values[i] as number) + b;
  return out;
}

function logAffine(v: number, a: number, b: number): number {
  return v > 0 ? a * Math.log(v) + b : Number.NaN;
}

function affineOf(t0: number, t1: number, range: [number, number]): [number, number] {
  if (t1 === t0) return [0, (range[0] + range[1]) / 2];
  const a = (range[1] - range[0]) / (t1 - t0);
  return [a, range[0] - a * t0];
}

function logTicks(s: ScaleContinuousNumeric<number, number>, base: number, domain: [number, number]): Tick[] {
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  if (!(lo > 0) || !(hi > 0)) return [];
  const e0 = Math.floor(Math.log(lo) / Math.log(base) + 1e-9);
  const e1 = Math.ceil(Math.log(hi) / Math.log(base) - 1e-9);
  const decades = e1 - e0;
  // Every decade gets a major tick; with many decades, every k-th (matplotlib's LogLocator numdecs)
  const stride = Math.max(1, Math.ceil(decades / 9));
  const out: Tick[] = [];
  const inside = (v: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  let majorsInside = 0;
  for (let e = e0; e <= e1; e++) {
    const v = base ** e;
    if (e % stride === 0 && inside(v)) {
      out.push({ value: v, px: s(v), label: superscriptPower(base, e), minor: false });
      majorsInside++;
    }
    if (stride === 1 && base === 10) {
      for (let k = 2; k < 10; k++) {
        const m = k * v;
        if (inside(m)) out.push({ value: m, px: s(m), label: '', minor: true });
      }
    }
  }
  // Under two decades in view: label some minor ticks too, as matplotlib's LogFormatter does
  if (majorsInside < 2) {
    for (const t of out) {
      if (t.minor) {
        const e = Math.floor(Math.log10(t.value) + 1e-9);
        const m = Math.round(t.value / 10 ** e);
        if (decades <= 1 || m === 2 || m === 5)
          t.label = `$\\mathrm{${m}\\times10^{${e < 0 ? '-' : ''}${Math.abs(e)}}}$`;
      }
    }
  }
  return out.sort((a, b) => a.value - b.value);
}

function symlogTicks(s: ScaleContinuousNumeric<number, number>, domain: [number, number], c: number): Tick[] {
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  const values: number[] = [];
  if (lo <= 0 && hi >= 0) values.push(0);
  const e0 = Math.floor(Math.log10(c));
  const maxAbs = Math.max(Math.abs(lo), Math.abs(hi));
  const e1 = Math.ceil(Math.log10(Math.max(maxAbs, c)));
  for (let e = e0; e <= e1; e++) {
    const v = 10 ** e;
    if (v <= hi) values.push(v);
    if (-v >= lo) values.push(-v);
  }
  values.sort((a, b) => a - b);
  return values
    .filter((v) => v >= lo && v <= hi)
    .map((v) => {
      if (v === 0) return { value: 0, px: s(0), label: '$\\mathrm{0}$', minor: false };
      const e = Math.round(Math.log10(Math.abs(v)));
      return {
        value: v,
        px: s(v),
        label: `$\\mathrm{${v < 0 ? '-' : ''}10^{${e < 0 ? '-' : ''}${Math.abs(e)}}}$`,
        minor: false,
      };
    });
}
