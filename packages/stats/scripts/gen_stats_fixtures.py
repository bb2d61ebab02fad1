"""Fixtures for @stride/stats: SciPy's distributions evaluated on grids that reach the far tails.

Run with python3 (SciPy 1.17): writes test/fixtures/distributions.json. For every distribution a
few parameter sets (typical, extreme, invalid) and, for each, every method on a grid of variates
(continuous: both tails and the support's ends; discrete: integers, non-integers, outside the
support) and a grid of probabilities from 1e-300 to 1 - 1e-16, plus the moments and entropy.
"""
import os
import sys
import warnings

import mpmath as mp
import numpy as np
from scipy import stats

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
warnings.filterwarnings('ignore')

Q = np.array([0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999,
              1 - 1e-8, 1 - 1e-15, 1, -0.1, 1.1, np.nan])

# name in Stride, SciPy object, list of (params, variates)
REAL = np.array([-np.inf, -1e300, -40, -10, -3, -1, -1e-10, 0, 1e-300, 1e-20, 1e-10, 0.1, 0.5, 1, 1.5,
                 2, 3, 5, 10, 30, 40, 100, 1e5, 1e300, np.inf, np.nan])
UNIT = np.array([-1, 0, 1e-300, 1e-20, 1e-8, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-8, 1, 2, np.nan])

CONT = [
    ('norm', stats.norm, [({}, REAL), ({'loc': 1, 'scale': 2}, REAL), ({'scale': 0}, REAL[:5]),
                           ({'scale': -1}, REAL[:5])]),
    ('t', stats.t, [({'df': 1}, REAL), ({'df': 3}, REAL), ({'df': 2.5}, REAL), ({'df': 30}, REAL),
                    ({'df': 342}, REAL), ({'df': 343}, REAL), ({'df': 1e5}, REAL), ({'df': 1e6}, REAL), ({'df': 1e7}, REAL), ({'df': 1e8}, REAL), ({'df': 1e10}, REAL[2:23]),
                    ({'df': 0.5}, REAL), ({'df': 0}, REAL[:5]), ({'df': -1}, REAL[:5])]),
    ('chi2', stats.chi2, [({'df': 1}, REAL), ({'df': 2}, REAL), ({'df': 10}, REAL), ({'df': 0.5}, REAL),
                          ({'df': 300}, REAL), ({'df': 0}, REAL[:5])]),
    ('f', stats.f, [({'dfn': 1, 'dfd': 1}, REAL), ({'dfn': 2, 'dfd': 10}, REAL), ({'dfn': 100, 'dfd': 100}, REAL),
                    ({'dfn': 5, 'dfd': 3}, REAL), ({'dfn': 1e3, 'dfd': 1e5}, REAL), ({'dfn': -1, 'dfd': 3}, REAL[:5])]),
    ('gamma', stats.gamma, [({'a': 0.5}, REAL), ({'a': 1}, REAL), ({'a': 3}, REAL), ({'a': 100}, REAL),
                            ({'a': 3, 'loc': -1, 'scale': 0.5}, REAL), ({'a': 0}, REAL[:5])]),
    ('beta', stats.beta, [({'a': 2, 'b': 3}, UNIT), ({'a': 0.5, 'b': 0.5}, UNIT), ({'a': 1, 'b': 1}, UNIT),
                          ({'a': 50, 'b': 0.7}, UNIT), ({'a': 0.1, 'b': 20}, UNIT), ({'a': -1, 'b': 1}, UNIT)]),
    ('expon', stats.expon, [({}, REAL), ({'loc': 2, 'scale': 3}, REAL)]),
    ('uniform', stats.uniform, [({}, UNIT), ({'loc': -1, 'scale': 4}, REAL)]),
    ('lognorm', stats.lognorm, [({'s': 0.5}, REAL), ({'s': 2}, REAL), ({'s': 0}, REAL[:5])]),
    ('cauchy', stats.cauchy, [({}, REAL), ({'loc': -2, 'scale': 0.5}, REAL)]),
    ('laplace', stats.laplace, [({}, REAL), ({'loc': 1, 'scale': 3}, REAL)]),
    ('logistic', stats.logistic, [({}, REAL), ({'scale': 2}, REAL)]),
    ('weibullMin', stats.weibull_min, [({'c': 0.5}, REAL), ({'c': 1}, REAL), ({'c': 2}, REAL), ({'c': 5}, REAL)]),
    ('pareto', stats.pareto, [({'b': 1}, REAL), ({'b': 2.5}, REAL), ({'b': 0.5, 'scale': 2}, REAL)]),
]

INTS = np.array([-np.inf, -3, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 100, 1000, 1e6,
                 np.inf, np.nan])

DISC = [
    ('binom', stats.binom, [({'n': 10, 'p': 0.5}, INTS), ({'n': 20, 'p': 0.05}, INTS), ({'n': 1000, 'p': 0.3}, INTS),
                            ({'n': 5, 'p': 0}, INTS), ({'n': 5, 'p': 1}, INTS), ({'n': 1e6, 'p': 1e-3}, INTS),
                            ({'n': 5, 'p': 1.5}, INTS[:5]), ({'n': 4.5, 'p': 0.5}, INTS[:5])]),
    ('bernoulli', stats.bernoulli, [({'p': 0.3}, INTS), ({'p': 0}, INTS), ({'p': -0.1}, INTS[:5])]),
    ('poisson', stats.poisson, [({'mu': 2}, INTS), ({'mu': 0.01}, INTS), ({'mu': 300}, INTS), ({'mu': 1e6}, INTS),
                                ({'mu': 3, 'loc': 2}, INTS), ({'mu': -1}, INTS[:5])]),
    ('geom', stats.geom, [({'p': 0.5}, INTS), ({'p': 1e-3}, INTS), ({'p': 1}, INTS), ({'p': 0}, INTS[:5])]),
    ('nbinom', stats.nbinom, [({'n': 3, 'p': 0.5}, INTS), ({'n': 0.5, 'p': 0.1}, INTS), ({'n': 50, 'p': 0.9}, INTS),
                              ({'n': 0, 'p': 0.5}, INTS[:5])]),
    ('hypergeom', stats.hypergeom, [({'M': 20, 'n': 7, 'N': 12}, INTS), ({'M': 500, 'n': 50, 'N': 100}, INTS),
                                    ({'M': 10, 'n': 11, 'N': 2}, INTS[:5])]),
]


def scipy_params(name, p):
    return dict(p)


def case(dist, params, xs, discrete):
    d = dist(**params)
    xs = np.asarray(xs, dtype=float)
    out = {'params': params, 'x': enc(xs), 'q': enc(Q)}
    fns = ['pmf', 'logpmf'] if discrete else ['pdf', 'logpdf']
    for m in fns + ['cdf', 'logcdf', 'sf', 'logsf']:
        out[m] = enc(np.asarray(getattr(d, m)(xs), dtype=float))
    out['ppf'] = enc(np.asarray(d.ppf(Q), dtype=float))
    out['isf'] = enc(np.asarray(d.isf(Q), dtype=float))
    for m in ['mean', 'var', 'std', 'median', 'entropy']:
        out[m] = scalar(float(getattr(d, m)()))
    lo, hi = d.interval(0.9)
    out['interval'] = [scalar(float(lo)), scalar(float(hi))]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    res = {'continuous': {}, 'discrete': {}}
    for name, dist, cases in CONT:
        res['continuous'][name] = [case(dist, p, x, False) for p, x in cases]
    for name, dist, cases in DISC:
        res['discrete'][name] = [case(dist, p, x, True) for p, x in cases]
    # SciPy-identical streams: norm, expon, uniform with np.random.default_rng(seed)
    res['rvs'] = {
        'norm': enc(stats.norm.rvs(loc=1, scale=2, size=5, random_state=np.random.default_rng(42))),
        'expon': enc(stats.expon.rvs(scale=3, size=5, random_state=np.random.default_rng(42))),
        'uniform': enc(stats.uniform.rvs(loc=-1, scale=2, size=5, random_state=np.random.default_rng(42))),
        # gamma: exponential (a = 1), Ahrens-Dieter (a < 1) and Marsaglia-Tsang (a > 1) streams
        **{f'gamma_{a}': enc(stats.gamma.rvs(a, loc=1, scale=2, size=8, random_state=np.random.default_rng(42)))
           for a in (0.5, 1, 2.5, 10)},
        # beta: Johnk (a, b <= 1) and the ratio of gammas
        'beta_2_3': enc(stats.beta.rvs(2, 3, size=8, random_state=np.random.default_rng(42))),
        'beta_0.5_0.7': enc(stats.beta.rvs(0.5, 0.7, size=8, random_state=np.random.default_rng(42))),
        # poisson: multiplication (mu < 10) and PTRS (mu >= 10)
        **{f'poisson_{mu}': enc(stats.poisson.rvs(mu, loc=2, size=8, random_state=np.random.default_rng(42)).astype(float))
           for mu in (3, 25, 1000)},
    }
    res['truth'] = truths()
    write(os.path.join(OUT, 'distributions.json'), res)


def truths():
    """Points where SciPy 1.17 loses digits (or answers wrongly): the value from mpmath at 40 digits."""
    mp.mp.dps = 40
    out = []

    def add(dist, method, params, x, v):
        out.append({'dist': dist, 'method': method, 'params': params, 'x': x, 'want': scalar(float(v))})

    n = mp.mpf(10) ** 6
    add('poisson', 'pmf', {'mu': 1e6}, 1e6, mp.exp(-n) * n ** n / mp.factorial(n))
    p = mp.mpf('0.001')
    add('binom', 'logpmf', {'n': 1e6, 'p': 1e-3}, 1000, mp.log(mp.binomial(n, 1000)) + 1000 * mp.log(p) + (n - 1000) * mp.log(1 - p))
    add('beta', 'sf', {'a': 0.5, 'b': 0.5}, 1e-20, 1 - mp.betainc(0.5, 0.5, 0, mp.mpf(1e-20), regularized=True))
    add('t', 'cdf', {'df': 1}, -1e-10, mp.mpf(1) / 2 - mp.atan(mp.mpf(1e-10)) / mp.pi)
    add('poisson', 'sf', {'mu': 300}, 1000, mp.gammainc(1001, 0, 300, regularized=True))
    a, b, x = mp.mpf(1000), mp.mpf(100000), mp.mpf(1.5)
    add('f', 'pdf', {'dfn': 1000, 'dfd': 100000}, 1.5, mp.exp(a / 2 * mp.log(a) + b / 2 * mp.log(b) + (a / 2 - 1) * mp.log(x)
                                                            - (a + b) / 2 * mp.log(b + a * x) - mp.log(mp.beta(a / 2, b / 2))))
    # t far tail quantile (SciPy answers +inf): solve cdf(x) = 1e-300 for df = 3 in mpmath
    def tcdf(xx, df=3):
        z = df / (df + xx * xx)
        return mp.betainc(mp.mpf(df) / 2, mp.mpf(1) / 2, 0, z, regularized=True) / 2
    target = mp.log(mp.mpf('1e-300'))
    lo_u, hi_u = mp.mpf(200), mp.mpf(260)  # bisection on u = log(-x)
    for _ in range(200):
        mid = (lo_u + hi_u) / 2
        if mp.log(tcdf(-mp.exp(mid))) > target:
            lo_u = mid
        else:
            hi_u = mid
    xr = -mp.exp((lo_u + hi_u) / 2)
    add('t', 'ppf', {'df': 3}, 1e-300, xr)
    # hypergeom isf(1e-20) (SciPy answers 50): smallest k with sf(k) <= 1e-20, by exact sums
    M, ng, N = 500, 50, 100
    pm = [mp.binomial(ng, k) * mp.binomial(M - ng, N - k) / mp.binomial(M, N) for k in range(0, 51)]
    k = next(k for k in range(51) if sum(pm[k + 1:]) <= mp.mpf('1e-20'))
    add('hypergeom', 'isf', {'M': M, 'n': ng, 'N': N}, 1e-20, k)
    # Poisson entropy at mu = 1e6 (SciPy's sum stops early): -sum p log p over +-60 sd
    mu = mp.mpf(10) ** 6
    h = mp.mpf(0)
    lo, hi = int(mu - 60 * 1000), int(mu + 60 * 1000)
    lp = -mu + lo * mp.log(mu) - mp.loggamma(lo + 1)
    for kk in range(lo, hi + 1):
        h -= mp.exp(lp) * lp
        lp += mp.log(mu) - mp.log(kk + 1)
    add('poisson', 'entropy', {'mu': 1e6}, 0, h)
    return out


def descriptive():
    """Descriptive statistics and the simple tests on fixed samples (written to descriptive.json)."""
    rng = np.random.default_rng(20261206)
    a = rng.standard_normal((6, 4)) * [1, 2, 3, 4] + [0, 1, 2, 3]
    a[2, 1] = 7.5
    b = rng.gamma(2.0, size=25)
    c = rng.standard_normal(30) + 0.4
    ints = np.array([[1, 2, 2, 3], [3, 3, 1, 1], [4, 4, 4, 0]], dtype=float)
    out = {'a': enc(a), 'b': enc(b), 'c': enc(c), 'ints': enc(ints)}
    for ax, key in [(0, 'ax0'), (1, 'ax1'), (None, 'axNone')]:
        out[key] = {
            'skew': enc(np.asarray(stats.skew(a, axis=ax))),
            'skewUnbiased': enc(np.asarray(stats.skew(a, axis=ax, bias=False))),
            'kurtosis': enc(np.asarray(stats.kurtosis(a, axis=ax))),
            'kurtosisPearsonUnbiased': enc(np.asarray(stats.kurtosis(a, axis=ax, fisher=False, bias=False))),
            'sem': enc(np.asarray(stats.sem(a, axis=ax))),
            'zscore': enc(np.asarray(stats.zscore(a, axis=ax))),
            'iqr': enc(np.asarray(stats.iqr(a, axis=ax))),
        }
    m = stats.mode(ints, axis=1)
    out['mode'] = {'mode': enc(m.mode), 'count': enc(m.count.astype(float))}
    d = stats.describe(b)
    out['describe'] = {'nobs': int(d.nobs), 'min': scalar(d.minmax[0]), 'max': scalar(d.minmax[1]), 'mean': scalar(d.mean),
                       'variance': scalar(d.variance), 'skewness': scalar(d.skewness), 'kurtosis': scalar(d.kurtosis)}
    tests = {}
    for alt in ['two-sided', 'less', 'greater']:
        r = stats.ttest_1samp(b, 1.7, alternative=alt)
        tests['ttest1samp ' + alt] = [scalar(r.statistic), scalar(r.pvalue), scalar(r.df)]
        for eq in [True, False]:
            r = stats.ttest_ind(b, c, equal_var=eq, alternative=alt)
            tests[f'ttestInd {eq} {alt}'] = [scalar(r.statistic), scalar(r.pvalue), scalar(r.df)]
        r = stats.ttest_rel(b, c[:25], alternative=alt)
        tests['ttestRel ' + alt] = [scalar(r.statistic), scalar(r.pvalue), scalar(r.df)]
        r = stats.pearsonr(b, c[:25], alternative=alt)
        tests['pearsonr ' + alt] = [scalar(r.statistic), scalar(r.pvalue)]
    r = stats.linregress(b, c[:25])
    tests['linregress'] = [scalar(r.slope), scalar(r.intercept), scalar(r.rvalue), scalar(r.pvalue), scalar(r.stderr),
                           scalar(r.intercept_stderr)]
    out['tests'] = tests
    write(os.path.join(OUT, 'descriptive.json'), out)


if __name__ == '__main__':
    main()
    descriptive()
