/* The part of the f2c run-time library that f2c-translated LAPACK calls.
 *
 * Signatures follow the declarations f2c writes into its output (WebAssembly traps when a
 * caller's and a callee's signatures differ): subroutines return int, REAL intrinsics such as
 * r_sign return double, complex results go through a pointer in the first argument.
 * No I/O, no STOP: nothing here can end the wasm instance.
 */
#include <math.h>
#include <string.h>

#include "f2c.h"

/* ---------------------------------------------------------------- strings (blank padded) */

integer s_cmp(char *a, char *b, ftnlen la, ftnlen lb) {
  ftnlen n = la < lb ? la : lb;
  for (ftnlen i = 0; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x != y) return x < y ? -1 : 1;
  }
  /* The shorter string compares as if padded with blanks. */
  for (ftnlen i = n; i < la; i++) {
    unsigned char x = (unsigned char)a[i];
    if (x != ' ') return x < ' ' ? -1 : 1;
  }
  for (ftnlen i = n; i < lb; i++) {
    unsigned char y = (unsigned char)b[i];
    if (y != ' ') return ' ' < y ? -1 : 1;
  }
  return 0;
}

int s_copy(char *a, char *b, ftnlen la, ftnlen lb) {
  if (la <= lb) {
    memmove(a, b, (size_t)(la > 0 ? la : 0));
  } else {
    memmove(a, b, (size_t)(lb > 0 ? lb : 0));
    memset(a + (lb > 0 ? lb : 0), ' ', (size_t)(la - (lb > 0 ? lb : 0)));
  }
  return 0;
}

/* Concatenation into lp of n pieces rpp[i] of lengths rnp[i], blank padded to ll characters. */
int s_cat(char *lp, char **rpp, integer *rnp, integer *np, ftnlen ll) {
  char buf[256];
  /* Assemble in a scratch buffer when it fits: the target may overlap a piece. */
  char *dst = ll <= (ftnlen)sizeof buf ? buf : lp;
  ftnlen k = 0;
  for (integer i = 0; i < *np && k < ll; i++) {
    ftnlen m = rnp[i];
    if (m > ll - k) m = ll - k;
    memmove(dst + k, rpp[i], (size_t)m);
    k += m;
  }
  if (k < ll) memset(dst + k, ' ', (size_t)(ll - k));
  if (dst != lp) memcpy(lp, buf, (size_t)ll);
  return 0;
}

integer i_len(char *s, ftnlen n) {
  (void)s;
  return n;
}

/* ---------------------------------------------------------------- real and integer intrinsics */

double d_sign(doublereal *a, doublereal *b) {
  double x = fabs(*a);
  return *b >= 0 ? x : -x;
}

double r_sign(real *a, real *b) {
  double x = fabsf(*a);
  return *b >= 0 ? x : -x;
}

double d_lg10(doublereal *x) { return log10(*x); }
double r_lg10(real *x) { return log10((double)*x); }

integer i_nint(real *x) { return (integer)(*x >= 0 ? floor(*x + .5) : -floor(.5 - *x)); }
integer i_dnnt(doublereal *x) { return (integer)(*x >= 0 ? floor(*x + .5) : -floor(.5 - *x)); }

double pow_dd(doublereal *a, doublereal *b) { return pow(*a, *b); }

double pow_di(doublereal *a, integer *n) {
  double x = *a, r = 1;
  integer k = *n;
  if (k == 0) return 1;
  if (k < 0) {
    k = -k;
    x = 1 / x;
  }
  for (;;) {
    if (k & 1) r *= x;
    k >>= 1;
    if (k == 0) break;
    x *= x;
  }
  return r;
}

double pow_ri(real *a, integer *n) {
  doublereal x = *a;
  return pow_di(&x, n);
}

integer pow_ii(integer *a, integer *n) {
  integer x = *a, k = *n, r = 1;
  if (k <= 0) {
    if (k == 0 || x == 1) return 1;
    if (x == -1) return (k & 1) ? -1 : 1;
    return 0; /* integer division semantics: |1/x| < 1 */
  }
  for (;;) {
    if (k & 1) r *= x;
    k >>= 1;
    if (k == 0) break;
    x *= x;
  }
  return r;
}

/* ---------------------------------------------------------------- complex intrinsics */

double d_imag(doublecomplex *z) { return z->i; }
double r_imag(complex *z) { return z->i; }

void d_cnjg(doublecomplex *r, doublecomplex *z) {
  double re = z->r, im = z->i;
  r->r = re;
  r->i = -im;
}

void r_cnjg(complex *r, complex *z) {
  float re = z->r, im = z->i;
  r->r = re;
  r->i = -im;
}

double z_abs(doublecomplex *z) { return hypot(z->r, z->i); }
double c_abs(complex *z) { return hypot(z->r, z->i); }

/* Smith's algorithm: divides by the larger component of the denominator to avoid overflow. */
void z_div(doublecomplex *c, doublecomplex *a, doublecomplex *b) {
  double ar = a->r, ai = a->i, br = b->r, bi = b->i, cr, ci;
  if (fabs(br) >= fabs(bi)) {
    if (br == 0 && bi == 0) {
      /* Fortran leaves this undefined; IEEE-style infinities/NaN keep the instance alive. */
      cr = ar / fabs(br);
      ci = ai / fabs(br);
    } else {
      double ratio = bi / br, den = br + bi * ratio;
      cr = (ar + ai * ratio) / den;
      ci = (ai - ar * ratio) / den;
    }
  } else {
    double ratio = br / bi, den = bi + br * ratio;
    cr = (ar * ratio + ai) / den;
    ci = (ai * ratio - ar) / den;
  }
  c->r = cr;
  c->i = ci;
}

void c_div(complex *c, complex *a, complex *b) {
  doublecomplex x = {a->r, a->i}, y = {b->r, b->i}, z;
  z_div(&z, &x, &y);
  c->r = (float)z.r;
  c->i = (float)z.i;
}

/* Principal square root, computed from |z| without forming z.r^2 + z.i^2 directly. */
void z_sqrt(doublecomplex *r, doublecomplex *z) {
  double zr = z->r, zi = z->i, mag = hypot(zr, zi);
  if (mag == 0) {
    r->r = 0;
    r->i = 0;
  } else if (zr > 0) {
    double t = sqrt(0.5 * (mag + zr));
    r->r = t;
    r->i = 0.5 * (zi / t);
  } else {
    double t = sqrt(0.5 * (mag - zr));
    if (zi < 0) t = -t;
    r->r = 0.5 * (zi / t);
    r->i = t;
  }
}

void c_sqrt(complex *r, complex *z) {
  doublecomplex x = {z->r, z->i}, y;
  z_sqrt(&y, &x);
  r->r = (float)y.r;
  r->i = (float)y.i;
}

void z_exp(doublecomplex *r, doublecomplex *z) {
  double e = exp(z->r), zi = z->i;
  r->r = e * cos(zi);
  r->i = e * sin(zi);
}

void c_exp(complex *r, complex *z) {
  double e = exp((double)z->r), zi = z->i;
  r->r = (float)(e * cos(zi));
  r->i = (float)(e * sin(zi));
}

/* Integer powers of complex numbers by repeated squaring. */
void pow_zi(doublecomplex *p, doublecomplex *a, integer *b) {
  integer n = *b;
  doublecomplex x = *a, r = {1, 0};
  if (n < 0) {
    doublecomplex one = {1, 0};
    z_div(&x, &one, a);
    n = -n;
  }
  while (n > 0) {
    if (n & 1) {
      double t = r.r * x.r - r.i * x.i;
      r.i = r.r * x.i + r.i * x.r;
      r.r = t;
    }
    n >>= 1;
    if (n == 0) break;
    double t = x.r * x.r - x.i * x.i;
    x.i = 2 * x.r * x.i;
    x.r = t;
  }
  *p = r;
}

void pow_ci(complex *p, complex *a, integer *b) {
  doublecomplex x = {a->r, a->i}, y;
  pow_zi(&y, &x, b);
  p->r = (float)y.r;
  p->i = (float)y.i;
}
