/**
 * Stride's native runtime: ONE `WebAssembly.Memory`, ONE allocator over it, and ONE lifetime
 * scheme (scopes, explicit release, a FinalizationRegistry) for every package that runs
 * WebAssembly kernels: ndarray's SIMD128 kernels, the LAPACK/OpenBLAS module, and plug-ins.
 *
 * Layout of the memory (byte addresses):
 *
 * | range                         | holds                                                        |
 * | ----------------------------- | ------------------------------------------------------------ |
 * | `[0, 1 MiB)`                  | ndarray's kernel module: static data and its 64 KiB stack    |
 * | `[1 MiB, RESERVED_BYTES)`     | the LAPACK module (linked with `GLOBAL_BASE` = 1 MiB): data and stack |
 * | `[RESERVED_BYTES, capacity)`  | the heap: every block, whoever asked for it                  |
 *
 * The memory is created once at its full capacity and never grows, so typed-array views of it
 * never detach. Modules are linked against this layout (their static regions never overlap)
 * and import the memory; none has an allocator of its own: LAPACK's `malloc`/`free` call
 * {@link allocate}/{@link release} here.
 *
 * Lifetimes: a block that backs a typed array (an array's storage) is returned by
 * {@link releaseBlock} (`dispose()`), at the end of the enclosing scope ({@link openScope} /
 * {@link closeScope}, what ndarray's `tidy` uses), or by the garbage collector once no typed
 * array over it is reachable. Raw blocks ({@link allocate}) live until {@link release}.
 */
import type { TypedArray } from '@stride/protocol';
import { WasmError, WasmMemoryError } from './errors.js';

/**
 * Bytes at the bottom of the memory kept for modules' static data and stacks.
 *
 * @example
 * ```ts
 * RESERVED_BYTES; // 16777216
 * ```
 */
export const RESERVED_BYTES = 16 << 20;
/**
 * Where the LAPACK module's static data starts (its link-time `GLOBAL_BASE`).
 *
 * @example
 * ```ts
 * LAPACK_BASE; // 1048576
 * ```
 */
export const LAPACK_BASE = 1 << 20;
/**
 * The end of ndarray's kernel-module region (its `__heap_base` must not pass it).
 *
 * @example
 * ```ts
 * KERNELS_END === LAPACK_BASE; // true
 * ```
 */
export const KERNELS_END = LAPACK_BASE;

const PAGE = 65536;
/** The smallest heap {@link configureRuntime} accepts. */
const MIN_CAPACITY = 1 << 20;
const MAX_CAPACITY = 2 ** 32 - PAGE - RESERVED_BYTES;
const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** A block of the heap. */
export interface HeapBlock {
  /** Byte address. */
  readonly offset: number;
  /** Bytes reserved (the request rounded up to its size class). */
  readonly bytes: number;
  /** Returned to the heap. */
  freed: boolean;
  /** Survives the enclosing scopes. */
  kept: boolean;
  /** Typed arrays (or other owners) over the block still alive. */
  refs: number;
}

/** What {@link runtimeStats} reports. */
export interface RuntimeStats {
  /** Whether the memory exists. */
  active: boolean;
  /** Bytes available to the heap (capacity less the reserved low region). */
  capacity: number;
  /** Bytes in live blocks (arrays, LAPACK work, OpenBLAS's buffer, plug-ins). */
  bytesInUse: number;
  /** Live blocks. */
  blocks: number;
  /** Highest `bytesInUse` seen. */
  peakBytes: number;
  /** Array allocations refused because the heap was full. */
  fallbacks: number;
}

/** Options of {@link configureRuntime}. */
export interface RuntimeOptions {
  /**
   * Bytes of the heap (default 512 MiB in Node, 256 MiB elsewhere; the memory reserves
   * {@link RESERVED_BYTES} more below it); fixed once the memory exists.
   */
  capacity?: number;
}

const config = { capacity: isNode ? 512 << 20 : 256 << 20 };

interface State {
  memory: WebAssembly.Memory;
  buffer: ArrayBuffer;
  end: number;
  /** Bump pointer: everything at or above is free. */
  top: number;
  /** Bytes at or above this were never handed out (still zero). */
  clean: number;
}

let state: State | null | undefined;
const freeLists = new Map<number, number[]>();
let bytesInUse = 0;
let blocks = 0;
let peakBytes = 0;
let fallbacks = 0;

/** Live blocks by address. */
const live = new Map<number, HeapBlock>();
/** The block owning a typed array (its storage, or a view registered by {@link blockOf}). */
const owners = new WeakMap<object, HeapBlock>();
const registry = new FinalizationRegistry<HeapBlock>((b) => {
  b.refs--;
  if (b.refs === 0 && !b.freed) {
    b.freed = true;
    freeBlock(b);
  }
});
const scopes: HeapBlock[][] = [];

function createMemory(): State | null {
  if (typeof WebAssembly === 'undefined') return null;
  // Browsers may refuse a large reservation: try smaller ones before giving up.
  for (let bytes = config.capacity; bytes >= MIN_CAPACITY; bytes = Math.floor(bytes / 2)) {
    const pages = Math.ceil((RESERVED_BYTES + bytes) / PAGE);
    try {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      const end = memory.buffer.byteLength;
      return { memory, buffer: memory.buffer, end, top: RESERVED_BYTES, clean: RESERVED_BYTES };
    } catch {}
  }
  return null;
}

function need(): State | null {
  if (state === undefined) state = createMemory();
  return state;
}

/**
 * The one `WebAssembly.Memory` (created on first use), or null where WebAssembly or the
 * reservation is unavailable. Every module Stride instantiates imports it as `env.memory`.
 *
 * @example
 * ```ts
 * runtimeMemory()?.buffer.byteLength === runtimeMemory()?.buffer.byteLength; // true (never grows)
 * ```
 */
export function runtimeMemory(): WebAssembly.Memory | null {
  return need()?.memory ?? null;
}

/**
 * The memory's ArrayBuffer if it exists (no creation): an array whose `data.buffer` is this
 * lives in the heap, where kernels and LAPACK reach it in place.
 *
 * @example
 * ```ts
 * runtimeBuffer() === runtimeMemory()?.buffer; // true
 * ```
 */
export function runtimeBuffer(): ArrayBuffer | null {
  return state ? state.buffer : null;
}

/**
 * Whether the memory has been created.
 *
 * @example
 * ```ts
 * runtimeMemory();
 * runtimeStarted(); // true
 * ```
 */
export function runtimeStarted(): boolean {
  return state !== undefined && state !== null;
}

/**
 * Sets the runtime's options. The capacity can only change before the memory is created (the
 * first large array, the first kernel, or loading LAPACK).
 *
 * @throws {WasmError} when the memory already exists with another capacity.
 * @throws {RangeError} for a capacity outside [1 MiB, 4 GiB - 16 MiB - 64 KiB].
 * @example
 * ```ts
 * configureRuntime({ capacity: runtimeStats().capacity }); // (the same capacity: accepted)
 * ```
 */
export function configureRuntime(options: RuntimeOptions): void {
  const cap = options.capacity;
  if (cap === undefined) return;
  if (cap === runtimeCapacity()) return;
  if (state) throw new WasmError('configureRuntime: the memory already exists; set its capacity before first use');
  if (!Number.isSafeInteger(cap) || cap < MIN_CAPACITY || cap > MAX_CAPACITY) {
    throw new RangeError(`configureRuntime: capacity must be between 1 MiB and ${MAX_CAPACITY} bytes, got ${cap}`);
  }
  config.capacity = cap;
}

/**
 * The heap's configured (or, once created, actual) capacity in bytes.
 *
 * @example
 * ```ts
 * runtimeCapacity() === runtimeStats().capacity; // true
 * ```
 */
export function runtimeCapacity(): number {
  return state ? state.end - RESERVED_BYTES : config.capacity;
}

/**
 * Size class of a request: 64-byte steps up to 4 KiB, then multiples of 1/8 of the enclosing
 * power of two (at most 12.5% slack). Every block is 64-byte aligned.
 */
function sizeClass(bytes: number): number {
  if (bytes <= 4096) return Math.max(64, Math.ceil(bytes / 64) * 64);
  const p = 2 ** Math.floor(Math.log2(bytes));
  const step = Math.max(64, p / 8);
  return Math.ceil(bytes / step) * step;
}

function pushFree(offset: number, size: number): void {
  let list = freeLists.get(size);
  if (list === undefined) {
    list = [];
    freeLists.set(size, list);
  }
  list.push(offset);
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

/**
 * The garbage collector cannot see the heap: an 8 MB array costs it a few hundred bytes of
 * objects, so it may not run for hundreds of such arrays and the heap fills with dead ones. So
 * whenever the bytes in use grow by GHOST_BATCH over their level at the last hint, an ordinary
 * buffer of that size is allocated and dropped at once: the engine counts it as external memory
 * until its next collection, which makes it collect (and the registry then return dead arrays'
 * blocks) at the rate the heap grows. Code that frees its arrays (tidy, dispose) does not grow
 * the heap and pays nothing. Node's Buffer.allocUnsafeSlow does not zero or touch the memory.
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

/** A block of at least `bytes`, or null when the heap is full (or unavailable). `zero`: zero-filled. */
function takeBlock(bytes: number, zero: boolean): HeapBlock | null {
  const s = need();
  if (s === null) return null;
  const size = sizeClass(bytes);
  let offset = -1;
  const list = freeLists.get(size);
  if (list !== undefined && list.length > 0) offset = list.pop() as number;
  else if (s.top + size <= s.end) {
    offset = s.top;
    s.top += size;
  } else offset = reclaim(s, size);
  if (offset < 0) return null;
  if (offset + size > s.clean) {
    // Partly never used (still zero): zero the used part below `clean` only.
    if (zero && offset < s.clean) new Uint8Array(s.buffer, offset, s.clean - offset).fill(0);
    s.clean = offset + size;
  } else if (zero) {
    new Uint8Array(s.buffer, offset, bytes).fill(0);
  }
  const block: HeapBlock = { offset, bytes: size, freed: false, kept: false, refs: 1 };
  live.set(offset, block);
  bytesInUse += size;
  blocks++;
  if (bytesInUse > peakBytes) peakBytes = bytesInUse;
  return block;
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
 * Allocates `bytes` (64-byte aligned) and returns the address, or 0 when the heap is full. The
 * block lives until {@link release} (C's `malloc` in every module is this function).
 *
 * @example
 * ```ts
 * const p = allocate(256);
 * p % 64; // 0
 * release(p);
 * ```
 */
export function allocate(bytes: number, zero = false): number {
  const b = takeBlock(Math.max(1, bytes), zero);
  return b === null ? 0 : b.offset;
}

/**
 * Returns the block at address `ptr` (from {@link allocate}) to the heap; 0 and unknown
 * addresses are ignored.
 *
 * @example
 * ```ts
 * const before = runtimeStats().bytesInUse;
 * release(allocate(64));
 * runtimeStats().bytesInUse === before; // true
 * ```
 */
export function release(ptr: number): void {
  const b = live.get(ptr);
  if (b !== undefined) releaseBlock(b);
}

/**
 * Usable bytes of the block at `ptr` (0 when there is none): what `realloc` may keep.
 *
 * @example
 * ```ts
 * const p = allocate(100);
 * blockSize(p); // 128
 * release(p);
 * ```
 */
export function blockSize(ptr: number): number {
  return live.get(ptr)?.bytes ?? 0;
}

/** A typed-array constructor the runtime can allocate storage for. */
export type HeapArrayCtor<T extends TypedArray> = {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * Storage for `length` elements of a typed-array kind in the heap, or null when the heap is
 * full or unavailable. The block is owned by the returned typed array: it goes back to the heap
 * by {@link releaseBlock}, at the end of the innermost open scope, or when the garbage
 * collector finds no typed array over it. `zero`: zero-filled.
 *
 * @example
 * ```ts
 * const x = allocateArray(Float64Array, 1000, true);
 * x?.buffer === runtimeBuffer(); // true
 * ```
 */
export function allocateArray<T extends TypedArray>(ctor: HeapArrayCtor<T>, length: number, zero: boolean): T | null {
  const block = takeBlock(Math.max(1, length * ctor.BYTES_PER_ELEMENT), zero);
  if (block === null) {
    fallbacks++;
    return null;
  }
  const Heap = heapClass(ctor);
  adopting = true;
  let ta: T;
  try {
    ta = new Heap((state as State).buffer, block.offset, length);
  } finally {
    adopting = false;
  }
  adopt(ta, block);
  pressure();
  const scope = scopes[scopes.length - 1];
  if (scope !== undefined) scope.push(block);
  return ta;
}

/**
 * Storage typed arrays are instances of a subclass of their kind (same name, same behaviour)
 * whose constructor is also what `subarray()` calls (through `Symbol.species`): a typed array
 * cut from heap storage is counted as one more reference to its block, so the block is not
 * reused while any such view is reachable. Without this, `a.data.subarray(...)` would outlive a
 * collected `a` and read the next array's memory.
 */
const HEAP_CLASS = Symbol('stride.heapClass');
const classes = new Map<unknown, unknown>();
let adopting = false;
/** Views cut by `subarray` → the storage they were cut from (which owns the block). */
const parents = new WeakMap<object, object>();
/** The block most recently found for a view (views are usually cut from recent blocks). */
let lastViewBlock: HeapBlock | undefined;

function heapClass<T extends TypedArray>(ctor: HeapArrayCtor<T>): HeapArrayCtor<T> {
  if ((ctor as unknown as Record<symbol, unknown>)[HEAP_CLASS] === ctor) return ctor;
  let c = classes.get(ctor) as HeapArrayCtor<T> | undefined;
  if (c === undefined) {
    // Typed as Float64Array only so that TypeScript accepts the subclass: it extends `ctor`.
    const Base = ctor as unknown as new (...args: unknown[]) => Float64Array;
    class Heap extends Base {
      // Three parameters, not a rest list: the typed-array constructors read a missing byteOffset
      // or length as undefined anyway, and a spread call is slower on this path.
      constructor(a?: unknown, b?: unknown, c?: unknown) {
        super(a, b, c);
        if (!adopting && state && this.buffer === state.buffer) trackView(this);
      }

      /**
       * A view of this storage that keeps it (and so its block) reachable for as long as the view
       * is: cheaper than counting the view as an owner of its own, which `blockOf` still does when
       * an array is made over it.
       */
      override subarray(begin?: number, end?: number): Float64Array {
        const was = adopting;
        adopting = true;
        let v: Float64Array;
        try {
          v = super.subarray(begin, end);
        } finally {
          adopting = was;
        }
        parents.set(v, this);
        return v;
      }
    }
    Object.defineProperty(Heap, 'name', { value: (ctor as unknown as { name: string }).name });
    Object.defineProperty(Heap, HEAP_CLASS, { value: Heap });
    c = Heap as unknown as HeapArrayCtor<T>;
    classes.set(ctor, c);
  }
  return c;
}

/** Counts a typed array made over heap memory as a reference to the live block holding it. */
function trackView(view: TypedArray): HeapBlock | undefined {
  const at = view.byteOffset;
  const end = at + view.byteLength;
  let found: HeapBlock | undefined;
  const last = lastViewBlock;
  if (last !== undefined && !last.freed && at >= last.offset && end <= last.offset + last.bytes) found = last;
  else {
    for (const b of live.values()) {
      if (at >= b.offset && end <= b.offset + b.bytes) {
        found = b;
        break;
      }
    }
  }
  if (found === undefined) return undefined;
  lastViewBlock = found;
  found.refs++;
  adopt(view, found);
  return found;
}

/** Makes `owner` (a typed array or another object) the owner of a fresh block. */
function adopt(owner: object, block: HeapBlock): void {
  owners.set(owner, block);
  registry.register(owner, block, block);
}

/**
 * Registers `owner` as an object whose collection frees the block at `ptr` (from
 * {@link allocate}): a `WasmBuffer`, say. The block is recorded in the innermost scope.
 *
 * @throws {WasmError} when no live block starts at `ptr`.
 * @example
 * ```ts
 * const owner = {};
 * const block = adoptAllocation(owner, allocate(64));
 * releaseBlock(block);
 * block.freed; // true
 * ```
 */
export function adoptAllocation(owner: object, ptr: number): HeapBlock {
  const b = live.get(ptr);
  if (b === undefined) throw new WasmError(`adoptAllocation: no live block at ${ptr}`);
  adopt(owner, b);
  const scope = scopes[scopes.length - 1];
  if (scope !== undefined) scope.push(b);
  return b;
}

/**
 * The block behind a typed array, or undefined when it is not heap memory. A typed array made
 * over heap memory by other means (subarray, a plug-in) is found by the live block that
 * contains it and counted as one more reference: the collector only returns the block when
 * every such typed array is gone (release and scopes free it regardless).
 *
 * @example
 * ```ts
 * const x = allocateArray(Float64Array, 16, true);
 * blockOf(x as Float64Array)?.bytes; // 128
 * blockOf(new Float64Array(16)); // undefined
 * ```
 */
export function blockOf(data: TypedArray): HeapBlock | undefined {
  const s = state;
  if (!s || data.buffer !== s.buffer) return undefined;
  const own = owners.get(data);
  if (own !== undefined) return own;
  return trackView(data);
}

/**
 * Returns a block to the heap now (what `dispose()` does). Safe to call twice.
 *
 * @example
 * ```ts
 * const x = allocateArray(Float64Array, 16, true) as Float64Array;
 * const b = blockOf(x);
 * if (b) releaseBlock(b);
 * b?.freed; // true
 * ```
 */
export function releaseBlock(b: HeapBlock): void {
  if (b.freed) return;
  b.freed = true;
  registry.unregister(b);
  freeBlock(b);
}

/**
 * Opens a scope: blocks of arrays (and `WasmBuffer`s) allocated until the matching
 * {@link closeScope} are recorded, and freed there unless kept. ndarray's `tidy` is built on it.
 *
 * @example
 * ```ts
 * openScope();
 * const x = allocateArray(Float64Array, 16, true) as Float64Array;
 * closeScope(new Set());
 * blockOf(x)?.freed; // true
 * ```
 */
export function openScope(): void {
  scopes.push([]);
}

/**
 * The number of open scopes.
 *
 * @example
 * ```ts
 * scopeDepth(); // 0
 * ```
 */
export function scopeDepth(): number {
  return scopes.length;
}

/**
 * Closes the innermost scope, freeing its blocks except those in `keep` or marked kept (which
 * move to the outer scope when they were not marked).
 *
 * @example
 * ```ts
 * openScope();
 * const x = allocateArray(Float64Array, 16, true) as Float64Array;
 * closeScope(new Set([blockOf(x)!]));
 * blockOf(x)?.freed; // false
 * ```
 */
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
 * Bytes in live blocks (the number {@link runtimeStats} reports, without building an object).
 *
 * @example
 * ```ts
 * runtimeBytesInUse() === runtimeStats().bytesInUse; // true
 * ```
 */
export function runtimeBytesInUse(): number {
  return bytesInUse;
}

/**
 * Current use of the runtime's heap.
 *
 * @example
 * ```ts
 * const before = runtimeStats().bytesInUse;
 * release(allocate(1 << 20));
 * runtimeStats().bytesInUse === before; // true
 * ```
 */
export function runtimeStats(): RuntimeStats {
  const s = state;
  return {
    active: s !== null && s !== undefined,
    capacity: runtimeCapacity(),
    bytesInUse,
    blocks,
    peakBytes,
    fallbacks,
  };
}

/**
 * Checks that a module linked against the runtime's layout keeps its static data and stack
 * below `to`: `heapBase` is its `__heap_base` (the first byte after them).
 *
 * @throws {WasmError} when the module would overlap another module or the heap.
 * @example
 * ```ts
 * checkLayout('my kernels', 70_000, KERNELS_END); // (fits: no error)
 * ```
 */
export function checkLayout(name: string, heapBase: number, to: number): void {
  if (!(heapBase <= to)) {
    throw new WasmError(`${name}: static data and stack end at ${heapBase}, past the ${to} its region allows`);
  }
}

/**
 * The runtime's memory, created if needed.
 *
 * @throws {WasmMemoryError} when WebAssembly is unavailable or the reservation is refused.
 * @example
 * ```ts
 * requireMemory('my plug-in') === runtimeMemory(); // true
 * ```
 */
export function requireMemory(what: string): WebAssembly.Memory {
  const m = runtimeMemory();
  if (m === null) {
    throw new WasmMemoryError(`${what}: could not reserve a WebAssembly.Memory of ${config.capacity} bytes`);
  }
  return m;
}

/** Bytes of C stack each plug-in kernel module gets (a block of the heap). */
const KERNEL_STACK = 64 * 1024;

/** Reads an unsigned LEB128 number at `pos`; returns it and the position after it. */
function leb(bytes: Uint8Array, pos: number): [number, number] {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++] as number;
    v += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [v, pos];
    shift += 7;
  }
}

/** Memory and table needs a position-independent module declares in its `dylink.0` section. */
function dylinkInfo(module: WebAssembly.Module): { memorySize: number; memoryAlign: number; tableSize: number } {
  const sections = WebAssembly.Module.customSections(module, 'dylink.0');
  const out = { memorySize: 0, memoryAlign: 0, tableSize: 0 };
  const sec = sections[0];
  if (sec === undefined) {
    throw new WasmError('loadKernels: not a position-independent module (no dylink.0 section); see the README');
  }
  const bytes = new Uint8Array(sec);
  let pos = 0;
  while (pos < bytes.length) {
    const id = bytes[pos++] as number;
    const [size, at] = leb(bytes, pos);
    if (id === 1) {
      let p = at;
      [out.memorySize, p] = leb(bytes, p);
      [out.memoryAlign, p] = leb(bytes, p);
      [out.tableSize, p] = leb(bytes, p);
    }
    pos = at + size;
  }
  return out;
}

/** What {@link loadKernels} returns: the module's exports and the blocks it holds. */
export interface KernelModule<E = WebAssembly.Exports> {
  /** The instance's exports (functions taking byte addresses into the one memory). */
  readonly exports: E;
  /** Byte address of the module's static data (its `__memory_base`), 0 when it has none. */
  readonly memoryBase: number;
  /** Returns the module's static data and stack to the heap; its functions must not run after. */
  unload(): void;
}

/**
 * Instantiates a plug-in's kernel module in the runtime's memory. The module is a
 * position-independent WebAssembly library (clang `--target=wasm32-unknown-emscripten
 * -ffreestanding -nostdlib -fPIC -Wl,-shared,--experimental-pic,--no-entry`, as
 * `examples/kernel/build.mjs` does): it imports `env.memory` and gets its static data
 * and a 64 KiB C stack as blocks of the heap, so any number of plug-ins coexist with ndarray's
 * kernels and LAPACK. Its functions take byte addresses of arrays in the heap (`data.byteOffset`
 * of an array whose `data.buffer` is {@link runtimeBuffer}); it must not allocate memory itself
 * (arrays come from the caller). `imports` adds functions under `env`.
 *
 * @throws {WasmError} for a module that is not position-independent or needs a function table.
 * @throws {WasmMemoryError} when no memory can be had.
 * @example
 * ```ts
 * const bad = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]); // an empty module: no dylink.0 section
 * (await loadKernels(bad).catch((e: Error) => e)).name; // 'WasmError'
 * ```
 */
export async function loadKernels<E = WebAssembly.Exports>(
  source: BufferSource | WebAssembly.Module,
  imports: Record<string, WebAssembly.ImportValue> = {},
): Promise<KernelModule<E>> {
  const memory = requireMemory('loadKernels');
  const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
  const info = dylinkInfo(module);
  if (info.tableSize > 0) {
    throw new WasmError(
      'loadKernels: the module needs a function table (function pointers); kernels must not use them',
    );
  }
  const align = 2 ** info.memoryAlign;
  const data = info.memorySize > 0 ? allocate(info.memorySize + align, true) : 0;
  const stack = allocate(KERNEL_STACK);
  if ((info.memorySize > 0 && data === 0) || stack === 0) {
    release(data);
    release(stack);
    throw new WasmMemoryError('loadKernels: the heap is full');
  }
  const memoryBase = data === 0 ? 0 : Math.ceil(data / align) * align;
  const env: Record<string, WebAssembly.ImportValue> = {
    ...imports,
    memory,
    __memory_base: new WebAssembly.Global({ value: 'i32', mutable: false }, memoryBase),
    __table_base: new WebAssembly.Global({ value: 'i32', mutable: false }, 0),
    __stack_pointer: new WebAssembly.Global({ value: 'i32', mutable: true }, stack + KERNEL_STACK),
  };
  let instance: WebAssembly.Instance;
  try {
    instance = await WebAssembly.instantiate(module, { env, 'GOT.mem': {}, 'GOT.func': {} });
  } catch (e) {
    release(data);
    release(stack);
    throw new WasmError(`loadKernels: could not instantiate the module: ${String(e)}`, { cause: e });
  }
  const ex = instance.exports as Record<string, unknown>;
  for (const init of ['__wasm_apply_data_relocs', '__wasm_call_ctors']) {
    const f = ex[init];
    if (typeof f === 'function') (f as () => void)();
  }
  let loaded = true;
  return {
    exports: instance.exports as E,
    memoryBase,
    unload() {
      if (!loaded) return;
      loaded = false;
      release(data);
      release(stack);
    },
  };
}
