import { type NDArray, array, asarray } from '@stride/ndarray';
import { eig as denseEig } from '@stride/linalg';
import { describe, expect, it } from 'vitest';
import { decode, decodeScalar, expectClose } from '../../../test/fixtures.js';
import { ArpackNoConvergence, aslinearoperator, eigs, lobpcg, norm, svds } from '../src/linalg/index.js';
import { detMatrix, fx, lap1d, sparseDet, spd, values } from './linalg-helpers.js';

type Z = { re: number; im: number };
const zs = (a: NDArray): Z[] => a.toArray() as Z[];
const fromFixture = (e: unknown): Z[] => {
  const d = decode(e as never).toArray() as Z[];
  return d;
};

/** The k reference eigenvalues `which` picks (most wanted first, +im of a pair first). */
function pick(all: Z[], k: number, which: string, complex: boolean, sigma?: number): Z[] {
  const key = (z: Z): number => {
    if (sigma !== undefined) return -Math.hypot(z.re - sigma, z.im);
    switch (which) {
      case 'LM':
        return Math.hypot(z.re, z.im);
      case 'SM':
        return -Math.hypot(z.re, z.im);
      case 'LR':
        return z.re;
      case 'SR':
        return -z.re;
      case 'LI':
        return complex ? z.im : Math.abs(z.im);
      default:
        return complex ? -z.im : -Math.abs(z.im);
    }
  };
  return [...all].sort((a, b) => key(b) - key(a) || b.re - a.re || b.im - a.im).slice(0, k);
}

function expectSameValues(got: Z[], want: Z[], atol: number): void {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    expect(
      Math.hypot(g.re - w.re, g.im - w.im),
      `value ${i}: ${JSON.stringify(g)} vs ${JSON.stringify(w)}`,
    ).toBeLessThan(atol);
  });
}

/** max ‖A v − λ v‖ over the pairs (complex). */
function residual(A: unknown, w: NDArray, v: NDArray): number {
  const op = aslinearoperator(A as never).promote('complex128');
  const rows = v.toArray() as Z[][];
  let worst = 0;
  zs(w).forEach((lam, j) => {
    const col = rows.map((r) => r[j]!);
    const av = op.matvec(array(col)).toArray() as Z[];
    av.forEach((a, i) => {
      const x = col[i]!;
      worst = Math.max(
        worst,
        Math.hypot(a.re - (lam.re * x.re - lam.im * x.im), a.im - (lam.re * x.im + lam.im * x.re)),
      );
    });
  });
  return worst;
}

describe('eigs on a real non-symmetric 40×40 matrix', () => {
  const N = detMatrix(40, 40, 14);
  const all = fromFixture(fx.ns40_w);
  for (const which of ['LM', 'LR', 'SR', 'LI'] as const) {
    it(`eigs(N, {k: 4, which: '${which}'}) gives LAPACK's eigenvalues (most wanted first) and small residuals`, () => {
      const { w, v } = eigs(N, { k: 4, which });
      expect(w.dtype).toBe('complex128');
      expectSameValues(zs(w), pick(all, 4, which, false), 1e-11);
      expect(residual(N, w, v)).toBeLessThan(1e-10);
    });
  }
  it("eigs(N, {k: 4}) equals SciPy's ARPACK values as a set", () => {
    const got = zs(eigs(N, { k: 4, returnEigenvectors: false }));
    const want = fromFixture(fx.ns40_scipy_LM);
    const key = (z: Z): number => z.re * 1e3 + z.im;
    expectSameValues(
      got.sort((a, b) => key(a) - key(b)),
      want.sort((a, b) => key(a) - key(b)),
      1e-11,
    );
  });
  it('eigs(N, {k: 4, sigma: 0.5}) finds the eigenvalues nearest 0.5 (shift-invert)', () => {
    const { w, v } = eigs(N, { k: 4, sigma: 0.5 });
    const want = pick(all, 4, 'LM', false, 0.5);
    const key = (z: Z): number => z.re * 1e3 + z.im;
    expectSameValues(
      [...zs(w)].sort((a, b) => key(a) - key(b)),
      want.sort((a, b) => key(a) - key(b)),
      1e-11,
    );
    expect(residual(N, w, v)).toBeLessThan(1e-10);
  });
  it('eigenvectors have unit norm and a real positive largest entry', () => {
    const { v } = eigs(N, { k: 2, which: 'LR' });
    const rows = v.toArray() as Z[][];
    for (let j = 0; j < 2; j++) {
      const col = rows.map((r) => r[j]!);
      const nrm = Math.sqrt(col.reduce((s, z) => s + z.re * z.re + z.im * z.im, 0));
      expect(Math.abs(nrm - 1)).toBeLessThan(1e-12);
      const big = col.reduce((m, z) => (Math.hypot(z.re, z.im) > Math.hypot(m.re, m.im) ? z : m));
      expect(big.re).toBeGreaterThan(0);
      expect(big.im).toBe(0);
    }
  });
});

describe('eigs on complex and sparse matrices', () => {
  it("eigs(complex 30×30, {k: 3, which: 'LM' | 'LR' | 'LI'})", () => {
    const re = detMatrix(30, 30, 15);
    const im = detMatrix(30, 30, 16);
    const C = asarray(re.map((r, i) => r.map((x, j) => ({ re: x, im: im[i]![j]! }))));
    const all = fromFixture(fx.nsc30_w);
    for (const which of ['LM', 'LR', 'LI'] as const) {
      const { w, v } = eigs(C, { k: 3, which });
      expectSameValues(zs(w), pick(all, 3, which, true), 1e-11);
      expect(residual(C, w, v)).toBeLessThan(1e-10);
    }
  });
  it("eigs(lap1d(200), {k: 3, which: 'LM'}) on a sparse matrix returns real eigenvalues", () => {
    const w = zs(eigs(lap1d(200), { k: 3, returnEigenvectors: false }));
    const want = [1, 2, 3].map((j) => 2 - 2 * Math.cos(((201 - j) * Math.PI) / 201));
    w.forEach((z, i) => {
      expect(Math.abs(z.re - want[i]!)).toBeLessThan(1e-12);
      expect(Math.abs(z.im)).toBeLessThan(1e-12);
    });
  });
  it('k >= N - 1: a dense A is solved by eig; a sparse A is a ValueError', () => {
    expect(eigs(detMatrix(4, 4, 1), { k: 3, returnEigenvectors: false }).shape).toEqual([4]);
    expect(() => eigs(lap1d(5), { k: 4 })).toThrow(/k must be less than N - 1/);
  });
  it('no convergence within maxiter is an ArpackNoConvergence', () => {
    expect(() => eigs(lap1d(300), { k: 4, which: 'SM', maxiter: 1 })).toThrow(ArpackNoConvergence);
  });
});

describe('svds', () => {
  const X = detMatrix(60, 30, 17);
  const sAll = values(decode(fx.x60_s));
  it('svds(60×30, {k: 4}) gives the largest singular values ascending, with consistent u, vh', () => {
    const { u, s, vh } = svds(X, { k: 4 });
    expectClose(s, asarray(sAll.slice(0, 4).reverse()), { rtol: 1e-13 });
    expectClose(s, asarray(values(decode(fx.x60_scipy_svds))), { rtol: 1e-12 });
    // A v = σ u for every triplet.
    const Av = aslinearoperator(X).matmat(asarray(vh!).T).toArray() as number[][];
    const U = u!.toArray() as number[][];
    for (let j = 0; j < 4; j++)
      for (let i = 0; i < 60; i++) expect(Math.abs(Av[i]![j]! - Number(s.get(j)) * U[i]![j]!)).toBeLessThan(1e-12);
  });
  it("svds(60×30, {k: 4, which: 'SM'}) gets the smallest singular values to 1e-13 (no AᵀA squaring)", () => {
    expectClose(svds(X, { k: 4, which: 'SM', returnSingularVectors: false }), asarray(sAll.slice(-4).reverse()), {
      rtol: 1e-12,
    });
  });
  it('svds on a sparse 300×100 matrix (5% density): LM and SM', () => {
    const Xs = sparseDet(300, 100, 18, 0.05);
    expect(Xs.nnz).toBe(fx.xs_nnz);
    const all = values(decode(fx.xs_s));
    expectClose(svds(Xs, { k: 5, returnSingularVectors: false }), asarray(all.slice(0, 5).reverse()), { rtol: 1e-12 });
    expectClose(svds(Xs, { k: 3, which: 'SM', returnSingularVectors: false }), asarray(all.slice(-3).reverse()), {
      rtol: 1e-10,
    });
  });
  it('svds on a tall sparse matrix (one-sided reorthogonalisation): orthonormal u and v, A v = σ u', () => {
    const Xs = sparseDet(300, 100, 18, 0.05);
    const { u, s, vh } = svds(Xs, { k: 5 });
    const U = u!.toArray() as number[][];
    const V = vh!.toArray() as number[][];
    const Av = aslinearoperator(Xs).matmat(asarray(vh!).T).toArray() as number[][];
    for (let a = 0; a < 5; a++) {
      for (let b = 0; b < 5; b++) {
        const uu = U.reduce((acc, r) => acc + r[a]! * r[b]!, 0);
        const vv = V[a]!.reduce((acc, x, i) => acc + x * V[b]![i]!, 0);
        expect(Math.abs(uu - (a === b ? 1 : 0))).toBeLessThan(1e-12);
        expect(Math.abs(vv - (a === b ? 1 : 0))).toBeLessThan(1e-12);
      }
      for (let i = 0; i < 300; i++) expect(Math.abs(Av[i]![a]! - Number(s.get(a)) * U[i]![a]!)).toBeLessThan(1e-12);
    }
  });
  it("returnSingularVectors 'u' and 'vh' return one side", () => {
    const a = svds(X, { k: 2, returnSingularVectors: 'u' });
    expect(a.vh).toBeNull();
    expect(a.u!.shape).toEqual([60, 2]);
    const b = svds(X, { k: 2, returnSingularVectors: 'vh' });
    expect(b.u).toBeNull();
    expect(b.vh!.shape).toEqual([2, 30]);
  });
  it('k outside (0, min(M, N)) is a ValueError with SciPy’s wording', () => {
    expect(() => svds(X, { k: 30 })).toThrow(/0 < k < min\(A.shape\)/);
  });
});

describe('lobpcg', () => {
  const P = spd(50, 19);
  const all = values(decode(fx.spd50_w));
  it('lobpcg(spd50, X (50×3)) gives the 3 largest, largest first', () => {
    const { w } = lobpcg(P, detMatrix(50, 3, 30), { tol: 1e-9, maxiter: 200 });
    expectClose(w, asarray(all.slice(-3).reverse()), { rtol: 1e-12 });
  });
  it('lobpcg(..., {largest: false}) with a Jacobi preconditioner gives the 3 smallest', () => {
    const M = P.map((r, i) => r.map((_, j) => (i === j ? 1 / P[i]![i]! : 0)));
    const { w, v } = lobpcg(P, detMatrix(50, 3, 30), { tol: 1e-9, maxiter: 200, largest: false, M });
    expectClose(w, asarray(all.slice(0, 3)), { rtol: 1e-11 });
    expect(v.shape).toEqual([50, 3]);
  });
  it('lobpcg with constraints Y stays orthogonal to them', () => {
    const top = lobpcg(P, detMatrix(50, 1, 31), { tol: 1e-9, maxiter: 200 });
    const next = lobpcg(P, detMatrix(50, 1, 32), { tol: 1e-9, maxiter: 200, Y: top.v });
    expectClose(next.w, asarray([all[all.length - 2]!]), { rtol: 1e-11 });
  });
});

describe('norm', () => {
  const Xs = sparseDet(300, 100, 18, 0.05);
  for (const [ord, key] of [
    ['fro', 'fro'],
    [1, '1'],
    [-1, '-1'],
    [Number.POSITIVE_INFINITY, 'inf'],
    [Number.NEGATIVE_INFINITY, '-inf'],
  ] as const) {
    it(`norm(Xs, ${String(ord)}) equals SciPy's`, () => {
      expectClose(norm(Xs, ord), decodeScalar(fx.xs_norm[key]) as number, { rtol: 1e-14 });
    });
  }
  it('norm(Xs, 2) is the largest singular value', () => {
    expectClose(norm(Xs, 2), decodeScalar(fx.xs_norm2) as number, { rtol: 1e-12 });
  });
  it('norm along an axis gives vector norms', () => {
    const d = Xs.toarray().toArray() as number[][];
    const rows = d.map((r) => Math.sqrt(r.reduce((s, x) => s + x * x, 0)));
    expectClose(norm(Xs, null, 1), asarray(rows), { rtol: 1e-14 });
    const colMax = d[0]!.map((_, j) => Math.max(...d.map((r) => Math.abs(r[j]!))));
    expectClose(norm(Xs, { ord: Number.POSITIVE_INFINITY, axis: 0 }), asarray(colMax), { rtol: 0 });
  });
});

describe('eigs on a non-normal matrix with a near-degenerate spectrum', () => {
  it('Q T Qᵀ (T upper triangular, diagonal …, 10.5, 10.5 + 1e-9, 10.5 + 1e-6, 10.7): eigs({k: 3, which: "LM"}) finds 10.7, 10.5 + 1e-6 and the pair near 10.5', () => {
    const n = 40;
    const d: number[] = [];
    for (let i = 0; i < n - 4; i++) d.push(0.5 + (4 * i) / (n - 5));
    d.push(10.5, 10.5 + 1e-9, 10.5 + 1e-6, 10.7);
    const up = detMatrix(n, n, 12);
    // T: the eigenvalues on the diagonal, a small non-normal upper part
    const T = up.map((r, i) => r.map((v, j) => (i === j ? d[i]! : j > i ? 0.05 * v : 0)));
    const Q = orthonormalColumns(detMatrix(n, n, 13));
    const QT = Q.map((row) => T[0]!.map((_, j) => row.reduce((s, qik, k) => s + qik * T[k]![j]!, 0)));
    const A = QT.map((row) => Q.map((qrow) => row.reduce((s, v, k) => s + v * qrow[k]!, 0)));
    const { w } = eigs(A, { k: 3, which: 'LM', tol: 1e-12 });
    const re = (w.toArray() as { re: number; im: number }[]).map((z) => z.re).sort((a, b) => b - a);
    // The cluster is ill-conditioned (non-normal, 1e-9 and 1e-6 apart), so LAPACK's dense eig of the
    // same A is the reference, and the exact values are met to the cluster's sensitivity.
    const lapack = ((denseEig(array(A)).w as NDArray).toArray() as { re: number; im: number }[])
      .map((z) => z.re)
      .sort((a, b) => b - a)
      .slice(0, 3);
    // (LAPACK itself is 2e-7 off the exact 10.5 + 1e-6: the cluster's sensitivity, about √ε·‖N‖)
    expectClose(asarray(re), asarray(lapack), { atol: 1e-6 });
    expectClose(re[0]!, 10.7, { atol: 1e-9 });
    expectClose(re[1]!, 10.5 + 1e-6, { atol: 1e-6 });
    expectClose(re[2]!, 10.5, { atol: 1e-6 });
    for (const z of w.toArray() as { re: number; im: number }[]) expect(Math.abs(z.im)).toBeLessThan(1e-6);
  });
});

/** Gram–Schmidt (twice) on the columns of a square matrix: an orthogonal Q, as rows of Q. */
function orthonormalColumns(a: number[][]): number[][] {
  const n = a.length;
  const cols: number[][] = [];
  for (let j = 0; j < n; j++) {
    const v = a.map((r) => r[j]!);
    for (let pass = 0; pass < 2; pass++) {
      for (const c of cols) {
        const s = c.reduce((t, ci, i) => t + ci * v[i]!, 0);
        for (let i = 0; i < n; i++) v[i]! -= s * c[i]!;
      }
    }
    const nr = Math.hypot(...v);
    cols.push(v.map((x) => x / nr));
  }
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]!));
}
