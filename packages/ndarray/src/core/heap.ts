/**
 * The ndarray heap: storage for large arrays inside one `WebAssembly.Memory`, where our SIMD128
 * kernels (native/kernels.c) run on it in place.
 *
 * Why: V8 runs a typed-array loop over data that does not fit in L2 at roughly 1.8 ns per
 * element; the same loop in WebAssembly streams at roughly 0.4 ns. Copying data into wasm per
 * call would cost as much as the work, so arrays of at least `minBytes` are allocated here.
 *
 * The memory is reserved once at its full capacity and never grows, so typed-array views of it
 * never detach. Blocks are returned by `dispose()`, by `tidy()` at the end of a scope, or by the
 * garbage collector (a FinalizationRegistry on the storage's typed array) once no array or view
 * refers to them. When the heap is full (or unavailable) allocations fall back to ordinary
 * ArrayBuffers and the JavaScript loops: results are the same either way, only speed differs.
 */
import type { TypedArray } from '@stride/protocol';
import { ValueError } from '../errors.js';
import { KERNELS_WASM } from './kernels.generated.js';

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

/** Operation codes of the binary kernels. */
export const OP_ADD = 0;
export const OP_SUB = 1;
export const OP_MUL = 2;
export const OP_DIV = 3;
export const OP_MAX = 4;
export const OP_MIN = 5;
/** Operation codes of the comparison kernels. */
export const C_EQ = 0;
export const C_NE = 1;
export const C_LT = 2;
export const C_LE = 3;
export const C_GT = 4;
export const C_GE = 5;
/** Conversion kinds of the `convert` kernel. */
export const V_F64_F32 = 0;
export const V_F32_F64 = 1;
export const V_I32_F64 = 2;
export const V_I32_F32 = 3;
/** Operation codes of the unary kernels. */
export const U_NEG = 0;
export const U_ABS = 1;
export const U_SQRT = 2;
export const U_SQUARE = 3;
export const U_RECIP = 4;
export const U_FLOOR = 5;
export const U_CEIL = 6;
export const U_TRUNC = 7;
export const U_RINT = 8;
/** Operation codes of the predicate kernels. */
export const P_ISNAN = 0;
export const P_ISINF = 1;
export const P_ISFINITE = 2;

/** A block of the heap owned by one storage typed array (and every view of it). */
export interface HeapBlock {
  readonly offset: number;
  readonly bytes: number;
  freed: boolean;
  /** Survives the enclosing `tidy` scopes. */
  kept: boolean;
  /** Typed arrays over the block still alive (the owner, plus views made over its memory). */
  refs: number;
}

// Which ufunc loops have kernels: filled by the ufunc modules at load (kept here, in a module
// with no imports from the rest of the package, so load order never matters).

/** Kernel families of binary loops: float arithmetic (any 2-axis layout), and int32, complex128
 * arithmetic and float comparisons (one contiguous or broadcast run). */
export type BinaryKind = 'float' | 'i32' | 'c128' | 'cmp64' | 'cmp32';

/** A binary loop's kernel: family and operation code. */
export interface BinaryKernel {
  kind: BinaryKind;
  op: number;
}

/** Binary loops (by identity) that have a heap kernel. */
const BINARY = new WeakMap<object, BinaryKernel>();

/** Marks a ufunc loop as served by heap kernel `op` of a family (float32/float64 by default). */
export function registerHeapBinary(loop: object, op: number, kind: BinaryKind = 'float'): void {
  BINARY.set(loop, { kind, op });
}

/** The heap kernel of a loop, if any. */
export function heapBinaryKernel(loop: object): BinaryKernel | undefined {
  return BINARY.get(loop);
}

/** Unary loops (by identity) that have a heap kernel, with their operation code. */
const UNARY = new WeakMap<object, number>();

/** Marks a float32/float64 unary ufunc loop as served by heap kernel operation `op`. */
export function registerHeapUnary(loop: object, op: number): void {
  UNARY.set(loop, op);
}

/** Registers the float32/float64 loops of a unary ufunc (same dtype in and out) for kernel `op`. */
export function registerUnary(loops: readonly { in: readonly string[]; out: string }[], op: number): void {
  for (const loop of loops) {
    const t = loop.in[0];
    if ((t === 'float64' || t === 'float32') && loop.out === t) registerHeapUnary(loop, op);
  }
}

/** The unary heap kernel operation of a loop, or -1. */
export function heapPredicateOp(loop: object): number {
  return PREDICATES.get(loop) ?? -1;
}

/** Float predicate loops (float32/float64 to bool) that have a heap kernel. */
const PREDICATES = new WeakMap<object, number>();

/** Registers the float32/float64 -> bool loops of a predicate ufunc for kernel `op`. */
export function registerPredicate(loops: readonly { in: readonly string[]; out: string }[], op: number): void {
  for (const loop of loops) {
    const t = loop.in[0];
    if ((t === 'float64' || t === 'float32') && loop.out === 'bool') PREDICATES.set(loop, op);
  }
}

/** The unary heap kernel operation of a loop, or -1. */
export function heapUnaryOp(loop: object): number {
  return UNARY.get(loop) ?? -1;
}

/** Options of {@link configureHeap}. */
export interface HeapOptions {
  /** Use the heap at all (default true; the environment variable STRIDE_HEAP=0 turns it off). */
  enabled?: boolean;
  /** Bytes reserved for the heap (default 512 MiB in Node, 256 MiB elsewhere); fixed once used. */
  capacity?: number;
  /** Arrays smaller than this many bytes stay in ordinary ArrayBuffers (default 65536). */
  minBytes?: number;
}

/** What {@link heapStats} reports. */
export interface HeapStats {
  /** Whether the heap is in use (created and enabled). */
  active: boolean;
  /** Bytes reserved. */
  capacity: number;
  /** Bytes in live blocks. */
  bytesInUse: number;
  /** Live blocks. */
  blocks: number;
  /** Highest `bytesInUse` seen. */
  peakBytes: number;
  /** Allocations that fell back to ordinary ArrayBuffers because the heap was full. */
  fallbacks: number;
}

const PAGE = 65536;
const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const envOff = isNode && (process.env.STRIDE_HEAP === '0' || process.env.STRIDE_HEAP === 'off');

const config = {
  enabled: !envOff,
  capacity: isNode ? 512 << 20 : 256 << 20,
  minBytes: 65536,
};

interface State {
  memory: WebAssembly.Memory;
  buffer: ArrayBuffer;
  k: HeapKernels;
  /** First usable byte. */
  base: number;
  end: number;
  /** Bump pointer: everything at or above is free. */
  top: number;
  /** Bytes at or above this were never handed out (still zero). */
  clean: number;
}

let state: State | null | undefined;
let pending = false;
let compiling: Promise<unknown> | null = null;
/** Free blocks by size. */
const freeLists = new Map<number, number[]>();
let bytesInUse = 0;
let blocks = 0;
let peakBytes = 0;
let fallbacks = 0;

const owners = new WeakMap<TypedArray, HeapBlock>();
const registry = new FinalizationRegistry<HeapBlock>((b) => {
  b.refs--;
  if (b.refs === 0 && !b.freed) {
    b.freed = true;
    freeBlock(b);
  }
});
/** Live blocks by offset (to find the block under a typed array made over heap memory). */
const live = new Map<number, HeapBlock>();
const scopes: HeapBlock[][] = [];

/**
 * The garbage collector cannot see the heap: an 8 MB array costs it a few hundred bytes of
 * objects, so it may not run for hundreds of such arrays and the heap fills with dead ones. So
 * whenever the bytes in use grow by GHOST_BATCH over their level at the last hint, an ordinary
 * buffer of that size is allocated and dropped at once: the engine counts it as external memory
 * until its next collection, which makes it collect (and our FinalizationRegistry then return
 * dead arrays' blocks) at the rate the heap grows. Code that frees its arrays (tidy, dispose)
 * does not grow the heap and pays nothing. Node's Buffer.allocUnsafeSlow does not zero or touch
 * the memory; elsewhere an ArrayBuffer is used.
 */
const GHOST_BATCH = 16 << 20;
let ghostLevel = 0;
const nodeBuffer = (globalThis as { Buffer?: { allocUnsafeSlow(n: number): unknown } }).Buffer;

function pressure(): void {
  if (bytesInUse < ghostLevel) ghostLevel = bytesInUse;
  const n = bytesInUse - ghostLevel;
  if (n < GHOST_BATCH) return;
  ghostLevel = bytesInUse;
  try {
    if (nodeBuffer !== undefined) nodeBuffer.allocUnsafeSlow(n);
    else new ArrayBuffer(n);
  } catch {
    // out of memory for the hint: nothing to do
  }
}

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function makeState(memory: WebAssembly.Memory, instance: WebAssembly.Instance): State {
  const ex = instance.exports as unknown as HeapKernels & { __heap_base: WebAssembly.Global };
  const base = (Number(ex.__heap_base.value) + 63) & ~63;
  const end = memory.buffer.byteLength;
  return { memory, buffer: memory.buffer, k: ex, base, end, top: base, clean: base };
}

function createMemory(): WebAssembly.Memory | null {
  // Browsers may refuse a large reservation: try smaller ones before giving up.
  for (let bytes = config.capacity; bytes >= 16 * PAGE; bytes = Math.floor(bytes / 2)) {
    const pages = Math.ceil(bytes / PAGE);
    try {
      return new WebAssembly.Memory({ initial: pages, maximum: pages });
    } catch {}
  }
  return null;
}

/** The heap, created on first use; null when disabled, unavailable or still compiling. */
function heap(): State | null {
  if (state !== undefined) return state;
  if (!config.enabled || typeof WebAssembly === 'undefined' || pending) return null;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = decode(KERNELS_WASM);
  } catch {
    state = null;
    return null;
  }
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch {
    // Browsers' main threads refuse synchronous compilation of larger modules: compile in the
    // background and use the JavaScript loops until it is ready.
    pending = true;
    compiling = WebAssembly.compile(bytes).then(
      (m) => {
        pending = false;
        state = instantiate(m);
      },
      () => {
        pending = false;
        state = null;
      },
    );
    return null;
  }
  state = instantiate(module);
  return state;
}

function instantiate(module: WebAssembly.Module): State | null {
  const memory = createMemory();
  if (memory === null) return null;
  try {
    return makeState(memory, new WebAssembly.Instance(module, { env: { memory } }));
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

/** Size class of a request: multiples of 1/8 of the enclosing power of two (at most 12.5% slack). */
function sizeClass(bytes: number): number {
  if (bytes <= 4096) return 4096;
  const p = 2 ** Math.floor(Math.log2(bytes));
  const step = Math.max(64, p / 8);
  return Math.ceil(bytes / step) * step;
}

function takeFree(size: number): number {
  const list = freeLists.get(size);
  if (list !== undefined && list.length > 0) return list.pop() as number;
  return -1;
}

/** Merges adjacent free blocks, lowers the bump pointer over a free tail, then first-fit. */
function reclaim(s: State, size: number): number {
  const spans: [number, number][] = [];
  for (const [sz, list] of freeLists) for (const off of list) spans.push([off, sz]);
  freeLists.clear();
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[0] + last[1] === sp[0]) last[1] += sp[1];
    else merged.push([sp[0], sp[1]]);
  }
  const tail = merged[merged.length - 1];
  if (tail !== undefined && tail[0] + tail[1] === s.top) {
    s.top = tail[0];
    merged.pop();
  }
  let found = -1;
  for (const sp of merged) {
    if (found < 0 && sp[1] >= size) {
      found = sp[0];
      if (sp[1] > size) pushFree(sp[0] + size, sp[1] - size);
    } else {
      pushFree(sp[0], sp[1]);
    }
  }
  if (found >= 0) return found;
  if (s.top + size <= s.end) {
    found = s.top;
    s.top += size;
  }
  return found;
}

function pushFree(offset: number, size: number): void {
  let list = freeLists.get(size);
  if (list === undefined) {
    list = [];
    freeLists.set(size, list);
  }
  list.push(offset);
}

function freeBlock(b: HeapBlock): void {
  const s = state;
  if (!s) return;
  bytesInUse -= b.bytes;
  blocks--;
  live.delete(b.offset);
  if (b.offset + b.bytes === s.top) s.top = b.offset;
  else pushFree(b.offset, b.bytes);
}

/**
 * Storage for `length` elements of a TypedArray kind in the heap, or null when the request is
 * small, the heap is off or full. `zero`: the caller needs it zero-filled.
 */
export function heapAllocate<T extends TypedArray>(
  ctor: { new (buffer: ArrayBuffer, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number },
  length: number,
  zero: boolean,
  /** Allocate even below `minBytes` (scratch that kernels must reach). */
  force = false,
): T | null {
  const want = length * ctor.BYTES_PER_ELEMENT;
  if ((want < config.minBytes && !force) || !config.enabled) return null;
  const s = heap();
  if (s === null) return null;
  const size = sizeClass(want);
  let offset = takeFree(size);
  if (offset < 0) {
    if (s.top + size <= s.end) {
      offset = s.top;
      s.top += size;
    } else {
      offset = reclaim(s, size);
      if (offset < 0) {
        fallbacks++;
        return null;
      }
    }
  }
  const ta = new ctor(s.buffer, offset, length);
  if (offset + size > s.clean) {
    // Partly never used (zero) — zero the used part below `clean` only.
    if (zero && offset < s.clean) new Uint8Array(s.buffer, offset, s.clean - offset).fill(0);
    s.clean = offset + size;
  } else if (zero) {
    ta.fill(0 as never);
  }
  const block: HeapBlock = { offset, bytes: size, freed: false, kept: false, refs: 1 };
  owners.set(ta, block);
  live.set(offset, block);
  registry.register(ta, block, block);
  bytesInUse += size;
  blocks++;
  pressure();
  if (bytesInUse > peakBytes) peakBytes = bytesInUse;
  const scope = scopes[scopes.length - 1];
  if (scope !== undefined) scope.push(block);
  return ta;
}

/**
 * The heap block behind a typed array, or undefined when it is not heap storage. A typed array
 * made over heap memory by other means (subarray, a plug-in) is found by the live block that
 * contains it and counted as one more reference: the block is only returned to the heap by the
 * garbage collector when every such typed array is gone (dispose and tidy free it regardless).
 */
export function heapBlockOf(data: TypedArray): HeapBlock | undefined {
  const s = state;
  if (!s || data.buffer !== s.buffer) return undefined;
  const own = owners.get(data);
  if (own !== undefined) return own;
  const at = data.byteOffset;
  for (const b of live.values()) {
    if (at >= b.offset && at + data.byteLength <= b.offset + b.bytes) {
      b.refs++;
      owners.set(data, b);
      registry.register(data, b, b);
      return b;
    }
  }
  return undefined;
}

/** Returns a block to the heap now (dispose). Safe to call twice. */
export function releaseBlock(b: HeapBlock): void {
  if (b.freed) return;
  b.freed = true;
  registry.unregister(b);
  freeBlock(b);
}

/** Opens a tidy scope: blocks allocated until the matching close are recorded. */
export function openScope(): void {
  scopes.push([]);
}

/** Closes the innermost scope, freeing its blocks except `keep` (which move to the outer scope). */
export function closeScope(keep: ReadonlySet<HeapBlock>): void {
  const list = scopes.pop();
  if (list === undefined) return;
  const outer = scopes[scopes.length - 1];
  for (const b of list) {
    if (keep.has(b) || b.kept) {
      if (outer !== undefined && !b.kept) outer.push(b);
    } else {
      releaseBlock(b);
    }
  }
}

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
  if (options.capacity !== undefined && options.capacity !== config.capacity) {
    if (state)
      throw new ValueError('configureHeap: the heap is already in use; set its capacity before the first large array');
    if (!Number.isSafeInteger(options.capacity) || options.capacity < 16 * PAGE || options.capacity > 2 ** 32 - PAGE) {
      throw new RangeError(`configureHeap: capacity must be between 1 MiB and 4 GiB - 64 KiB, got ${options.capacity}`);
    }
    config.capacity = options.capacity;
  }
  if (options.minBytes !== undefined) {
    if (!Number.isSafeInteger(options.minBytes) || options.minBytes < 64) {
      throw new RangeError(`configureHeap: minBytes must be an integer >= 64, got ${options.minBytes}`);
    }
    config.minBytes = options.minBytes;
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
  return {
    active: state !== null && state !== undefined && config.enabled,
    capacity: state ? state.end - state.base : config.capacity,
    bytesInUse,
    blocks,
    peakBytes,
    fallbacks,
  };
}
