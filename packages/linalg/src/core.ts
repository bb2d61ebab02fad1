/**
 * The boundary between NDArrays and the LAPACK module: working dtypes, call frames that free
 * every allocation on every path, and Fortran-order copies in and out of the wasm heap.
 */
import {
  type ArrayInput,
  type DType,
  DTypeError,
  NDArray,
  ShapeError,
  all,
  asarray,
  broadcastShapes,
  isfinite,
  zeros,
} from '@stride/ndarray';
import { HeapScope, WasmMemoryError, allocateArray, runtimeBuffer } from '@stride/wasm';
import { LinAlgError, lapackError } from './errors.js';
import { native } from './native.js';

/**
 * Element copies made on the way into and out of LAPACK, counted for tests: `in` is the
 * working copies LAPACK's in-place routines need (as NumPy makes them), `out` the copies of
 * results into separate output arrays (none where results come back in place).
 */
export const copies = { in: 0, out: 0 };

/** Whether an array's storage is in the runtime's memory (so LAPACK can read it in place). */
export function inRuntime(a: NDArray): boolean {
  const buf = runtimeBuffer();
  return buf !== null && a.data.buffer === buf;
}

/** Byte address of element `offset` of an array in the runtime's memory (complex: 2 lanes). */
export function addressOf(a: NDArray, offset: number): number {
  const d = a.data;
  const lanesPer = a.dtype === 'complex64' || a.dtype === 'complex128' ? 2 : 1;
  return d.byteOffset + offset * lanesPer * d.BYTES_PER_ELEMENT;
}

/**
 * A C-ordered result array of working dtype `t` (or its real dtype) whose storage is a block of
 * the runtime's heap, so LAPACK writes the result in place and it comes back with no copy.
 */
export function heapResult(t: Work | 'float32' | 'float64', shape: readonly number[]): NDArray {
  const size = shape.reduce((p, d) => p * d, 1);
  if (size === 0) return zeros(shape, { dtype: t });
  const cplx = t === 'complex64' || t === 'complex128';
  const ctor = t === 'float32' || t === 'complex64' ? Float32Array : Float64Array;
  const data = allocateArray<Float32Array | Float64Array>(ctor, size * (cplx ? 2 : 1), false);
  if (data === null) {
    throw new LinAlgError(
      `out of WebAssembly memory allocating ${size} ${t} elements (raise the heap with configureHeap({ capacity }) before first use)`,
    );
  }
  return new NDArray(t, data, shape);
}

/** The four LAPACK precisions. */
export type Work = 'float32' | 'float64' | 'complex64' | 'complex128';

/** LAPACK's prefix for a working dtype. */
export function prefix(t: Work): 's' | 'd' | 'c' | 'z' {
  return t === 'float32' ? 's' : t === 'float64' ? 'd' : t === 'complex64' ? 'c' : 'z';
}

export function isComplexWork(t: Work): boolean {
  return t === 'complex64' || t === 'complex128';
}

/** The real dtype matching a working dtype (complex128 -> float64). */
export function realOf(t: Work): 'float32' | 'float64' {
  return t === 'float32' || t === 'complex64' ? 'float32' : 'float64';
}

/** Bytes per element of a working dtype. */
export function bytesOf(t: Work): number {
  return t === 'float32' ? 4 : t === 'float64' ? 8 : t === 'complex64' ? 8 : 16;
}

/** Machine epsilon of a working dtype's real part. */
export function epsOf(t: Work): number {
  return realOf(t) === 'float32' ? 1.1920928955078125e-7 : 2.220446049250313e-16;
}

/**
 * NumPy's linalg dtype rule: bool and integers compute in float64, float32 stays float32, and
 * complex stays complex; several operands promote together.
 */
export function workDType(op: string, ...dtypes: DType[]): Work {
  let single = true;
  let cplx = false;
  for (const d of dtypes) {
    if (d === 'complex64') cplx = true;
    else if (d === 'complex128') {
      cplx = true;
      single = false;
    } else if (d !== 'float32') single = false;
  }
  for (const d of dtypes) {
    if (
      ![
        'bool',
        'int8',
        'uint8',
        'int16',
        'uint16',
        'int32',
        'uint32',
        'int64',
        'uint64',
        'float32',
        'float64',
        'complex64',
        'complex128',
      ].includes(d)
    ) {
      throw new DTypeError(`${op}: unsupported dtype ${d}`);
    }
  }
  if (cplx) return single ? 'complex64' : 'complex128';
  return single ? 'float32' : 'float64';
}

/** Shape string for messages: `[2, 3]`. */
export function fmt(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Converts input and checks it has at least two axes. */
export function asMatrixStack(x: ArrayInput, op: string, name = 'a'): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) {
    throw new ShapeError(
      `${op}: ${a.ndim}-dimensional array given for ${name}; array must be at least two-dimensional`,
    );
  }
  return a;
}

/** Checks the last two axes are square. */
export function assertSquare(a: NDArray, op: string, name = 'a'): number {
  const m = a.shape[a.ndim - 2] as number;
  const n = a.shape[a.ndim - 1] as number;
  if (m !== n) throw new ShapeError(`${op}: last 2 dimensions of ${name} must be square, got shape ${fmt(a.shape)}`);
  return n;
}

/** SciPy's check_finite: NaN/Inf input is refused before LAPACK sees it. */
export function assertFinite(a: NDArray, op: string): void {
  if (!isFloatLike(a.dtype)) return;
  if (!all(isfinite(a))) throw new LinAlgError(`${op}: array must not contain infs or NaNs`);
}

function isFloatLike(d: DType): boolean {
  return d === 'float32' || d === 'float64' || d === 'complex64' || d === 'complex128';
}

/**
 * Storage offsets of each matrix of a stack, with the stack's leading axes broadcast to
 * `batchShape` (zero stride on broadcast axes).
 */
export function batchOffsets(a: NDArray, batchShape: readonly number[], core: number): number[] {
  const nb = a.ndim - core;
  const pad = batchShape.length - nb;
  const count = batchShape.reduce((p, d) => p * d, 1);
  const out = new Array<number>(count);
  const idx = new Array<number>(batchShape.length).fill(0);
  for (let b = 0; b < count; b++) {
    let k = a.offset;
    for (let ax = 0; ax < nb; ax++) {
      const d = a.shape[ax] as number;
      if (d !== 1) k += (idx[pad + ax] as number) * (a.strides[ax] as number);
    }
    out[b] = k;
    for (let ax = batchShape.length - 1; ax >= 0; ax--) {
      const i = (idx[ax] as number) + 1;
      if (i < (batchShape[ax] as number)) {
        idx[ax] = i;
        break;
      }
      idx[ax] = 0;
    }
  }
  return out;
}

/** Broadcasts the leading (batch) axes of several stacks. */
export function batchShapeOf(op: string, ...parts: [NDArray, number][]): number[] {
  return broadcastShapes(op, ...parts.map(([a, core]) => a.shape.slice(0, a.ndim - core)));
}

/**
 * LAPACK's scratch for one call: the runtime's one scratch scope (`HeapScope` of @stride/wasm:
 * raw blocks of the one heap, freed together) plus the working-dtype helpers the wrappers use.
 */
export class Frame extends HeapScope {
  /** `bytes` of scratch (at least 16); its address. */
  override bytes(bytes: number): number {
    try {
      return super.bytes(bytes);
    } catch (e) {
      if (e instanceof WasmMemoryError) throw new LinAlgError(`out of WebAssembly memory allocating ${bytes} bytes`);
      throw e;
    }
  }

  /** Allocates room for `n` elements of a working dtype. */
  array(t: Work, n: number): number {
    return this.bytes(n * bytesOf(t));
  }

  /** A float holding `v` in the working dtype's real precision (complex: `v + 0i`). */
  scalar(t: Work, v: number, im = 0): number {
    const p = this.bytes(bytesOf(t));
    const view =
      realOf(t) === 'float32' ? new Float32Array(native.buffer(), p, 2) : new Float64Array(native.buffer(), p, 2);
    view[0] = v;
    if (isComplexWork(t)) view[1] = im;
    return p;
  }
}

/** Runs `fn` with a fresh frame and frees it on every path. */
export function withFrame<T>(fn: (f: Frame) => T): T {
  const f = new Frame();
  try {
    return fn(f);
  } finally {
    f.dispose();
  }
}

/** Reads an int32 at a pointer. */
export function readInt(p: number): number {
  return new Int32Array(native.buffer(), p, 1)[0] as number;
}

/** A view of `n` real lanes of the working dtype's precision at `p` (re-derived on each call). */
export function lanes(t: Work, p: number, n: number): Float64Array | Float32Array {
  return realOf(t) === 'float32' ? new Float32Array(native.buffer(), p, n) : new Float64Array(native.buffer(), p, n);
}

/**
 * Copies matrix `(m, n)` of `a` at storage offset `base` into the heap at `p` in Fortran order with
 * leading dimension `ld`, converting to the working dtype. Optional conjugation for `a^H` tricks.
 */
export function writeMatrix(t: Work, p: number, a: NDArray, base: number, m: number, n: number, ld: number): void {
  copies.in++;
  const cplxOut = isComplexWork(t);
  const lanesOut = cplxOut ? 2 : 1;
  const dst = lanes(t, p, ld * n * lanesOut);
  const sm = a.strides[a.ndim - 2] as number;
  const sn = a.strides[a.ndim - 1] as number;
  const src = a.data;
  const dt = a.dtype;
  if (dt === 'complex64' || dt === 'complex128') {
    const s = src as Float64Array;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) {
        const k = 2 * (base + i * sm + j * sn);
        const o = (i + j * ld) * lanesOut;
        dst[o] = s[k] as number;
        if (cplxOut) dst[o + 1] = s[k + 1] as number;
      }
    }
    return;
  }
  if (dt === 'int64' || dt === 'uint64') {
    const s = src as BigInt64Array;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) {
        const o = (i + j * ld) * lanesOut;
        dst[o] = Number(s[base + i * sm + j * sn] as bigint);
        if (cplxOut) dst[o + 1] = 0;
      }
    }
    return;
  }
  const s = src as Float64Array;
  // Already column-major with this leading dimension and the same precision: one block copy.
  if (!cplxOut && m > 0 && sm === 1 && (sn === ld || n === 1) && dt === t) {
    dst.set(s.subarray(base, base + (n - 1) * ld + m), 0);
    return;
  }
  if (!cplxOut) {
    for (let j = 0; j < n; j++) {
      let k = base + j * sn;
      let o = j * ld;
      for (let i = 0; i < m; i++, k += sm, o++) dst[o] = s[k] as number;
    }
    return;
  }
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      const o = 2 * (i + j * ld);
      dst[o] = s[base + i * sm + j * sn] as number;
      dst[o + 1] = 0;
    }
  }
}

/** Copies a Fortran-order heap matrix into a C-order output NDArray at element offset `outBase`. */
export function readMatrix(t: Work, p: number, m: number, n: number, ld: number, out: NDArray, outBase: number): void {
  copies.out++;
  const cplx = isComplexWork(t);
  const l = cplx ? 2 : 1;
  const src = lanes(t, p, ld * n * l);
  const dst = out.data as Float64Array;
  if (!cplx) {
    for (let i = 0; i < m; i++) {
      let o = outBase + i * n;
      let k = i;
      for (let j = 0; j < n; j++, o++, k += ld) dst[o] = src[k] as number;
    }
    return;
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const o = 2 * (outBase + i * n + j);
      const k = 2 * (i + j * ld);
      dst[o] = src[k] as number;
      dst[o + 1] = src[k + 1] as number;
    }
  }
}

/** Calls a LAPACK/BLAS routine by name and turns argument errors reported via xerbla into ValueErrors. */
export function call(name: string, ...args: number[]): void {
  native.call(name, args);
  const x = native.takeXerbla();
  if (x !== null) throw lapackError(x.routine || name, -x.arg);
}

/** Reads LAPACK's `info` and throws the routine's error when it is non-zero. */
export function checkInfo(routine: string, infoPtr: number): void {
  const info = readInt(infoPtr);
  if (info !== 0) throw lapackError(routine, info);
}

/** A new zero-filled C-order NDArray of a working dtype. */
export function newArray(t: Work | 'int32', shape: readonly number[]): NDArray {
  return zeros(shape, { dtype: t });
}

/** LAPACK's optimal workspace query (lwork = -1): returns the size it asks for, as an integer. */
export function queriedSize(t: Work, p: number): number {
  const v = lanes(t, p, 1)[0] as number;
  return Math.max(1, Math.ceil(v));
}
