// Pan/zoom/hover arithmetic and large-data reductions, without a DOM.
import { random } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decimateColumns, dedupePixels, isSortedFinite, visibleRange } from '../src/artists/line.js';
import { rasterDiscs } from '../src/artists/scatter.js';
import type { Renderer } from '../src/render/renderer.js';
import { makeScale } from '../src/scale.js';
import { subplots } from '../src/index.js';
import { axesAt, axisViews, nearestPoint, panLimits, wheelFactor, zoomLimits } from '../src/interact.js';

describe('pan and zoom', () => {
  it('dragging 10% of the axes width to the right moves the x limits left by 10% of the span', () => {
    const { fig, ax } = subplots();
    ax.setXlim(0, 10).setYlim(0, 1);
    const L = fig.currentLayout().get(ax)!;
    const v = axisViews(L);
    const [lo, hi] = panLimits(v.x, L.box.width / 10);
    expect(lo).toBeCloseTo(-1, 12);
    expect(hi).toBeCloseTo(9, 12);
    // dragging down moves y up (the data follows the pointer)
    const [ylo, yhi] = panLimits(v.y, L.box.height / 10);
    expect(ylo).toBeCloseTo(0.1, 12);
    expect(yhi).toBeCloseTo(1.1, 12);
  });

  it('zooming keeps the data under the pointer in place, on a log axis too', () => {
    const { fig, ax } = subplots();
    ax.setXscale('log').setXlim(1, 1000);
    const L = fig.currentLayout().get(ax)!;
    const v = axisViews(L);
    const px = L.t.x.map(10);
    const [lo, hi] = zoomLimits(v.x, px, 0.5);
    // halving the span in log space around 10: 10^0.5 .. 10^2
    expect(Math.log10(lo)).toBeCloseTo(0.5, 10);
    expect(Math.log10(hi)).toBeCloseTo(2, 10);
    expect(wheelFactor(100)).toBeCloseTo(1.1, 12);
    expect(wheelFactor(-100)).toBeCloseTo(1 / 1.1, 12);
  });

  it('axesAt finds the Axes under a pixel; nearestPoint reads the closest data point', () => {
    const { fig, axes } = subplots(1, 2);
    axes[0]![1]!.plot([0, 1, 2], [0, 1, 4], { label: 'squares' });
    const layouts = fig.currentLayout();
    const L = layouts.get(axes[0]![1]!)!;
    const x = L.t.x.map(1) + 3;
    const y = L.t.y.map(1) - 2;
    expect(axesAt(layouts, x, y)).toBe(axes[0]![1]);
    expect(axesAt(layouts, 1, 1)).toBeNull();
    const hit = nearestPoint(axes[0]![1]!, L, x, y)!;
    expect([hit.x, hit.y, hit.label]).toEqual([1, 1, 'squares']);
    expect(hit.distance).toBeCloseTo(Math.hypot(3, 2), 12);
  });
});

describe('large data', () => {
  it('decimateColumns keeps first, min, max and last per pixel column and NaN gaps', () => {
    const px = Float64Array.of(0.1, 0.2, 0.3, 0.4, 1.5, Number.NaN, 2.5);
    const py = Float64Array.of(5, 1, 9, 4, 3, 0, 2);
    const { x, y } = decimateColumns(px, py);
    expect(Array.from(y)).toEqual([5, 1, 9, 4, 3, Number.NaN, 2]);
    expect(x.length).toBe(7);
    const n = 1_000_000;
    const big = decimateColumns(
      Float64Array.from({ length: n }, (_, i) => (i / n) * 500),
      Float64Array.from({ length: n }, (_, i) => Math.sin(i)),
    );
    expect(big.x.length).toBeLessThanOrEqual(4 * 500);
  });

  it('sorted x data: the visible index range, one point beyond each limit', () => {
    expect(isSortedFinite([0, 1, 1, 2])).toBe(true);
    expect(isSortedFinite([0, Number.NaN, 2])).toBe(false);
    expect(isSortedFinite([1, 0])).toBe(false);
    expect(visibleRange([0, 1, 2, 3, 4, 5], 1.5, 3.5)).toEqual([1, 5]);
    expect(visibleRange([0, 1, 2], -5, -4)).toEqual([0, 1]);
  });

  it('rasterDiscs keeps density: n stacked points of alpha a reach 1 − (1 − a)^n', () => {
    const box = { x: 0, y: 0, width: 20, height: 10 };
    const t = { x: makeScale('linear', [0, 20], [0, 20]), y: makeScale('linear', [0, 10], [10, 0]), box, pt: 1 };
    let img: Uint8ClampedArray | null = null;
    const r = { image: (_rect: unknown, rgba: Uint8ClampedArray) => (img = rgba) } as unknown as Renderer;
    // one point at (5.5, 5.5) px, ten at (15.5, 5.5) px
    const px = Float64Array.from({ length: 11 }, (_, i) => (i === 0 ? 5.5 : 15.5));
    const py = new Float64Array(11).fill(5.5);
    rasterDiscs(r, t, px, py, [4], [[1, 0, 0, 0.5]], 1, 1);
    const alpha = (x: number, y: number) => (img as unknown as Uint8ClampedArray)[(y * 20 + x) * 4 + 3] as number;
    expect(alpha(5, 5)).toBe(Math.round(0.5 * 255));
    expect(alpha(15, 5)).toBe(Math.round((1 - 0.5 ** 10) * 255));
    expect(alpha(10, 5)).toBe(0);
  });

  it('opaque discs through the distance transform match stamped discs', () => {
    const box = { x: 0, y: 0, width: 120, height: 90 };
    const t = { x: makeScale('linear', [0, 120], [0, 120]), y: makeScale('linear', [0, 90], [90, 0]), box, pt: 1 };
    const paint = (alpha: number) => {
      let img: Uint8ClampedArray | null = null;
      const r = { image: (_rect: unknown, rgba: Uint8ClampedArray) => (img = rgba) } as unknown as Renderer;
      const rng = random.defaultRng(3);
      const px = Float64Array.from(rng.uniform(0, 120, 300).data as Float64Array);
      const py = Float64Array.from(rng.uniform(0, 90, 300).data as Float64Array);
      rasterDiscs(r, t, px, py, [7], [[0.2, 0.4, 0.6, alpha]], 1, 2);
      return img as unknown as Uint8ClampedArray;
    };
    const fast = paint(1);
    const stamped = paint(0.999999);
    let off = 0;
    for (let i = 3; i < fast.length; i += 4) {
      const d = Math.abs((fast[i] as number) - (stamped[i] as number));
      if (d > 64) off++;
    }
    // the same union of discs: only anti-aliased rims where two discs overlap differ
    expect(off / (fast.length / 4)).toBeLessThan(0.01);
  });

  it('dedupePixels keeps the last point per pixel, in drawing order', () => {
    const px = Float64Array.of(1.2, 1.7, 3.1, 1.4);
    const py = Float64Array.of(1.1, 1.9, 1.0, 1.5);
    expect(Array.from(dedupePixels(px, py, { x: 0, y: 0, width: 10, height: 10 }))).toEqual([2, 3]);
  });
});

describe('figureControls (pan, zoom, reset, read-out without a DOM)', () => {
  it('wheel zooms the Axes under the pointer, drag pans it, reset restores the limits, readout names the point', async () => {
    const { figureControls } = await import('../src/index.js');
    const { fig, axes } = subplots(1, 2, { sharey: true });
    const left = axes[0]![0]!;
    const right = axes[0]![1]!;
    left.plot([0, 1, 2], [0, 1, 4], { label: 'squares' });
    right.plot([0, 10], [0, 1]);
    const before = [left.xShare.lim, left.yShare.lim, right.xShare.lim].map((l) => [...l]);
    const c = figureControls(fig);
    const L = fig.currentLayout().get(left)!;
    const cx = L.box.x + L.box.width / 2;
    const cy = L.box.y + L.box.height / 2;
    expect(c.wheel(cx, cy, -100)).toBe(true);
    const [lo, hi] = left.xShare.lim as [number, number];
    expect(hi - lo).toBeLessThan(2.2); // zoomed in about the centre (the view spanned 2 plus margins)
    expect(right.yShare.lim).toEqual(left.yShare.lim); // sharey follows
    expect(c.dragStart(cx, cy)).toBe(true);
    expect(c.dragMove(cx + L.box.width / 10, cy)).toBe(true);
    c.dragEnd();
    expect(c.dragMove(cx, cy)).toBe(false);
    expect((left.xShare.lim[0] as number) < lo).toBe(true); // the data followed the pointer right
    expect(c.wheel(-5, -5, 100)).toBe(false); // outside every Axes
    c.reset();
    expect([left.xShare.lim, left.yShare.lim, right.xShare.lim].map((l) => [...l])).toEqual(before);
    const L2 = fig.currentLayout().get(left)!;
    expect(c.readout(L2.t.x.map(1), L2.t.y.map(1))).toBe('squares: x=1, y=1');
    expect(c.readout(0, 0)).toBeNull();
  });

  it('figureControls refuses what is not a figure with a marked TypeError naming the parameter', async () => {
    const { figureControls } = await import('../src/index.js');
    for (const bad of [null, undefined, 3, {}, { axesList: [] }]) {
      expect(() => figureControls(bad as never)).toThrow(TypeError);
      expect(() => figureControls(bad as never)).toThrow(/figureControls: fig must be a Figure/);
    }
  });
});
