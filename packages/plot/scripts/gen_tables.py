"""Writes the data tables of @stride/plot from matplotlib and the bundled DejaVu Sans font.

Output (committed, marked generated): src/generated/colormaps.generated.ts (colormaps sampled at
256 points, qualitative ones at their N colours), src/generated/colors.generated.ts (matplotlib's
named colours) and src/generated/font.generated.ts (DejaVu Sans advance widths and vertical
metrics, so text is measured without a DOM). Needs python3-matplotlib and python3-fonttools
(Debian packages); run from anywhere: python3 packages/plot/scripts/gen_tables.py
"""
import os

import matplotlib
from matplotlib import colors as mcolors
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'generated')
FONT = os.path.join(HERE, '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf')
HEADER = '// @generated — do not edit. Written by packages/plot/scripts/gen_tables.py from matplotlib %s.\n' % matplotlib.__version__

CONTINUOUS = [
    'viridis', 'magma', 'inferno', 'plasma', 'cividis', 'twilight', 'twilight_shifted', 'turbo',
    'gray', 'Greys', 'binary', 'bone', 'hot', 'afmhot', 'copper', 'jet', 'hsv', 'rainbow', 'terrain',
    'coolwarm', 'bwr', 'seismic', 'RdBu', 'RdYlBu', 'RdYlGn', 'Spectral', 'PiYG', 'PRGn', 'BrBG', 'PuOr', 'RdGy',
    'Blues', 'Greens', 'Oranges', 'Reds', 'Purples', 'YlOrRd', 'YlOrBr', 'YlGnBu', 'YlGn', 'GnBu', 'BuPu',
    'PuBu', 'OrRd', 'summer', 'autumn', 'winter', 'spring', 'cool', 'Wistia', 'cubehelix',
]
QUALITATIVE = ['tab10', 'tab20', 'tab20b', 'tab20c', 'Set1', 'Set2', 'Set3', 'Pastel1', 'Pastel2', 'Paired', 'Dark2', 'Accent']


def hexes(rgba):
    return ''.join('%02x%02x%02x' % tuple(int(round(c * 255)) for c in row[:3]) for row in rgba)


def colormaps():
    import numpy as np
    lines = [HEADER, '/** Colormap name → [kind, RGB hex triplets concatenated]: continuous maps sampled at 256 points, qualitative ones at their N colours. */\n',
             'export const COLORMAP_DATA: Readonly<Record<string, readonly ["continuous" | "qualitative", string]>> = {\n']
    for name in CONTINUOUS:
        cm = matplotlib.colormaps[name]
        lines.append('  %s: ["continuous", "%s"],\n' % (repr(name).replace("'", '"'), hexes(cm(np.linspace(0, 1, 256)))))
    for name in QUALITATIVE:
        cm = matplotlib.colormaps[name]
        lines.append('  %s: ["qualitative", "%s"],\n' % (repr(name).replace("'", '"'), hexes(cm.colors)))
    lines.append('};\n')
    with open(os.path.join(OUT, 'colormaps.generated.ts'), 'w') as f:
        f.writelines(lines)


def named_colors():
    table = {}
    for name, value in mcolors.CSS4_COLORS.items():
        table[name] = value.lower()
    for name, value in mcolors.TABLEAU_COLORS.items():
        table[name] = value.lower()
    for name, value in mcolors.BASE_COLORS.items():
        table[name] = mcolors.to_hex(value)
    for name, value in mcolors.XKCD_COLORS.items():
        table[name] = value.lower()
    lines = [HEADER, '/** matplotlib\'s named colours (CSS4, tab:, single letters, xkcd:) → "#rrggbb". */\n',
             'export const NAMED_COLORS: Readonly<Record<string, string>> = {\n']
    for name in sorted(table):
        lines.append('  %s: "%s",\n' % (repr(name).replace("'", '"') if "'" not in name else '"%s"' % name, table[name]))
    lines.append('};\n')
    with open(os.path.join(OUT, 'colors.generated.ts'), 'w') as f:
        f.writelines(lines)


def font():
    tt = TTFont(FONT)
    upm = tt['head'].unitsPerEm
    hhea = tt['hhea']
    cmap = tt.getBestCmap()
    hmtx = tt['hmtx']
    ranges = [(0x20, 0x7e), (0xa0, 0x17f), (0x391, 0x3c9), (0x2010, 0x2030), (0x2070, 0x209f), (0x2190, 0x2199),
              (0x2200, 0x22ff)]
    widths = []
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            g = cmap.get(cp)
            if g is None:
                continue
            widths.append((cp, hmtx[g][0]))
    # kerning pairs from the legacy kern table when present (matplotlib's Agg applies them)
    kern = {}
    if 'kern' in tt:
        rev = {}
        for cp, g in cmap.items():
            if cp < 0x7f:
                rev.setdefault(g, cp)
        for sub in tt['kern'].kernTables:
            for (a, b), v in sub.kernTable.items():
                if a in rev and b in rev and v != 0:
                    kern['%d,%d' % (rev[a], rev[b])] = v
    missing = hmtx[cmap.get(0xfffd, '.notdef')][0] if cmap.get(0xfffd) else hmtx['.notdef'][0]
    lines = [HEADER,
             '/** DejaVu Sans metrics in font units: advance widths by code point, vertical metrics, ASCII kerning pairs. */\n',
             'export const FONT_UNITS_PER_EM = %d;\n' % upm,
             'export const FONT_ASCENT = %d;\n' % hhea.ascent,
             'export const FONT_DESCENT = %d;\n' % hhea.descent,
             'export const FONT_MISSING_ADVANCE = %d;\n' % missing,
             '/** [codePoint, advance] pairs, flattened. */\n',
             'export const FONT_ADVANCES: readonly number[] = [%s];\n' % ','.join('%d,%d' % w for w in widths),
             '/** "left,right" code points → kerning adjustment. */\n',
             'export const FONT_KERNING: Readonly<Record<string, number>> = {%s};\n' % ','.join('"%s":%d' % kv for kv in sorted(kern.items()))]
    with open(os.path.join(OUT, 'font.generated.ts'), 'w') as f:
        f.writelines(lines)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    colormaps()
    named_colors()
    font()
