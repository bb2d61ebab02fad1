/* Stride's WebAssembly SIMD128 dgemm micro-kernel, plugged into OpenBLAS's level-3 driver: C += alpha * A * B on packed panels.
 *
 * OpenBLAS's level-3 driver packs A into panels of 4 rows (element (r, k) at pa[4k + r]) and B
 * into panels of 4 columns (element (k, c) at pb[4k + c]); the last rows/columns come in
 * panels of 2 and then 1 (gemm_ncopy_4.c / gemm_tcopy_4.c). This kernel keeps a 4x4 block of
 * C in eight f64x2 registers: per k it loads two vectors of A, splats four scalars of B and
 * does eight multiply-adds. With 16 vector registers on common hosts this leaves room for
 * the operands, so the engine does not spill in the inner loop. Larger register blocks
 * (4x6, 6x4, 8x4, 4x8) measured slower in V8: without a fused multiply-add each product
 * needs a temporary, and 12 or 16 accumulators spill. The tails use scalar code.
 *
 * Built into OpenBLAS for the RISCV64_GENERIC target we use for emscripten: the build copies
 * it into the extracted sources and tools/configure-openblas.mjs names it in
 * KERNEL.RISCV64_GENERIC and sets the dgemm unroll to 4x4 (and Q = 256) to match.
 */
#include <wasm_simd128.h>

#include "common.h"

#define MADD(acc, a, b) acc = wasm_f64x2_add(acc, wasm_f64x2_mul(a, b))

static inline void update2(FLOAT *c, v128_t acc, v128_t valpha) {
  v128_t old = wasm_v128_load(c);
  wasm_v128_store(c, wasm_f64x2_add(old, wasm_f64x2_mul(acc, valpha)));
}

/* 4x4 block: pa has 4k doubles, pb 4k doubles.
 *
 * The k loop is deliberately not unrolled: unrolling lets LLVM hoist the next step's loads
 * above this step's multiply-adds, and with the eight accumulators that needs more vector
 * registers than the engine has, so V8 spills in the inner loop (measured: the 2x-unrolled
 * loop ran about 25% slower). It is also kept out of line, so the loop variables of the
 * driver below do not compete with the accumulators for registers (another ~4%). */
__attribute__((noinline)) static void block4x4(BLASLONG k, FLOAT alpha, const FLOAT *pa, const FLOAT *pb, FLOAT *c, BLASLONG ldc) {
  v128_t c00 = wasm_f64x2_splat(0), c01 = c00, c10 = c00, c11 = c00;
  v128_t c20 = c00, c21 = c00, c30 = c00, c31 = c00;
#pragma clang loop unroll(disable)
  for (BLASLONG l = 0; l < k; l++) {
    v128_t a0 = wasm_v128_load(pa), a1 = wasm_v128_load(pa + 2);
    v128_t b;
    b = wasm_v128_load64_splat(pb + 0); MADD(c00, a0, b); MADD(c01, a1, b);
    b = wasm_v128_load64_splat(pb + 1); MADD(c10, a0, b); MADD(c11, a1, b);
    b = wasm_v128_load64_splat(pb + 2); MADD(c20, a0, b); MADD(c21, a1, b);
    b = wasm_v128_load64_splat(pb + 3); MADD(c30, a0, b); MADD(c31, a1, b);
    pa += 4;
    pb += 4;
  }
  v128_t va = wasm_f64x2_splat(alpha);
  update2(c, c00, va);
  update2(c + 2, c01, va);
  c += ldc;
  update2(c, c10, va);
  update2(c + 2, c11, va);
  c += ldc;
  update2(c, c20, va);
  update2(c + 2, c21, va);
  c += ldc;
  update2(c, c30, va);
  update2(c + 2, c31, va);
}

/* Any mr x nr block (mr, nr in 1..4) in scalar code, for the edges of the matrix. */
static void block_any(BLASLONG mr, BLASLONG nr, BLASLONG k, FLOAT alpha, const FLOAT *pa, const FLOAT *pb, FLOAT *c,
                      BLASLONG ldc) {
  FLOAT acc[4][4] = {{0}};
  for (BLASLONG l = 0; l < k; l++) {
    for (BLASLONG j = 0; j < nr; j++) {
      FLOAT b = pb[l * nr + j];
      for (BLASLONG i = 0; i < mr; i++) acc[j][i] += pa[l * mr + i] * b;
    }
  }
  for (BLASLONG j = 0; j < nr; j++) {
    for (BLASLONG i = 0; i < mr; i++) c[j * ldc + i] += alpha * acc[j][i];
  }
}

int CNAME(BLASLONG bm, BLASLONG bn, BLASLONG bk, FLOAT alpha, FLOAT *ba, FLOAT *bb, FLOAT *C, BLASLONG ldc) {
  static const BLASLONG widths[3] = {4, 2, 1};
  FLOAT *pb = bb;
  FLOAT *cj = C;
  BLASLONG j = 0;
  for (int wj = 0; wj < 3; wj++) {
    BLASLONG nr = widths[wj];
    /* Full panels of 4 columns, then at most one of 2 and one of 1. */
    while (wj == 0 ? j + 4 <= bn : (bn - j) >= nr) {
      FLOAT *pa = ba;
      FLOAT *ci = cj;
      BLASLONG i = 0;
      for (int wi = 0; wi < 3; wi++) {
        BLASLONG mr = widths[wi];
        while (wi == 0 ? i + 4 <= bm : (bm - i) >= mr) {
          if (mr == 4 && nr == 4) {
            block4x4(bk, alpha, pa, pb, ci, ldc);
          } else {
            block_any(mr, nr, bk, alpha, pa, pb, ci, ldc);
          }
          pa += mr * bk;
          ci += mr;
          i += mr;
          if (wi != 0) break;
        }
      }
      pb += nr * bk;
      cj += nr * ldc;
      j += nr;
      if (wj != 0) break;
    }
  }
  return 0;
}
