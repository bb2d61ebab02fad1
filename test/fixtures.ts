// The one fixture codec of every package's tests (TypeScript side of scripts/fixtures.py) and the
// tolerance helpers that fixture-driven tests share.
import { type DType, NDArray } from '@stride/ndarray';
import { expect } from 'vitest';

/** An encoded array: flat C-order data, complex interleaved, non-finite floats as strings. */
export interface Enc {
  dtype: string;
  shape: number[];
  data: (number | string | boolean)[];
}

/** Encoded scalar value: a number, 'nan' / 'inf' / '-inf', or a complex {re, im}. */
export type EncScalar = number | string | boolean | { re: number | string; im: number | string };

/** A number from its JSON form ('nan', 'inf', '-inf' or a number). */
export function num(v: number | string | boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === 'nan') return Number.NaN;
  if (v === 'inf') return Number.POSITIVE_INFINITY;
  if (v === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(v);
}

const CTORS: Record<string, new (n: number) => ArrayLike<unknown>> = {
  bool: Uint8Array,
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  float32: Float32Array,
  float64: Float64Array,
  complex64: Float32Array,
  complex128: Float64Array,
};

/** The NDArray an {@link Enc} describes (exact: int64 from strings, floats bit-for-bit). */
export function decode(e: Enc): NDArray {
  const Ctor = CTORS[e.dtype];
  if (!Ctor) throw new Error(`fixtures: unknown dtype ${e.dtype}`);
  const data = new Ctor(e.data.length) as unknown as Record<number, unknown>;
  const big = e.dtype === 'int64' || e.dtype === 'uint64';
  for (let i = 0; i < e.data.length; i++) {
    const v = e.data[i] as number | string | boolean;
    data[i] = big ? BigInt(v as string | number) : num(v);
  }
  return new NDArray(e.dtype as DType, data as never, e.shape);
}

/** A scalar from its JSON form; complex comes back as {re, im}. */
export function decodeScalar(v: EncScalar): number | boolean | { re: number; im: number } {
  if (typeof v === 'object') return { re: num(v.re), im: num(v.im) };
  if (typeof v === 'boolean') return v;
  return num(v);
}

/** Distance in units in the last place between two float64 values (0 for equal, Infinity across NaN). */
export function ulpDistance(a: number, b: number): number {
  if (Object.is(a, b) || a === b) return 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.POSITIVE_INFINITY;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  const ord = (x: bigint): bigint => (x < 0n ? -(x & 0x7fffffffffffffffn) : x);
  const ia = ord(buf.getBigInt64(0));
  const ib = ord(buf.getBigInt64(8));
  const d = ia > ib ? ia - ib : ib - ia;
  return Number(d);
}

/** Tolerance of one numeric assertion: |got - want| <= atol + rtol * |want|, or a ULP bound. */
export interface Tolerance {
  rtol?: number;
  atol?: number;
  ulps?: number;
}

/** Flat float values of an array or scalar (complex as [re, im] pairs flattened). */
function flatValues(x: NDArray | number): number[] {
  if (typeof x === 'number') return [x];
  const out: number[] = [];
  const cplx = x.dtype === 'complex64' || x.dtype === 'complex128';
  const walk = (ax: number, k: number): void => {
    if (ax === x.ndim) {
      if (cplx) out.push(x.data[2 * k] as number, x.data[2 * k + 1] as number);
      else out.push(Number(x.data[k]));
      return;
    }
    for (let i = 0; i < (x.shape[ax] as number); i++) walk(ax + 1, k + i * (x.strides[ax] as number));
  };
  walk(0, x.offset);
  return out;
}

/**
 * Asserts that `got` matches `want` elementwise within `tol` (NaN matches NaN, ±Inf must match
 * exactly, shapes must agree). The message names `what`, the index and both values.
 */
export function expectClose(got: NDArray | number, want: NDArray | number, tol: Tolerance, what = ''): void {
  if (typeof got !== 'number' && typeof want !== 'number') expect(got.shape, `${what} shape`).toEqual(want.shape);
  const g = flatValues(got);
  const w = flatValues(want);
  expect(g.length, `${what} size`).toBe(w.length);
  for (let i = 0; i < g.length; i++) {
    const a = g[i] as number;
    const b = w[i] as number;
    if (Number.isNaN(b) || !Number.isFinite(b)) {
      if (!(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)))) expect.fail(`${what}[${i}] = ${a}, want ${b}`);
      continue;
    }
    if (tol.ulps !== undefined) {
      const d = ulpDistance(a, b);
      if (!(d <= tol.ulps)) expect.fail(`${what}[${i}] = ${a}, want ${b} (${d} ulps > ${tol.ulps})`);
      continue;
    }
    const lim = (tol.atol ?? 0) + (tol.rtol ?? 0) * Math.abs(b);
    if (!(Math.abs(a - b) <= lim)) expect.fail(`${what}[${i}] = ${a}, want ${b} (err ${Math.abs(a - b)} > ${lim})`);
  }
}
