// Types of the emscripten module object that scripts/build-native.sh generates (dist-native/stride-lapack.mjs).

/** A routine exported from the wasm module: every argument is a number (a pointer or an int). */
export type WasmFunction = (...args: number[]) => number;

/** The emscripten module object. Heap views are replaced when memory grows: re-read them. */
export interface StrideLapackRawModule {
  HEAP8: Int8Array;
  HEAPU8: Uint8Array;
  HEAP16: Int16Array;
  HEAPU16: Uint16Array;
  HEAP32: Int32Array;
  HEAPU32: Uint32Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  /** `malloc(bytes)`: a pointer, or 0 when the heap cannot grow. */
  _malloc: WasmFunction;
  /** `free(ptr)` (its return value is meaningless). */
  _free: WasmFunction;
  /** Every other export (`_dgesv_`, `_stride_xerbla_info`, ...), possibly absent. */
  [exported: `_${string}`]: WasmFunction;
}

/** Options understood by the generated factory (a subset of emscripten's Module object). */
export interface StrideLapackModuleOptions {
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => WebAssembly.Exports | Record<string, never> | false;
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
  /** The memory to import (the runtime's). */
  wasmMemory?: WebAssembly.Memory;
  /** The allocator behind C's malloc/free (native/src/runtime-lib.js calls it). */
  strideRuntime?: {
    allocate(bytes: number): number;
    release(ptr: number): void;
    blockSize(ptr: number): number;
    bytesInUse(): number;
  };
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}
