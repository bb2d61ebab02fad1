// Matrices both the fixture generator (scripts/gen-linalg.py) and the tests build from one formula.
import { readFileSync } from 'node:fs';
import { type NDArray, array } from '@stride/ndarray';
import { matmul, qr } from '@stride/linalg';
import { type CsrMatrix, csrMatrix } from '../src/index.js';

export const fx = JSON.parse(readFileSync(new URL('./fixtures/linalg.json', import.meta.url), 'utf8'));

/** Entries in [-0.5, 0.5) from a quadratic form modulo a prime (exact in float64). */
export function detMatrix(m: number, n: number, seed: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      const v = (i * i * 7919 + j * j * 104729 + i * j * 31337 + i * 17 + j * 3 + seed * 15485863) % 10007;
      row.push(v / 10007 - 0.5);
    }
    out.push(row);
  }
  return out;
}

export function detVector(n: number, seed: number): number[] {
  return detMatrix(n, 1, seed).map((r) => r[0]!);
}

export function sym(n: number, seed: number): number[][] {
  const x = detMatrix(n, n, seed);
  return x.map((r, i) => r.map((v, j) => v + x[j]![i]!));
}

export function spd(n: number, seed: number): number[][] {
  const x = array(detMatrix(n, n, seed));
  const g = matmul(x.T, x).toArray() as number[][];
  return g.map((r, i) => r.map((v, j) => (i === j ? v + n * 0.1 : v)));
}

export function lap1d(n: number): CsrMatrix {
  const data: number[] = [];
  const indices: number[] = [];
  const indptr = [0];
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
      data.push(i === j ? 2 : -1);
      indices.push(j);
    }
    indptr.push(data.length);
  }
  return csrMatrix({ data, indices, indptr }, { shape: [n, n] }) as CsrMatrix;
}

export function lap2d(m: number): CsrMatrix {
  const n = m * m;
  const data: number[] = [];
  const indices: number[] = [];
  const indptr = [0];
  for (let r = 0; r < n; r++) {
    const i = Math.floor(r / m);
    const j = r % m;
    const cols: [number, number][] = [];
    if (i > 0) cols.push([r - m, -1]);
    if (j > 0) cols.push([r - 1, -1]);
    cols.push([r, 4]);
    if (j < m - 1) cols.push([r + 1, -1]);
    if (i < m - 1) cols.push([r + m, -1]);
    for (const [c, v] of cols) {
      indices.push(c);
      data.push(v);
    }
    indptr.push(data.length);
  }
  return csrMatrix({ data, indices, indptr }, { shape: [n, n] }) as CsrMatrix;
}

/** det_matrix(m, n, seed + 1) kept where det_matrix(m, n, seed) + 0.5 < density. */
export function sparseDet(m: number, n: number, seed: number, density: number): CsrMatrix {
  const mask = detMatrix(m, n, seed);
  const vals = detMatrix(m, n, seed + 1);
  return csrMatrix(vals.map((r, i) => r.map((v, j) => (mask[i]![j]! + 0.5 < density ? v : 0)))) as CsrMatrix;
}

/** Q diag(d) Qᵀ with Q the QR factor of detMatrix(50, 50, 9) (the generator's clustered matrix). */
export function clustered(): number[][] {
  const q = qr(detMatrix(50, 50, 9)).q!.toArray() as number[][];
  const d: number[] = [];
  for (let i = 0; i < 44; i++) d.push(0.1 + (4.9 * i) / 43);
  d.push(10.5, 10.5 + 1e-9, 10.5 + 2e-9, 10.5 + 1e-6, 10.6, 10.7);
  const c = q.map((row, i) => row.map((_, j) => row.reduce((s, qik, k) => s + qik * d[k]! * q[j]![k]!, 0) + 0 * i));
  return c.map((r, i) => r.map((v, j) => (v + c[j]![i]!) / 2));
}

export function values(a: NDArray): number[] {
  return (a.toArray() as number[]).map(Number);
}
