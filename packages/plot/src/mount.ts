/**
 * A figure live in a page: SVG, or for large data and images a canvas of the data under an SVG of
 * the axes and text, with wheel zoom, drag pan, double-click reset and a hover read-out.
 */
import { ImageArtist } from './artists/image.js';
import type { Figure } from './figure.js';
import { figureControls } from './interact.js';
import { LayeredRenderer, type RegionCache } from './render/layered.js';
import { SVGRenderer } from './render/svg.js';

/** Options of `fig.mount`. */
export interface MountOptions {
  /**
   * 'auto' (default) paints the data on a canvas (axes, ticks and text stay SVG above it) when the
   * figure has over 20 000 points or an image; 'svg' draws it all as SVG
   */
  renderer?: 'auto' | 'svg' | 'canvas';
  /** pan, zoom and read-out (default true) */
  interactive?: boolean;
}

/** What `fig.mount` returns: the element it made, and control of it. */
export interface MountHandle {
  element: HTMLElement;
  renderer: 'svg' | 'canvas';
  /** draws the figure again (after changing it) */
  redraw(): void;
  /** back to the limits it had when mounted */
  reset(): void;
  /** removes the element and its listeners */
  destroy(): void;
  /** milliseconds the last draw took */
  lastDrawMs: number;
}

function pointCount(fig: Figure): number {
  let n = 0;
  for (const ax of fig.axesList) for (const a of ax.artists) n += a.points?.().x.length ?? 0;
  return n;
}

export function mountFigure(fig: Figure, parent: HTMLElement, options: MountOptions = {}): MountHandle {
  const doc = parent.ownerDocument;
  const hasImage = fig.axesList.some((ax) => !ax.colorbarOf && ax.artists.some((a) => a instanceof ImageArtist));
  const kind =
    options.renderer === 'svg' || options.renderer === 'canvas'
      ? options.renderer
      : pointCount(fig) > 20000 || hasImage
        ? 'canvas'
        : 'svg';
  const box = doc.createElement('div');
  box.style.cssText = `position:relative;display:inline-block;max-width:100%;width:${fig.width}px;user-select:none;touch-action:none`;
  let canvas: HTMLCanvasElement | null = null;
  let overlay: HTMLDivElement | null = null;
  if (kind === 'canvas') {
    canvas = doc.createElement('canvas');
    canvas.style.cssText = 'width:100%;height:auto;display:block';
    box.appendChild(canvas);
    overlay = doc.createElement('div');
    overlay.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none';
    box.appendChild(overlay);
  }
  // each Axes' painted data, reused while its limits hold (a pan repaints only the Axes it moves)
  const regions = new Map<object, RegionCache>();
  const tip = doc.createElement('div');
  tip.style.cssText =
    'position:absolute;pointer-events:none;display:none;font:12px DejaVu Sans,sans-serif;background:rgba(255,255,255,0.9);color:#000;border:1px solid #999;border-radius:3px;padding:1px 4px;white-space:nowrap';
  box.appendChild(tip);
  parent.appendChild(box);

  // limits as mounted, for double-click reset
  const controls = figureControls(fig);

  const handle: MountHandle = {
    element: box,
    renderer: kind,
    lastDrawMs: 0,
    redraw() {
      regions.clear();
      draw();
    },
    reset() {
      controls.reset();
      draw();
    },
    destroy() {
      box.remove();
    },
  };

  function draw(): void {
    const t0 = performance.now();
    if (canvas && overlay) {
      const dpr = (doc.defaultView?.devicePixelRatio ?? 1) || 1;
      const w = Math.round(fig.width * dpr);
      const h = Math.round(fig.height * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
        regions.clear();
      }
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const decor = new SVGRenderer(fig.theme.fontFamily);
      fig.render(new LayeredRenderer(ctx, decor, fig.theme.fontFamily, dpr, regions));
      overlay.innerHTML = decor.toString(fig.width, fig.height);
      const svg = overlay.firstElementChild as SVGSVGElement | null;
      if (svg) svg.style.cssText = 'width:100%;height:100%;display:block';
    } else {
      const old = box.querySelector('svg');
      const holder = doc.createElement('div');
      holder.innerHTML = fig.toSVG();
      const svg = holder.querySelector('svg') as SVGSVGElement;
      svg.style.cssText = 'width:100%;height:auto;display:block';
      if (old) old.replaceWith(svg);
      else box.insertBefore(svg, tip);
    }
    handle.lastDrawMs = performance.now() - t0;
  }

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  };

  const toFigure = (e: MouseEvent): [number, number] => {
    const r = box.getBoundingClientRect();
    return [((e.clientX - r.left) * fig.width) / (r.width || 1), ((e.clientY - r.top) * fig.width) / (r.width || 1)];
  };

  draw();
  if (options.interactive === false) return handle;

  box.addEventListener(
    'wheel',
    (e) => {
      const [x, y] = toFigure(e);
      if (!controls.wheel(x, y, e.deltaY)) return;
      e.preventDefault();
      schedule();
    },
    { passive: false },
  );
  let dragging = false;
  box.addEventListener('pointerdown', (e) => {
    const [x, y] = toFigure(e);
    dragging = controls.dragStart(x, y);
    if (dragging) box.setPointerCapture?.(e.pointerId);
  });
  box.addEventListener('pointermove', (e) => {
    const [x, y] = toFigure(e);
    if (dragging && controls.dragMove(x, y)) {
      tip.style.display = 'none';
      schedule();
      return;
    }
    const text = controls.readout(x, y);
    if (text === null) {
      tip.style.display = 'none';
      return;
    }
    const scale = box.getBoundingClientRect().width / fig.width || 1;
    tip.textContent = text;
    tip.style.left = `${x * scale + 12}px`;
    tip.style.top = `${y * scale + 12}px`;
    tip.style.display = 'block';
  });
  const end = () => {
    dragging = false;
    controls.dragEnd();
  };
  box.addEventListener('pointerup', end);
  box.addEventListener('pointercancel', end);
  box.addEventListener('pointerleave', () => {
    tip.style.display = 'none';
  });
  box.addEventListener('dblclick', () => handle.reset());
  return handle;
}
