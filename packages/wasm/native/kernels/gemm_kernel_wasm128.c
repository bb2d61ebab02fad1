/* Stride's WebAssembly SIMD128 real gemm micro-kernel, plugged into OpenBLAS's level-3 driver:
 * C += alpha * A * B on packed panels. One source for both precisions: OpenBLAS compiles it
 * with DOUBLE for dgemm (f64x2 vectors, 4x4 register block) and without for sgemm (f32x4
 * vectors, 8x4 register block).
 *
 * Packing: the driver packs A into panels of MR = 2 vectors of rows (element (r, k) at
 * pa[MR k + r]; gemm_ncopy_MR.c / gemm_tcopy_MR.c) and B into panels of 4 columns (element
 * (k, c) at pb[4k + c]; gemm_ncopy_4.c / gemm_tcopy_4.c); the last rows and columns come as
 * at most one panel of each smaller power of two (4, 2, 1). tools/configure-openblas.mjs sets
 * the unroll (DGEMM 4x4, SGEMM 8x4) in param.h and names the packing routines and the generic
 * trmm kernels of the same unroll (trmmkernel_4x4.c, trmmkernel_8x4.c) in KERNEL.RISCV64_GENERIC.
 *
 * The MR x 4 block of C lives in eight vector registers: per k the kernel loads two vectors of
 * A, splats four scalars of B and does eight multiply-adds. With 16 vector registers on common
 * hosts this leaves room for the operands, so the engine does not spill in the inner loop.
 * Larger register blocks (dgemm 4x6, 6x4, 8x4, 4x8) measured slower in V8: without a fused
 * multiply-add each product needs a temporary, and 12 or 16 accumulators spill. The edges use
 * one- or two-vector code when a panel has at least one vector of rows, scalar code below that.
 */
#include <wasm_simd128.h>

#include "common.h"

#ifdef DOUBLE
#define VL 2 /* elements per vector */
#define vsplat wasm_f64x2_splat
#define vadd wasm_f64x2_add
#define vmul wasm_f64x2_mul
#define vload_splat wasm_v128_load64_splat
#else
#define VL 4
#define vsplat wasm_f32x4_splat
#define vadd wasm_f32x4_add
#define vmul wasm_f32x4_mul
#define vload_splat wasm_v128_load32_splat
#endif
#define MR (2 * VL) /* rows of the register block */
#define NR 4        /* columns */

#define MADD(acc, a, b) acc = vadd(acc, vmul(a, b))

static inline void update(FLOAT *c, v128_t acc, v128_t valpha) {
  wasm_v128_store(c, vadd(wasm_v128_load(c), vmul(acc, valpha)));
}

/* MR x 4 block: pa has MR k values, pb 4k.
 *
 * The k loop is deliberately not unrolled: unrolling lets LLVM hoist the next step's loads
 * above this step's multiply-adds, and with the eight accumulators that needs more vector
 * registers than the engine has, so V8 spills in the inner loop (measured for dgemm: the
 * 2x-unrolled loop ran about 25% slower). It is also kept out of line, so the loop variables of
 * the driver below do not compete with the accumulators for registers (another ~4%). */
__attribute__((noinline)) static void block_full(BLASLONG k, FLOAT alpha, const FLOAT *pa, const FLOAT *pb, FLOAT *c,
                                                 BLASLONG ldc) {
  v128_t c00 = vsplat(0), c01 = c00, c10 = c00, c11 = c00;
  v128_t c20 = c00, c21 = c00, c30 = c00, c31 = c00;
#pragma clang loop unroll(disable)
  for (BLASLONG l = 0; l < k; l++) {
    v128_t a0 = wasm_v128_load(pa), a1 = wasm_v128_load(pa + VL);
    v128_t b;
    b = vload_splat(pb + 0); MADD(c00, a0, b); MADD(c01, a1, b);
    b = vload_splat(pb + 1); MADD(c10, a0, b); MADD(c11, a1, b);
    b = vload_splat(pb + 2); MADD(c20, a0, b); MADD(c21, a1, b);
    b = vload_splat(pb + 3); MADD(c30, a0, b); MADD(c31, a1, b);
    pa += MR;
    pb += NR;
  }
  v128_t va = vsplat(alpha);
  update(c, c00, va);
  update(c + VL, c01, va);
  c += ldc;
  update(c, c10, va);
  update(c + VL, c11, va);
  c += ldc;
  update(c, c20, va);
  update(c + VL, c21, va);
  c += ldc;
  update(c, c30, va);
  update(c + VL, c31, va);
}

/* Any mr x nr block of the edges (mr in 1..MR, nr in 1..4): one or two vectors of A per k
 * when mr is VL or 2 VL, scalar code below a vector. Kept out of line, away from the driver's
 * loop: a driver that inlined the edge code and chose each panel width with a helper measured
 * about 4% slower for dgemm at n = 256, where no edge is even reached. */
__attribute__((noinline)) static void block_edge(BLASLONG mr, BLASLONG nr, BLASLONG k, FLOAT alpha, const FLOAT *pa,
                                                 const FLOAT *pb, FLOAT *c, BLASLONG ldc) {
  if (mr >= VL) {
    v128_t zero = vsplat(0);
    v128_t acc[NR][2] = {{zero, zero}, {zero, zero}, {zero, zero}, {zero, zero}};
    BLASLONG nv = mr / VL;
    for (BLASLONG l = 0; l < k; l++) {
      for (BLASLONG j = 0; j < nr; j++) {
        v128_t b = vload_splat(pb + l * nr + j);
        for (BLASLONG v = 0; v < nv; v++) MADD(acc[j][v], wasm_v128_load(pa + l * mr + VL * v), b);
      }
    }
    v128_t va = vsplat(alpha);
    for (BLASLONG j = 0; j < nr; j++) {
      for (BLASLONG v = 0; v < nv; v++) update(c + j * ldc + VL * v, acc[j][v], va);
    }
    return;
  }
  FLOAT acc[NR][VL] = {{0}};
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
  /* Panels come full, then at most one of each smaller power of two. */
  static const BLASLONG mwidths[4] = {MR, 4, 2, 1}, nwidths[3] = {NR, 2, 1};
  FLOAT *pb = bb;
  FLOAT *cj = C;
  BLASLONG j = 0;
  for (int wj = 0; wj < 3; wj++) {
    BLASLONG nr = nwidths[wj];
    while (wj == 0 ? j + NR <= bn : (bn - j) >= nr) {
      FLOAT *pa = ba;
      FLOAT *ci = cj;
      BLASLONG i = 0;
      for (int wi = 0; wi < 4; wi++) {
        BLASLONG mr = mwidths[wi];
        while (wi == 0 ? i + MR <= bm : (bm - i) >= mr && mr < MR) {
          if (wi == 0 && wj == 0) {
            block_full(bk, alpha, pa, pb, ci, ldc);
          } else {
            block_edge(mr, nr, bk, alpha, pa, pb, ci, ldc);
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
