/** How products hand back results: JS scalars for full contractions, `out` arrays with NumPy's checks. */
import { type DType, cStrides } from '@stride/protocol';
import { assign } from '../core/convert.js';
import { type Casting, canCast } from '../core/dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { type NDArray, type Scalar, readScalar } from '../ndarray.js';
import { fmtShape } from './layout.js';

/** A 0-d result as its JS scalar; other results unchanged. */
export function scalarOrArray(r: NDArray): NDArray | Scalar {
  return r.ndim === 0 ? readScalar(r.dtype, r.data, r.offset) : r;
}

/** A C-contiguous array seen with another shape of the same size (no copy). */
export function reshapeC(a: NDArray, shape: readonly number[]): NDArray {
  return a.view(shape, cStrides(shape), a.offset);
}

/** Checks a ufunc-style `out` (writable, exact shape, castable from `dtype` under `casting`). */
export function checkOut(op: string, out: NDArray, shape: readonly number[], dtype: DType, casting: Casting): void {
  out.assertWritable(op);
  if (out.ndim !== shape.length || out.shape.some((d, i) => d !== shape[i])) {
    throw new ShapeError(`${op}: out has shape ${fmtShape(out.shape)} but the result has shape ${fmtShape(shape)}`);
  }
  if (!canCast(dtype, out.dtype, casting)) {
    throw new DTypeError(`${op}: cannot cast the ${dtype} result to out's ${out.dtype} with casting rule '${casting}'`);
  }
}

/** Copies `result` into `out` (converting its dtype) and returns `out`. */
export function writeOut(out: NDArray, result: NDArray): NDArray {
  assign(out, result);
  return out;
}
