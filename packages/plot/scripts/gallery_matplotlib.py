"""Renders the gallery of test/gallery.ts with matplotlib, same data and sizes, for the side-by-side
in docs/plot-gallery.md. Needs python3-matplotlib (Debian). Run:
    python3 packages/plot/scripts/gallery_matplotlib.py [outDir]
Seeded data uses np.random.default_rng, whose streams Stride's random.defaultRng reproduces.
"""
import os
import sys

import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'docs', 'plot-gallery')


def fig_ax(w=480, h=360, **kw):
    return plt.subplots(figsize=(w / 100, h / 100), dpi=100, **kw)


def line():
    fig, ax = fig_ax()
    x = np.arange(200) / 199 * 10
    ax.plot(x, np.sin(x), label='sin(x)')
    ax.plot(x, np.cos(x), '--', label='cos(x)')
    xs = x[::20]
    ax.plot(xs, np.sin(xs) * np.exp(-xs / 5), 'r-o', label='damped')
    ax.set_title('Lines, markers, a legend'); ax.set_xlabel('x'); ax.set_ylabel('y')
    ax.legend(loc='lower left')
    return fig


def scatter():
    rng = np.random.default_rng(0)
    fig, ax = fig_ax()
    x = rng.standard_normal(200); y = rng.standard_normal(200); c = rng.random(200); s = rng.random(200)
    ax.scatter(x, y, c=c, s=20 + 200 * s, alpha=0.7, cmap='viridis')
    ax.set_title('Scatter coloured by value')
    return fig


def bar():
    fig, ax = fig_ax()
    ax.bar(range(5), [5, 7, 3, 8, 6], label='this year')
    ax.bar(range(5), [2, 3, 1, 2, 2], bottom=[5, 7, 3, 8, 6], label='last year')
    ax.set_xticks(range(5), ['north', 'south', 'east', 'west', 'centre'])
    ax.set_ylabel('count'); ax.legend()
    return fig


def hist():
    rng = np.random.default_rng(1)
    fig, ax = fig_ax()
    ax.hist(rng.standard_normal(1000), 30, alpha=0.7, label='N(0, 1)')
    ax.hist(rng.normal(2, 0.5, 1000), 30, histtype='step', linewidth=2, label='N(2, 0.5)')
    ax.legend(); ax.set_title('Histograms')
    return fig


def fillBetween():
    fig, ax = fig_ax()
    x = np.arange(100) / 99 * 4 * np.pi; y = np.sin(x)
    ax.plot(x, y, 'k')
    ax.fill_between(x, y, 0, where=y > 0, color='C2', alpha=0.4)
    ax.fill_between(x, y, 0, where=y < 0, color='C3', alpha=0.4)
    ax.axhline(0, color='gray', linewidth=0.8)
    ax.axvline(np.pi, color='C1', linestyle=':')
    ax.grid(True, alpha=0.4)
    return fig


def errorbar():
    fig, ax = fig_ax()
    x = np.arange(1, 7)
    ax.errorbar(x, [2.1, 3.9, 6.2, 7.8, 10.1, 12.2], yerr=[0.4, 0.5, 0.3, 0.6, 0.4, 0.7], fmt='o', capsize=4, label='measured')
    ax.plot(x, 2 * x, 'k--', label='model')
    ax.legend(); ax.set_title('Error bars with caps')
    return fig


def stepStem():
    fig, axes = fig_ax(640, 300, ncols=2)
    x = np.arange(10); y = [1, 3, 2, 5, 4, 6, 3, 2, 4, 1]
    axes[0].step(x, y, where='mid'); axes[0].set_title('step')
    axes[1].stem(x, y); axes[1].set_title('stem')
    fig.tight_layout()
    return fig


def loglog():
    fig, ax = fig_ax()
    x = np.linspace(0.1, 1000, 200)
    ax.loglog(x, x ** 2, label='$x^2$')
    ax.loglog(x, np.sqrt(x), label='$\\sqrt{x}$')
    ax.grid(True, which='both', alpha=0.3); ax.legend(); ax.set_xlabel('$x$')
    return fig


def subplotsTight():
    fig, axes = fig_ax(640, 480, nrows=2, ncols=2, sharex=True)
    x = np.arange(50) / 5
    for k, ax in enumerate(axes.flat):
        ax.plot(x, np.sin(x + k) * 10 ** (k * 2)); ax.set_title(f'panel {k + 1}'); ax.set_ylabel('amplitude')
    axes[1, 0].set_xlabel('time (s)'); axes[1, 1].set_xlabel('time (s)')
    fig.suptitle('Shared x, tight layout, large values'); fig.tight_layout()
    return fig


def annotate():
    fig, ax = fig_ax()
    x = np.arange(100) / 10
    ax.plot(x, np.exp(-(x - 4) ** 2))
    ax.annotate('peak', (4, 1), xytext=(6.5, 0.8), arrowprops=dict(arrowstyle='->'))
    ax.text(0.05, 0.9, 'text in axes coordinates', transform=ax.transAxes)
    ax.set_ylim(0, 1.2)
    return fig


def dark():
    with plt.style.context('dark_background'):
        fig, ax = fig_ax()
        x = np.arange(100) / 10
        for k in range(4):
            ax.plot(x, np.sin(x + k / 2), label=f'phase {k}')
        ax.legend(); ax.set_title('Dark theme')
    return fig


def imshow():
    fig, axes = fig_ax(640, 300, ncols=2)
    i, j = np.meshgrid(np.arange(40), np.arange(40), indexing='ij')
    z = np.sin(i / 5) * np.cos(j / 7)
    im = axes[0].imshow(z, cmap='viridis', interpolation='nearest'); fig.colorbar(im, ax=axes[0]); axes[0].set_title('nearest')
    im2 = axes[1].imshow([[1, 2, 3], [4, 5, 6], [7, 8, 9]], cmap='magma', interpolation='bilinear', origin='lower', extent=[0, 3, 0, 3])
    fig.colorbar(im2, ax=axes[1], label='value'); axes[1].set_title('bilinear, origin lower')
    fig.tight_layout()
    return fig


def contour():
    fig, axes = fig_ax(640, 300, ncols=2)
    xs = np.linspace(-3, 3, 60); ys = np.linspace(-2, 2, 40)
    X, Y = np.meshgrid(xs, ys)
    z = (1 - X / 2 + X ** 5 + Y ** 3) * np.exp(-X ** 2 - Y ** 2)
    cs = axes[0].contourf(xs, ys, z, levels=10, cmap='RdBu_r'); fig.colorbar(cs, ax=axes[0]); axes[0].set_title('contourf')
    axes[1].contour(xs, ys, z, levels=8, cmap='viridis'); axes[1].set_title('contour')
    fig.tight_layout()
    return fig


def pcolormesh():
    fig, ax = fig_ax()
    x = np.arange(21) / 2; y = np.arange(11) ** 2 / 10
    i, j = np.meshgrid(np.arange(10), np.arange(20), indexing='ij')
    m = ax.pcolormesh(x, y, np.sin(i / 3) + np.cos(j / 4), cmap='coolwarm')
    fig.colorbar(m); ax.set_title('pcolormesh on a non-uniform grid')
    return fig


def hexbin():
    rng = np.random.default_rng(2)
    fig, ax = fig_ax()
    x = rng.standard_normal(5000); y = rng.standard_normal(5000)
    hb = ax.hexbin(x, x * 0.5 + y, gridsize=25, cmap='inferno', mincnt=1)
    fig.colorbar(hb, label='count')
    return fig


def quiver():
    fig, ax = fig_ax()
    g = -2 + np.arange(11) * 4 / 10
    X, Y = np.meshgrid(g, g)
    ax.quiver(X, Y, -Y, X, np.hypot(X, Y)); ax.set_aspect('equal'); ax.set_title('quiver')
    return fig


def boxViolin():
    rng = np.random.default_rng(3)
    fig, axes = fig_ax(640, 300, ncols=2)
    data = [rng.normal(0, 1, 100), rng.normal(1, 0.5, 100), rng.normal(-1, 2, 100)]
    axes[0].boxplot(data, labels=['a', 'b', 'c']); axes[0].set_title('boxplot')
    axes[1].violinplot(data, showmedians=True); axes[1].set_title('violinplot')
    fig.tight_layout()
    return fig


def pie():
    fig, ax = fig_ax(400, 400)
    ax.pie([35, 25, 20, 15, 5], labels=['apples', 'pears', 'plums', 'figs', 'kiwis'], autopct='%1.1f%%', explode=[0.05, 0, 0, 0, 0], startangle=90)
    ax.set_title('pie')
    return fig


def twinx():
    fig, ax = fig_ax()
    t = np.arange(50) / 5
    ax.plot(t, np.exp(t / 3), 'C0'); ax.set_ylabel('exp', color='C0'); ax.set_xlabel('time')
    ax2 = ax.twinx(); ax2.plot(t, np.sin(t), 'C1'); ax2.set_ylabel('sin', color='C1')
    fig.tight_layout()
    return fig


def timeSeries():
    fig, ax = fig_ax()
    d = np.arange(120)
    t = np.datetime64('2024-01-01') + d.astype('timedelta64[D]')
    ax.plot(t, np.sin(d / 9) + d / 30, label='level')
    ax.set_title('Dates on x: a time scale'); ax.set_ylabel('level')
    fig.tight_layout()
    return fig


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, build in list(globals().items()):
        if callable(build) and name not in ('fig_ax',) and build.__module__ == '__main__':
            fig = build()
            fig.savefig(os.path.join(OUT, f'{name}.matplotlib.png'), dpi=80)
            plt.close(fig)
            print(name)
