// Compiles native/kernels.c (the sparse kernels: CSR products and Gustavson's SpGEMM) to a
// position-independent WebAssembly module for the runtime's one memory and writes
// src/kernels/native.generated.ts (not committed), which embeds it as base64 (the repository's
// shared scripts/build-wasm-kernels.mjs: compiler, build cache, flags).
//
// Usage: node scripts/build-kernels.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasmKernels, memoryOnly } from '../../../scripts/build-wasm-kernels.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

buildWasmKernels({
  name: 'sparse',
  source: join(pkg, 'native', 'kernels.c'),
  target: join(pkg, 'src', 'kernels', 'native.generated.ts'),
  script: fileURLToPath(import.meta.url),
  prefix: 'SPARSE_KERNELS',
  // The loader instantiates the module with the runtime's memory alone.
  check: memoryOnly,
});
