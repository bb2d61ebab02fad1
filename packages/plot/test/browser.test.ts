// fig.mount in a real headless Chromium: real mouse events pan and zoom the axes, the canvas redraws,
// a double-click resets. Runs where Debian's chromium is installed; skipped (with the reason) elsewhere.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const here = fileURLToPath(new URL('.', import.meta.url));
const packages = join(here, '..', '..');

describe.skipIf(!CHROMIUM)('fig.mount in Chromium (needs /usr/bin/chromium)', () => {
  it('dragging pans the left axes, the wheel zooms the right one, a double-click resets; the canvas redraws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-plot-page-'));
    await build({
      entryPoints: [join(here, 'browser', 'entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(dir, 'bundle.js'),
      alias: {
        '@stride/ndarray': join(packages, 'ndarray/src/index.ts'),
        '@stride/protocol': join(packages, 'protocol/src/index.ts'),
      },
      external: ['node:*', '@resvg/resvg-js', '#*'],
      logLevel: 'error',
    });
    const files: Record<string, [string, string]> = {
      '/': [
        '<!doctype html><body style="margin:0"><div id="root"></div><script type="module" src="/bundle.js"></script>',
        'text/html',
      ],
      '/bundle.js': [readFileSync(join(dir, 'bundle.js'), 'utf8'), 'text/javascript'],
    };
    const server = createServer((req, res) => {
      const f = files[req.url ?? '/'];
      res.writeHead(f ? 200 : 404, { 'content-type': f?.[1] ?? 'text/plain' });
      res.end(f?.[0] ?? '');
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => 'view' in globalThis, null, { timeout: 60_000 });
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
      const frame = () =>
        page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
      await browser.close();
      server.close();
    }
  }, 120_000);
});
