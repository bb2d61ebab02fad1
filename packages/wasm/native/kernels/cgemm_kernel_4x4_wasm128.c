/* Stride's WebAssembly SIMD128 cgemm micro-kernel for OpenBLAS's level-3 driver:
 * C += alpha * op(A) * op(B) on packed panels of single complex values.
 *
 * Packing (unroll 4x4; zgemm_ncopy_4.c / zgemm_tcopy_4.c for both A and B): A comes in panels
 * of 4 rows, element (r, k) at pa[2 (4k + r)] (real part, imaginary part next to it), B in
 * panels of 4 columns, element (k, c) at pb[2 (4k + c)]; the last rows and columns come as at
 * most one panel of 2 and one of 1. ldc counts complex elements. tools/configure-openblas.mjs
 * sets the unroll in param.h and names the packing routines and the matching generic trmm
 * kernel (ztrmmkernel_4x4.c) in KERNEL.RISCV64_GENERIC.
 *
 * One f32x4 vector holds two complex numbers (two rows of one column). As in our zgemm kernel,
 * each output keeps two accumulators of plain lane-wise multiply-adds, P = sum a * re(b) and
 * Q = sum a * im(b), and the conjugation variant (NN, NR, RN, RR and their T/C aliases, one
 * compilation each) only decides how P and Q are combined, once per block:
 *   sum a b = (P.re - Q.im, P.im + Q.re), sum a conj(b) = (P.re + Q.im, P.im - Q.re),
 *   and conjugating A conjugates the result of the opposite form.
 * A 4x4 block in one pass would need 16 accumulators and spill (SIMD128 has no fused
 * multiply-add, so each product needs a temporary), so it is done as two 4x2 passes over the
 * same A panel: per k, two loads of A, four splats of B and eight multiply-adds into eight
 * accumulators, the register budget of our other kernels. A stays in L1 between the passes.
 */
#include <wasm_simd128.h>

#include "common.h"

#if defined(NN) || defined(NT) || defined(TN) || defined(TT)
#define CONJ_A 0
#define CONJ_B 0
#elif defined(NR) || defined(NC) || defined(TR) || defined(TC)
#define CONJ_A 0
#define CONJ_B 1
#elif defined(RN) || defined(RT) || defined(CN) || defined(CT)
#define CONJ_A 1
#define CONJ_B 0
#else
#define CONJ_A 1
#define CONJ_B 1
#endif

#define MADD(acc, a, b) acc = wasm_f32x4_add(acc, wasm_f32x4_mul(a, b))

/* (re0, im0, re1, im1) -> (im0, re0, im1, re1) */
static inline v128_t swap(v128_t v) { return wasm_i32x4_shuffle(v, v, 1, 0, 3, 2); }

/* Two complex elements c[0..3] += alpha * combine(P, Q); alpha as (ar, ...) and (-ai, ai, ...). */
static inline void update(FLOAT *c, v128_t p, v128_t q, v128_t var, v128_t vai) {
  const v128_t sign = wasm_f32x4_make(-0.0f, 0.0f, -0.0f, 0.0f); /* flips the real lanes */
#if CONJ_A != CONJ_B
  v128_t s = wasm_f32x4_sub(p, wasm_v128_xor(swap(q), sign)); /* (P.re + Q.im, P.im - Q.re) */
#else
  v128_t s = wasm_f32x4_add(p, wasm_v128_xor(swap(q), sign)); /* (P.re - Q.im, P.im + Q.re) */
#endif
#if CONJ_A
  s = wasm_v128_xor(s, wasm_f32x4_make(0.0f, -0.0f, 0.0f, -0.0f));
#endif
  v128_t old = wasm_v128_load(c);
  old = wasm_f32x4_add(old, wasm_f32x4_mul(s, var));
  wasm_v128_store(c, wasm_f32x4_add(old, wasm_f32x4_mul(swap(s), vai)));
}

/* Rows 0..3 x two columns of a B panel whose k-step is `step` floats (8 in a 4-column panel,
 * 4 in a 2-column one). Not unrolled, as in our other kernels. */
static inline void pass4x2(BLASLONG k, const BLASLONG step, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                           FLOAT *c, BLASLONG ldc) {
  v128_t p00 = wasm_f32x4_splat(0), p01 = p00, p10 = p00, p11 = p00;
  v128_t q00 = p00, q01 = p00, q10 = p00, q11 = p00;
#pragma clang loop unroll(disable)
  for (BLASLONG l = 0; l < k; l++) {
    v128_t a0 = wasm_v128_load(pa), a1 = wasm_v128_load(pa + 4);
    v128_t b;
    b = wasm_v128_load32_splat(pb + 0); MADD(p00, a0, b); MADD(p01, a1, b);
    b = wasm_v128_load32_splat(pb + 1); MADD(q00, a0, b); MADD(q01, a1, b);
    b = wasm_v128_load32_splat(pb + 2); MADD(p10, a0, b); MADD(p11, a1, b);
    b = wasm_v128_load32_splat(pb + 3); MADD(q10, a0, b); MADD(q11, a1, b);
    pa += 8;
    pb += step;
  }
  update(c, p00, q00, var, vai);
  update(c + 4, p01, q01, var, vai);
  c += 2 * ldc;
  update(c, p10, q10, var, vai);
  update(c + 4, p11, q11, var, vai);
}

__attribute__((noinline)) static void block4x4(BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                                               FLOAT *c, BLASLONG ldc) {
  pass4x2(k, 8, var, vai, pa, pb, c, ldc);
  pass4x2(k, 8, var, vai, pa, pb + 4, c + 4 * ldc, ldc);
}

__attribute__((noinline)) static void block4x2(BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                                               FLOAT *c, BLASLONG ldc) {
  pass4x2(k, 4, var, vai, pa, pb, c, ldc);
}

/* Any other mr x nr block (mr, nr in 1..4), in scalar code with the same P/Q scheme. */
__attribute__((noinline)) static void block_edge(BLASLONG mr, BLASLONG nr, BLASLONG k, FLOAT alphar, FLOAT alphai,
                                                 const FLOAT *pa, const FLOAT *pb, FLOAT *c, BLASLONG ldc) {
  for (BLASLONG j = 0; j < nr; j++) {
    for (BLASLONG i = 0; i < mr; i++) {
      FLOAT pr = 0, pi = 0, qr = 0, qi = 0;
      for (BLASLONG l = 0; l < k; l++) {
        FLOAT ar = pa[2 * (l * mr + i)], ai = pa[2 * (l * mr + i) + 1];
        FLOAT br = pb[2 * (l * nr + j)], bi = pb[2 * (l * nr + j) + 1];
        pr += ar * br;
        pi += ai * br;
        qr += ar * bi;
        qi += ai * bi;
      }
#if CONJ_A != CONJ_B
      FLOAT sr = pr + qi, si = pi - qr;
#else
      FLOAT sr = pr - qi, si = pi + qr;
#endif
#if CONJ_A
      si = -si;
#endif
      FLOAT *cc = c + 2 * (j * ldc + i);
      cc[0] += alphar * sr - alphai * si;
      cc[1] += alphar * si + alphai * sr;
    }
  }
}

int CNAME(BLASLONG bm, BLASLONG bn, BLASLONG bk, FLOAT alphar, FLOAT alphai, FLOAT *ba, FLOAT *bb, FLOAT *C,
          BLASLONG ldc) {
  static const BLASLONG widths[3] = {4, 2, 1};
  v128_t var = wasm_f32x4_splat(alphar);
  v128_t vai = wasm_f32x4_make(-alphai, alphai, -alphai, alphai);
  FLOAT *pb = bb;
  FLOAT *cj = C;
  BLASLONG j = 0;
  for (int wj = 0; wj < 3; wj++) {
    BLASLONG nr = widths[wj];
    /* Full panels of 4 columns, then at most one of 2 and one of 1; rows likewise. */
    while (wj == 0 ? j + 4 <= bn : (bn - j) >= nr) {
      FLOAT *pa = ba;
      FLOAT *ci = cj;
      BLASLONG i = 0;
      for (int wi = 0; wi < 3; wi++) {
        BLASLONG mr = widths[wi];
        while (wi == 0 ? i + 4 <= bm : (bm - i) >= mr) {
          if (mr == 4 && nr == 4) {
            block4x4(bk, var, vai, pa, pb, ci, ldc);
          } else if (mr == 4 && nr == 2) {
            block4x2(bk, var, vai, pa, pb, ci, ldc);
          } else {
            block_edge(mr, nr, bk, alphar, alphai, pa, pb, ci, ldc);
          }
          pa += 2 * mr * bk;
          ci += 2 * mr;
          i += mr;
          if (wi != 0) break;
        }
      }
      pb += 2 * nr * bk;
      cj += 2 * nr * ldc;
      j += nr;
      if (wj != 0) break;
    }
  }
  return 0;
}
