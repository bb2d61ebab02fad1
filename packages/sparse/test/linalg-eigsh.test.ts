import { type NDArray, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, expectClose } from '../../../test/fixtures.js';
import { ArpackNoConvergence, LinearOperator, aslinearoperator, eigsh } from '../src/linalg/index.js';
import { clustered, detMatrix, fx, lap1d, lap2d, spd, sym, values } from './linalg-helpers.js';

/** max_j ‖A v_j − w_j M v_j‖ over the returned pairs (real or complex). */
function residual(A: unknown, w: NDArray, v: NDArray, M?: unknown): number {
  const op = aslinearoperator(A as never);
  const mop = M === undefined ? null : aslinearoperator(M as never);
  const k = w.shape[0]!;
  let worst = 0;
  for (let j = 0; j < k; j++) {
    const col = asarray((v.toArray() as unknown[][]).map((r) => r[j]) as never);
    const av = op.matvec(col).toArray() as (number | { re: number; im: number })[];
    const mv = (mop ? mop.matvec(col) : col).toArray() as (number | { re: number; im: number })[];
    const lam = Number(w.get(j));
    for (let i = 0; i < av.length; i++) {
      const a = av[i]!;
      const m = mv[i]!;
      const d =
        typeof a === 'number'
          ? a - lam * (m as number)
          : Math.hypot(a.re - lam * (m as { re: number }).re, a.im - lam * (m as { im: number }).im);
      worst = Math.max(worst, Math.abs(d));
    }
  }
  return worst;
}

/** The k reference values `which` picks, ascending. */
function pick(all: number[], k: number, which: string): number[] {
  const s = [...all].sort((a, b) => a - b);
  switch (which) {
    case 'LA':
      return s.slice(-k);
    case 'SA':
      return s.slice(0, k);
    case 'LM':
      return [...s]
        .sort((a, b) => Math.abs(b) - Math.abs(a))
        .slice(0, k)
        .sort((a, b) => a - b);
    case 'SM':
      return [...s]
        .sort((a, b) => Math.abs(a) - Math.abs(b))
        .slice(0, k)
        .sort((a, b) => a - b);
    default:
      return [...s.slice(0, Math.floor(k / 2)), ...s.slice(s.length - Math.ceil(k / 2))];
  }
}

describe('eigsh on a symmetric 60×60 matrix', () => {
  const S = sym(60, 8);
  const all = values(decode(fx.sym60_w));
  for (const which of ['LM', 'SM', 'LA', 'SA', 'BE'] as const) {
    it(`eigsh(S, {k: 4, which: '${which}'}) gives LAPACK's values ascending, small residuals`, () => {
      const { w, v } = eigsh(S, { k: 4, which });
      expectClose(w, asarray(pick(all, 4, which)), { atol: 1e-12 });
      expect(residual(S, w, v)).toBeLessThan(1e-10);
    });
  }
  it("eigsh(S, {k: 4}) (LM) equals SciPy's ARPACK values", () => {
    expectClose(
      eigsh(S, { k: 4, returnEigenvectors: false }),
      asarray(values(decode(fx.sym60_scipy_LM)).sort((a, b) => a - b)),
      {
        atol: 1e-12,
      },
    );
  });
  it('eigenvectors are orthonormal, their largest-|entry| positive', () => {
    const { v } = eigsh(S, { k: 4, which: 'LA' });
    const cols = (v.toArray() as number[][])[0]!.map((_, j) => (v.toArray() as number[][]).map((r) => r[j]!));
    for (let a = 0; a < 4; a++) {
      const big = cols[a]!.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);
      expect(big).toBeGreaterThan(0);
      for (let b = 0; b < 4; b++) {
        const d = cols[a]!.reduce((s, x, i) => s + x * cols[b]![i]!, 0);
        expect(Math.abs(d - (a === b ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });
  it('the positional form eigsh(S, 3, null, null, "SA") equals the options form', () => {
    expect(values(eigsh(S, 3, null, null, 'SA').w)).toEqual(values(eigsh(S, { k: 3, which: 'SA' }).w));
  });
});

describe('eigsh on Laplacians (sparse)', () => {
  it('eigsh(lap1d(100), {k: 6, sigma: 0}) gives the 6 smallest, 2 − 2cos(jπ/101)', () => {
    const L = lap1d(100);
    const { w, v } = eigsh(L, { k: 6, sigma: 0 });
    expectClose(w, asarray(values(decode(fx.lap1d_w)).slice(0, 6)), { atol: 1e-13 });
    expect(residual(L, w, v)).toBeLessThan(1e-12);
  });
  it("eigsh(lap1d(100), {k: 5, which: 'LA'}) gives the 5 largest", () => {
    const w = eigsh(lap1d(100), { k: 5, which: 'LA', returnEigenvectors: false });
    expectClose(w, asarray(values(decode(fx.lap1d_w)).slice(-5)), { atol: 1e-12 });
  });
  it("eigsh(lap2d(12), {k: 6, which: 'SA'}) resolves the double eigenvalues of the 2-D Laplacian", () => {
    const L = lap2d(12);
    const { w, v } = eigsh(L, { k: 6, which: 'SA', ncv: 30 });
    expectClose(w, asarray(values(decode(fx.lap2d_w)).slice(0, 6)), { atol: 1e-11 });
    expect(residual(L, w, v)).toBeLessThan(1e-9);
  });
  it('eigsh(lap2d(12), {k: 4, sigma: 1}) finds the eigenvalues nearest 1', () => {
    const all = values(decode(fx.lap2d_w));
    const near = [...all]
      .sort((a, b) => Math.abs(a - 1) - Math.abs(b - 1))
      .slice(0, 4)
      .sort((a, b) => a - b);
    expectClose(eigsh(lap2d(12), { k: 4, sigma: 1, returnEigenvectors: false }), asarray(near), { atol: 1e-11 });
  });
});

describe('eigsh on clustered, complex and generalised problems', () => {
  it("clustered spectrum (10.5, 10.5+1e-9, 10.5+2e-9, 10.5+1e-6, ...): eigsh({k: 6, which: 'LA'})", () => {
    const C = clustered();
    const { w, v } = eigsh(C, { k: 6, which: 'LA' });
    expectClose(w, asarray(values(decode(fx.clustered_w)).slice(-6)), { atol: 1e-12 });
    expect(residual(C, w, v)).toBeLessThan(1e-11);
  });
  it("complex Hermitian 30×30: eigsh({k: 3, which: 'LA'}) and sigma = 0.3", () => {
    const re = detMatrix(30, 30, 10);
    const im = detMatrix(30, 30, 11);
    const H = asarray(re.map((r, i) => r.map((x, j) => ({ re: x + re[j]![i]!, im: im[i]![j]! - im[j]![i]! }))));
    const all = values(decode(fx.herm30_w));
    const { w, v } = eigsh(H, { k: 3, which: 'LA' });
    expect(v.dtype).toBe('complex128');
    expectClose(w, asarray(all.slice(-3)), { atol: 1e-12 });
    expect(residual(H, w, v)).toBeLessThan(1e-11);
    const near = [...all]
      .sort((a, b) => Math.abs(a - 0.3) - Math.abs(b - 0.3))
      .slice(0, 3)
      .sort((a, b) => a - b);
    expectClose(eigsh(H, { k: 3, sigma: 0.3, returnEigenvectors: false }), asarray(near), { atol: 1e-12 });
    // Phase convention: the largest-modulus entry of each vector is real and positive.
    const rows = v.toArray() as { re: number; im: number }[][];
    for (let j = 0; j < 3; j++) {
      const col = rows.map((r) => r[j]!);
      const big = col.reduce((m, z) => (Math.hypot(z.re, z.im) > Math.hypot(m.re, m.im) ? z : m), { re: 0, im: 0 });
      expect(big.re).toBeGreaterThan(0);
      expect(big.im).toBe(0);
    }
  });
  it('generalised A x = λ M x: eigsh(A, {k: 3, M}) (LM), SA and sigma = 0.5', () => {
    const A = sym(40, 12);
    const M = spd(40, 13);
    const all = values(decode(fx.gen40_w));
    const lm = eigsh(A, { k: 3, M });
    expectClose(lm.w, asarray(pick(all, 3, 'LM')), { atol: 1e-11 });
    expect(residual(A, lm.w, lm.v, M)).toBeLessThan(1e-10);
    expectClose(eigsh(A, { k: 3, M, which: 'SA', returnEigenvectors: false }), asarray(pick(all, 3, 'SA')), {
      atol: 1e-11,
    });
    const near = [...all]
      .sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5))
      .slice(0, 3)
      .sort((a, b) => a - b);
    const si = eigsh(A, { k: 3, M, sigma: 0.5 });
    expectClose(si.w, asarray(near), { atol: 1e-11 });
    expect(residual(A, si.w, si.v, M)).toBeLessThan(1e-10);
  });
  it('buckling and cayley modes give the same eigenvalues near sigma', () => {
    const A = spd(30, 20);
    const M = spd(30, 21);
    const ref = values(eigsh(A, { k: 2, M, sigma: 1, returnEigenvectors: false }));
    expectClose(eigsh(A, { k: 2, M, sigma: 1, mode: 'cayley', returnEigenvectors: false }), asarray(ref), {
      rtol: 1e-10,
    });
    expectClose(
      eigsh(A, { k: 2, M, sigma: 1, mode: 'buckling', which: 'LM', returnEigenvectors: false }),
      asarray(ref),
      {
        rtol: 1e-10,
      },
    );
  });
  it('OPinv and Minv operators are used when given', () => {
    const L = lap1d(50);
    const dense = aslinearoperator(L.toarray());
    let calls = 0;
    const inv = eigsh(L.toarray(), { k: 2, sigma: 0, returnEigenvectors: false });
    const OPinv = new LinearOperator([50, 50], {
      matvec: (x) => {
        calls++;
        return eigshSolve(dense, x);
      },
    });
    expectClose(eigsh(L, { k: 2, sigma: 0, OPinv, returnEigenvectors: false }), inv, { rtol: 1e-9 });
    expect(calls).toBeGreaterThan(0);
  });
});

/** x ↦ A⁻¹x by dense Gaussian elimination (a test-local OPinv). */
function eigshSolve(A: LinearOperator, x: NDArray): number[] {
  const n = A.shape[0];
  const cols = A.matmat(
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))),
  ).toArray() as number[][];
  const a = cols.map((r, i) => [...r, Number(x.get(i))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * out[k]!;
    out[r] = s / a[r]![r]!;
  }
  return out;
}

describe('eigsh: re-entrancy, non-convergence, k limits', () => {
  it('two solves interleaved through a callback operator give the same answers as alone', () => {
    const S = sym(60, 8);
    const L = lap1d(80);
    const alone = values(eigsh(L, { k: 3, which: 'LA', returnEigenvectors: false }));
    const Sop = aslinearoperator(S);
    const inner: number[][] = [];
    const nested = new LinearOperator([60, 60], {
      matvec: (x) => {
        if (inner.length < 3) inner.push(values(eigsh(L, { k: 3, which: 'LA', returnEigenvectors: false })));
        return Sop.matvec(x);
      },
    });
    const outer = eigsh(nested, { k: 4, which: 'LA', returnEigenvectors: false });
    expectClose(outer, asarray(pick(values(decode(fx.sym60_w)), 4, 'LA')), { atol: 1e-12 });
    for (const r of inner) expect(r).toEqual(alone);
  });
  it('maxiter too small throws ArpackNoConvergence carrying the converged pairs', () => {
    let err: unknown = null;
    try {
      eigsh(lap1d(400), { k: 6, which: 'SM', maxiter: 2 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ArpackNoConvergence);
    const e = err as ArpackNoConvergence;
    expect(e.message).toMatch(/eigsh: no convergence/);
    expect(e.eigenvalues.shape[0]).toBe(e.eigenvectors.shape[1]);
    expect(e.eigenvalues.shape[0]).toBeLessThan(6);
  });
  it('k >= N: dense A is solved by eigh (all N values); sparse A is a ValueError', () => {
    const S = sym(5, 1);
    expect(eigsh(S, { k: 5, returnEigenvectors: false }).shape).toEqual([5]);
    expect(() => eigsh(lap1d(5), { k: 5 })).toThrow(/k must be less than N/);
  });
});
