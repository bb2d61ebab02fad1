// A 1e6-point figure rendered to SVG or PNG: a random-walk line or a uniform scatter of discs,
// 640 x 480 at 100 dpi. The figure is built in setup (not timed); a run is the render alone
// (@stride/plot's toSVG / toPNG, matplotlib's savefig to memory). The result is the axes' view
// limits after rendering (x0, x1, y0, y1: the data's extent plus matplotlib's 5% margins).
// @ts-check
import { f64, fmtN } from './util.js';

/** The figures, by the `k` size parameter: plot kind and output format. */
export const PLOT_RENDERS = /** @type {const} */ ([
  ['line', 'svg'],
  ['line', 'png'],
  ['scatter', 'svg'],
  ['scatter', 'png'],
]);

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'plot/render',
  name: (p) => {
    const [kind, format] = PLOT_RENDERS[p.k ?? 0] ?? PLOT_RENDERS[0];
    return `plot/render ${kind} to ${format} n=${fmtN(p.n ?? 0)}`;
  },
  sizes: {
    full: PLOT_RENDERS.map((_, k) => ({ k, n: 1_000_000 })),
    quick: PLOT_RENDERS.map((_, k) => ({ k, n: 100_000 })),
  },
  inputs: ({ n = 0 }, rng) => {
    const x = new Float64Array(n);
    const walk = rng.uniform(n, -0.5, 0.5);
    for (let i = 0; i < n; i++) x[i] = i / n;
    for (let i = 1; i < n; i++) walk[i] = (walk[i - 1] ?? 0) + (walk[i] ?? 0);
    return {
      x: f64(x, [n]),
      y: f64(walk, [n]),
      sx: f64(rng.uniform(n), [n]),
      sy: f64(rng.uniform(n), [n]),
    };
  },
  tol: { float64: 1e-9, float32: 1e-5 },
  result: 'the axes view limits x0, x1, y0, y1',
};
