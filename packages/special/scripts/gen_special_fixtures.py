"""Accuracy fixtures of @stride/special: inputs on dense grids (tiny, huge, subnormal, negative,
near-pole arguments and far tails), the true values computed with mpmath at high precision and
rounded once to float64, and SciPy's values for the same inputs.

    python3 packages/special/scripts/gen_special_fixtures.py [family ...]

Writes test/fixtures/<family>.json (families: gamma, erf, igamma, ibeta, zeta, bessel,
elementary): {fn: {args: [enc, ...], truth: enc, scipy: enc}}. test/accuracy.test.ts measures
Stride's error in ulps against `truth` and, run as `pnpm --filter @stride/special run accuracy`,
writes docs/special-accuracy.md from the same files (Stride and SciPy side by side). betaincinv is
checked by round trips (test/inverses.test.ts) rather than here. Points where the
true value is outside float64 (overflow) are kept: the right answer is then inf or 0.
"""
import math
import os
import sys

import mpmath as mp
import numpy as np
import scipy.special as sc

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
mp.mp.dps = 40
rng = np.random.default_rng(20261206)


def to_f64(v):
    """An mpmath value rounded to float64 (overflow to inf, underflow to 0 or a subnormal)."""
    if isinstance(v, mp.mpc):
        if abs(v.imag) > abs(v.real) * mp.mpf(10) ** -30 and v.imag != 0:
            return math.nan
        v = v.real
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def truth1(f, xs):
    out = []
    for x in xs:
        try:
            out.append(to_f64(f(mp.mpf(float(x)))))
        except (ValueError, ZeroDivisionError):
            out.append(math.nan)
    return np.array(out)


def truth2(f, xs, ys):
    out = []
    for x, y in zip(xs, ys):
        try:
            out.append(to_f64(f(mp.mpf(float(x)), mp.mpf(float(y)))))
        except (ValueError, ZeroDivisionError):
            out.append(math.nan)
    return np.array(out)


def truth3(f, xs, ys, zs):
    out = []
    for x, y, z in zip(xs, ys, zs):
        try:
            out.append(to_f64(f(mp.mpf(float(x)), mp.mpf(float(y)), mp.mpf(float(z)))))
        except (ValueError, ZeroDivisionError):
            out.append(math.nan)
    return np.array(out)


def case(args, truth, scipy_vals):
    print('  case with', len(truth), 'points', flush=True)
    return {'args': [enc(np.asarray(a, dtype=np.float64)) for a in args], 'truth': enc(truth),
            'scipy': enc(np.asarray(scipy_vals, dtype=np.float64))}


def logspace_signed(lo, hi, n):
    return np.concatenate([np.logspace(lo, hi, n), -np.logspace(lo, hi, n)])


def uniq(a):
    a = np.asarray(a, dtype=np.float64)
    return np.unique(a[np.isfinite(a)])


# ---------------------------------------------------------------------------------------------
def gamma_family():
    res = {}
    near_poles = []
    for n in range(0, 30):
        for e in (1e-1, 1e-3, 1e-8, 1e-14):
            near_poles += [-n + e, -n - e]
    near_poles += [-170.5, -171.5, -175.25, -180.5, -100.3]
    pos = np.concatenate([np.logspace(-320, -1, 60), np.linspace(0.01, 3, 300), np.linspace(3, 30, 150),
                          np.linspace(30, 171.6, 80), [5e-324, 1e-310, 171.62, 171.7, 200]])
    near12 = []
    for c in (1.0, 2.0):
        for e in np.logspace(-17, -1, 17):
            near12 += [c + e, c - e]
    neg = -rng.uniform(0, 170, 200)
    xg = uniq(np.concatenate([pos, near_poles, near12, neg]))
    res['gamma'] = case([xg], truth1(mp.gamma, xg), sc.gamma(xg))
    xl = uniq(np.concatenate([xg, np.logspace(2, 305, 60), [1e306, 1e307, 1.7e308]]))
    res['gammaln'] = case([xl], truth1(lambda x: mp.log(abs(mp.gamma(x))) if x < 1e5 else mp.loggamma(x).real, xl), sc.gammaln(xl))
    root = 1.4616321449683623
    xd = uniq(np.concatenate([pos[pos < 1e300], near_poles, np.logspace(0, 300, 40),
                              root + np.linspace(-1e-6, 1e-6, 21), root + np.logspace(-16, -2, 15),
                              root - np.logspace(-16, -2, 15), neg]))
    res['digamma'] = case([xd], truth1(mp.digamma, xd), sc.psi(xd))
    xr = uniq(np.concatenate([xg, [-1.0, -2.0, 0.0]]))
    res['rgamma'] = case([xr], truth1(mp.rgamma, xr), sc.rgamma(xr))
    # beta / betaln on pairs: log-spaced positives, large/small mixes, negatives
    v = np.concatenate([np.logspace(-8, 8, 25), [0.5, 1.5, 2.5, 10.5]])
    A, B = np.meshgrid(v, v)
    a = A.ravel()
    b = B.ravel()
    an = -rng.uniform(0, 20, 80)
    bn = rng.uniform(0.1, 20, 80) * np.where(rng.uniform(size=80) < 0.5, -1, 1)
    a = np.concatenate([a, an, [1e10, 1e15, 2.5, 1e300]])
    b = np.concatenate([b, bn, [2, 3.5, 1e12, 1e-300]])

    def mbeta(x, y):
        return mp.beta(x, y)

    res['beta'] = case([a, b], truth2(mbeta, a, b), sc.beta(a, b))
    res['betaln'] = case([a, b], truth2(lambda x, y: mp.log(abs(mp.beta(x, y))), a, b), sc.betaln(a, b))
    return res


def erf_family():
    res = {}
    x = uniq(np.concatenate([np.linspace(-6, 6, 601), np.linspace(6, 30, 97), -np.linspace(6, 30, 97),
                             logspace_signed(-320, 0, 40), [5e-324, -5e-324, 27.2, 26.5, 0.0]]))
    res['erf'] = case([x], truth1(mp.erf, x), sc.erf(x))
    res['erfc'] = case([x], truth1(mp.erfc, x), sc.erfc(x))
    xc = uniq(np.concatenate([x, np.logspace(1, 300, 40), [-26.6, -26.0, -20.0]]))
    xc = xc[xc > -26.6]
    res['erfcx'] = case([xc], truth1(_erfcx, xc), sc.erfcx(xc))
    y = uniq(np.concatenate([np.linspace(-0.999, 0.999, 401), logspace_signed(-320, -1, 40),
                             1 - np.logspace(-16, -1, 31), -(1 - np.logspace(-16, -1, 31)), [-1.0, 1.0, 0.0]]))
    res['erfinv'] = case([y], truth1(mp.erfinv, y), sc.erfinv(y))
    z = uniq(np.concatenate([np.linspace(0.001, 1.999, 401), np.logspace(-323, -1, 60),
                             2 - np.logspace(-16, -1, 31), 1 + logspace_signed(-17, -1, 17), [0.0, 2.0]]))
    res['erfcinv'] = case([z], truth1(lambda t: mp.erfinv(1 - t) if t > mp.mpf('1e-30') else _erfcinv_tail(t), z),
                          sc.erfcinv(z))
    xn = uniq(np.concatenate([np.linspace(-40, 40, 801), -np.logspace(0, 1.58, 40), [-38.4, -38.5, 8.3, 9.0]]))
    res['ndtr'] = case([xn], truth1(lambda t: mp.erfc(-t / mp.sqrt(2)) / 2, xn), sc.ndtr(xn))
    xl = uniq(np.concatenate([xn, -np.logspace(1, 150, 40), np.logspace(-3, 1.5, 30)]))
    res['logNdtr'] = case([xl], truth1(lambda t: mp.log(mp.erfc(-t / mp.sqrt(2)) / 2) if t <= 0 else mp.log1p(-mp.erfc(t / mp.sqrt(2)) / 2), xl), sc.log_ndtr(xl))
    p = uniq(np.concatenate([np.linspace(0.001, 0.999, 400), np.logspace(-323.3, -1, 80),
                             1 - np.logspace(-16, -1, 31), [0.0, 1.0, 0.5, 0.075, 0.925, 0.075000001]]))
    res['ndtri'] = case([p], truth1(_ndtri, p), sc.ndtri(p))
    return res


def _erfcx(t):
    if t > 1e6:  # asymptotic series, exact to far below float64 here
        u = 1 / (2 * t * t)
        return (1 - u + 3 * u * u - 15 * u ** 3) / (t * mp.sqrt(mp.pi))
    return mp.exp(t * t) * mp.erfc(t)


def _ndtri(p):
    if p == 0:
        return -mp.inf
    if p == 1:
        return mp.inf
    if p > mp.mpf('1e-20') and p < 1 - mp.mpf('1e-20'):
        return mp.sqrt(2) * mp.erfinv(2 * p - 1)
    lp = mp.log(p)
    x0 = -mp.sqrt(-2 * lp - mp.log(-4 * mp.pi * lp))
    return mp.findroot(lambda x: mp.log(mp.erfc(-x / mp.sqrt(2)) / 2) - lp, x0)


def _erfcinv_tail(z):
    if z == 0:
        return mp.inf
    return -_ndtri(z / 2) / mp.sqrt(2)


def igamma_family():
    res = {}
    # gammainc / gammaincc over a x lambda grid plus edge points
    a_vals = np.concatenate([np.logspace(-3, 0, 7), [1.5, 2, 3.5, 5, 9.5, 10.5, 19, 21, 30, 50, 100, 300],
                             np.logspace(3, 6, 4)])
    lam = np.concatenate([[1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0, 1.01, 1.05, 1.1, 1.2, 1.4,
                           1.6, 2, 3, 5, 10, 30]])
    A, L = np.meshgrid(a_vals, lam)
    a = A.ravel()
    x = (A * L).ravel()
    extra_a = np.array([0.5, 0.5, 1e-300, 1e-10, 2, 1e-3, 0.1, 1e-5, 0.9, 0.99])
    extra_x = np.array([1e-300, 1e-10, 0.5, 1e-10, 1e3, 2.0, 1.05, 0.8, 1.0, 1e-5])
    a = np.concatenate([a, extra_a])
    x = np.concatenate([x, extra_x])
    res['gammainc'] = case([a, x], truth2(gP, a, x), sc.gammainc(a, x))
    res['gammaincc'] = case([a, x], truth2(gQ, a, x), sc.gammaincc(a, x))
    # inverses: p grid
    pa = np.concatenate([[1e-3, 0.05, 0.3, 0.5, 1, 1.5, 3, 7.5, 20, 55, 150, 1000, 1e5]])
    pp = np.concatenate([[1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999, 1 - 1e-8,
                          1 - 1e-15]])
    PA, PP = np.meshgrid(pa, pp)
    ia = PA.ravel()
    ip = PP.ravel()
    res['gammaincinv'] = case([ia, ip], truth2(_gammaincinv, ia, ip), sc.gammaincinv(ia, ip))
    iq = ip
    res['gammainccinv'] = case([ia, iq], truth2(lambda s, q: _gammaincinv(s, 1 - q, q), ia, iq), sc.gammainccinv(ia, iq))
    return res


def ibeta_family():
    res = {}
    # betainc
    bv = np.array([1e-3, 0.1, 0.5, 1, 2.5, 10, 60, 1000, 1e5])
    xs = np.array([1e-10, 1e-3, 0.05, 0.2, 0.4, 0.5, 0.6, 0.8, 0.95, 0.999, 1 - 1e-10])
    A, B, X = np.meshgrid(bv, bv, xs)
    a = A.ravel()
    b = B.ravel()
    x = X.ravel()
    # around the mean for large parameters
    for s in (100, 1e4, 1e6):
        for r in (0.1, 0.5, 0.9):
            aa, bb = s * r, s * (1 - r)
            sd = math.sqrt(r * (1 - r) / s)
            for z in (-5, -2, -0.5, 0, 0.5, 2, 5):
                xv = r + z * sd
                if 0 < xv < 1:
                    a = np.append(a, aa)
                    b = np.append(b, bb)
                    x = np.append(x, xv)
    res['betainc'] = case([a, b, x], truth3(_betainc, a, b, x), sc.betainc(a, b, x))
    res['betaincc'] = case([a, b, x], truth3(lambda s, t, u: _betainc(s, t, u, upper=True), a, b, x),
                           sc.betaincc(a, b, x))
    return res


def _gp_series(a, x):
    """P(a, x) = x^a e^-x / Gamma(a + 1) 1F1(1; a + 1; x) (converges quickly for x <= a)."""
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * mp.hyp1f1(1, a + 1, x, maxterms=10**7)


def _gq_cf(a, x):
    """Q(a, x) by Legendre's continued fraction, modified Lentz, at the working precision."""
    tiny = mp.mpf(10) ** -300
    eps = mp.mpf(10) ** -(mp.mp.dps - 5)
    if not mp.isfinite(x):
        return mp.mpf(0)
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    i = 1
    while i < 10**6:
        an = -i * (i - a)
        b += 2
        d = an * d + b
        if abs(d) < tiny:
            d = tiny
        c = b + an / c
        if abs(c) < tiny:
            c = tiny
        d = 1 / d
        de = d * c
        h *= de
        if abs(de - 1) < eps:
            break
        i += 1
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a)) * h


def gP(a, x):
    if x == 0:
        return mp.mpf(0)
    if not mp.isfinite(x):
        return mp.mpf(1)
    return _gp_series(a, x) if x <= a + 1 else 1 - _gq_cf(a, x)


def gQ(a, x):
    if x == 0:
        return mp.mpf(1)
    if not mp.isfinite(x):
        return mp.mpf(0)
    if x > a + 1:
        return _gq_cf(a, x)
    # Q = 1 - P can be as small as a (for tiny a): carry enough digits to keep it
    extra = int(max(0, -mp.log10(a))) + 10
    with mp.workdps(mp.mp.dps + extra):
        return +(1 - _gp_series(a, x))


def _beta_cf(a, b, x):
    """I_x(a, b) for x below (a + 1)/(a + b + 2): prefactor times the continued fraction (Lentz)."""
    tiny = mp.mpf(10) ** -300
    eps = mp.mpf(10) ** -(mp.mp.dps - 5)
    c = mp.mpf(1)
    d = 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    m = 1
    while m < 10**6:
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((a - 1 + m2) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2))):
            d = 1 + aa * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + aa / c
            if abs(c) < tiny:
                c = tiny
            de = d * c
            h *= de
        if abs(de - 1) < eps:
            break
        m += 1
    return mp.exp(a * mp.log(x) + b * mp.log1p(-x) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))) * h / a


def _betainc(a, b, x, upper=False):
    if x == 0:
        return mp.mpf(1 if upper else 0)
    if x == 1:
        return mp.mpf(0 if upper else 1)
    if x < (a + 1) / (a + b + 2):
        v = _beta_cf(a, b, x)
        return 1 - v if upper else v
    v = _beta_cf(b, a, 1 - x)
    return v if upper else 1 - v


def _gammaincinv(a, p, q=None):
    """x with P(a, x) = p (solved in log x, with the smaller tail)."""
    if q is None:
        q = 1 - p
    if p == 0:
        return mp.mpf(0)
    if q == 0:
        return mp.inf
    x0 = mp.mpf(float(sc.gammaincinv(float(a), float(p)))) if p < 0.5 else mp.mpf(float(sc.gammainccinv(float(a), float(q))))
    if not (x0 > 0) or not mp.isfinite(x0):
        x0 = a
    if p < 0.5:
        f = lambda lx: mp.log(gP(a, mp.exp(lx))) - mp.log(p)
    else:
        f = lambda lx: mp.log(gQ(a, mp.exp(lx))) - mp.log(q)
    return mp.exp(mp.findroot(f, mp.log(x0), tol=mp.mpf(10) ** -30))


def elementary():
    res = {}
    x = uniq(np.concatenate([np.linspace(-50, 50, 201), logspace_signed(-300, 2.9, 40), [0.0, 745, -745, 800, -800]]))
    res['expit'] = case([x], truth1(lambda t: 1 / (1 + mp.exp(-t)), x), sc.expit(x))
    res['logExpit'] = case([x], truth1(lambda t: -mp.log(1 + mp.exp(-t)), x), sc.log_expit(x))
    p = uniq(np.concatenate([np.linspace(0.001, 0.999, 201), np.logspace(-300, -1, 30), 1 - np.logspace(-16, -1, 16),
                             0.5 + logspace_signed(-16, -2, 15), [0.0, 1.0]]))
    res['logit'] = case([p], truth1(lambda t: mp.log(t / (1 - t)), p), sc.logit(p))
    xs = np.concatenate([rng.uniform(-5, 5, 100), [0, 0, 0, 2, 1e-300]])
    ys = np.concatenate([rng.uniform(0, 50, 100), [0, 1, -1, 1e-300, 1e300]])
    res['xlogy'] = case([xs, ys], truth2(lambda s, t: 0 if s == 0 else s * mp.log(t), xs, ys), sc.xlogy(xs, ys))
    y1 = np.concatenate([rng.uniform(-0.99, 5, 100), [0, 0, 1e-20, -1e-20, -1]])
    xs1 = np.concatenate([rng.uniform(-5, 5, 100), [0, 3, 2, 2, 0]])
    res['xlog1py'] = case([xs1, y1], truth2(lambda s, t: 0 if s == 0 else s * mp.log1p(t), xs1, y1), sc.xlog1py(xs1, y1))
    n = np.concatenate([np.arange(0, 60), [100, 170, 171, 200, 1000, 1e4, 1e6, 5.5, 10.25, 30.5], rng.uniform(0, 100, 40)])
    k = np.concatenate([np.arange(0, 60) // 2, [50, 85, 3, 100, 500, 17, 3, 2, 3.5, 12.25], rng.uniform(0, 100, 40)])
    res['comb'] = case([n, k], truth2(lambda s, t: 0 if (t > s or s < 0 or t < 0) else mp.binomial(s, t), n, k),
                       sc.comb(n, k))
    f = np.concatenate([np.arange(-3, 175), [0.5, 3.5, 10.25, 100.5, 170.5]])
    res['factorial'] = case([f], truth1(lambda t: 0 if t < 0 else mp.gamma(t + 1), f), sc.factorial(f))
    return res


def zeta_family():
    res = {}
    s = uniq(np.concatenate([np.linspace(-60, 60, 481), 1 + logspace_signed(-15, -1, 15), logspace_signed(-300, -1, 20),
                             -np.arange(1, 60), np.linspace(-170, -60, 45), np.logspace(1.8, 3, 10), [1.0, 0.0]]))
    res['zeta'] = case([s], truth1(lambda t: mp.zeta(t) if t != 1 else mp.inf, s), sc.zeta(s))
    sv = np.array([1.0001, 1.1, 1.5, 2, 3, 4.5, 10, 30, 80])
    qv = np.array([1e-5, 0.01, 0.3, 1, 2.5, 10, 1e3, 1e6, -1.5, -3.25])
    S, Q = np.meshgrid(sv, qv)
    hs = S.ravel()
    hq = Q.ravel()

    def hz(x, q):
        if q < 0:
            if x != int(x):
                return mp.nan
            m = int(mp.ceil(-q))
            return mp.fsum((q + k) ** -x for k in range(m)) + hz(x, q + m)
        # Euler-Maclaurin at 50 digits (mpmath's zeta(s, q) loses digits for large q at this precision)
        n = 60
        w = q + n
        tot = mp.fsum((q + k) ** -x for k in range(n)) + w ** (1 - x) / (x - 1) + w ** -x / 2
        fac = x * w ** (-x - 1)
        for j in range(1, 30):
            tot += mp.bernoulli(2 * j) / mp.factorial(2 * j) * fac
            fac *= (x + 2 * j - 1) * (x + 2 * j) / w ** 2
        return tot

    res['hurwitzZeta'] = case([hs, hq], truth2(hz, hs, hq), sc.zeta(hs, hq))
    return res


def bessel_family():
    res = {}
    xs = np.concatenate([np.logspace(-10, -1, 10), np.linspace(0.1, 30, 120), np.logspace(1.5, 4, 20), [1e5, 1e8]])
    x1 = uniq(np.concatenate([xs, -xs[::7], [0.0]]))
    # order 0 and 1
    res['j0'] = case([x1], truth1(lambda t: mp.besselj(0, t), x1), sc.j0(x1))
    res['j1'] = case([x1], truth1(lambda t: mp.besselj(1, t), x1), sc.j1(x1))
    xp = uniq(np.concatenate([xs, [0.0]]))
    res['y0'] = case([xp], truth1(lambda t: mp.bessely(0, t) if t > 0 else -mp.inf, xp), sc.y0(xp))
    res['y1'] = case([xp], truth1(lambda t: mp.bessely(1, t) if t > 0 else -mp.inf, xp), sc.y1(xp))
    xi = uniq(np.concatenate([np.logspace(-10, -1, 10), np.linspace(0.1, 50, 100), np.linspace(50, 713, 30), -np.linspace(0.5, 30, 8), [0.0]]))
    res['i0'] = case([xi], truth1(lambda t: mp.besseli(0, t), xi), sc.i0(xi))
    res['i1'] = case([xi], truth1(lambda t: mp.besseli(1, t), xi), sc.i1(xi))
    # real orders: v grid x argument grid
    vs = np.array([-7.5, -2.3, -1, -0.5, 0, 0.25, 0.5, 1, 1.5, 2.7, 5, 10.5, 30, 80.25])
    xg = np.array([1e-8, 0.01, 0.3, 1, 1.9, 2.1, 5, 9.7, 20, 35, 60, 150, 800, 1e4])
    V, X = np.meshgrid(vs, xg)
    v = V.ravel()
    x = X.ravel()
    res['jv'] = case([v, x], truth2(lambda n, t: mp.besselj(n, t), v, x), sc.jv(v, x))
    res['yv'] = case([v, x], truth2(lambda n, t: mp.bessely(n, t), v, x), sc.yv(v, x))
    xk = np.array([1e-8, 0.01, 0.3, 1, 1.9, 2.1, 5, 9.7, 20, 35, 60, 150, 400, 700])
    V, X = np.meshgrid(vs, xk)
    v = V.ravel()
    x = X.ravel()
    res['iv'] = case([v, x], truth2(lambda n, t: mp.besseli(n, t), v, x), sc.iv(v, x))
    res['kv'] = case([v, x], truth2(lambda n, t: mp.besselk(n, t), v, x), sc.kv(v, x))
    return res


FAMILIES = {'bessel': bessel_family, 'zeta': zeta_family, 'gamma': gamma_family, 'erf': erf_family, 'igamma': igamma_family, 'ibeta': ibeta_family, 'elementary': elementary}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(FAMILIES)
    with np.errstate(all='ignore'):
        for name in names:
            data = FAMILIES[name]()
            path = os.path.join(OUT, f'{name}.json')
            write(path, data)
            counts = ', '.join('%s %d' % (k, len(v['truth']['data'])) for k, v in data.items())
            print(f'{name}: {counts} -> {os.path.getsize(path)} bytes')
