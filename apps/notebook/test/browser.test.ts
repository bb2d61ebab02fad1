// End to end in Debian's headless Chromium (playwright-core; no browser is downloaded): the CLI
// starts the server as a person would, the page opens a notebook, runs all, shows a figure and a
// number, re-runs a dependent cell in reactive mode, interrupts a runaway cell and runs one after.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const outputDir = join(appDir, 'test-output');

const cell = (cell_type: 'code' | 'markdown', source: string, id: string) =>
  cell_type === 'code'
    ? { cell_type, id, source, metadata: {}, outputs: [], execution_count: null }
    : { cell_type, id, source, metadata: {} };

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'stride', display_name: 'Stride (TypeScript)', language: 'typescript' } },
  cells: [
    cell('markdown', '# A test notebook\nThe area of a circle is $\\pi r^2$.', 'md1'),
    cell('code', 'const n = 3;', 'defn'),
    cell(
      'code',
      'const squares = Array.from({ length: n }, (_, i) => i * i);\nsquares.reduce((a, b) => a + b, 0)',
      'sum',
    ),
    cell(
      'code',
      [
        'class Bars {',
        '  constructor(readonly values: number[]) {}',
        '  toSVG(): string {',
        '    const bars = this.values.map((v, i) => `<rect x="${i * 30}" y="${100 - v * 10}" width="25" height="${v * 10}" fill="steelblue"/>`);',
        '    return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">${bars.join("")}</svg>`;',
        '  }',
        '}',
        'new Bars(squares)',
      ].join('\n'),
      'fig',
    ),
    cell(
      'code',
      [
        "import * as st from 'stride';",
        'const t = st.linspace(0, 2 * Math.PI, 100);',
        'const { fig, ax } = st.plot.subplots();',
        "ax.plot(t, st.sin(t), { label: 'sin' });",
        "ax.bar(st.arange(squares.length), squares, { alpha: 0.5, label: 'squares' });",
        "ax.setTitle('A Stride figure');",
        'ax.legend();',
        'fig',
      ].join('\n'),
      'plot',
    ),
  ],
};

async function startCli(dir: string): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(appDir, 'bin', 'stride-notebook.mjs'), dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
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
  return { child, url, ms: performance.now() - t0 };
}

const outputText = (page: Page, id: string): Promise<string> =>
  page.locator(`.cell[data-id="${id}"] .outputs`).innerText();

describe('notebook in a real browser (headless Chromium)', () => {
  let dir: string;
  let server: { child: ChildProcess; url: string; ms: number };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let coldStartMs = 0;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run 'bash scripts/ensure-test-deps.sh'`);
    dir = mkdtempSync(join(tmpdir(), 'stride-browser-'));
    writeFileSync(join(dir, 'test.ipynb'), JSON.stringify(NOTEBOOK));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      timeout: 60_000,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    // Cold start: from the command to a page with the notebook open and its kernel idle.
    const t0 = performance.now();
    server = await startCli(dir);
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
    );
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('#kernel-state[data-state="idle"]', { timeout: 30_000 });
    coldStartMs = performance.now() - t0;
    console.log(`notebook: URL printed ${server.ms.toFixed(0)} ms after the command`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the notebook: markdown with KaTeX math, cells in CodeMirror', async () => {
    console.log(`notebook: cold start (command to page usable, kernel idle) ${coldStartMs.toFixed(0)} ms`);
    expect(await page.locator('.cell-markdown h1').innerText()).toBe('A test notebook');
    expect(await page.locator('.cell-markdown .katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.cell-code .cm-editor').count()).toBe(4);
  });

  it('Run all shows a number and an SVG figure', async () => {
    await page.click('#run-all');
    await page.waitForSelector('.cell[data-id="plot"] .outputs svg', { timeout: 60_000 });
    expect(await outputText(page, 'sum')).toBe('5');
    expect(await page.locator('.cell[data-id="fig"] .outputs svg rect').count()).toBe(3);
    expect(await page.locator('.cell[data-id="fig"] .prompt').innerText()).toBe('[3]');
    expect(await page.locator('.cell[data-id="plot"] .outputs svg text').allTextContents()).toContain(
      'A Stride figure',
    );
    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, 'notebook.png'), fullPage: true });
  });

  it("a figure's drag pans it in the kernel, a double-click resets it (the SVG comes back redrawn)", async () => {
    const holder = page.locator('.cell[data-id="plot"] .out-svg[data-live="on"]');
    await holder.waitFor({ timeout: 15_000 });
    const ticks = () => page.locator('.cell[data-id="plot"] .out-svg svg text').allTextContents();
    const before = await ticks();
    await holder.scrollIntoViewIfNeeded();
    const box = (await holder.boundingBox())!;
    const views = async () => Number((await holder.getAttribute('data-views')) ?? 0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 4 });
    await page.mouse.up();
    await expect.poll(views, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(ticks, { timeout: 15_000 }).not.toEqual(before);
    const n = await views();
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(views, { timeout: 15_000 }).toBeGreaterThan(n);
    await expect.poll(ticks, { timeout: 15_000 }).toEqual(before);
    // The figure made by a plain toSVG() class is not a live figure.
    expect(await page.locator('.cell[data-id="fig"] .out-svg[data-live]').count()).toBe(0);
  });

  it('reactive: editing a cell marks its dependents stale; in re-run mode they update', async () => {
    const editor = page.locator('.cell[data-id="defn"] .cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('const n = 4;');
    await page.keyboard.press('Shift+Enter');
    await page.waitForSelector('.cell[data-id="sum"].stale', { timeout: 15_000 });
    expect(await page.locator('.cell[data-id="fig"].stale').count()).toBe(1);
    await page.selectOption('#reactive', 'run');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('const n = 5;');
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction(
      () => document.querySelector('.cell[data-id="sum"] .outputs')?.textContent === '30',
      null,
      { timeout: 15_000 },
    );
    await page.waitForSelector('.cell[data-id="fig"] .outputs svg rect:nth-child(5)', { timeout: 15_000 });
    // The plot cell reads `squares` too: it re-runs last, then nothing is stale.
    await page.waitForFunction(() => document.querySelectorAll('.cell.stale, .cell.running').length === 0, null, {
      timeout: 30_000,
    });
  });

  it('interrupts a runaway cell, then runs another; Shift+Enter to output is timed', async () => {
    await page.locator('.cell[data-id="plot"] .cm-content').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.keyboard.type('while (true) {}');
    await page.keyboard.press('Shift+Enter');
    await page.waitForSelector('#kernel-state[data-state="busy"]');
    await page.waitForTimeout(300);
    await page.click('#interrupt');
    await page.waitForSelector('.outputs .out-error', { timeout: 15_000 });
    expect(await page.locator('.out-error').last().innerText()).toMatch(/KeyboardInterrupt/);
    // Shift+Enter made a new cell below: type there.
    await page.locator('.cell').last().locator('.cm-content').click();
    await page.keyboard.type('n * 2');
    const t0 = performance.now();
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction(() => {
      const outs = Array.from(document.querySelectorAll('.cell .outputs'));
      return outs.some((o) => o.textContent === '10');
    });
    console.log(`notebook: Shift+Enter to output for a trivial cell ${(performance.now() - t0).toFixed(0)} ms`);
  });

  it('completes from TypeScript types of earlier cells, and hovers a type', async () => {
    await page.locator('.cell').last().locator('.cm-content').click();
    await page.keyboard.type('squares.fil');
    await page.waitForSelector('.cm-tooltip-autocomplete li:has-text("filter")', { timeout: 30_000 });
    await page.keyboard.press('Escape');
    await page.locator('.cell[data-id="sum"] .cm-line').first().locator('text=squares').first().hover();
    await page.waitForSelector('.type-hover', { timeout: 30_000 });
    expect(await page.locator('.type-hover').textContent()).toBe('const squares: number[]');
  });

  it('saves (Ctrl+S) a notebook nbformat validates, with the outputs', async () => {
    await page.keyboard.press('Escape');
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/notebook'));
    await page.keyboard.press('Control+s');
    expect((await put).status()).toBe(200);
    const saved = JSON.parse(readFileSync(join(dir, 'test.ipynb'), 'utf8')) as { cells: { outputs?: unknown[] }[] };
    expect(saved.cells.length).toBe(8); // 5 + the runaway cell + `n * 2` + the fresh cell below it
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))',
      join(dir, 'test.ipynb'),
    ]);
    expect(JSON.stringify(saved)).toContain('image/svg+xml');
    expect(pageErrors).toEqual([]);
  });
});
