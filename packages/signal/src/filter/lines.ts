/**
 * The machinery the filters share: SciPy's dtype resolution (integers and bools computed in
 * double), and one routine that runs a kernel over every line of several arrays along an axis.
 * @module
 */
import { AxisError, DTypeError, ValueError, type NDArray, NDArray as ND, promoteTypes, ravel } from '@stride/ndarray';

/** The dtypes filters compute in. */
export type FloatDType = 'float64' | 'float32' | 'complex128' | 'complex64';

/** The dtype a filter computes in for inputs of these dtypes (SciPy's result_type; exact dtypes become float64). */
export function floatType(fn: string, ...arrays: NDArray[]): FloatDType {
  let dt = arrays[0]?.dtype ?? 'float64';
  for (const a of arrays) dt = promoteTypes(dt, a.dtype);
  if (dt === 'float64' || dt === 'float32' || dt === 'complex128' || dt === 'complex64') return dt;
  if (dt === 'bool' || /^u?int/.test(dt)) return 'float64';
  throw new DTypeError(`${fn}: input type ${dt} is not supported`);
}

export const isComplex = (dt: string): boolean => dt === 'complex128' || dt === 'complex64';

/** An axis in [−ndim, ndim) as a non-negative index, or NumPy's out-of-range error. */
export function normAxis(fn: string, axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) {
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** C-order strides (in elements) of a shape. */
export function cStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = acc;
    acc *= shape[i] as number;
  }
  return st;
}

/** The axis of a filter along lines of `x` (at least 1-D), as a non-negative index. */
export function lineAxis(fn: string, x: NDArray, axis: number): number {
  if (x.ndim === 0) throw new ValueError(`${fn}: x must be at least 1-D, got a 0-d array`);
  return normAxis(fn, axis, x.ndim);
}

/** Real line of a Float64Array (kept monomorphic: one element type per loop). */
function gatherF64(d: Float64Array, n: number, off: number, st: number, buf: Float64Array): void {
  if (st === 1) buf.set(d.subarray(off, off + n));
  else for (let i = 0, k = off; i < n; i++, k += st) buf[i] = d[k] as number;
}
function gatherF32(d: Float32Array, n: number, off: number, st: number, buf: Float64Array): void {
  for (let i = 0, k = off; i < n; i++, k += st) buf[i] = d[k] as number;
}

/** Reads line `off` (stride `st`, length `n`) of `src` into `buf` as float64 (interleaved when `cplx`). */
function gather(src: NDArray, n: number, off: number, st: number, buf: Float64Array, cplx: boolean): void {
  const d = src.data as ArrayLike<number | bigint>;
  const srcC = isComplex(src.dtype);
  if (!cplx && !srcC) {
    if (d instanceof Float64Array) {
      gatherF64(d, n, off, st, buf);
      return;
    }
    if (d instanceof Float32Array) {
      gatherF32(d, n, off, st, buf);
      return;
    }
  }
  if (cplx && srcC && d instanceof Float64Array && st === 1) {
    buf.set(d.subarray(2 * off, 2 * (off + n)));
    return;
  }
  if (typeof d[0] === 'bigint') {
    for (let i = 0, k = off; i < n; i++, k += st) buf[cplx ? 2 * i : i] = Number(d[k]);
    if (cplx) for (let i = 0; i < n; i++) buf[2 * i + 1] = 0;
    return;
  }
  const f = d as ArrayLike<number>;
  if (!cplx) {
    if (srcC) for (let i = 0, k = 2 * off; i < n; i++, k += 2 * st) buf[i] = f[k] as number;
    else for (let i = 0, k = off; i < n; i++, k += st) buf[i] = +(f[k] as number);
  } else if (srcC) {
    for (let i = 0, k = 2 * off; i < n; i++, k += 2 * st) {
      buf[2 * i] = f[k] as number;
      buf[2 * i + 1] = f[k + 1] as number;
    }
  } else {
    for (let i = 0, k = off; i < n; i++, k += st) {
      buf[2 * i] = +(f[k] as number);
      buf[2 * i + 1] = 0;
    }
  }
}

/**
 * Runs `kernel` over every line along `axis` of `inputs` (all of one shape apart from `axis`),
 * writing lines of `outLens[j]` values into fresh C-contiguous outputs of dtype `dtype`. Each line
 * arrives as a contiguous float64 buffer (interleaved re, im when `dtype` is complex), which the
 * kernel must not write (it may be the input's own storage). Inputs of
 * other dtypes are converted on the fly; `outerShape` is `inputs[0].shape` (the `axis` entry is
 * ignored). Returns the outputs.
 */
export function mapLines(
  inputs: NDArray[],
  axis: number,
  outLens: number[],
  dtype: FloatDType,
  kernel: (ins: Float64Array[], outs: Float64Array[]) => void,
  outerShape: readonly number[] = (inputs[0] as NDArray).shape,
): NDArray[] {
  const cplx = isComplex(dtype);
  const w = cplx ? 2 : 1;
  const ndim = outerShape.length;
  const outShapes = outLens.map((m) => outerShape.map((d, i) => (i === axis ? m : d)));
  let lines = 1;
  for (let i = 0; i < ndim; i++) if (i !== axis) lines *= outerShape[i] as number;
  const outData = outLens.map((m) => new Float64Array(w * m * lines));
  const inBufs: (Float64Array | undefined)[] = inputs.map(() => undefined);
  const outBufs = outLens.map((m) => new Float64Array(axis === ndim - 1 ? 0 : w * m));
  const ins: Float64Array[] = [];
  // Output strides (C order) along the axis and for the outer counter.
  const outStr = outShapes.map(cStrides);
  const idx = new Array<number>(ndim).fill(0);
  const lastAxis = axis === ndim - 1;
  if (lines > 0) {
    for (let line = 0; line < lines; line++) {
      for (let j = 0; j < inputs.length; j++) {
        const a = inputs[j] as NDArray;
        let off = a.offset;
        for (let i = 0; i < ndim; i++) if (i !== axis) off += (idx[i] as number) * (a.strides[i] as number);
        const len = a.shape[axis] as number;
        const d = a.data;
        // A contiguous line of the right element type is read in place (kernels never write inputs).
        if (d instanceof Float64Array && (a.strides[axis] === 1 || len <= 1) && isComplex(a.dtype) === cplx) {
          ins[j] = d.subarray(w * off, w * (off + len));
        } else {
          const buf = inBufs[j] ?? new Float64Array(w * len);
          inBufs[j] = buf;
          gather(a, len, off, a.strides[axis] as number, buf, cplx);
          ins[j] = buf;
        }
      }
      const offs = outStr.map((st) => {
        let off = 0;
        for (let i = 0; i < ndim; i++) if (i !== axis) off += (idx[i] as number) * (st[i] as number);
        return off;
      });
      // Lines along the last axis are contiguous in the output: the kernel writes them in place.
      const outs = lastAxis
        ? offs.map((off, j) => (outData[j] as Float64Array).subarray(w * off, w * (off + (outLens[j] as number))))
        : outBufs;
      kernel(ins, outs);
      for (let j = 0; j < outLens.length && !lastAxis; j++) {
        const st = outStr[j] as number[];
        const off = offs[j] as number;
        const s = st[axis] as number;
        const o = outData[j] as Float64Array;
        const b = outBufs[j] as Float64Array;
        const m = outLens[j] as number;
        if (cplx) {
          for (let i = 0, k = 2 * off; i < m; i++, k += 2 * s) {
            o[k] = b[2 * i] as number;
            o[k + 1] = b[2 * i + 1] as number;
          }
        } else {
          for (let i = 0, k = off; i < m; i++, k += s) o[k] = b[i] as number;
        }
      }
      for (let i = ndim - 1; i >= 0; i--) {
        if (i === axis) continue;
        idx[i] = (idx[i] as number) + 1;
        if ((idx[i] as number) < (outerShape[i] as number)) break;
        idx[i] = 0;
      }
    }
  }
  return outData.map((d, j) => fromFloat64(d, outShapes[j] as number[], dtype));
}

/** An NDArray of dtype `dtype` holding `d` (float64, interleaved for complex). */
export function fromFloat64(d: Float64Array, shape: readonly number[], dtype: FloatDType): NDArray {
  const single = dtype === 'float32' || dtype === 'complex64';
  return new ND(dtype, single ? Float32Array.from(d) : d, shape);
}

/** An array's values in C order as float64 (interleaved when `cplx`). */
export function values(a: NDArray, cplx: boolean): Float64Array {
  const flat = a.ndim === 1 ? a : ravel(a);
  const n = flat.size;
  const out = new Float64Array(cplx ? 2 * n : n);
  gather(flat, n, flat.offset, flat.strides[0] ?? 1, out, cplx);
  return out;
}
