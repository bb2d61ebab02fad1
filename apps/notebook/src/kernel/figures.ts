// Figures a cell shows stay live in the engine, so the front end can pan, zoom and read them out
// like `fig.mount` does in a page: the shown SVG carries `data-stride-figure="<id>"`, the front end
// sends pointer gestures in the figure's pixel coordinates, the engine moves the figure's limits
// through @stride/plot's `figureControls` and answers with the redrawn SVG. The last 32 figures
// stay live (older ones, or ones from before a restart, answer `known: false`).
import type { MimeBundle } from './display.js';

/** What @stride/plot's `figureControls(fig)` returns (structural: no import of the package here). */
export interface Controls {
  wheel(x: number, y: number, deltaY: number): boolean;
  dragStart(x: number, y: number): boolean;
  dragMove(x: number, y: number): boolean;
  dragEnd(): void;
  reset(): void;
  readout(x: number, y: number): string | null;
}

/** A gesture on a figure, in its pixel coordinates. */
export type FigureAction =
  | { action: 'wheel'; x: number; y: number; deltaY: number }
  | { action: 'dragStart' | 'dragMove' | 'readout'; x: number; y: number }
  | { action: 'dragEnd' | 'reset' };

/** The engine's answer: the redrawn SVG when the view changed, the read-out for 'readout'. */
export interface FigureView {
  known: boolean;
  svg: string | null;
  readout: string | null;
}

interface Live {
  fig: { toSVG(): string };
  controls: Controls | null;
}

const ATTR = 'data-stride-figure';

/** A figure @stride/plot can control: an SVG, its Axes and their layout. */
function controllable(v: unknown): v is { toSVG(): string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o['toSVG'] === 'function' && typeof o['currentLayout'] === 'function' && Array.isArray(o['axesList']);
}

export class FigureRegistry {
  private readonly live = new Map<string, Live>();
  private next = 0;

  constructor(
    /** Unique to this engine, so ids in a saved notebook never name another engine's figure. */
    private readonly prefix: string,
    /** @stride/plot's `figureControls`, once Stride is loaded (null when it has none). */
    private readonly factory: () => Promise<((fig: object) => Controls) | null>,
    private readonly max = 32,
  ) {}

  /** The bundle of a shown value, its SVG tagged when the value is a controllable figure. */
  tag(value: unknown, bundle: MimeBundle | null): MimeBundle | null {
    const svg = bundle?.['image/svg+xml'];
    if (bundle === null || svg === undefined || !controllable(value) || !svg.startsWith('<svg ')) return bundle;
    const id = `${this.prefix}-${++this.next}`;
    this.live.set(id, { fig: value, controls: null });
    while (this.live.size > this.max) this.live.delete(this.live.keys().next().value as string);
    return { ...bundle, 'image/svg+xml': withId(svg, id) };
  }

  /** Applies a gesture; the SVG comes back when the limits moved. */
  async act(id: string, a: FigureAction): Promise<FigureView> {
    const entry = this.live.get(id);
    if (entry === undefined) return { known: false, svg: null, readout: null };
    this.live.delete(id);
    this.live.set(id, entry); // most recently used last
    if (entry.controls === null) {
      const make = await this.factory();
      if (make === null) return { known: false, svg: null, readout: null };
      entry.controls = make(entry.fig);
    }
    const c = entry.controls;
    let changed = false;
    let readout: string | null = null;
    switch (a.action) {
      case 'wheel':
        changed = c.wheel(a.x, a.y, a.deltaY);
        break;
      case 'dragStart':
        c.dragStart(a.x, a.y);
        break;
      case 'dragMove':
        changed = c.dragMove(a.x, a.y);
        break;
      case 'dragEnd':
        c.dragEnd();
        break;
      case 'reset':
        c.reset();
        changed = true;
        break;
      case 'readout':
        readout = c.readout(a.x, a.y);
        break;
    }
    return { known: true, svg: changed ? withId(entry.fig.toSVG(), id) : null, readout };
  }
}

const withId = (svg: string, id: string): string => `<svg ${ATTR}="${id}" ${svg.slice('<svg '.length)}`;
