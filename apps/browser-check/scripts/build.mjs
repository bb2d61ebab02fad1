// Bundles the browser check into dist/:
//   dist/index.html
//   dist/assets/main.js (+ .map)          esbuild: ESM, es2022, top-level await kept
//   dist/dist-native/stride-lapack.wasm   where @stride/wasm's loader looks for it in a browser
//   dist/assets/kernels.wasm              ndarray's SIMD kernels, where its heap looks for them
// The loader finds the wasm at `new URL('../dist-native/stride-lapack.wasm', import.meta.url)`;
// esbuild leaves `import.meta.url` alone in ESM output, so in the page it is the bundle's URL and
// the wasm must sit at ../dist-native/ relative to assets/main.js.
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const assets = join(dist, 'assets');
/** The path @stride/wasm's loader resolves against the module's URL (src/load.ts, defaultWasmUrl). */
const loaderWasmPath = '../dist-native/stride-lapack.wasm';

const started = performance.now();
await rm(dist, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [join(root, 'src', 'main.ts')],
  outfile: join(assets, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  supported: { 'top-level-await': true },
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
if (result.errors.length > 0) throw new Error('esbuild failed');

const bundlePath = join(assets, 'main.js');
const bundle = await readFile(bundlePath, 'utf8');
if (!bundle.includes(loaderWasmPath)) {
  throw new Error(
    `build: the bundle no longer mentions '${loaderWasmPath}': @stride/wasm's loader changed where it looks ` +
      'for the wasm; update loaderWasmPath in scripts/build.mjs',
  );
}

// The wasm file as @stride/wasm exports it (its dist-native/, built by that package).
const wasmSource = fileURLToPath(import.meta.resolve('@stride/wasm/native/stride-lapack.wasm'));
const wasmTarget = resolve(assets, loaderWasmPath);
if (!wasmTarget.startsWith(dist)) throw new Error(`build: ${loaderWasmPath} resolves outside dist/`);
await mkdir(dirname(wasmTarget), { recursive: true });
await copyFile(wasmSource, wasmTarget);
// ndarray's kernels: `new URL('./kernels.wasm', import.meta.url)`, so beside the bundle.
if (!bundle.includes('"./kernels.wasm"')) {
  throw new Error(
    "build: the bundle no longer mentions './kernels.wasm': update the kernels copy in scripts/build.mjs",
  );
}
const kernelsTarget = join(assets, 'kernels.wasm');
await copyFile(fileURLToPath(import.meta.resolve('@stride/ndarray/kernels.wasm')), kernelsTarget);
await copyFile(join(root, 'src', 'index.html'), join(dist, 'index.html'));

const kib = async (p) => `${((await stat(p)).size / 1024).toFixed(0)} KiB`;
console.log(
  `browser-check: built dist/ in ${(performance.now() - started).toFixed(0)} ms ` +
    `(${relative(root, bundlePath)} ${await kib(bundlePath)}, ${relative(root, wasmTarget)} ${await kib(wasmTarget)})`,
);
