// Builds the notebook app into dist/ with esbuild:
//   dist/cli.js, dist/engine.js        Node (ESM); npm packages stay external
//   dist/ui/app.js, app.css, katex fonts  the browser front end (CodeMirror 6, markdown-it, KaTeX)
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();
await rm(dist, { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', engine: 'src/kernel/engine.ts' },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Each command's modules in their own chunk: `--help` or the server never load the Jupyter side.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { app: join(root, 'src', 'ui', 'main.ts') },
  outdir: join(dist, 'ui'),
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
  assetNames: 'fonts/[name]',
  logLevel: 'warning',
});
await mkdir(join(dist, 'ui'), { recursive: true });
await cp(join(root, 'src', 'ui', 'index.html'), join(dist, 'ui', 'index.html'));
console.log(`notebook: built dist/ in ${(performance.now() - started).toFixed(0)} ms`);
