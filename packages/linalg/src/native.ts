/** The loaded LAPACK/BLAS module, behind the few operations the wrappers need. */
import { getMatmulBackend, setMatmulBackend } from '@stride/ndarray';
import type { LapackModule, WasmFunction } from '@stride/wasm';
import { gemmInto } from './blas.js';
import { LinAlgError } from './errors.js';

/** What the wrappers need from the native module. */
export interface NativeBackend {
  /** The current ArrayBuffer of the module's memory (re-read after any call that may grow it). */
  buffer(): ArrayBuffer;
  malloc(bytes: number): number;
  free(ptr: number): void;
  /** Calls an exported routine (`dgesv_`, ...) with pointer/int arguments. */
  call(name: string, args: number[]): void;
  /** The routine and argument index xerbla recorded since the last call, cleared on read. */
  takeXerbla(): { routine: string; arg: number } | null;
}

let backend: NativeBackend | null = null;

/** Installs the loaded module (done once by the package entry). */
export function installNative(b: NativeBackend): void {
  backend = b;
}

function need(): NativeBackend {
  if (backend === null) throw new LinAlgError('the LAPACK WebAssembly module is not loaded');
  return backend;
}

/** Forwarders that always go through the installed backend. */
export const native = {
  buffer: (): ArrayBuffer => need().buffer(),
  malloc: (bytes: number): number => need().malloc(bytes),
  free: (ptr: number): void => need().free(ptr),
  call: (name: string, args: number[]): void => need().call(name, args),
  takeXerbla: (): { routine: string; arg: number } | null => need().takeXerbla(),
};

/**
 * Installs a loaded LAPACK module as this package's backend and hands @stride/ndarray's
 * 2-D float matmul/dot/einsum products to OpenBLAS ?gemm (`setMatmulBackend(gemmInto)`). The
 * package entry calls it once on import (its one, declared side effect); calling it again with
 * the same module changes nothing.
 *
 * @example
 * ```ts
 * installLinalg(await loadLapack());
 * getMatmulBackend() === gemmInto; // true
 * ```
 */
export function installLinalg(lapack: LapackModule): void {
  const cache = new Map<string, WasmFunction>();
  installNative({
    buffer: () => lapack.u8().buffer as ArrayBuffer,
    malloc: (bytes) => lapack.malloc(bytes),
    free: (ptr) => lapack.free(ptr),
    call: (name, args) => {
      let f = cache.get(name);
      if (f === undefined) {
        f = lapack.routine(name);
        cache.set(name, f);
      }
      f(...args);
    },
    takeXerbla: () => {
      const x = lapack.xerblaInfo();
      if (x === undefined) return null;
      lapack.resetXerbla();
      return { routine: x.routine, arg: x.argument };
    },
  });
  if (getMatmulBackend() !== gemmInto) setMatmulBackend(gemmInto);
}
