// Test helpers: the shared fixture decoder, comparisons with tolerances, and a naive complex-aware matmul.
import { NDArray } from '@stride/ndarray';
import { expect } from 'vitest';

export { type Enc, decode } from '../../../test/fixtures.js';

export const isCplx = (a: NDArray): boolean => a.dtype === 'complex64' || a.dtype === 'complex128';

/** Flat list of [re, im] pairs of an array in C order. */
export function values(a: NDArray): [number, number][] {
  const out: [number, number][] = [];
  const walk = (ax: number, k: number): void => {
    if (ax === a.ndim) {
      if (isCplx(a)) out.push([a.data[2 * k] as number, a.data[2 * k + 1] as number]);
      else out.push([Number(a.data[k]), 0]);
      return;
    }
    for (let i = 0; i < (a.shape[ax] as number); i++) walk(ax + 1, k + i * (a.strides[ax] as number));
  };
  walk(0, a.offset);
  return out;
}

/** Asserts |got - want| <= atol + rtol * max|want| elementwise, with matching shapes. */
export function close(got: NDArray | number, want: NDArray | number, rtol: number, what = ''): void {
  const g = typeof got === 'number' ? [[got, 0] as [number, number]] : values(got);
  const w = typeof want === 'number' ? [[want, 0] as [number, number]] : values(want);
  if (typeof got !== 'number' && typeof want !== 'number') expect(got.shape, `${what} shape`).toEqual(want.shape);
  expect(g.length, what).toBe(w.length);
  let scale = 0;
  for (const [re, im] of w) scale = Math.max(scale, Math.hypot(re, im));
  const tol = rtol * Math.max(1, scale);
  for (let i = 0; i < g.length; i++) {
    const [a, b] = g[i] as [number, number];
    const [c, d] = w[i] as [number, number];
    if (Number.isNaN(c) || !Number.isFinite(c)) {
      expect(Object.is(a, c) || (Number.isNaN(a) && Number.isNaN(c)), `${what}[${i}] = ${a}, want ${c}`).toBe(true);
      continue;
    }
    const err = Math.hypot(a - c, b - d);
    if (!(err <= tol))
      expect.fail(
        `${what}[${i}] = ${a}${b ? `${b >= 0 ? '+' : ''}${b}i` : ''}, want ${c}${d ? `${d >= 0 ? '+' : ''}${d}i` : ''} (err ${err} > tol ${tol})`,
      );
  }
}

/** Naive (..., m, k) @ (..., k, n) on [re, im] pairs for checking, returns complex128 or float64. */
export function naiveMatmul(a: NDArray, b: NDArray): { shape: number[]; v: [number, number][] } {
  const av = values(a);
  const bv = values(b);
  const m = a.shape[a.ndim - 2] as number;
  const k = a.shape[a.ndim - 1] as number;
  const n = b.shape[b.ndim - 1] as number;
  const batch = av.length / (m * k);
  const bBatch = bv.length / (k * n);
  const out: [number, number][] = [];
  for (let t = 0; t < Math.max(batch, bBatch); t++) {
    const ab = batch === 1 ? 0 : t;
    const bb = bBatch === 1 ? 0 : t;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let re = 0;
        let im = 0;
        for (let p = 0; p < k; p++) {
          const [x, y] = av[ab * m * k + i * k + p] as [number, number];
          const [u, w] = bv[bb * k * n + p * n + j] as [number, number];
          re += x * u - y * w;
          im += x * w + y * u;
        }
        out.push([re, im]);
      }
    }
  }
  return { shape: [...(batch >= bBatch ? a.shape.slice(0, -2) : b.shape.slice(0, -2)), m, n], v: out };
}

/** Builds a complex128 (or float64) NDArray from pairs. */
export function fromPairs(shape: number[], v: [number, number][], complex: boolean): NDArray {
  if (!complex) return new NDArray('float64', new Float64Array(v.map((p) => p[0])), shape);
  return new NDArray('complex128', new Float64Array(v.flat()), shape);
}
