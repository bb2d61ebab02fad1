/**
 * Element access in NumPy's sort order for any dtype: a flat, contiguous copy of an array as plain
 * numbers, bigints or complex parts, with the matching `less` and `equal`.
 */
import type { DType, TypedArray } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { isBigInt, isComplex } from '../core/dtype.js';
import { forEach1 } from '../core/iter.js';
import { lessComplex, lessNum } from './kernels/merge.js';

/** Elements `s[i]` and `s[j]` of one dtype's storage, compared with `==` (NaN equal to NaN when `equalNan`). */
export function storageEqual(dtype: DType, s: TypedArray, i: number, j: number, equalNan: boolean): boolean {
  if (isComplex(dtype)) {
    const ar = s[2 * i] as number;
    const ai = s[2 * i + 1] as number;
    const br = s[2 * j] as number;
    const bi = s[2 * j + 1] as number;
    if (ar === br && ai === bi) return true;
    return equalNan && (Number.isNaN(ar) || Number.isNaN(ai)) && (Number.isNaN(br) || Number.isNaN(bi));
  }
  const a = s[i];
  const b = s[j];
  if (a === b) return true;
  return equalNan && Number.isNaN(a) && Number.isNaN(b);
}

/** A flat C-order copy of an array's values, in the representation its dtype compares in. */
export type Flat =
  | { kind: 'num'; v: Float64Array }
  | { kind: 'big'; v: BigInt64Array | BigUint64Array }
  | { kind: 'cplx'; re: Float64Array; im: Float64Array };

/** Copies `x` (any layout) in C order to its comparable representation. */
export function flatValues(x: NDArray): Flat {
  const n = x.size;
  const data = x.data;
  let i = 0;
  if (isComplex(x.dtype)) {
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    forEach1(x.shape, x.strides, x.offset, (m, k, s) => {
      for (let j = 0; j < m; j++, k += s, i++) {
        re[i] = data[2 * k] as number;
        im[i] = data[2 * k + 1] as number;
      }
    });
    return { kind: 'cplx', re, im };
  }
  if (isBigInt(x.dtype)) {
    const v = x.dtype === 'int64' ? new BigInt64Array(n) : new BigUint64Array(n);
    forEach1(x.shape, x.strides, x.offset, (m, k, s) => {
      for (let j = 0; j < m; j++, k += s, i++) v[i] = data[k] as bigint;
    });
    return { kind: 'big', v };
  }
  const v = new Float64Array(n);
  forEach1(x.shape, x.strides, x.offset, (m, k, s) => {
    for (let j = 0; j < m; j++, k += s, i++) v[i] = data[k] as number;
  });
  return { kind: 'num', v };
}

/** `less(f, i, g, j)`: NumPy's `f[i] < g[j]` for two flats of the same kind. */
export function lessAt(f: Flat, i: number, g: Flat, j: number): boolean {
  if (f.kind === 'num') return lessNum(f.v[i] as number, (g as typeof f).v[j] as number);
  if (f.kind === 'big') return (f.v[i] as bigint) < ((g as typeof f).v[j] as bigint);
  const h = g as typeof f;
  return lessComplex(f.re[i] as number, f.im[i] as number, h.re[j] as number, h.im[j] as number);
}

/** The number of elements in a flat. */
export function flatLength(f: Flat): number {
  return f.kind === 'cplx' ? f.re.length : f.v.length;
}
