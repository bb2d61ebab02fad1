// Times 1e6-point figures: a line and a scatter to SVG and to PNG (median of 3 runs).
//   node scripts/run-ts.mjs scripts/bench-large.ts
import { random } from '@stride/ndarray';
import { subplots } from '../src/index.js';

const n = 1_000_000;
const rng = random.defaultRng(0);
const x = new Float64Array(n).map((_, i) => i / n);
const walk = rng.standardNormal(n).data as Float64Array;
for (let i = 1; i < n; i++) walk[i] = (walk[i - 1] as number) + (walk[i] as number);
const sx = rng.standardNormal(n);
const sy = rng.standardNormal(n);

const median = async (f: () => unknown) => {
  const t: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    await f();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[1] as number;
};

const line = subplots().fig;
line.gca().plot(x, walk);
const scatter = subplots().fig;
scatter.gca().scatter(sx, sy, { s: 4, alpha: 1 });
for (const [name, fig] of [
  ['line 1e6', line],
  ['scatter 1e6', scatter],
] as const) {
  const svgMs = await median(() => fig.toSVG());
  const pngMs = await median(() => fig.toPNG());
  console.log(
    `${name}: toSVG ${svgMs.toFixed(0)} ms (${(fig.toSVG().length / 1024).toFixed(0)} KiB), toPNG ${pngMs.toFixed(0)} ms`,
  );
}
