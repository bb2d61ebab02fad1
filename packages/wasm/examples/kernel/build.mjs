// Builds the example kernel (axpby.c) into a position-independent wasm module with clang's
// wasm32 target, as the README's "Adding kernels" section describes, with the flags and compiler
// finder every package's kernels use (the repository's scripts/build-wasm-kernels.mjs). Prints
// the output path.
// Usage: node examples/kernel/build.mjs [out.wasm]
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIC_FLAGS, findOrInstallClang } from '../../../../scripts/build-wasm-kernels.mjs';

/** Compiles axpby.c to `out`; returns `out`. */
export function buildExample(out = join(tmpdir(), `stride-axpby-${process.pid}.wasm`)) {
  const clang = findOrInstallClang('wasm example kernel');
  const source = fileURLToPath(new URL('./axpby.c', import.meta.url));
  execFileSync(clang, [...PIC_FLAGS, '-o', out, source]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(buildExample(process.argv[2]));
