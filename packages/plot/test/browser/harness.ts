// Shared by the Chromium tests: bundles a page script with esbuild, serves it, and opens it in
// Debian's headless chromium through playwright-core.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The chromium binary, or undefined where none is installed (the tests skip). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const here = fileURLToPath(new URL('.', import.meta.url));
const packages = join(here, '..', '..', '..');

/** A page running `entry` (a file in this folder), the errors it threw, and a close function. */
export async function openPage(
  entry: string,
  viewport = { width: 1000, height: 500 },
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'stride-plot-page-'));
  await build({
    entryPoints: [join(here, entry)],
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
  const server: Server = createServer((req, res) => {
    const f = files[req.url ?? '/'];
    res.writeHead(f ? 200 : 404, { 'content-type': f?.[1] ?? 'text/plain' });
    res.end(f?.[0] ?? '');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'view' in globalThis, null, { timeout: 120_000 });
  return {
    page,
    errors,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Waits two animation frames in the page (a scheduled redraw has run). */
export function frame(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
