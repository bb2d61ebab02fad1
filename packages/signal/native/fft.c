/*
 * Stockham (autosort) FFT passes for @stride/signal, WebAssembly SIMD128: one complex number
 * per f64x2 vector. Each pass reads src[i + r·q] for the butterflies i = b·p + k (p: the span,
 * the product of the earlier radices), multiplies by the twiddles exp(−2πi r k/(p·R)) and writes
 * dst[b·p·R + k + r·p]. Twiddles are interleaved (re, im) at index k·(R−1) + r − 1, the layout of
 * the TypeScript plan. Forward transforms only (sign −1); the caller conjugates for backward.
 * Addresses are byte offsets into the runtime's memory; nothing is allocated, no static data.
 */
#include <wasm_simd128.h>

typedef v128_t cx;

#define ADD wasm_f64x2_add
#define SUB wasm_f64x2_sub
#define MUL wasm_f64x2_mul
#define EXPORT(name) __attribute__((export_name(#name)))

/* a·w for complex a, w: (ar·wr − ai·wi, ar·wi + ai·wr). */
static inline cx cmul(cx a, cx w) {
  cx wr = wasm_i64x2_shuffle(w, w, 0, 0);
  cx wi = wasm_i64x2_shuffle(w, w, 1, 1);
  cx sw = wasm_i64x2_shuffle(a, a, 1, 0);
  return ADD(MUL(a, wr), MUL(MUL(sw, wi), wasm_f64x2_make(-1.0, 1.0)));
}

/* a·(−i) = (ai, −ar) */
static inline cx mul_mi(cx a) {
  return MUL(wasm_i64x2_shuffle(a, a, 1, 0), wasm_f64x2_make(1.0, -1.0));
}

/* s·a·i for a real s: (−s·ai, s·ar) */
static inline cx mul_si(cx a, double s) {
  return MUL(wasm_i64x2_shuffle(a, a, 1, 0), wasm_f64x2_make(-s, s));
}

EXPORT(fft_pass2) void fft_pass2(int q, int p, const cx *x, cx *y, const cx *tw) {
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + b + k;
      cx *d = y + 2 * b + k;
      cx a0 = s[0], a1 = s[q];
      if (k > 0) a1 = cmul(a1, tw[k]);
      d[0] = ADD(a0, a1);
      d[p] = SUB(a0, a1);
    }
  }
}

EXPORT(fft_pass3) void fft_pass3(int q, int p, const cx *x, cx *y, const cx *tw) {
  const double s60 = 0.86602540378443864676;
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + b + k;
      cx *d = y + 3 * b + k;
      cx a0 = s[0], a1 = s[q], a2 = s[2 * q];
      if (k > 0) {
        a1 = cmul(a1, tw[2 * k]);
        a2 = cmul(a2, tw[2 * k + 1]);
      }
      cx t1 = ADD(a1, a2), t2 = SUB(a1, a2);
      cx m = SUB(a0, MUL(t1, wasm_f64x2_splat(0.5)));
      cx n = mul_si(t2, -s60);
      d[0] = ADD(a0, t1);
      d[p] = ADD(m, n);
      d[2 * p] = SUB(m, n);
    }
  }
}

EXPORT(fft_pass4) void fft_pass4(int q, int p, const cx *x, cx *y, const cx *tw) {
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + b + k;
      cx *d = y + 4 * b + k;
      cx a0 = s[0], a1 = s[q], a2 = s[2 * q], a3 = s[3 * q];
      if (k > 0) {
        const cx *t = tw + 3 * k;
        a1 = cmul(a1, t[0]);
        a2 = cmul(a2, t[1]);
        a3 = cmul(a3, t[2]);
      }
      cx t0 = ADD(a0, a2), t1 = SUB(a0, a2), t2 = ADD(a1, a3), t3 = mul_mi(SUB(a1, a3));
      d[0] = ADD(t0, t2);
      d[p] = ADD(t1, t3);
      d[2 * p] = SUB(t0, t2);
      d[3 * p] = SUB(t1, t3);
    }
  }
}

EXPORT(fft_pass5) void fft_pass5(int q, int p, const cx *x, cx *y, const cx *tw) {
  const double c1 = 0.30901699437494742410, c2 = -0.80901699437494742410;
  const double s1 = -0.95105651629515357212, s2 = -0.58778525229247312917;
  const cx vc1 = wasm_f64x2_splat(c1), vc2 = wasm_f64x2_splat(c2);
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + b + k;
      cx *d = y + 5 * b + k;
      cx a0 = s[0], a1 = s[q], a2 = s[2 * q], a3 = s[3 * q], a4 = s[4 * q];
      if (k > 0) {
        const cx *t = tw + 4 * k;
        a1 = cmul(a1, t[0]);
        a2 = cmul(a2, t[1]);
        a3 = cmul(a3, t[2]);
        a4 = cmul(a4, t[3]);
      }
      cx t1 = ADD(a1, a4), t4 = SUB(a1, a4), t2 = ADD(a2, a3), t3 = SUB(a2, a3);
      cx m1 = ADD(a0, ADD(MUL(vc1, t1), MUL(vc2, t2)));
      cx m2 = ADD(a0, ADD(MUL(vc2, t1), MUL(vc1, t2)));
      /* i·(s1 t4 + s2 t3) and i·(s2 t4 − s1 t3) */
      cx n1 = ADD(mul_si(t4, s1), mul_si(t3, s2));
      cx n2 = SUB(mul_si(t4, s2), mul_si(t3, s1));
      d[0] = ADD(a0, ADD(t1, t2));
      d[p] = ADD(m1, n1);
      d[4 * p] = SUB(m1, n1);
      d[2 * p] = ADD(m2, n2);
      d[3 * p] = SUB(m2, n2);
    }
  }
}

EXPORT(fft_pass8) void fft_pass8(int q, int p, const cx *x, cx *y, const cx *tw) {
  const cx h = wasm_f64x2_splat(0.70710678118654752440);
  const cx pm = wasm_f64x2_make(1.0, -1.0);
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + b + k;
      cx *d = y + 8 * b + k;
      cx a0 = s[0], a1 = s[q], a2 = s[2 * q], a3 = s[3 * q];
      cx a4 = s[4 * q], a5 = s[5 * q], a6 = s[6 * q], a7 = s[7 * q];
      if (k > 0) {
        const cx *t = tw + 7 * k;
        a1 = cmul(a1, t[0]);
        a2 = cmul(a2, t[1]);
        a3 = cmul(a3, t[2]);
        a4 = cmul(a4, t[3]);
        a5 = cmul(a5, t[4]);
        a6 = cmul(a6, t[5]);
        a7 = cmul(a7, t[6]);
      }
      cx b0 = ADD(a0, a4), b4 = SUB(a0, a4);
      cx b1 = ADD(a1, a5), b5 = SUB(a1, a5);
      cx b2 = ADD(a2, a6), b6 = SUB(a2, a6);
      cx b3 = ADD(a3, a7), b7 = SUB(a3, a7);
      /* b5·w, b6·w², b7·w³ with w = exp(−πi/4) = (1 − i)/√2 */
      cx s5 = wasm_i64x2_shuffle(b5, b5, 1, 0);
      b5 = MUL(h, ADD(b5, MUL(s5, pm)));
      b6 = mul_mi(b6);
      cx s7 = wasm_i64x2_shuffle(b7, b7, 1, 0);
      b7 = MUL(h, SUB(MUL(s7, pm), b7));
      cx e0 = ADD(b0, b2), e1 = SUB(b0, b2), e2 = ADD(b1, b3), e3 = mul_mi(SUB(b1, b3));
      d[0] = ADD(e0, e2);
      d[2 * p] = ADD(e1, e3);
      d[4 * p] = SUB(e0, e2);
      d[6 * p] = SUB(e1, e3);
      cx o0 = ADD(b4, b6), o1 = SUB(b4, b6), o2 = ADD(b5, b7), o3 = mul_mi(SUB(b5, b7));
      d[p] = ADD(o0, o2);
      d[3 * p] = ADD(o1, o3);
      d[5 * p] = SUB(o0, o2);
      d[7 * p] = SUB(o1, o3);
    }
  }
}

/* Conjugates n complex values in place (backward transforms run as conjugated forward ones). */
EXPORT(fft_conj) void fft_conj(cx *x, int n) {
  const cx m = wasm_f64x2_make(1.0, -1.0);
  for (int i = 0; i < n; i++) x[i] = MUL(x[i], m);
}
