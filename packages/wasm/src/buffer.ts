// WasmBuffer: one malloc'd region of the wasm heap, with views re-derived on every use.

import { DisposedError } from './errors.js';
import type { LapackModule } from './module.js';
import { type HeapBlock, adoptAllocation, releaseBlock } from './runtime.js';

/**
 * A block of the runtime's heap owned by JavaScript. Views (`f64()`, `i32()`, ...) are built on
 * each call.
 *
 * Its lifetime is the runtime's, shared with every array: free it with `dispose()` or a `using`
 * declaration; inside ndarray's `tidy` it is freed when the scope ends; the runtime's
 * FinalizationRegistry frees forgotten buffers once they are collected.
 *
 * @example
 * ```ts
 * const lapack = await loadLapack();
 * using x = WasmBuffer.fromF64(lapack, [1, 2, 3]);
 * x.f64()[1]; // 2
 * x.ptr % 8;  // 0 (pass x.ptr to a routine)
 * ```
 */
export class WasmBuffer implements Disposable {
  /** The module whose heap holds the buffer. */
  readonly module: LapackModule;
  /** Size in bytes. */
  readonly byteLength: number;
  readonly #ptr: number;
  readonly #block: HeapBlock;

  /**
   * Allocates `byteLength` bytes (contents undefined; see {@link WasmBuffer.zeros}).
   * @throws {WasmMemoryError} when the heap is full.
   */
  constructor(module: LapackModule, byteLength: number) {
    this.module = module;
    this.byteLength = byteLength;
    this.#ptr = module.malloc(byteLength);
    this.#block = adoptAllocation(this, this.#ptr);
  }

  /** A zero-filled buffer of `byteLength` bytes. */
  static zeros(module: LapackModule, byteLength: number): WasmBuffer {
    const b = new WasmBuffer(module, byteLength);
    b.u8().fill(0);
    return b;
  }

  /** A buffer holding a copy of `values` as float64. */
  static fromF64(module: LapackModule, values: ArrayLike<number>): WasmBuffer {
    const b = new WasmBuffer(module, values.length * 8);
    b.f64().set(values);
    return b;
  }

  /** A buffer holding a copy of `values` as float32. */
  static fromF32(module: LapackModule, values: ArrayLike<number>): WasmBuffer {
    const b = new WasmBuffer(module, values.length * 4);
    b.f32().set(values);
    return b;
  }

  /** A buffer holding a copy of `values` as int32. */
  static fromI32(module: LapackModule, values: ArrayLike<number>): WasmBuffer {
    const b = new WasmBuffer(module, values.length * 4);
    b.i32().set(values);
    return b;
  }

  /**
   * Byte address of the buffer in the wasm heap (what routines take).
   * @throws {DisposedError} after `dispose()`.
   */
  get ptr(): number {
    if (this.#block.freed) throw new DisposedError('WasmBuffer used after dispose() or the end of its tidy() scope');
    return this.#ptr;
  }

  /** Whether `dispose()` (or the end of its `tidy` scope) freed it. */
  get disposed(): boolean {
    return this.#block.freed;
  }

  /** Fresh float64 view of the buffer (`byteLength / 8` elements). */
  f64(): Float64Array {
    return new Float64Array(this.module.u8().buffer, this.ptr, this.byteLength >>> 3);
  }

  /** Fresh float32 view of the buffer (`byteLength / 4` elements). */
  f32(): Float32Array {
    return new Float32Array(this.module.u8().buffer, this.ptr, this.byteLength >>> 2);
  }

  /** Fresh int32 view of the buffer (`byteLength / 4` elements). */
  i32(): Int32Array {
    return new Int32Array(this.module.u8().buffer, this.ptr, this.byteLength >>> 2);
  }

  /** Fresh byte view of the buffer. */
  u8(): Uint8Array {
    return new Uint8Array(this.module.u8().buffer, this.ptr, this.byteLength);
  }

  /** Frees the memory; later calls do nothing. */
  dispose(): void {
    releaseBlock(this.#block);
  }

  /** Same as {@link WasmBuffer.dispose}, for `using` declarations. */
  [Symbol.dispose](): void {
    this.dispose();
  }
}
