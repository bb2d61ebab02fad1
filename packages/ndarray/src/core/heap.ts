/**
 * The ndarray heap: storage for large arrays in the one `WebAssembly.Memory` of Stride's native
 * runtime (`@stride/wasm`, src/runtime.ts), where our SIMD128 kernels (native/kernels.c) run on
 * it in place, and where LAPACK (through `@stride/linalg`) reads and writes the same arrays.
 *
 * Why: V8 runs a typed-array loop over data that does not fit in L2 at roughly 1.8 ns per
 * element; the same loop in WebAssembly streams at roughly 0.4 ns. Copying data into wasm per
 * call would cost as much as the work, so arrays of at least `minBytes` are allocated here.
 *
 * The memory, its allocator and the lifetime of blocks (a FinalizationRegistry, `dispose()`,
 * `tidy()` scopes) are the runtime's, shared with every package; this module decides which
 * arrays go there, instantiates the kernels into that memory and records which ufunc loops
 * they serve. The memory never grows, so typed-array views of it never detach. When the heap is
 * full (or unavailable) allocations fall back to ordinary ArrayBuffers and the JavaScript loops:
 * results are the same either way, only speed differs.
 */
import type { TypedArray } from '@stride/protocol';
import type { BinaryKind } from './heap-codes.js';
import {
  type HeapArrayCtor,
  type HeapBlock,
  KERNELS_END,
  type RuntimeStats,
  RESERVED_BYTES,
  allocateArray,
  blockOf,
  checkLayout,
  closeScope,
  configureRuntime,
  openScope,
  readWasmFile,
  releaseBlock,
  runtimeBytesInUse,
  runtimeCapacity,
  runtimeMemory,
  runtimeStarted,
  runtimeStats,
} from '@stride/wasm';
import { ValueError } from '../errors.js';

/** Exports of the kernel module (byte addresses, element counts and strides). */
export interface HeapKernels {
  f64_binary(op: number, a: number, b: number, o: number, n: number): void;
  f32_binary(op: number, a: number, b: number, o: number, n: number): void;
  f64_binary_as(op: number, a: number, s: number, o: number, n: number): void;
  f32_binary_as(op: number, a: number, s: number, o: number, n: number): void;
  f64_binary_sa(op: number, s: number, b: number, o: number, n: number): void;
  f32_binary_sa(op: number, s: number, b: number, o: number, n: number): void;
  f64_binary2d(
    op: number,
    a: number,
    a0: number,
    a1: number,
    b: number,
    b0: number,
    b1: number,
    o: number,
    o0: number,
    o1: number,
    n0: number,
    n1: number,
  ): void;
  i32_binary(op: number, a: number, b: number, o: number, n: number): void;
  i32_binary_as(op: number, a: number, s: number, o: number, n: number): void;
  i32_binary_sa(op: number, s: number, b: number, o: number, n: number): void;
  c128_binary(op: number, a: number, b: number, o: number, n: number): void;
  c128_binary_as(op: number, a: number, sr: number, si: number, o: number, n: number): void;
  c128_binary_sa(op: number, sr: number, si: number, b: number, o: number, n: number): void;
  f64_cmp(op: number, a: number, b: number, o: number, n: number): void;
  f64_cmp_as(op: number, a: number, s: number, o: number, n: number): void;
  f64_cmp_sa(op: number, s: number, b: number, o: number, n: number): void;
  f32_cmp(op: number, a: number, b: number, o: number, n: number): void;
  f32_cmp_as(op: number, a: number, s: number, o: number, n: number): void;
  f32_cmp_sa(op: number, s: number, b: number, o: number, n: number): void;
  convert(kind: number, src: number, dst: number, n: number): void;
  f64_pred(op: number, a: number, o: number, n: number): void;
  f32_pred(op: number, a: number, o: number, n: number): void;
  f64_unary(op: number, a: number, sa: number, o: number, so: number, n: number): void;
  f32_unary(op: number, a: number, sa: number, o: number, so: number, n: number): void;
  f64_max(x: number, n: number): number;
  f64_min(x: number, n: number): number;
  f32_max(x: number, n: number): number;
  f32_min(x: number, n: number): number;
  f64_arg(x: number, n: number, isMin: number): number;
  f32_arg(x: number, n: number, isMin: number): number;
  f64_acc(x: number, y: number, n: number): void;
  f32_acc(x: number, y: number, n: number): void;
  f64_acc8(x: number, rs: number, y: number, n: number): void;
  f32_acc8(x: number, rs: number, y: number, n: number): void;
  f64_where(c: number, x: number, y: number, o: number, n: number, mode: number, xs: number, ys: number): void;
  f32_where(c: number, x: number, y: number, o: number, n: number, mode: number, xs: number, ys: number): void;
  count_true(c: number, n: number): number;
  compress(c: number, x: number, o: number, n: number, item: number): number;
  f64_sum(x: number, n: number): number;
  f32_sumf(x: number, n: number): number;
}

export * from './heap-codes.js';

/** A block of the heap owned by one storage typed array (and every view of it). */
export type { HeapBlock };

/** A binary loop's kernel: family and operation code (what a loop's `heap` field holds). */
export interface BinaryKernel {
  readonly kind: BinaryKind;
  readonly op: number;
}

/** Options of {@link configureHeap}. */
export interface HeapOptions {
  /** Use the heap at all (default true; the environment variable STRIDE_HEAP=0 turns it off). */
  enabled?: boolean;
  /** Bytes of the heap (default 512 MiB in Node, 256 MiB elsewhere; the runtime reserves 16 MiB more below it for modules); fixed once used. */
  capacity?: number;
  /** Arrays smaller than this many bytes stay in ordinary ArrayBuffers (default 65536). */
  minBytes?: number;
  /**
   * Where the SIMD kernels' module comes from — a URL, its bytes or a compiled module — for
   * bundles that do not emit `kernels.wasm` beside ndarray's modules (default: that file).
   * Set it before the first large array.
   */
  kernels?: string | URL | ArrayBuffer | Uint8Array | WebAssembly.Module;
}

/**
 * What {@link heapStats} reports: the runtime's numbers (the heap is shared with LAPACK and
 * plug-ins), with `active` saying whether ndarray puts arrays there (created and enabled).
 */
export type HeapStats = RuntimeStats;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const envOff = isNode && (process.env.STRIDE_HEAP === '0' || process.env.STRIDE_HEAP === 'off');

const config = {
  enabled: !envOff,
  minBytes: 65536,
};

interface State {
  buffer: ArrayBuffer;
  k: HeapKernels;
}

let state: State | null | undefined;
let pending = false;
let compiling: Promise<unknown> | null = null;

/**
 * The kernels' module ships as a file beside this module (`kernels.wasm`, built by
 * scripts/build-kernels.mjs), not embedded in the JavaScript: a bundle that never makes a large
 * array does not carry it, and browsers compile it from the network off the main thread.
 * Bundlers that understand `new URL('./x', import.meta.url)` (Vite, webpack 5, esbuild with
 * `--loader:.wasm=file`) emit it as an asset; otherwise serve it beside the bundle or pass it to
 * {@link configureHeap} as `kernels`.
 */
const defaultKernelsUrl = (): URL => new URL('./kernels.wasm', import.meta.url);

/** Where the kernels come from: configureHeap({ kernels }) or the file beside this module. */
let kernelsSource: string | URL | ArrayBuffer | Uint8Array | WebAssembly.Module | undefined;

/** Node's `fs` (the only part used), without a static import that browser bundlers would resolve. */
interface SyncFs {
  readFileSync(path: URL): Uint8Array;
}

/** Node ≥ 20.16 lends its built-in modules synchronously: the heap is ready on first use. */
function nodeFs(): SyncFs | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof p?.getBuiltinModule === 'function' ? (p.getBuiltinModule('node:fs') as SyncFs | undefined) : undefined;
}

/** The module's bytes when they can be had synchronously (given bytes, or a file in Node); else undefined. */
function kernelsSync(): Uint8Array | WebAssembly.Module | undefined {
  const src = kernelsSource;
  if (src instanceof WebAssembly.Module || src instanceof Uint8Array) return src;
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  const url = src === undefined ? defaultKernelsUrl() : new URL(src, import.meta.url);
  const fs = url.protocol === 'file:' ? nodeFs() : undefined;
  if (fs === undefined) return undefined;
  try {
    return fs.readFileSync(url);
  } catch {
    return undefined;
  }
}

/** The module compiled in the background: fetched in browsers, read with `fs/promises` in older Node. */
async function kernelsAsync(): Promise<WebAssembly.Module> {
  const src = kernelsSource;
  const url = src === undefined ? defaultKernelsUrl() : new URL(src as string | URL, import.meta.url);
  return WebAssembly.compile(await readWasmFile(url));
}

/** Compiles in the background; until it is ready large arrays use ArrayBuffers and JavaScript loops. */
function compileLater(make: () => Promise<WebAssembly.Module>): null {
  pending = true;
  compiling = make().then(
    (m) => {
      pending = false;
      state = instantiate(m);
    },
    (e: unknown) => {
      pending = false;
      state = null;
      // Once: a bundle that lost kernels.wasm still computes, only slower; say where to look.
      console.warn(
        `@stride/ndarray: the SIMD kernels could not be loaded (${e instanceof Error ? e.message : String(e)}); ` +
          "large arrays use JavaScript loops. Serve kernels.wasm beside the bundle or pass it to configureHeap({ kernels }) (see the package's README).",
      );
    },
  );
  return null;
}

/** The heap, created on first use; null when disabled, unavailable or still compiling. */
function heap(): State | null {
  if (state !== undefined) return state;
  if (!config.enabled || typeof WebAssembly === 'undefined' || pending) return null;
  const got = kernelsSync();
  if (got === undefined) return compileLater(kernelsAsync);
  if (got instanceof WebAssembly.Module) {
    state = instantiate(got);
    return state;
  }
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(got as Uint8Array<ArrayBuffer>);
  } catch {
    // Browsers' main threads refuse synchronous compilation of larger modules.
    return compileLater(() => WebAssembly.compile(got as Uint8Array<ArrayBuffer>));
  }
  state = instantiate(module);
  return state;
}

/**
 * Instantiates the kernels into the runtime's one memory. They are linked below KERNELS_END
 * (static data and a 64 KiB stack), where no other module or block goes.
 */
function instantiate(module: WebAssembly.Module): State | null {
  const memory = runtimeMemory();
  if (memory === null) return null;
  try {
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    const ex = instance.exports as unknown as HeapKernels & { __heap_base: WebAssembly.Global };
    checkLayout('ndarray kernels', Number(ex.__heap_base.value), KERNELS_END);
    return { buffer: memory.buffer, k: ex };
  } catch {
    return null;
  }
}

/**
 * Resolves once the heap can be used: true when it is active, false when it is off or
 * unavailable. In Node the heap is ready at once; a browser's main thread compiles the kernels
 * in the background (until then large arrays use ordinary ArrayBuffers and JavaScript loops).
 *
 * @example
 * ```ts
 * await heapReady(); // true
 * ```
 */
export async function heapReady(): Promise<boolean> {
  heap();
  if (compiling !== null) await compiling;
  return config.enabled && state !== null && state !== undefined;
}

/** The kernels and the heap's buffer, when the heap is active. */
export function heapKernels(): { k: HeapKernels; buffer: ArrayBuffer } | null {
  if (!config.enabled) return null;
  const s = heap();
  return s === null ? null : s;
}

/** The heap's ArrayBuffer if the heap exists and is enabled (no creation). */
export function heapBuffer(): ArrayBuffer | null {
  return state && config.enabled ? state.buffer : null;
}

/**
 * Storage for `length` elements of a TypedArray kind in the heap, or null when the request is
 * small, the heap is off or full. `zero`: the caller needs it zero-filled.
 */
export function heapAllocate<T extends TypedArray>(
  ctor: HeapArrayCtor<T>,
  length: number,
  zero: boolean,
  /** Allocate even below `minBytes` and past the task's budget (scratch that kernels must reach). */
  force = false,
): T | null {
  const bytes = length * ctor.BYTES_PER_ELEMENT;
  if ((bytes < config.minBytes && !force) || !config.enabled) return null;
  if (heap() === null) return null;
  if (!force && !withinTaskBudget(bytes)) return null;
  return allocateArray(ctor, length, zero);
}

/**
 * The heap's blocks come back from arrays nobody holds only when the garbage collector has run
 * AND the current task has ended (finalizers run between tasks). So the heap may grow by at most
 * TASK_BUDGET (or an eighth of its capacity, if more) within one task (its first array is
 * always let in, however large); past that, new arrays
 * are ordinary ArrayBuffers, which the collector reclaims during the task, and their elementwise
 * operations still run on the kernels through heap scratch (heapops). Code that frees what it
 * makes (tidy, dispose) never reaches the budget; a plain synchronous loop stays bounded.
 */
const TASK_BUDGET = 64 << 20;
/** Bytes in use when the current task first allocated (-1: no allocation yet in this task). */
let taskBase = -1;
const endTask = (): void => {
  taskBase = -1;
};
const nextTask: (f: () => void) => void =
  typeof setImmediate === 'function'
    ? (f) => setImmediate(f).unref()
    : typeof MessageChannel === 'function'
      ? (f) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            ch.port1.close();
            f();
          };
          ch.port2.postMessage(null);
        }
      : (f) => setTimeout(f, 0);

function withinTaskBudget(bytes: number): boolean {
  const inUse = runtimeBytesInUse();
  if (taskBase < 0 || inUse < taskBase) {
    if (taskBase < 0) nextTask(endTask);
    taskBase = inUse;
  }
  const growth = inUse - taskBase;
  // The task's first array is always let in (one large array is not a loop of temporaries).
  return growth === 0 || growth + bytes <= Math.max(TASK_BUDGET, runtimeCapacity() / 8);
}

/**
 * The heap block behind a typed array, or undefined when it is not heap storage. A typed array
 * made over heap memory by other means (subarray, a plug-in) is found by the live block that
 * contains it and counted as one more reference: the block is only returned to the heap by the
 * garbage collector when every such typed array is gone (dispose and tidy free it regardless).
 */
export function heapBlockOf(data: TypedArray): HeapBlock | undefined {
  return blockOf(data);
}

export { closeScope, openScope, releaseBlock };

/**
 * Sets the heap's options. Capacity can only change before the heap is first used.
 *
 * @example
 * ```ts
 * configureHeap({ minBytes: 1 << 20 }); // only arrays of 1 MiB or more go to the heap
 * heapStats().fallbacks;                // 0
 * configureHeap({ minBytes: 65536 });
 * ```
 */
export function configureHeap(options: HeapOptions): void {
  if (options.capacity !== undefined && options.capacity !== runtimeCapacity()) {
    if (runtimeStarted())
      throw new ValueError('configureHeap: the heap is already in use; set its capacity before the first large array');
    if (
      !Number.isSafeInteger(options.capacity) ||
      options.capacity < 1 << 20 ||
      options.capacity > 2 ** 32 - 65536 - RESERVED_BYTES
    ) {
      throw new RangeError(
        `configureHeap: capacity must be between 1 MiB and 4 GiB - ${(RESERVED_BYTES >> 20) + 0.0625} MiB, got ${options.capacity}`,
      );
    }
    configureRuntime({ capacity: options.capacity });
  }
  if (options.minBytes !== undefined) {
    if (!Number.isSafeInteger(options.minBytes) || options.minBytes < 64) {
      throw new RangeError(`configureHeap: minBytes must be an integer >= 64, got ${options.minBytes}`);
    }
    config.minBytes = options.minBytes;
  }
  if (options.kernels !== undefined) {
    if (state || pending)
      throw new ValueError('configureHeap: the kernels are already loaded; set kernels before the first large array');
    kernelsSource = options.kernels;
    state = undefined; // a failed earlier load is tried again from the new source
  }
  if (options.enabled !== undefined) config.enabled = options.enabled;
}

/**
 * Current use of the ndarray heap.
 *
 * @example
 * ```ts
 * const before = heapStats().bytesInUse;
 * const a = zeros([1000, 1000]); // 8 MB: allocated in the heap
 * a.dispose();
 * heapStats().bytesInUse === before; // true
 * ```
 */
export function heapStats(): HeapStats {
  return { ...runtimeStats(), active: state !== null && state !== undefined && config.enabled };
}
