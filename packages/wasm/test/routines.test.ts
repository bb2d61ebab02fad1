// LAPACK and BLAS routines called through the module, compared with NumPy (fixtures/*.json).
import { beforeAll, describe, expect, it } from 'vitest';
import { type HeapScope, type LapackModule, loadLapack, withHeapScope } from '../src/index.js';
import { colMajor, expectClose, fixture, type Mat } from './helpers.js';

let lapack: LapackModule;
beforeAll(async () => {
  lapack = await loadLapack();
});

/** Calls `routine` with a fresh info slot appended and returns the info value. */
function callInfo(s: HeapScope, routine: string, ...args: number[]): number {
  const info = s.i32(1);
  lapack.routine(routine)(...args, info.ptr);
  return info.i32()[0] as number;
}

/** Workspace query (lwork = -1), returning the optimal size LAPACK reports in work[0]. */
function lworkQuery(s: HeapScope, call: (work: number, lwork: number) => number): number {
  const w = s.f64(2);
  expect(call(w.ptr, s.int(-1))).toBe(0);
  return Math.ceil(w.f64()[0] as number);
}

describe('BLAS', () => {
  it('dgemm(alpha, A[4x3], B[3x5], beta, C) matches NumPy (rtol 1e-14)', () => {
    const f = fixture<{ a: Mat; b: Mat; c: Mat; alpha: number; beta: number; result: Mat }>('dgemm');
    const out = withHeapScope(lapack, (s) => {
      const c = s.f64(colMajor(f.c));
      lapack.routine('dgemm')(
        s.char('N'),
        s.char('N'),
        s.int(4),
        s.int(5),
        s.int(3),
        s.double(f.alpha),
        s.f64(colMajor(f.a)).ptr,
        s.int(4),
        s.f64(colMajor(f.b)).ptr,
        s.int(3),
        s.double(f.beta),
        c.ptr,
        s.int(4),
      );
      return Array.from(c.f64());
    });
    expectClose(out, colMajor(f.result), 1e-14, 1e-14);
  });

  it('sgemm(A[3x4], B[4x2]) matches NumPy float32 (rtol 1e-6)', () => {
    const f = fixture<{ a: Mat; b: Mat; result: Mat }>('sgemm');
    const out = withHeapScope(lapack, (s) => {
      const c = s.f32(6);
      lapack.routine('sgemm')(
        s.char('N'),
        s.char('N'),
        s.int(3),
        s.int(2),
        s.int(4),
        s.float(1),
        s.f32(colMajor(f.a)).ptr,
        s.int(3),
        s.f32(colMajor(f.b)).ptr,
        s.int(4),
        s.float(0),
        c.ptr,
        s.int(3),
      );
      return Array.from(c.f32());
    });
    expectClose(out, colMajor(f.result), 1e-6, 1e-6);
  });

  it('ddot and dnrm2 return doubles to JavaScript', () => {
    withHeapScope(lapack, (s) => {
      const x = s.f64([3, 4, 12]);
      const y = s.f64([1, 2, 3]);
      expect(lapack.routine('ddot')(s.int(3), x.ptr, s.int(1), y.ptr, s.int(1))).toBe(47);
      expect(lapack.routine('dnrm2')(s.int(3), x.ptr, s.int(1))).toBeCloseTo(13, 14);
    });
  });
});

describe('LAPACK', () => {
  it('dgesv(A[5x5], B[5x2]) matches numpy.linalg.solve (rtol 1e-13)', () => {
    const f = fixture<{ a: Mat; b: Mat; x: Mat }>('dgesv');
    const out = withHeapScope(lapack, (s) => {
      const b = s.f64(colMajor(f.b));
      const info = callInfo(
        s,
        'dgesv',
        s.int(5),
        s.int(2),
        s.f64(colMajor(f.a)).ptr,
        s.int(5),
        s.i32(5).ptr,
        b.ptr,
        s.int(5),
      );
      expect(info).toBe(0);
      return Array.from(b.f64());
    });
    expectClose(out, colMajor(f.x), 1e-13, 1e-14);
  });

  it('zgesv(A[4x4] complex, b) matches numpy.linalg.solve (rtol 1e-13)', () => {
    const f = fixture<{ a: Mat; b: Mat; x: Mat }>('zgesv');
    const out = withHeapScope(lapack, (s) => {
      const b = s.f64(colMajor(f.b, 2));
      const info = callInfo(
        s,
        'zgesv',
        s.int(4),
        s.int(1),
        s.f64(colMajor(f.a, 2)).ptr,
        s.int(4),
        s.i32(4).ptr,
        b.ptr,
        s.int(4),
      );
      expect(info).toBe(0);
      return Array.from(b.f64());
    });
    expectClose(out, colMajor(f.x, 2), 1e-13, 1e-14);
  });

  it('dsyevd(V, U, A[6x6]) matches numpy.linalg.eigh (eigenvalues rtol 1e-13, |vectors| 1e-12)', () => {
    const f = fixture<{ a: Mat; w: Mat; v: Mat }>('dsyevd');
    const n = 6;
    const { w, v } = withHeapScope(lapack, (s) => {
      const a = s.f64(colMajor(f.a));
      const wv = s.f64(n);
      const args = (work: number, lwork: number, iwork: number, liwork: number) => [
        s.char('V'),
        s.char('U'),
        s.int(n),
        a.ptr,
        s.int(n),
        wv.ptr,
        work,
        lwork,
        iwork,
        liwork,
      ];
      // Query both workspaces at once, as LAPACK documents.
      const work0 = s.f64(1);
      const iwork0 = s.i32(1);
      expect(callInfo(s, 'dsyevd', ...args(work0.ptr, s.int(-1), iwork0.ptr, s.int(-1)))).toBe(0);
      const lwork = Math.ceil(work0.f64()[0] as number);
      const liwork = iwork0.i32()[0] as number;
      const info = callInfo(s, 'dsyevd', ...args(s.f64(lwork).ptr, s.int(lwork), s.i32(liwork).ptr, s.int(liwork)));
      expect(info).toBe(0);
      return { w: Array.from(wv.f64()), v: Array.from(a.f64()) };
    });
    expectClose(w, f.w.data, 1e-13, 1e-13);
    // Eigenvectors are defined up to sign: compare magnitudes.
    expectClose(v.map(Math.abs), colMajor(f.v).map(Math.abs), 1e-12, 1e-12);
  });

  it('dgesdd(N, A[6x4]) matches numpy.linalg.svd singular values (rtol 1e-13)', () => {
    const f = fixture<{ a: Mat; s: Mat }>('dgesdd');
    const sv = withHeapScope(lapack, (s) => {
      const a = s.f64(colMajor(f.a));
      const out = s.f64(4);
      const iwork = s.i32(8 * 4);
      const call = (work: number, lwork: number) =>
        callInfo(
          s,
          'dgesdd',
          s.char('N'),
          s.int(6),
          s.int(4),
          a.ptr,
          s.int(6),
          out.ptr,
          0,
          s.int(1),
          0,
          s.int(1),
          work,
          lwork,
          iwork.ptr,
        );
      const lwork = lworkQuery(s, call);
      expect(call(s.f64(lwork).ptr, s.int(lwork))).toBe(0);
      return Array.from(out.f64());
    });
    expectClose(sv, f.s.data, 1e-13, 1e-14);
  });

  it('dgeev(N, N, A[5x5]) matches numpy.linalg.eigvals (rtol 1e-12)', () => {
    const f = fixture<{ a: Mat; w: Mat }>('dgeev');
    const n = 5;
    const pairs = withHeapScope(lapack, (s) => {
      const a = s.f64(colMajor(f.a));
      const wr = s.f64(n);
      const wi = s.f64(n);
      const call = (work: number, lwork: number) =>
        callInfo(
          s,
          'dgeev',
          s.char('N'),
          s.char('N'),
          s.int(n),
          a.ptr,
          s.int(n),
          wr.ptr,
          wi.ptr,
          0,
          s.int(1),
          0,
          s.int(1),
          work,
          lwork,
        );
      const lwork = lworkQuery(s, call);
      expect(call(s.f64(lwork).ptr, s.int(lwork))).toBe(0);
      const re = wr.f64();
      const im = wi.f64();
      return Array.from(re, (r, i) => [r, im[i] as number] as const);
    });
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    expectClose(pairs.flat(), f.w.data, 1e-12, 1e-12);
  });

  it('dpotrf, dgeqrf and dgetrf agree with numpy cholesky, qr and det (rtol 1e-13)', () => {
    const f = fixture<{ spd: Mat; chol: Mat; qr_a: Mat; qr_absdiag: Mat; lu_a: Mat; lu_det: number }>('factor');
    withHeapScope(lapack, (s) => {
      // Cholesky: lower factor; LAPACK leaves the strict upper triangle untouched.
      const a = s.f64(colMajor(f.spd));
      expect(callInfo(s, 'dpotrf', s.char('L'), s.int(5), a.ptr, s.int(5))).toBe(0);
      const l = Array.from(a.f64(), (x, k) => (k % 5 < Math.floor(k / 5) ? 0 : x));
      expectClose(l, colMajor(f.chol), 1e-13, 1e-14);

      // QR: R's diagonal up to sign.
      const q = s.f64(colMajor(f.qr_a));
      const tau = s.f64(4);
      const call = (work: number, lwork: number) =>
        callInfo(s, 'dgeqrf', s.int(6), s.int(4), q.ptr, s.int(6), tau.ptr, work, lwork);
      const lwork = lworkQuery(s, call);
      expect(call(s.f64(lwork).ptr, s.int(lwork))).toBe(0);
      const r = q.f64();
      expectClose(
        [0, 1, 2, 3].map((i) => Math.abs(r[i * 6 + i] as number)),
        f.qr_absdiag.data,
        1e-13,
      );

      // LU: det = prod(diag U) * (-1)^(row swaps).
      const g = s.f64(colMajor(f.lu_a));
      const ipiv = s.i32(5);
      expect(callInfo(s, 'dgetrf', s.int(5), s.int(5), g.ptr, s.int(5), ipiv.ptr)).toBe(0);
      const u = g.f64();
      const piv = ipiv.i32();
      let det = 1;
      for (let i = 0; i < 5; i++) det *= (u[i * 5 + i] as number) * (piv[i] !== i + 1 ? -1 : 1);
      expectClose([det], [f.lu_det], 1e-13);
    });
  });

  it('dgesv on a singular matrix reports info > 0 (the pivot that is exactly zero)', () => {
    withHeapScope(lapack, (s) => {
      const info = callInfo(
        s,
        'dgesv',
        s.int(2),
        s.int(1),
        s.f64([1, 2, 2, 4]).ptr,
        s.int(2),
        s.i32(2).ptr,
        s.f64([1, 1]).ptr,
        s.int(2),
      );
      expect(info).toBe(2);
    });
  });
});
