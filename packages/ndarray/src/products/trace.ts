/** `trace`: sums along a diagonal of two axes. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { normalizeAxis } from '../core/iter.js';
import { ValueError } from '../errors.js';
import { type NDArray, type Scalar, checkDType } from '../ndarray.js';
import { matmulCore } from './core.js';
import { onesColumn } from './elementwise.js';
import { castTo, fmtShape, merge } from './layout.js';
import { reshapeC, scalarOrArray } from './result.js';
import { is, signature } from '../core/args.js';

const parseTrace = signature<TraceOptions>('trace', ['offset', 'axis1', 'axis2', 'dtype'], {
  offset: is.int,
  axis1: is.int,
  axis2: is.int,
  dtype: is.orNone(is.dtype),
} as never);

/** Options of `trace`. */
export interface TraceOptions {
  /** Diagonal offset: > 0 above the main diagonal, < 0 below (default 0). */
  offset?: number;
  /** First axis of the 2-D sub-arrays (default 0). */
  axis1?: number;
  /** Second axis of the 2-D sub-arrays (default 1). */
  axis2?: number;
  /**
   * Accumulator and result dtype; default as NumPy's (and Stride's `sum`): bool and signed integers
   * → int64, unsigned integers → uint64, else the input's.
   */
  dtype?: DType;
}

/**
 * NumPy's `trace`: Σ a[..., i, i + offset, ...] over the diagonal of axes `axis1`, `axis2`; the
 * other axes remain, in order. A 2-D input gives a JS scalar. Integer and bool inputs accumulate in
 * int64 / uint64 like NumPy's (and Stride's `sum`), so their scalar is a bigint.
 *
 * @param a - input with at least 2 axes.
 * @param options - `offset`, `axis1`, `axis2`, `dtype`.
 * @returns the sum(s) along the diagonal: a JS scalar for 2-D input, else an NDArray.
 * @throws {ValueError} for input with fewer than 2 axes or `axis1 === axis2`.
 * @throws {AxisError} for an axis out of range.
 * @example
 * ```ts
 * trace([[1.5, 2], [3, 4]]);                                 // 5.5
 * trace([[1, 2], [3, 4]], { offset: 1 });                    // 2n (int64, like NumPy)
 * trace(arange(8).reshape(2, 2, 2), { axis1: 1, axis2: 2 }).toArray(); // [3n, 11n]
 * ```
 */
export function trace(
  a: ArrayInput,
  offset?: number,
  axis1?: number,
  axis2?: number,
  dtype?: DType | null,
  options?: TraceOptions,
): NDArray | Scalar;
export function trace(a: ArrayInput, options?: TraceOptions): NDArray | Scalar;
export function trace(a: ArrayInput, ...args: unknown[]): NDArray | Scalar {
  const options = parseTrace(args, 'trace') as TraceOptions;
  const x = asarray(a);
  if (x.ndim < 2) {
    throw new ValueError(`trace: diag requires an array of at least two dimensions, got shape ${fmtShape(x.shape)}`);
  }
  const offset = options.offset ?? 0;
  if (!Number.isInteger(offset)) throw new ValueError(`trace: offset must be an integer, got ${offset}`);
  const ax1 = normalizeAxis(options.axis1 ?? 0, x.ndim, 'trace: axis1');
  const ax2 = normalizeAxis(options.axis2 ?? 1, x.ndim, 'trace: axis2');
  if (ax1 === ax2) throw new ValueError(`trace: axis1 and axis2 cannot be the same (both are axis ${ax1})`);
  const dtype = options.dtype === undefined ? sumDType(x.dtype) : checkDType(options.dtype, 'trace');

  const n1 = x.shape[ax1] as number;
  const n2 = x.shape[ax2] as number;
  const s1 = x.strides[ax1] as number;
  const s2 = x.strides[ax2] as number;
  const len = Math.max(0, offset >= 0 ? Math.min(n1, n2 - offset) : Math.min(n1 + offset, n2));
  const start = len === 0 ? 0 : offset >= 0 ? offset * s2 : -offset * s1;
  const rest: number[] = [];
  for (let ax = 0; ax < x.ndim; ax++) if (ax !== ax1 && ax !== ax2) rest.push(ax);
  const restShape = rest.map((ax) => x.shape[ax] as number);
  const diag = x.view([...restShape, len], [...rest.map((ax) => x.strides[ax] as number), s1 + s2], x.offset + start);
  // The sum is a matrix-vector product with ones, so it shares the product kernels' integer wrap
  // and bool ("any") semantics.
  const rows = castTo(merge(diag, [rest.length, 1]), dtype);
  const r = matmulCore(rows, onesColumn(dtype, len), []);
  return scalarOrArray(reshapeC(r, restShape));
}

/**
 * NumPy's accumulator for sums, the same rule as Stride's `sum`: bool and signed integers narrower
 * than 64 bits → int64, unsigned → uint64, other dtypes unchanged.
 */
function sumDType(dtype: DType): DType {
  if (dtype === 'bool' || dtype === 'int8' || dtype === 'int16' || dtype === 'int32') return 'int64';
  if (dtype === 'uint8' || dtype === 'uint16' || dtype === 'uint32') return 'uint64';
  return dtype;
}
