"""Fixtures for @stride/stats' estimators: gaussian_kde, maximum-likelihood fit and bootstrap.

Run with python3 (SciPy 1.17): writes test/fixtures/estimation.json. KDE: densities, log densities,
box integrals, factors and covariances in one and two dimensions, weighted and not. Fit: SciPy's
parameters and negative log-likelihood (SciPy's own optimizer stops near 1e-4 relative, so tests
check that ours is at least as likely and close). Bootstrap: SciPy's intervals with many resamples
(different random streams: compared within Monte Carlo error).
"""
import os
import sys
import warnings

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
warnings.filterwarnings('ignore')
rng = np.random.default_rng(7)

kde = []
x1 = rng.normal(0, 1, 40)
x2 = np.vstack([rng.normal(0, 1, 60), rng.normal(1, 2, 60)])
x2[1] += 0.5 * x2[0]
w1 = rng.uniform(0.1, 2, 40)
pts1 = np.linspace(-4, 4, 17)
pts2 = np.vstack([np.linspace(-3, 3, 9), np.linspace(-2, 5, 9)])
for data, pts, w, bw in [(x1, pts1, None, None), (x1, pts1, None, 'silverman'), (x1, pts1, None, 0.3), (x1, pts1, w1, None),
                         (x2, pts2, None, None), (x2, pts2, None, 'silverman')]:
    k = stats.gaussian_kde(data, bw_method=bw, weights=w)
    case = {'data': enc(data), 'points': enc(pts), 'pdf': enc(k.evaluate(pts)), 'logpdf': enc(k.logpdf(pts)),
            'factor': scalar(float(k.factor)), 'covariance': enc(k.covariance), 'neff': scalar(float(k.neff)),
            'bw': bw}
    if w is not None:
        case['weights'] = enc(w)
    if data.ndim == 1:
        case['box'] = [scalar(float(k.integrate_box_1d(-1, 0.5))), scalar(float(k.integrate_box_1d(-np.inf, 2)))]
    kde.append(case)
far = stats.gaussian_kde(x1)
kde_far = {'points': enc(np.array([30.0, -45.0])), 'logpdf': enc(far.logpdf([30.0, -45.0]))}

fits = []
pos = rng.gamma(3, 1.5, 80)
unit = rng.beta(2, 5, 60)
real = rng.standard_t(5, 70)
for name, dist, data, kw, fixed in [
    ('norm', stats.norm, real, {}, {}),
    ('expon', stats.expon, pos, {}, {}),
    ('uniform', stats.uniform, unit, {}, {}),
    ('laplace', stats.laplace, real, {}, {}),
    ('lognorm', stats.lognorm, pos, {'floc': 0}, {'loc': 0}),
    ('gamma', stats.gamma, pos, {'floc': 0}, {'loc': 0}),
    ('weibullMin', stats.weibull_min, pos, {'floc': 0}, {'loc': 0}),
    ('beta', stats.beta, unit, {'floc': 0, 'fscale': 1}, {'loc': 0, 'scale': 1}),
    ('t', stats.t, real, {}, {}),
    ('logistic', stats.logistic, real, {}, {}),
    ('cauchy', stats.cauchy, real, {}, {}),
    ('gamma', stats.gamma, pos, {}, {}),
]:
    p = dist.fit(data, **kw)
    names = ([s.strip() for s in dist.shapes.split(',')] if dist.shapes else []) + ['loc', 'scale']
    stride_names = {'c': 'c'}
    params = {stride_names.get(n, n): float(v) for n, v in zip(names, p)}
    fits.append({'dist': name, 'data': enc(data), 'fixed': fixed, 'params': params,
                 'nllf': float(-np.sum(dist.logpdf(data, *p)))})

boot = []
bx = rng.normal(2, 1.5, 50)
by = rng.exponential(1, 40)
for method in ['percentile', 'basic', 'BCa']:
    for stat, f in [('mean', np.mean), ('std', lambda v, axis=-1: np.std(v, ddof=1, axis=axis))]:
        r = stats.bootstrap((bx,), f, n_resamples=100000, method=method, rng=np.random.default_rng(1))
        boot.append({'method': method, 'statistic': stat, 'data': [enc(bx)], 'low': r.confidence_interval.low,
                     'high': r.confidence_interval.high, 'se': r.standard_error})
r = stats.bootstrap((bx, by), lambda a, b, axis=-1: np.mean(a, axis=axis) - np.mean(b, axis=axis),
                    n_resamples=100000, rng=np.random.default_rng(2))
boot.append({'method': 'BCa', 'statistic': 'meandiff', 'data': [enc(bx), enc(by)], 'low': r.confidence_interval.low,
             'high': r.confidence_interval.high, 'se': r.standard_error})

write(os.path.join(OUT, 'estimation.json'), {'kde': kde, 'kdeFar': kde_far, 'fit': fits, 'bootstrap': boot})
