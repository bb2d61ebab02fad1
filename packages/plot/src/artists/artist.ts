/** What every drawable thing in an Axes provides: data bounds for autoscaling, drawing, a legend sample, points to avoid. */
import type { RGBA } from '../color.js';
import type { Renderer, Rect } from '../render/renderer.js';
import type { AxisScale } from '../scale.js';

/** The mapping from data to figure pixels inside one Axes. */
export interface Transform {
  x: AxisScale;
  y: AxisScale;
  box: Rect;
  /** pixels per point (dpi / 72) */
  pt: number;
}

/** Data bounds of an artist, and values the autoscaled limits may not go past (bars stop at 0). */
export interface Bounds {
  x: [number, number] | null;
  y: [number, number] | null;
  stickyX?: number[];
  stickyY?: number[];
}

/** A legend sample: what the legend draws left of the label. */
export interface LegendSample {
  line?: { color: RGBA; width: number; dash: readonly number[] | null };
  marker?: { name: string; size: number; fill: RGBA | null; edge: RGBA | null; edgeWidth: number };
  patch?: { fill: RGBA | null; edge: RGBA | null; edgeWidth: number };
}

/** A drawable element of an Axes. */
export interface Artist {
  zorder: number;
  label?: string;
  /** Data extent for autoscaling (positive-only variant for log axes). */
  bounds(logX: boolean, logY: boolean): Bounds;
  draw(r: Renderer, t: Transform): void;
  legend?(): LegendSample;
  /** Data points that a legend at 'best' should avoid, and the hover read-out searches. */
  points?(): { x: ArrayLike<number>; y: ArrayLike<number> };
  /** Drawn outside the axes' clip rectangle (text, annotations). */
  unclipped?: boolean;
}

/** Union of two optional intervals. */
export function union(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
