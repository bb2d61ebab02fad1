// Loads the bundled page in Debian's headless Chromium (through playwright-core; no browser is
// ever downloaded), reads the JSON it writes into the DOM and compares it with the same
// computations run here in Node. Only 127.0.0.1 is reached: every other request is aborted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Nested, type Results, compute } from '../src/compute.js';
import { type StaticServer, startStaticServer } from './static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TOL = 1e-12;

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const outputDir = fileURLToPath(new URL('../test-output/', import.meta.url));

/** Paths where `actual` and `expected` differ (numbers: by more than TOL relative, 1 absolute floor). */
function differences(actual: unknown, expected: unknown, path = '$', out: string[] = []): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= TOL * Math.max(1, Math.abs(expected)))) {
      out.push(`${path}: browser ${String(actual)} vs node ${expected}`);
    }
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(`${path}: browser ${JSON.stringify(actual)} vs node ${JSON.stringify(expected)}`);
    } else {
      for (const [i, e] of expected.entries()) differences(actual[i], e, `${path}[${i}]`, out);
    }
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      out.push(`${path}: browser ${JSON.stringify(actual)} vs node an object`);
    } else {
      const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
      for (const k of keys) {
        differences(
          (actual as Record<string, unknown>)[k],
          (expected as Record<string, unknown>)[k],
          `${path}.${k}`,
          out,
        );
      }
    }
  } else if (actual !== expected) {
    out.push(`${path}: browser ${JSON.stringify(actual)} vs node ${JSON.stringify(expected)}`);
  }
  return out;
}

/** Largest absolute difference over all numbers (0 when bit-identical). */
function maxAbsDiff(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (Array.isArray(a) && Array.isArray(b)) return Math.max(0, ...a.map((x, i) => maxAbsDiff(x, b[i])));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    return Math.max(
      0,
      ...Object.keys(b).map((k) => maxAbsDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])),
    );
  }
  return 0;
}

const m = (x: Nested): number[][] => x as number[][];
const vec = (x: Nested): number[] => x as number[];
const matmul = (a: number[][], b: number[][]): number[][] =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((acc, v, k) => acc + v * b[k]![j]!, 0)));
const transpose = (a: number[][]): number[][] => a[0]!.map((_, j) => a.map((row) => row[j]!));
const maxDiff = (a: number[][], b: number[][]): number =>
  Math.max(...a.flatMap((row, i) => row.map((v, j) => Math.abs(v - b[i]![j]!))));

describe('Stride in a real browser (headless Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const blocked: string[] = [];
  const wasmResponses: { url: string; status: number; contentType: string | undefined }[] = [];
  let browserResults: Results;
  let browserMs = 0;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run 'bash scripts/ensure-chromium.sh' (the package's test script does)`);
    }
    // Always bundle afresh, so the page runs the packages' current dist/ (fast: about a second).
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: pkgDir, stdio: 'inherit' });
    server = await startStaticServer(distDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('response', (res) => {
      if (res.url().endsWith('.wasm')) {
        wasmResponses.push({ url: res.url(), status: res.status(), contentType: res.headers()['content-type'] });
      }
    });

    const t0 = performance.now();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('status')?.dataset['state'] !== 'pending', null, {
      timeout: 60_000,
    });
    browserMs = performance.now() - t0;
    const state = await page.locator('#status').getAttribute('data-state');
    const text = (await page.locator('#results').textContent()) ?? '';
    if (state !== 'done')
      throw new Error(`the page reported an error:\n${text}\npage errors: ${pageErrors.join('\n')}`);
    browserResults = JSON.parse(text) as Results;

    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: `${outputDir}browser-check.png`, fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the page and the wasm from 127.0.0.1 only, with no errors', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    // The loaders fetched the wasm files (not bytes inlined somewhere) with the MIME type streaming
    // needs: LAPACK, and ndarray's SIMD kernels beside the bundle.
    expect(wasmResponses).toHaveLength(2);
    for (const r of wasmResponses) expect(r).toMatchObject({ status: 200, contentType: 'application/wasm' });
    expect(wasmResponses.map((r) => new URL(r.url).pathname).sort()).toEqual([
      '/assets/kernels.wasm',
      '/dist-native/stride-lapack.wasm',
    ]);
    expect(server.requests.every((r) => r.status === 200)).toBe(true);
    console.log(`browser-check: page loaded and computed in ${browserMs.toFixed(0)} ms`);
  });

  it('computes the same results as Node (to 1e-12)', () => {
    const nodeResults = compute();
    const diffs = differences(browserResults, nodeResults);
    expect(diffs, diffs.slice(0, 20).join('\n')).toEqual([]);
    console.log(`browser-check: largest |browser - node| = ${maxAbsDiff(browserResults, nodeResults)}`);
  });

  it('prints arrays like NumPy and runs a ufunc in the page', () => {
    const printed = browserResults.printing;
    expect(printed.linspace).toBe('array([0.  , 0.25, 0.5 , 0.75, 1.  ])');
    expect(printed.eye).toBe('array([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]])');
    expect(printed.str).toBe('[[ 1.5   2.  ]\n [-3.    4.25]]');
    expect(printed.solveRepr).toMatch(/^array\(\[-0\.3023\d*, +0\.7674\d*, +0\.7209\d*\]\)$/);
    // null only while @stride/ndarray does not export `add`
    if (browserResults.add !== null) {
      expect(browserResults.add).toEqual([
        [11, 21, 31],
        [12, 22, 32],
      ]);
    }
  });

  it('runs large arrays through the ndarray heap kernels in the page, bit for bit as Node', () => {
    const h = browserResults.ndHeap;
    if (h === null) return; // a package version without the heap
    expect(h.active).toBe(true);
    expect(h).toEqual(compute().ndHeap);
    expect(h.addT).toBeGreaterThan(h.sum);
  });

  it('measures a loop written plainly against tidy in the page (logged, not asserted)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => typeof (globalThis as { plainLoop?: unknown }).plainLoop === 'function', null, {
      timeout: 60_000,
    });
    const r = await page.evaluate(() =>
      (globalThis as unknown as { plainLoop(n: number): Promise<Record<string, number>> }).plainLoop(50),
    );
    await page.close();
    expect(r['tidy']).toBeGreaterThan(0);
    const x = (k: string): string =>
      `${(r[k] as number).toFixed(0)} ms (${((r[k] as number) / (r['tidy'] as number)).toFixed(1)}x)`;
    console.log(
      `browser-check: 50 x a*2+1 on 1e6 float64 in Chromium: tidy ${x('tidy')}, plain ${x('plain')}, plain with a task per iteration ${x('plainAsync')}`,
    );
  });

  it('gives meaningful answers in the page (not only equal ones)', () => {
    const r = browserResults;
    // solve: A x = b
    const ax = matmul(m(r.solve.a), transpose([vec(r.solve.x)]));
    expect(maxDiff(ax, transpose([vec(r.solve.b)]))).toBeLessThan(1e-13);
    expect(r.det).toBeCloseTo(43, 12);
    // eigh: A V = V diag(w), V orthonormal, w ascending
    const v = m(r.eigh.v);
    const w = vec(r.eigh.w);
    expect(
      maxDiff(
        matmul(m(r.eigh.a), v),
        v.map((row) => row.map((x, j) => x * w[j]!)),
      ),
    ).toBeLessThan(1e-13);
    expect(
      maxDiff(
        matmul(transpose(v), v),
        [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => +(i === j))),
      ),
    ).toBeLessThan(1e-13);
    expect([...w].sort((a, b) => a - b)).toEqual(w);
    // svd: A = U[:, :2] diag(s) Vh
    const s = vec(r.svd.s);
    const us = m(r.svd.u).map((row) => s.map((sj, j) => row[j]! * sj));
    expect(maxDiff(matmul(us, m(r.svd.vh)), m(r.svd.a))).toBeLessThan(1e-13);
    expect(maxDiff(m(r.matmul), matmul(transpose(m(r.svd.a)), m(r.svd.a)))).toBe(0);
    // NumPy: np.random.default_rng(42).random(3)
    expect(r.random).toEqual([0.7739560485559633, 0.4388784397520523, 0.8585979199113825]);
    expect(r.heapBalanced).toBe(true);
  });
});
