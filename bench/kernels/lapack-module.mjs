// Instantiates a built stride-lapack module on its own for the kernel benchmarks: a memory laid
// out as the runtime's (16 MiB reserved below the heap) and a bump allocator behind C's malloc
// (nothing is freed: the benchmarks allocate a few matrices once). Modules built before the
// runtime (with their own memory and malloc) ignore both options.
import { readFile } from 'node:fs/promises';

const RESERVED = 16 << 20;
const HEAP = 1 << 30;

/** @param {URL} dir  folder holding stride-lapack.mjs and stride-lapack.wasm */
export async function instantiateLapack(dir) {
  const { default: createStrideLapack } = await import(new URL('stride-lapack.mjs', dir).href);
  const wasm = await WebAssembly.compile(await readFile(new URL('stride-lapack.wasm', dir)));
  const pages = (RESERVED + HEAP) / 65536;
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  let top = RESERVED;
  const sizes = new Map();
  const strideRuntime = {
    allocate(n) {
      const p = top;
      top += Math.ceil(Math.max(1, n) / 64) * 64;
      sizes.set(p, n);
      return top <= RESERVED + HEAP ? p : 0;
    },
    release() {},
    blockSize: (p) => sizes.get(p) ?? 0,
    bytesInUse: () => top - RESERVED,
  };
  return createStrideLapack({
    wasmMemory: memory,
    strideRuntime,
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasm, imports).then((inst) => receive(inst, wasm));
      return {};
    },
  });
}
