/**
 * The layer between NDArrays and the FFT kernels: input dtypes, axes, lengths (padding and
 * truncation), normalization, and one transform applied line by line along an axis.
 * @module
 */
import { AxisError, type Check, DTypeError, NDArray, ValueError, astype, empty, is } from '@stride/ndarray';
import { allocate, blockOf, release, releaseBlock, runtimeBuffer } from '@stride/wasm';
import { type ComplexPlan, complexPlan } from './kernels/plan.js';
import { realPlan } from './kernels/real.js';

/** NumPy's normalization modes. */
export type FFTNorm = 'backward' | 'ortho' | 'forward';

/** Options of the one-dimensional transforms (`fft`, `ifft`, `rfft`, `irfft`, `hfft`, `ihfft`). */
export interface FFTOptions {
  /** Length of the transformed axis: the input is zero-padded or truncated to it. */
  n?: number | null;
  /** The axis to transform (default −1). */
  axis?: number;
  /** Normalization (default `'backward'`: no factor forward, 1/n backward). */
  norm?: FFTNorm | null;
}

/** Options of the N-d transforms (`fft2`, `fftn`, `rfftn`, ...). */
export interface FFTNOptions {
  /** Lengths along the transformed axes (each zero-padded or truncated). */
  s?: number[] | null;
  /** The axes to transform (default: the last `s.length` axes, or all). */
  axes?: number[] | null;
  /** Normalization (default `'backward'`). */
  norm?: FFTNorm | null;
}

const normChoice = is.choice('backward', 'ortho', 'forward');
/** `null` (NumPy's None) is the default; another string is a ValueError, another type an ArgumentError. */
const normCheck = ((v: unknown, fn: string, name: string) =>
  v === null ? undefined : normChoice(v, fn, name)) as Check<FFTNorm | undefined>;

/** Checks shared by the signatures. */
export const checks = {
  n: is.orNone(is.int),
  axis: is.axisInt,
  norm: normCheck,
  s: is.orNone(is.arrayOf(is.int)),
  axes: is.orNone(is.arrayOf(is.int)),
};

/** A strided view of float64 numbers (`complex`: interleaved pairs, strides in pairs). */
export interface Lines {
  data: Float64Array | Float32Array;
  shape: number[];
  strides: number[];
  offset: number;
  complex: boolean;
}

/** Integer and bool input as float64 (NumPy computes their transforms in double). */
const toFloat64 = (a: NDArray): NDArray => astype(a, 'float64') as NDArray;

/** The working form of an input: float32/complex64 stay single, other dtypes become float64/complex128. */
export function toLines(fn: string, a: NDArray): { lines: Lines; single: boolean } {
  let arr: NDArray = a;
  const dt: string = a.dtype;
  if (dt !== 'float32' && dt !== 'float64' && dt !== 'complex64' && dt !== 'complex128') {
    if (dt === 'int64' || dt === 'uint64' || dt === 'bool' || /^u?int/.test(dt)) arr = toFloat64(a);
    else throw new DTypeError(`${fn}: unsupported dtype ${dt}`);
  }
  return {
    lines: {
      data: arr.data as Float64Array | Float32Array,
      shape: arr.shape.slice(),
      strides: arr.strides.slice(),
      offset: arr.offset,
      complex: arr.dtype === 'complex64' || arr.dtype === 'complex128',
    },
    single: arr.dtype === 'float32' || arr.dtype === 'complex64',
  };
}

/** An axis in [−ndim, ndim) as a non-negative index, or NumPy's out-of-range error. */
export function normAxis(fn: string, axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) {
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** The transform length: `n` or the axis length; NumPy's error when it is below 1. */
export function checkLength(fn: string, n: number): number {
  if (n < 1) throw new ValueError(`${fn}: invalid number of FFT data points (${n}) specified`);
  return n;
}

/** The factor a transform of length n applies, for a norm and a direction. */
export function scaleFor(norm: FFTNorm, n: number, inverse: boolean): number {
  if (norm === 'ortho') return 1 / Math.sqrt(n);
  if (norm === 'backward') return inverse ? 1 / n : 1;
  return inverse ? 1 : 1 / n;
}

/** The norm under which the opposite direction scales the same way (NumPy's swap for hfft). */
export function swapNorm(norm: FFTNorm): FFTNorm {
  return norm === 'backward' ? 'forward' : norm === 'forward' ? 'backward' : 'ortho';
}

/** C-order strides (in elements) of a shape. */
export function cStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i] as number;
  }
  return st;
}

/** Calls `cb(inOffset, outOffset)` for every line along `axis` (C order over the other axes); the DCT/DST use it too. */
export function eachLine(
  shape: readonly number[],
  axis: number,
  inStrides: readonly number[],
  inOffset: number,
  outStrides: readonly number[],
  cb: (inOff: number, outOff: number) => void,
): void {
  const dims: number[] = [];
  for (let d = 0; d < shape.length; d++) if (d !== axis) dims.push(d);
  for (const d of dims) if ((shape[d] as number) === 0) return;
  const idx = new Array<number>(dims.length).fill(0);
  let io = inOffset;
  let oo = 0;
  for (;;) {
    cb(io, oo);
    let k = dims.length - 1;
    for (; k >= 0; k--) {
      const d = dims[k] as number;
      idx[k] = (idx[k] as number) + 1;
      io += inStrides[d] as number;
      oo += outStrides[d] as number;
      if ((idx[k] as number) < (shape[d] as number)) break;
      io -= (inStrides[d] as number) * (shape[d] as number);
      oo -= (outStrides[d] as number) * (shape[d] as number);
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/**
 * Elements [from, to) of a float64 array as a plain Float64Array over the same memory. Unlike
 * `subarray`, which constructs the array's own class (for heap arrays, one that tracks its views,
 * microseconds per call), this costs what a typed-array view costs: it matters per line.
 */
function view(a: Float64Array, from: number, to: number): Float64Array {
  return new Float64Array(a.buffer, a.byteOffset + 8 * from, to - from);
}

/** Copies `len` strided values (complex pairs when `cplx`) into `buf` as complex, zero-filling to `n`. */
function gatherComplex(
  n: number,
  len: number,
  x: Float64Array | Float32Array,
  stride: number,
  offset: number,
  cplx: boolean,
  buf: Float64Array,
  conj: boolean,
): void {
  const m = Math.min(n, len);
  const sg = conj ? -1 : 1;
  if (cplx) {
    for (let i = 0, k = 2 * offset; i < m; i++, k += 2 * stride) {
      buf[2 * i] = x[k] as number;
      buf[2 * i + 1] = sg * (x[k + 1] as number);
    }
  } else {
    for (let i = 0, k = offset; i < m; i++, k += stride) {
      buf[2 * i] = x[k] as number;
      buf[2 * i + 1] = 0;
    }
  }
  buf.fill(0, 2 * m, 2 * n);
}

/** Copies `len` strided reals (the real parts when `cplx`) into `buf`, zero-filling to `n`. */
function gatherReal(
  n: number,
  len: number,
  x: Float64Array | Float32Array,
  stride: number,
  offset: number,
  cplx: boolean,
  buf: Float64Array,
): void {
  const m = Math.min(n, len);
  if (cplx) for (let i = 0, k = 2 * offset; i < m; i++, k += 2 * stride) buf[i] = x[k] as number;
  else for (let i = 0, k = offset; i < m; i++, k += stride) buf[i] = x[k] as number;
  buf.fill(0, m, n);
}

/** Writes n complex values of `buf`, times `scale` (conjugated when `conj`), to `out` at a stride and offset. */
function scatterComplex(
  n: number,
  buf: Float64Array,
  out: Float64Array,
  stride: number,
  offset: number,
  scale: number,
  conj: boolean,
): void {
  const si = conj ? -scale : scale;
  for (let i = 0, k = 2 * offset; i < n; i++, k += 2 * stride) {
    out[k] = scale * (buf[2 * i] as number);
    out[k + 1] = si * (buf[2 * i + 1] as number);
  }
}

/** `gatherComplex` for several lines at once (line j to buf[2·n·j …]), row by row. */
function gatherBlock(
  n: number,
  len: number,
  x: Float64Array | Float32Array,
  stride: number,
  offsets: readonly number[],
  cplx: boolean,
  buf: Float64Array,
  conj: boolean,
): void {
  const m = Math.min(n, len);
  const c = offsets.length;
  const sg = conj ? -1 : 1;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < c; j++) {
      const k = (offsets[j] as number) + i * stride;
      const o = 2 * (n * j + i);
      if (cplx) {
        buf[o] = x[2 * k] as number;
        buf[o + 1] = sg * (x[2 * k + 1] as number);
      } else {
        buf[o] = x[k] as number;
        buf[o + 1] = 0;
      }
    }
  }
  for (let j = 0; j < c; j++) buf.fill(0, 2 * (n * j + m), 2 * n * (j + 1));
}

/** `scatterComplex` for several lines at once (line j from buf[2·n·j …]), row by row. */
function scatterBlock(
  n: number,
  buf: Float64Array,
  out: Float64Array,
  stride: number,
  offsets: readonly number[],
  scale: number,
  conj: boolean,
): void {
  const si = conj ? -scale : scale;
  const c = offsets.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const k = 2 * ((offsets[j] as number) + i * stride);
      const o = 2 * (n * j + i);
      out[k] = scale * (buf[o] as number);
      out[k + 1] = si * (buf[o + 1] as number);
    }
  }
}

/** Two reusable work buffers (no transform calls back into user code, so no call overlaps another). */
const scratchBuffers: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
function scratch(slot: 0 | 1, size: number): Float64Array {
  let b = scratchBuffers[slot] as Float64Array;
  if (b.length < size) {
    b = new Float64Array(Math.max(size, 2 * b.length));
    scratchBuffers[slot] = b;
  }
  return b;
}

/**
 * A complex transform along a leading axis of C-contiguous complex float64 input, into `out`
 * (C order): the input's rows are copied (zero rows padding to n) into `out` when it is heap
 * memory, else into a heap block per leading index, and the WebAssembly passes transform all
 * columns at once. False, before writing, when that cannot run.
 */
function columnsInPlace(
  src: Lines,
  axis: number,
  n: number,
  inLen: number,
  out: Float64Array,
  outShape: readonly number[],
  plan: ComplexPlan,
  inverse: boolean,
): boolean {
  const heap = runtimeBuffer();
  if (!src.complex || !(src.data instanceof Float64Array) || heap === null) return false;
  const cs = cStrides(src.shape);
  for (let d = 0; d < cs.length; d++) {
    if ((src.shape[d] as number) > 1 && src.strides[d] !== cs[d]) return false;
  }
  let L = 1;
  for (let d = axis + 1; d < outShape.length; d++) L *= outShape[d] as number;
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= outShape[d] as number;
  const inHeap = out.buffer === heap;
  const tmp = inHeap ? 0 : allocate(16 * n * L);
  if (!inHeap && tmp === 0) return false;
  try {
    const x = src.data;
    const m = Math.min(n, inLen);
    for (let o = 0; o < outer; o++) {
      const dest = view(out, 2 * o * n * L, 2 * (o + 1) * n * L);
      const block = inHeap ? dest : new Float64Array(heap, tmp, 2 * n * L);
      const from = 2 * (src.offset + o * inLen * L);
      block.set(view(x, from, from + 2 * m * L));
      block.fill(0, 2 * m * L);
      if (!plan.columns(block, L, inverse)) {
        if (o === 0) return false;
        // the heap ran out midway: this block's columns one by one
        for (let c = 0; c < L; c++) columnByLines(block, n, L, c, plan, inverse);
      }
      if (!inHeap) dest.set(block);
    }
  } finally {
    release(tmp);
  }
  return true;
}

/** Transforms column c of an n×L complex block through a line buffer (columnsInPlace's fallback). */
function columnByLines(
  block: Float64Array,
  n: number,
  L: number,
  c: number,
  plan: ComplexPlan,
  inverse: boolean,
): void {
  const buf = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    buf[2 * i] = block[2 * (i * L + c)] as number;
    buf[2 * i + 1] = block[2 * (i * L + c) + 1] as number;
  }
  plan.exec(buf, new Float64Array(2 * n), inverse);
  for (let i = 0; i < n; i++) {
    block[2 * (i * L + c)] = buf[2 * i] as number;
    block[2 * (i * L + c) + 1] = buf[2 * i + 1] as number;
  }
}

/** Kinds of one-axis transform. */
export type Kind = 'c2c' | 'r2c' | 'c2r';

/**
 * Applies one transform along `axis` with output length `n` along it (for `c2r`, n real
 * outputs from n/2+1 inputs), scaling by `scale`; `conjIn`/`conjOut` conjugate the input or
 * output (for hfft / ihfft). Returns a C-contiguous float64 working array.
 */
export function transformAxis(
  src: Lines,
  axis: number,
  n: number,
  kind: Kind,
  inverse: boolean,
  scale: number,
  conjIn = false,
  conjOut = false,
): Lines {
  const inLen = src.shape[axis] as number;
  const outShape = src.shape.slice();
  const m = (n >> 1) + 1;
  outShape[axis] = kind === 'r2c' ? m : n;
  const outComplex = kind !== 'c2r';
  const outStrides = cStrides(outShape);
  let total = 1;
  for (const d of outShape) total *= d;
  // ndarray's storage: large results live in the heap, whose pages are reused hot (a fresh
  // ArrayBuffer of many megabytes costs its page faults on every call) and which the kernels reach
  const out = empty([outComplex ? 2 * total : total]).data as Float64Array;
  const os = outStrides[axis] as number;
  const is_ = src.strides[axis] as number;
  const x = src.data;
  // float64 input contiguous along the axis and long enough is read where it lies
  const direct = x instanceof Float64Array && is_ === 1 && inLen >= n && os === 1 && !conjIn;
  if (kind === 'c2c') {
    const plan = complexPlan(n);
    const work = scratch(0, 2 * n);
    if (os === 1) {
      // Output lines are contiguous: transform each into the result.
      const fromInput = direct && src.complex && !inverse;
      eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
        const line = view(out, 2 * oo, 2 * (oo + n));
        if (fromInput) plan.forward(view(x, 2 * io, 2 * (io + n)), line, work);
        else {
          gatherComplex(n, inLen, x, is_, io, src.complex, line, conjIn);
          plan.exec(line, work, inverse);
        }
        if (scale !== 1 || conjOut) scatterComplex(n, line, line, 1, 0, scale, conjOut);
      });
    } else if (!conjIn && columnsInPlace(src, axis, n, inLen, out, outShape, plan, inverse)) {
      if (scale !== 1 || conjOut) scatterComplex(total, out, out, 1, 0, scale, conjOut);
    } else {
      // Strided lines go in blocks: neighbouring lines share cache lines, so each row of a
      // block is read (and written) once for all of them instead of once per line.
      const block = Math.max(1, Math.min(16, Math.floor(2 ** 20 / (16 * n))));
      const buf = scratch(1, 2 * n * block);
      const ins: number[] = [];
      const outs: number[] = [];
      const flush = (): void => {
        const c = ins.length;
        gatherBlock(n, inLen, x, is_, ins, src.complex, buf, conjIn);
        for (let j = 0; j < c; j++) plan.exec(buf.subarray(2 * n * j, 2 * n * (j + 1)), work, inverse);
        scatterBlock(n, buf, out, os, outs, scale, conjOut);
        ins.length = 0;
        outs.length = 0;
      };
      eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
        ins.push(io);
        outs.push(oo);
        if (ins.length === block) flush();
      });
      if (ins.length > 0) flush();
    }
  } else if (kind === 'r2c') {
    const plan = realPlan(n);
    if (direct && !src.complex) {
      eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
        const line = view(out, 2 * oo, 2 * (oo + m));
        plan.forward(view(x, io, io + n), line);
        if (scale !== 1 || conjOut) scatterComplex(m, line, line, 1, 0, scale, conjOut);
      });
    } else {
      const buf = scratch(0, 2 * m + 2);
      const spec = scratch(1, 2 * m + 2);
      eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
        gatherReal(n, inLen, x, is_, io, src.complex, buf);
        plan.forward(buf, spec);
        scatterComplex(m, spec, out, os, oo, scale, conjOut);
      });
    }
  } else {
    const plan = realPlan(n);
    const spec = scratch(0, 2 * m + 2);
    const buf = scratch(1, 2 * m + 2);
    eachLine(src.shape, axis, src.strides, src.offset, outStrides, (io, oo) => {
      gatherComplex(m, inLen, x, is_, io, src.complex, spec, conjIn);
      plan.backward(spec, buf);
      for (let i = 0, k = oo; i < n; i++, k += os) out[k] = scale * (buf[i] as number);
    });
  }
  return { data: out, shape: outShape, strides: outStrides, offset: 0, complex: outComplex };
}

/** Returns the heap block of an intermediate working array at once (N-d transforms make one per axis). */
export function releaseLines(w: Lines): void {
  const b = blockOf(w.data);
  if (b !== undefined) releaseBlock(b);
}

/**
 * The NDArray result of a working array: complex64/float32 when the input was single precision
 * (`owned`: the working array is this call's own, freed once rounded to single).
 */
export function finish(w: Lines, single: boolean, owned = false): NDArray {
  const f64 = w.data as Float64Array;
  if (!single) return new NDArray(w.complex ? 'complex128' : 'float64', f64, w.shape);
  const out = new NDArray(w.complex ? 'complex64' : 'float32', Float32Array.from(f64), w.shape);
  if (owned) releaseLines(w);
  return out;
}

/** Resolves `s` and `axes` of an N-d transform like NumPy 2 (`s` without `axes`: the last len(s) axes). */
export function resolveAxes(
  fn: string,
  shape: readonly number[],
  s: number[] | undefined,
  axes: number[] | undefined,
  defaultAxes: number[] | undefined,
): { axes: number[]; s: (number | undefined)[] } {
  const ndim = shape.length;
  let ax: number[];
  if (axes !== undefined) ax = axes;
  else if (defaultAxes !== undefined) ax = defaultAxes;
  else if (s !== undefined) ax = s.map((_, i) => ndim - s.length + i);
  else ax = shape.map((_, i) => i);
  if (s !== undefined && s.length !== ax.length) {
    throw new ValueError(`${fn}: s and axes must have the same length, got ${s.length} and ${ax.length}`);
  }
  const norm = ax.map((a) => normAxis(fn, a, ndim));
  return { axes: norm, s: norm.map((_, i) => s?.[i]) };
}
