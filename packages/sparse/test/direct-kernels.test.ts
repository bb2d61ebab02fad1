/**
 * The ordering and symbolic kernels of the direct solvers on random patterns: AMD and the
 * COLAMD-style column ordering return permutations (empty, disconnected, dense-node and
 * rectangular cases included), and the elimination tree and column counts agree with a dense
 * symbolic factorisation.
 */
import { describe, expect, it } from 'vitest';
import { amdOrder, colamdOrder } from '../src/linalg/direct/kernels/amd.js';
import { columnCounts, etree } from '../src/linalg/direct/kernels/cholesky.js';
import { permutedUpper, symmetricPattern } from '../src/linalg/direct/kernels/pattern.js';

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** A random m×n CSC pattern with about `perCol` entries per column. */
function randomPattern(m: number, n: number, perCol: number, seed: number): { ptr: Int32Array; idx: Int32Array } {
  const r = rng(seed);
  const ptr = new Int32Array(n + 1);
  const idx: number[] = [];
  for (let j = 0; j < n; j++) {
    const rows = new Set<number>();
    for (let t = 0; t < perCol; t++) rows.add(Math.floor(r() * m));
    idx.push(...[...rows].sort((a, b) => a - b));
    ptr[j + 1] = idx.length;
  }
  return { ptr, idx: Int32Array.from(idx) };
}

function isPermutation(p: Int32Array, n: number): boolean {
  if (p.length !== n) return false;
  const seen = new Uint8Array(n);
  for (const v of p) {
    if (v < 0 || v >= n || seen[v]) return false;
    seen[v] = 1;
  }
  return true;
}

describe('orderings', () => {
  it('amdOrder returns a permutation for random symmetric patterns, empty and disconnected graphs', () => {
    for (const [n, per, seed] of [
      [1, 1, 1],
      [10, 0, 2],
      [50, 2, 3],
      [300, 4, 4],
      [1000, 8, 5],
    ] as const) {
      const a = randomPattern(n, n, per, seed);
      const g = symmetricPattern(n, a.ptr, a.idx);
      expect(isPermutation(amdOrder(n, g.ptr, g.idx), n), `n=${n}`).toBe(true);
    }
    expect(amdOrder(0, new Int32Array(1), new Int32Array(0)).length).toBe(0);
  });

  it('amdOrder puts a node adjacent to every other (a dense node) last', () => {
    const n = 400;
    const ptr = new Int32Array(n + 1);
    const idx: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j === 7) for (let i = 0; i < n; i++) idx.push(i);
      else {
        idx.push(7);
        if (j > 0 && j - 1 !== 7) idx.push(j - 1);
        if (j < n - 1 && j + 1 !== 7) idx.push(j + 1);
      }
      ptr[j + 1] = idx.length;
    }
    const g = symmetricPattern(n, ptr, Int32Array.from(idx));
    const p = amdOrder(n, g.ptr, g.idx);
    expect(isPermutation(p, n)).toBe(true);
    expect(p[n - 1]).toBe(7);
  });

  it('colamdOrder returns a column permutation for square, tall and wide random matrices', () => {
    for (const [m, n, per, seed] of [
      [60, 60, 3, 11],
      [200, 80, 4, 12],
      [40, 150, 2, 13],
      [500, 500, 5, 14],
    ] as const) {
      const a = randomPattern(m, n, per, seed);
      expect(isPermutation(colamdOrder(m, n, a.ptr, a.idx), n), `${m}x${n}`).toBe(true);
    }
  });
});

describe('symbolic Cholesky', () => {
  it('etree and columnCounts match a dense symbolic elimination on random patterns', () => {
    for (const [n, per, seed] of [
      [30, 2, 21],
      [80, 3, 22],
      [120, 2, 23],
    ] as const) {
      const a = randomPattern(n, n, per, seed);
      const g = symmetricPattern(n, a.ptr, a.idx);
      const ident = Int32Array.from({ length: n }, (_, i) => i);
      const c = permutedUpper(n, g.ptr, g.idx, null, ident);
      const parent = etree(n, c.ptr, c.idx);
      const counts = columnCounts(n, c.ptr, c.idx, parent);
      // Dense symbolic elimination: S[i][j] for i > j.
      const S = Array.from({ length: n }, () => new Uint8Array(n));
      for (let j = 0; j < n; j++) for (let p = g.ptr[j]!; p < g.ptr[j + 1]!; p++) S[g.idx[p]!]![j] = 1;
      for (let k = 0; k < n; k++) {
        const below: number[] = [];
        for (let i = k + 1; i < n; i++) if (S[i]![k]) below.push(i);
        for (const i of below) for (const j of below) if (i > j) S[i]![j] = 1;
        expect(counts[k], `count ${k}`).toBe(below.length + 1);
        expect(parent[k], `parent ${k}`).toBe(below.length ? below[0] : -1);
      }
    }
  });
});
