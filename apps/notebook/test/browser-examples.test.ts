// Every example notebook, opened in the real UI in headless Chromium (Debian's chromium +
// playwright-core) and run with "Run all": each code cell finishes without an error and every
// example shows a figure. A screenshot of each lands in test-output/examples/.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const examplesDir = join(appDir, 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.ipynb'));
const shots = join(appDir, 'test-output', 'examples');

describe('every example notebook runs green in the browser', () => {
  let dir: string;
  let child: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run 'bash scripts/ensure-test-deps.sh'`);
    dir = mkdtempSync(join(tmpdir(), 'stride-browser-examples-'));
    for (const name of examples) copyFileSync(join(examplesDir, name), join(dir, name));
    child = spawn(process.execPath, [join(appDir, 'bin', 'stride-notebook.mjs'), dir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${text}`)), 30_000);
      child.stdout?.on('data', (b: Buffer) => {
        text += b.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(text);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited (${code}): ${text}`)));
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      timeout: 60_000,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(url).origin;
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
    );
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (child?.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('there are examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of examples) {
    it(`${name}: Run all, no error, a figure`, async () => {
      const codeCells = (
        JSON.parse(readFileSync(join(examplesDir, name), 'utf8')) as { cells: { cell_type: string }[] }
      ).cells.filter((c) => c.cell_type === 'code').length;
      // A fresh page per notebook, opened from the URL's #path (its kernel idle before Run all).
      await page.goto('about:blank');
      await page.goto(`${url}#path=${encodeURIComponent(name)}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      expect(await page.locator('#file-list li.current').innerText()).toBe(name);
      await page.waitForSelector('#kernel-state[data-state="idle"]', { timeout: 60_000 });
      expect(await page.locator('.cell-code').count()).toBe(codeCells);
      await page.click('#run-all');
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.cell-code[data-status]').length === n ||
          document.querySelector('.cell-code[data-status="error"]') !== null,
        codeCells,
        { timeout: 150_000, polling: 250 },
      );
      const errors = await page.locator('.cell-code[data-status="error"] .outputs').allInnerTexts();
      expect(errors).toEqual([]);
      expect(await page.locator('.cell-code[data-status="ok"]').count()).toBe(codeCells);
      expect(await page.locator('.cell-code .out-svg svg').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(shots, name.replace(/\.ipynb$/, '.png')), fullPage: true });
      expect(pageErrors).toEqual([]);
    }, 180_000);
  }
});
