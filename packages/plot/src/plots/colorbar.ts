/** Colour bars: an Axes beside the parent showing a mappable's colormap and norm, with ticks in data units. */
import { ValueError, is, signature } from '@stride/ndarray';
import { Axes, type ColorbarSpec } from '../axes.js';
import type { Artist } from '../artists/artist.js';
import { ImageArtist } from '../artists/image.js';
import { PolygonCollection, rectPolygon } from '../artists/patches.js';
import type { RGBA } from '../color.js';
import type { ScalarMappable } from '../colormap.js';

/** Options of `colorbar`. */
export interface ColorbarOptions {
  label?: string;
  orientation?: 'vertical' | 'horizontal';
  fraction?: number;
  pad?: number;
  shrink?: number;
}

const parseColorbar = signature<ColorbarOptions>('colorbar', [], {
  label: is.string,
  orientation: is.oneOf('vertical', 'horizontal'),
  fraction: is.between(0, 1),
  pad: is.between(0, 1),
  shrink: is.between(0, 1),
});

/** The colour mapping an artist carries (images, colour-mapped scatters, meshes, contour sets), if any. */
export function mappableOf(a: Artist | ScalarMappable | undefined): ScalarMappable | undefined {
  if (!a) return undefined;
  if ('cmap' in a && 'norm' in a) return a as ScalarMappable;
  const direct = (a as { mappable?: ScalarMappable }).mappable;
  if (direct) return direct;
  return (a as { props?: { mappable?: ScalarMappable } }).props?.mappable;
}

/** Adds a colour bar for `mappable` (default: the Axes' last colour-mapped artist) beside `parent`. */
export function colorbar(parent: Axes, mappable: Artist | ScalarMappable | undefined, options: unknown): Axes {
  const o = parseColorbar([options]);
  let m = mappableOf(mappable);
  if (!m && mappable === undefined) {
    for (let i = parent.artists.length - 1; i >= 0 && !m; i--) m = mappableOf(parent.artists[i]);
  }
  if (!m)
    throw new ValueError(
      'colorbar: no colour-mapped artist to show; pass the result of imshow, scatter(c=...), contourf, pcolormesh or hexbin',
    );
  const orientation = o.orientation ?? 'vertical';
  const cax = new Axes(parent.figure, parent.slot);
  const spec: ColorbarSpec = {
    mappable: m,
    axes: cax,
    label: o.label ?? '',
    orientation,
    fraction: o.fraction ?? 0.15,
    pad: o.pad ?? (orientation === 'vertical' ? 0.05 : 0.15),
    shrink: o.shrink ?? 1,
  };
  cax.colorbarOf = spec;
  const { norm, cmap } = m;
  norm.autoscale([]);
  const lo = norm.vmin as number;
  const hi = norm.vmax as number;
  const along = orientation === 'vertical' ? cax.yShare : cax.xShare;
  const across = orientation === 'vertical' ? cax.xShare : cax.yShare;
  across.lim = [0, 1];
  along.lim = [lo, hi === lo ? lo + 1 : hi];
  along.scale = norm.scale;
  if (orientation === 'vertical') {
    cax.ySide = 'right';
    cax.ylabel = spec.label;
  } else cax.xlabel = spec.label;
  if (m.levels && m.levels.length > 1) {
    // discrete bands for contour sets
    const polys: Float64Array[] = [];
    const fills: RGBA[] = [];
    for (let k = 0; k + 1 < m.levels.length; k++) {
      const a = m.levels[k] as number;
      const b = m.levels[k + 1] as number;
      polys.push(orientation === 'vertical' ? rectPolygon(0, a, 1, b) : rectPolygon(a, 0, b, 1));
      fills.push(cmap.map(norm.map((a + b) / 2)));
    }
    along.lim = [m.levels[0] as number, m.levels[m.levels.length - 1] as number];
    cax.add(new PolygonCollection(polys, { fill: null, edge: null, lineWidth: 0 }, fills, 1));
  } else {
    // a 256-step ramp, uniform in the norm's space (so a log bar is uniform in log)
    const n = 256;
    const data = Float64Array.from({ length: n }, (_, i) => norm.inverse((i + 0.5) / n));
    const rows = orientation === 'vertical' ? n : 1;
    const cols = orientation === 'vertical' ? 1 : n;
    const ext: [number, number, number, number] = orientation === 'vertical' ? [0, 1, lo, hi] : [lo, hi, 0, 1];
    cax.add(new ImageArtist({ kind: 'scalar', data, rows, cols, cmap, norm }, ext, 'lower', false, 1, 0));
  }
  parent.colorbars.push(spec);
  parent.figure.axesList.push(cax);
  return cax;
}
