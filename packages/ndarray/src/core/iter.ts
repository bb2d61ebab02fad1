/**
 * The one place that decides how strided operands are walked: broadcasting, dimension coalescing
 * and the outer-loop drivers that hand contiguous-or-strided inner runs to kernels.
 */
import { ShapeError } from '../errors.js';

/**
 * Broadcasts shapes with NumPy's rules; `ShapeError` names every shape when they do not fit.
 *
 * @example
 * ```ts
 * broadcastShapes('add', [2, 1, 3], [4, 1]); // [2, 4, 3]
 * ```
 */
export function broadcastShapes(op: string, ...shapes: readonly (readonly number[])[]): number[] {
  let ndim = 0;
  for (const s of shapes) if (s.length > ndim) ndim = s.length;
  const out = new Array<number>(ndim).fill(1);
  for (const s of shapes) {
    const pad = ndim - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i] as number;
      const o = out[pad + i] as number;
      if (d === o || d === 1) continue;
      if (o === 1) out[pad + i] = d;
      else {
        throw new ShapeError(
          `${op}: operands could not be broadcast together with shapes ${shapes.map((x) => `[${x.join(', ')}]`).join(' ')}`,
        );
      }
    }
  }
  return out;
}

/** Strides of an operand viewed at a broadcast shape: 0 on stretched or prepended axes. */
export function broadcastStrides(
  shape: readonly number[],
  strides: readonly number[],
  outShape: readonly number[],
): number[] {
  const nd = outShape.length;
  const pad = nd - shape.length;
  const out = new Array<number>(nd).fill(0);
  for (let i = 0; i < shape.length; i++) {
    out[pad + i] = shape[i] === 1 && outShape[pad + i] !== 1 ? 0 : (strides[i] as number);
  }
  return out;
}

/** A loop plan: the fewest axes that walk every operand the same way. */
export interface LoopPlan {
  shape: number[];
  strides: number[][];
}

/**
 * Drops length-1 axes and merges neighbouring axes that every operand steps through as one
 * (so a C-contiguous pair of 1000x1000 arrays becomes one run of 1e6).
 */
export function coalesce(shape: readonly number[], strides: readonly (readonly number[])[]): LoopPlan {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let ax = 0; ax < shape.length; ax++) {
    const n = shape[ax] as number;
    if (n === 1) continue;
    const last = outShape.length - 1;
    if (last >= 0) {
      let merge = true;
      for (let k = 0; k < strides.length; k++) {
        const os = outStrides[k] as number[];
        if ((os[last] as number) !== ((strides[k] as readonly number[])[ax] as number) * n) {
          merge = false;
          break;
        }
      }
      if (merge) {
        outShape[last] = (outShape[last] as number) * n;
        for (let k = 0; k < strides.length; k++) {
          (outStrides[k] as number[])[last] = (strides[k] as readonly number[])[ax] as number;
        }
        continue;
      }
    }
    outShape.push(n);
    for (let k = 0; k < strides.length; k++)
      (outStrides[k] as number[]).push((strides[k] as readonly number[])[ax] as number);
  }
  return { shape: outShape, strides: outStrides };
}

/** Inner-run callback for one operand. */
export type Inner1 = (n: number, i0: number, s0: number) => void;
/** Inner-run callback for two operands. */
export type Inner2 = (n: number, i0: number, s0: number, i1: number, s1: number) => void;
/** Inner-run callback for three operands. */
export type Inner3 = (n: number, i0: number, s0: number, i1: number, s1: number, i2: number, s2: number) => void;

function isEmpty(shape: readonly number[]): boolean {
  for (const d of shape) if (d === 0) return true;
  return false;
}

/**
 * One step of the N-d odometer, last axis fastest: advances the multi-index `idx` over the first
 * `idx.length` axes of `shape` and moves each operand's storage offset `offsets[k]` by its
 * strides `strides[k]` (rewinding the axes that wrap). Returns false, with `idx` and `offsets`
 * back at their start, after the last index. Every N-d walk in the package steps with this.
 *
 * @example
 * ```ts
 * const idx = [0, 2];
 * const offsets = [2];
 * stepIndex(idx, [2, 3], [[3, 1]], offsets); // true
 * offsets[0]; // 3
 * ```
 */
export function stepIndex(
  idx: number[],
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  offsets: number[],
): boolean {
  const m = offsets.length;
  for (let ax = idx.length - 1; ax >= 0; ax--) {
    const i = (idx[ax] as number) + 1;
    const n = shape[ax] as number;
    if (i < n) {
      idx[ax] = i;
      for (let k = 0; k < m; k++)
        offsets[k] = (offsets[k] as number) + ((strides[k] as readonly number[])[ax] as number);
      return true;
    }
    idx[ax] = 0;
    for (let k = 0; k < m; k++) {
      offsets[k] = (offsets[k] as number) - ((strides[k] as readonly number[])[ax] as number) * (n - 1);
    }
  }
  return false;
}

/**
 * Walks one strided operand, calling `inner(n, index, stride)` for each run along the last
 * (coalesced) axis. 0-d arrays give one run of length 1.
 */
export function forEach1(shape: readonly number[], strides: readonly number[], offset: number, inner: Inner1): void {
  if (isEmpty(shape)) return;
  const p = coalesce(shape, [strides]);
  const nd = p.shape.length;
  if (nd === 0) {
    inner(1, offset, 0);
    return;
  }
  const sh = p.shape;
  const st = p.strides[0] as number[];
  const n = sh[nd - 1] as number;
  const s = st[nd - 1] as number;
  if (nd === 1) {
    inner(n, offset, s);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const o = [offset];
  const steps = [st];
  do inner(n, o[0] as number, s);
  while (stepIndex(idx, sh, steps, o));
}

/** Walks two strided operands in lockstep (shapes already broadcast to `shape`). */
export function forEach2(
  shape: readonly number[],
  strides0: readonly number[],
  offset0: number,
  strides1: readonly number[],
  offset1: number,
  inner: Inner2,
): void {
  if (isEmpty(shape)) return;
  const p = coalesce(shape, [strides0, strides1]);
  const nd = p.shape.length;
  if (nd === 0) {
    inner(1, offset0, 0, offset1, 0);
    return;
  }
  const sh = p.shape;
  const a = p.strides[0] as number[];
  const b = p.strides[1] as number[];
  const n = sh[nd - 1] as number;
  const sa = a[nd - 1] as number;
  const sb = b[nd - 1] as number;
  if (nd === 1) {
    inner(n, offset0, sa, offset1, sb);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const o = [offset0, offset1];
  const steps = [a, b];
  do inner(n, o[0] as number, sa, o[1] as number, sb);
  while (stepIndex(idx, sh, steps, o));
}

/** Walks three strided operands in lockstep (typically two inputs and an output). */
export function forEach3(
  shape: readonly number[],
  strides0: readonly number[],
  offset0: number,
  strides1: readonly number[],
  offset1: number,
  strides2: readonly number[],
  offset2: number,
  inner: Inner3,
): void {
  if (isEmpty(shape)) return;
  const p = coalesce(shape, [strides0, strides1, strides2]);
  const nd = p.shape.length;
  if (nd === 0) {
    inner(1, offset0, 0, offset1, 0, offset2, 0);
    return;
  }
  const sh = p.shape;
  const a = p.strides[0] as number[];
  const b = p.strides[1] as number[];
  const c = p.strides[2] as number[];
  const n = sh[nd - 1] as number;
  const sa = a[nd - 1] as number;
  const sb = b[nd - 1] as number;
  const sc = c[nd - 1] as number;
  if (nd === 1) {
    inner(n, offset0, sa, offset1, sb, offset2, sc);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const o = [offset0, offset1, offset2];
  const steps = [a, b, c];
  do inner(n, o[0] as number, sa, o[1] as number, sb, o[2] as number, sc);
  while (stepIndex(idx, sh, steps, o));
}

/**
 * Normalises an axis argument (negative counts from the end) and checks its range.
 *
 * @example
 * ```ts
 * normalizeAxis(-1, 3, 'sum'); // 2
 * ```
 */
export function normalizeAxis(axis: number, ndim: number, op: string): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new AxisError(`${op}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/**
 * Normalises an `axis` option (undefined = all axes, a number, or a list) to sorted unique axes;
 * repeated axes are an error like NumPy's.
 */
export function normalizeAxes(axis: number | readonly number[] | undefined | null, ndim: number, op: string): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  const out = list.map((a) => normalizeAxis(a, ndim, op));
  const set = new Set(out);
  if (set.size !== out.length) throw new ShapeError(`${op}: repeated axis in ${JSON.stringify(list)}`);
  return out.sort((x, y) => x - y);
}

/** NumPy's AxisError: an axis out of range (an IndexError and a ValueError in NumPy; here a ShapeError). */
export class AxisError extends ShapeError {
  constructor(message: string) {
    super(message);
    this.name = 'AxisError';
  }
}
