/** The drawing contract between artists and outputs (SVG text, a canvas): what an artist may ask for, in figure pixels. */
import type { RGBA } from '../color.js';
import type { TextRun } from '../text.js';

/** The subset of CanvasRenderingContext2D path calls that d3-shape and d3-path speak. */
export interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
  quadraticCurveTo(x1: number, y1: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void;
  rect(x: number, y: number, w: number, h: number): void;
}

/** Fill and stroke of a path; widths and dashes in pixels. `null` draws nothing for that part. */
export interface PathStyle {
  fill?: RGBA | null;
  stroke?: RGBA | null;
  lineWidth?: number;
  dash?: readonly number[] | null;
  lineCap?: 'butt' | 'round' | 'square';
  lineJoin?: 'miter' | 'round' | 'bevel';
  /** no antialiasing (abutting cells without seams) */
  crisp?: boolean;
}

/** Text placement: size in pixels, horizontal anchor, vertical alignment of the text box, rotation in degrees counter-clockwise. */
export interface TextStyle {
  size: number;
  color: RGBA;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'baseline' | 'top' | 'center' | 'bottom';
  rotation?: number;
  weight?: 'normal' | 'bold';
}

/** An axis-aligned rectangle in pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One marker shape drawn at many places: `build` draws it centred on (0, 0) at its size. */
export interface MarkerSpec {
  key: string;
  build: (ctx: PathContext) => void;
  filled: boolean;
}

/** What artists draw through; implemented by the SVG writer and the canvas painter. */
export interface Renderer {
  /** Draws a path built by `build` (d3-shape generators take the context directly). */
  path(build: (ctx: PathContext) => void, style: PathStyle): void;
  /** The same marker at each (x, y); per-point fill colours and scales when given. */
  markers(
    spec: MarkerSpec,
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    style: PathStyle,
    colors?: readonly RGBA[] | null,
    scales?: ArrayLike<number> | null,
  ): void;
  text(x: number, y: number, runs: TextRun[], style: TextStyle): void;
  /** An RGBA raster (row-major from the top) stretched over the rectangle; `smooth` interpolates. */
  image(rect: Rect, rgba: Uint8ClampedArray, width: number, height: number, smooth: boolean): void;
  /** Runs `draw` with everything clipped to `rect`. */
  clip(rect: Rect, draw: () => void): void;
  /** Raster pixels per figure pixel for artists that paint their own rasters (default 2). */
  readonly rasterScale?: number;
  /**
   * Present on layered outputs (a page's canvas of data under an SVG of axes and text): an Axes
   * draws its background, grid and clipped artists inside `region` (they stay within `rect`;
   * `key` names what they depend on, so an unchanged region may be reused), and everything else
   * after `layer('decor')`. A figure's background comes after `layer('data')`.
   */
  region?(owner: object, rect: Rect, key: string, draw: () => void): void;
  /** Switches a layered output to the layer that later calls draw on. */
  layer?(name: 'data' | 'decor'): void;
}
