/**
 * Complex (complex128) input to sparse.linalg against SciPy 1.17 (scripts/gen-complex.py): the
 * Krylov solvers (solved in their real form, which for Hermitian A and for the least-squares
 * solvers repeats SciPy's complex iterates), spsolve/splu/factorized, svds and lobpcg.
 */
import { readFileSync } from 'node:fs';
import { asarray, type NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { cscMatrix, csrMatrix } from '../src/index.js';
import {
  bicgstab,
  cg,
  eigsh,
  factorized,
  gmres,
  lobpcg,
  lsmr,
  lsqr,
  minres,
  splu,
  spsolve,
  svds,
} from '../src/linalg/index.js';
import { detMatrix } from './linalg-helpers.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/complex.json', import.meta.url), 'utf8'));
const n: number = fx.n;

type C = { re: number; im: number };
/** The generator's cmat: real part from seed, imaginary part from seed + 1. */
export function cmat(m: number, k: number, seed: number): C[][] {
  const re = detMatrix(m, k, seed);
  const im = detMatrix(m, k, seed + 1);
  return re.map((r, i) => r.map((v, j) => ({ re: v, im: im[i]![j]! })));
}
/** cmat kept where detMatrix(seed + 2) + 0.5 < density. */
export function sparseC(m: number, k: number, seed: number, density: number): C[][] {
  const keep = detMatrix(m, k, seed + 2);
  return cmat(m, k, seed).map((r, i) => r.map((v, j) => (keep[i]![j]! + 0.5 < density ? v : { re: 0, im: 0 })));
}
const cvec = (len: number, seed: number): NDArray => asarray(cmat(len, 1, seed).map((r) => r[0]!));
const mul = (a: C, b: C): C => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
const conjT = (a: C[][]): C[][] => a[0]!.map((_, j) => a.map((r) => ({ re: r[j]!.re, im: -r[j]!.im })));
function matmulC(a: C[][], b: C[][]): C[][] {
  return a.map((r) =>
    b[0]!.map((_, j) =>
      r.reduce(
        (s, v, k) => {
          const p = mul(v, b[k]![j]!);
          return { re: s.re + p.re, im: s.im + p.im };
        },
        { re: 0, im: 0 },
      ),
    ),
  );
}
const addDiag = (a: C[][], d: C): C[][] =>
  a.map((r, i) => r.map((v, j) => (i === j ? { re: v.re + d.re, im: v.im + d.im } : v)));

const G = sparseC(n, n, 11, 0.3);
const hpd = csrMatrix(addDiag(matmulC(conjT(G), G), { re: 3, im: 0 }));
const nh = csrMatrix(addDiag(sparseC(n, n, 31, 0.3), { re: 4, im: 2 }));
const H = sparseC(n, n, 41, 0.3);
const HH = conjT(H);
const herm = csrMatrix(
  addDiag(
    H.map((r, i) => r.map((v, j) => ({ re: v.re + HH[i]![j]!.re, im: v.im + HH[i]![j]!.im }))),
    { re: -0.5, im: 0 },
  ),
);
const b = cvec(n, 21);
const dec = (e: Enc): NDArray => decode(e) as NDArray;

describe('Krylov solvers with complex input (real form)', () => {
  it('cg(hpd, b, {rtol: 1e-10}) is SciPy’s x in SciPy’s 15 iterations (±1)', () => {
    let its = 0;
    const r = cg(hpd, b, { rtol: 1e-10, callback: () => its++ });
    expect(r.info).toBe(0);
    expect(r.x.dtype).toBe('complex128');
    // The same iterates up to rounding (the matrix is built here, not read), so the same count ±1.
    expect(Math.abs(its - fx.cg.its)).toBeLessThanOrEqual(1);
    expectClose(r.x, dec(fx.cg.x), { rtol: 1e-8, atol: 1e-10 });
    expectClose(r.x, dec(fx.cg.exact), { rtol: 1e-8, atol: 1e-9 });
  });

  it('gmres and bicgstab on a non-Hermitian complex system reach SciPy’s solution', () => {
    const g = gmres(nh, b, { rtol: 1e-10, restart: 10 });
    expect(g.info).toBe(0);
    expectClose(g.x, dec(fx.nhExact), { rtol: 1e-8, atol: 1e-9 });
    expectClose(g.x, dec(fx.gmres.x), { rtol: 1e-8, atol: 1e-9 });
    const s = bicgstab(nh, b, { rtol: 1e-10 });
    expect(s.info).toBe(0);
    expectClose(s.x, dec(fx.bicgstab.x), { rtol: 1e-8, atol: 1e-9 });
  });

  it('minres on a complex Hermitian indefinite system solves it (SciPy 1.17 refuses complex input)', () => {
    const r = minres(herm, b, { rtol: 1e-12 });
    expect(r.info).toBe(0);
    expectClose(r.x, dec(fx.minres.exact), { rtol: 1e-8, atol: 1e-9 });
  });

  it('a real A with a complex b (and a complex x0) gives a complex x', () => {
    const r = gmres(csrMatrix(detMatrix(n, n, 5).map((row, i) => row.map((v, j) => (i === j ? v + 4 : v)))), b, {
      rtol: 1e-12,
      x0: b,
    });
    expect(r.x.dtype).toBe('complex128');
    expect(r.info).toBe(0);
  });

  it('lsqr and lsmr on a complex 40×25 system repeat SciPy’s iterations (itn ±1, istop, norms)', () => {
    const Ad = sparseC(40, 25, 51, 0.4).map((r, i) => r.map((v, j) => (i === j ? { re: v.re + 1, im: v.im } : v)));
    const A = csrMatrix(Ad);
    const bl = cvec(40, 61);
    const r = lsqr(A, bl, { atol: 1e-12, btol: 1e-12 });
    expect(r.x.dtype).toBe('complex128');
    expect(Math.abs(r.itn - fx.lsqr.itn)).toBeLessThanOrEqual(1);
    expect(r.istop).toBe(fx.lsqr.istop);
    expectClose(r.r1norm, fx.lsqr.r1norm, { rtol: 1e-10 });
    // anorm grows with each iteration (the Frobenius norm of the bidiagonal so far).
    expectClose(r.anorm, fx.lsqr.anorm, { rtol: 5e-2 });
    expectClose(r.x, dec(fx.lstsq), { rtol: 1e-9, atol: 1e-10 });
    expect(r.var.shape).toEqual([25]);
    const s = lsmr(A, bl, { atol: 1e-12, btol: 1e-12 });
    expect(Math.abs(s.itn - fx.lsmr.itn)).toBeLessThanOrEqual(1);
    expect(s.istop).toBe(fx.lsmr.istop);
    expectClose(s.norma, fx.lsmr.norma, { rtol: 5e-2 });
    expectClose(s.x, dec(fx.lsmr.x), { rtol: 1e-9, atol: 1e-10 });
  });
});

describe('splu, spsolve, factorized with complex input (real form)', () => {
  const S = cscMatrix(addDiag(sparseC(n, n, 31, 0.3), { re: 4, im: 2 }));
  it('spsolve(complex A, complex b) is SciPy’s x; a [n, 2] b gives [n, 2]', () => {
    const x = spsolve(S, b);
    expect(x.dtype).toBe('complex128');
    expectClose(x, dec(fx.spsolve), { rtol: 1e-12, atol: 1e-13 });
    const B2 = asarray((b.toArray() as C[]).map((z, i) => [z, (cvec(n, 71).toArray() as C[])[i]!]));
    const X2 = spsolve(S, B2);
    expect(X2.shape).toEqual([n, 2]);
    expectClose(X2, dec(fx.spsolve2), { rtol: 1e-12, atol: 1e-13 });
  });

  it('splu(complex A).solve(b, "T" | "H") are SciPy’s; its L and U are not available', () => {
    const lu = splu(S);
    expect(lu.shape).toEqual([n, n]);
    expectClose(lu.solve(b, 'T'), dec(fx.spluT), { rtol: 1e-12, atol: 1e-13 });
    expectClose(lu.solve(b, 'H'), dec(fx.spluH), { rtol: 1e-12, atol: 1e-13 });
    expect(() => lu.L).toThrow(/splu: L of a complex matrix is not available/);
    const solve = factorized(S);
    expectClose(solve(b), dec(fx.spsolve), { rtol: 1e-12, atol: 1e-13 });
  });

  it('a real A with a complex b gives SciPy’s complex x (spsolve and SuperLU.solve)', () => {
    const R = cscMatrix(detMatrix(n, n, 81).map((r, i) => r.map((v, j) => (i === j ? v + 4 : v))));
    expectClose(spsolve(R, b), dec(fx.realAcomplexB), { rtol: 1e-12, atol: 1e-13 });
    expectClose(splu(R).solve(b), dec(fx.realAcomplexB), { rtol: 1e-12, atol: 1e-13 });
  });

  it('a singular complex A names the column of A', () => {
    const Z = cscMatrix([
      [
        { re: 1, im: 1 },
        { re: 2, im: 2 },
      ],
      [
        { re: 1, im: 1 },
        { re: 2, im: 2 },
      ],
    ]);
    expect(() => spsolve(Z, [1, 1])).toThrow(
      /spsolve: Matrix is exactly singular \(no nonzero pivot for column [01] of A\)/,
    );
  });
});

describe('svds with complex input', () => {
  const Cm = csrMatrix(sparseC(40, 30, 91, 0.3));
  it('svds(complex 40×30, k=4) gives SciPy’s largest singular values; A v = σ u, u orthonormal', () => {
    const r = svds(Cm, { k: 4 });
    expectClose(r.s, dec(fx.svdsLM), { rtol: 1e-10 });
    expect(r.u?.dtype).toBe('complex128');
    const s = r.s.toArray() as number[];
    const u = r.u?.toArray() as C[][];
    const vh = r.vh?.toArray() as C[][];
    for (let j = 0; j < 4; j++) {
      // A v_j with v_j = conj(vh[j])
      const v = asarray(vh[j]!.map((z) => ({ re: z.re, im: -z.im })));
      const av = (Cm.dot(v) as NDArray).toArray() as C[];
      expectClose(asarray(av), asarray(u.map((row) => ({ re: s[j]! * row[j]!.re, im: s[j]! * row[j]!.im }))), {
        atol: 1e-9,
      });
      let nrm = 0;
      for (const row of u) nrm += row[j]!.re ** 2 + row[j]!.im ** 2;
      expectClose(nrm, 1, { rtol: 1e-10 });
    }
  });

  it('svds(complex, k=2, which="SM") gives the two smallest singular values', () => {
    const all = dec(fx.svdsAll).toArray() as number[];
    const s = svds(Cm, { k: 2, which: 'SM', returnSingularVectors: false });
    expectClose(s, asarray([all[all.length - 1]!, all[all.length - 2]!]), { rtol: 1e-8 });
  });
});

describe('lobpcg with complex input (real form, block [X, iX])', () => {
  it('lobpcg(Hermitian + 5I, X: 30×3 complex) gives the 3 largest eigenvalues; A v = λ v', () => {
    const hp = csrMatrix(
      addDiag(
        H.map((r, i) => r.map((v, j) => ({ re: v.re + HH[i]![j]!.re, im: v.im + HH[i]![j]!.im }))),
        { re: 4.5, im: 0 },
      ),
    );
    const all = dec(fx.lobpcgAll).toArray() as number[];
    const { w, v } = lobpcg(hp, asarray(cmat(n, 3, 5)), { tol: 1e-9, maxiter: 300 });
    expect(v.dtype).toBe('complex128');
    expectClose(w, asarray([all[n - 1]!, all[n - 2]!, all[n - 3]!]), { rtol: 1e-8 });
    const vv = v.toArray() as C[][];
    const lam = w.toArray() as number[];
    for (let j = 0; j < 3; j++) {
      const col = asarray(vv.map((r) => r[j]!));
      const av = (hp.dot(col) as NDArray).toArray() as C[];
      expectClose(asarray(av), asarray(vv.map((r) => ({ re: lam[j]! * r[j]!.re, im: lam[j]! * r[j]!.im }))), {
        atol: 1e-6,
      });
    }
  });
});

describe('shift-invert of a large complex sparse matrix (sparse LU of its real form)', () => {
  it('eigsh(Hermitian tridiagonal 3000×3000 [i above, −i below, 2 on the diagonal], {k: 3, sigma: 0}) is 2 + 2cos(jπ/(n+1)), j = n, n−1, n−2', () => {
    const N = 3000;
    const data: C[] = [];
    const indices: number[] = [];
    const indptr = [0];
    for (let i = 0; i < N; i++) {
      if (i > 0) {
        data.push({ re: 0, im: -1 });
        indices.push(i - 1);
      }
      data.push({ re: 2, im: 0 });
      indices.push(i);
      if (i < N - 1) {
        data.push({ re: 0, im: 1 });
        indices.push(i + 1);
      }
      indptr.push(data.length);
    }
    const T = csrMatrix({ data: asarray(data), indices, indptr }, { shape: [N, N] });
    const { w } = eigsh(T, { k: 3, sigma: 0 });
    const want = [N, N - 1, N - 2].map((j) => 2 + 2 * Math.cos((j * Math.PI) / (N + 1)));
    expectClose(w, asarray(want), { rtol: 1e-8 });
  });
});
