// @stride/wasm: loader and heap helpers for Stride's LAPACK + OpenBLAS WebAssembly module.

export { WasmBuffer } from './buffer.js';
export { DisposedError, isStrideError, LapackArgumentError, WasmError, WasmMemoryError } from './errors.js';
export { type LoadLapackOptions, loadLapack, readWasmFile } from './load.js';
export type { HeapUsage, LapackModule, XerblaInfo } from './module.js';
export type { StrideLapackModuleOptions, StrideLapackRawModule, WasmFunction } from './raw.js';
export { HeapScope, withHeapScope } from './scope.js';
export {
  KERNELS_END,
  LAPACK_BASE,
  RESERVED_BYTES,
  type HeapArrayCtor,
  type HeapBlock,
  type KernelModule,
  type RuntimeOptions,
  type RuntimeStats,
  adoptAllocation,
  allocate,
  allocateArray,
  blockOf,
  blockSize,
  checkLayout,
  closeScope,
  configureRuntime,
  loadKernels,
  openScope,
  release,
  releaseBlock,
  requireMemory,
  runtimeBuffer,
  runtimeBytesInUse,
  runtimeCapacity,
  runtimeMemory,
  runtimeStarted,
  runtimeStats,
  scopeDepth,
} from './runtime.js';
