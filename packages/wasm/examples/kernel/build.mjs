// Builds the example kernel (axpby.c) into a position-independent wasm module with clang's
// wasm32 target, as the README's "Adding kernels" section describes. Prints the output path.
// Usage: node examples/kernel/build.mjs [out.wasm]
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The clang that targets wasm32 (Debian: clang-14 with lld-14), or null. */
export function findClang() {
  for (const c of ['clang-14', 'clang']) {
    try {
      if (
        execFileSync(c, ['--print-targets'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(
          'wasm32',
        )
      ) {
        return c;
      }
    } catch {}
  }
  return null;
}

/** Compiles axpby.c to `out`; returns `out`. */
export function buildExample(out = join(tmpdir(), `stride-axpby-${process.pid}.wasm`)) {
  const clang = findClang();
  if (clang === null)
    throw new Error('clang with the wasm32 target is needed (Debian: apt-get install clang-14 lld-14)');
  const source = fileURLToPath(new URL('./axpby.c', import.meta.url));
  execFileSync(clang, [
    // The emscripten triple is the one whose clang honours -fPIC for wasm32 (static data then
    // goes through __memory_base); -ffreestanding keeps the C library's headers out.
    '--target=wasm32-unknown-emscripten',
    '-ffreestanding',
    '-O3',
    '-msimd128',
    '-nostdlib',
    '-fPIC',
    '-Wall',
    '-Werror',
    '-Wl,-shared,--experimental-pic,--no-entry',
    '-o',
    out,
    source,
  ]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(buildExample(process.argv[2]));
