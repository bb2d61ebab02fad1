// Compiles native/kernels.c (the sparse kernels: CSR products and Gustavson's SpGEMM) to a
// position-independent WebAssembly module for the runtime's one memory and writes
// src/kernels/native.generated.ts (not committed), which embeds it as base64 (the repository's
// shared scripts/build-wasm-kernels.mjs: compiler, build cache, flags).
//
// Usage: node scripts/build-kernels.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasmKernels } from '../../../scripts/build-wasm-kernels.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

buildWasmKernels({
  name: 'sparse',
  source: join(pkg, 'native', 'kernels.c'),
  target: join(pkg, 'src', 'kernels', 'native.generated.ts'),
  script: fileURLToPath(import.meta.url),
  prefix: 'SPARSE_KERNELS',
  // The loader instantiates the module with the memory alone: no static data, no table, no
  // other import (so a change to the C that needs more fails the build).
  check: (module) => {
    const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`);
    if (imports.length !== 1 || imports[0] !== 'env.memory') {
      return `the module must import env.memory only, got ${imports.join(', ')}`;
    }
    const dylink = WebAssembly.Module.customSections(module, 'dylink.0')[0];
    if (dylink === undefined || new Uint8Array(dylink).slice(2).some((b) => b !== 0)) {
      return 'the module must have no static data and no table (dylink.0 sizes 0)';
    }
    return null;
  },
});
