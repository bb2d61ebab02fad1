// fig.mount in a real headless Chromium: real mouse events pan and zoom the axes, the canvas redraws,
// a double-click resets. Runs where Debian's chromium is installed; skipped (with the reason) elsewhere.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, frame as frames, openPage } from './browser/harness.js';

describe.skipIf(!CHROMIUM)('fig.mount in Chromium (needs /usr/bin/chromium)', () => {
  it('dragging pans the left axes, the wheel zooms the right one, a double-click resets; the canvas redraws', async () => {
    const { page, errors, close } = await openPage('entry.ts');
    try {
      type W = { view: { renderer: string; lastDrawMs: number }; axes: { getXlim(): number[] }[][] };
      const state = () =>
        page.evaluate(() => {
          const g = globalThis as unknown as W;
          return { renderer: g.view.renderer, left: g.axes[0]![0]!.getXlim(), right: g.axes[0]![1]!.getXlim() };
        });
      const pixel = () =>
        page.evaluate(() => {
          const c = document.querySelector('canvas') as HTMLCanvasElement;
          return c.toDataURL().length;
        });
      const frame = () => frames(page);
      const before = await state();
      expect(before.renderer).toBe('canvas');
      const image0 = await pixel();
      await page.mouse.move(250, 200);
      await page.mouse.down();
      for (let k = 1; k <= 5; k++) {
        await page.mouse.move(250 - 20 * k, 200);
        await frame();
      }
      await page.mouse.up();
      const panned = await state();
      expect(panned.left[0]!).toBeGreaterThan(before.left[0]!);
      expect(panned.left[1]! - panned.left[0]!).toBeCloseTo(before.left[1]! - before.left[0]!, 9);
      expect(await pixel()).not.toBe(image0);
      await page.mouse.move(700, 200);
      await page.mouse.wheel(0, -300);
      await frame();
      const zoomed = await state();
      expect(zoomed.right[1]! - zoomed.right[0]!).toBeLessThan(before.right[1]! - before.right[0]!);
      await page.mouse.dblclick(250, 200);
      await frame();
      expect((await state()).left).toEqual(before.left);
      // hovering over a data point shows its read-out
      const target = await page.evaluate(() => {
        const g = globalThis as unknown as {
          fig: {
            currentLayout(): Map<unknown, { t: { x: { map(v: number): number }; y: { map(v: number): number } } }>;
          };
          axes: { artists: { x: Float64Array; y: Float64Array }[] }[][];
        };
        const ax = g.axes[0]![0]!;
        const L = g.fig.currentLayout().get(ax)!;
        const line = ax.artists[0]!;
        const i = Math.floor(line.x.length / 2);
        return [L.t.x.map(line.x[i]!), L.t.y.map(line.y[i]!)] as [number, number];
      });
      await page.mouse.move(target[0] + 2, target[1] + 2);
      const tip = await page.evaluate(() => {
        const el = Array.from(document.querySelectorAll('div')).find(
          (d) => d.style.pointerEvents === 'none' && d.textContent?.startsWith('walk'),
        );
        return el ? { text: el.textContent, shown: el.style.display } : null;
      });
      expect(tip?.shown).toBe('block');
      expect(tip?.text).toMatch(/^walk: x=0\.5\d*, y=/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
