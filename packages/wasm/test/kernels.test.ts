// The SIMD128 level-3 kernels in all four precisions: ?gemm with every transpose/conjugate
// combination, and ?trmm/?trsm (whose kernels call the gemm kernel, or are generic kernels that
// must match its unroll) on every side/uplo/trans/diag, on odd sizes that reach every panel edge.
// Checked against plain JavaScript arithmetic, relative to the sum of |products|.
import { beforeAll, describe, expect, it } from 'vitest';
import { type LapackModule, loadLapack, type WasmBuffer, withHeapScope } from '../src/index.js';
import { randoms } from './helpers.js';

let lapack: LapackModule;
beforeAll(async () => {
  lapack = await loadLapack();
});

type Precision = 's' | 'd' | 'c' | 'z';
const isSingle = (p: Precision) => p === 's' || p === 'c';
const isComplex = (p: Precision) => p === 'c' || p === 'z';
const tolerance = (p: Precision) => (isSingle(p) ? 2e-6 : 1e-14);
const transposes = (p: Precision) => (isComplex(p) ? ['N', 'T', 'C'] : ['N', 'T']);

/** randoms() rounded to the precision, so that the inputs are exact in float32 too. */
const values = (n: number, seed: number, p: Precision): number[] =>
  Array.from(randoms(n, seed), isSingle(p) ? Math.fround : Number);

type Complex = [number, number];
const mul = (a: Complex, b: Complex): Complex => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const abs = (a: Complex) => Math.hypot(a[0], a[1]);

/** Element (i, j) of a column-major matrix (complex interleaved when w = 2), as a complex. */
const elem = (x: number[], ld: number, w: number, i: number, j: number): Complex => [
  x[(i + j * ld) * w] as number,
  w === 2 ? (x[(i + j * ld) * w + 1] as number) : 0,
];
/** op(X)[i, j] for trans 'N', 'T' or 'C'. */
function opElem(x: number[], ld: number, w: number, trans: string, i: number, j: number): Complex {
  if (trans === 'N') return elem(x, ld, w, i, j);
  const [re, im] = elem(x, ld, w, j, i);
  return [re, trans === 'C' ? -im : im];
}

function store(s: { f64: (v: number[]) => WasmBuffer; f32: (v: number[]) => WasmBuffer }, p: Precision, v: number[]) {
  return isSingle(p) ? s.f32(v) : s.f64(v);
}
const read = (p: Precision, b: WasmBuffer) => Array.from(isSingle(p) ? b.f32() : b.f64());

/** Padding rows (i >= rows) of every column must be left as they were. */
function expectPaddingKept(got: number[], before: number[], rows: number, ld: number, cols: number, w: number) {
  for (let j = 0; j < cols; j++) {
    for (let i = rows; i < ld; i++) {
      for (let t = 0; t < w; t++) expect(got[(i + j * ld) * w + t]).toBe(before[(i + j * ld) * w + t]);
    }
  }
}

describe.each(['s', 'd', 'c', 'z'] as const)('%sgemm, all transposes', (p) => {
  const w = isComplex(p) ? 2 : 1;
  const cases = [
    [37, 29, 41],
    [17, 3, 2],
    [1, 7, 3],
    [9, 13, 300],
  ] as const;
  for (const [m, n, k] of cases) {
    it(`m=${m} n=${n} k=${k}`, () => {
      const alpha: Complex = [0.75, isComplex(p) ? -0.5 : 0];
      const beta: Complex = [-1.25, isComplex(p) ? 0.25 : 0];
      let worst = 0;
      for (const ta of transposes(p)) {
        for (const tb of transposes(p)) {
          const lda = (ta === 'N' ? m : k) + 3;
          const ldb = (tb === 'N' ? k : n) + 1;
          const ldc = m + 2;
          const a = values(lda * (ta === 'N' ? k : m) * w, 1 + m, p);
          const b = values(ldb * (tb === 'N' ? n : k) * w, 2 + n, p);
          const c0 = values(ldc * n * w, 3 + k, p);
          const got = withHeapScope(lapack, (s) => {
            const c = store(s, p, c0);
            lapack.routine(`${p}gemm`)(
              s.char(ta),
              s.char(tb),
              s.int(m),
              s.int(n),
              s.int(k),
              store(s, p, alpha.slice(0, w)).ptr,
              store(s, p, a).ptr,
              s.int(lda),
              store(s, p, b).ptr,
              s.int(ldb),
              store(s, p, beta.slice(0, w)).ptr,
              c.ptr,
              s.int(ldc),
            );
            return read(p, c);
          });
          for (let j = 0; j < n; j++) {
            for (let i = 0; i < m; i++) {
              let sum: Complex = [0, 0];
              let mag = 0;
              for (let l = 0; l < k; l++) {
                const x = opElem(a, lda, w, ta, i, l);
                const y = opElem(b, ldb, w, tb, l, j);
                const xy = mul(x, y);
                sum = [sum[0] + xy[0], sum[1] + xy[1]];
                mag += abs(x) * abs(y);
              }
              const old = elem(c0, ldc, w, i, j);
              const as = mul(alpha, sum);
              const bc = mul(beta, old);
              const g = elem(got, ldc, w, i, j);
              const scale = abs(alpha) * mag + abs(beta) * abs(old);
              worst = Math.max(worst, abs([g[0] - as[0] - bc[0], g[1] - as[1] - bc[1]]) / scale);
            }
          }
          expectPaddingKept(got, c0, m, ldc, n, w);
        }
      }
      expect(worst).toBeLessThan(tolerance(p));
    });
  }
});

describe.each(['s', 'd', 'c', 'z'] as const)('%s: trmm and trsm, all variants', (p) => {
  const w = isComplex(p) ? 2 : 1;
  for (const routine of ['trmm', 'trsm'] as const) {
    for (const [m, n] of [
      [37, 29],
      [5, 3],
      [1, 9],
      [70, 45],
    ] as const) {
      it(`${p}${routine} m=${m} n=${n}`, () => {
        const alpha: Complex = [0.75, isComplex(p) ? -0.5 : 0];
        let worst = 0;
        for (const side of ['L', 'R']) {
          const na = side === 'L' ? m : n;
          const lda = na + 2;
          const ldb = m + 1;
          const a = values(lda * na * w, 7 + na, p);
          // A dominant diagonal keeps the solves well conditioned.
          for (let i = 0; i < na; i++) a[(i + i * lda) * w] = 4 + Math.abs(a[(i + i * lda) * w] as number);
          const b0 = values(ldb * n * w, 9 + n, p);
          for (const uplo of ['U', 'L']) {
            for (const trans of transposes(p)) {
              for (const diag of ['N', 'U']) {
                const got = withHeapScope(lapack, (s) => {
                  const b = store(s, p, b0);
                  lapack.routine(`${p}${routine}`)(
                    s.char(side),
                    s.char(uplo),
                    s.char(trans),
                    s.char(diag),
                    s.int(m),
                    s.int(n),
                    store(s, p, alpha.slice(0, w)).ptr,
                    store(s, p, a).ptr,
                    s.int(lda),
                    b.ptr,
                    s.int(ldb),
                  );
                  return read(p, b);
                });
                // The triangle of A as stored, then op() of it.
                const tri = (i: number, j: number): Complex => {
                  if (uplo === 'L' ? i < j : i > j) return [0, 0];
                  return i === j && diag === 'U' ? [1, 0] : elem(a, lda, w, i, j);
                };
                const op = (i: number, j: number): Complex => {
                  if (trans === 'N') return tri(i, j);
                  const [re, im] = tri(j, i);
                  return [re, trans === 'C' ? -im : im];
                };
                // trmm: got = alpha op(A) B0 (or alpha B0 op(A)); trsm: op(A) got = alpha B0 (or got op(A)).
                const [lhs, rhs] = routine === 'trmm' ? [got, b0] : [b0, got];
                for (let j = 0; j < n; j++) {
                  for (let i = 0; i < m; i++) {
                    let sum: Complex = [0, 0];
                    let mag = 0;
                    for (let l = 0; l < na; l++) {
                      const x = side === 'L' ? op(i, l) : elem(rhs, ldb, w, i, l);
                      const y = side === 'L' ? elem(rhs, ldb, w, l, j) : op(l, j);
                      const xy = mul(x, y);
                      sum = [sum[0] + xy[0], sum[1] + xy[1]];
                      mag += abs(x) * abs(y);
                    }
                    const want = routine === 'trmm' ? mul(alpha, sum) : sum;
                    const have = routine === 'trmm' ? elem(lhs, ldb, w, i, j) : mul(alpha, elem(lhs, ldb, w, i, j));
                    worst = Math.max(worst, abs([want[0] - have[0], want[1] - have[1]]) / (mag + 1));
                  }
                }
                expectPaddingKept(got, b0, m, ldb, n, w);
              }
            }
          }
        }
        expect(worst).toBeLessThan(tolerance(p));
      });
    }
  }
});
