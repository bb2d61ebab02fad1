// Runs one of this package's TypeScript scripts against the workspace's sources: bundles it with
// esbuild next to itself (so import.meta.url keeps its folder), runs it, removes the bundle.
//   node scripts/run-ts.mjs scripts/render-gallery.ts [args…]
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
const src = resolve(entry);
const packages = resolve(dirname(src), '..', '..');
const out = join(dirname(src), `.${basename(src, '.ts')}.run.mjs`);
await build({
  entryPoints: [src],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  alias: {
    '@stride/ndarray': join(packages, 'ndarray/src/index.ts'),
    '@stride/protocol': join(packages, 'protocol/src/index.ts'),
  },
  external: ['@resvg/resvg-js'],
  logLevel: 'error',
});
process.argv = [process.argv[0], out, ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(out, { force: true });
}
