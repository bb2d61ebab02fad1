/**
 * The WebAssembly sparse kernels (native/kernels.c): CSR products and Gustavson's SpGEMM in the
 * runtime's one memory. They run on arrays that live in the heap (`data.buffer` is the runtime's
 * buffer); callers fall back to the TypeScript loops of ./compressed.ts when these return
 * false/null (no WebAssembly, heap off or full, arrays elsewhere, complex or float32 values).
 *
 * The module has no static data, no table and no import but the memory, so it is compiled and
 * instantiated synchronously on first use (2.7 KB: under the 4 KB browsers allow on their main
 * thread). It keeps no state: two products at once (workers, interleaved calls) are safe.
 */
import { NDArray, copy as ndCopy } from '@stride/ndarray';
import { allocate, allocateArray, blockOf, release, releaseBlock, runtimeBuffer, runtimeMemory } from '@stride/wasm';
import { SPARSE_KERNELS_WASM } from './native.generated.js';

interface Exports {
  sp_dot(n: number, x: number, y: number): number;
  sp_axpy(n: number, a: number, x: number, y: number): void;
  sp_csr_matvec(row0: number, row1: number, ip: number, ix: number, v: number, x: number, y: number): void;
  sp_csr_rmatvec(row0: number, row1: number, ip: number, ix: number, v: number, x: number, y: number): void;
  sp_spgemm_count(
    row0: number,
    row1: number,
    ap: number,
    aj: number,
    bp: number,
    bj: number,
    cp: number,
    mask: number,
  ): number;
  sp_spgemm_fill(
    row0: number,
    row1: number,
    ap: number,
    aj: number,
    ax: number,
    bp: number,
    bj: number,
    bx: number,
    cp: number,
    cj: number,
    cx: number,
    pos: number,
  ): void;
}

/**
 * Rows per kernel call. A WebAssembly call that starts in the engine's baseline tier runs to its
 * end there; calls over blocks of rows let the optimised code take over after the first blocks,
 * so even the first product of a large matrix runs mostly at full speed.
 */
const BLOCK = 4096;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
/** `STRIDE_SPARSE_NATIVE=0` turns the kernels off (the TypeScript loops then run everything). */
const off = isNode && (process.env.STRIDE_SPARSE_NATIVE === '0' || process.env.STRIDE_SPARSE_NATIVE === 'off');

let kernels: Exports | null | undefined;

/** The instantiated kernels, or null where WebAssembly or the runtime's memory is unavailable. */
function native(): Exports | null {
  if (kernels !== undefined) return kernels;
  kernels = null;
  if (off || typeof WebAssembly === 'undefined') return null;
  try {
    const memory = runtimeMemory();
    if (memory === null) return null;
    const bin = atob(SPARSE_KERNELS_WASM);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    kernels = instance.exports as unknown as Exports;
  } catch {
    kernels = null;
  }
  return kernels;
}

/** Whether the native kernels are in use (WebAssembly present, runtime memory available). */
export function nativeAvailable(): boolean {
  return native() !== null;
}

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array;

/** Whether `a` lives in the runtime's heap (so a kernel reads it at `a.byteOffset`). */
export function inHeap(a: Typed): boolean {
  const b = runtimeBuffer();
  return b !== null && a.buffer === b;
}

/** Returns the heap block of an array from `allocateArray` at once. */
function releaseArray(a: Int32Array | Float64Array): void {
  const b = blockOf(a);
  if (b !== undefined) releaseBlock(b);
}

/** Byte address of `a` in the heap, copying it into a temporary block when it lives elsewhere. */
function addressOf(a: Float64Array, temps: number[]): number {
  if (inHeap(a)) return a.byteOffset;
  const p = allocate(a.byteLength);
  if (p === 0) return -1;
  temps.push(p);
  new Float64Array(runtimeBuffer() as ArrayBuffer, p, a.length).set(a);
  return p;
}

/**
 * `y = A x` (or `y = Aᵀ x` with `transpose`) for a float64 CSR matrix of `nRow` rows and `nCol`
 * columns whose arrays live in the heap; x and y may live anywhere (copied through the heap when
 * they do not). Returns false, touching nothing, when the kernels cannot run.
 */
export function nativeCsrProduct(
  transpose: boolean,
  nRow: number,
  nCol: number,
  ip: Int32Array,
  ix: Int32Array,
  v: Float64Array,
  x: Float64Array,
  y: Float64Array,
): boolean {
  const k = native();
  if (k === null || !inHeap(ip) || !inHeap(ix) || !inHeap(v)) return false;
  const temps: number[] = [];
  try {
    const xp = addressOf(x, temps);
    const yHeap = inHeap(y);
    let yp = y.byteOffset;
    if (!yHeap) {
      yp = allocate(y.byteLength);
      if (yp !== 0) temps.push(yp);
    }
    if (xp < 0 || yp === 0) return false;
    const [ipp, ixp, vp] = [ip.byteOffset, ix.byteOffset, v.byteOffset];
    if (transpose) {
      new Float64Array(runtimeBuffer() as ArrayBuffer, yp, nCol).fill(0);
      for (let r = 0; r < nRow; r += BLOCK) k.sp_csr_rmatvec(r, Math.min(r + BLOCK, nRow), ipp, ixp, vp, xp, yp);
    } else {
      for (let r = 0; r < nRow; r += BLOCK) k.sp_csr_matvec(r, Math.min(r + BLOCK, nRow), ipp, ixp, vp, xp, yp);
    }
    if (!yHeap) y.set(new Float64Array(runtimeBuffer() as ArrayBuffer, yp, y.length));
    return true;
  } finally {
    for (const p of temps) release(p);
  }
}

/**
 * Gustavson's SpGEMM `C = A B` for float64 CSR arrays in the heap (A: p rows; B: r columns):
 * C's arrays, allocated in the heap (columns unsorted within a row, as SciPy leaves them), or
 * null when the kernels cannot run.
 */
export function nativeSpgemm(
  p: number,
  r: number,
  ap: Int32Array,
  aj: Int32Array,
  ax: Float64Array,
  bp: Int32Array,
  bj: Int32Array,
  bx: Float64Array,
): { data: NDArray<'float64'>; indices: NDArray<'int32'>; indptr: NDArray<'int32'> } | null {
  const k = native();
  if (k === null) return null;
  for (const a of [ap, aj, ax, bp, bj, bx]) if (!inHeap(a)) return null;
  const mask = allocate(4 * Math.max(r, 1));
  if (mask === 0) return null;
  const buf = runtimeBuffer() as ArrayBuffer;
  try {
    const cp = allocateArray(Int32Array, p + 1, false);
    if (cp === null) return null;
    const [app, ajp, bpp, bjp, cpp] = [ap.byteOffset, aj.byteOffset, bp.byteOffset, bj.byteOffset, cp.byteOffset];
    const scratch = new Int32Array(buf, mask, Math.max(r, 1));
    scratch.fill(-1);
    cp[0] = 0;
    for (let i = 0; i < p; i += BLOCK) {
      if (k.sp_spgemm_count(i, Math.min(i + BLOCK, p), app, ajp, bpp, bjp, cpp, mask) < 0) {
        throw new RangeError('sparse matrix product has more than 2**31 - 1 stored entries');
      }
    }
    const bound = cp[p] as number;
    const cj = allocateArray(Int32Array, bound, false);
    const cx = allocateArray(Float64Array, bound, false);
    if (cj === null || cx === null) {
      for (const a of [cp, cj, cx]) if (a !== null) releaseArray(a);
      return null;
    }
    scratch.fill(-1);
    for (let i = 0; i < p; i += BLOCK) {
      const end = Math.min(i + BLOCK, p);
      k.sp_spgemm_fill(
        i,
        end,
        app,
        ajp,
        ax.byteOffset,
        bpp,
        bjp,
        bx.byteOffset,
        cpp,
        cj.byteOffset,
        cx.byteOffset,
        mask,
      );
    }
    // Exact zeros dropped: the arrays are views of their first nnz entries (their owners keep the blocks).
    const nnz = cp[p] as number;
    const data = new NDArray('float64', cx, [bound]) as NDArray<'float64'>;
    const indices = new NDArray('int32', cj, [bound]) as NDArray<'int32'>;
    return {
      data: nnz === bound ? data : (data.view([nnz], [1], 0) as NDArray<'float64'>),
      indices: nnz === bound ? indices : (indices.view([nnz], [1], 0) as NDArray<'int32'>),
      indptr: new NDArray('int32', cp, [p + 1]) as NDArray<'int32'>,
    };
  } finally {
    release(mask);
  }
}

/** Bytes from which ndarray puts new arrays in the heap (its `empty`'s threshold). */
const HEAP_MIN_BYTES = 65536;

/**
 * The float64 values and int32 indices of a matrix, moved into the heap once when they live
 * elsewhere (plain typed arrays, NDArrays over ordinary buffers) and are large enough that ndarray
 * would have put them there, so every product after runs natively. Arrays already in the heap,
 * small ones, other dtypes, and everything when the kernels are off, are returned as they are.
 */
export function intoHeap<T extends NDArray>(a: T): T {
  const d = a.data as Typed;
  if ((a.dtype !== 'float64' && a.dtype !== 'int32') || d.byteLength < HEAP_MIN_BYTES || native() === null) return a;
  if (inHeap(d)) return a;
  const c = ndCopy(a) as T;
  return inHeap(c.data as Typed) ? c : a;
}

/** Vectors shorter than this stay in TypeScript (the call costs more than it saves). */
const VECTOR_MIN = 2048;

/**
 * `x · y` over the first n entries natively (the TypeScript dot's order, so the same bits), or
 * null when the kernels are off or a vector is not in the heap.
 */
export function nativeDot(n: number, x: Float64Array, y: Float64Array): number | null {
  if (n < VECTOR_MIN) return null;
  const k = native();
  if (k === null || !inHeap(x) || !inHeap(y)) return null;
  return k.sp_dot(n, x.byteOffset, y.byteOffset);
}

/** `y += a x` over the first n entries natively; false (nothing done) when it cannot run. */
export function nativeAxpy(n: number, a: number, x: Float64Array, y: Float64Array): boolean {
  if (n < VECTOR_MIN) return false;
  const k = native();
  if (k === null || !inHeap(x) || !inHeap(y)) return false;
  k.sp_axpy(n, a, x.byteOffset, y.byteOffset);
  return true;
}

/**
 * A zeroed work vector of n float64 for the Krylov and eigen loops: in the heap when it is long
 * enough for the native products and vector kernels to pay off (its block returns to the heap when
 * the vector is collected, or at the end of an open scope), else an ordinary Float64Array.
 */
export function workVector(n: number): Float64Array {
  if (n < VECTOR_MIN || native() === null) return new Float64Array(n);
  return allocateArray(Float64Array, n, true) ?? new Float64Array(n);
}
