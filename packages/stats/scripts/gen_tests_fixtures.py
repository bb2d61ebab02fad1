"""Fixtures for @stride/stats' hypothesis tests: SciPy 1.17's answers on small samples (exact
paths), ties, large samples (asymptotic paths), every alternative, NaN policies and axes.

Run with python3 (SciPy 1.17): writes test/fixtures/tests.json, a list of cases
{fn, args, opts, want}: `fn` the Stride name, `args` the positional inputs (encoded arrays or
numbers), `opts` Stride's options object, `want` SciPy's result fields (camelCase).
"""
import hashlib
import os
import sys
import warnings

import numpy as np
from scipy import stats
from scipy.stats._ksstats import _kolmogn_DMTW

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'scripts'))
from fixtures import enc, scalar, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'fixtures')
warnings.filterwarnings('ignore')
rng = np.random.default_rng(20261206)
ALTS = ['two-sided', 'less', 'greater']
CASES = []


DATA = {}


def arg(v):
    """A number, a small encoded array, or {'ref': key} into the shared DATA table."""
    if isinstance(v, (int, float)):
        return scalar(v)
    a = np.asarray(v, dtype=float)
    if a.size <= 24:
        return enc(a)
    key = hashlib.sha1(a.tobytes()).hexdigest()[:12]
    DATA[key] = enc(a)
    return {'ref': key}


def add(fn, args, opts, want):
    out = {}
    for k, v in want.items():
        out[k] = enc(np.asarray(v, dtype=float)) if np.ndim(v) else scalar(float(v))
    CASES.append({'fn': fn, 'args': [arg(a) for a in args], 'opts': opts, 'want': out})


def res(r, *extra):
    d = {'statistic': r.statistic, 'pvalue': r.pvalue}
    for e in extra:
        d[e[0]] = getattr(r, e[1])
    return d


small_a = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
small_b = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
tied_a = [1, 2, 2, 3, 3, 3, 4, 5, 5, 6]
tied_b = [2, 3, 3, 4, 6, 6, 7, 7, 8]
big_a = rng.normal(0, 1, 300)
big_b = rng.normal(0.2, 1.3, 250)
nan_a = [1.2, np.nan, 3.4, 2.2, 5.1, 0.3, 4.4]
two_d_a = rng.normal(0, 1, (3, 12))
two_d_b = rng.normal(0.5, 1, (3, 10))

# mannwhitneyu
for x, y in [(small_a[:5], small_b[:7]), (small_a, small_b), (tied_a, tied_b), (big_a, big_b), (small_a[:3], small_b[:2])]:
    for alt in ALTS:
        for method in ['auto', 'exact', 'asymptotic']:
            for cont in [True, False]:
                if method != 'asymptotic' and not cont:
                    continue
                if method == 'exact' and len(x) > 100:
                    continue
                r = stats.mannwhitneyu(x, y, use_continuity=cont, alternative=alt, method=method)
                add('mannwhitneyu', [x, y], {'alternative': alt, 'method': method, 'useContinuity': cont}, res(r))
r = stats.mannwhitneyu(two_d_a, two_d_b, axis=1)
add('mannwhitneyu', [two_d_a, two_d_b], {'axis': 1}, res(r))
for pol in ['propagate', 'omit']:
    add('mannwhitneyu', [nan_a, small_b], {'nanPolicy': pol}, res(stats.mannwhitneyu(nan_a, small_b, nan_policy=pol)))

# wilcoxon
wd = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75]
wd_tied = [1.5, -2, 2, 3, 3, -4, 5, 0, 7, 8]
wd_big = rng.normal(0.3, 1, 80)
wd_tied_big = np.round(rng.normal(0.5, 2, 30))
for d in [wd, wd_tied, wd_big, wd_tied_big, small_a[:6]]:
    for alt in ALTS:
        for zm in ['wilcox', 'pratt', 'zsplit']:
            for method in ['auto', 'asymptotic', 'exact']:
                for corr in [False, True]:
                    if method != 'asymptotic' and corr:
                        continue
                    if method == 'exact' and len(d) > 60:
                        continue
                    r = stats.wilcoxon(d, zero_method=zm, correction=corr, alternative=alt, method=method)
                    w = res(r)
                    if method == 'asymptotic':
                        w['zstatistic'] = r.zstatistic
                    add('wilcoxon', [d], {'zeroMethod': zm, 'correction': corr, 'alternative': alt, 'method': method}, w)
r = stats.wilcoxon(small_a, small_b)
add('wilcoxon', [small_a, small_b], {}, res(r))
r = stats.wilcoxon(two_d_a, axis=1)
add('wilcoxon', [two_d_a], {'axis': 1}, res(r))
add('wilcoxon', [nan_a], {'nanPolicy': 'omit'}, res(stats.wilcoxon(nan_a, nan_policy='omit')))

# kruskal, friedman, f_oneway, levene, bartlett
g1, g2, g3 = [2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]
t1, t2, t3 = [1, 1, 2, 3, 3], [2, 2, 2, 4], [3, 4, 4, 5, 5, 5]
for gs in [(g1, g2, g3), (t1, t2, t3), (big_a, big_b), (g1, g2)]:
    gs = [np.asarray(g, dtype=float) for g in gs]
    add('kruskal', list(gs), {}, res(stats.kruskal(*gs)))
    add('fOneway', list(gs), {}, res(stats.f_oneway(*gs)))
    add('fOneway', list(gs), {'equalVar': False}, res(stats.f_oneway(*gs, equal_var=False)))
    for c in ['median', 'mean', 'trimmed']:
        add('levene', list(gs), {'center': c}, res(stats.levene(*gs, center=c)))
    add('levene', list(gs), {'center': 'trimmed', 'proportiontocut': 0.2}, res(stats.levene(*gs, center='trimmed', proportiontocut=0.2)))
    add('bartlett', list(gs), {}, res(stats.bartlett(*gs)))
add('kruskal', [two_d_a, two_d_b], {'axis': 1}, res(stats.kruskal(two_d_a, two_d_b, axis=1)))
add('fOneway', [two_d_a, two_d_b], {'axis': 1}, res(stats.f_oneway(two_d_a, two_d_b, axis=1)))
add('levene', [two_d_a, two_d_b], {'axis': 1}, res(stats.levene(two_d_a, two_d_b, axis=1)))
add('bartlett', [two_d_a, two_d_b], {'axis': 1}, res(stats.bartlett(two_d_a, two_d_b, axis=1)))
add('kruskal', [nan_a, g1], {'nanPolicy': 'omit'}, res(stats.kruskal(nan_a, g1, nan_policy='omit')))
add('fOneway', [[1, 1, 1], [2, 2]], {}, res(stats.f_oneway([1, 1, 1], [2, 2])))
fr = [[72, 96, 88, 92, 74, 76, 82], [120, 95, 110, 100, 116, 104, 99], [76, 95, 85, 84, 72, 76, 86]]
fr_tied = [[1, 2, 3, 3], [2, 2, 3, 1], [3, 1, 3, 2], [1, 1, 2, 2]]
add('friedmanchisquare', fr, {}, res(stats.friedmanchisquare(*fr)))
add('friedmanchisquare', fr_tied, {}, res(stats.friedmanchisquare(*fr_tied)))
fb = list(rng.normal(0, 1, (4, 40)))
add('friedmanchisquare', fb, {}, res(stats.friedmanchisquare(*fb)))

# correlations
for x, y in [(small_a, small_b), (tied_a[:9], tied_b), (big_a[:250], big_b), ([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])]:
    for alt in ALTS:
        add('spearmanr', [x, y], {'alternative': alt}, res(stats.spearmanr(x, y, alternative=alt)))
        for method in ['auto', 'asymptotic']:
            for variant in ['b', 'c']:
                add('kendalltau', [x, y], {'alternative': alt, 'method': method, 'variant': variant},
                    res(stats.kendalltau(x, y, alternative=alt, method=method, variant=variant)))
kx = rng.permutation(30).astype(float)
ky = kx.copy(); ky[[3, 7]] = ky[[7, 3]]
for alt in ALTS:
    add('kendalltau', [kx, ky], {'alternative': alt}, res(stats.kendalltau(kx, ky, alternative=alt)))
    kb = rng.permutation(40).astype(float)
    add('kendalltau', [np.arange(40.), kb], {'alternative': alt, 'method': 'exact'},
        res(stats.kendalltau(np.arange(40.), kb, alternative=alt, method='exact')))
sp2 = rng.normal(0, 1, (15, 4))
sp2[:, 1] += sp2[:, 0]
add('spearmanr', [sp2], {}, res(stats.spearmanr(sp2)))
add('spearmanr', [sp2.T], {'axis': 1}, res(stats.spearmanr(sp2.T, axis=1)))
add('spearmanr', [sp2[:, :2], sp2[:, 2:]], {'alternative': 'greater'}, res(stats.spearmanr(sp2[:, :2], sp2[:, 2:], alternative='greater')))
sp2n = sp2.copy(); sp2n[3, 2] = np.nan
add('spearmanr', [sp2n], {'nanPolicy': 'omit'}, res(stats.spearmanr(sp2n, nan_policy='omit')))
add('spearmanr', [sp2n], {}, res(stats.spearmanr(sp2n)))
add('spearmanr', [nan_a, small_b[:7]], {'nanPolicy': 'omit'}, res(stats.spearmanr(nan_a, small_b[:7], nan_policy='omit')))
add('kendalltau', [nan_a, small_b[:7]], {'nanPolicy': 'omit'}, res(stats.kendalltau(nan_a, small_b[:7], nan_policy='omit')))
pb_x = [0, 0, 0, 1, 1, 1, 1, 0, 1]
add('pointbiserialr', [pb_x, small_a], {}, res(stats.pointbiserialr(pb_x, small_a)))

# counts
obs = [16, 18, 16, 14, 12, 12]
exp = [16, 16, 16, 16, 16, 8]
add('chisquare', [obs], {}, res(stats.chisquare(obs)))
add('chisquare', [obs, exp], {}, res(stats.chisquare(obs, exp)))
add('chisquare', [obs], {'ddof': 2}, res(stats.chisquare(obs, ddof=2)))
tab = rng.integers(5, 40, (4, 6)).astype(float)
add('chisquare', [tab], {'axis': 1}, res(stats.chisquare(tab, axis=1)))
add('chisquare', [tab], {'axis': None}, res(stats.chisquare(tab, axis=None)))
for lam in ['pearson', 'log-likelihood', 'freeman-tukey', 'mod-log-likelihood', 'neyman', 'cressie-read', 0.3]:
    add('powerDivergence', [obs, exp], {'lambda_': lam}, res(stats.power_divergence(obs, exp, lambda_=lam)))
for t in [[[10, 10, 20], [20, 20, 20]], [[12, 3], [5, 9]], [[3, 0], [0, 4]], tab.tolist(),
          rng.integers(1, 20, (2, 3, 4)).tolist()]:
    for corr in [True, False]:
        for lam in [None, 'log-likelihood']:
            r = stats.chi2_contingency(t, correction=corr, lambda_=lam)
            opts = {'correction': corr}
            if lam:
                opts['lambda_'] = lam
            add('chi2Contingency', [t], opts, {'statistic': r.statistic, 'pvalue': r.pvalue, 'dof': r.dof,
                                              'expectedFreq': r.expected_freq})
for t in [[[8, 2], [1, 5]], [[3, 7], [9, 1]], [[0, 5], [5, 0]], [[10, 10], [10, 10]], [[1, 0], [0, 0]],
          [[120, 30], [40, 95]], [[6, 2], [3, 9]], [[2, 7], [8, 2]]]:
    for alt in ALTS:
        add('fisherExact', [t], {'alternative': alt}, res(stats.fisher_exact(t, alternative=alt)))
for k, n, p in [(7, 20, 0.5), (3, 15, 0.1), (0, 10, 0.3), (10, 10, 0.3), (682, 925, 0.75), (51, 235, 1 / 6), (5, 10, 0.5)]:
    for alt in ALTS:
        r = stats.binomtest(k, n, p, alternative=alt)
        w = {'statistic': r.statistic, 'pvalue': r.pvalue}
        for cl in [0.95, 0.8]:
            for m in ['exact', 'wilson', 'wilsoncc']:
                ci = r.proportion_ci(confidence_level=cl, method=m)
                w[f'ci_{m}_{cl}_low'] = ci.low
                w[f'ci_{m}_{cl}_high'] = ci.high
        add('binomtest', [k, n], {'p': p, 'alternative': alt}, w)

# Kolmogorov-Smirnov
def ksres(r):
    return {'statistic': r.statistic, 'pvalue': r.pvalue, 'statisticLocation': r.statistic_location,
            'statisticSign': r.statistic_sign}


ks_small = [-1.2, -0.4, 0.1, 0.3, 0.9, 1.7]
ks_mid = rng.normal(0.1, 1, 60)
ks_big = rng.normal(0.05, 1, 400)
ks_t = rng.standard_t(3, 25)
for x in [ks_small, ks_mid, ks_big, small_a]:
    for alt in ALTS:
        for method in ['auto', 'exact', 'asymp']:
            add('kstest', [x], {'cdf': 'norm', 'alternative': alt, 'method': method},
                ksres(stats.kstest(x, 'norm', alternative=alt, method=method)))
for alt in ALTS:
    add('kstest', [ks_t], {'cdf': 't', 'args': {'df': 3}, 'alternative': alt}, ksres(stats.kstest(ks_t, 't', args=(3,), alternative=alt)))
    add('kstest', [np.abs(ks_mid)], {'cdf': 'expon', 'args': {'scale': 0.8}, 'alternative': alt},
        ksres(stats.kstest(np.abs(ks_mid), 'expon', args=(0, 0.8), alternative=alt)))
two_a = rng.normal(0, 1, 37)
two_b = rng.normal(0.6, 1.2, 45)
eq_a = rng.normal(0, 1, 30)
eq_b = rng.normal(0.9, 1, 30)
for x, y in [(small_a, small_b), (tied_a, tied_b), (two_a, two_b), (eq_a, eq_b), (big_a, big_b), ([1, 2, 3], [2.5, 4, 5, 6])]:
    for alt in ALTS:
        for method in ['auto', 'exact', 'asymp']:
            add('ks2samp', [x, y], {'alternative': alt, 'method': method},
                ksres(stats.ks_2samp(x, y, alternative=alt, method=method)))
add('kstest', [two_a, two_b], {}, ksres(stats.kstest(two_a, two_b)))
add('ks2samp', [two_d_a, two_d_b], {'axis': 1}, ksres(stats.ks_2samp(two_d_a, two_d_b, axis=1)))
# the exact two-sided one-sample distribution on a grid of n and d (kstwo.sf)
kn, kd, kp = [], [], []
for n in [1, 2, 3, 5, 10, 20, 50, 100, 140, 141, 500, 1000]:
    for d in [0.01, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.45, 0.5, 0.6, 0.8, 0.95]:
        kn.append(n); kd.append(d)
        # beyond n = 140 SciPy switches to the Pelz-Good expansion where n d^2 < 2.2; its own exact
        # Durbin-matrix routine (in long double) is the reference there
        if n > 140 and n * d * d < 2.2:
            kp.append(float(1 - _kolmogn_DMTW(n, d)))
        else:
            kp.append(stats.kstwo.sf(d, n))
SPECIAL = {'kstwo': {'n': enc(np.array(kn, dtype=float)), 'd': enc(np.array(kd)), 'sf': enc(np.array(kp))}}
sn, sd, sp = [], [], []
for n in [1, 2, 5, 10, 50, 200, 1000, 5000]:
    for d in [0.001, 0.01, 0.05, 0.1, 0.2, 0.4, 0.7, 0.99]:
        sn.append(n); sd.append(d); sp.append(stats.ksone.sf(d, n))
SPECIAL['smirnov'] = {'n': enc(np.array(sn, dtype=float)), 'd': enc(np.array(sd)), 'sf': enc(np.array(sp))}
ky = np.array([0.05, 0.2, 0.5, 0.8, 1, 1.2, 1.5, 2, 3, 5])
SPECIAL['kolmogorov'] = {'y': enc(ky), 'sf': enc(stats.kstwobign.sf(ky))}

# Shapiro-Wilk, Anderson-Darling, moment
for x in [[2.1, 3.4, 1.9], [2.1, 3.4, 1.9, 5.6], [2.1, 3.4, 1.9, 5.6, 4.4], small_a, ks_small, ks_mid, ks_big,
          rng.exponential(1, 30), rng.exponential(1, 11), [1, 2, 3, 4, 100.0], rng.normal(0, 1, 2500)]:
    add('shapiro', [x], {}, res(stats.shapiro(x)))
add('shapiro', [two_d_a], {'axis': 1}, res(stats.shapiro(two_d_a, axis=1)))
add('shapiro', [nan_a], {'nanPolicy': 'omit'}, res(stats.shapiro(nan_a, nan_policy='omit')))
for x in [small_a, ks_mid, rng.exponential(2, 40), rng.logistic(1, 2, 50), rng.gumbel(1, 2, 45)]:
    for dist in ['norm', 'expon', 'logistic', 'gumbel_r', 'gumbel_l', 'gumbel']:
        if dist == 'expon' and np.min(x) < 0:
            continue
        r = stats.anderson(x, dist=dist)
        add('anderson', [x], {'dist': dist}, {'statistic': r.statistic, 'criticalValues': r.critical_values,
                                               'significanceLevel': r.significance_level,
                                               'fitLoc': r.fit_result.params[-2], 'fitScale': r.fit_result.params[-1]})
        r = stats.anderson(x, dist=dist, method='interpolate')
        add('anderson', [x], {'dist': dist, 'method': 'interpolate'}, {'statistic': r.statistic, 'pvalue': r.pvalue})
for order in [0, 1, 2, 3, 4, 5]:
    add('moment', [small_a], {'order': order}, {'value': stats.moment(small_a, order=order)})
    add('moment', [two_d_a], {'order': order, 'axis': 1}, {'value': stats.moment(two_d_a, order=order, axis=1)})
add('moment', [small_a], {'order': 3, 'center': 1.5}, {'value': stats.moment(small_a, order=3, center=1.5)})
add('moment', [nan_a], {'order': 2, 'nanPolicy': 'omit'}, {'value': stats.moment(nan_a, order=2, nan_policy='omit')})

# t-tests along an axis, with NaN policies
for alt in ALTS:
    add('ttest1samp', [two_d_a, 0.2], {'axis': 1, 'alternative': alt}, res(stats.ttest_1samp(two_d_a, 0.2, axis=1, alternative=alt), ('df', 'df')))
    add('ttestInd', [two_d_a, two_d_b], {'axis': 1, 'alternative': alt}, res(stats.ttest_ind(two_d_a, two_d_b, axis=1, alternative=alt), ('df', 'df')))
    add('ttestInd', [two_d_a, two_d_b], {'axis': 1, 'equalVar': False, 'alternative': alt},
        res(stats.ttest_ind(two_d_a, two_d_b, axis=1, equal_var=False, alternative=alt), ('df', 'df')))
    add('ttestRel', [two_d_a[:, :10], two_d_b], {'axis': 1, 'alternative': alt},
        res(stats.ttest_rel(two_d_a[:, :10], two_d_b, axis=1, alternative=alt), ('df', 'df')))
add('ttest1samp', [two_d_a.T, 0.0], {'axis': 0}, res(stats.ttest_1samp(two_d_a.T, 0.0, axis=0), ('df', 'df')))
add('ttest1samp', [two_d_a, 0.0], {'axis': None}, res(stats.ttest_1samp(two_d_a, 0.0, axis=None), ('df', 'df')))
add('ttest1samp', [nan_a, 2.0], {'nanPolicy': 'omit'}, res(stats.ttest_1samp(nan_a, 2.0, nan_policy='omit'), ('df', 'df')))
add('ttestRel', [nan_a, small_b[:7]], {'nanPolicy': 'omit'}, res(stats.ttest_rel(nan_a, small_b[:7], nan_policy='omit'), ('df', 'df')))

# Student t tails at huge degrees of freedom, from mpmath (SciPy's betainc loses ~df * 1e-17 there)
import mpmath as mp  # noqa: E402
mp.mp.dps = 40
tdf, tx, tsf = [], [], []
for df in [1e5, 1e6, 1e7, 1e8, 1e10, 1e13]:
    for x in [-30, -10, -3, -1, -0.1, 1e-8, 0.1, 1, 3, 10, 30]:
        m_df, m_x = mp.mpf(df), mp.mpf(x)
        half = mp.betainc(m_df / 2, mp.mpf(1) / 2, 0, m_df / (m_df + m_x * m_x), regularized=True) / 2
        tdf.append(df); tx.append(x); tsf.append(float(half if x > 0 else 1 - half))
SPECIAL['tHugeDf'] = {'df': enc(np.array(tdf)), 'x': enc(np.array(tx, dtype=float)), 'sf': enc(np.array(tsf))}

write(os.path.join(OUT, 'tests.json'), {'data': DATA, 'cases': CASES, 'special': SPECIAL})
print(len(CASES), 'cases')
