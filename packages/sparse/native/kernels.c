// Sparse kernels of @stride/sparse, compiled to a position-independent WebAssembly module that
// runs in the runtime's one memory (see @stride/wasm's README, "Adding kernels"). Every argument
// is a byte address of an array in that memory or an element count; nothing allocates, nothing
// keeps state between calls, and no function pointer is taken.
//
// Layout: CSR (or the CSR arrays of the transpose, for CSC), int32 indices, float64 values.
// Each kernel works on the rows [row0, row1): callers split long products into blocks of rows so
// that the engine's optimising compiler takes over after the first blocks (a WebAssembly call
// that has started in the baseline tier finishes there).

#include <wasm_simd128.h>

typedef int i32;
typedef double f64;

#define EXPORT(name) __attribute__((export_name(#name)))

// y = A x (row i: the dot product of its stored values with x at their column indices). Two
// accumulators per row hide the latency of the gathered loads; the order of the sums is fixed,
// so the result does not depend on anything but the input.
EXPORT(sp_csr_matvec) void sp_csr_matvec(i32 row0, i32 row1, const i32 *ip, const i32 *ix, const f64 *v, const f64 *x, f64 *y) {
  i32 k = ip[row0];
  for (i32 i = row0; i < row1; i++) {
    const i32 end = ip[i + 1];
    f64 s0 = 0, s1 = 0;
    for (; k + 1 < end; k += 2) {
      s0 += v[k] * x[ix[k]];
      s1 += v[k + 1] * x[ix[k + 1]];
    }
    if (k < end) {
      s0 += v[k] * x[ix[k]];
      k++;
    }
    y[i] = s0 + s1;
  }
}

// y += Aᵀ x from the CSR arrays of A (the scatter form; the caller zeroes y first).
EXPORT(sp_csr_rmatvec) void sp_csr_rmatvec(i32 row0, i32 row1, const i32 *ip, const i32 *ix, const f64 *v, const f64 *x, f64 *y) {
  for (i32 i = row0; i < row1; i++) {
    const f64 xi = x[i];
    const i32 end = ip[i + 1];
    for (i32 k = ip[i]; k < end; k++) y[ix[k]] += v[k] * xi;
  }
}

// First pass of Gustavson's SpGEMM C = A B: the row pointer of C (cp[row0 + 1 .. row1], with
// cp[row0] set) from the patterns of A and B. mask: one int32 per column of B, all -1 before the
// first block. Returns cp[row1], or -1 past 2^31 - 1.
EXPORT(sp_spgemm_count) f64 sp_spgemm_count(i32 row0, i32 row1, const i32 *ap, const i32 *aj, const i32 *bp, const i32 *bj, i32 *cp,
                    i32 *mask) {
  long long nnz = cp[row0];
  for (i32 i = row0; i < row1; i++) {
    const i32 a_end = ap[i + 1];
    for (i32 ka = ap[i]; ka < a_end; ka++) {
      const i32 j = aj[ka];
      const i32 b_end = bp[j + 1];
      for (i32 kb = bp[j]; kb < b_end; kb++) {
        const i32 c = bj[kb];
        if (mask[c] != i) {
          mask[c] = i;
          nnz++;
        }
      }
    }
    if (nnz > 0x7fffffff) return -1;
    cp[i + 1] = (i32)nnz;
  }
  return (f64)nnz;
}

// Second pass: C's column indices and values, columns of a row in the order they are first
// reached (unsorted). Entries that sum to exactly zero are dropped, as SciPy's product does, and
// cp[row0 + 1 .. row1] is rewritten with the row pointer of what is kept (cp[row0] must already
// be final: blocks run in order). pos: one int32 per column of B, all -1 before the first block
// (each row leaves it so).
EXPORT(sp_spgemm_fill) void sp_spgemm_fill(i32 row0, i32 row1, const i32 *ap, const i32 *aj, const f64 *ax, const i32 *bp,
                                           const i32 *bj, const f64 *bx, i32 *cp, i32 *cj, f64 *cx, i32 *pos) {
  i32 nnz = cp[row0];
  for (i32 i = row0; i < row1; i++) {
    const i32 row_start = nnz;
    const i32 a_end = ap[i + 1];
    for (i32 ka = ap[i]; ka < a_end; ka++) {
      const i32 j = aj[ka];
      const f64 a = ax[ka];
      const i32 b_end = bp[j + 1];
      for (i32 kb = bp[j]; kb < b_end; kb++) {
        const i32 c = bj[kb];
        const i32 p = pos[c];
        if (p < 0) {
          pos[c] = nnz;
          cj[nnz] = c;
          cx[nnz] = a * bx[kb];
          nnz++;
        } else {
          cx[p] += a * bx[kb];
        }
      }
    }
    i32 w = row_start;
    for (i32 p = row_start; p < nnz; p++) {
      const i32 c = cj[p];
      pos[c] = -1;
      if (cx[p] != 0) {
        cj[w] = c;
        cx[w] = cx[p];
        w++;
      }
    }
    nnz = w;
    cp[i + 1] = nnz;
  }
}

// x · y over n entries: one f64x2 accumulator, so lane 0 sums the even entries and lane 1 the odd
// ones, then lane 0 + lane 1 — the order of the TypeScript dot (src/linalg/iterative/vec.ts), so
// both give the same bits.
EXPORT(sp_dot) f64 sp_dot(i32 n, const f64 *x, const f64 *y) {
  v128_t acc = wasm_f64x2_splat(0);
  i32 i = 0;
  for (; i + 1 < n; i += 2) acc = wasm_f64x2_add(acc, wasm_f64x2_mul(wasm_v128_load(x + i), wasm_v128_load(y + i)));
  f64 s0 = wasm_f64x2_extract_lane(acc, 0);
  const f64 s1 = wasm_f64x2_extract_lane(acc, 1);
  if (i < n) s0 += x[i] * y[i];
  return s0 + s1;
}

// y += a x over n entries.
EXPORT(sp_axpy) void sp_axpy(i32 n, f64 a, const f64 *x, f64 *y) {
  const v128_t va = wasm_f64x2_splat(a);
  i32 i = 0;
  for (; i + 1 < n; i += 2) wasm_v128_store(y + i, wasm_f64x2_add(wasm_v128_load(y + i), wasm_f64x2_mul(va, wasm_v128_load(x + i))));
  if (i < n) y[i] += a * x[i];
}
