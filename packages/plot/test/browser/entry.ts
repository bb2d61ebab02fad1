// Page script of the Chromium test: a 50 000-point line beside a scatter, mounted for pan and zoom.
import { subplots } from '../../src/index.js';
import { walkAndCloud } from './data.js';

const { x, walk, cx, cy } = walkAndCloud(50_000, 0);
const { fig, axes } = subplots(1, 2, { width: 900, height: 400 });
axes[0]![0]!.plot(x, walk, { label: 'walk' });
axes[0]![1]!.scatter(cx, cy, { s: 2 });
fig.tightLayout();
Object.assign(globalThis, { fig, axes, view: fig.mount(document.getElementById('root') as HTMLElement) });
