/** Plots of gridded and 2-D data: imshow, pcolormesh, contour/contourf (d3-contour), hexbin (d3-hexbin), quiver. */
import { contours } from 'd3-contour';
import { hexbin as d3hexbin } from 'd3-hexbin';
import { maxNLocator } from '../scale.js';
import { type ArrayInput, ShapeError, ValueError, argumentError, is, signature } from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { ImageArtist, type ImageSource } from '../artists/image.js';
import { Line2D, plainLineProps } from '../artists/line.js';
import { PolygonCollection } from '../artists/patches.js';
import { Quiver } from '../artists/wedges.js';
import type { Color, RGBA } from '../color.js';
import { type Colormap, type Normalize, type ScalarMappable, getCmap } from '../colormap.js';
import { extent, matrix, sameLength, shaped, vector } from '../data.js';
import { dashPattern } from '../style.js';
import { resolveNorm } from './scatter.js';

/** Options shared by the colour-mapped plots. */
export interface MappableOptions {
  cmap?: string | Colormap;
  norm?: Normalize | 'linear' | 'log';
  vmin?: number;
  vmax?: number;
  alpha?: number;
  zorder?: number;
}

const mappableChecks = {
  cmap: is.any,
  norm: is.any,
  vmin: is.finite,
  vmax: is.finite,
  alpha: is.between(0, 1),
  zorder: is.finite,
};

/** Options of `imshow`. */
export interface ImshowOptions extends MappableOptions {
  extent?: [number, number, number, number];
  origin?: 'upper' | 'lower';
  interpolation?: 'nearest' | 'bilinear' | 'none' | 'antialiased';
  aspect?: 'equal' | 'auto' | number;
}

const parseImshow = signature<ImshowOptions>(
  'imshow',
  ['cmap', 'norm', 'aspect', 'interpolation', 'alpha', 'vmin', 'vmax', 'origin', 'extent'],
  {
    ...mappableChecks,
    extent: is.arrayOf(is.finite),
    origin: is.oneOf('upper', 'lower'),
    interpolation: is.oneOf('nearest', 'bilinear', 'none', 'antialiased'),
    aspect: is.any,
  },
);

/** An image artist with the colour mapping a colour bar reads. */
export type ImageResult = ImageArtist & { mappable?: ScalarMappable };

export function imshow(ax: Axes, X: unknown, rest: unknown[]): ImageArtist {
  const fn = 'imshow';
  const o = parseImshow(rest);
  const a = shaped(X, fn, 'X');
  let src: ImageSource;
  const [rows, cols] = [a.shape[0] ?? 0, a.shape[1] ?? 0];
  if (a.shape.length === 2) {
    if (rows === 0 || cols === 0) throw new ShapeError(`${fn}: X must not be empty, got shape [${a.shape.join(', ')}]`);
    const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
    src = { kind: 'scalar', data: a.data, rows, cols, cmap, norm: resolveNorm(fn, o.norm, o.vmin, o.vmax, a.data) };
  } else if (a.shape.length === 3 && (a.shape[2] === 3 || a.shape[2] === 4)) {
    const integer = a.dtype.startsWith('uint8') || a.dtype.startsWith('int');
    src = { kind: 'rgba', data: a.data, rows, cols, channels: a.shape[2] as 3 | 4, scale: integer ? 255 : 1 };
  } else {
    throw new ShapeError(
      `${fn}: X must be 2-D (values) or 3-D with 3 or 4 channels (RGB/RGBA), got shape [${a.shape.join(', ')}]`,
    );
  }
  const origin = o.origin ?? 'upper';
  let ext: [number, number, number, number];
  if (o.extent !== undefined) {
    if (o.extent.length !== 4) throw argumentError(fn, 'extent', 'an array [left, right, bottom, top]', o.extent);
    ext = o.extent as [number, number, number, number];
  } else ext = origin === 'upper' ? [-0.5, cols - 0.5, rows - 0.5, -0.5] : [-0.5, cols - 0.5, -0.5, rows - 0.5];
  const smooth = o.interpolation === 'bilinear';
  const img = new ImageArtist(src, ext, origin, smooth, o.alpha ?? 1, o.zorder ?? 0);
  // matplotlib: the axes take the extent's orientation (y down for origin 'upper') and square pixels
  if (ax.yShare.lim[0] === undefined && ax.yShare.lim[1] === undefined && ext[3] < ext[2]) ax.yShare.inverted = true;
  const aspect = o.aspect ?? 'equal';
  if (aspect !== 'equal' && aspect !== 'auto' && !(typeof aspect === 'number' && aspect > 0)) {
    throw argumentError(fn, 'aspect', '"equal", "auto" or a positive number', aspect);
  }
  ax.setAspect(aspect);
  return ax.add(img);
}

/** Polygons coloured by value through a colormap and norm, as one collection carrying the mapping. */
function mappedCollection(
  ax: Axes,
  polys: Float64Array[],
  values: ArrayLike<number>,
  cmap: Colormap,
  norm: Normalize,
  o: MappableOptions & { edgecolors?: Color; linewidth?: number },
  seams: 'crisp' | 'face',
): PolygonCollection & { mappable: ScalarMappable } {
  const fills = Array.from(values, (v) => {
    const c = cmap.map(norm.map(v));
    if (o.alpha !== undefined) c[3] = o.alpha;
    return c;
  });
  const pt = ax.figure.dpi / 72;
  const edge = o.edgecolors !== undefined ? ax.rgba(o.edgecolors) : null;
  const coll = new PolygonCollection(
    polys,
    { fill: null, edge, lineWidth: (o.linewidth ?? (edge ? 1 : 0)) * pt },
    fills,
    o.zorder ?? 1,
    undefined,
    false,
    seams,
  ) as PolygonCollection & { mappable: ScalarMappable };
  coll.mappable = { cmap, norm };
  return ax.add(coll);
}

/** Cell edges from centres (shading 'nearest') or as given (length n + 1). */
function edgesFrom(v: Float64Array, n: number, fn: string, name: string): Float64Array {
  if (v.length === n + 1) return v;
  if (v.length !== n)
    throw new ShapeError(`${fn}: ${name} must have length ${n + 1} (edges) or ${n} (centres), got ${v.length}`);
  const e = new Float64Array(n + 1);
  for (let i = 1; i < n; i++) e[i] = ((v[i - 1] as number) + (v[i] as number)) / 2;
  e[0] = n > 1 ? (v[0] as number) - ((v[1] as number) - (v[0] as number)) / 2 : (v[0] as number) - 0.5;
  e[n] = n > 1 ? (v[n - 1] as number) + ((v[n - 1] as number) - (v[n - 2] as number)) / 2 : (v[0] as number) + 0.5;
  return e;
}

/** x and y coordinates of a grid given as 1-D vectors or 2-D (meshgrid) arrays of a rectilinear grid. */
function gridAxes(X: unknown, Y: unknown, fn: string): { x: Float64Array; y: Float64Array } {
  const xa = shaped(X, fn, 'X');
  const ya = shaped(Y, fn, 'Y');
  const x = xa.shape.length === 2 ? xa.data.subarray(0, xa.shape[1] as number) : xa.data;
  let y = ya.data;
  if (ya.shape.length === 2) {
    const c = ya.shape[1] as number;
    y = Float64Array.from({ length: ya.shape[0] as number }, (_, i) => ya.data[i * c] as number);
  }
  return { x, y };
}

/** Options of `pcolormesh`. */
export interface PcolormeshOptions extends MappableOptions {
  edgecolors?: Color;
  linewidth?: number;
  shading?: 'flat' | 'nearest' | 'auto';
}

/** Coloured quadrilaterals over a rectilinear grid: `pcolormesh(C)` or `pcolormesh(X, Y, C)`. */
export function pcolormesh(ax: Axes, args: unknown[]): PolygonCollection & { mappable: ScalarMappable } {
  const fn = 'pcolormesh';
  const { arrays, options } = splitArrays(args, fn, [1, 3]);
  const o = signature<PcolormeshOptions>(fn, [], {
    ...mappableChecks,
    edgecolors: is.any,
    linewidth: is.finite,
    shading: is.oneOf('flat', 'nearest', 'auto'),
  })([options]);
  const C = matrix(arrays[arrays.length - 1], fn, 'C');
  let xe: Float64Array;
  let ye: Float64Array;
  if (arrays.length === 3) {
    const { x, y } = gridAxes(arrays[0], arrays[1], fn);
    xe = edgesFrom(x, C.cols, fn, 'X');
    ye = edgesFrom(y, C.rows, fn, 'Y');
  } else {
    xe = Float64Array.from({ length: C.cols + 1 }, (_, i) => i);
    ye = Float64Array.from({ length: C.rows + 1 }, (_, i) => i);
  }
  const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
  const norm = resolveNorm(fn, o.norm, o.vmin, o.vmax, C.data);
  const polys: Float64Array[] = [];
  const values: number[] = [];
  for (let i = 0; i < C.rows; i++) {
    for (let j = 0; j < C.cols; j++) {
      const v = C.data[i * C.cols + j] as number;
      if (!Number.isFinite(v)) continue;
      const x0 = xe[j] as number;
      const x1 = xe[j + 1] as number;
      const y0 = ye[i] as number;
      const y1 = ye[i + 1] as number;
      polys.push(Float64Array.of(x0, y0, x1, y0, x1, y1, x0, y1));
      values.push(v);
    }
  }
  const coll = mappedCollection(ax, polys, values, cmap, norm, o, 'crisp');
  coll.stickyX = [xe[0] as number, xe[xe.length - 1] as number];
  coll.stickyY = [ye[0] as number, ye[ye.length - 1] as number];
  return coll;
}

/** Splits `(arrays..., options?)` and checks the count. */
function splitArrays(args: unknown[], fn: string, counts: number[]): { arrays: unknown[]; options: unknown } {
  const rest = [...args];
  const last = rest[rest.length - 1];
  const options =
    last !== null && typeof last === 'object' && Object.getPrototypeOf(last) === Object.prototype
      ? rest.pop()
      : undefined;
  if (!counts.includes(rest.length)) {
    throw argumentError(fn, 'arguments', `${counts.join(' or ')} arrays before the options`, rest.length);
  }
  return { arrays: rest, options };
}

/** Options of `contour`/`contourf`. */
export interface ContourOptions extends MappableOptions {
  levels?: number | ArrayInput;
  colors?: Color | Color[];
  linewidths?: number;
  linestyles?: string;
}

/** Contour lines (`filled` false) or filled bands over a grid, through d3-contour's marching squares. */
export function contour(
  ax: Axes,
  args: unknown[],
  filled: boolean,
): PolygonCollection & { mappable: ScalarMappable; levels: number[] } {
  const fn = filled ? 'contourf' : 'contour';
  const { arrays, options } = splitArrays(args, fn, [1, 2, 3, 4]);
  // contour(Z), contour(Z, levels), contour(X, Y, Z), contour(X, Y, Z, levels)
  let levelsArg: unknown;
  let zArg: unknown;
  let X: unknown = null;
  let Y: unknown = null;
  if (arrays.length === 1 || arrays.length === 2) {
    zArg = arrays[0];
    levelsArg = arrays[1];
  } else {
    [X, Y, zArg, levelsArg] = arrays;
  }
  const o = signature<ContourOptions>(fn, [], {
    ...mappableChecks,
    levels: is.arrayLike,
    colors: is.any,
    linewidths: is.finite,
    linestyles: is.string,
  })([options]);
  if (levelsArg !== undefined && o.levels !== undefined) throw argumentError(fn, 'levels', 'given once', levelsArg);
  const Z = matrix(zArg, fn, 'Z');
  if (Z.rows < 2 || Z.cols < 2) throw new ShapeError(`${fn}: Z must be at least 2 × 2, got [${Z.rows}, ${Z.cols}]`);
  let xs: Float64Array;
  let ys: Float64Array;
  if (X !== null) {
    ({ x: xs, y: ys } = gridAxes(X, Y, fn));
    sameLength(fn, 'X and the columns of Z', xs.length, Z.cols);
    sameLength(fn, 'Y and the rows of Z', ys.length, Z.rows);
  } else {
    xs = Float64Array.from({ length: Z.cols }, (_, i) => i);
    ys = Float64Array.from({ length: Z.rows }, (_, i) => i);
  }
  const zr = extent(Z.data);
  if (!zr) throw new ValueError(`${fn}: Z has no finite values`);
  let levels: number[];
  const lv = levelsArg ?? o.levels;
  if (lv === undefined || typeof lv === 'number') {
    const n = typeof lv === 'number' ? lv : 7;
    if (!Number.isInteger(n) || n < 1)
      throw new ValueError(`${fn}: levels must be a positive integer or an array, got ${String(lv)}`);
    // matplotlib's choice: MaxNLocator(n + 1) over the data range; filled contours keep the
    // levels that enclose it, lines the ones strictly inside
    const all = maxNLocator(zr[0], zr[1], n + 1, undefined, 1);
    if (filled) {
      let i0 = 0;
      while (i0 + 1 < all.length && (all[i0 + 1] as number) <= zr[0]) i0++;
      let i1 = all.length - 1;
      while (i1 - 1 > i0 && (all[i1 - 1] as number) >= zr[1]) i1--;
      levels = all.slice(i0, i1 + 1);
    } else levels = all.filter((v) => v > zr[0] && v < zr[1]);
  } else {
    levels = Array.from(vector(lv, fn, 'levels'));
    for (let i = 1; i < levels.length; i++) {
      if ((levels[i] as number) <= (levels[i - 1] as number)) throw new ValueError(`${fn}: levels must be increasing`);
    }
  }
  const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
  const norm = resolveNorm(fn, o.norm, o.vmin ?? levels[0], o.vmax ?? levels[levels.length - 1], []);
  const explicit =
    o.colors === undefined
      ? null
      : (Array.isArray(o.colors) ? o.colors : [o.colors]).map((c) => ax.rgba(c as Color, o.alpha));
  // marching squares on the index grid (sample (i, j) at (j + 0.5, i + 0.5)), then index → data coordinates
  const gen = contours().size([Z.cols, Z.rows]);
  const values = Array.from(Z.data, (v) => (Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY));
  const toData = (v: number, axis: Float64Array) => {
    const g = Math.min(axis.length - 1, Math.max(0, v - 0.5));
    const i = Math.min(axis.length - 2, Math.floor(g));
    return (axis[i] as number) + (g - i) * ((axis[i + 1] as number) - (axis[i] as number));
  };
  const onEdge = (v: number, n: number) => v <= 0.5 || v >= n - 0.5;
  const pt = ax.figure.dpi / 72;
  const polys: Float64Array[] = [];
  const fills: RGBA[] = [];
  const nBands = filled ? levels.length - 1 : levels.length;
  for (let k = 0; k < nBands; k++) {
    const lo = levels[k] as number;
    const mid = filled ? (lo + (levels[k + 1] as number)) / 2 : lo;
    const color = explicit ? (explicit[k % explicit.length] as RGBA) : cmap.map(norm.map(mid));
    if (!explicit && o.alpha !== undefined) color[3] = o.alpha;
    const geom = gen.contour(values, lo);
    if (filled) {
      // painter's order: the region above each level, over the one below it
      for (const poly of geom.coordinates) {
        // one path per polygon, its holes included, so the band below shows through them
        const flat: number[] = [];
        poly.forEach((ring, r) => {
          if (r > 0) flat.push(Number.NaN, Number.NaN);
          for (const [x, y] of ring) flat.push(toData(x as number, xs), toData(y as number, ys));
        });
        polys.push(Float64Array.from(flat));
        fills.push(color);
      }
    } else {
      const lx: number[] = [];
      const ly: number[] = [];
      for (const poly of geom.coordinates) {
        for (const ring of poly) {
          // a segment with both ends on the grid's border closes the region; it is not part of the iso-line
          let open = false;
          for (let i = 1; i < ring.length; i++) {
            const [ax0, ay0] = ring[i - 1] as [number, number];
            const [ax1, ay1] = ring[i] as [number, number];
            const border = (onEdge(ax0, Z.cols) || onEdge(ay0, Z.rows)) && (onEdge(ax1, Z.cols) || onEdge(ay1, Z.rows));
            if (border) {
              if (open) {
                lx.push(Number.NaN);
                ly.push(Number.NaN);
                open = false;
              }
              continue;
            }
            if (!open) {
              lx.push(toData(ax0, xs));
              ly.push(toData(ay0, ys));
              open = true;
            }
            lx.push(toData(ax1, xs));
            ly.push(toData(ay1, ys));
          }
          lx.push(Number.NaN);
          ly.push(Number.NaN);
        }
      }
      const dash = o.linestyles !== undefined ? dashPattern(o.linestyles, fn) : null;
      const lw = (o.linewidths ?? 1.5) * pt;
      ax.add(
        new Line2D(Float64Array.from(lx), Float64Array.from(ly), plainLineProps(color, lw, o.zorder ?? 2, { dash })),
      );
    }
  }
  // the filled bands carry the mapping; line contours keep an empty collection for the colour bar and the limits
  const coll = new PolygonCollection(
    polys,
    { fill: null, edge: null, lineWidth: 0 },
    fills,
    o.zorder ?? 1,
    undefined,
    false,
    'face',
  ) as PolygonCollection & {
    mappable: ScalarMappable;
    levels: number[];
  };
  if (!filled) {
    coll.polygons = [
      Float64Array.of(xs[0] as number, ys[0] as number, xs[xs.length - 1] as number, ys[ys.length - 1] as number),
    ];
    coll.fills = [[0, 0, 0, 0]];
  }
  coll.mappable = { cmap, norm, levels };
  coll.levels = levels;
  coll.stickyX = [xs[0] as number, xs[xs.length - 1] as number];
  coll.stickyY = [ys[0] as number, ys[ys.length - 1] as number];
  return ax.add(coll);
}

/** Options of `hexbin`. */
export interface HexbinOptions extends MappableOptions {
  gridsize?: number;
  mincnt?: number;
  C?: ArrayInput;
  bins?: 'log';
  edgecolors?: Color;
  linewidths?: number;
}

/** Counts (or the mean of `C`) in hexagonal cells, through d3-hexbin in a grid normalised to `gridsize` columns. */
export function hexbin(
  ax: Axes,
  xIn: unknown,
  yIn: unknown,
  rest: unknown[],
): PolygonCollection & { mappable: ScalarMappable } {
  const fn = 'hexbin';
  const o = signature<HexbinOptions>(fn, ['C', 'gridsize'], {
    ...mappableChecks,
    gridsize: is.positiveInt,
    mincnt: is.nonNegInt,
    C: is.arrayLike,
    bins: is.oneOf('log'),
    edgecolors: is.any,
    linewidths: is.finite,
  })(rest);
  const x = vector(xIn, fn, 'x', true);
  const y = vector(yIn, fn, 'y', true);
  sameLength(fn, 'x and y', x.length, y.length);
  const C = o.C !== undefined ? vector(o.C, fn, 'C', true) : null;
  if (C) sameLength(fn, 'C and x', C.length, x.length);
  const xr = extent(x) ?? [0, 1];
  const yr = extent(y) ?? [0, 1];
  const nx = o.gridsize ?? 100;
  // cells are regular hexagons in a space where x spans nx columns and y spans nx / √3 rows
  const sx = nx / (xr[1] - xr[0] || 1);
  const sy = nx / Math.sqrt(3) / (yr[1] - yr[0] || 1);
  const radius = 1 / Math.sqrt(3);
  const pts: [number, number, number][] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i] as number) && Number.isFinite(y[i] as number))
      pts.push([((x[i] as number) - xr[0]) * sx, ((y[i] as number) - yr[0]) * sy, i]);
  }
  const gen = d3hexbin<[number, number, number]>().radius(radius);
  const bins = gen(pts);
  const mincnt = o.mincnt ?? (C ? 0 : 1);
  const kept = bins.filter((b) => b.length >= Math.max(1, mincnt));
  const values = kept.map((b) => (C ? b.reduce((s, p) => s + (C[p[2]] as number), 0) / b.length : b.length));
  const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
  const norm = resolveNorm(fn, o.bins === 'log' ? 'log' : o.norm, o.vmin, o.vmax, values);
  const corners = Array.from(
    { length: 6 },
    (_, k) => [radius * Math.sin((k * Math.PI) / 3), -radius * Math.cos((k * Math.PI) / 3)] as const,
  );
  const polys = kept.map((b) => {
    const p = new Float64Array(12);
    corners.forEach(([dx, dy], k) => {
      p[2 * k] = xr[0] + (b.x + dx) / sx;
      p[2 * k + 1] = yr[0] + (b.y + dy) / sy;
    });
    return p;
  });
  return mappedCollection(
    ax,
    polys,
    values,
    cmap,
    norm,
    { ...o, ...(o.linewidths !== undefined ? { linewidth: o.linewidths } : {}) },
    'face',
  );
}

/** Options of `quiver`. */
export interface QuiverOptions extends MappableOptions {
  color?: Color;
  scale?: number;
  width?: number;
}

/** Arrows (U, V) at (X, Y): `quiver(U, V)`, `quiver(X, Y, U, V)` or with colour values `quiver(X, Y, U, V, C)`. */
export function quiver(ax: Axes, args: unknown[]): Quiver {
  const fn = 'quiver';
  const { arrays, options } = splitArrays(args, fn, [2, 3, 4, 5]);
  const o = signature<QuiverOptions>(fn, [], { ...mappableChecks, color: is.any, scale: is.finite, width: is.finite })([
    options,
  ]);
  let X: Float64Array;
  let Y: Float64Array;
  let U: Float64Array;
  let V: Float64Array;
  let Cv: Float64Array | null = null;
  if (arrays.length <= 3) {
    const u = shaped(arrays[0], fn, 'U');
    U = u.data;
    V = shaped(arrays[1], fn, 'V').data;
    const rows = u.shape.length === 2 ? (u.shape[0] as number) : 1;
    const cols = u.shape.length === 2 ? (u.shape[1] as number) : U.length;
    X = Float64Array.from({ length: U.length }, (_, i) => i % cols);
    Y = Float64Array.from({ length: U.length }, (_, i) => Math.floor(i / cols));
    if (rows * cols !== U.length) throw new ShapeError(`${fn}: U must be 1-D or 2-D`);
    if (arrays.length === 3) Cv = vector(arrays[2], fn, 'C', true);
  } else {
    X = vector(arrays[0], fn, 'X', true);
    Y = vector(arrays[1], fn, 'Y', true);
    U = vector(arrays[2], fn, 'U', true);
    V = vector(arrays[3], fn, 'V', true);
    if (arrays.length === 5) Cv = vector(arrays[4], fn, 'C', true);
    // 1-D X and Y of a grid: expand like meshgrid
    if (X.length * Y.length === U.length && X.length !== U.length) {
      const gx = new Float64Array(U.length);
      const gy = new Float64Array(U.length);
      for (let i = 0; i < Y.length; i++) {
        for (let j = 0; j < X.length; j++) {
          gx[i * X.length + j] = X[j] as number;
          gy[i * X.length + j] = Y[i] as number;
        }
      }
      X = gx;
      Y = gy;
    }
  }
  sameLength(fn, 'X, Y, U and V', X.length, Y.length, U.length, V.length);
  let colors: RGBA[];
  if (Cv) {
    sameLength(fn, 'C and U', Cv.length, U.length);
    const cmap = getCmap(o.cmap ?? ax.figure.theme.cmap, fn);
    const norm = resolveNorm(fn, o.norm, o.vmin, o.vmax, Cv);
    colors = Array.from(Cv, (v) => cmap.map(norm.map(v)));
  } else colors = [ax.rgba(o.color ?? ax.figure.theme.textColor, o.alpha)];
  return ax.add(new Quiver(X, Y, U, V, colors, o.scale ?? null, o.width ?? 0.005));
}
