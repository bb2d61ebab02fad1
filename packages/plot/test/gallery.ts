// The gallery: one small figure per plot kind, built from seeded data. The snapshot test keeps
// their SVG under test/gallery/, the docs script renders them to PNG beside matplotlib's.
import { linspace, random } from '@stride/ndarray';
import { type Figure, subplots } from '../src/index.js';

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

export const gallery: Record<string, () => Figure> = {
  line: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = range(200, (i) => (i / 199) * 10);
    ax.plot(
      x,
      x.map((v) => Math.sin(v)),
      { label: 'sin(x)' },
    );
    ax.plot(
      x,
      x.map((v) => Math.cos(v)),
      '--',
      { label: 'cos(x)' },
    );
    ax.plot(
      x.filter((_, i) => i % 20 === 0),
      x.filter((_, i) => i % 20 === 0).map((v) => Math.sin(v) * Math.exp(-v / 5)),
      'r-o',
      { label: 'damped' },
    );
    ax.setTitle('Lines, markers, a legend');
    ax.setXlabel('x');
    ax.setYlabel('y');
    ax.legend({ loc: 'lower left' });
    return fig;
  },
  scatter: () => {
    const rng = random.defaultRng(0);
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = rng.standardNormal(200);
    const y = rng.standardNormal(200);
    const c = rng.random(200);
    const s = rng.random(200).toArray() as number[];
    ax.scatter(x, y, { c, s: s.map((v) => 20 + 200 * v), alpha: 0.7, cmap: 'viridis' });
    ax.setTitle('Scatter coloured by value');
    return fig;
  },
  bar: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    ax.bar([0, 1, 2, 3, 4], [5, 7, 3, 8, 6], { label: 'this year' });
    ax.bar([0, 1, 2, 3, 4], [2, 3, 1, 2, 2], { bottom: [5, 7, 3, 8, 6], label: 'last year' });
    ax.setXticks([0, 1, 2, 3, 4], ['north', 'south', 'east', 'west', 'centre']);
    ax.setYlabel('count');
    ax.legend();
    return fig;
  },
  hist: () => {
    const rng = random.defaultRng(1);
    const { fig, ax } = subplots({ width: 480, height: 360 });
    ax.hist(rng.standardNormal(1000), 30, { alpha: 0.7, label: 'N(0, 1)' });
    ax.hist(rng.normal(2, 0.5, 1000), 30, { histtype: 'step', linewidth: 2, label: 'N(2, 0.5)' });
    ax.legend();
    ax.setTitle('Histograms');
    return fig;
  },
  fillBetween: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = range(100, (i) => (i / 99) * 4 * Math.PI);
    const y = x.map(Math.sin);
    ax.plot(x, y, 'k');
    ax.fillBetween(x, y, 0, { where: y.map((v) => v > 0), color: 'C2', alpha: 0.4 });
    ax.fillBetween(x, y, 0, { where: y.map((v) => v < 0), color: 'C3', alpha: 0.4 });
    ax.axhline(0, { color: 'gray', linewidth: 0.8 });
    ax.axvline(Math.PI, { color: 'C1', linestyle: ':' });
    ax.grid(true, { alpha: 0.4 });
    return fig;
  },
  errorbar: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = [1, 2, 3, 4, 5, 6];
    ax.errorbar(x, [2.1, 3.9, 6.2, 7.8, 10.1, 12.2], {
      yerr: [0.4, 0.5, 0.3, 0.6, 0.4, 0.7],
      fmt: 'o',
      capsize: 4,
      label: 'measured',
    });
    ax.plot(
      x,
      x.map((v) => 2 * v),
      'k--',
      { label: 'model' },
    );
    ax.legend();
    ax.setTitle('Error bars with caps');
    return fig;
  },
  stepStem: () => {
    const { fig, axes } = subplots(1, 2, { width: 640, height: 300 });
    const x = range(10, (i) => i);
    const y = [1, 3, 2, 5, 4, 6, 3, 2, 4, 1];
    axes[0]![0]!.step(x, y, { where: 'mid' });
    axes[0]![0]!.setTitle('step');
    axes[0]![1]!.stem(x, y);
    axes[0]![1]!.setTitle('stem');
    fig.tightLayout();
    return fig;
  },
  loglog: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = linspace(0.1, 1000, 200).toArray() as number[];
    ax.loglog(
      x,
      x.map((v) => v ** 2),
      { label: '$x^2$' },
    );
    ax.loglog(
      x,
      x.map((v) => Math.sqrt(v)),
      { label: '$\\sqrt{x}$' },
    );
    ax.grid(true, { which: 'both', alpha: 0.3 });
    ax.legend();
    ax.setXlabel('$x$');
    return fig;
  },
  subplotsTight: () => {
    const { fig, axes } = subplots(2, 2, { width: 640, height: 480, sharex: true });
    const x = range(50, (i) => i / 5);
    axes.flat().forEach((ax, k) => {
      ax.plot(
        x,
        x.map((v) => Math.sin(v + k) * 10 ** (k * 2)),
      );
      ax.setTitle(`panel ${k + 1}`);
      ax.setYlabel('amplitude');
    });
    axes[1]![0]!.setXlabel('time (s)');
    axes[1]![1]!.setXlabel('time (s)');
    fig.suptitle('Shared x, tight layout, large values');
    fig.tightLayout();
    return fig;
  },
  annotate: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = range(100, (i) => i / 10);
    ax.plot(
      x,
      x.map((v) => Math.exp(-((v - 4) ** 2))),
    );
    ax.annotate('peak', [4, 1], { xytext: [6.5, 0.8], arrowprops: { arrowstyle: '->' } });
    ax.text(0.05, 0.9, 'text in axes coordinates', { transform: 'axes' });
    ax.setYlim(0, 1.2);
    return fig;
  },
  dark: () => {
    const { fig, ax } = subplots({ width: 480, height: 360, theme: 'dark' });
    const x = range(100, (i) => i / 10);
    for (let k = 0; k < 4; k++)
      ax.plot(
        x,
        x.map((v) => Math.sin(v + k / 2)),
        { label: `phase ${k}` },
      );
    ax.legend();
    ax.setTitle('Dark theme');
    return fig;
  },
  imshow: () => {
    const { fig, axes } = subplots(1, 2, { width: 640, height: 300 });
    const n = 40;
    const z = range(n, (i) => range(n, (j) => Math.sin(i / 5) * Math.cos(j / 7)));
    const im = axes[0]![0]!.imshow(z, { cmap: 'viridis' });
    axes[0]![0]!.colorbar(im);
    axes[0]![0]!.setTitle('nearest');
    const small = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    const im2 = axes[0]![1]!.imshow(small, {
      cmap: 'magma',
      interpolation: 'bilinear',
      origin: 'lower',
      extent: [0, 3, 0, 3],
    });
    axes[0]![1]!.colorbar(im2, { label: 'value' });
    axes[0]![1]!.setTitle('bilinear, origin lower');
    fig.tightLayout();
    return fig;
  },
  contour: () => {
    const { fig, axes } = subplots(1, 2, { width: 640, height: 300 });
    const xs = linspace(-3, 3, 60).toArray() as number[];
    const ys = linspace(-2, 2, 40).toArray() as number[];
    const z = ys.map((y) => xs.map((x) => (1 - x / 2 + x ** 5 + y ** 3) * Math.exp(-(x ** 2) - y ** 2)));
    const cs = axes[0]![0]!.contourf(xs, ys, z, { levels: 10, cmap: 'RdBu_r' });
    axes[0]![0]!.colorbar(cs);
    axes[0]![0]!.setTitle('contourf');
    axes[0]![1]!.contour(xs, ys, z, { levels: 8, cmap: 'viridis' });
    axes[0]![1]!.setTitle('contour');
    fig.tightLayout();
    return fig;
  },
  pcolormesh: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = range(21, (i) => i / 2);
    const y = range(11, (i) => (i * i) / 10);
    const c = range(10, (i) => range(20, (j) => Math.sin(i / 3) + Math.cos(j / 4)));
    const m = ax.pcolormesh(x, y, c, { cmap: 'coolwarm' });
    ax.colorbar(m);
    ax.setTitle('pcolormesh on a non-uniform grid');
    return fig;
  },
  hexbin: () => {
    const rng = random.defaultRng(2);
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const x = rng.standardNormal(5000).toArray() as number[];
    const y = rng.standardNormal(5000).toArray() as number[];
    const hb = ax.hexbin(
      x,
      x.map((v, i) => v * 0.5 + (y[i] as number)),
      { gridsize: 25, cmap: 'inferno' },
    );
    ax.colorbar(hb, { label: 'count' });
    return fig;
  },
  quiver: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const g = range(11, (i) => -2 + (i * 4) / 10);
    const X: number[] = [];
    const Y: number[] = [];
    for (const y of g)
      for (const x of g) {
        X.push(x);
        Y.push(y);
      }
    const U = Y.map((y) => -y);
    const V = X.map((x) => x);
    ax.quiver(
      X,
      Y,
      U,
      V,
      X.map((x, i) => Math.hypot(x, Y[i] as number)),
    );
    ax.setAspect('equal');
    ax.setTitle('quiver');
    return fig;
  },
  boxViolin: () => {
    const rng = random.defaultRng(3);
    const { fig, axes } = subplots(1, 2, { width: 640, height: 300 });
    const data = [rng.normal(0, 1, 100), rng.normal(1, 0.5, 100), rng.normal(-1, 2, 100)].map(
      (a) => a.toArray() as number[],
    );
    axes[0]![0]!.boxplot(data, { labels: ['a', 'b', 'c'] });
    axes[0]![0]!.setTitle('boxplot');
    axes[0]![1]!.violinplot(data, { showmedians: true });
    axes[0]![1]!.setTitle('violinplot');
    fig.tightLayout();
    return fig;
  },
  pie: () => {
    const { fig, ax } = subplots({ width: 400, height: 400 });
    ax.pie([35, 25, 20, 15, 5], {
      labels: ['apples', 'pears', 'plums', 'figs', 'kiwis'],
      autopct: '%1.1f%%',
      explode: [0.05, 0, 0, 0, 0],
      startangle: 90,
    });
    ax.setTitle('pie');
    return fig;
  },
  twinx: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const t = range(50, (i) => i / 5);
    ax.plot(
      t,
      t.map((v) => Math.exp(v / 3)),
      'C0',
    );
    ax.setYlabel('exp', { color: 'C0' });
    ax.setXlabel('time');
    const ax2 = ax.twinx();
    ax2.plot(
      t,
      t.map((v) => Math.sin(v)),
      'C1',
    );
    ax2.setYlabel('sin', { color: 'C1' });
    fig.tightLayout();
    return fig;
  },
  timeSeries: () => {
    const { fig, ax } = subplots({ width: 480, height: 360 });
    const start = Date.UTC(2024, 0, 1);
    const days = range(120, (i) => i);
    ax.plot(
      days.map((d) => new Date(start + d * 864e5)),
      days.map((d) => Math.sin(d / 9) + d / 30),
      { label: 'level' },
    );
    ax.setTitle('Dates on x: a time scale');
    ax.setYlabel('level');
    fig.tightLayout();
    return fig;
  },
};
