// Page script of the Chromium test: a 50 000-point line beside a scatter, mounted for pan and zoom.
import { random } from '@stride/ndarray';
import { subplots } from '../../src/index.js';

const n = 50_000;
const rng = random.defaultRng(0);
const x = new Float64Array(n).map((_, i) => i / n);
const w = rng.standardNormal(n).data as Float64Array;
for (let i = 1; i < n; i++) w[i] = (w[i - 1] as number) + (w[i] as number);
const { fig, axes } = subplots(1, 2, { width: 900, height: 400 });
axes[0]![0]!.plot(x, w, { label: 'walk' });
axes[0]![1]!.scatter(rng.standardNormal(n), rng.standardNormal(n), { s: 2 });
fig.tightLayout();
Object.assign(globalThis, { fig, axes, view: fig.mount(document.getElementById('root') as HTMLElement) });
