// The release path as a user meets it: `pnpm pack` every publishable package under packages/ (the
// tarballs `pnpm publish` would upload, with workspace:* rewritten to versions), install them with
// plain npm into a fresh temporary app, run the app's script in Node, then bundle the same script
// with esbuild and with Vite and run both pages in Debian's headless Chromium.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../browser-check/test/static-server.js';

const execFileAsync = promisify(execFile);

/** Runs a command; a failure names the command, its folder and the end of its output. */
async function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execFileAsync(cmd, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    const tail = `${stdout}\n${stderr}`.trim().slice(-2000);
    throw new Error(`${cmd} ${args.join(' ')} (in ${options.cwd ?? '.'}) failed:\n${tail}`, { cause: e });
  }
}
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const appTemplate = fileURLToPath(new URL('../app/', import.meta.url));
const outputDir = fileURLToPath(new URL('../test-output/', import.meta.url));

interface Workspace {
  readonly name: string;
  readonly dir: string;
  readonly manifest: Record<string, unknown> & { exports?: unknown; main?: string; types?: string };
}

/**
 * Every package under packages/ that would be published (not `private`), less the names listed
 * in STRIDE_PACK_SKIP (comma-separated: for a local run while a new package is half-made).
 */
function publishablePackages(): Workspace[] {
  const root = join(repo, 'packages');
  const skip = new Set((process.env['STRIDE_PACK_SKIP'] ?? '').split(',').filter(Boolean));
  const found: Workspace[] = [];
  for (const entry of readdirSync(root).sort()) {
    const file = join(root, entry, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Workspace['manifest'];
    if (manifest['private'] === true || skip.has(String(manifest['name']))) continue;
    found.push({ name: String(manifest['name']), dir: join(root, entry), manifest });
  }
  return found;
}

/** The files `exports` (every condition, every subpath), `main` and `types` point at. */
function entryFiles(manifest: Workspace['manifest']): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.startsWith('./') && !v.includes('*')) out.add(v.slice(2));
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(manifest.exports);
  walk(manifest.main === undefined ? undefined : `./${manifest.main.replace(/^\.\//, '')}`);
  walk(manifest.types === undefined ? undefined : `./${manifest.types.replace(/^\.\//, '')}`);
  return [...out];
}

interface Packed {
  readonly name: string;
  readonly tarball: string;
  readonly bytes: number;
  readonly files: string[];
  readonly manifest: Record<string, unknown>;
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

describe('packed tarballs installed with npm in a fresh app', () => {
  const work = mkdtempSync(join(tmpdir(), 'stride-pack-'));
  const tarballs = join(work, 'tarballs');
  const app = join(work, 'app');
  const packages = publishablePackages();
  const packed: Packed[] = [];
  const sizes: Record<string, string> = {};
  const timings: Record<string, number> = {};
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(tarballs, { recursive: true });
    let t0 = performance.now();
    const packOne = async (pkg: Workspace): Promise<Packed> => {
      const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', tarballs], { cwd: pkg.dir });
      const info = JSON.parse(stdout) as { filename: string; files: { path: string }[] };
      const tarball = info.filename.startsWith('/') ? info.filename : join(tarballs, info.filename);
      const { stdout: json } = await run('tar', ['-xzOf', tarball, 'package/package.json']);
      return {
        name: pkg.name,
        tarball,
        bytes: statSync(tarball).size,
        files: info.files.map((f) => f.path),
        manifest: JSON.parse(json) as Record<string, unknown>,
      };
    };
    // One at a time: concurrent `pnpm pack` runs in one workspace trip over each other.
    for (const pkg of packages) packed.push(await packOne(pkg));
    timings['pnpm pack'] = performance.now() - t0;
    mkdirSync(app, { recursive: true });
    cpSync(appTemplate, app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'stride-fresh-app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
    );
    t0 = performance.now();
    const npmArgs = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
    await run('npm', [...npmArgs, ...packed.map((p) => p.tarball)], {
      cwd: app,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    timings['npm install'] = performance.now() - t0;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    const table = packed.map((p) => `  ${p.name.padEnd(20)} ${kib(p.bytes).padStart(11)}`).join('\n');
    console.log(`pack-check: packed tarballs\n${table}`);
    console.log(
      `pack-check: browser bundles\n${Object.entries(sizes)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}`,
    );
    console.log(
      `pack-check: seconds: ${Object.entries(timings)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
        .join(', ')}`,
    );
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(
      join(outputDir, 'sizes.json'),
      `${JSON.stringify({ tarballs: Object.fromEntries(packed.map((p) => [p.name, p.bytes])), bundles: sizes }, null, 2)}\n`,
    );
    rmSync(work, { recursive: true, force: true });
  });

  it('packs every publishable package with its licence, its entry points and no workspace: ranges', () => {
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['@stride/ndarray', '@stride/linalg']));
    for (const pkg of packages) {
      const p = packed.find((x) => x.name === pkg.name)!;
      expect(p.files, `${pkg.name}: LICENSE`).toContain('LICENSE');
      expect(p.files, `${pkg.name}: README.md`).toContain('README.md');
      for (const f of entryFiles(pkg.manifest)) {
        expect(p.files, `${pkg.name}: ${f} (named in package.json; is the package built?)`).toContain(f);
      }
      expect(JSON.stringify(p.manifest), `${pkg.name}: packed package.json`).not.toContain('workspace:');
    }
    const wasm = packed.find((p) => p.name === '@stride/wasm');
    expect(wasm?.files).toContain('NOTICE');
  });

  it('installs from the tarballs, not from the registry', () => {
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    for (const p of packed) {
      const entry = lock.packages[`node_modules/${p.name}`];
      expect(entry?.resolved, p.name).toMatch(/^file:/);
    }
  });

  it('runs the script in Node and every package imports', async () => {
    const { stdout } = await run(process.execPath, ['main.mjs'], { cwd: app });
    const report = JSON.parse(stdout) as { ok: boolean; problems: string[] };
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const names = JSON.stringify(packed.map((p) => p.name));
    const { stdout: imported } = await run(
      process.execPath,
      ['--input-type=module', '-e', `for (const n of ${names}) await import(n); console.log('imported')`],
      { cwd: app },
    );
    expect(imported.trim()).toBe('imported');
  });

  it('require() loads ndarray (Node >= 20.19) and names the top-level await for linalg', async () => {
    const script = (name: string): string =>
      `try { const m = require('${name}'); console.log(Object.keys(m).length > 0 ? 'loaded' : 'empty'); } ` +
      'catch (e) { console.log(e.code); }';
    const outcome = async (name: string): Promise<string> => {
      writeFileSync(join(app, 'require.cjs'), script(name));
      return (await run(process.execPath, ['require.cjs'], { cwd: app })).stdout.trim();
    };
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const requireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
    // Never ERR_PACKAGE_PATH_NOT_EXPORTED ('No "exports" main defined'), the error without a
    // `default` condition.
    expect(await outcome('@stride/ndarray')).toBe(requireEsm ? 'loaded' : 'ERR_REQUIRE_ESM');
    expect(await outcome('@stride/linalg')).toBe(requireEsm ? 'ERR_REQUIRE_ASYNC_MODULE' : 'ERR_REQUIRE_ESM');
  });

  /** Serves `dir`, opens it in Chromium and returns the script's report. */
  async function runPage(dir: string): Promise<{ ok: boolean; problems: string[]; wasm: string[] }> {
    const server = await startStaticServer(dir);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const wasm: string[] = [];
      page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
      page.on('response', (r) => {
        if (r.url().endsWith('.wasm')) wasm.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await page
        .waitForFunction(() => document.getElementById('out')?.dataset['state'] !== 'pending', null, {
          timeout: 60_000,
        })
        .catch(() => {
          throw new Error(`the page never finished: ${errors.join('; ')} (wasm: ${wasm.join(', ')})`);
        });
      const report = JSON.parse((await page.locator('#out').textContent()) ?? '{}') as {
        ok: boolean;
        problems: string[];
      };
      expect(errors).toEqual([]);
      await page.close();
      return { ...report, wasm };
    } finally {
      await server.close();
    }
  }

  /** Size of the .js files under `dir` (minified, and gzipped at level 9) and of the .wasm files. */
  function measure(label: string, dir: string): void {
    let js = 0;
    let gz = 0;
    let wasmBytes = 0;
    let wasmGz = 0;
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js')) {
          const b = readFileSync(p);
          js += b.length;
          gz += gzipSync(b, { level: 9 }).length;
        } else if (e.name.endsWith('.wasm')) {
          const b = readFileSync(p);
          wasmBytes += b.length;
          wasmGz += gzipSync(b, { level: 9 }).length;
        }
      }
    };
    walk(dir);
    sizes[label] = `JS ${kib(js)} minified, ${kib(gz)} min+gzip; wasm ${kib(wasmBytes)}, ${kib(wasmGz)} gzip`;
  }

  /** Measures the bundle in `out`, runs it in Chromium and checks the report and the wasm fetches (LAPACK, ndarray's kernels). */
  async function checkBundle(label: string, out: string, wasmRequests: RegExp[]): Promise<void> {
    measure(label, out);
    const t0 = performance.now();
    const report = await runPage(out);
    timings[`${label} page`] = performance.now() - t0;
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect([...report.wasm].sort()).toEqual(wasmRequests.map((r) => expect.stringMatching(r)));
  }

  it('bundles with esbuild (wasm copied with --loader:.wasm=file) and runs in Chromium', async () => {
    const out = join(app, 'dist-esbuild');
    const t0 = performance.now();
    await esbuild.build({
      absWorkingDir: app,
      entryPoints: ['esbuild-entry.mjs'],
      outdir: out,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      loader: { '.wasm': 'file' },
      logLevel: 'error',
    });
    writeFileSync(
      join(out, 'index.html'),
      readFileSync(join(app, 'index.html'), 'utf8').replace('./main.mjs', './esbuild-entry.js'),
    );
    timings['esbuild build'] = performance.now() - t0;
    await checkBundle('esbuild', out, [/^200 \/kernels-[\w-]+\.wasm$/, /^200 \/stride-lapack-[\w-]+\.wasm$/]);
  });

  it('bundles with Vite (the wasm found through new URL(..., import.meta.url)) and runs in Chromium', async () => {
    const out = join(app, 'dist-vite');
    const t0 = performance.now();
    await viteBuild({ root: app, configFile: false, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    timings['vite build'] = performance.now() - t0;
    await checkBundle('vite', out, [
      /^200 \/assets\/kernels-[\w-]+\.wasm$/,
      /^200 \/assets\/stride-lapack-[\w-]+\.wasm$/,
    ]);
  });
});
