// Single precision and complex paths: float-returning functions (f2c -R) and complex dot products
// through the BLAS shims, which a double-only test would never reach.
import { beforeAll, describe, expect, it } from 'vitest';
import { type LapackModule, loadLapack, withHeapScope } from '../src/index.js';
import { colMajor, expectClose, fixture, type Mat } from './helpers.js';

let lapack: LapackModule;
beforeAll(async () => {
  lapack = await loadLapack();
});

describe('single precision and complex', () => {
  it('sgesv and cgesv solve the dgesv/zgesv fixtures to float accuracy (rtol 1e-4)', () => {
    const d = fixture<{ a: Mat; b: Mat; x: Mat }>('dgesv');
    const z = fixture<{ a: Mat; b: Mat; x: Mat }>('zgesv');
    withHeapScope(lapack, (s) => {
      const b = s.f32(colMajor(d.b));
      const info = s.i32(1);
      lapack.routine('sgesv')(
        s.int(5),
        s.int(2),
        s.f32(colMajor(d.a)).ptr,
        s.int(5),
        s.i32(5).ptr,
        b.ptr,
        s.int(5),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      expectClose(b.f32(), colMajor(d.x), 1e-4, 1e-5);

      const cb = s.f32(colMajor(z.b, 2));
      lapack.routine('cgesv')(
        s.int(4),
        s.int(1),
        s.f32(colMajor(z.a, 2)).ptr,
        s.int(4),
        s.i32(4).ptr,
        cb.ptr,
        s.int(4),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      expectClose(cb.f32(), colMajor(z.x, 2), 1e-4, 1e-5);
    });
  });

  it('ssyevd matches numpy.linalg.eigh eigenvalues to float accuracy (rtol 1e-5)', () => {
    const f = fixture<{ a: Mat; w: Mat }>('dsyevd');
    const n = 6;
    const w = withHeapScope(lapack, (s) => {
      const out = s.f32(n);
      const info = s.i32(1);
      const lwork = 1 + 6 * n + 2 * n * n;
      const liwork = 3 + 5 * n;
      lapack.routine('ssyevd')(
        s.char('N'),
        s.char('U'),
        s.int(n),
        s.f32(colMajor(f.a)).ptr,
        s.int(n),
        out.ptr,
        s.f32(lwork).ptr,
        s.int(lwork),
        s.i32(liwork).ptr,
        s.int(liwork),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(0);
      return Array.from(out.f32());
    });
    expectClose(w, f.w.data, 1e-5, 1e-5);
  });

  it('sdot and snrm2 return float results; slamch("E") is 2^-24', () => {
    withHeapScope(lapack, (s) => {
      const x = s.f32([3, 4]);
      expect(lapack.routine('sdot')(s.int(2), x.ptr, s.int(1), x.ptr, s.int(1))).toBe(25);
      expect(lapack.routine('snrm2')(s.int(2), x.ptr, s.int(1))).toBe(5);
      expect(lapack.routine('slamch')(s.char('E'), 1)).toBe(2 ** -24);
      expect(lapack.routine('dlamch')(s.char('E'), 1)).toBe(2 ** -53);
    });
  });

  for (const [routine, f32] of [
    ['zpotf2', false],
    ['cpotf2', true],
    ['zpotrf', false],
  ] as const) {
    it(`${routine}('L', H) gives H = L L^H (${routine.endsWith('f2') ? 'calls ?dotc, a complex-valued BLAS function, through the shim' : 'recursive ?potrf2'})`, () => {
      const n = 5;
      // H = M M^H + n I, Hermitian positive definite, column-major interleaved.
      const m = Array.from({ length: 2 * n * n }, (_, i) => Math.sin(i * 0.7));
      const h = new Array<number>(2 * n * n).fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let re = i === j ? n : 0;
          let im = 0;
          for (let k = 0; k < n; k++) {
            const ar = m[2 * (i + k * n)] as number;
            const ai = m[2 * (i + k * n) + 1] as number;
            const br = m[2 * (j + k * n)] as number;
            const bi = -(m[2 * (j + k * n) + 1] as number);
            re += ar * br - ai * bi;
            im += ar * bi + ai * br;
          }
          h[2 * (i + j * n)] = re;
          h[2 * (i + j * n) + 1] = im;
        }
      }
      const l = withHeapScope(lapack, (s) => {
        const a = f32 ? s.f32(h) : s.f64(h);
        const info = s.i32(1);
        lapack.routine(routine)(s.char('L'), s.int(n), a.ptr, s.int(n), info.ptr);
        expect(info.i32()[0]).toBe(0);
        return Array.from(f32 ? a.f32() : a.f64());
      });
      let worst = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
          let re = 0;
          let im = 0;
          for (let k = 0; k <= j; k++) {
            const ar = l[2 * (i + k * n)] as number;
            const ai = l[2 * (i + k * n) + 1] as number;
            const br = l[2 * (j + k * n)] as number;
            const bi = -(l[2 * (j + k * n) + 1] as number);
            re += ar * br - ai * bi;
            im += ar * bi + ai * br;
          }
          worst = Math.max(
            worst,
            Math.abs(re - (h[2 * (i + j * n)] as number)),
            Math.abs(im - (h[2 * (i + j * n) + 1] as number)),
          );
        }
      }
      expect(worst).toBeLessThan(f32 ? 1e-4 : 1e-12);
    });
  }
});
