import { type NDArray, array, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, expectClose } from '../../../test/fixtures.js';
import { LinearOperator, aslinearoperator, bicgstab, cg, gmres, lsmr, lsqr, minres } from '../src/linalg/index.js';
import { detMatrix, detVector, fx, lap1d, spd, sym } from './linalg-helpers.js';

const n = 40;
const Aspd = spd(n, 1);
const Asym = sym(n, 2);
const Ans = detMatrix(n, n, 3).map((r, i) => r.map((v, j) => (i === j ? v + 3 : v)));
const b = detVector(n, 4);
const diagInv = (A: number[][]): number[][] => A.map((r, i) => r.map((_, j) => (i === j ? 1 / A[i]![i]! : 0)));

function counted<T>(run: (cb: () => void) => T): { r: T; its: number } {
  let its = 0;
  const r = run(() => {
    its++;
  });
  return { r, its };
}

describe('cg', () => {
  it('cg(spd, b, {rtol: 1e-10}) matches SciPy: same x, info 0, same iteration count', () => {
    const { r, its } = counted((cb) => cg(Aspd, b, { rtol: 1e-10, callback: cb }));
    expect(r.info).toBe(0);
    expect(its).toBe(fx.cg.its);
    expectClose(r.x, decode(fx.cg.x), { rtol: 1e-12, atol: 1e-14 });
    expectClose(r.x, decode(fx.solve_spd), { rtol: 1e-8 });
  });
  it('cg with a Jacobi preconditioner M (dense) matches SciPy', () => {
    const { r, its } = counted((cb) => cg(Aspd, b, { rtol: 1e-10, M: diagInv(Aspd), callback: cb }));
    expect(r.info).toBe(0);
    expect(its).toBe(fx.cg_jacobi.its);
    expectClose(r.x, decode(fx.cg_jacobi.x), { rtol: 1e-12, atol: 1e-14 });
  });
  it('cg(..., {maxiter: 3}) stops with info = 3 and SciPy’s iterate', () => {
    const r = cg(Aspd, b, { rtol: 1e-14, maxiter: 3 });
    expect(r.info).toBe(3);
    expectClose(r.x, decode(fx.cg_maxiter.x), { rtol: 1e-12, atol: 1e-14 });
  });
  it('cg on a sparse 1-D Laplacian (n = 100) with x0 given positionally', () => {
    const L = lap1d(100);
    const bb = detVector(100, 5);
    const r = cg(L, bb, new Float64Array(100).fill(0.1), { rtol: 1e-12 });
    expect(r.info).toBe(0);
    expectClose(r.x, decode(fx.lap_solve), { rtol: 1e-9 });
  });
  it('cg with b = 0 returns zeros at once', () => {
    const r = cg(Aspd, new Float64Array(n));
    expect(r.info).toBe(0);
    expect(r.x.toArray()).toEqual(new Array(n).fill(0));
  });
});

describe('bicgstab, gmres, minres', () => {
  it('bicgstab(nonsymmetric) matches SciPy’s x and iteration count', () => {
    const { r, its } = counted((cb) => bicgstab(Ans, b, { rtol: 1e-10, callback: cb }));
    expect(r.info).toBe(0);
    expect(its).toBe(fx.bicgstab.its);
    expectClose(r.x, decode(fx.bicgstab.x), { rtol: 1e-10, atol: 1e-12 });
    expectClose(r.x, decode(fx.solve_ns), { rtol: 1e-8 });
  });
  it('gmres(nonsymmetric) matches SciPy (default restart, restart 5, Jacobi M)', () => {
    const r = gmres(Ans, b, { rtol: 1e-10 });
    expect(r.info).toBe(0);
    expectClose(r.x, decode(fx.gmres.x), { rtol: 1e-10, atol: 1e-12 });
    const r5 = gmres(Ans, b, { rtol: 1e-10, restart: 5, maxiter: 200 });
    expect(r5.info).toBe(fx.gmres_restart5.info);
    expectClose(r5.x, decode(fx.gmres_restart5.x), { rtol: 1e-8, atol: 1e-10 });
    const rj = gmres(Ans, b, { rtol: 1e-10, M: diagInv(Ans) });
    expect(rj.info).toBe(0);
    expectClose(rj.x, decode(fx.gmres_jacobi.x), { rtol: 1e-10, atol: 1e-12 });
    expectClose(rj.x, decode(fx.solve_ns), { rtol: 1e-7 });
  });
  it("gmres callbackType 'x' gets iterates, 'pr_norm' decreasing residual norms", () => {
    const xs: NDArray[] = [];
    gmres(Ans, b, { rtol: 1e-10, restart: 5, callbackType: 'x', callback: (v) => xs.push(v as NDArray) });
    expect(xs.length).toBeGreaterThan(1);
    expect(xs[0]!.shape).toEqual([n]);
    const norms: number[] = [];
    gmres(Ans, b, { rtol: 1e-10, callback: (v) => norms.push(v as number) });
    for (let i = 1; i < norms.length; i++) expect(norms[i]!).toBeLessThanOrEqual(norms[i - 1]! * (1 + 1e-12));
  });
  it('minres(symmetric indefinite) matches SciPy’s x and iteration count; shift solves (A − σI)x = b', () => {
    const { r, its } = counted((cb) => minres(Asym, b, { rtol: 1e-10, callback: cb }));
    expect(r.info).toBe(0);
    expect(its).toBe(fx.minres.its);
    expectClose(r.x, decode(fx.minres.x), { rtol: 1e-8, atol: 1e-10 });
    const rs = minres(Asym, b, { rtol: 1e-10, shift: 0.7 });
    expectClose(rs.x, decode(fx.minres_shift.x), { rtol: 1e-8, atol: 1e-10 });
  });
  it('solvers accept a LinearOperator built from a function', () => {
    const A = aslinearoperator(Aspd);
    const op = new LinearOperator([n, n], { matvec: (x) => A.matvec(x) });
    const r = cg(op, b, { rtol: 1e-10 });
    expectClose(r.x, decode(fx.cg.x), { rtol: 1e-12, atol: 1e-14 });
  });
});

describe('lsqr, lsmr', () => {
  const R = detMatrix(30, 10, 6);
  const br = detVector(30, 7);
  const cases: [string, Record<string, unknown>][] = [
    ['lsqr', {}],
    ['lsqr_damp', { damp: 0.5 }],
    ['lsqr_tight', { atol: 1e-12, btol: 1e-12, calcVar: true }],
  ];
  for (const [name, opts] of cases) {
    it(`lsqr(30×10, b, ${JSON.stringify(opts)}) returns SciPy’s fields`, () => {
      const r = lsqr(R, br, opts);
      const want = fx[name];
      expect(r.istop).toBe(want.istop);
      expect(r.itn).toBe(want.itn);
      expectClose(r.x, decode(want.x), { rtol: 1e-10, atol: 1e-12 });
      for (const key of ['r1norm', 'r2norm', 'anorm', 'acond', 'arnorm', 'xnorm'] as const) {
        expectClose(r[key], want[key], { rtol: 1e-8, atol: 1e-13 }, key);
      }
      expectClose(r.var, decode(want.var), { rtol: 1e-8, atol: 1e-14 });
    });
  }
  const mcases: [string, Record<string, unknown>][] = [
    ['lsmr', {}],
    ['lsmr_damp', { damp: 0.5 }],
    ['lsmr_tight', { atol: 1e-12, btol: 1e-12 }],
  ];
  for (const [name, opts] of mcases) {
    it(`lsmr(30×10, b, ${JSON.stringify(opts)}) returns SciPy’s fields`, () => {
      const r = lsmr(R, br, opts);
      const want = fx[name];
      expect(r.istop).toBe(want.istop);
      expect(r.itn).toBe(want.itn);
      expectClose(r.x, decode(want.x), { rtol: 1e-10, atol: 1e-12 });
      for (const key of ['normr', 'normar', 'norma', 'conda', 'normx'] as const) {
        expectClose(r[key], want[key], { rtol: 1e-8, atol: 1e-13 }, key);
      }
    });
  }
  it('lsqr takes damp positionally and x0', () => {
    const r = lsqr(R, br, 0.5);
    expectClose(r.x, decode(fx.lsqr_damp.x), { rtol: 1e-10, atol: 1e-12 });
    const r0 = lsmr(R, br, { x0: asarray(decode(fx.lsmr_tight.x)), atol: 1e-12, btol: 1e-12 });
    expectClose(r0.x, decode(fx.lsmr_tight.x), { rtol: 1e-10, atol: 1e-12 });
  });
});

describe('LinearOperator', () => {
  const A = aslinearoperator([
    [1, 2],
    [3, 4],
  ]);
  it('compositions: add, sub, mul, matmul, neg, pow, T, H', () => {
    expect(A.add(A).matvec([1, 1]).toArray()).toEqual([6, 14]);
    expect(A.sub(A).matvec([1, 1]).toArray()).toEqual([0, 0]);
    expect(A.mul(2).matvec([1, 0]).toArray()).toEqual([2, 6]);
    expect(A.matmul(A).matvec([1, 0]).toArray()).toEqual([7, 15]);
    expect(A.neg().matvec([1, 0]).toArray()).toEqual([-1, -3]);
    expect(A.pow(0).matvec([5, 6]).toArray()).toEqual([5, 6]);
    expect(A.pow(2).matvec([1, 0]).toArray()).toEqual([7, 15]);
    expect(A.T.matvec([1, 0]).toArray()).toEqual([1, 2]);
    expect(A.H.rmatvec([1, 0]).toArray()).toEqual([1, 3]);
    expect(A.dot([[1], [0]]).shape).toEqual([2, 1]);
  });
  it('complex operators: H conjugates, T does not', () => {
    const C = aslinearoperator(
      array([
        [
          { re: 1, im: 1 },
          { re: 0, im: 2 },
        ],
        [
          { re: 3, im: 0 },
          { re: 0, im: -1 },
        ],
      ]),
    );
    expect(C.dtype).toBe('complex128');
    expect(C.T.matvec([1, 0]).toArray()).toEqual([
      { re: 1, im: 1 },
      { re: 0, im: 2 },
    ]);
    expect(C.H.matvec([1, 0]).toArray()).toEqual([
      { re: 1, im: -1 },
      { re: 0, im: -2 },
    ]);
    // A real operator applied to a complex vector acts on both parts.
    expect(
      A.matvec(
        array([
          { re: 1, im: 2 },
          { re: 0, im: 0 },
        ]),
      ).toArray(),
    ).toEqual([
      { re: 1, im: 2 },
      { re: 3, im: 6 },
    ]);
  });
  it('sparse matrices (CSR, CSC) give the same products as their dense form', () => {
    const L = lap1d(6);
    const x = [1, 2, 3, 4, 5, 6];
    const want = aslinearoperator(L.toarray()).matvec(x).toArray();
    expect(aslinearoperator(L).matvec(x).toArray()).toEqual(want);
    expect(aslinearoperator(L.tocsc()).matvec(x).toArray()).toEqual(want);
    expect(aslinearoperator(L.tocsc()).rmatvec(x).toArray()).toEqual(want);
    expect(
      aslinearoperator(L.tocoo())
        .matmat([[1], [0], [0], [0], [0], [0]])
        .toArray(),
    ).toEqual([[2], [-1], [0], [0], [0], [0]]);
  });
  it('matmat and rmatmat functions are used when given', () => {
    let used = 0;
    const op = new LinearOperator([2, 2], {
      matvec: (x) => x,
      matmat: (X) => {
        used++;
        return X;
      },
    });
    expect(
      op
        .matmat([
          [1, 2],
          [3, 4],
        ])
        .toArray(),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(used).toBe(1);
  });
});
