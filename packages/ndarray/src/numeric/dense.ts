/** Dense float64 copies of arrays for the numeric helpers (C order; complex split into parts). */
import type { DType } from '@stride/protocol';
import { astype } from '../core/convert.js';
import { isComplex } from '../core/dtype.js';
import { NDArray } from '../ndarray.js';

/** Real and imaginary parts in C order (`im` is null for real input). */
export interface Parts {
  re: Float64Array;
  im: Float64Array | null;
}

/** The values of `x` as float64 in C order (complex split into parts). */
export function partsOf(x: NDArray): Parts {
  if (isComplex(x.dtype)) {
    const d = astype(x, 'complex128').data as Float64Array;
    const n = d.length / 2;
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      re[i] = d[2 * i] as number;
      im[i] = d[2 * i + 1] as number;
    }
    return { re, im };
  }
  return { re: Float64Array.from(astype(x, 'float64').data as Float64Array), im: null };
}

/** A new array of `dtype` (float or complex) from float64 parts, rounding to float32 when asked. */
export function fromParts(re: Float64Array, im: Float64Array | null, shape: readonly number[], dtype: DType): NDArray {
  if (im === null) {
    const out = new NDArray('float64', re, shape);
    return dtype === 'float64' ? out : astype(out, dtype);
  }
  const d = new Float64Array(re.length * 2);
  for (let i = 0; i < re.length; i++) {
    d[2 * i] = re[i] as number;
    d[2 * i + 1] = im[i] as number;
  }
  const out = new NDArray('complex128', d, shape);
  return dtype === 'complex128' ? out : astype(out, dtype);
}

/** The float dtype NumPy's polynomial routines keep: float32/complex64 stay, others widen to 64 bits. */
export function inexactOf(dtype: DType, complex: boolean): DType {
  const single = dtype === 'float32' || dtype === 'complex64';
  if (complex) return single ? 'complex64' : 'complex128';
  return single ? 'float32' : 'float64';
}
