// The typed face of the compiled LAPACK/OpenBLAS module: routines, heap views, malloc/free, xerbla.

import type { StrideLapackRawModule, WasmFunction } from './raw.js';
import { LapackArgumentError, WasmError, WasmMemoryError } from './errors.js';
import { allocate, release, runtimeStats } from './runtime.js';

export type { StrideLapackRawModule, WasmFunction };

/** What the last `xerbla` call recorded: routine name and 1-based bad-argument index. */
export interface XerblaInfo {
  /** Routine name as LAPACK/OpenBLAS spells it, e.g. `'DGESV'` (OpenBLAS: `'DGEMM '` trimmed). */
  readonly routine: string;
  /** 1-based index of the offending argument. */
  readonly argument: number;
}

/**
 * The loaded module. Get it with {@link loadLapack}; it is a singleton per realm.
 *
 * Calling convention of the exported routines (all take pointers into the wasm heap):
 * - LAPACK routines are f2c translations: `dgesv_(n, nrhs, a, lda, ipiv, b, ldb, info)`; every
 *   argument is a pointer, and each CHARACTER argument adds a trailing `ftnlen` (int) length,
 *   which may be passed as 1 or left out (missing arguments arrive as 0 and are unused).
 *   Names that contain an underscore get a second one: `droundup_lwork__`.
 * - BLAS routines are OpenBLAS's Fortran interface: `dgemm_(transa, transb, m, n, k, alpha, a,
 *   lda, b, ldb, beta, c, ldc)`, all pointers, no hidden lengths.
 * - Matrices are column-major (Fortran order). Complex numbers are interleaved (re, im).
 * - Workspace queries (`lwork = -1`) work as in LAPACK.
 *
 * Heap views (`f64()`, `i32()`, ...) are views of the current memory; memory growth replaces
 * the underlying ArrayBuffer, so never keep a view across a call that may allocate.
 */
export interface LapackModule {
  /** The emscripten module itself (`_dgesv_`, `HEAPF64`, ...), for what the helpers do not cover. */
  readonly raw: StrideLapackRawModule;
  /** Names of every exported routine, without the leading underscore (`'dgesv_'`, `'dgemm_'`). */
  readonly routines: ReadonlySet<string>;
  /**
   * The exported routine `name` (`'dgesv_'`; `'dgesv'` is accepted too).
   * @throws {WasmError} when the module has no such routine.
   */
  routine(name: string): WasmFunction;
  /** Whether the module exports routine `name` (same spelling rules as {@link LapackModule.routine}). */
  hasRoutine(name: string): boolean;
  /**
   * Allocates `byteLength` bytes (8-byte aligned) on the wasm heap. Prefer {@link WasmBuffer}
   * or {@link withHeapScope}, which free for you.
   * @throws {WasmMemoryError} when the heap cannot grow enough.
   */
  malloc(byteLength: number): number;
  /** Frees a pointer returned by {@link LapackModule.malloc}; 0 is ignored. */
  free(ptr: number): void;
  /** Current view of the whole heap as bytes. Re-derive after anything that may allocate. */
  u8(): Uint8Array;
  /** Current view of the whole heap as int32 (index = byte address / 4). */
  i32(): Int32Array;
  /** Current view of the whole heap as float32 (index = byte address / 4). */
  f32(): Float32Array;
  /** Current view of the whole heap as float64 (index = byte address / 8). */
  f64(): Float64Array;
  /** The last argument error recorded by `xerbla`, or `undefined` when none since the last reset. */
  xerblaInfo(): XerblaInfo | undefined;
  /** Forgets the recorded argument error. Call before a routine whose errors you check. */
  resetXerbla(): void;
  /**
   * Throws {@link LapackArgumentError} if `xerbla` recorded an error (and resets the record).
   * @throws {LapackArgumentError}
   */
  checkXerbla(): void;
  /** Heap statistics: bytes in use by malloc and the current size of wasm memory. */
  heapUsage(): HeapUsage;
}

/** Heap statistics returned by {@link LapackModule.heapUsage}. */
export interface HeapUsage {
  /**
   * Bytes in use on the runtime's heap, which the module shares with every Stride package
   * (includes OpenBLAS's own work buffer once used, and large arrays' storage).
   */
  readonly inUse: number;
  /** Size of the one wasm memory in bytes (reserved once, never grows). */
  readonly memoryBytes: number;
}

const normalise = (name: string): string => (name.endsWith('_') ? name : `${name}_`);

/** Wraps an instantiated emscripten module. Internal: use {@link loadLapack}. */
export function wrapModule(raw: StrideLapackRawModule): LapackModule {
  const routines = new Set<string>();
  for (const key of Object.keys(raw)) {
    // LAPACK and BLAS symbols end in '_'; malloc, free and emscripten internals do not.
    if (key.startsWith('_') && key.endsWith('_') && typeof raw[key as `_${string}`] === 'function') {
      routines.add(key.slice(1));
    }
  }
  const fn = (name: string): WasmFunction | undefined => {
    const key = normalise(name);
    return routines.has(key) ? raw[`_${key}`] : undefined;
  };
  const xerblaInfo = raw._stride_xerbla_info;
  const xerblaName = raw._stride_xerbla_name;
  const xerblaCount = raw._stride_xerbla_count;
  const xerblaReset = raw._stride_xerbla_reset;
  const heapInUse = raw._stride_heap_in_use;
  if (!xerblaInfo || !xerblaName || !xerblaCount || !xerblaReset || !heapInUse) {
    throw new WasmError('stride-lapack.wasm lacks the stride_* helpers: rebuild it with build-native.sh');
  }

  const readCString = (ptr: number): string => {
    const bytes = raw.HEAPU8;
    let end = ptr;
    while (bytes[end] !== 0 && end < ptr + 64) end++;
    let s = '';
    for (let i = ptr; i < end; i++) s += String.fromCharCode(bytes[i] as number);
    return s;
  };

  const mod: LapackModule = {
    raw,
    routines,
    routine(name) {
      const f = fn(name);
      if (!f) throw new WasmError(`stride-lapack.wasm exports no routine '${normalise(name)}'`);
      return f;
    },
    hasRoutine: (name) => fn(name) !== undefined,
    malloc(byteLength) {
      if (!Number.isFinite(byteLength) || byteLength < 0 || byteLength > 0xffff_fff0) {
        throw new WasmMemoryError(`malloc: cannot allocate ${byteLength} bytes`);
      }
      // The runtime's allocator, the one C's malloc calls too (no trip through the module).
      const ptr = allocate(Math.max(1, Math.ceil(byteLength)));
      if (ptr === 0) {
        throw new WasmMemoryError(
          `malloc: out of wasm memory allocating ${byteLength} bytes (memory is ${raw.HEAPU8.length} bytes; ` +
            'raise it with configureRuntime({ capacity }) before first use)',
        );
      }
      return ptr;
    },
    free(ptr) {
      release(ptr);
    },
    u8: () => raw.HEAPU8,
    i32: () => raw.HEAP32,
    f32: () => raw.HEAPF32,
    f64: () => raw.HEAPF64,
    xerblaInfo() {
      if (xerblaCount() === 0) return undefined;
      return { routine: readCString(xerblaName() >>> 0), argument: xerblaInfo() };
    },
    resetXerbla: () => void xerblaReset(),
    checkXerbla() {
      const info = mod.xerblaInfo();
      if (info) {
        xerblaReset();
        throw new LapackArgumentError(info.routine, info.argument);
      }
    },
    heapUsage: () => ({ inUse: runtimeStats().bytesInUse, memoryBytes: raw.HEAPU8.buffer.byteLength }),
  };
  return mod;
}
