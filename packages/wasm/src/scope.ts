// Allocation scopes: everything allocated through a scope is freed when the scope ends, on every path.

import { WasmBuffer } from './buffer.js';
import { WasmError, WasmMemoryError } from './errors.js';
import type { LapackModule } from './module.js';
import { allocate, release, requireMemory } from './runtime.js';

/**
 * Scratch memory of the runtime's heap that all lives until the scope ends: the one scratch
 * scope of every package (`@stride/linalg`'s LAPACK workspaces are one). Raw blocks
 * (`bytes`, `int`, `double`, `float`, `char`: addresses for C/Fortran arguments) need no module;
 * `WasmBuffer`s (`alloc`, `f64`, ...) are made through the module given. Used through
 * {@link withHeapScope}, which ends the scope even when the body throws. (Arrays are not scratch:
 * their lifetime is ndarray's `tidy`/`keep`/`dispose` over the same runtime.)
 */
export class HeapScope implements Disposable {
  /** The module the scope's `WasmBuffer`s are made through (undefined: raw blocks only). */
  readonly module: LapackModule | undefined;
  readonly #buffers: WasmBuffer[] = [];
  readonly #raw: number[] = [];

  constructor(module?: LapackModule) {
    this.module = module;
  }

  /**
   * `byteLength` uninitialised bytes (at least 16, 64-byte aligned) of the heap; returns their
   * address.
   * @throws {WasmMemoryError} when the heap is full.
   */
  bytes(byteLength: number): number {
    const p = allocate(Math.max(16, byteLength));
    if (p === 0) throw new WasmMemoryError(`HeapScope: the heap is full (allocating ${byteLength} bytes)`);
    this.#raw.push(p);
    return p;
  }

  /** `byteLength` uninitialised bytes. */
  alloc(byteLength: number): WasmBuffer {
    return this.#keep(new WasmBuffer(this.#module(), byteLength));
  }

  /** `byteLength` zero bytes. */
  zeros(byteLength: number): WasmBuffer {
    return this.#keep(WasmBuffer.zeros(this.#module(), byteLength));
  }

  /** `n` float64 slots, or a copy of the given values. */
  f64(init: number | ArrayLike<number>): WasmBuffer {
    return typeof init === 'number' ? this.alloc(init * 8) : this.#keep(WasmBuffer.fromF64(this.#module(), init));
  }

  /** `n` float32 slots, or a copy of the given values. */
  f32(init: number | ArrayLike<number>): WasmBuffer {
    return typeof init === 'number' ? this.alloc(init * 4) : this.#keep(WasmBuffer.fromF32(this.#module(), init));
  }

  /** `n` int32 slots, or a copy of the given values (LAPACK INTEGER is int32 here). */
  i32(init: number | ArrayLike<number>): WasmBuffer {
    return typeof init === 'number' ? this.alloc(init * 4) : this.#keep(WasmBuffer.fromI32(this.#module(), init));
  }

  /**
   * A one-element int32 holding `value`: LAPACK takes every scalar by pointer.
   * Returns the pointer, since scalars are rarely read back (read `info` with `i32()`).
   */
  int(value: number): number {
    const p = this.bytes(4);
    new Int32Array(requireMemory('HeapScope').buffer, p, 1)[0] = value;
    return p;
  }

  /** A one-element float64 holding `value`; returns its pointer. */
  double(value: number): number {
    const p = this.bytes(8);
    new Float64Array(requireMemory('HeapScope').buffer, p, 1)[0] = value;
    return p;
  }

  /** A one-element float32 holding `value`; returns its pointer. */
  float(value: number): number {
    const p = this.bytes(4);
    new Float32Array(requireMemory('HeapScope').buffer, p, 1)[0] = value;
    return p;
  }

  /**
   * A single character (LAPACK's CHARACTER*1 options such as 'N', 'U', 'V') as a pointer.
   * @throws {RangeError} for anything but one ASCII character.
   */
  char(c: string): number {
    if (c.length !== 1 || c.charCodeAt(0) > 127) throw new RangeError(`char: expected one ASCII character, got '${c}'`);
    const p = this.bytes(2);
    const u8 = new Uint8Array(requireMemory('HeapScope').buffer, p, 2);
    u8[0] = c.charCodeAt(0);
    u8[1] = 0;
    return p;
  }

  /** Frees everything the scope allocated (in reverse order). Safe to call twice. */
  dispose(): void {
    for (let b = this.#buffers.pop(); b; b = this.#buffers.pop()) b.dispose();
    for (let p = this.#raw.pop(); p !== undefined; p = this.#raw.pop()) release(p);
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  #module(): LapackModule {
    if (this.module === undefined) throw new WasmError('HeapScope: WasmBuffers need the module: new HeapScope(module)');
    return this.module;
  }

  #keep(b: WasmBuffer): WasmBuffer {
    this.#buffers.push(b);
    return b;
  }
}

/**
 * Runs `body` with a fresh {@link HeapScope} and frees all its allocations afterwards,
 * whether `body` returns or throws. Copy results out of the heap before returning.
 *
 * @param module - the loaded module.
 * @param body - the work; its return value is passed through.
 * @returns what `body` returned.
 * @example
 * ```ts
 * const lapack = await loadLapack();
 * const x = withHeapScope(lapack, (s) => {
 *   const a = s.f64([4, 2, 1, 3]);            // column-major 2x2
 *   const b = s.f64([1, 2]);
 *   const ipiv = s.i32(2), info = s.i32(1);
 *   lapack.routine('dgesv')(s.int(2), s.int(1), a.ptr, s.int(2), ipiv.ptr, b.ptr, s.int(2), info.ptr);
 *   return Array.from(b.f64());
 * }); // [0.1, 0.6]
 * ```
 */
export function withHeapScope<T>(module: LapackModule, body: (scope: HeapScope) => T): T {
  const scope = new HeapScope(module);
  try {
    return body(scope);
  } finally {
    scope.dispose();
  }
}
