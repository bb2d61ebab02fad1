/**
 * @stride/plot — matplotlib's figure/axes model for TypeScript: figures to SVG and PNG with no
 * DOM, and interactive in a page.
 * @packageDocumentation
 */
export { Axes } from './axes.js';
export type { GridOptions, LabelOptions } from './axes.js';
export { Figure, figure, subplots } from './figure.js';
export type { FigureOptions, SubplotParams, SubplotsOptions, SuptitleOptions, TightLayoutOptions } from './figure.js';
export { DEFAULT_CYCLE, toRGBA } from './color.js';
export type { Color, RGBA } from './color.js';
export { COLORMAP_NAMES, Colormap, LogNorm, Normalize, getCmap } from './colormap.js';
export type { ScalarMappable } from './colormap.js';
export { DARK_THEME, DEFAULT_THEME, rcParams, useTheme } from './theme.js';
export type { Theme } from './theme.js';
export { ArgumentError, ShapeError, ValueError } from './errors.js';
export { LEGEND_LOCS } from './legend.js';
export type { LegendLoc, LegendOptions } from './legend.js';
export { LINESTYLE_NAMES, MARKER_NAMES, dashPattern, markerSpec, parseFmt } from './style.js';
export type { FormatSpec, LineStyle, MarkerName } from './style.js';
export { SCALE_NAMES } from './scale.js';
export { useTeX } from './tex.js';
export type { ScaleName, ScaleOptions } from './scale.js';
export type { PlotData } from './data.js';
export type { BarOptions, FillBetweenOptions, HistOptions } from './plots/bars.js';
export type { ErrorbarOptions, LineOptions, RefLineOptions, StemOptions } from './plots/lines.js';
export type { ScatterOptions } from './plots/scatter.js';
export type { AnnotateOptions, TextOptions } from './plots/text.js';
export type { Line2D } from './artists/line.js';
export type { FillBetween, PolygonCollection } from './artists/patches.js';
export type { Scatter } from './artists/scatter.js';
export type { Annotation, TextArtist } from './artists/text.js';
export type { MountHandle, MountOptions } from './mount.js';
export { figureControls, panLimits, wheelFactor, zoomLimits } from './interact.js';
export type { AxisView, FigureControls } from './interact.js';
export type { ColorbarOptions } from './plots/colorbar.js';
export type {
  ContourOptions,
  HexbinOptions,
  ImshowOptions,
  MappableOptions,
  PcolormeshOptions,
  QuiverOptions,
} from './plots/grid.js';
export type { BoxplotOptions, PieOptions, ViolinplotOptions } from './plots/stats.js';
export type { ImageArtist } from './artists/image.js';
export type { Quiver, Wedge } from './artists/wedges.js';
export type { Artist } from './artists/artist.js';
