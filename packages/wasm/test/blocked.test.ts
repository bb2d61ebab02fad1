// Larger, odd-sized problems: every dgemm kernel edge (4x4 blocks, 2- and 1-wide tails, transposes)
// and LAPACK's blocked code paths, checked against plain JavaScript arithmetic.
import { beforeAll, describe, expect, it } from 'vitest';
import { type LapackModule, loadLapack, withHeapScope } from '../src/index.js';
import { randoms } from './helpers.js';

let lapack: LapackModule;
beforeAll(async () => {
  lapack = await loadLapack();
});

/** Column-major op(X)[i, j] for an r x c stored matrix X with leading dimension ld. */
const at = (x: Float64Array, ld: number, trans: boolean, i: number, j: number): number =>
  (trans ? x[j + i * ld] : x[i + j * ld]) as number;

describe('dgemm edges', () => {
  for (const [m, n, k] of [
    [37, 29, 41],
    [4, 4, 1],
    [1, 7, 3],
    [130, 5, 250],
  ] as const) {
    for (const [ta, tb] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      it(`dgemm(${ta ? 'T' : 'N'}, ${tb ? 'T' : 'N'}) m=${m} n=${n} k=${k} matches a JS triple loop (rtol 1e-13)`, () => {
        const lda = (ta ? k : m) + 3;
        const ldb = (tb ? n : k) + 1;
        const ldc = m + 2;
        const a = randoms(lda * (ta ? m : k), 1 + m);
        const b = randoms(ldb * (tb ? k : n), 2 + n);
        const c0 = randoms(ldc * n, 3 + k);
        const alpha = 0.75;
        const beta = -1.25;
        const got = withHeapScope(lapack, (s) => {
          const c = s.f64(c0);
          lapack.routine('dgemm')(
            s.char(ta ? 'T' : 'N'),
            s.char(tb ? 'T' : 'N'),
            s.int(m),
            s.int(n),
            s.int(k),
            s.double(alpha),
            s.f64(a).ptr,
            s.int(lda),
            s.f64(b).ptr,
            s.int(ldb),
            s.double(beta),
            c.ptr,
            s.int(ldc),
          );
          return c.f64().slice();
        });
        let worst = 0;
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < m; i++) {
            let sum = 0;
            let mag = 0;
            for (let l = 0; l < k; l++) {
              const p = at(a, lda, ta, i, l) * at(b, ldb, tb, l, j);
              sum += p;
              mag += Math.abs(p);
            }
            const want = alpha * sum + beta * (c0[i + j * ldc] as number);
            const scale = Math.abs(alpha) * mag + Math.abs(beta * (c0[i + j * ldc] as number));
            worst = Math.max(worst, Math.abs((got[i + j * ldc] as number) - want) / (scale || 1));
          }
          // Padding rows below m must be untouched.
          for (let i = m; i < ldc; i++) expect(got[i + j * ldc]).toBe(c0[i + j * ldc]);
        }
        expect(worst).toBeLessThan(1e-13);
      });
    }
  }
});

describe('blocked LAPACK paths', () => {
  it('dgesv n=300 (blocked getrf) has a backward error below 1e-13', () => {
    const n = 300;
    const a = randoms(n * n, 7);
    for (let i = 0; i < n; i++) a[i + i * n] = (a[i + i * n] as number) + 2;
    const b = randoms(n, 8);
    const x = withHeapScope(lapack, (s) => {
      const bx = s.f64(b);
      const info = s.i32(1);
      lapack.routine('dgesv')(s.int(n), s.int(1), s.f64(a).ptr, s.int(n), s.i32(n).ptr, bx.ptr, s.int(n), info.ptr);
      expect(info.i32()[0]).toBe(0);
      return bx.f64().slice();
    });
    let rmax = 0;
    let anorm = 0;
    for (let i = 0; i < n; i++) {
      let r = -(b[i] as number);
      let row = 0;
      for (let j = 0; j < n; j++) {
        r += (a[i + j * n] as number) * (x[j] as number);
        row += Math.abs(a[i + j * n] as number);
      }
      rmax = Math.max(rmax, Math.abs(r));
      anorm = Math.max(anorm, row);
    }
    const xnorm = Math.max(...Array.from(x, Math.abs));
    expect(rmax / (anorm * xnorm)).toBeLessThan(1e-13);
  });

  it('dpotrf n=200 (blocked) reproduces A = L L^T to 1e-13', () => {
    const n = 200;
    const g = randoms(n * n, 11);
    const a = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        let s = i === j ? n : 0;
        for (let l = 0; l < n; l++) s += (g[i + l * n] as number) * (g[j + l * n] as number);
        a[i + j * n] = s;
      }
    }
    const l = withHeapScope(lapack, (s) => {
      const f = s.f64(a);
      const info = s.i32(1);
      lapack.routine('dpotrf')(s.char('L'), s.int(n), f.ptr, s.int(n), info.ptr);
      expect(info.i32()[0]).toBe(0);
      return f.f64().slice();
    });
    let worst = 0;
    for (let j = 0; j < n; j += 7) {
      for (let i = j; i < n; i += 5) {
        let s = 0;
        for (let k = 0; k <= j; k++) s += (l[i + k * n] as number) * (l[j + k * n] as number);
        worst = Math.max(worst, Math.abs(s - (a[i + j * n] as number)) / Math.abs(a[j + j * n] as number));
      }
    }
    expect(worst).toBeLessThan(1e-13);
  });

  it('dsyevd n=120 (divide and conquer) gives orthonormal vectors with A v = w v', () => {
    const n = 120;
    const r = randoms(n * n, 5);
    const a = new Float64Array(n * n);
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) a[i + j * n] = ((r[i + j * n] as number) + (r[j + i * n] as number)) / 2;
    const { w, v } = withHeapScope(lapack, (s) => {
      const f = s.f64(a);
      const wv = s.f64(n);
      const lwork = 1 + 6 * n + 2 * n * n;
      const liwork = 3 + 5 * n;
      const info = s.i32(1);
      lapack.routine('dsyevd')(
        s.char('V'),
        s.char('L'),
        s.int(n),
        f.ptr,
        s.int(n),
        wv.ptr,
        s.f64(lwork).ptr,
        s.int(lwork),
        s.i32(liwork).ptr,
        s.int(liwork),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      return { w: wv.f64().slice(), v: f.f64().slice() };
    });
    let worst = 0;
    for (let k = 0; k < n; k += 11) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += (a[i + j * n] as number) * (v[j + k * n] as number);
        worst = Math.max(worst, Math.abs(s - (w[k] as number) * (v[i + k * n] as number)));
      }
    }
    expect(worst).toBeLessThan(1e-12);
    for (let k = 1; k < n; k++) expect(w[k] as number).toBeGreaterThanOrEqual(w[k - 1] as number);
  });

  it('dgeqrf + dorgqr on 150x90 (blocked, dlarft) give A = QR with orthonormal Q to 1e-13', () => {
    const m = 150;
    const n = 90;
    const a = randoms(m * n, 21);
    const { q, r } = withHeapScope(lapack, (s) => {
      const f = s.f64(a);
      const tau = s.f64(n);
      const info = s.i32(1);
      const lwork = 64 * n;
      const work = s.f64(lwork);
      lapack.routine('dgeqrf')(s.int(m), s.int(n), f.ptr, s.int(m), tau.ptr, work.ptr, s.int(lwork), info.ptr);
      expect(info.i32()[0]).toBe(0);
      const rr = f.f64().slice();
      lapack.routine('dorgqr')(
        s.int(m),
        s.int(n),
        s.int(n),
        f.ptr,
        s.int(m),
        tau.ptr,
        work.ptr,
        s.int(lwork),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      return { q: f.f64().slice(), r: rr };
    });
    let worst = 0;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) {
        let s = 0;
        for (let k = 0; k <= j; k++) s += (q[i + k * m] as number) * (r[k + j * m] as number);
        worst = Math.max(worst, Math.abs(s - (a[i + j * m] as number)));
      }
      for (let k = 0; k <= j; k++) {
        let d = 0;
        for (let i = 0; i < m; i++) d += (q[i + k * m] as number) * (q[i + j * m] as number);
        worst = Math.max(worst, Math.abs(d - (k === j ? 1 : 0)));
      }
    }
    expect(worst).toBeLessThan(1e-13);
  });

  it('dgeev n=100 (multishift QR, dlaqr5) satisfies A v = lambda v to 1e-11', () => {
    const n = 100;
    const a = randoms(n * n, 33);
    const { wr, wi, vr } = withHeapScope(lapack, (s) => {
      const f = s.f64(a);
      const wrb = s.f64(n);
      const wib = s.f64(n);
      const v = s.f64(n * n);
      const lwork = 8 * n;
      const info = s.i32(1);
      lapack.routine('dgeev')(
        s.char('N'),
        s.char('V'),
        s.int(n),
        f.ptr,
        s.int(n),
        wrb.ptr,
        wib.ptr,
        0,
        s.int(1),
        v.ptr,
        s.int(n),
        s.f64(lwork).ptr,
        s.int(lwork),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      return { wr: wrb.f64().slice(), wi: wib.f64().slice(), vr: v.f64().slice() };
    });
    let worst = 0;
    for (let k = 0; k < n; k++) {
      // Column k (real) or columns k, k+1 (re, im) of a conjugate pair.
      const pair = (wi[k] as number) !== 0;
      for (let i = 0; i < n; i++) {
        let sr = 0;
        let si = 0;
        for (let j = 0; j < n; j++) {
          sr += (a[i + j * n] as number) * (vr[j + k * n] as number);
          if (pair) si += (a[i + j * n] as number) * (vr[j + (k + 1) * n] as number);
        }
        const xr = vr[i + k * n] as number;
        const xi = pair ? (vr[i + (k + 1) * n] as number) : 0;
        const lr = wr[k] as number;
        const li = wi[k] as number;
        worst = Math.max(worst, Math.abs(sr - (lr * xr - li * xi)), Math.abs(si - (lr * xi + li * xr)));
      }
      if (pair) k++;
    }
    expect(worst).toBeLessThan(1e-11);
  });
});
