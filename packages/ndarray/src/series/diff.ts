/** `diff`: n-th discrete differences along an axis, in the input's dtype (integers wrap, bool uses !=). */
import { DTYPES, type DType } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, assign, emptyArray } from '../core/convert.js';
import { isBigInt, isComplex, promoteTypes } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { ShapeError, ValueError } from '../errors.js';
import { forEachLane, readLane, writeLane } from '../sorting/lanes.js';
import { fmtShape } from '../sorting/options.js';
import { is, signature } from '../core/args.js';

const parseDiff = signature<DiffOptions>('diff', ['n', 'axis', 'prepend', 'append'], {
  n: is.int,
  axis: is.int,
  prepend: is.arrayLike,
  append: is.arrayLike,
} as never);

/** Options of {@link diff}. */
export interface DiffOptions {
  /** Number of times to difference (default 1; 0 returns the input). */
  n?: number;
  /** Axis to difference along (default -1). */
  axis?: number;
  /** Values joined before `a` along `axis` (a scalar is broadcast to one slice). */
  prepend?: ArrayInput;
  /** Values joined after `a` along `axis`. */
  append?: ArrayInput;
}

/** `prepend`/`append` as a block matching `x` on every axis except `axis`. */
function edgeBlock(v: ArrayInput, x: NDArray, axis: number, which: string): NDArray {
  const p = asarray(v);
  if (p.ndim === 0) {
    const shape = x.shape.map((d, i) => (i === axis ? 1 : d));
    return p.view(
      shape,
      shape.map(() => 0),
      p.offset,
    );
  }
  if (p.ndim !== x.ndim) {
    throw new ShapeError(
      `diff: ${which} must have the same number of dimensions as a, got shape ${fmtShape(p.shape)} for a of shape ${fmtShape(x.shape)}`,
    );
  }
  for (let i = 0; i < x.ndim; i++) {
    if (i !== axis && p.shape[i] !== x.shape[i]) {
      throw new ShapeError(
        `diff: ${which} of shape ${fmtShape(p.shape)} does not match a of shape ${fmtShape(x.shape)} except along axis ${axis}`,
      );
    }
  }
  return p;
}

/** Joins arrays along `axis` into a new C-contiguous array of `dtype`. */
function join(parts: readonly NDArray[], axis: number, dtype: DType): NDArray {
  const first = parts[0] as NDArray;
  const total = parts.reduce((s, p) => s + (p.shape[axis] as number), 0);
  const shape = first.shape.map((d, i) => (i === axis ? total : d));
  const out = emptyArray(dtype, shape);
  let at = 0;
  for (const p of parts) {
    const len = p.shape[axis] as number;
    if (len > 0 && out.size > 0) {
      const sub = out.view(
        shape.map((d, i) => (i === axis ? len : d)),
        out.strides,
        out.offset + at * (out.strides[axis] as number),
      );
      assign(sub, p);
    }
    at += len;
  }
  return out;
}

/**
 * The n-th discrete difference along an axis: `out[i] = a[i+1] - a[i]`, applied `n` times. The
 * subtraction happens in the dtype (unsigned integers wrap); for bool it is `a[i+1] != a[i]`.
 *
 * @param a - Input array (at least 1-D).
 * @param options - `n` (default 1), `axis` (default -1), `prepend`, `append`.
 * @returns An array whose `axis` is `n` shorter (dtype of `a`, or of `a` joined with `prepend`/`append`).
 * @throws {ValueError} for 0-d input or negative `n`; {ShapeError} when `prepend`/`append` do not fit.
 *
 * @example
 * ```ts
 * diff([1, 2, 4, 7, 0]).toArray();           // [1, 2, 3, -7]
 * diff([1, 2, 4, 7, 0], { n: 2 }).toArray(); // [1, 1, -10]
 * ```
 */
export function diff(
  a: ArrayInput,
  n?: number,
  axis?: number,
  prepend?: ArrayInput,
  append?: ArrayInput,
  options?: DiffOptions,
): NDArray;
export function diff(a: ArrayInput, options?: DiffOptions): NDArray;
export function diff(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseDiff(rest, 'diff') as DiffOptions;
  let x = asarray(a);
  if (x.ndim === 0) throw new ValueError('diff: requires input that is at least one dimensional');
  const n = options.n ?? 1;
  if (!Number.isInteger(n) || n < 0) throw new ValueError(`diff: order must be a non-negative integer, got ${n}`);
  if (n === 0) return x;
  const axis = normalizeAxis(options.axis ?? -1, x.ndim, 'diff');
  if (options.prepend !== undefined || options.append !== undefined) {
    const parts: NDArray[] = [];
    if (options.prepend !== undefined) parts.push(edgeBlock(options.prepend, x, axis, 'prepend'));
    parts.push(x);
    if (options.append !== undefined) parts.push(edgeBlock(options.append, x, axis, 'append'));
    const dt = parts.map((p) => p.dtype).reduce((s, d) => promoteTypes(s, d));
    x = join(parts, axis, dt);
  }
  const len = x.shape[axis] as number;
  const outLen = Math.max(0, len - n);
  const dtype = x.dtype;
  const out = emptyArray(
    dtype,
    x.shape.map((d, i) => (i === axis ? outLen : d)),
  );
  if (out.size === 0) return out;
  const buf = new DTYPES[dtype].ctor(len * DTYPES[dtype].lanes);
  const xd = x.data;
  const od = out.data;
  const sx = x.strides[axis] as number;
  const so = out.strides[axis] as number;
  const cplx = isComplex(dtype);
  const isBool = dtype === 'bool';
  const direct = n === 1 && !cplx && !isBool && !isBigInt(dtype);
  forEachLane(x.shape, axis, x.strides, x.offset, out.strides, out.offset, (ix, io) => {
    if (direct) {
      // First differences of plain numbers: straight from input to output, the typed store
      // rounding (float32) or wrapping (integers) like NumPy's subtract.
      for (let i = 0, k = ix, j = io; i < outLen; i++, k += sx, j += so)
        od[j] = (xd[k + sx] as number) - (xd[k] as number);
      return;
    }
    readLane(dtype, len, xd, sx, ix, buf);
    for (let k = 1; k <= n; k++) {
      const m = len - k;
      if (cplx) {
        for (let i = 0; i < m; i++) {
          buf[2 * i] = (buf[2 * i + 2] as number) - (buf[2 * i] as number);
          buf[2 * i + 1] = (buf[2 * i + 3] as number) - (buf[2 * i + 1] as number);
        }
      } else if (isBool) {
        for (let i = 0; i < m; i++) buf[i] = buf[i + 1] !== buf[i] ? 1 : 0;
      } else if (buf instanceof BigInt64Array || buf instanceof BigUint64Array) {
        for (let i = 0; i < m; i++) buf[i] = (buf[i + 1] as bigint) - (buf[i] as bigint);
      } else {
        for (let i = 0; i < m; i++) buf[i] = (buf[i + 1] as number) - (buf[i] as number);
      }
    }
    writeLane(dtype, outLen, buf, od, so, io);
  });
  return out;
}
