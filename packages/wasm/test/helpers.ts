// Test helpers: fixtures, row-major <-> column-major, tolerance checks.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface Mat {
  readonly shape: [number, number] | [number];
  readonly data: number[];
}

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Row-major fixture matrix -> column-major (Fortran) flat array; `k` numbers per element. */
export function colMajor(m: Mat, k = 1): number[] {
  const [rows, cols = 1] = m.shape;
  const out = new Array<number>(rows * cols * k);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      for (let t = 0; t < k; t++) out[(j * rows + i) * k + t] = m.data[(i * cols + j) * k + t] as number;
    }
  }
  return out;
}

/** Asserts |actual - expected| <= atol + rtol * |expected| elementwise. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rtol: number, atol = 0): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
      throw new Error(`element ${i}: ${a} differs from ${e} by more than atol=${atol}, rtol=${rtol}`);
    }
  }
}

/** Deterministic pseudo-random values in [-1, 1) (xorshift32). */
export function randoms(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x / 2 ** 31 - 1;
  }
  return out;
}
