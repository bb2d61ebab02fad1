/* Stride's WebAssembly SIMD128 complex gemm micro-kernel for OpenBLAS's level-3 driver:
 * C += alpha * op(A) * op(B) on packed panels. One source for both precisions: OpenBLAS
 * compiles it with DOUBLE for zgemm (one complex per f64x2 vector, 2x2 unroll) and without for
 * cgemm (two complex per f32x4 vector, 4x4 unroll).
 *
 * Packing (zgemm_ncopy_N.c / zgemm_tcopy_N.c, N the unroll): A comes in panels of ROWS rows,
 * element (r, k) at pa[2 (ROWS k + r)] (real part, imaginary part next to it), B in panels of
 * COLS columns, element (k, c) at pb[2 (COLS k + c)]; the last rows and columns come as at most
 * one panel of each smaller power of two. ldc counts complex elements. tools/configure-openblas.mjs
 * sets the unrolls in param.h (cgemm 4x4; zgemm keeps 2x2) and names the packing routines and
 * the generic trmm kernels of the same unroll in KERNEL.RISCV64_GENERIC.
 *
 * For each output the kernel keeps two accumulators of plain lane-wise multiply-adds of the
 * unconjugated operands, P = sum a * re(b) and Q = sum a * im(b). The conjugation variant only
 * decides how they are combined, once per block:
 *   sum a b             = (P.re - Q.im, P.im + Q.re)
 *   sum a conj(b)       = (P.re + Q.im, P.im - Q.re)
 *   sum conj(a) b       = conj(sum a conj(b))
 *   sum conj(a) conj(b) = conj(sum a b)
 * so the combination takes the first form when both or neither operand is conjugated and the
 * second otherwise, then conjugates when A is. OpenBLAS compiles the file four times, with NN
 * (no conjugation), NR (conjugate B), RN (conjugate A) or RR (both), or one of their aliases
 * (T for transposed, C for conjugated-transposed: the packing has already transposed).
 *
 * The register block is two vectors of rows (ROWS complex) by two columns: per k two loads of A,
 * four splats of B and eight multiply-adds into eight accumulators, the register budget of our
 * real kernel (SIMD128 has no fused multiply-add, so each product needs a temporary; in the
 * dgemm measurements more than eight accumulators spilled in V8). A cgemm 4x4 block is done as two such passes over the same A
 * panel, which stays in L1 between them.
 */
#include <wasm_simd128.h>

#include "common.h"

#ifdef DOUBLE
#define VL 2 /* floating-point lanes per vector */
#define vsplat wasm_f64x2_splat
#define vadd wasm_f64x2_add
#define vsub wasm_f64x2_sub
#define vmul wasm_f64x2_mul
#define vload_splat wasm_v128_load64_splat
#define REAL_SIGN wasm_f64x2_make(-0.0, 0.0) /* flips the real lanes */
#define IMAG_SIGN wasm_f64x2_make(0.0, -0.0) /* flips the imaginary lanes */
#define vswap(v) wasm_i64x2_shuffle(v, v, 1, 0) /* (re, im) -> (im, re) */
#define COLS 2
#else
#define VL 4
#define vsplat wasm_f32x4_splat
#define vadd wasm_f32x4_add
#define vsub wasm_f32x4_sub
#define vmul wasm_f32x4_mul
#define vload_splat wasm_v128_load32_splat
#define REAL_SIGN wasm_f32x4_make(-0.0f, 0.0f, -0.0f, 0.0f)
#define IMAG_SIGN wasm_f32x4_make(0.0f, -0.0f, 0.0f, -0.0f)
#define vswap(v) wasm_i32x4_shuffle(v, v, 1, 0, 3, 2)
#define COLS 4
#endif
#define ROWS VL /* complex rows of a block: two vectors of VL / 2 complex */
/* (ROWS and COLS, not MR and NR: OpenBLAS names a conjugation variant NR.) */

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

#define MADD(acc, a, b) acc = vadd(acc, vmul(a, b))

/* One vector of C += alpha * combine(P, Q), with alpha given as (ar, ar, ...) and (-ai, ai, ...). */
static inline void update(FLOAT *c, v128_t p, v128_t q, v128_t var, v128_t vai) {
#if CONJ_A != CONJ_B
  v128_t s = vsub(p, wasm_v128_xor(vswap(q), REAL_SIGN)); /* (P.re + Q.im, P.im - Q.re) */
#else
  v128_t s = vadd(p, wasm_v128_xor(vswap(q), REAL_SIGN)); /* (P.re - Q.im, P.im + Q.re) */
#endif
#if CONJ_A
  s = wasm_v128_xor(s, IMAG_SIGN);
#endif
  v128_t old = vadd(wasm_v128_load(c), vmul(s, var));
  wasm_v128_store(c, vadd(old, vmul(vswap(s), vai)));
}

/* ROWS rows x two columns of a B panel whose k-step is `step` floats (2 COLS in a full panel, 4 in
 * a 2-column one). The k loop is not unrolled, as in our real kernel. */
static inline void pass(BLASLONG k, const BLASLONG step, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                        FLOAT *c, BLASLONG ldc) {
  v128_t p00 = vsplat(0), p01 = p00, p10 = p00, p11 = p00;
  v128_t q00 = p00, q01 = p00, q10 = p00, q11 = p00;
#pragma clang loop unroll(disable)
  for (BLASLONG l = 0; l < k; l++) {
    v128_t a0 = wasm_v128_load(pa), a1 = wasm_v128_load(pa + VL);
    v128_t b;
    b = vload_splat(pb + 0); MADD(p00, a0, b); MADD(p01, a1, b);
    b = vload_splat(pb + 1); MADD(q00, a0, b); MADD(q01, a1, b);
    b = vload_splat(pb + 2); MADD(p10, a0, b); MADD(p11, a1, b);
    b = vload_splat(pb + 3); MADD(q10, a0, b); MADD(q11, a1, b);
    pa += 2 * VL;
    pb += step;
  }
  update(c, p00, q00, var, vai);
  update(c + VL, p01, q01, var, vai);
  c += 2 * ldc;
  update(c, p10, q10, var, vai);
  update(c + VL, p11, q11, var, vai);
}

/* ROWS x COLS block, as COLS / 2 passes. */
__attribute__((noinline)) static void block_full(BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                                                 FLOAT *c, BLASLONG ldc) {
  for (BLASLONG j = 0; j < COLS; j += 2) pass(k, 2 * COLS, var, vai, pa, pb + 2 * j, c + 2 * j * ldc, ldc);
}

#if COLS > 2
/* ROWS x 2 block (cgemm's 2-column edge panel). */
__attribute__((noinline)) static void block_mr2(BLASLONG k, v128_t var, v128_t vai, const FLOAT *pa, const FLOAT *pb,
                                                FLOAT *c, BLASLONG ldc) {
  pass(k, 4, var, vai, pa, pb, c, ldc);
}
#endif

/* Any other mr x nr block, in scalar code with the same P/Q scheme. */
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
  /* Panels come full, then at most one of each smaller power of two. */
  static const BLASLONG mwidths[3] = {ROWS, 2, 1}, nwidths[3] = {COLS, 2, 1};
  v128_t var = vsplat(alphar);
  v128_t vai = wasm_v128_xor(vsplat(alphai), REAL_SIGN);
  FLOAT *pb = bb;
  FLOAT *cj = C;
  BLASLONG j = 0;
  for (int wj = 0; wj < 3; wj++) {
    BLASLONG nr = nwidths[wj];
    while (wj == 0 ? j + COLS <= bn : (bn - j) >= nr && nr < COLS) {
      FLOAT *pa = ba;
      FLOAT *ci = cj;
      BLASLONG i = 0;
      for (int wi = 0; wi < 3; wi++) {
        BLASLONG mr = mwidths[wi];
        while (wi == 0 ? i + ROWS <= bm : (bm - i) >= mr && mr < ROWS) {
          if (wi == 0 && wj == 0) {
            block_full(bk, var, vai, pa, pb, ci, ldc);
#if COLS > 2
          } else if (wi == 0 && nr == 2) {
            block_mr2(bk, var, vai, pa, pb, ci, ldc);
#endif
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
