/* Stride's WebAssembly SIMD128 zgemm micro-kernel for OpenBLAS's level-3 driver:
 * C += alpha * op(A) * op(B) on packed panels of double complex values.
 *
 * Packing (zgemm_ncopy_2.c / zgemm_tcopy_2.c, unroll 2x2): A comes in panels of 2 rows, element
 * (r, k) at pa[2 (2k + r)] (real part, imaginary part next to it), B in panels of 2 columns,
 * element (k, c) at pb[2 (2k + c)]; an odd last row or column comes as a panel of 1. ldc counts
 * complex elements.
 *
 * One f64x2 vector holds one complex number (re, im). For each element of the 2x2 block the
 * kernel keeps two accumulators, P = sum a * re(b) and Q = sum a * im(b), both plain lane-wise
 * multiply-adds of the unconjugated operands; per k that is two loads of A, four splats of B
 * and eight multiply-adds in eight accumulators, the same register budget as our 4x4 dgemm
 * kernel (larger blocks spill in V8: SIMD128 has no fused multiply-add). The conjugations are
 * applied once per block when P and Q are combined:
 *   sum a b             = (P.re - Q.im, P.im + Q.re)
 *   sum a conj(b)       = (P.re + Q.im, P.im - Q.re)
 *   sum conj(a) b       = conj(sum a conj(b))
 *   sum conj(a) conj(b) = conj(sum a b)
 * so the combination takes the first form when both or neither operand is conjugated and the
 * second otherwise, then conjugates the result when A is conjugated.
 * OpenBLAS compiles this file four times, with NN (no conjugation), NR (conjugate B), RN
 * (conjugate A) or RR (both) or one of their aliases (T for transposed, C for conjugated-
 * transposed: the transposition is already done by the packing).
 *
 * Measured in V8 (AMD EPYC, one thread; see the package README): zgemm at n = 1024 went from
 * 7.6 GFLOP/s with OpenBLAS's generic C kernel to 20 GFLOP/s, about what the 4x4 dgemm kernel
 * reaches, as expected from the same instruction mix.
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

#define MADD(acc, a, b) acc = wasm_f64x2_add(acc, wasm_f64x2_mul(a, b))

/* (re, im) -> (im, re) */
static inline v128_t swap(v128_t v) { return wasm_i64x2_shuffle(v, v, 1, 0); }

/* C[0] += alpha * combine(P, Q), with alpha given as (ar, ar) and (-ai, ai). */
static inline void update(FLOAT *c, v128_t p, v128_t q, v128_t var, v128_t vai) {
  const v128_t sign = wasm_f64x2_make(-0.0, 0.0); /* flips the real lane */
#if CONJ_A != CONJ_B
  v128_t s = wasm_f64x2_sub(p, wasm_v128_xor(swap(q), sign)); /* (P.re + Q.im, P.im - Q.re) */
#else
  v128_t s = wasm_f64x2_add(p, wasm_v128_xor(swap(q), sign)); /* (P.re - Q.im, P.im + Q.re) */
#endif
#if CONJ_A
  s = wasm_v128_xor(s, wasm_f64x2_make(0.0, -0.0));
#endif
  v128_t old = wasm_v128_load(c);
  old = wasm_f64x2_add(old, wasm_f64x2_mul(s, var));
  wasm_v128_store(c, wasm_f64x2_add(old, wasm_f64x2_mul(swap(s), vai)));
}

/* 2x2 block: pa and pb hold 4k doubles each. Kept out of line and not unrolled so that the
 * eight accumulators and six operands fit the engine's vector registers (as in dgemm). */
__attribute__((noinline)) static void block2x2(BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                                               FLOAT *c, BLASLONG ldc) {
  v128_t p00 = wasm_f64x2_splat(0), p10 = p00, p01 = p00, p11 = p00;
  v128_t q00 = p00, q10 = p00, q01 = p00, q11 = p00;
#pragma clang loop unroll(disable)
  for (BLASLONG l = 0; l < k; l++) {
    v128_t a0 = wasm_v128_load(pa), a1 = wasm_v128_load(pa + 2);
    v128_t b;
    b = wasm_v128_load64_splat(pb + 0); MADD(p00, a0, b); MADD(p10, a1, b);
    b = wasm_v128_load64_splat(pb + 1); MADD(q00, a0, b); MADD(q10, a1, b);
    b = wasm_v128_load64_splat(pb + 2); MADD(p01, a0, b); MADD(p11, a1, b);
    b = wasm_v128_load64_splat(pb + 3); MADD(q01, a0, b); MADD(q11, a1, b);
    pa += 4;
    pb += 4;
  }
  update(c, p00, q00, var, vai);
  update(c + 2, p10, q10, var, vai);
  c += 2 * ldc;
  update(c, p01, q01, var, vai);
  update(c + 2, p11, q11, var, vai);
}

/* Any mr x nr block (mr, nr in 1..2), for the edges. */
static void block_any(BLASLONG mr, BLASLONG nr, BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                      FLOAT *c, BLASLONG ldc) {
  for (BLASLONG j = 0; j < nr; j++) {
    for (BLASLONG i = 0; i < mr; i++) {
      v128_t p = wasm_f64x2_splat(0), q = p;
      for (BLASLONG l = 0; l < k; l++) {
        v128_t a = wasm_v128_load(pa + 2 * (l * mr + i));
        MADD(p, a, wasm_v128_load64_splat(pb + 2 * (l * nr + j)));
        MADD(q, a, wasm_v128_load64_splat(pb + 2 * (l * nr + j) + 1));
      }
      update(c + 2 * (j * ldc + i), p, q, var, vai);
    }
  }
}

int CNAME(BLASLONG bm, BLASLONG bn, BLASLONG bk, FLOAT alphar, FLOAT alphai, FLOAT *ba, FLOAT *bb, FLOAT *C,
          BLASLONG ldc) {
  v128_t var = wasm_f64x2_splat(alphar);
  v128_t vai = wasm_f64x2_make(-alphai, alphai);
  FLOAT *pb = bb;
  FLOAT *cj = C;
  for (BLASLONG j = 0; j < bn;) {
    BLASLONG nr = bn - j >= 2 ? 2 : 1;
    FLOAT *pa = ba;
    FLOAT *ci = cj;
    for (BLASLONG i = 0; i < bm;) {
      BLASLONG mr = bm - i >= 2 ? 2 : 1;
      if (mr == 2 && nr == 2) {
        block2x2(bk, var, vai, pa, pb, ci, ldc);
      } else {
        block_any(mr, nr, bk, var, vai, pa, pb, ci, ldc);
      }
      pa += 2 * mr * bk;
      ci += 2 * mr;
      i += mr;
    }
    pb += 2 * nr * bk;
    cj += 2 * nr * ldc;
    j += nr;
  }
  return 0;
}
