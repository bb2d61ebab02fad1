// Math in labels through MathJax (optional, loaded by useTeX): formulas become SVG paths, measured
// for the layout, rendered by resvg; without useTeX the built-in subset stays.
import { afterAll, describe, expect, it } from 'vitest';
import { subplots, useTeX } from '../src/index.js';
import { measureText } from '../src/text.js';
import { decodePNG } from './png-decode.js';

const FORMULA = '$\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}$';

describe('useTeX (MathJax)', () => {
  afterAll(() => useTeX(false));

  it('renders a formula in a title as paths, measured for the layout, the same bytes each time', async () => {
    const t0 = performance.now();
    await useTeX();
    const loaded = performance.now();
    const { fig, ax } = subplots({ width: 480, height: 360 });
    ax.plot([0, 1], [0, 1]);
    ax.setTitle(`Gaussian: ${FORMULA}`);
    ax.setYlabel('$\\sigma^2$');
    const svg = fig.toSVG();
    console.log(
      `MathJax: load ${(loaded - t0).toFixed(0)} ms, first figure ${(performance.now() - loaded).toFixed(0)} ms`,
    );
    expect(svg).toMatch(/<g transform="translate\([\d. -]+\) scale\(0\.0\d+\)" fill="#000000"><g [^>]*fill="#000000"/);
    // the source stays only in the figure's accessible name
    expect(svg.replace(/aria-label="[^"]*"/, '').replace(/<title>.*<\/title>/, '')).not.toContain('\\frac');
    expect(svg).toContain('<text');
    expect(fig.toSVG()).toBe(svg);
    // a fraction is taller than a line of text
    const m = measureText(FORMULA, 12);
    expect(m.ascent + m.descent).toBeGreaterThan(1.3 * 12);
    const png = decodePNG(await fig.toPNG({ dpi: 50 }));
    expect([png.width, png.height]).toEqual([240, 180]);
  }, 60_000);

  it('useTeX(false) goes back to the built-in subset', async () => {
    await useTeX(false);
    const { fig, ax } = subplots();
    ax.setTitle('$\\alpha^2$');
    expect(fig.toSVG()).toContain('α');
    await expect(useTeX('yes' as never)).rejects.toThrow(/useTeX: enable must be a boolean/);
  });
});
