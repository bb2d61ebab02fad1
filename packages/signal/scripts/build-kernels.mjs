// Compiles native/fft.c (the SIMD128 FFT passes) to a position-independent WebAssembly module
// for the runtime's one memory (@stride/wasm's README, "Adding kernels") and writes
// src/fft/kernels/native.generated.ts (not committed), which embeds it as base64 (the
// repository's shared scripts/build-wasm-kernels.mjs: compiler, build cache, flags).
//
// Usage: node scripts/build-kernels.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasmKernels, memoryOnly } from '../../../scripts/build-wasm-kernels.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

buildWasmKernels({
  name: 'signal',
  source: join(root, 'native', 'fft.c'),
  target: join(root, 'src', 'fft', 'kernels', 'native.generated.ts'),
  script: fileURLToPath(import.meta.url),
  prefix: 'FFT_KERNELS',
  // The loader instantiates the module with the runtime's memory alone.
  check: memoryOnly,
});
