// Compiles native/kernels.c (our WebAssembly SIMD128 kernels) with clang's wasm32 target and
// writes the module beside the loader (src/core/heap.ts) as src/core/kernels.wasm and
// dist/core/kernels.wasm: a file the loader reads (Node) or fetches (browsers), so the JavaScript
// stays small, plus src/core/kernels.generated.ts with the build's hash.
//
// The compiled module is cached outside the repository, keyed by a hash of the source, this
// script and the compiler's version: ${STRIDE_CACHE_DIR:-~/.cache/stride}/kernels/<hash>.wasm.
// clang and wasm-ld (Debian: clang-14, lld-14) are installed with apt when missing.
//
// Usage: node scripts/build-kernels.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(pkg, 'native', 'kernels.c');
const target = join(pkg, 'src', 'core', 'kernels.generated.ts');
const wasmTargets = [join(pkg, 'src', 'core', 'kernels.wasm'), join(pkg, 'dist', 'core', 'kernels.wasm')];

const FLAGS = [
  '--target=wasm32',
  '-O3',
  '-msimd128',
  '-nostdlib',
  '-Wall',
  '-Werror',
  '-Wl,--no-entry',
  // The runtime's layout (@stride/wasm, src/runtime.ts): this module's static data and stack go
  // at the bottom of the one memory, below KERNELS_END (1 MiB), where nothing else is placed.
  '-Wl,--import-memory',
  '-Wl,--global-base=1024',
  '-Wl,--export=__heap_base',
  '-Wl,-z,stack-size=65536',
];
/** KERNELS_END of the runtime: __heap_base must not pass it (checked here and at load). */
const KERNELS_END = 1 << 20;

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

function has(cmd) {
  try {
    run('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
}

function findClang() {
  for (const c of ['clang-14', 'clang']) {
    if (!has(c)) continue;
    try {
      if (run(c, ['--print-targets']).includes('wasm32') && (has('wasm-ld-14') || has('wasm-ld'))) return c;
    } catch {}
  }
  return null;
}

function asRoot(args) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const cmd = root ? args : ['sudo', '-n', ...args];
  execFileSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

let clang = findClang();
if (clang === null) {
  console.log('ndarray kernels: installing clang-14 and lld-14 (apt)');
  try {
    // Waits for the dpkg lock if another build is installing packages at the same time.
    asRoot(['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'update', '-qq']);
    asRoot(['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'clang-14', 'lld-14']);
  } catch (e) {
    console.error(`ndarray kernels: could not install clang-14/lld-14 (${e.message}); install them and run again`);
    process.exit(1);
  }
  clang = findClang();
  if (clang === null) {
    console.error('ndarray kernels: clang with the wasm32 target and wasm-ld are needed');
    process.exit(1);
  }
}

const version = run(clang, ['--version']).split('\n')[0];
const hash = createHash('sha256')
  .update(readFileSync(source))
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(version)
  .digest('hex')
  .slice(0, 16);

const cacheDir = join(process.env.STRIDE_CACHE_DIR || join(homedir(), '.cache', 'stride'), 'kernels');
const cached = join(cacheDir, `${hash}.wasm`);
let bytes;
if (existsSync(cached)) {
  bytes = readFileSync(cached);
  console.log(`ndarray kernels: cached ${hash} (${bytes.length} bytes)`);
} else {
  const out = join(tmpdir(), `stride-kernels-${process.pid}.wasm`);
  const args = [...FLAGS, '-o', out, source];
  try {
    run(clang, args);
  } catch (e) {
    console.error(`ndarray kernels: ${clang} failed:\n${e.stderr || e.message}`);
    process.exit(1);
  }
  bytes = readFileSync(out);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${cached}.tmp`, bytes);
  renameSync(`${cached}.tmp`, cached);
  console.log(`ndarray kernels: compiled ${hash} (${bytes.length} bytes)`);
}

{
  const pages = 32;
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const { instance } = await WebAssembly.instantiate(bytes, { env: { memory } });
  const heapBase = Number(instance.exports.__heap_base.value);
  if (heapBase > KERNELS_END) {
    console.error(`ndarray kernels: static data and stack end at ${heapBase}, past the runtime's ${KERNELS_END}`);
    process.exit(1);
  }
}

for (const w of wasmTargets) {
  if (existsSync(w) && Buffer.compare(readFileSync(w), bytes) === 0) continue;
  mkdirSync(dirname(w), { recursive: true });
  writeFileSync(w, bytes);
}
const text = `// Generated by scripts/build-kernels.mjs from native/kernels.c: do not edit.
/** Hash of the kernels' source and compiler (the build cache key). */
export const KERNELS_HASH = '${hash}';
/** Size in bytes of kernels.wasm, the compiled module beside this file. */
export const KERNELS_BYTES = ${bytes.length};
`;
if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
