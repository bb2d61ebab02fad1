/** Colormaps as data (matplotlib's tables), and the norms that map values onto them. */
import { ValueError, argumentError } from '@stride/ndarray';
import { type Color, type RGBA, toRGBA } from './color.js';
import { unknownName } from './errors.js';
import { COLORMAP_DATA } from './generated/colormaps.generated.js';

/**
 * A lookup table of colours; `map(t)` for t in 0..1 (NaN → the "bad" colour, outside → under/over).
 *
 * @example
 * ```ts
 * const v = getCmap('viridis');
 * v.map(0); // [0.26666666666666666, 0.00392156862745098, 0.32941176470588235, 1]
 * v.N;      // 256
 * ```
 */
export class Colormap {
  readonly N: number;
  under: RGBA | null = null;
  over: RGBA | null = null;
  bad: RGBA = [0, 0, 0, 0];

  constructor(
    readonly name: string,
    /** RGB triplets in 0..255 */
    readonly lut: Uint8Array,
    readonly qualitative = false,
  ) {
    this.N = lut.length / 3;
  }

  /** The colour at t in 0..1. */
  map(t: number): RGBA {
    const out: RGBA = [0, 0, 0, 1];
    this.mapInto(t, out, 0);
    return out;
  }

  /** Writes the colour at t as 0..1 RGBA into `out[o..o+3]`. */
  mapInto(t: number, out: number[] | Float64Array, o: number): void {
    let c: RGBA | null = null;
    if (Number.isNaN(t)) c = this.bad;
    else if (t < 0 && this.under) c = this.under;
    else if (t > 1 && this.over) c = this.over;
    if (c) {
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = c[3];
      return;
    }
    const i = Math.min(this.N - 1, Math.max(0, Math.floor(t * this.N))) * 3;
    out[o] = (this.lut[i] as number) / 255;
    out[o + 1] = (this.lut[i + 1] as number) / 255;
    out[o + 2] = (this.lut[i + 2] as number) / 255;
    out[o + 3] = 1;
  }

  /** The same map backwards (`'viridis_r'`). */
  reversed(): Colormap {
    const n = this.N;
    const lut = new Uint8Array(n * 3);
    for (let i = 0; i < n; i++) lut.set(this.lut.subarray((n - 1 - i) * 3, (n - i) * 3), i * 3);
    const name = this.name.endsWith('_r') ? this.name.slice(0, -2) : `${this.name}_r`;
    return new Colormap(name, lut, this.qualitative);
  }

  /** A copy with colours for values under/over the range and for NaN. */
  withExtremes(options: { under?: Color; over?: Color; bad?: Color }): Colormap {
    const c = new Colormap(this.name, this.lut, this.qualitative);
    c.under = options.under !== undefined ? toRGBA(options.under) : this.under;
    c.over = options.over !== undefined ? toRGBA(options.over) : this.over;
    c.bad = options.bad !== undefined ? toRGBA(options.bad) : this.bad;
    return c;
  }
}

const cache = new Map<string, Colormap>();

/**
 * Names of the built-in colormaps (each also available reversed with `_r`).
 *
 * @example
 * ```ts
 * COLORMAP_NAMES.includes('twilight'); // true
 * ```
 */
export const COLORMAP_NAMES: readonly string[] = Object.keys(COLORMAP_DATA);

/**
 * A built-in colormap by name (`'viridis'`, `'magma'`, `'RdBu_r'`, …), or the Colormap given.
 *
 * @throws ValueError listing the valid names for an unknown one
 *
 * @example
 * ```ts
 * getCmap('gray').map(1); // [1, 1, 1, 1]
 * getCmap('gray_r').map(1); // [0, 0, 0, 1]
 * getCmap('nope'); // throws ValueError
 * ```
 */
export function getCmap(name: string | Colormap, fn = 'getCmap'): Colormap {
  if (name instanceof Colormap) return name;
  if (typeof name !== 'string') throw argumentError(fn, 'cmap', 'a colormap name or a Colormap', name);
  const hit = cache.get(name);
  if (hit) return hit;
  let cm: Colormap;
  const base = name.endsWith('_r') ? name.slice(0, -2) : name;
  const entry = COLORMAP_DATA[base];
  if (entry === undefined) throw unknownName(fn, 'colormap', name, COLORMAP_NAMES);
  const hex = entry[1];
  const lut = new Uint8Array(hex.length / 2);
  for (let i = 0; i < lut.length; i++) lut[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  cm = new Colormap(base, lut, entry[0] === 'qualitative');
  if (base !== name) cm = cm.reversed();
  cache.set(name, cm);
  return cm;
}

/**
 * Linear mapping of [vmin, vmax] onto 0..1 (matplotlib's `Normalize`); limits left undefined are
 * taken from the data the first time it is autoscaled.
 *
 * @example
 * ```ts
 * new Normalize(0, 10).map(2.5); // 0.25
 * ```
 */
export class Normalize {
  constructor(
    public vmin?: number,
    public vmax?: number,
    public clip = false,
  ) {
    if (vmin !== undefined && typeof vmin !== 'number') throw argumentError('Normalize', 'vmin', 'a number', vmin);
    if (vmax !== undefined && typeof vmax !== 'number') throw argumentError('Normalize', 'vmax', 'a number', vmax);
  }

  /** Sets undefined limits from the finite values of the data. */
  autoscale(values: ArrayLike<number>): void {
    if (this.vmin !== undefined && this.vmax !== undefined) return;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (!this.accepts(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    this.vmin ??= lo;
    this.vmax ??= hi;
  }

  protected accepts(v: number): boolean {
    return Number.isFinite(v);
  }

  map(v: number): number {
    const lo = this.vmin ?? 0;
    const hi = this.vmax ?? 1;
    if (lo > hi) throw new ValueError(`Normalize: vmin must be <= vmax, got ${lo} and ${hi}`);
    const t = hi === lo ? 0 : (v - lo) / (hi - lo);
    return this.clip ? Math.min(1, Math.max(0, t)) : t;
  }

  /** The inverse mapping (for colorbar ticks). */
  inverse(t: number): number {
    const lo = this.vmin ?? 0;
    const hi = this.vmax ?? 1;
    return lo + t * (hi - lo);
  }

  /** The scale a colorbar of this norm uses. */
  get scale(): 'linear' | 'log' {
    return 'linear';
  }
}

/**
 * Logarithmic mapping (matplotlib's `LogNorm`); values ≤ 0 are masked (drawn in the "bad" colour).
 *
 * @example
 * ```ts
 * new LogNorm(1, 100).map(10); // 0.5
 * ```
 */
export class LogNorm extends Normalize {
  protected override accepts(v: number): boolean {
    return Number.isFinite(v) && v > 0;
  }

  override map(v: number): number {
    if (!(v > 0)) return Number.NaN;
    const lo = this.vmin ?? 1;
    const hi = this.vmax ?? 10;
    if (!(lo > 0) || !(hi > 0)) throw new ValueError(`LogNorm: vmin and vmax must be positive, got ${lo} and ${hi}`);
    const t = lo === hi ? 0 : (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
    return this.clip ? Math.min(1, Math.max(0, t)) : t;
  }

  override inverse(t: number): number {
    const lo = this.vmin ?? 1;
    const hi = this.vmax ?? 10;
    return Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)));
  }

  override get scale(): 'linear' | 'log' {
    return 'log';
  }
}

/** A colormap and a norm together: what a colorbar needs from an image, a scatter or a contour set. */
export interface ScalarMappable {
  cmap: Colormap;
  norm: Normalize;
  /** Discrete levels (contourf), drawn as bands on the colorbar. */
  levels?: readonly number[];
}
