/**
 * Storage for small arrays: views into shared slabs of ordinary memory, handed out by a bump
 * pointer. V8 gives every typed array of more than 64 bytes its own backing store, which costs
 * about a microsecond to create — ten times the rest of `add` on ten elements, and five times
 * NumPy's whole call — while a view into an existing buffer costs tens of nanoseconds. So arrays
 * of at most {@link SMALL_MAX_BYTES} bytes are views into a {@link SLAB_BYTES}-byte `ArrayBuffer`
 * shared with their neighbours in allocation order; a slab is collected when no array in it is
 * reachable.
 *
 * What this means for users: a small array's `data.buffer` is shared (as a heap array's or a
 * view's is): use `data` itself (or `data.slice()`), never the whole `data.buffer`, and do not
 * transfer `data.buffer` to a worker (it would detach the neighbours' storage; post
 * `data.slice()`). One small array that stays reachable keeps its slab (16 KiB) alive.
 */
import type { TypedArray } from '@stride/protocol';

/** Arrays of at most this many bytes are allocated from a slab. */
export const SMALL_MAX_BYTES = 256;
/** The size of one slab. */
export const SLAB_BYTES = 16384;

/** A TypedArray class (each has the `(buffer, byteOffset, length)` constructor). */
type TypedArrayClass = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray;

let slab: ArrayBuffer | null = null;
let used = SLAB_BYTES;

/**
 * A zero-filled typed array of `length` elements of class `ctor` (at most
 * {@link SMALL_MAX_BYTES} bytes) in the current slab; 8-byte aligned.
 *
 * @example
 * ```ts
 * const v = smallAllocate(Float64Array, 10);
 * v.length; // 10
 * ```
 */
export function smallAllocate(ctor: TypedArrayClass & { BYTES_PER_ELEMENT: number }, length: number): TypedArray {
  // At least 8 bytes, so that even two empty arrays never start at the same place.
  const bytes = Math.max(8, (length * ctor.BYTES_PER_ELEMENT + 7) & ~7);
  if (used + bytes > SLAB_BYTES || slab === null) {
    // A fresh ArrayBuffer is zero-filled; slab memory is never reused, so every view starts at 0.
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const v = new ctor(slab, used, length);
  used += bytes;
  return v;
}
