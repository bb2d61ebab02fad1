/* C versions of the LAPACK 3.11 routines written in Fortran 90, which f2c cannot translate.
 *
 * Covered: ?lartg (plane rotations), ?lassq (scaled sums of squares), dlamch/slamch and
 * dlamc3/slamc3 (machine parameters), ?roundup_lwork (workspace sizes returned in a REAL).
 * The signatures are the f2c ones (arguments by pointer, a trailing length per CHARACTER
 * argument, REAL functions returning float because LAPACK is translated with f2c -R), and
 * f2c appends a second underscore to names that already contain one.
 */
#include <float.h>
#include <math.h>

#include "f2c.h"

/* ---------------------------------------------------------------- machine parameters */

static int upper(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }

doublereal dlamch_(char *cmach, ftnlen cmach_len) {
  (void)cmach_len;
  const double eps = DBL_EPSILON * 0.5; /* rounding mode: round to nearest */
  switch (upper(*cmach)) {
    case 'E': return eps;
    case 'S': return DBL_MIN; /* 1/DBL_MAX is smaller than DBL_MIN, so DBL_MIN is safe to invert */
    case 'B': return FLT_RADIX;
    case 'P': return eps * FLT_RADIX;
    case 'N': return DBL_MANT_DIG;
    case 'R': return 1.0;
    case 'M': return DBL_MIN_EXP;
    case 'U': return DBL_MIN;
    case 'L': return DBL_MAX_EXP;
    case 'O': return DBL_MAX;
    default: return 0.0;
  }
}

real slamch_(char *cmach, ftnlen cmach_len) {
  (void)cmach_len;
  const float eps = FLT_EPSILON * 0.5f;
  switch (upper(*cmach)) {
    case 'E': return eps;
    case 'S': return FLT_MIN;
    case 'B': return FLT_RADIX;
    case 'P': return eps * FLT_RADIX;
    case 'N': return FLT_MANT_DIG;
    case 'R': return 1.0f;
    case 'M': return FLT_MIN_EXP;
    case 'U': return FLT_MIN;
    case 'L': return FLT_MAX_EXP;
    case 'O': return FLT_MAX;
    default: return 0.0f;
  }
}

/* Used by the divide-and-conquer eigensolvers to force a rounded sum through memory. */
doublereal dlamc3_(doublereal *a, doublereal *b) {
  volatile double s = *a + *b;
  return s;
}

real slamc3_(real *a, real *b) {
  volatile float s = *a + *b;
  return s;
}

/* ---------------------------------------------------------------- workspace sizes */

/* A workspace size returned in a floating-point WORK(1) must not round below the integer. */
doublereal droundup_lwork__(integer *lwork) {
  double v = (double)*lwork;
  if ((integer)v < *lwork) v *= 1.0 + DBL_EPSILON;
  return v;
}

real sroundup_lwork__(integer *lwork) {
  float v = (float)*lwork;
  if ((integer)v < *lwork) v *= 1.0f + FLT_EPSILON;
  return v;
}

/* ---------------------------------------------------------------- sums of squares */

/* Updates (scale, sumsq) so that scale^2 * sumsq = sum(x_i^2) + scale_in^2 * sumsq_in, without
 * overflow or harmful underflow: every term is divided by the running maximum before squaring.
 * A NaN in x propagates into the result. */
#define LASSQ_STEP(absxi)                                  \
  do {                                                      \
    if ((absxi) > 0 || isnan(absxi)) {                      \
      if (*scale < (absxi)) {                               \
        double q_ = *scale / (absxi);                       \
        *sumsq = 1 + *sumsq * q_ * q_;                      \
        *scale = (absxi);                                   \
      } else {                                              \
        double q_ = (absxi) / *scale;                       \
        *sumsq += q_ * q_;                                  \
      }                                                     \
    }                                                       \
  } while (0)

int dlassq_(integer *n, doublereal *x, integer *incx, doublereal *scale, doublereal *sumsq) {
  if (isnan(*scale) || isnan(*sumsq) || *n <= 0) return 0;
  integer inc = *incx;
  integer ix = inc < 0 ? -(*n - 1) * inc : 0;
  for (integer i = 0; i < *n; i++, ix += inc) {
    double a = fabs(x[ix]);
    LASSQ_STEP(a);
  }
  return 0;
}

int zlassq_(integer *n, doublecomplex *x, integer *incx, doublereal *scale, doublereal *sumsq) {
  if (isnan(*scale) || isnan(*sumsq) || *n <= 0) return 0;
  integer inc = *incx;
  integer ix = inc < 0 ? -(*n - 1) * inc : 0;
  for (integer i = 0; i < *n; i++, ix += inc) {
    double a = fabs(x[ix].r);
    LASSQ_STEP(a);
    double b = fabs(x[ix].i);
    LASSQ_STEP(b);
  }
  return 0;
}

/* Single precision accumulates in float like the Fortran routine, so results match LAPACK's. */
#define LASSQ_STEPF(absxi)                                 \
  do {                                                      \
    if ((absxi) > 0 || isnan(absxi)) {                      \
      if (*scale < (absxi)) {                               \
        float q_ = *scale / (absxi);                        \
        *sumsq = 1 + *sumsq * q_ * q_;                      \
        *scale = (absxi);                                   \
      } else {                                              \
        float q_ = (absxi) / *scale;                        \
        *sumsq += q_ * q_;                                  \
      }                                                     \
    }                                                       \
  } while (0)

int slassq_(integer *n, real *x, integer *incx, real *scale, real *sumsq) {
  if (isnan(*scale) || isnan(*sumsq) || *n <= 0) return 0;
  integer inc = *incx;
  integer ix = inc < 0 ? -(*n - 1) * inc : 0;
  for (integer i = 0; i < *n; i++, ix += inc) {
    float a = fabsf(x[ix]);
    LASSQ_STEPF(a);
  }
  return 0;
}

int classq_(integer *n, complex *x, integer *incx, real *scale, real *sumsq) {
  if (isnan(*scale) || isnan(*sumsq) || *n <= 0) return 0;
  integer inc = *incx;
  integer ix = inc < 0 ? -(*n - 1) * inc : 0;
  for (integer i = 0; i < *n; i++, ix += inc) {
    float a = fabsf(x[ix].r);
    LASSQ_STEPF(a);
    float b = fabsf(x[ix].i);
    LASSQ_STEPF(b);
  }
  return 0;
}

/* ---------------------------------------------------------------- plane rotations */

/* Real rotation: [c s; -s c] [f; g] = [r; 0] with c >= 0 when f != 0, r carrying f's sign.
 * Inputs are scaled into [sqrt(safmin), sqrt(safmax/2)] only when squaring could overflow or
 * underflow, so the common case is one sqrt and two divisions. */
#define DEFINE_LARTG(NAME, T, SQRT, FABS, TMIN, TMAX)                        \
  int NAME(T *f, T *g, T *c, T *s, T *r) {                                   \
    const T safmin = TMIN;                                                   \
    const T safmax = 1 / safmin;                                             \
    const T rtmin = SQRT(safmin);                                            \
    const T rtmax = SQRT(safmax / 2);                                        \
    T f1 = FABS(*f), g1 = FABS(*g);                                          \
    if (*g == 0) {                                                           \
      *c = 1;                                                                \
      *s = 0;                                                                \
      *r = *f;                                                               \
    } else if (*f == 0) {                                                    \
      *c = 0;                                                                \
      *s = *g < 0 ? -1 : 1;                                                  \
      *r = g1;                                                               \
    } else if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {       \
      T d = SQRT(*f * *f + *g * *g);                                         \
      *c = f1 / d;                                                           \
      *r = *f < 0 ? -d : d;                                                  \
      *s = *g / *r;                                                          \
    } else {                                                                 \
      T u = f1 > g1 ? f1 : g1;                                               \
      if (u < safmin) u = safmin;                                            \
      if (u > safmax) u = safmax;                                            \
      T fs = *f / u, gs = *g / u;                                            \
      T d = SQRT(fs * fs + gs * gs);                                         \
      *c = FABS(fs) / d;                                                     \
      *r = *f < 0 ? -d : d;                                                  \
      *s = gs / *r;                                                          \
      *r *= u;                                                               \
    }                                                                        \
    return 0;                                                                \
  }

DEFINE_LARTG(dlartg_, doublereal, sqrt, fabs, DBL_MIN, DBL_MAX)
DEFINE_LARTG(slartg_, real, sqrtf, fabsf, FLT_MIN, FLT_MAX)

/* Complex rotation: [c s; -conj(s) c] [f; g] = [r; 0] with real c >= 0. When f != 0,
 * r = f * sqrt(1 + |g|^2/|f|^2), i.e. r keeps f's phase. Squared magnitudes are formed on
 * scaled copies whenever the unscaled ones could overflow or underflow. */
#define DEFINE_CLARTG(NAME, CT, T, SQRT, FABS, TMIN)                                       \
  int NAME(CT *f, CT *g, T *c, CT *s, CT *r) {                                             \
    const T safmin = TMIN;                                                                 \
    const T safmax = 1 / safmin;                                                           \
    const T rtmin = SQRT(safmin);                                                          \
    const T rtmax = SQRT(safmax / 2);                                                      \
    const T fr = f->r, fi = f->i, gr = g->r, gi = g->i;                                    \
    if (gr == 0 && gi == 0) {                                                              \
      *c = 1;                                                                              \
      s->r = 0;                                                                            \
      s->i = 0;                                                                            \
      r->r = fr;                                                                           \
      r->i = fi;                                                                           \
      return 0;                                                                            \
    }                                                                                      \
    T g1 = FABS(gr) > FABS(gi) ? FABS(gr) : FABS(gi);                                      \
    if (fr == 0 && fi == 0) {                                                              \
      *c = 0;                                                                              \
      T u = g1;                                                                            \
      if (u < safmin) u = safmin;                                                          \
      if (u > safmax) u = safmax;                                                          \
      if (g1 > rtmin && g1 < rtmax) u = 1;                                                 \
      T gsr = gr / u, gsi = gi / u;                                                        \
      T d = SQRT(gsr * gsr + gsi * gsi);                                                   \
      s->r = gsr / d;                                                                      \
      s->i = -gsi / d;                                                                     \
      r->r = d * u;                                                                        \
      r->i = 0;                                                                            \
      return 0;                                                                            \
    }                                                                                      \
    T f1 = FABS(fr) > FABS(fi) ? FABS(fr) : FABS(fi);                                      \
    T u = 1, w = 1, fsr = fr, fsi = fi, gsr = gr, gsi = gi;                                \
    if (!(f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax)) {                         \
      u = f1 > g1 ? f1 : g1;                                                               \
      if (u < safmin) u = safmin;                                                          \
      if (u > safmax) u = safmax;                                                          \
      gsr = gr / u;                                                                        \
      gsi = gi / u;                                                                        \
      if (f1 / u < rtmin) {                                                                \
        /* f is tiny next to g: scale it on its own and remember the ratio. */             \
        T v = f1;                                                                          \
        if (v < safmin) v = safmin;                                                        \
        if (v > safmax) v = safmax;                                                        \
        w = v / u;                                                                         \
        fsr = fr / v;                                                                      \
        fsi = fi / v;                                                                      \
      } else {                                                                             \
        fsr = fr / u;                                                                      \
        fsi = fi / u;                                                                      \
      }                                                                                    \
    }                                                                                      \
    T f2 = fsr * fsr + fsi * fsi;                                                          \
    T g2 = gsr * gsr + gsi * gsi;                                                          \
    T h2 = f2 * w * w + g2;                                                                \
    T d = (f2 > rtmin && h2 < rtmax) ? SQRT(f2 * h2) : SQRT(f2) * SQRT(h2);                \
    T p = 1 / d;                                                                           \
    *c = f2 * p * w;                                                                       \
    /* s = conj(gs) * (fs * p) */                                                          \
    T tr = fsr * p, ti = fsi * p;                                                          \
    s->r = gsr * tr + gsi * ti;                                                            \
    s->i = gsr * ti - gsi * tr;                                                            \
    /* r = fs * (h2 * p) * u */                                                            \
    T hp = h2 * p;                                                                         \
    r->r = fsr * hp * u;                                                                   \
    r->i = fsi * hp * u;                                                                   \
    return 0;                                                                              \
  }

DEFINE_CLARTG(zlartg_, doublecomplex, doublereal, sqrt, fabs, DBL_MIN)
DEFINE_CLARTG(clartg_, complex, real, sqrtf, fabsf, FLT_MIN)
