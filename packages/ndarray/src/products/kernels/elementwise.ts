/**
 * Strided elementwise loops in one dtype for the products that are not sums (outer, kron, cross,
 * dot with a 0-d operand): z = x·y, z = x − y, z = −x. Integers wrap like NumPy's through the
 * store (and Math.imul where a 32-bit product could lose bits in float64).
 */
import type { DType, TypedArray } from '@stride/protocol';
import type { Inner2, Inner3 } from '../../core/iter.js';

type Num = Float64Array;
type Big = BigInt64Array;

/** The loop z[k] = x[i] · y[j] for one dtype. */
export function mulLoop(dtype: DType, x: TypedArray, y: TypedArray, z: TypedArray): Inner3 {
  if (dtype === 'complex64' || dtype === 'complex128') {
    const xs = x as Num;
    const ys = y as Num;
    const zs = z as Num;
    return (n, i, si, j, sj, k, sk) => {
      for (let t = 0; t < n; t++, i += si, j += sj, k += sk) {
        const xr = xs[2 * i] as number;
        const xi = xs[2 * i + 1] as number;
        const yr = ys[2 * j] as number;
        const yi = ys[2 * j + 1] as number;
        zs[2 * k] = xr * yr - xi * yi;
        zs[2 * k + 1] = xr * yi + xi * yr;
      }
    };
  }
  if (dtype === 'int64' || dtype === 'uint64') {
    const xs = x as Big;
    const ys = y as Big;
    const zs = z as Big;
    return (n, i, si, j, sj, k, sk) => {
      for (let t = 0; t < n; t++, i += si, j += sj, k += sk) zs[k] = (xs[i] as bigint) * (ys[j] as bigint);
    };
  }
  const xs = x as Num;
  const ys = y as Num;
  const zs = z as Num;
  if (dtype === 'int32' || dtype === 'uint32') {
    return (n, i, si, j, sj, k, sk) => {
      for (let t = 0; t < n; t++, i += si, j += sj, k += sk) zs[k] = Math.imul(xs[i] as number, ys[j] as number);
    };
  }
  // float64 rounds once; float32 products of float32 values are exact in float64, so the store's
  // rounding is float32's; 8/16-bit integer products are exact and wrap on store.
  return (n, i, si, j, sj, k, sk) => {
    for (let t = 0; t < n; t++, i += si, j += sj, k += sk) zs[k] = (xs[i] as number) * (ys[j] as number);
  };
}

/** The loop z[k] = x[i] − y[j] for one dtype (not bool). */
export function subLoop(dtype: DType, x: TypedArray, y: TypedArray, z: TypedArray): Inner3 {
  if (dtype === 'complex64' || dtype === 'complex128') {
    const xs = x as Num;
    const ys = y as Num;
    const zs = z as Num;
    return (n, i, si, j, sj, k, sk) => {
      for (let t = 0; t < n; t++, i += si, j += sj, k += sk) {
        zs[2 * k] = (xs[2 * i] as number) - (ys[2 * j] as number);
        zs[2 * k + 1] = (xs[2 * i + 1] as number) - (ys[2 * j + 1] as number);
      }
    };
  }
  if (dtype === 'int64' || dtype === 'uint64') {
    const xs = x as Big;
    const ys = y as Big;
    const zs = z as Big;
    return (n, i, si, j, sj, k, sk) => {
      for (let t = 0; t < n; t++, i += si, j += sj, k += sk) zs[k] = (xs[i] as bigint) - (ys[j] as bigint);
    };
  }
  const xs = x as Num;
  const ys = y as Num;
  const zs = z as Num;
  return (n, i, si, j, sj, k, sk) => {
    for (let t = 0; t < n; t++, i += si, j += sj, k += sk) zs[k] = (xs[i] as number) - (ys[j] as number);
  };
}

/** The loop z[k] = −x[i] for one dtype (not bool). */
export function negLoop(dtype: DType, x: TypedArray, z: TypedArray): Inner2 {
  if (dtype === 'complex64' || dtype === 'complex128') {
    const xs = x as Num;
    const zs = z as Num;
    return (n, i, si, k, sk) => {
      for (let t = 0; t < n; t++, i += si, k += sk) {
        zs[2 * k] = -(xs[2 * i] as number);
        zs[2 * k + 1] = -(xs[2 * i + 1] as number);
      }
    };
  }
  if (dtype === 'int64' || dtype === 'uint64') {
    const xs = x as Big;
    const zs = z as Big;
    return (n, i, si, k, sk) => {
      for (let t = 0; t < n; t++, i += si, k += sk) zs[k] = -(xs[i] as bigint);
    };
  }
  const xs = x as Num;
  const zs = z as Num;
  return (n, i, si, k, sk) => {
    for (let t = 0; t < n; t++, i += si, k += sk) zs[k] = -(xs[i] as number);
  };
}
