// Page script of the large-data Chromium test: a 1e6-point line beside a 1e6-point scatter, mounted.
import { subplots } from '../../src/index.js';
import { walkAndCloud } from './data.js';

const { x, walk, cx, cy } = walkAndCloud(1_000_000, 1);
const { fig, axes } = subplots(1, 2, { width: 900, height: 400 });
axes[0]![0]!.plot(x, walk, { label: 'walk' });
axes[0]![1]!.scatter(cx, cy, { s: 4, label: 'cloud' });
fig.tightLayout();
Object.assign(globalThis, { fig, axes, view: fig.mount(document.getElementById('root') as HTMLElement) });
