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

/**
 * The plain-loop measurement (see bench/kernels/plain-loop.mjs): `iters` × `a * 2 + 1` on 1e6
 * float64 inside `tidy`, then written plainly (a synchronous loop, then a task per iteration),
 * each best of 3, in ms. Run by the test through `page.evaluate`, not on load.
 */
async function plainLoop(iters: number): Promise<{ tidy: number; plain: number; plainAsync: number }> {
  const a = nd.arange(1e6).astype('float64');
  const best = async (f: () => unknown): Promise<number> => {
    let b = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      await f();
      b = Math.min(b, performance.now() - t0);
      await new Promise((res) => setTimeout(res, 0));
    }
    return b;
  };
  const tidy = await best(() => {
    for (let i = 0; i < iters; i++) nd.tidy(() => a.multiply(2).add(1).data[7]);
  });
  const plain = await best(() => {
    let b: nd.NDArray | undefined;
    for (let i = 0; i < iters; i++) b = a.multiply(2).add(1);
    return b?.data[7];
  });
  const plainAsync = await best(async () => {
    let b: nd.NDArray | undefined;
    for (let i = 0; i < iters; i++) {
      b = a.multiply(2).add(1);
      await new Promise((res) => setTimeout(res, 0));
    }
    return b?.data[7];
  });
  return { tidy, plain, plainAsync };
}
(globalThis as { plainLoop?: typeof plainLoop }).plainLoop = plainLoop;
