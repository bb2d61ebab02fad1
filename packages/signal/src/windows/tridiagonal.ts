/**
 * Selected eigenpairs of a symmetric tridiagonal matrix: eigenvalues by Sturm-sequence
 * bisection, eigenvectors by inverse iteration with a pivoted tridiagonal solve.
 * @module
 */

/** How many eigenvalues of the tridiagonal (d, e) lie below x (Sturm count). */
function countBelow(d: Float64Array, e2: Float64Array, x: number, tiny: number): number {
  let count = 0;
  let q = 1;
  for (let i = 0; i < d.length; i++) {
    q = (d[i] as number) - x - (i > 0 ? (e2[i - 1] as number) / q : 0);
    if (q === 0) q = -tiny;
    if (q < 0) count++;
  }
  return count;
}

/** The k-th smallest eigenvalue (k from 0) of (d, e), by bisection to full precision. */
function eigenvalue(d: Float64Array, e2: Float64Array, k: number, lo0: number, hi0: number, tiny: number): number {
  let lo = lo0;
  let hi = hi0;
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (countBelow(d, e2, mid, tiny) > k) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

/** Solves (T − λI)x = b in place in b with partial pivoting (a tridiagonal LU of four diagonals). */
function solveShifted(d: Float64Array, e: Float64Array, lambda: number, b: Float64Array, tiny: number): void {
  const n = d.length;
  // rows of U: diagonal u0, first and second superdiagonals u1, u2
  const u0 = new Float64Array(n);
  const u1 = new Float64Array(n);
  const u2 = new Float64Array(n);
  const piv = new Uint8Array(n);
  const l = new Float64Array(n);
  let a = (d[0] as number) - lambda;
  let c = n > 1 ? (e[0] as number) : 0;
  for (let i = 0; i < n - 1; i++) {
    const sub = e[i] as number;
    const nd = (d[i + 1] as number) - lambda;
    const nc = i + 1 < n - 1 ? (e[i + 1] as number) : 0;
    if (Math.abs(a) >= Math.abs(sub)) {
      const m = a === 0 ? 0 : sub / a;
      u0[i] = a;
      u1[i] = c;
      u2[i] = 0;
      l[i] = m;
      a = nd - m * c;
      c = nc;
    } else {
      const m = a / sub;
      u0[i] = sub;
      u1[i] = nd;
      u2[i] = nc;
      l[i] = m;
      piv[i] = 1;
      a = c - m * nd;
      c = -m * nc;
    }
  }
  u0[n - 1] = a;
  for (let i = 0; i < n; i++) if (Math.abs(u0[i] as number) < tiny) u0[i] = tiny;
  // forward: apply the row swaps and eliminations
  for (let i = 0; i < n - 1; i++) {
    if (piv[i]) {
      const t = b[i] as number;
      b[i] = b[i + 1] as number;
      b[i + 1] = t - (l[i] as number) * (b[i] as number);
    } else {
      b[i + 1] = (b[i + 1] as number) - (l[i] as number) * (b[i] as number);
    }
  }
  // back substitution
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i] as number;
    if (i + 1 < n) s -= (u1[i] as number) * (b[i + 1] as number);
    if (i + 2 < n) s -= (u2[i] as number) * (b[i + 2] as number);
    b[i] = s / (u0[i] as number);
  }
}

function normalize(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) ** 2;
  const f = 1 / Math.sqrt(s);
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) * f;
}

/**
 * The `count` largest eigenvalues of the symmetric tridiagonal matrix with diagonal `d` and
 * off-diagonal `e`, largest first, with unit eigenvectors (each row of `vectors`).
 */
export function largestEigenpairs(
  d: Float64Array,
  e: Float64Array,
  count: number,
): { values: Float64Array; vectors: Float64Array[] } {
  const n = d.length;
  const e2 = e.map((v) => v * v);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(e[i - 1] as number) : 0) + (i < n - 1 ? Math.abs(e[i] as number) : 0);
    lo = Math.min(lo, (d[i] as number) - r);
    hi = Math.max(hi, (d[i] as number) + r);
    scale = Math.max(scale, Math.abs(d[i] as number) + r);
  }
  const tiny = Math.max(scale, 1) * 2.2e-16 * 1e-3;
  lo -= tiny * 1e3;
  hi += tiny * 1e3;
  const values = new Float64Array(count);
  const vectors: Float64Array[] = [];
  for (let j = 0; j < count; j++) {
    const lambda = eigenvalue(d, e2, n - 1 - j, lo, hi, tiny);
    values[j] = lambda;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = 1 + ((i * 7919) % 13) / 13;
    for (let it = 0; it < 4; it++) {
      solveShifted(d, e, lambda, x, tiny * 1e-3);
      // keep it orthogonal to the vectors found before (guards near-equal eigenvalues)
      for (const v of vectors) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += (v[i] as number) * (x[i] as number);
        for (let i = 0; i < n; i++) x[i] = (x[i] as number) - dot * (v[i] as number);
      }
      normalize(x);
    }
    vectors.push(x);
  }
  return { values, vectors };
}
