// The page's entry: imports the packages (the @stride/linalg import loads the wasm with a
// top-level await), runs the checks and writes them as JSON into the DOM for the test to read.
import * as nd from '@stride/ndarray';
import { type Results, compute } from './compute.js';

// performance.now() counts from navigation: by the time this line runs the bundle is fetched and
// the wasm compiled and instantiated (the @stride/linalg import awaits it).
const loadedMs = performance.now();

function show(state: 'done' | 'error', text: string): void {
  const status = document.getElementById('status');
  const out = document.getElementById('results');
  if (status === null || out === null) throw new Error('index.html lacks #status or #results');
  out.textContent = text;
  const computeMs = performance.now() - loadedMs;
  status.textContent =
    state === 'done' ? `done: loaded in ${loadedMs.toFixed(0)} ms, computed in ${computeMs.toFixed(0)} ms` : 'error';
  status.dataset['state'] = state;
}

// The ndarray heap's kernels compile in the background on a page's main thread: wait for them so
// the heap path (not only the JavaScript fallback) is what gets compared with Node.
await (nd as unknown as { heapReady?: () => Promise<boolean> }).heapReady?.();

try {
  const results: Results = compute();
  const printed = document.getElementById('printed');
  if (printed !== null) printed.textContent = Object.values(results.printing).join('\n\n');
  // Valid JSON with one top-level key a line, so the page stays readable.
  const lines = Object.entries(results).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  show('done', `{\n${lines.join(',\n')}\n}`);
} catch (e) {
  show('error', e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));
}
