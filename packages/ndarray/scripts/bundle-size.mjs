/**
 * Bundle sizes of @stride/ndarray as a browser application sees them: esbuild bundles a few
 * imports from the package's sources (ESM, minified, browser platform), and the sizes are
 * reported minified and minified + gzip (level 9). Also lists import cycles among the package's
 * modules, from the same bundler's module graph (type-only imports are not edges).
 *
 *   node scripts/bundle-size.mjs          # table
 *   node scripts/bundle-size.mjs --check  # exits 1 when a bundle is above its ceiling or a cycle exists
 *
 * `test/bundle-size.test.ts` runs the same checks. TARGETS are the goals stated in README.md;
 * CEILINGS are what the test enforces today (a ratchet: lower them as the bundles shrink, never
 * raise them without saying why in README.md).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The bundles measured: what an application imports. */
export const CASES = [
  { name: 'array + add + sum (lean entry)', code: `export { array, add, sum } from '${SRC}lean.ts';` },
  { name: 'zeros (lean entry)', code: `export { zeros } from '${SRC}lean.ts';` },
  { name: 'array + add + sum (main entry, with methods)', code: `export { array, add, sum } from '${SRC}index.ts';` },
  { name: 'all of @stride/ndarray', code: `export * from '${SRC}index.ts';` },
];

/** The goals (min + gzip bytes). */
export const TARGETS = {
  'array + add + sum (lean entry)': 35 * 1024,
  'all of @stride/ndarray': 100 * 1024,
};

/** What the test enforces now (min + gzip bytes): today's size plus a small margin. */
export const CEILINGS = {
  'array + add + sum (lean entry)': 30 * 1024,
  'zeros (lean entry)': 12 * 1024,
  'array + add + sum (main entry, with methods)': 62 * 1024,
  'all of @stride/ndarray': 170 * 1024,
};

/** Bundles one case; returns sizes and the bundler's metafile. */
export async function measure(c) {
  const r = await build({
    stdin: { contents: c.code, resolveDir: SRC, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    // The LAPACK module of @stride/wasm is loaded on demand, as a separate file.
    external: ['#stride-lapack'],
    logLevel: 'error',
  });
  const code = r.outputFiles[0].contents;
  return { name: c.name, min: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: r.metafile };
}

/** The import cycles (strongly connected components of more than one module, or a self-import) among this package's source files. */
export function cycles(metafile) {
  const inPkg = (p) => p.startsWith('src/') || p.includes('/ndarray/src/');
  const graph = new Map();
  for (const [file, info] of Object.entries(metafile.inputs)) {
    if (!inPkg(file)) continue;
    graph.set(
      file,
      info.imports.filter((i) => !i.external && inPkg(i.path)).map((i) => i.path),
    );
  }
  // Tarjan's algorithm, iterative.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const out = [];
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, i] = top;
      const next = graph.get(v) ?? [];
      if (i < next.length) {
        top[1]++;
        const w = next[i];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const u = work[work.length - 1][0];
        low.set(u, Math.min(low.get(u), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        const scc = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
      }
    }
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let failed = false;
  for (const c of CASES) {
    const m = await measure(c);
    const target = TARGETS[c.name];
    const ceiling = CEILINGS[c.name];
    const over = ceiling !== undefined && m.gzip > ceiling;
    failed ||= over;
    console.log(
      `${c.name.padEnd(46)} ${kb(m.min).padStart(10)} min ${kb(m.gzip).padStart(9)} min+gzip` +
        (target !== undefined ? `  (target ${kb(target)}${m.gzip <= target ? ', met' : ''})` : '') +
        (over ? `  ABOVE CEILING ${kb(ceiling)}` : ''),
    );
    if (c.name.startsWith('all')) {
      const found = cycles(m.metafile);
      for (const cyc of found) console.log(`import cycle: ${cyc.join(' -> ')}`);
      if (found.length === 0) console.log('no import cycles among the package modules');
      failed ||= found.length > 0;
    }
  }
  if (check && failed) process.exit(1);
}
