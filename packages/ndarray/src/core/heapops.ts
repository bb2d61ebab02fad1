/**
 * Where the ufunc and reduction engines hand work to the SIMD128 kernels of the ndarray heap,
 * plus the public memory-scope helpers `tidy` and `keep`.
 */
import type { DType, TypedArray } from '@stride/protocol';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import {
  type BinaryKernel,
  type BinaryKind,
  V_F32_F64,
  V_F64_F32,
  V_I32_F32,
  V_I32_F64,
  type HeapBlock,
  type HeapKernels,
  closeScope,
  heapAllocate,
  heapBlockOf,
  heapBuffer,
  heapKernels,
  openScope,
  releaseBlock,
} from './heap.js';
import { broadcastStrides, coalesce } from './iter.js';

/** Below this many output bytes the JavaScript loops win (no call or setup cost). */
const MIN_KERNEL_BYTES = 32768;

/** The output's kernel context: a large float64/float32 array in the heap, kernels ready. */
function kernelTarget(o: NDArray): {
  h: { k: HeapKernels; buffer: ArrayBuffer };
  O: TypedArray;
  item: number;
  size: number;
  dt: 'float64' | 'float32';
} | null {
  const dt = o.dtype;
  if (dt !== 'float64' && dt !== 'float32') return null;
  const item = dt === 'float64' ? 8 : 4;
  const size = o.size;
  if (size * item < MIN_KERNEL_BYTES) return null;
  const O = o.data;
  if (O.buffer !== heapBuffer()) return null;
  const h = heapKernels();
  return h === null ? null : { h, O, item, size, dt };
}

/**
 * Unary float kernel over `o` when the layout folds to one axis (any strides); false to let the
 * caller run the JavaScript loops. A contiguous input outside the heap is copied in once.
 */
export function heapUnary(op: number, a: NDArray, o: NDArray): boolean {
  const s = scratchOutput(o);
  if (s === null) return heapUnaryIn(op, a, o);
  return finishScratch(s, heapUnaryIn(op, a, s.o));
}

/**
 * An output outside the heap (an ordinary ArrayBuffer: a small array, an array wrapped around
 * the caller's data, or one allocated past the task's heap budget) still runs on the kernels
 * when it is contiguous: the kernel writes a heap scratch block, copied out once (a memcpy is far
 * cheaper than the JavaScript loop) and freed at once, so it stays hot for the next call.
 */
interface Scratch {
  o: NDArray;
  target: NDArray;
  data: TypedArray;
}

function scratchOutput(o: NDArray): Scratch | null {
  const dt = o.dtype;
  if (dt !== 'float64' && dt !== 'float32') return null;
  const O = o.data;
  const size = o.size;
  if (O.byteLength === 0 || size * O.BYTES_PER_ELEMENT < MIN_KERNEL_BYTES) return null;
  const buf = heapBuffer();
  if (buf === null || O.buffer === buf || !contiguous(o)) return null;
  const ctor = O.constructor as unknown as Parameters<typeof heapAllocate>[0];
  const data = heapAllocate(ctor, size, false, true);
  if (data === null) return null;
  return { o: new NDArray(dt, data, o.shape, o.strides, 0), target: o, data };
}

function finishScratch(s: Scratch, ok: boolean): boolean {
  if (ok) (s.target.data as Float64Array).set(s.data as Float64Array, s.target.offset);
  free(s.data);
  return ok;
}

/** C-contiguous (what the scratch copy-out assumes). */
function contiguous(o: NDArray): boolean {
  let step = 1;
  for (let ax = o.ndim - 1; ax >= 0; ax--) {
    const d = o.shape[ax] as number;
    if (d !== 1 && o.strides[ax] !== step) return false;
    step *= d;
  }
  return true;
}

function heapUnaryIn(op: number, a: NDArray, o: NDArray): boolean {
  const t = kernelTarget(o);
  if (t === null || a.dtype !== o.dtype) return false;
  const { h, O, item, size, dt } = t;
  const shape = o.shape;
  const c = fold(shape, [broadcastStrides(a.shape, a.strides, shape), o.strides]);
  if (c === null || c.n.length !== 1) return false;
  const [sa, so] = c.s as [number[], number[]];
  if (sa[0] === 0) return false;
  const A = operand(a, sa, size, h.buffer, item);
  if (A === null) return false;
  try {
    (dt === 'float64' ? h.k.f64_unary : h.k.f32_unary)(
      op,
      A.ptr,
      A.temp !== null ? 1 : (sa[0] as number),
      O.byteOffset + o.offset * item,
      so[0] as number,
      size,
    );
    return true;
  } finally {
    if (A.temp !== null) free(A.temp);
  }
}

/**
 * The layout folded by the shared iterator's `coalesce` (length-1 axes dropped, axes every
 * operand steps through as one merged), or null when more than two axes remain.
 */
function fold(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
): { n: number[]; s: number[][] } | null {
  const p = coalesce(shape, strides);
  return p.shape.length > 2 ? null : { n: p.shape, s: p.strides };
}

interface Operand {
  ptr: number;
  strides: number[];
  scalar: number;
  /** Imaginary part of a complex broadcast value. */
  scalarIm: number;
  temp: TypedArray | null;
}

/**
 * Binary float kernel over `o` (already shaped) when the layout allows it; false to let the
 * caller run the JavaScript loops. Inputs outside the heap are copied in once when contiguous
 * (a memcpy is far cheaper than the JavaScript loop) and read as scalars when broadcast.
 */
export function heapBinary(kernel: BinaryKernel, a: NDArray, b: NDArray, o: NDArray): boolean {
  if (kernel.kind !== 'float') return heapRun(kernel, a, b, o);
  const s = scratchOutput(o);
  if (s === null) return heapBinaryIn(kernel, a, b, o);
  return finishScratch(s, heapBinaryIn(kernel, a, b, s.o));
}

function heapBinaryIn(kernel: BinaryKernel, a: NDArray, b: NDArray, o: NDArray): boolean {
  const op = kernel.op;
  const t = kernelTarget(o);
  if (t === null) return false;
  const { h, O, item, size, dt } = t;
  const shape = o.shape;
  const c = fold(shape, [
    broadcastStrides(a.shape, a.strides, shape),
    broadcastStrides(b.shape, b.strides, shape),
    o.strides,
  ]);
  if (c === null) return false;
  const { n } = c;
  const [sa, sb, so] = c.s as [number[], number[], number[]];
  const two = n.length === 2;
  if (sa.every((t) => t === 0) && sb.every((t) => t === 0)) return false;
  if (two && dt === 'float32' && !(sa[1] === 1 && sb[1] === 1 && so[1] === 1)) return false;
  const A = operand(a, sa, size, h.buffer, item);
  if (A === null) return false;
  const B = operand(b, sb, size, h.buffer, item);
  if (B === null) {
    if (A.temp !== null) free(A.temp);
    return false;
  }
  try {
    const po = O.byteOffset + o.offset * item;
    const k = h.k;
    if (!two) {
      const len = n.length === 0 ? 1 : (n[0] as number);
      const ta = sa[0] ?? 0;
      const tb = sb[0] ?? 0;
      const to = so[0] ?? 1;
      if (to === 1 && ta === 1 && tb === 1) {
        (dt === 'float64' ? k.f64_binary : k.f32_binary)(op, A.ptr, B.ptr, po, len);
      } else if (to === 1 && ta === 1 && tb === 0) {
        (dt === 'float64' ? k.f64_binary_as : k.f32_binary_as)(op, A.ptr, B.scalar, po, len);
      } else if (to === 1 && ta === 0 && tb === 1) {
        (dt === 'float64' ? k.f64_binary_sa : k.f32_binary_sa)(op, A.scalar, B.ptr, po, len);
      } else if (A.ptr < 0 || B.ptr < 0) {
        return false;
      } else if (dt === 'float64') {
        k.f64_binary2d(op, A.ptr, 0, ta, B.ptr, 0, tb, po, 0, to, 1, len);
      } else {
        return runRows32(k, op, A, B, po, [1, len], [0, ta], [0, tb], [0, to], item);
      }
      return true;
    }
    const [n0, n1] = n as [number, number];
    if (A.ptr < 0 || B.ptr < 0) return false;
    if (dt === 'float64') {
      k.f64_binary2d(
        op,
        A.ptr,
        sa[0] as number,
        sa[1] as number,
        B.ptr,
        sb[0] as number,
        sb[1] as number,
        po,
        so[0] as number,
        so[1] as number,
        n0,
        n1,
      );
      return true;
    }
    return runRows32(k, op, A, B, po, [n0, n1], sa, sb, so, item);
  } finally {
    if (A.temp !== null) free(A.temp);
    if (B.temp !== null) free(B.temp);
  }
}

/**
 * isnan/isinf/isfinite of a float64/float32 array as one contiguous run (or a contiguous input
 * copied into the heap) into a bool output in the heap; false otherwise.
 */
export function heapPredicate(op: number, a: NDArray, o: NDArray): boolean {
  const dt = a.dtype;
  if ((dt !== 'float64' && dt !== 'float32') || o.dtype !== 'bool') return false;
  const item = dt === 'float64' ? 8 : 4;
  const size = o.size;
  if (size * item < MIN_KERNEL_BYTES) return false;
  const O = o.data;
  if (O.buffer !== heapBuffer()) return false;
  const h = heapKernels();
  if (h === null) return false;
  const c = fold(o.shape, [broadcastStrides(a.shape, a.strides, o.shape), o.strides]);
  if (c === null || c.n.length !== 1 || c.s[0]?.[0] !== 1 || c.s[1]?.[0] !== 1) return false;
  const A = operand(a, c.s[0], size, h.buffer, item);
  if (A === null) return false;
  try {
    (dt === 'float64' ? h.k.f64_pred : h.k.f32_pred)(op, A.ptr, O.byteOffset + o.offset, size);
    return true;
  } finally {
    if (A.temp !== null) free(A.temp);
  }
}

/** Bytes per element of the inputs and of the output, by family. */
const ITEMS: Record<Exclude<BinaryKind, 'float'>, [number, number]> = {
  i32: [4, 4],
  c128: [16, 16],
  cmp64: [8, 1],
  cmp32: [4, 1],
};

/**
 * The int32, complex128 and comparison kernels: one contiguous run (inputs contiguous or
 * broadcast values) into a contiguous output in the heap; false otherwise.
 */
function heapRun(kernel: BinaryKernel, a: NDArray, b: NDArray, o: NDArray): boolean {
  const { kind, op } = kernel;
  const [inItem, outItem] = ITEMS[kind as Exclude<BinaryKind, 'float'>];
  const size = o.size;
  if (size * Math.max(inItem, outItem) < MIN_KERNEL_BYTES) return false;
  const O = o.data;
  if (O.buffer !== heapBuffer()) return false;
  const h = heapKernels();
  if (h === null) return false;
  const shape = o.shape;
  const c = fold(shape, [
    broadcastStrides(a.shape, a.strides, shape),
    broadcastStrides(b.shape, b.strides, shape),
    o.strides,
  ]);
  if (c === null || c.n.length !== 1) return false;
  const [sa, sb, so] = c.s as [number[], number[], number[]];
  const ta = sa[0] as number;
  const tb = sb[0] as number;
  if (so[0] !== 1 || (ta !== 0 && ta !== 1) || (tb !== 0 && tb !== 1) || (ta === 0 && tb === 0)) return false;
  const A = operand(a, sa, size, h.buffer, inItem);
  if (A === null) return false;
  const B = operand(b, sb, size, h.buffer, inItem);
  if (B === null) {
    if (A.temp !== null) free(A.temp);
    return false;
  }
  const po = O.byteOffset + o.offset * outItem;
  const k = h.k;
  try {
    if (kind === 'c128') {
      if (ta === 1 && tb === 1) k.c128_binary(op, A.ptr, B.ptr, po, size);
      else if (ta === 1) k.c128_binary_as(op, A.ptr, B.scalar, B.scalarIm, po, size);
      else k.c128_binary_sa(op, A.scalar, A.scalarIm, B.ptr, po, size);
      return true;
    }
    const [both, right, left] =
      kind === 'i32'
        ? [k.i32_binary, k.i32_binary_as, k.i32_binary_sa]
        : kind === 'cmp64'
          ? [k.f64_cmp, k.f64_cmp_as, k.f64_cmp_sa]
          : [k.f32_cmp, k.f32_cmp_as, k.f32_cmp_sa];
    if (ta === 1 && tb === 1) both(op, A.ptr, B.ptr, po, size);
    else if (ta === 1) right(op, A.ptr, B.scalar, po, size);
    else left(op, A.scalar, B.ptr, po, size);
    return true;
  } finally {
    if (A.temp !== null) free(A.temp);
    if (B.temp !== null) free(B.temp);
  }
}

/** float32 rows with unit inner strides (or false for anything else). */
function runRows32(
  k: HeapKernels,
  op: number,
  A: Operand,
  B: Operand,
  po: number,
  n: number[],
  sa: number[],
  sb: number[],
  so: number[],
  item: number,
): boolean {
  const [n0, n1] = n as [number, number];
  if (sa[1] !== 1 || sb[1] !== 1 || so[1] !== 1) return false;
  for (let i = 0; i < n0; i++) {
    k.f32_binary(
      op,
      A.ptr + i * (sa[0] as number) * item,
      B.ptr + i * (sb[0] as number) * item,
      po + i * (so[0] as number) * item,
      n1,
    );
  }
  return true;
}

function free(t: TypedArray): void {
  const b = heapBlockOf(t);
  if (b !== undefined) releaseBlock(b);
}

function operand(x: NDArray, strides: number[], size: number, buffer: ArrayBuffer, item: number): Operand | null {
  const X = x.data;
  const lanes = item / X.BYTES_PER_ELEMENT;
  if (strides.every((s) => s === 0)) {
    // A broadcast value: passed by value to the scalar kernels; the strided ones need an address.
    const ptr = X.buffer === buffer ? X.byteOffset + x.offset * item : -1;
    const re = X[x.offset * lanes] as number;
    const im = lanes === 2 ? (X[x.offset * lanes + 1] as number) : 0;
    return { ptr, strides, scalar: re, scalarIm: im, temp: null };
  }
  if (X.buffer === buffer) return { ptr: X.byteOffset + x.offset * item, strides, scalar: 0, scalarIm: 0, temp: null };
  // Outside the heap: copy in if it is one contiguous run of the whole output.
  if (strides.length !== 1 || strides[0] !== 1 || x.size !== size) return null;
  const ctor = X.constructor as unknown as Parameters<typeof heapAllocate>[0];
  const t = heapAllocate(ctor, size * lanes, false);
  if (t === null) return null;
  t.set(X.subarray(x.offset * lanes, (x.offset + size) * lanes) as never);
  return { ptr: t.byteOffset, strides, scalar: 0, scalarIm: 0, temp: t };
}

const CONVERSIONS: Record<string, [number, number, number]> = {
  'float64>float32': [V_F64_F32, 8, 4],
  'float32>float64': [V_F32_F64, 4, 8],
  'int32>float64': [V_I32_F64, 4, 8],
  'int32>float32': [V_I32_F32, 4, 4],
};

/**
 * `astype`/`assign` between float64, float32 and int32 through the conversion kernel, when
 * `dst` is in the heap and both are one contiguous run of the same shape; false otherwise.
 */
export function heapConvert(src: NDArray, dst: NDArray): boolean {
  // Cheap exits first: assign runs for every copy, set and out= of small arrays too.
  if (dst.size * 4 < MIN_KERNEL_BYTES || heapBuffer() === null) return false;
  const conv = CONVERSIONS[`${src.dtype}>${dst.dtype}`];
  if (conv === undefined) return false;
  const [kind, inItem, outItem] = conv;
  const size = dst.size;
  if (size * Math.max(inItem, outItem) < MIN_KERNEL_BYTES) return false;
  const D = dst.data;
  if (D.buffer !== heapBuffer()) return false;
  const h = heapKernels();
  if (h === null || src.ndim !== dst.ndim || src.shape.some((d, i) => d !== dst.shape[i])) return false;
  const c = fold(dst.shape, [src.strides, dst.strides]);
  if (c === null || c.n.length !== 1 || c.s[0]?.[0] !== 1 || c.s[1]?.[0] !== 1) return false;
  const S = operand(src, c.s[0], size, h.buffer, inItem);
  if (S === null) return false;
  try {
    h.k.convert(kind, S.ptr, D.byteOffset + dst.offset * outItem, size);
    return true;
  } finally {
    if (S.temp !== null) free(S.temp);
  }
}

/** One contiguous run of `shape` (C order), or a single value broadcast to it; else null. */
function runOf(x: NDArray, shape: readonly number[]): 'run' | 'value' | null {
  if (x.size === 1 && x.ndim <= shape.length) return 'value';
  if (x.ndim !== shape.length || x.shape.some((d, i) => d !== shape[i])) return null;
  const c = fold(x.shape, [x.strides]);
  return c !== null && c.n.length === 1 && c.s[0]?.[0] === 1 ? 'run' : null;
}

/**
 * `where(cond, x, y)` for a bool `cond` of the full shape and float64/float32 `x`, `y` (each a
 * contiguous run or a single value), all in the heap; null to take the general path.
 */
export function heapWhere(c: NDArray, x: NDArray, y: NDArray, dtype: DType, shape: readonly number[]): NDArray | null {
  if (c.dtype !== 'bool' || (dtype !== 'float64' && dtype !== 'float32')) return null;
  const item = dtype === 'float64' ? 8 : 4;
  let size = 1;
  for (const d of shape) size *= d;
  if (size * item < MIN_KERNEL_BYTES || runOf(c, shape) !== 'run') return null;
  const buf = heapBuffer();
  const C = c.data;
  if (buf === null || C.buffer !== buf) return null;
  const rx = runOf(x, shape);
  const ry = runOf(y, shape);
  if (rx === null || ry === null) return null;
  // Broadcast values as JS numbers (64-bit integers and complex take the general path).
  const scalarOf = (v: NDArray): number | null =>
    v.dtype === 'int64' || v.dtype === 'uint64' || v.dtype === 'complex64' || v.dtype === 'complex128'
      ? null
      : (v.data[v.offset] as number);
  const xs = rx === 'value' ? scalarOf(x) : 0;
  const ys = ry === 'value' ? scalarOf(y) : 0;
  if (xs === null || ys === null) return null;
  if (
    (rx === 'run' && (x.dtype !== dtype || x.data.buffer !== buf)) ||
    (ry === 'run' && (y.dtype !== dtype || y.data.buffer !== buf))
  ) {
    return null;
  }
  const h = heapKernels();
  if (h === null) return null;
  const ctor = (dtype === 'float64' ? Float64Array : Float32Array) as unknown as Parameters<typeof heapAllocate>[0];
  const data = heapAllocate(ctor, size, false);
  if (data === null) return null;
  const o = new NDArray(dtype, data, [...shape]);
  const O = o.data;
  const mode = (rx === 'value' ? 1 : 0) | (ry === 'value' ? 2 : 0);
  const px = rx === 'run' ? x.data.byteOffset + x.offset * item : 0;
  const py = ry === 'run' ? y.data.byteOffset + y.offset * item : 0;
  (dtype === 'float64' ? h.k.f64_where : h.k.f32_where)(
    C.byteOffset + c.offset,
    px,
    py,
    O.byteOffset,
    size,
    mode,
    xs,
    ys,
  );
  return o;
}

/**
 * `a[mask]` for a bool mask of `a`'s shape, both contiguous and in the heap: the selected
 * elements in C order as a new 1-D array; null to take the general path.
 */
export function heapCompress(x: NDArray, mask: NDArray): NDArray | null {
  const buf = heapBuffer();
  if (buf === null || mask.dtype !== 'bool' || x.ndim === 0) return null;
  if (runOf(mask, x.shape) !== 'run' || runOf(x, x.shape) !== 'run' || x.size < 4096) return null;
  const X = x.data;
  const M = mask.data;
  if (X.buffer !== buf || M.buffer !== buf) return null;
  const h = heapKernels();
  if (h === null) return null;
  const lanes = X.BYTES_PER_ELEMENT === 0 ? 1 : x.itemsize / X.BYTES_PER_ELEMENT;
  const n = x.size;
  const count = h.k.count_true(M.byteOffset + mask.offset, n);
  // One spare element: the branch-free kernel writes one past the last kept element.
  const ctor = X.constructor as unknown as Parameters<typeof heapAllocate>[0];
  const out = heapAllocate(ctor, (count + 1) * lanes, false, true);
  if (out === null) return null;
  h.k.compress(M.byteOffset + mask.offset, X.byteOffset + x.offset * x.itemsize, out.byteOffset, n, x.itemsize);
  return new NDArray(x.dtype, out, [count]);
}

type Lane<T> = (n: number, x: T, ix: number, sx: number) => number;

/**
 * A reduction lane (over n elements from ix with stride sx) that runs a kernel when the run is
 * contiguous, long enough and in the heap, else the JavaScript lane `js`.
 */
export function heapLane<T extends Float64Array | Float32Array>(
  js: Lane<T>,
  run: (k: HeapKernels, ptr: number, n: number) => number,
): Lane<T> {
  return (n, x, ix, sx) => {
    if (sx === 1 && n >= 4096 && x.buffer === heapBuffer()) {
      return run((heapKernels() as { k: HeapKernels }).k, x.byteOffset + ix * x.BYTES_PER_ELEMENT, n);
    }
    return js(n, x, ix, sx);
  };
}

type Acc = (n: number, x: TypedArray, ix: number, sx: number, y: TypedArray, iy: number, sy: number) => void;
type Acc8 = (
  n: number,
  x: TypedArray,
  ix: number,
  sx: number,
  rs: number,
  y: TypedArray,
  iy: number,
  sy: number,
) => void;

/** y += x over a run, through the kernel when both runs are contiguous and in the heap. */
export function heapAcc(js: Acc, which: 'f64_acc' | 'f32_acc'): Acc {
  return (n, x, ix, sx, y, iy, sy) => {
    const buf = heapBuffer();
    if (sx === 1 && sy === 1 && n >= 64 && x.buffer === buf && y.buffer === buf) {
      const b = x.BYTES_PER_ELEMENT;
      (heapKernels() as { k: HeapKernels }).k[which](x.byteOffset + ix * b, y.byteOffset + iy * b, n);
      return;
    }
    js(n, x, ix, sx, y, iy, sy);
  };
}

/** y += eight rows of x (rs apart) in order, through the kernel when contiguous and in the heap. */
export function heapAcc8(js: Acc8, which: 'f64_acc8' | 'f32_acc8'): Acc8 {
  return (n, x, ix, sx, rs, y, iy, sy) => {
    const buf = heapBuffer();
    if (sx === 1 && sy === 1 && n >= 64 && x.buffer === buf && y.buffer === buf) {
      const b = x.BYTES_PER_ELEMENT;
      (heapKernels() as { k: HeapKernels }).k[which](x.byteOffset + ix * b, rs, y.byteOffset + iy * b, n);
      return;
    }
    js(n, x, ix, sx, rs, y, iy, sy);
  };
}

/**
 * A heap copy of a (small) result `y` when the data `x` lives in the heap and `y` does not, so
 * accumulation kernels can run on both; null when not needed or not possible. Copy it back and
 * `releaseMirror` it when done.
 */
export function heapMirror(x: TypedArray, y: TypedArray): TypedArray | null {
  const buf = heapBuffer();
  if (buf === null || x.buffer !== buf || y.buffer === buf) return null;
  const ctor = y.constructor as unknown as Parameters<typeof heapAllocate>[0];
  const m = heapAllocate(ctor, y.length, false, true);
  if (m === null) return null;
  m.set(y as never);
  return m;
}

/** Frees a mirror made by heapMirror. */
export function releaseMirror(m: TypedArray): void {
  free(m);
}

/** Pairwise sums (float64 data in float64, float32 data in float32) through the kernels. */
export function heapSum<T extends Float64Array | Float32Array>(js: Lane<T>, kind: 'f64_sum' | 'f32_sumf'): Lane<T> {
  return heapLane(js, (k, p, n) => k[kind](p, n));
}

function blockOfArray(a: NDArray): HeapBlock | undefined {
  return (a as unknown as { _block: HeapBlock | undefined })._block;
}

function collect(v: unknown, into: Set<HeapBlock>, seen: Set<unknown>): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v instanceof NDArray) {
    const b = blockOfArray(v);
    if (b !== undefined) into.add(b);
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) collect(x, into, seen);
    return;
  }
  if (v instanceof Map) {
    for (const x of v.values()) collect(x, into, seen);
    return;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    for (const x of Object.values(v)) collect(x, into, seen);
  }
}

/**
 * Runs `fn` and frees the heap storage of every array it created except those it returns
 * (an array, or arrays inside a returned array/object/Map). JavaScript has no reference
 * counting, so without this large temporaries wait for the garbage collector; in a tight loop
 * `tidy` keeps the heap's memory hot and bounded. Arrays created inside and used afterwards
 * throw a clear error instead of reading freed memory. Scopes nest.
 *
 * @example
 * ```ts
 * const a = ones([1000, 1000]);
 * const b = ones([1000, 1000]);
 * const c = ones([1000, 1000]);
 * const r = tidy(() => add(multiply(a, b), c)); // the product is freed at once
 * r.get(0, 0);                                   // 2
 * ```
 */
export function tidy<T>(fn: () => T): T {
  if (typeof fn !== 'function')
    throw new ValueError(`tidy: expected a function, got ${fn === null ? 'null' : typeof fn}`);
  openScope();
  let result: T;
  try {
    result = fn();
  } catch (e) {
    closeScope(new Set());
    throw e;
  }
  if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
    closeScope(new Set());
    // The async body goes on after its first await with its arrays freed and will likely
    // reject: observe that rejection so it never surfaces as an unhandled one.
    (result as unknown as PromiseLike<unknown>).then(undefined, () => {});
    throw new ValueError('tidy: the function must be synchronous (it returned a Promise)');
  }
  const keepSet = new Set<HeapBlock>();
  collect(result, keepSet, new Set());
  closeScope(keepSet);
  return result;
}

/**
 * Exempts an array from the enclosing `tidy` scopes (it is freed by `dispose()` or the garbage
 * collector instead). Returns the array.
 *
 * @example
 * ```ts
 * let kept: NDArray | undefined;
 * tidy(() => {
 *   kept = keep(ones([100_000]));
 *   return null;
 * });
 * kept?.get(0); // 1
 * ```
 */
export function keep<A extends NDArray>(a: A): A {
  const b = blockOfArray(a);
  if (b !== undefined) b.kept = true;
  return a;
}
