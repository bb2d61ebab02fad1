// The figure/axes model: creation, limits, styles, legend, layout and the SVG's determinism.
import { random } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { figure, getCmap, LogNorm, Normalize, parseFmt, subplots, toRGBA, useTheme } from '../src/index.js';
import { measureText } from '../src/text.js';

const paths = (svg: string) => [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1] as string);

describe('figure and subplots', () => {
  it('subplots(2, 3) gives a 2-D axes array and ax = axes[0][0]', () => {
    const { fig, ax, axes } = subplots(2, 3);
    expect(axes.length).toBe(2);
    expect(axes[1]!.length).toBe(3);
    expect(ax).toBe(axes[0]![0]);
    expect(fig.axes.length).toBe(6);
    expect(fig.gca()).toBe(ax);
  });

  it('figure({width, height}) sizes the SVG in pixels; figsize is in inches at dpi', () => {
    expect(figure({ width: 300, height: 200 }).toSVG()).toContain('width="300" height="200"');
    const f = figure({ figsize: [4, 3], dpi: 50 });
    expect([f.width, f.height]).toEqual([200, 150]);
  });

  it('fig.addSubplot(2, 1, 2) takes the lower cell', () => {
    const fig = figure();
    const top = fig.addSubplot(2, 1, 1);
    const bottom = fig.addSubplot(2, 1, 2);
    const L = fig.currentLayout();
    expect(L.get(bottom)!.box.y).toBeGreaterThan(L.get(top)!.box.y + L.get(top)!.box.height);
  });

  it('sharex links limits and hides the upper x tick labels', () => {
    const { axes } = subplots(2, 1, { sharex: true });
    axes[0]![0]!.plot([0, 10], [0, 1]);
    axes[1]![0]!.plot([0, 20], [0, 1]);
    expect(axes[0]![0]!.getXlim()).toEqual(axes[1]![0]!.getXlim());
    expect(axes[0]![0]!.getXlim()).toEqual([-1, 21]);
    expect(axes[0]![0]!.hideXTickLabels).toBe(true);
  });
});

describe('limits and scales', () => {
  it('autoscale adds 5% margins like matplotlib', () => {
    const { ax } = subplots();
    ax.plot([0, 10], [0, 1]);
    expect(ax.getXlim()).toEqual([-0.5, 10.5]);
    const [lo, hi] = ax.getYlim();
    expect(lo).toBeCloseTo(-0.05, 12);
    expect(hi).toBeCloseTo(1.05, 12);
  });

  it('bars stop at 0 (sticky edge) instead of getting a margin below', () => {
    const { ax } = subplots();
    ax.bar([0, 1, 2], [3, 5, 4]);
    expect(ax.getYlim()[0]).toBe(0);
    expect(ax.getYlim()[1]).toBeCloseTo(5.25, 12);
  });

  it('setXlim fixes one end and leaves the other autoscaled', () => {
    const { ax } = subplots();
    ax.plot([0, 10], [0, 1]);
    ax.setXlim({ left: 2 });
    expect(ax.getXlim()).toEqual([2, 10.5]);
  });

  it('log scale masks values <= 0 and puts margins in decades', () => {
    const { fig, ax } = subplots();
    ax.semilogy([0, 1, 2, 3], [0, 1, 10, 100]);
    const [lo, hi] = ax.getYlim();
    expect(Math.log10(lo)).toBeCloseTo(-0.1, 12);
    expect(Math.log10(hi)).toBeCloseTo(2.1, 12);
    expect(fig.toSVG()).toMatch(/<tspan dy="[-\d.]+" font-size="9.72">2<\/tspan>/);
  });

  it('NaN leaves a gap in a line (two subpaths)', () => {
    const { fig, ax } = subplots();
    ax.plot([0, 1, 2, 3, 4], [0, 1, Number.NaN, 1, 0], { color: 'red' });
    const line = paths(fig.toSVG()).find((d) => (d.match(/M/g) ?? []).length === 2);
    expect(line).toBeDefined();
  });
});

describe('styles', () => {
  it("parseFmt('r--o') and parseFmt('C2:')", () => {
    expect(parseFmt('r--o', 'plot')).toEqual({ color: 'r', linestyle: '--', marker: 'o' });
    expect(parseFmt('C2:', 'plot')).toEqual({ color: 'C2', linestyle: ':' });
    expect(() => parseFmt('q', 'plot')).toThrow(/plot: unknown format string "q"/);
  });

  it('colours: names, tab:, CN, hex with alpha, grey levels', () => {
    expect(toRGBA('tab:orange')).toEqual(toRGBA('#ff7f0e'));
    expect(toRGBA('C1')).toEqual(toRGBA('#ff7f0e'));
    expect(toRGBA('#ff000080')[3]).toBeCloseTo(128 / 255, 12);
    expect(toRGBA('0.25')).toEqual([0.25, 0.25, 0.25, 1]);
    expect(() => toRGBA('notacolour')).toThrow(/unknown colour "notacolour"/);
  });

  it('the colour cycle advances per line: C0 then C1', () => {
    const { fig, ax } = subplots();
    ax.plot([0, 1]);
    ax.plot([1, 0]);
    const svg = fig.toSVG();
    expect(svg.indexOf('stroke="#1f77b4"')).toBeLessThan(svg.indexOf('stroke="#ff7f0e"'));
  });

  it('colormaps are matplotlib tables: viridis(0) is #440154, unknown names list the valid ones', () => {
    const c = getCmap('viridis').map(0);
    expect(c.map((v) => Math.round(v * 255))).toEqual([0x44, 0x01, 0x54, 255]);
    expect(getCmap('RdBu_r').map(0)).toEqual(getCmap('RdBu').map(1));
    expect(() => getCmap('viridiss')).toThrow(/valid: .*viridis/);
  });

  it('Normalize and LogNorm', () => {
    expect(new Normalize(0, 4).map(1)).toBe(0.25);
    expect(new LogNorm(1, 1000).map(10)).toBeCloseTo(1 / 3, 14);
    expect(new LogNorm(1, 10).map(-1)).toBeNaN();
  });

  it('the dark theme paints a black figure with white text', () => {
    const svg = subplots({ theme: 'dark' }).fig.toSVG();
    expect(svg).toContain('fill="#000000"');
    useTheme('default');
  });
});

describe('legend', () => {
  it("loc 'best' avoids the data: a line rising to the upper right puts the legend upper left", () => {
    const { fig, ax } = subplots();
    ax.plot([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0, 0, 0, 0, 0, 0, 1, 4, 9, 10], { label: 'rising' });
    ax.legend();
    const L = fig.currentLayout().get(ax)!;
    const svg = fig.toSVG();
    const label = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>rising<\/text>/.exec(svg);
    expect(label).not.toBeNull();
    expect(Number(label![1])).toBeLessThan(L.box.x + L.box.width / 2);
    expect(Number(label![2])).toBeLessThan(L.box.y + L.box.height / 2);
  });
});

describe('tightLayout', () => {
  it('2 × 2 subplots with titles and labels: no decoration overlaps another or leaves the figure', () => {
    const { fig, axes } = subplots(2, 2);
    for (const ax of axes.flat()) {
      ax.plot([0, 1e5], [0, 1e5]);
      ax.setTitle('A fairly long title here');
      ax.setXlabel('x label');
      ax.setYlabel('y label');
    }
    fig.tightLayout();
    const L = fig.currentLayout();
    const rects = [...L.values()].map((l) => ({
      x0: l.box.x - l.extents.left,
      x1: l.box.x + l.box.width + l.extents.right,
      y0: l.box.y - l.extents.top,
      y1: l.box.y + l.box.height + l.extents.bottom,
    }));
    for (const r of rects) {
      expect(r.x0).toBeGreaterThanOrEqual(0);
      expect(r.y0).toBeGreaterThanOrEqual(0);
      expect(r.x1).toBeLessThanOrEqual(fig.width);
      expect(r.y1).toBeLessThanOrEqual(fig.height);
    }
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap).toBe(false);
      }
    }
  });

  it('text is measured with DejaVu Sans metrics: "0" is 0.636 em wide', () => {
    expect(measureText('0', 100).width).toBeCloseTo(63.62, 2);
  });
});

describe('output', () => {
  it('toSVG is deterministic: the same figure gives the same bytes', () => {
    const build = () => {
      const rng = random.defaultRng(1);
      const { fig, ax } = subplots();
      ax.scatter(rng.standardNormal(50), rng.standardNormal(50), { c: rng.random(50) });
      ax.hist(rng.standardNormal(200), 20);
      return fig.toSVG();
    };
    expect(build()).toBe(build());
  });

  it('hist counts come from ndarray.histogram', () => {
    const { ax } = subplots();
    const { n, bins } = ax.hist([1, 2, 2, 3, 3, 3], 3);
    expect(n.toArray()).toEqual([1, 2, 3]);
    expect(bins.toArray()).toEqual([1, 1 + 2 / 3, 1 + 4 / 3, 3]);
  });

  it('a 1e5-point scatter of discs becomes one anti-aliased raster in the SVG', () => {
    const rng = random.defaultRng(5);
    const { fig, ax } = subplots();
    ax.scatter(rng.standardNormal(100_000), rng.standardNormal(100_000), { s: 4 });
    const svg = fig.toSVG();
    expect((svg.match(/<image /g) ?? []).length).toBe(1);
    expect(svg).not.toContain('<use ');
    expect(svg.length).toBeLessThan(400_000);
  });

  it('a 1e5-point line is decimated per pixel column', () => {
    const { fig, ax } = subplots();
    const n = 100_000;
    const x = new Float64Array(n).map((_, i) => i);
    ax.plot(
      x,
      x.map((v) => Math.sin(v / 100)),
    );
    const svg = fig.toSVG();
    expect(svg.length).toBeLessThan(200_000);
  });
});

describe('array inputs', () => {
  it('plot of a strided, reversed float32 view draws what its contiguous copy draws', async () => {
    const { arange, astype, copy } = await import('@stride/ndarray');
    const base = astype(arange(20), 'float32');
    const view = base.index('::-3');
    const draw = (y: unknown) => {
      const f = figure({ width: 320, height: 240 });
      f.gca().plot(y as never);
      return f.toSVG();
    };
    expect(draw(view)).toBe(draw(copy(view)));
    expect(draw(view)).toBe(draw([19, 16, 13, 10, 7, 4, 1]));
  });
});
