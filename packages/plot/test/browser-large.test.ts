// fig.mount with 1e6-point data in a real headless Chromium: real mouse drags pan a line and a
// scatter, the axes follow, the canvas redraws; the draw time of each pan frame is logged (not
// asserted: the machine running the tests may be loaded).
import { describe, expect, it } from 'vitest';
import { CHROMIUM, frame, openPage } from './browser/harness.js';

describe.skipIf(!CHROMIUM)('fig.mount with 1e6 points in Chromium (needs /usr/bin/chromium)', () => {
  it('drags pan the 1e6-point line and scatter; the canvas redraws each frame', async () => {
    const { page, errors, close } = await openPage('large.ts');
    try {
      type W = { view: { renderer: string; lastDrawMs: number }; axes: { getXlim(): number[] }[][] };
      const xlim = (col: number) => page.evaluate((c) => (globalThis as unknown as W).axes[0]![c]!.getXlim(), col);
      const drawMs = () => page.evaluate(() => (globalThis as unknown as W).view.lastDrawMs);
      const canvasHash = () =>
        page.evaluate(() => {
          const c = document.querySelector('canvas') as HTMLCanvasElement;
          const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
          let h = 0;
          for (let i = 0; i < d.length; i += 7) h = (h * 31 + (d[i] as number)) | 0;
          return h;
        });
      // the axes, ticks and labels: the SVG laid over the canvas
      const overlayText = () => page.evaluate(() => document.querySelector('#root svg')?.textContent ?? '');
      expect(await page.evaluate(() => (globalThis as unknown as W).view.renderer)).toBe('canvas');
      for (const [col, x0] of [
        [0, 250],
        [1, 700],
      ] as const) {
        const before = await xlim(col);
        const hash0 = await canvasHash();
        const text0 = await overlayText();
        await page.mouse.move(x0, 200);
        await page.mouse.down();
        const times: number[] = [];
        const walls: number[] = [];
        for (let k = 1; k <= 12; k++) {
          const t0 = Date.now();
          await page.mouse.move(x0 - 8 * k, 200 + 2 * k);
          await frame(page);
          walls.push(Date.now() - t0);
          times.push(await drawMs());
        }
        await page.mouse.up();
        const after = await xlim(col);
        expect(after[0]!).toBeGreaterThan(before[0]!);
        expect(after[1]! - after[0]!).toBeCloseTo(before[1]! - before[0]!, 9);
        expect(await canvasHash()).not.toBe(hash0);
        expect(await overlayText()).not.toBe(text0);
        const sorted = [...times].sort((a, b) => a - b);
        const med = sorted[sorted.length >> 1] as number;
        console.log(
          `pan of the 1e6-point ${col === 0 ? 'line' : 'scatter'}: draw per frame median ${med.toFixed(1)} ms ` +
            `(min ${sorted[0]!.toFixed(1)}, max ${sorted[sorted.length - 1]!.toFixed(1)}), ` +
            `≈ ${(1000 / Math.max(med, 1000 / 60)).toFixed(0)} frames/s; move + two frames ${walls.join(' ')} ms`,
        );
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});
