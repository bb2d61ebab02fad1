/* Stride's WebAssembly SIMD128 kernels for @stride/ndarray, working on arrays whose storage lives
 * in the ndarray heap (a WebAssembly.Memory this module imports; see src/core/heap.ts).
 *
 * Why wasm at all: V8 compiles a JavaScript typed-array loop to scalar code that, once the
 * operands no longer fit in L2, runs at ~1.8 ns per element on the machines we measure, while
 * the same loop in wasm (with 128-bit SIMD) streams at ~0.4 ns. Data cannot be copied into wasm
 * per call (the copies cost as much as the operation), so large arrays are allocated in the heap
 * and the kernels below run in place.
 *
 * Every kernel computes exactly what the JavaScript loops compute (IEEE-754 double/single
 * arithmetic, same order of operations), so results are bit-identical whichever path runs.
 * Pointers are byte addresses in the heap; strides are in elements.
 *
 * Built with clang's wasm32 target (scripts/build-kernels.mjs): no libc, imported memory.
 */
#include <stdint.h>
#include <wasm_simd128.h>

#define EXPORT(name) __attribute__((export_name(#name)))

enum { OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_DIV = 3, OP_MAX = 4, OP_MIN = 5 };

/* maximum/minimum as the JavaScript loops (and NumPy) define them: x when x > y (x < y) or x is
 * NaN, else y; so NaN propagates from either side and ties give y. */
#define S_MAX(x, y) ((x) > (y) || (x) != (x) ? (x) : (y))
#define S_MIN(x, y) ((x) < (y) || (x) != (x) ? (x) : (y))
#define wasm_f64x2_npmax(x, y) wasm_v128_bitselect(x, y, wasm_v128_or(wasm_f64x2_gt(x, y), wasm_f64x2_ne(x, x)))
#define wasm_f64x2_npmin(x, y) wasm_v128_bitselect(x, y, wasm_v128_or(wasm_f64x2_lt(x, y), wasm_f64x2_ne(x, x)))
#define wasm_f32x4_npmax(x, y) wasm_v128_bitselect(x, y, wasm_v128_or(wasm_f32x4_gt(x, y), wasm_f32x4_ne(x, x)))
#define wasm_f32x4_npmin(x, y) wasm_v128_bitselect(x, y, wasm_v128_or(wasm_f32x4_lt(x, y), wasm_f32x4_ne(x, x)))

/* ---------------------------------------------------------------- elementwise, contiguous */

#define BINARY_CONTIG(LANES, VOP, SOP)                                             \
  {                                                                                \
    int32_t i = 0;                                                                 \
    for (; i + 2 * LANES <= n; i += 2 * LANES) {                                   \
      v128_t x0 = wasm_v128_load(a + i), x1 = wasm_v128_load(a + i + LANES);       \
      v128_t y0 = wasm_v128_load(b + i), y1 = wasm_v128_load(b + i + LANES);       \
      wasm_v128_store(o + i, VOP(x0, y0));                                         \
      wasm_v128_store(o + i + LANES, VOP(x1, y1));                                 \
    }                                                                              \
    for (; i < n; i++) o[i] = SOP(a[i], b[i]);                                     \
  }

#define BINARY_AS(LANES, SPLAT, VOP, SOP)                                          \
  {                                                                                \
    v128_t y = SPLAT(s);                                                           \
    int32_t i = 0;                                                                 \
    for (; i + 2 * LANES <= n; i += 2 * LANES) {                                   \
      wasm_v128_store(o + i, VOP(wasm_v128_load(a + i), y));                       \
      wasm_v128_store(o + i + LANES, VOP(wasm_v128_load(a + i + LANES), y));       \
    }                                                                              \
    for (; i < n; i++) o[i] = SOP(a[i], s);                                        \
  }

#define BINARY_SA(LANES, SPLAT, VOP, SOP)                                          \
  {                                                                                \
    v128_t x = SPLAT(s);                                                           \
    int32_t i = 0;                                                                 \
    for (; i + 2 * LANES <= n; i += 2 * LANES) {                                   \
      wasm_v128_store(o + i, VOP(x, wasm_v128_load(b + i)));                       \
      wasm_v128_store(o + i + LANES, VOP(x, wasm_v128_load(b + i + LANES)));       \
    }                                                                              \
    for (; i < n; i++) o[i] = SOP(s, b[i]);                                        \
  }

#define S_ADD(x, y) ((x) + (y))
#define S_SUB(x, y) ((x) - (y))
#define S_MUL(x, y) ((x) * (y))
#define S_DIV(x, y) ((x) / (y))

/* BODY(VOP, SOP) once per operation. */
#define SWITCH_OP(BODY, PFX)                     \
  switch (op) {                                  \
    case OP_ADD: BODY(PFX##_add, S_ADD) break;   \
    case OP_SUB: BODY(PFX##_sub, S_SUB) break;   \
    case OP_MUL: BODY(PFX##_mul, S_MUL) break;   \
    case OP_DIV: BODY(PFX##_div, S_DIV) break;   \
    case OP_MAX: BODY(PFX##_npmax, S_MAX) break; \
    case OP_MIN: BODY(PFX##_npmin, S_MIN) break; \
    default: break;                              \
  }

#define C64(V, S) BINARY_CONTIG(2, V, S)
#define C32(V, S) BINARY_CONTIG(4, V, S)
#define AS64(V, S) BINARY_AS(2, wasm_f64x2_splat, V, S)
#define AS32(V, S) BINARY_AS(4, wasm_f32x4_splat, V, S)
#define SA64(V, S) BINARY_SA(2, wasm_f64x2_splat, V, S)
#define SA32(V, S) BINARY_SA(4, wasm_f32x4_splat, V, S)

/* o[i] = a[i] op b[i], i < n (o may alias a or b element for element). */
EXPORT(f64_binary) void f64_binary(int32_t op, const double *a, const double *b, double *o, int32_t n) {
  SWITCH_OP(C64, wasm_f64x2)
}
EXPORT(f32_binary) void f32_binary(int32_t op, const float *a, const float *b, float *o, int32_t n) {
  SWITCH_OP(C32, wasm_f32x4)
}
/* o[i] = a[i] op s */
EXPORT(f64_binary_as) void f64_binary_as(int32_t op, const double *a, double s, double *o, int32_t n) {
  SWITCH_OP(AS64, wasm_f64x2)
}
EXPORT(f32_binary_as) void f32_binary_as(int32_t op, const float *a, float s, float *o, int32_t n) {
  SWITCH_OP(AS32, wasm_f32x4)
}
/* o[i] = s op b[i] */
EXPORT(f64_binary_sa) void f64_binary_sa(int32_t op, double s, const double *b, double *o, int32_t n) {
  SWITCH_OP(SA64, wasm_f64x2)
}
EXPORT(f32_binary_sa) void f32_binary_sa(int32_t op, float s, const float *b, float *o, int32_t n) {
  SWITCH_OP(SA32, wasm_f32x4)
}

/* ---------------------------------------------------------------- unary, 1-D
 *
 * o[i * so] = f(a[i * sa]) for i < n: negative, absolute, sqrt, square, reciprocal, floor, ceil,
 * trunc, rint (the same IEEE operations as -x, Math.abs, Math.sqrt, x * x, 1 / x, Math.floor,
 * Math.ceil, Math.trunc and round-half-to-even in JavaScript). */
enum { U_NEG = 0, U_ABS = 1, U_SQRT = 2, U_SQUARE = 3, U_RECIP = 4, U_FLOOR = 5, U_CEIL = 6, U_TRUNC = 7, U_RINT = 8 };

#define UNARY_BODY(LANES, T, VNEG, VABS, VSQRT, VMUL, VDIV, SPLAT, PFX)                   \
  {                                                                                       \
    if (sa == 1 && so == 1) {                                                             \
      int32_t i = 0;                                                                      \
      v128_t one = SPLAT(1);                                                              \
      switch (op) {                                                                       \
        case U_NEG: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, VNEG(wasm_v128_load(a + i))); break; \
        case U_ABS: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, VABS(wasm_v128_load(a + i))); break; \
        case U_SQRT: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, VSQRT(wasm_v128_load(a + i))); break; \
        case U_SQUARE: for (; i + LANES <= n; i += LANES) { v128_t x = wasm_v128_load(a + i); wasm_v128_store(o + i, VMUL(x, x)); } break; \
        case U_FLOOR: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, PFX##_floor(wasm_v128_load(a + i))); break; \
        case U_CEIL: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, PFX##_ceil(wasm_v128_load(a + i))); break; \
        case U_TRUNC: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, PFX##_trunc(wasm_v128_load(a + i))); break; \
        case U_RINT: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, PFX##_nearest(wasm_v128_load(a + i))); break; \
        default: for (; i + LANES <= n; i += LANES) wasm_v128_store(o + i, VDIV(one, wasm_v128_load(a + i))); break; \
      }                                                                                   \
      for (; i < n; i++) o[i] = unary_s(op, a[i]);                                        \
      return;                                                                             \
    }                                                                                     \
    for (int32_t i = 0; i < n; i++) o[(int64_t)i * so] = unary_s(op, a[(int64_t)i * sa]); \
  }

static inline double unary_d(int32_t op, double x) {
  switch (op) {
    case U_NEG: return -x;
    case U_ABS: return __builtin_fabs(x);
    case U_SQRT: return __builtin_sqrt(x);
    case U_SQUARE: return x * x;
    case U_FLOOR: return __builtin_floor(x);
    case U_CEIL: return __builtin_ceil(x);
    case U_TRUNC: return __builtin_trunc(x);
    case U_RINT: return __builtin_rint(x);
    default: return 1.0 / x;
  }
}
static inline float unary_f(int32_t op, float x) {
  switch (op) {
    case U_NEG: return -x;
    case U_ABS: return __builtin_fabsf(x);
    case U_SQRT: return __builtin_sqrtf(x);
    case U_SQUARE: return x * x;
    case U_FLOOR: return __builtin_floorf(x);
    case U_CEIL: return __builtin_ceilf(x);
    case U_TRUNC: return __builtin_truncf(x);
    case U_RINT: return __builtin_rintf(x);
    default: return 1.0f / x;
  }
}

EXPORT(f64_unary) void f64_unary(int32_t op, const double *a, int32_t sa, double *o, int32_t so, int32_t n) {
#define unary_s unary_d
  UNARY_BODY(2, double, wasm_f64x2_neg, wasm_f64x2_abs, wasm_f64x2_sqrt, wasm_f64x2_mul, wasm_f64x2_div, wasm_f64x2_splat, wasm_f64x2)
#undef unary_s
}
EXPORT(f32_unary) void f32_unary(int32_t op, const float *a, int32_t sa, float *o, int32_t so, int32_t n) {
#define unary_s unary_f
  UNARY_BODY(4, float, wasm_f32x4_neg, wasm_f32x4_abs, wasm_f32x4_sqrt, wasm_f32x4_mul, wasm_f32x4_div, wasm_f32x4_splat, wasm_f32x4)
#undef unary_s
}

/* ---------------------------------------------------------------- elementwise, 2-D strided
 *
 * o[i, j] = a[i, j] op b[i, j] for i < n0, j < n1 with element strides (s0, s1) per operand.
 * When one input is read across its rows (a transposed view: inner stride != 1, outer stride 1)
 * while the other input and the output run along rows, the loop walks 2x2 tiles: two adjacent
 * elements of the transposed input's row are one vector load, and a lane shuffle of two such
 * loads gives the two output rows' pairs. The transposed tiles are TILE_I rows by TILE_J columns:
 * a 64-byte line of the transposed input holds eight rows' elements, so 16 rows use each line
 * fully while it is in L1, and 1024 columns keep that many lines live (measured on 1000x1000:
 * 16x1024 ran in 0.9-1.2 ms against 1.5-1.7 ms for 64x64 tiles). Everything else runs tiled
 * scalar code (TILE x TILE). */
#define TILE 64
#define TILE_I 16
#define TILE_J 1024

static inline double sop64(int32_t op, double x, double y) {
  switch (op) {
    case OP_ADD: return x + y;
    case OP_SUB: return x - y;
    case OP_MUL: return x * y;
    case OP_DIV: return x / y;
    case OP_MAX: return S_MAX(x, y);
    default: return S_MIN(x, y);
  }
}
static inline v128_t vop64(int32_t op, v128_t x, v128_t y) {
  switch (op) {
    case OP_ADD: return wasm_f64x2_add(x, y);
    case OP_SUB: return wasm_f64x2_sub(x, y);
    case OP_MUL: return wasm_f64x2_mul(x, y);
    case OP_DIV: return wasm_f64x2_div(x, y);
    case OP_MAX: return wasm_f64x2_npmax(x, y);
    default: return wasm_f64x2_npmin(x, y);
  }
}

/* Rows of a run along j (stride 1) with o; t is transposed (t[i, j] at t + i + j * tj).
 * tFirst: t is the left operand. */
static void f64_tiles_t(int32_t op, int tFirst, const double *r, int32_t r0, const double *t, int32_t tj, double *o,
                        int32_t o0, int32_t n0, int32_t n1) {
  for (int32_t ii = 0; ii < n0; ii += TILE_I) {
    int32_t ie = ii + TILE_I < n0 ? ii + TILE_I : n0;
    for (int32_t jj = 0; jj < n1; jj += TILE_J) {
      int32_t je = jj + TILE_J < n1 ? jj + TILE_J : n1;
      int32_t i = ii;
      for (; i + 2 <= ie; i += 2) {
        const double *ra = r + (int64_t)i * r0, *rb = ra + r0;
        double *oa = o + (int64_t)i * o0, *ob = oa + o0;
        int32_t j = jj;
        for (; j + 2 <= je; j += 2) {
          /* t[i, j], t[i+1, j] are adjacent; so are t[i, j+1], t[i+1, j+1]. */
          v128_t c0 = wasm_v128_load(t + i + (int64_t)j * tj);
          v128_t c1 = wasm_v128_load(t + i + (int64_t)(j + 1) * tj);
          v128_t rowA = wasm_i64x2_shuffle(c0, c1, 0, 2); /* t[i, j], t[i, j+1] */
          v128_t rowB = wasm_i64x2_shuffle(c0, c1, 1, 3); /* t[i+1, j], t[i+1, j+1] */
          v128_t xa = wasm_v128_load(ra + j), xb = wasm_v128_load(rb + j);
          if (tFirst) {
            wasm_v128_store(oa + j, vop64(op, rowA, xa));
            wasm_v128_store(ob + j, vop64(op, rowB, xb));
          } else {
            wasm_v128_store(oa + j, vop64(op, xa, rowA));
            wasm_v128_store(ob + j, vop64(op, xb, rowB));
          }
        }
        for (; j < je; j++) {
          double ta = t[i + (int64_t)j * tj], tb = t[i + 1 + (int64_t)j * tj];
          oa[j] = tFirst ? sop64(op, ta, ra[j]) : sop64(op, ra[j], ta);
          ob[j] = tFirst ? sop64(op, tb, rb[j]) : sop64(op, rb[j], tb);
        }
      }
      for (; i < ie; i++) {
        const double *ra = r + (int64_t)i * r0;
        double *oa = o + (int64_t)i * o0;
        for (int32_t j = jj; j < je; j++) {
          double tv = t[i + (int64_t)j * tj];
          oa[j] = tFirst ? sop64(op, tv, ra[j]) : sop64(op, ra[j], tv);
        }
      }
    }
  }
}

EXPORT(f64_binary2d)
void f64_binary2d(int32_t op, const double *a, int32_t a0, int32_t a1, const double *b, int32_t b0, int32_t b1, double *o,
                  int32_t o0, int32_t o1, int32_t n0, int32_t n1) {
  if (o1 == 1 && a1 == 1 && b0 == 1 && b1 != 1) {
    f64_tiles_t(op, 0, a, a0, b, b1, o, o0, n0, n1);
    return;
  }
  if (o1 == 1 && b1 == 1 && a0 == 1 && a1 != 1) {
    f64_tiles_t(op, 1, b, b0, a, a1, o, o0, n0, n1);
    return;
  }
  if (o1 == 1 && a1 == 1 && b1 == 1) {
    for (int32_t i = 0; i < n0; i++) {
      const double *ra = a + (int64_t)i * a0, *rb = b + (int64_t)i * b0;
      double *ro = o + (int64_t)i * o0;
      f64_binary(op, ra, rb, ro, n1);
    }
    return;
  }
  for (int32_t ii = 0; ii < n0; ii += TILE) {
    int32_t ie = ii + TILE < n0 ? ii + TILE : n0;
    for (int32_t jj = 0; jj < n1; jj += TILE) {
      int32_t je = jj + TILE < n1 ? jj + TILE : n1;
      for (int32_t i = ii; i < ie; i++) {
        for (int32_t j = jj; j < je; j++) {
          o[(int64_t)i * o0 + (int64_t)j * o1] = sop64(op, a[(int64_t)i * a0 + (int64_t)j * a1], b[(int64_t)i * b0 + (int64_t)j * b1]);
        }
      }
    }
  }
}

/* ---------------------------------------------------------------- int32 arithmetic
 *
 * add, subtract, multiply with two's-complement wrap-around ((a + b) | 0 and Math.imul in
 * JavaScript, NumPy's int32 overflow behaviour). */
#define I_ADD(x, y) ((int32_t)((uint32_t)(x) + (uint32_t)(y)))
#define I_SUB(x, y) ((int32_t)((uint32_t)(x) - (uint32_t)(y)))
#define I_MUL(x, y) ((int32_t)((uint32_t)(x) * (uint32_t)(y)))

#define SWITCH_IOP(BODY)                                   \
  switch (op) {                                            \
    case OP_ADD: BODY(wasm_i32x4_add, I_ADD) break;        \
    case OP_SUB: BODY(wasm_i32x4_sub, I_SUB) break;        \
    case OP_MUL: BODY(wasm_i32x4_mul, I_MUL) break;        \
    default: break;                                        \
  }
#define CI32(V, S) BINARY_CONTIG(4, V, S)
#define ASI32(V, S) BINARY_AS(4, wasm_i32x4_splat, V, S)
#define SAI32(V, S) BINARY_SA(4, wasm_i32x4_splat, V, S)

EXPORT(i32_binary) void i32_binary(int32_t op, const int32_t *a, const int32_t *b, int32_t *o, int32_t n) {
  SWITCH_IOP(CI32)
}
EXPORT(i32_binary_as) void i32_binary_as(int32_t op, const int32_t *a, int32_t s, int32_t *o, int32_t n) {
  SWITCH_IOP(ASI32)
}
EXPORT(i32_binary_sa) void i32_binary_sa(int32_t op, int32_t s, const int32_t *b, int32_t *o, int32_t n) {
  SWITCH_IOP(SAI32)
}

/* ---------------------------------------------------------------- complex128 arithmetic
 *
 * Interleaved (re, im) pairs, one complex per vector. add/subtract are lane-wise; multiply
 * computes re = xr*yr - xi*yi and im = xr*yi + xi*yr with the same products and the same
 * additions as the JavaScript loop (no fused multiply-add exists in SIMD128). n counts complex
 * elements. */
static inline v128_t cmul(v128_t x, v128_t y) {
  v128_t yr = wasm_i64x2_shuffle(y, y, 0, 0), yi = wasm_i64x2_shuffle(y, y, 1, 1);
  v128_t xs = wasm_i64x2_shuffle(x, x, 1, 0);      /* (xi, xr) */
  v128_t v = wasm_f64x2_mul(x, yr);                /* (xr*yr, xi*yr) */
  v128_t w = wasm_f64x2_mul(xs, yi);               /* (xi*yi, xr*yi) */
  v128_t d = wasm_f64x2_sub(v, w);                 /* (xr*yr - xi*yi, -) */
  v128_t t = wasm_f64x2_add(w, v);                 /* (-, xr*yi + xi*yr) */
  return wasm_i64x2_shuffle(d, t, 0, 3);
}
static inline v128_t cop(int32_t op, v128_t x, v128_t y) {
  switch (op) {
    case OP_ADD: return wasm_f64x2_add(x, y);
    case OP_SUB: return wasm_f64x2_sub(x, y);
    default: return cmul(x, y);
  }
}
EXPORT(c128_binary) void c128_binary(int32_t op, const double *a, const double *b, double *o, int32_t n) {
  if (op == OP_ADD || op == OP_SUB) {
    f64_binary(op, a, b, o, 2 * n);
    return;
  }
  for (int32_t i = 0; i < n; i++) wasm_v128_store(o + 2 * i, cmul(wasm_v128_load(a + 2 * i), wasm_v128_load(b + 2 * i)));
}
EXPORT(c128_binary_as) void c128_binary_as(int32_t op, const double *a, double sr, double si, double *o, int32_t n) {
  v128_t y = wasm_f64x2_make(sr, si);
  for (int32_t i = 0; i < n; i++) wasm_v128_store(o + 2 * i, cop(op, wasm_v128_load(a + 2 * i), y));
}
EXPORT(c128_binary_sa) void c128_binary_sa(int32_t op, double sr, double si, const double *b, double *o, int32_t n) {
  v128_t x = wasm_f64x2_make(sr, si);
  for (int32_t i = 0; i < n; i++) wasm_v128_store(o + 2 * i, cop(op, x, wasm_v128_load(b + 2 * i)));
}

/* ---------------------------------------------------------------- comparisons
 *
 * o[i] = (a[i] cmp b[i]) as 0/1 bytes (bool arrays): ==, !=, <, <=, >, >= with IEEE semantics
 * (every comparison with NaN is false except !=). Lane masks are narrowed to bytes 16 at a
 * time. */
enum { C_EQ = 0, C_NE = 1, C_LT = 2, C_LE = 3, C_GT = 4, C_GE = 5 };

static inline int cmps(int32_t op, double x, double y) {
  switch (op) {
    case C_EQ: return x == y;
    case C_NE: return x != y;
    case C_LT: return x < y;
    case C_LE: return x <= y;
    case C_GT: return x > y;
    default: return x >= y;
  }
}
/* Four i32x4 masks (all ones / zero per lane) to 16 bytes of 0/1. */
static inline v128_t bytes_of(v128_t m0, v128_t m1, v128_t m2, v128_t m3) {
  v128_t h0 = wasm_i16x8_narrow_i32x4(m0, m1), h1 = wasm_i16x8_narrow_i32x4(m2, m3);
  return wasm_v128_and(wasm_i8x16_narrow_i16x8(h0, h1), wasm_i8x16_splat(1));
}
/* Two i64x2 masks to one i32x4 mask. */
static inline v128_t pack64(v128_t m0, v128_t m1) { return wasm_i32x4_shuffle(m0, m1, 0, 2, 4, 6); }

/* The loops are generated per comparison and operand mode (array/array, array/scalar,
 * scalar/array) so that neither choice is made inside the loop. */
#define LD(P, K) wasm_v128_load((P) + i + (K))
#define CMP64_LOOP(VCMP, XA, XB)                                                        \
  for (; i + 16 <= n; i += 16) {                                                        \
    v128_t m0 = VCMP(XA(0), XB(0)), m1 = VCMP(XA(2), XB(2)), m2 = VCMP(XA(4), XB(4));   \
    v128_t m3 = VCMP(XA(6), XB(6)), m4 = VCMP(XA(8), XB(8)), m5 = VCMP(XA(10), XB(10)); \
    v128_t m6 = VCMP(XA(12), XB(12)), m7 = VCMP(XA(14), XB(14));                        \
    wasm_v128_store(o + i, bytes_of(pack64(m0, m1), pack64(m2, m3), pack64(m4, m5), pack64(m6, m7))); \
  }
#define CMP32_LOOP(VCMP, XA, XB)                                                             \
  for (; i + 16 <= n; i += 16) {                                                             \
    v128_t m0 = VCMP(XA(0), XB(0)), m1 = VCMP(XA(4), XB(4)), m2 = VCMP(XA(8), XB(8));        \
    v128_t m3 = VCMP(XA(12), XB(12));                                                        \
    wasm_v128_store(o + i, bytes_of(m0, m1, m2, m3));                                        \
  }
#define VA(K) LD(a, K)
#define VB(K) LD(b, K)
#define VS(K) sv
#define CMP_SWITCH(LOOP, PFX, XA, XB)                 \
  switch (op) {                                       \
    case C_EQ: LOOP(PFX##_eq, XA, XB) break;          \
    case C_NE: LOOP(PFX##_ne, XA, XB) break;          \
    case C_LT: LOOP(PFX##_lt, XA, XB) break;          \
    case C_LE: LOOP(PFX##_le, XA, XB) break;          \
    case C_GT: LOOP(PFX##_gt, XA, XB) break;          \
    default: LOOP(PFX##_ge, XA, XB) break;            \
  }

/* mode 0: a[i] vs b[i]; 1: a[i] vs s; 2: s vs b[i] */
static void cmp64_run(int32_t op, int mode, const double *a, const double *b, double s, uint8_t *o, int32_t n) {
  v128_t sv = wasm_f64x2_splat(s);
  int32_t i = 0;
  if (mode == 0) CMP_SWITCH(CMP64_LOOP, wasm_f64x2, VA, VB)
  else if (mode == 1) CMP_SWITCH(CMP64_LOOP, wasm_f64x2, VA, VS)
  else CMP_SWITCH(CMP64_LOOP, wasm_f64x2, VS, VB)
  for (; i < n; i++) o[i] = (uint8_t)cmps(op, mode == 2 ? s : a[i], mode == 1 ? s : b[i]);
}
static void cmp32_run(int32_t op, int mode, const float *a, const float *b, float s, uint8_t *o, int32_t n) {
  v128_t sv = wasm_f32x4_splat(s);
  int32_t i = 0;
  if (mode == 0) CMP_SWITCH(CMP32_LOOP, wasm_f32x4, VA, VB)
  else if (mode == 1) CMP_SWITCH(CMP32_LOOP, wasm_f32x4, VA, VS)
  else CMP_SWITCH(CMP32_LOOP, wasm_f32x4, VS, VB)
  for (; i < n; i++) o[i] = (uint8_t)cmps(op, mode == 2 ? s : a[i], mode == 1 ? s : b[i]);
}
EXPORT(f64_cmp) void f64_cmp(int32_t op, const double *a, const double *b, uint8_t *o, int32_t n) { cmp64_run(op, 0, a, b, 0, o, n); }
EXPORT(f64_cmp_as) void f64_cmp_as(int32_t op, const double *a, double s, uint8_t *o, int32_t n) { cmp64_run(op, 1, a, 0, s, o, n); }
EXPORT(f64_cmp_sa) void f64_cmp_sa(int32_t op, double s, const double *b, uint8_t *o, int32_t n) { cmp64_run(op, 2, 0, b, s, o, n); }
EXPORT(f32_cmp) void f32_cmp(int32_t op, const float *a, const float *b, uint8_t *o, int32_t n) { cmp32_run(op, 0, a, b, 0, o, n); }
EXPORT(f32_cmp_as) void f32_cmp_as(int32_t op, const float *a, float s, uint8_t *o, int32_t n) { cmp32_run(op, 1, a, 0, s, o, n); }
EXPORT(f32_cmp_sa) void f32_cmp_sa(int32_t op, float s, const float *b, uint8_t *o, int32_t n) { cmp32_run(op, 2, 0, b, s, o, n); }

/* ---------------------------------------------------------------- predicates
 *
 * o[i] = isnan / isinf / isfinite of a[i] as 0/1 bytes (x != x, |x| == inf, |x| < inf). */
enum { P_ISNAN = 0, P_ISINF = 1, P_ISFINITE = 2 };

static inline int pred_s(int32_t op, double x) {
  switch (op) {
    case P_ISNAN: return x != x;
    case P_ISINF: return __builtin_fabs(x) == __builtin_inf();
    default: return __builtin_fabs(x) < __builtin_inf();
  }
}
#define PRED64(M) (op == P_ISNAN ? wasm_f64x2_ne(M, M) : op == P_ISINF ? wasm_f64x2_eq(wasm_f64x2_abs(M), inf) : wasm_f64x2_lt(wasm_f64x2_abs(M), inf))
#define PRED32(M) (op == P_ISNAN ? wasm_f32x4_ne(M, M) : op == P_ISINF ? wasm_f32x4_eq(wasm_f32x4_abs(M), inf) : wasm_f32x4_lt(wasm_f32x4_abs(M), inf))
EXPORT(f64_pred) void f64_pred(int32_t op, const double *a, uint8_t *o, int32_t n) {
  const v128_t inf = wasm_f64x2_splat(__builtin_inf());
  int32_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t m[8];
    for (int k = 0; k < 8; k++) {
      v128_t x = wasm_v128_load(a + i + 2 * k);
      m[k] = PRED64(x);
    }
    wasm_v128_store(o + i, bytes_of(pack64(m[0], m[1]), pack64(m[2], m[3]), pack64(m[4], m[5]), pack64(m[6], m[7])));
  }
  for (; i < n; i++) o[i] = (uint8_t)pred_s(op, a[i]);
}
EXPORT(f32_pred) void f32_pred(int32_t op, const float *a, uint8_t *o, int32_t n) {
  const v128_t inf = wasm_f32x4_splat(__builtin_inff());
  int32_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t m[4];
    for (int k = 0; k < 4; k++) {
      v128_t x = wasm_v128_load(a + i + 4 * k);
      m[k] = PRED32(x);
    }
    wasm_v128_store(o + i, bytes_of(m[0], m[1], m[2], m[3]));
  }
  for (; i < n; i++) o[i] = (uint8_t)pred_s(op, a[i]);
}

/* ---------------------------------------------------------------- conversions (astype)
 *
 * Contiguous runs: float64 -> float32 (round to nearest, as a Float32Array store), float32 ->
 * float64 and int32 -> float64 (exact), int32 -> float32 (round to nearest). */
enum { V_F64_F32 = 0, V_F32_F64 = 1, V_I32_F64 = 2, V_I32_F32 = 3 };
EXPORT(convert) void convert(int32_t kind, const void *src, void *dst, int32_t n) {
  int32_t i = 0;
  switch (kind) {
    case V_F64_F32: {
      const double *s = src;
      float *d = dst;
      for (; i + 4 <= n; i += 4) {
        v128_t lo = wasm_f32x4_demote_f64x2_zero(wasm_v128_load(s + i));
        v128_t hi = wasm_f32x4_demote_f64x2_zero(wasm_v128_load(s + i + 2));
        wasm_v128_store(d + i, wasm_i64x2_shuffle(lo, hi, 0, 2));
      }
      for (; i < n; i++) d[i] = (float)s[i];
      break;
    }
    case V_F32_F64: {
      const float *s = src;
      double *d = dst;
      for (; i + 4 <= n; i += 4) {
        v128_t x = wasm_v128_load(s + i);
        wasm_v128_store(d + i, wasm_f64x2_promote_low_f32x4(x));
        wasm_v128_store(d + i + 2, wasm_f64x2_promote_low_f32x4(wasm_i64x2_shuffle(x, x, 1, 0)));
      }
      for (; i < n; i++) d[i] = s[i];
      break;
    }
    case V_I32_F64: {
      const int32_t *s = src;
      double *d = dst;
      for (; i + 4 <= n; i += 4) {
        v128_t x = wasm_v128_load(s + i);
        wasm_v128_store(d + i, wasm_f64x2_convert_low_i32x4(x));
        wasm_v128_store(d + i + 2, wasm_f64x2_convert_low_i32x4(wasm_i64x2_shuffle(x, x, 1, 0)));
      }
      for (; i < n; i++) d[i] = s[i];
      break;
    }
    default: {
      const int32_t *s = src;
      float *d = dst;
      for (; i + 4 <= n; i += 4) wasm_v128_store(d + i, wasm_f32x4_convert_i32x4(wasm_v128_load(s + i)));
      for (; i < n; i++) d[i] = (float)s[i];
      break;
    }
  }
}

/* ---------------------------------------------------------------- column sums (axis reductions)
 *
 * y[k] += x[k] (one row) and y[k] = ((y[k] + r0[k]) + r1[k]) + ... + r7[k] (eight rows rs
 * elements apart): the order the JavaScript reduction kernels add in, for sums over a leading
 * axis (mean(axis=0) and the like). float32 data accumulates in float32 here. */
EXPORT(f64_acc) void f64_acc(const double *x, double *y, int32_t n) { f64_binary(OP_ADD, y, x, y, n); }
EXPORT(f32_acc) void f32_acc(const float *x, float *y, int32_t n) { f32_binary(OP_ADD, y, x, y, n); }
EXPORT(f64_acc8) void f64_acc8(const double *x, int32_t rs, double *y, int32_t n) {
  int32_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const double *p = x + i;
    v128_t a = wasm_v128_load(y + i);
    for (int r = 0; r < 8; r++) a = wasm_f64x2_add(a, wasm_v128_load(p + (int64_t)r * rs));
    wasm_v128_store(y + i, a);
  }
  for (; i < n; i++) {
    double a = y[i];
    for (int r = 0; r < 8; r++) a += x[i + (int64_t)r * rs];
    y[i] = a;
  }
}
EXPORT(f32_acc8) void f32_acc8(const float *x, int32_t rs, float *y, int32_t n) {
  int32_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const float *p = x + i;
    v128_t a = wasm_v128_load(y + i);
    for (int r = 0; r < 8; r++) a = wasm_f32x4_add(a, wasm_v128_load(p + (int64_t)r * rs));
    wasm_v128_store(y + i, a);
  }
  for (; i < n; i++) {
    float a = y[i];
    for (int r = 0; r < 8; r++) a += x[i + (int64_t)r * rs];
    y[i] = a;
  }
}

/* ---------------------------------------------------------------- max / min, argmax / argmin
 *
 * The JavaScript lanes fold four interleaved running extremes (element k goes to lane k % 4,
 * replaced only by a strictly greater value), combine them as (m1 > m0 ? m1 : m0) against
 * (m3 > m2 ? m3 : m2) and finish the tail in order; any NaN sends them to a plain in-order scan
 * that returns the first NaN. The vector loops below do exactly that with lanes (m0, m1) and
 * (m2, m3), so -0/+0 ties and NaN payloads come out the same. */
#define EXT_SCALAR(T, X, N, ISMIN)                          \
  {                                                         \
    T m = X[0];                                             \
    if (m != m) return m;                                   \
    for (int32_t k = 1; k < N; k++) {                       \
      T v = X[k];                                           \
      if (ISMIN ? !(v > m) : !(v < m)) {                    \
        if (v != v) return v;                               \
        m = v;                                              \
      }                                                     \
    }                                                       \
    return m;                                               \
  }

/* The JavaScript lanes' final step: (m1 > m0 ? m1 : m0) against (m3 > m2 ? m3 : m2), then the
 * tail from j in order (NaN-free here). */
static inline __attribute__((always_inline)) double fold4_64(v128_t m01, v128_t m23, const double *x, int32_t j,
                                                            int32_t n, int isMin) {
  double m0 = wasm_f64x2_extract_lane(m01, 0), m1 = wasm_f64x2_extract_lane(m01, 1);
  double m2 = wasm_f64x2_extract_lane(m23, 0), m3 = wasm_f64x2_extract_lane(m23, 1);
  double m, mm;
  if (isMin) {
    m = m1 < m0 ? m1 : m0;
    mm = m3 < m2 ? m3 : m2;
    if (mm < m) m = mm;
  } else {
    m = m1 > m0 ? m1 : m0;
    mm = m3 > m2 ? m3 : m2;
    if (mm > m) m = mm;
  }
  for (; j < n; j++) {
    double v = x[j];
    if (v != v) return v;
    if (isMin ? v < m : v > m) m = v;
  }
  return m;
}

/* The exact four-lane fold (used as is when the fast one below cannot decide). */
static inline __attribute__((always_inline)) double ext64_exact(const double *x, int32_t n, int isMin) {
  if (n >= 16) {
    v128_t m01 = wasm_v128_load(x), m23 = wasm_v128_load(x + 2);
    v128_t bad = wasm_v128_or(wasm_f64x2_ne(m01, m01), wasm_f64x2_ne(m23, m23));
    int32_t e = n - (n % 4), j = 4;
    for (; j < e; j += 4) {
      v128_t a = wasm_v128_load(x + j), c = wasm_v128_load(x + j + 2);
      m01 = isMin ? wasm_f64x2_pmin(m01, a) : wasm_f64x2_pmax(m01, a);
      m23 = isMin ? wasm_f64x2_pmin(m23, c) : wasm_f64x2_pmax(m23, c);
      bad = wasm_v128_or(bad, wasm_v128_or(wasm_f64x2_ne(a, a), wasm_f64x2_ne(c, c)));
    }
    /* A NaN anywhere: the scalar scan below finds the first one, as the JavaScript lane does
     * (its early exit only saves time). */
    if (!wasm_v128_any_true(bad)) return fold4_64(m01, m23, x, j, n, isMin);
  }
  EXT_SCALAR(double, x, n, isMin)
}

/* Eight running extremes (two per original lane: elements k and k + 4 mod 8) break the
 * loop-carried dependency; merging each pair by "strictly greater wins" gives the four-lane
 * values except when a pair ties on values that differ in bits, which for non-NaN values means
 * -0 against +0. That can only change the result when the result is zero: then the exact fold
 * runs. */
static inline __attribute__((always_inline)) double ext64(const double *x, int32_t n, int isMin) {
  if (n < 32) return ext64_exact(x, n, isMin);
  v128_t v0 = wasm_v128_load(x), v1 = wasm_v128_load(x + 2), v2 = wasm_v128_load(x + 4), v3 = wasm_v128_load(x + 6);
  v128_t bad = wasm_v128_or(wasm_v128_or(wasm_f64x2_ne(v0, v0), wasm_f64x2_ne(v1, v1)),
                            wasm_v128_or(wasm_f64x2_ne(v2, v2), wasm_f64x2_ne(v3, v3)));
  int32_t e = n - (n % 4), j = 8;
#define STEP(V, K)                                                                  \
  {                                                                                 \
    v128_t a = wasm_v128_load(x + j + (K));                                         \
    V = isMin ? wasm_f64x2_pmin(V, a) : wasm_f64x2_pmax(V, a);                       \
    bad = wasm_v128_or(bad, wasm_f64x2_ne(a, a));                                   \
  }
  for (; j + 8 <= e; j += 8) {
    STEP(v0, 0) STEP(v1, 2) STEP(v2, 4) STEP(v3, 6)
  }
  if (j + 4 <= e) {
    STEP(v0, 0) STEP(v1, 2)
    j += 4;
  }
#undef STEP
  if (wasm_v128_any_true(bad)) return ext64_exact(x, n, isMin);
  v128_t m01 = isMin ? wasm_f64x2_pmin(v0, v2) : wasm_f64x2_pmax(v0, v2);
  v128_t m23 = isMin ? wasm_f64x2_pmin(v1, v3) : wasm_f64x2_pmax(v1, v3);
  double m = fold4_64(m01, m23, x, j, n, isMin);
  return m == 0 ? ext64_exact(x, n, isMin) : m;
}

static inline __attribute__((always_inline)) float ext32(const float *x, int32_t n, int isMin) {
  if (n >= 16) {
    v128_t m = wasm_v128_load(x);
    v128_t bad = wasm_f32x4_ne(m, m);
    if (!wasm_v128_any_true(bad)) {
      int32_t e = n - (n % 4), j = 4;
      for (; j < e; j += 4) {
        v128_t a = wasm_v128_load(x + j);
        m = isMin ? wasm_f32x4_pmin(m, a) : wasm_f32x4_pmax(m, a);
        bad = wasm_v128_or(bad, wasm_f32x4_ne(a, a));
      }
      if (!wasm_v128_any_true(bad)) {
        float m0 = wasm_f32x4_extract_lane(m, 0), m1 = wasm_f32x4_extract_lane(m, 1);
        float m2 = wasm_f32x4_extract_lane(m, 2), m3 = wasm_f32x4_extract_lane(m, 3);
        float r, rr;
        if (isMin) {
          r = m1 < m0 ? m1 : m0;
          rr = m3 < m2 ? m3 : m2;
          if (rr < r) r = rr;
        } else {
          r = m1 > m0 ? m1 : m0;
          rr = m3 > m2 ? m3 : m2;
          if (rr > r) r = rr;
        }
        for (; j < n; j++) {
          float v = x[j];
          if (v != v) return v;
          if (isMin ? v < r : v > r) r = v;
        }
        return r;
      }
    }
  }
  EXT_SCALAR(float, x, n, isMin)
}

EXPORT(f64_max) double f64_max(const double *x, int32_t n) { return ext64(x, n, 0); }
EXPORT(f64_min) double f64_min(const double *x, int32_t n) { return ext64(x, n, 1); }
EXPORT(f32_max) float f32_max(const float *x, int32_t n) { return ext32(x, n, 0); }
EXPORT(f32_min) float f32_min(const float *x, int32_t n) { return ext32(x, n, 1); }

/* argmax/argmin: the first index holding the extreme (equal values, -0 and +0 included, keep
 * the first), or the first NaN's index. Two passes: the extreme (NaN if any NaN occurs),
 * then the first index equal to it (or, when the extreme is NaN, the first NaN). */
#define ARG_BODY(T, VT, LANES, EXT)                                                  \
  {                                                                                  \
    if (n <= 0) return 0;                                                            \
    T m = EXT(x, n, isMin);                                                          \
    if (m != m) {                                                                    \
      for (int32_t k = 0; k < n; k++)                                                \
        if (x[k] != x[k]) return k;                                                  \
    }                                                                                \
    v128_t mv = VT##_splat(m);                                                       \
    int32_t i = 0;                                                                   \
    for (; i + 4 * LANES <= n; i += 4 * LANES) {                                     \
      v128_t e0 = VT##_eq(wasm_v128_load(x + i), mv);                                \
      v128_t e1 = VT##_eq(wasm_v128_load(x + i + LANES), mv);                        \
      v128_t e2 = VT##_eq(wasm_v128_load(x + i + 2 * LANES), mv);                    \
      v128_t e3 = VT##_eq(wasm_v128_load(x + i + 3 * LANES), mv);                    \
      if (wasm_v128_any_true(wasm_v128_or(wasm_v128_or(e0, e1), wasm_v128_or(e2, e3)))) break; \
    }                                                                                \
    for (; i < n; i++)                                                               \
      if (x[i] == m) return i;                                                       \
    return 0;                                                                        \
  }
EXPORT(f64_arg) int32_t f64_arg(const double *x, int32_t n, int32_t isMin) ARG_BODY(double, wasm_f64x2, 2, ext64)
EXPORT(f32_arg) int32_t f32_arg(const float *x, int32_t n, int32_t isMin) ARG_BODY(float, wasm_f32x4, 4, ext32)

/* ---------------------------------------------------------------- masks: where, compress
 *
 * Bool arrays hold 0/1 bytes; any nonzero byte counts as true. */

/* 16 mask bytes to lane masks: bytes -> 0x00/0xff -> widened to 16, 32 and 64 bits. */
static inline v128_t mask8(const uint8_t *c) {
  return wasm_i8x16_ne(wasm_v128_load(c), wasm_i8x16_splat(0));
}

/* o[i] = c[i] ? x[i] : y[i], x and/or y possibly a broadcast value (mode bit 0: x, bit 1: y). */
EXPORT(f64_where)
void f64_where(const uint8_t *c, const double *x, const double *y, double *o, int32_t n, int32_t mode, double xs,
               double ys) {
  v128_t vx = wasm_f64x2_splat(xs), vy = wasm_f64x2_splat(ys);
  int32_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t m8 = mask8(c + i);
    v128_t m16[2] = {wasm_i16x8_extend_low_i8x16(m8), wasm_i16x8_extend_high_i8x16(m8)};
    for (int h = 0; h < 2; h++) {
      v128_t m32[2] = {wasm_i32x4_extend_low_i16x8(m16[h]), wasm_i32x4_extend_high_i16x8(m16[h])};
      for (int q = 0; q < 2; q++) {
        v128_t m64[2] = {wasm_i64x2_extend_low_i32x4(m32[q]), wasm_i64x2_extend_high_i32x4(m32[q])};
        for (int e = 0; e < 2; e++) {
          int32_t k = i + 8 * h + 4 * q + 2 * e;
          v128_t a = (mode & 1) ? vx : wasm_v128_load(x + k);
          v128_t b = (mode & 2) ? vy : wasm_v128_load(y + k);
          wasm_v128_store(o + k, wasm_v128_bitselect(a, b, m64[e]));
        }
      }
    }
  }
  for (; i < n; i++) o[i] = c[i] ? ((mode & 1) ? xs : x[i]) : ((mode & 2) ? ys : y[i]);
}

EXPORT(f32_where)
void f32_where(const uint8_t *c, const float *x, const float *y, float *o, int32_t n, int32_t mode, float xs, float ys) {
  v128_t vx = wasm_f32x4_splat(xs), vy = wasm_f32x4_splat(ys);
  int32_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t m8 = mask8(c + i);
    v128_t m16[2] = {wasm_i16x8_extend_low_i8x16(m8), wasm_i16x8_extend_high_i8x16(m8)};
    for (int h = 0; h < 2; h++) {
      v128_t m32[2] = {wasm_i32x4_extend_low_i16x8(m16[h]), wasm_i32x4_extend_high_i16x8(m16[h])};
      for (int q = 0; q < 2; q++) {
        int32_t k = i + 8 * h + 4 * q;
        v128_t a = (mode & 1) ? vx : wasm_v128_load(x + k);
        v128_t b = (mode & 2) ? vy : wasm_v128_load(y + k);
        wasm_v128_store(o + k, wasm_v128_bitselect(a, b, m32[q]));
      }
    }
  }
  for (; i < n; i++) o[i] = c[i] ? ((mode & 1) ? xs : x[i]) : ((mode & 2) ? ys : y[i]);
}

/* Number of nonzero bytes. */
EXPORT(count_true) int32_t count_true(const uint8_t *c, int32_t n) {
  int32_t i = 0, total = 0;
  while (i + 16 <= n) {
    /* Up to 255 blocks per byte-wise partial sum before it could overflow. */
    v128_t acc = wasm_i8x16_splat(0);
    int32_t end = i + 16 * 255 < n ? i + 16 * 255 : n;
    for (; i + 16 <= end; i += 16) acc = wasm_i8x16_sub(acc, mask8(c + i));
    v128_t w = wasm_u16x8_extadd_pairwise_u8x16(acc);
    v128_t d = wasm_u32x4_extadd_pairwise_u16x8(w);
    total += wasm_i32x4_extract_lane(d, 0) + wasm_i32x4_extract_lane(d, 1) + wasm_i32x4_extract_lane(d, 2) +
             wasm_i32x4_extract_lane(d, 3);
  }
  for (; i < n; i++) total += c[i] != 0;
  return total;
}

/* o = the elements of x (item bytes each) where c is nonzero, in order; returns their count.
 * Branch-free: every element is written, the output position only advances on true. */
EXPORT(compress) int32_t compress(const uint8_t *c, const uint8_t *x, uint8_t *o, int32_t n, int32_t item) {
  int32_t j = 0;
  switch (item) {
    case 8: {
      const uint64_t *s = (const uint64_t *)x;
      uint64_t *d = (uint64_t *)o;
      for (int32_t i = 0; i < n; i++) {
        d[j] = s[i];
        j += c[i] != 0;
      }
      /* the last write may land one past the count: the caller's buffer has room for n */
      break;
    }
    case 4: {
      const uint32_t *s = (const uint32_t *)x;
      uint32_t *d = (uint32_t *)o;
      for (int32_t i = 0; i < n; i++) {
        d[j] = s[i];
        j += c[i] != 0;
      }
      break;
    }
    default:
      for (int32_t i = 0; i < n; i++) {
        if (c[i]) {
          for (int32_t b = 0; b < item; b++) o[(int64_t)j * item + b] = x[(int64_t)i * item + b];
          j++;
        }
      }
      break;
  }
  return j;
}

/* ---------------------------------------------------------------- pairwise sums
 *
 * NumPy's pairwise summation, operation for operation: fewer than 8 elements add in order from
 * -0.0; up to 128 use eight accumulators r0..r7 (here four vectors holding (r0, r1), (r2, r3),
 * (r4, r5), (r6, r7)) combined as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) plus the
 * tail in order; longer runs split at n/2 rounded down to a multiple of 8 and recurse. Lane-wise
 * vector adds are the same IEEE additions as the scalar ones, so results are bit-identical to
 * NumPy's (and to our JavaScript kernels). */
static double sum64(const double *x, int32_t n) {
  if (n < 8) {
    double s = -0.0;
    for (int32_t i = 0; i < n; i++) s += x[i];
    return s;
  }
  if (n <= 128) {
    v128_t v0 = wasm_v128_load(x), v1 = wasm_v128_load(x + 2), v2 = wasm_v128_load(x + 4), v3 = wasm_v128_load(x + 6);
    int32_t nm = n - (n % 8);
    for (int32_t j = 8; j < nm; j += 8) {
      v0 = wasm_f64x2_add(v0, wasm_v128_load(x + j));
      v1 = wasm_f64x2_add(v1, wasm_v128_load(x + j + 2));
      v2 = wasm_f64x2_add(v2, wasm_v128_load(x + j + 4));
      v3 = wasm_f64x2_add(v3, wasm_v128_load(x + j + 6));
    }
    double r01 = wasm_f64x2_extract_lane(v0, 0) + wasm_f64x2_extract_lane(v0, 1);
    double r23 = wasm_f64x2_extract_lane(v1, 0) + wasm_f64x2_extract_lane(v1, 1);
    double r45 = wasm_f64x2_extract_lane(v2, 0) + wasm_f64x2_extract_lane(v2, 1);
    double r67 = wasm_f64x2_extract_lane(v3, 0) + wasm_f64x2_extract_lane(v3, 1);
    double res = (r01 + r23) + (r45 + r67);
    for (int32_t i = nm; i < n; i++) res += x[i];
    return res;
  }
  int32_t n2 = n / 2;
  n2 -= n2 % 8;
  return sum64(x, n2) + sum64(x + n2, n - n2);
}

/* float32 data summed in float32 (NumPy's float32 sum): the same tree with f32 accumulators. */
static float sum32(const float *x, int32_t n) {
  if (n < 8) {
    float s = -0.0f;
    for (int32_t i = 0; i < n; i++) s += x[i];
    return s;
  }
  if (n <= 128) {
    /* (r0, r1, r2, r3) and (r4, r5, r6, r7) */
    v128_t v0 = wasm_v128_load(x), v1 = wasm_v128_load(x + 4);
    int32_t nm = n - (n % 8);
    for (int32_t j = 8; j < nm; j += 8) {
      v0 = wasm_f32x4_add(v0, wasm_v128_load(x + j));
      v1 = wasm_f32x4_add(v1, wasm_v128_load(x + j + 4));
    }
    float r0 = wasm_f32x4_extract_lane(v0, 0), r1 = wasm_f32x4_extract_lane(v0, 1);
    float r2 = wasm_f32x4_extract_lane(v0, 2), r3 = wasm_f32x4_extract_lane(v0, 3);
    float r4 = wasm_f32x4_extract_lane(v1, 0), r5 = wasm_f32x4_extract_lane(v1, 1);
    float r6 = wasm_f32x4_extract_lane(v1, 2), r7 = wasm_f32x4_extract_lane(v1, 3);
    float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (int32_t i = nm; i < n; i++) res += x[i];
    return res;
  }
  int32_t n2 = n / 2;
  n2 -= n2 % 8;
  return sum32(x, n2) + sum32(x + n2, n - n2);
}

EXPORT(f64_sum) double f64_sum(const double *x, int32_t n) { return sum64(x, n); }
EXPORT(f32_sumf) float f32_sumf(const float *x, int32_t n) { return sum32(x, n); }
