/*
 * Stockham (autosort) FFT passes for @stride/signal, WebAssembly SIMD128: one complex number
 * per f64x2 vector. Each pass reads src[i + r·q] for the butterflies i = b·p + k (p: the span,
 * the product of the earlier radices), multiplies by the twiddles exp(−2πi r k/(p·R)) and writes
 * dst[b·p·R + k + r·p]. Every element is a row of L contiguous complex numbers (L = 1: one
 * transform; L > 1: L transforms along a leading axis at once, each row read and written whole). Twiddles are interleaved (re, im) at index k·(R−1) + r − 1, the layout of
 * the TypeScript plan. Forward transforms only (sign −1); the caller conjugates for backward.
 * Addresses are byte offsets into the runtime's memory; nothing is allocated, no static data.
 */
#include <wasm_simd128.h>

typedef v128_t cx;

#define ADD wasm_f64x2_add
#define SUB wasm_f64x2_sub
#define MUL wasm_f64x2_mul
#define EXPORT(name) __attribute__((export_name(#name)))

/* A twiddle w as (wr, wr) and (−wi, wi), so that a·w = a·(wr, wr) + swap(a)·(−wi, wi). */
typedef struct {
  cx re, im;
} tw_t;

static inline tw_t twiddle(cx w) {
  tw_t t;
  t.re = wasm_i64x2_shuffle(w, w, 0, 0);
  t.im = MUL(wasm_i64x2_shuffle(w, w, 1, 1), wasm_f64x2_make(-1.0, 1.0));
  return t;
}

/* a·w: (ar·wr − ai·wi, ar·wi + ai·wr). */
static inline cx cmul(cx a, tw_t w) {
  return ADD(MUL(a, w.re), MUL(wasm_i64x2_shuffle(a, a, 1, 0), w.im));
}

/* a·(−i) = (ai, −ar) */
static inline cx mul_mi(cx a) {
  return MUL(wasm_i64x2_shuffle(a, a, 1, 0), wasm_f64x2_make(1.0, -1.0));
}

/* s·a·i for a real s: (−s·ai, s·ar) */
static inline cx mul_si(cx a, double s) {
  return MUL(wasm_i64x2_shuffle(a, a, 1, 0), wasm_f64x2_make(-s, s));
}

EXPORT(fft_pass2) void fft_pass2(int q, int p, int L, const cx *x, cx *y, const cx *tw) {
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + (b + k) * L;
      cx *d = y + (2 * b + k) * L;
      tw_t w1 = twiddle(tw[k]);
      for (int c = 0; c < L; c++) {
        cx a0 = s[c], a1 = s[q * L + c];
        if (k > 0) a1 = cmul(a1, w1);
        d[c] = ADD(a0, a1);
        d[p * L + c] = SUB(a0, a1);
      }
    }
  }
}

EXPORT(fft_pass3) void fft_pass3(int q, int p, int L, const cx *x, cx *y, const cx *tw) {
  const double s60 = 0.86602540378443864676;
  const cx half = wasm_f64x2_splat(0.5);
  const int qL = q * L, pL = p * L;
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + (b + k) * L;
      cx *d = y + (3 * b + k) * L;
      tw_t w1 = twiddle(tw[2 * k]), w2 = twiddle(tw[2 * k + 1]);
      for (int c = 0; c < L; c++) {
        cx a0 = s[c], a1 = s[qL + c], a2 = s[2 * qL + c];
        if (k > 0) {
          a1 = cmul(a1, w1);
          a2 = cmul(a2, w2);
        }
        cx t1 = ADD(a1, a2), t2 = SUB(a1, a2);
        cx m = SUB(a0, MUL(t1, half));
        cx n = mul_si(t2, -s60);
        d[c] = ADD(a0, t1);
        d[pL + c] = ADD(m, n);
        d[2 * pL + c] = SUB(m, n);
      }
    }
  }
}

EXPORT(fft_pass4) void fft_pass4(int q, int p, int L, const cx *x, cx *y, const cx *tw) {
  const int qL = q * L, pL = p * L;
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + (b + k) * L;
      cx *d = y + (4 * b + k) * L;
      const cx *t = tw + 3 * k;
      tw_t w1 = twiddle(t[0]), w2 = twiddle(t[1]), w3 = twiddle(t[2]);
      for (int c = 0; c < L; c++) {
        cx a0 = s[c], a1 = s[qL + c], a2 = s[2 * qL + c], a3 = s[3 * qL + c];
        if (k > 0) {
          a1 = cmul(a1, w1);
          a2 = cmul(a2, w2);
          a3 = cmul(a3, w3);
        }
        cx t0 = ADD(a0, a2), t1 = SUB(a0, a2), t2 = ADD(a1, a3), t3 = mul_mi(SUB(a1, a3));
        d[c] = ADD(t0, t2);
        d[pL + c] = ADD(t1, t3);
        d[2 * pL + c] = SUB(t0, t2);
        d[3 * pL + c] = SUB(t1, t3);
      }
    }
  }
}

EXPORT(fft_pass5) void fft_pass5(int q, int p, int L, const cx *x, cx *y, const cx *tw) {
  const double c1 = 0.30901699437494742410, c2 = -0.80901699437494742410;
  const double s1 = -0.95105651629515357212, s2 = -0.58778525229247312917;
  const cx vc1 = wasm_f64x2_splat(c1), vc2 = wasm_f64x2_splat(c2);
  const int qL = q * L, pL = p * L;
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + (b + k) * L;
      cx *d = y + (5 * b + k) * L;
      const cx *t = tw + 4 * k;
      tw_t w1 = twiddle(t[0]), w2 = twiddle(t[1]), w3 = twiddle(t[2]), w4 = twiddle(t[3]);
      for (int c = 0; c < L; c++) {
        cx a0 = s[c], a1 = s[qL + c], a2 = s[2 * qL + c], a3 = s[3 * qL + c], a4 = s[4 * qL + c];
        if (k > 0) {
          a1 = cmul(a1, w1);
          a2 = cmul(a2, w2);
          a3 = cmul(a3, w3);
          a4 = cmul(a4, w4);
        }
        cx t1 = ADD(a1, a4), t4 = SUB(a1, a4), t2 = ADD(a2, a3), t3 = SUB(a2, a3);
        cx m1 = ADD(a0, ADD(MUL(vc1, t1), MUL(vc2, t2)));
        cx m2 = ADD(a0, ADD(MUL(vc2, t1), MUL(vc1, t2)));
        /* i·(s1 t4 + s2 t3) and i·(s2 t4 − s1 t3) */
        cx n1 = ADD(mul_si(t4, s1), mul_si(t3, s2));
        cx n2 = SUB(mul_si(t4, s2), mul_si(t3, s1));
        d[c] = ADD(a0, ADD(t1, t2));
        d[pL + c] = ADD(m1, n1);
        d[4 * pL + c] = SUB(m1, n1);
        d[2 * pL + c] = ADD(m2, n2);
        d[3 * pL + c] = SUB(m2, n2);
      }
    }
  }
}

EXPORT(fft_pass8) void fft_pass8(int q, int p, int L, const cx *x, cx *y, const cx *tw) {
  const cx h = wasm_f64x2_splat(0.70710678118654752440);
  const cx pm = wasm_f64x2_make(1.0, -1.0);
  const int qL = q * L, pL = p * L;
  for (int b = 0; b < q; b += p) {
    for (int k = 0; k < p; k++) {
      const cx *s = x + (b + k) * L;
      cx *d = y + (8 * b + k) * L;
      const cx *t = tw + 7 * k;
      tw_t w1 = twiddle(t[0]), w2 = twiddle(t[1]), w3 = twiddle(t[2]), w4 = twiddle(t[3]);
      tw_t w5 = twiddle(t[4]), w6 = twiddle(t[5]), w7 = twiddle(t[6]);
      for (int c = 0; c < L; c++) {
        cx a0 = s[c], a1 = s[qL + c], a2 = s[2 * qL + c], a3 = s[3 * qL + c];
        cx a4 = s[4 * qL + c], a5 = s[5 * qL + c], a6 = s[6 * qL + c], a7 = s[7 * qL + c];
        if (k > 0) {
          a1 = cmul(a1, w1);
          a2 = cmul(a2, w2);
          a3 = cmul(a3, w3);
          a4 = cmul(a4, w4);
          a5 = cmul(a5, w5);
          a6 = cmul(a6, w6);
          a7 = cmul(a7, w7);
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
        d[c] = ADD(e0, e2);
        d[2 * pL + c] = ADD(e1, e3);
        d[4 * pL + c] = SUB(e0, e2);
        d[6 * pL + c] = SUB(e1, e3);
        cx o0 = ADD(b4, b6), o1 = SUB(b4, b6), o2 = ADD(b5, b7), o3 = mul_mi(SUB(b5, b7));
        d[pL + c] = ADD(o0, o2);
        d[3 * pL + c] = ADD(o1, o3);
        d[5 * pL + c] = SUB(o0, o2);
        d[7 * pL + c] = SUB(o1, o3);
      }
    }
  }
}

/*
 * The separation step of a real transform of length 2h computed as a complex one of length h
 * (z_k = x_2k + i·x_2k+1, Z its transform, in place in out[0 … h]): with E = (Z_k + conj Z_{h−k})/2
 * and O = (Z_k − conj Z_{h−k})/(2i), X_k = E + w^k·O and X_{h−k} = conj(E − w^k·O), w = exp(−πi/h);
 * X_0 and X_h are real. `w` holds w^k for k = 0 … h.
 */
EXPORT(fft_r2c_post) void fft_r2c_post(int h, cx *out, const cx *w) {
  const cx conj = wasm_f64x2_make(1.0, -1.0);
  const cx halfpm = wasm_f64x2_make(0.5, -0.5);
  const cx half = wasm_f64x2_splat(0.5);
  double z0r = wasm_f64x2_extract_lane(out[0], 0), z0i = wasm_f64x2_extract_lane(out[0], 1);
  out[0] = wasm_f64x2_make(z0r + z0i, 0.0);
  out[h] = wasm_f64x2_make(z0r - z0i, 0.0);
  for (int k = 1, l = h - 1; k <= l; k++, l--) {
    cx z = out[k];
    cx c = MUL(out[l], conj);
    cx e = MUL(ADD(z, c), half);
    cx d = SUB(z, c);
    cx o = MUL(wasm_i64x2_shuffle(d, d, 1, 0), halfpm);
    cx p = cmul(o, twiddle(w[k]));
    out[k] = ADD(e, p);
    out[l] = MUL(SUB(e, p), conj);
  }
}

/* Conjugates n complex values in place (backward transforms run as conjugated forward ones). */
EXPORT(fft_conj) void fft_conj(cx *x, int n) {
  const cx m = wasm_f64x2_make(1.0, -1.0);
  for (int i = 0; i < n; i++) x[i] = MUL(x[i], m);
}
