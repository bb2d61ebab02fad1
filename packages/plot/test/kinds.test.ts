// Image, grid, field and distribution plots: limits, mappings and statistics they compute.
import { describe, expect, it } from 'vitest';
import { LogNorm, subplots, ValueError } from '../src/index.js';

describe('imshow and colorbar', () => {
  it("imshow(2 × 3) has extent [-0.5, 2.5, 1.5, -0.5] with origin 'upper' (y runs down)", () => {
    const { ax } = subplots();
    ax.imshow([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(ax.getXlim()).toEqual([-0.5, 2.5]);
    expect(ax.getYlim()).toEqual([1.5, -0.5]);
  });

  it("imshow with origin 'lower' and an extent keeps y upward and embeds a PNG", () => {
    const { fig, ax } = subplots();
    ax.imshow([[0, 1]], { origin: 'lower', extent: [0, 4, 0, 2], interpolation: 'bilinear' });
    expect(ax.getYlim()).toEqual([0, 2]);
    const svg = fig.toSVG();
    expect(svg).toContain('href="data:image/png;base64,');
    expect(svg).not.toContain('image-rendering');
  });

  it('imshow of RGB data (M × N × 3)', () => {
    const { fig, ax } = subplots();
    ax.imshow([
      [
        [1, 0, 0],
        [0, 1, 0],
      ],
    ]);
    expect(fig.toSVG()).toContain('image-rendering="optimizeSpeed"');
  });

  it('colorbar adds an Axes on the right with the norm limits; LogNorm gives a log axis', () => {
    const { fig, ax } = subplots();
    const im = ax.imshow(
      [
        [1, 10],
        [100, 1000],
      ],
      { norm: new LogNorm() },
    );
    const cax = ax.colorbar(im, { label: 'counts' });
    expect(fig.axes.length).toBe(2);
    expect(cax.getYlim()).toEqual([1, 1000]);
    const L = fig.currentLayout();
    expect(L.get(cax)!.box.x).toBeGreaterThan(L.get(ax)!.box.x + L.get(ax)!.box.width);
    expect(() => subplots().ax.colorbar()).toThrow(ValueError);
  });
});

describe('contour, pcolormesh, hexbin, quiver', () => {
  const z = [
    [0, 1, 2, 3],
    [1, 2, 3, 4],
    [2, 3, 4, 5],
  ];

  it('contourf picks nice levels covering the data; contour keeps the interior ones', () => {
    const { ax } = subplots();
    expect(ax.contourf(z, { levels: 5 }).levels).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ax.contour(z, { levels: 5 }).levels).toEqual([1, 2, 3, 4]);
    expect(ax.getXlim()).toEqual([0, 3]);
  });

  it('contour(X, Y, Z) maps grid indices to the coordinates', () => {
    const { ax } = subplots();
    ax.contourf([10, 20, 30, 40], [0, 0.5, 1], z);
    expect(ax.getXlim()).toEqual([10, 40]);
    expect(ax.getYlim()).toEqual([0, 1]);
    expect(() => ax.contour([1, 2], [0, 0.5, 1], z)).toThrow(/X and the columns of Z must have the same length/);
  });

  it('pcolormesh(C) spans [0, ncols] × [0, nrows]; centres give midpoint edges', () => {
    const { ax } = subplots();
    ax.pcolormesh([
      [1, 2],
      [3, 4],
    ]);
    expect(ax.getXlim()).toEqual([0, 2]);
    const b = subplots().ax;
    b.pcolormesh(
      [0, 1, 2],
      [0, 1],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    );
    expect(b.getXlim()).toEqual([-0.5, 2.5]);
  });

  it('hexbin counts every point once', () => {
    const { ax } = subplots();
    const x = Array.from({ length: 500 }, (_, i) => Math.sin(i));
    const y = Array.from({ length: 500 }, (_, i) => Math.cos(i * 1.3));
    const hb = ax.hexbin(x, y, { gridsize: 10 });
    const n = hb.mappable.norm;
    expect(n.vmin).toBeGreaterThanOrEqual(1);
    expect(hb.polygons.length).toBeGreaterThan(10);
  });

  it('quiver draws one arrow per vector', () => {
    const { fig, ax } = subplots();
    ax.quiver([0, 1, 2], [0, 0, 0], [1, 1, 0], [0, 1, 1]);
    const arrows = (fig.toSVG().match(/<path d="M[^"]*Z" fill="#000000"/g) ?? []).length;
    expect(arrows).toBe(3);
  });
});

describe('boxplot, violinplot, pie, twinx', () => {
  it('boxplot statistics follow NumPy percentiles and the 1.5 × IQR whisker rule', () => {
    const { ax } = subplots();
    const s = ax.boxplot([[1, 2, 3, 4, 100]]);
    expect(s.q1).toEqual([2]);
    expect(s.medians).toEqual([3]);
    expect(s.q3).toEqual([4]);
    expect(s.whiskers).toEqual([[1, 4]]);
    expect(s.fliers).toEqual([[100]]);
  });

  it('violinplot needs data in every dataset', () => {
    const { ax } = subplots();
    expect(ax.violinplot([[1, 2, 3]]).bodies.length).toBe(1);
    expect(() => ax.violinplot([[Number.NaN]])).toThrow(/violinplot: every dataset needs at least one finite value/);
  });

  it("pie turns its axes off, makes it square, and formats autopct '%1.1f%%'", () => {
    const { fig, ax } = subplots();
    const { autotexts } = ax.pie([1, 3], { autopct: '%1.1f%%' });
    expect(autotexts.map((t) => t.s)).toEqual(['25.0%', '75.0%']);
    expect(ax.axisOn).toBe(false);
    expect(() => ax.pie([0, 0])).toThrow(/pie: the wedge sizes sum to 0/);
    expect(fig.toSVG()).toContain('75.0%');
  });

  it('twinx shares x with its parent and has its own y', () => {
    const { ax } = subplots();
    ax.plot([0, 10], [0, 1]);
    const t = ax.twinx();
    t.plot([0, 20], [100, 200]);
    expect(ax.getXlim()).toEqual(t.getXlim());
    expect(ax.getXlim()).toEqual([-1, 21]);
    expect(t.getYlim()[0]).toBeCloseTo(95, 12);
  });
});
