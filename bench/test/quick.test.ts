// Smoke test of the bench runner: a quick pass over two tiny cases on a few systems, checking the
// JSON results and the Markdown report are well formed. Timings are never asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { Rng, seedOf } from '../src/rng.js';

const BENCH = fileURLToPath(new URL('..', import.meta.url));
const STATUSES = ['ok', 'wrong', 'na', 'notyet', 'error', 'timeout', 'unchecked'];

describe('pnpm bench --quick', () => {
  let out = '';
  let stdout = '';
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON
  let res: any;
  let report = '';

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'stride-bench-test-'));
    stdout = execFileSync(
      process.execPath,
      ['src/cli.js', '--quick', '--filter', 'a*b+c,rfft', '--systems', 'js,fftjs,stride', '--report', '--out', out],
      { cwd: BENCH, encoding: 'utf8', timeout: 55_000 },
    );
    res = JSON.parse(readFileSync(join(out, 'quick.json'), 'utf8'));
    report = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  }, 60_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints a progress line per case and the summary table', () => {
    expect(stdout).toMatch(/\[1\/2\] ufunc\/a\*b\+c n=1e4/);
    expect(stdout).toMatch(/\[2\/2\] fft\/rfft n=256/);
    expect(stdout).toMatch(/^case\s+NumPy 1t/m);
  });

  it('writes JSON results with one cell per case and system', () => {
    expect(res.schema).toBe(1);
    expect(res.mode).toBe('quick');
    expect(res.machine.cores).toBeGreaterThan(0);
    expect(res.cases.map((c: { id: string }) => c.id)).toEqual(['ufunc/a*b+c n=1e4', 'fft/rfft n=256']);
    const ids = res.systems.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['numpy', 'stride', 'fftjs', 'js']));
    for (const c of res.cases) {
      for (const id of ids) {
        const cell = c.results[id];
        expect(STATUSES).toContain(cell.status);
        if (cell.status === 'ok' || cell.status === 'unchecked') {
          expect(cell.medianMs).toBeGreaterThan(0);
          expect(cell.reps).toBeGreaterThan(0);
        }
      }
    }
  });

  it('measures plain JS and fft.js, and checks them against NumPy when NumPy is there', () => {
    const [fma, rfft] = res.cases;
    const expected = res.reference ? 'ok' : 'unchecked';
    expect(fma.results.js.status).toBe(expected);
    expect(rfft.results.fftjs.status).toBe(expected);
    expect(fma.results.fftjs).toMatchObject({ status: 'na', reason: 'FFT only' });
  });

  it('marks Stride "not yet" until its packages can be imported, or measures it', () => {
    for (const c of res.cases) expect(['notyet', 'ok', 'wrong', 'error']).toContain(c.results.stride.status);
  });

  it('renders a Markdown report with a well-formed ratio table', () => {
    expect(report).toMatch(/^# Stride benchmarks/);
    expect(report).toContain('## Machine');
    const lines = report.split('\n');
    const head = lines.findIndex((l) => l.startsWith('| case | NumPy 1t |'));
    expect(head).toBeGreaterThan(0);
    const width = (l: string) => l.split(' | ').length;
    const rows = lines.slice(head + 2, head + 4);
    expect(lines[head + 1]).toMatch(/^\|---\|/);
    for (const r of rows) {
      expect(r.startsWith('| ')).toBe(true);
      expect(width(r)).toBe(width(lines[head] ?? ''));
    }
    expect(rows[0]).toContain('ufunc/a*b+c n=1e4');
  });
});

describe('check', () => {
  it('check() accepts results within tolerance and names the error otherwise', () => {
    const ref = Float64Array.from([1, 2, 3]);
    expect(check('x', ref, Float64Array.from([1, 2, 3 + 1e-14]), 1e-12).ok).toBe(true);
    expect(check('x', ref, Float64Array.from([1, 2, 4]), 1e-12)).toMatchObject({ ok: false });
    expect(check('x', ref, Float64Array.from([1, 2]), 1e-12).reason).toBe('2 values, expected 3');
    expect(check('x', ref, Float64Array.from([1, Number.NaN, 3]), 1).reason).toBe('NaN at index 1');
  });

  it('check() recognises an FFT with the opposite sign convention', () => {
    const ref = Float64Array.from([10, 0, -2, 2, -2, 0]);
    const got = Float64Array.from([10, 0, -2, -2, -2, 0]);
    expect(check('fft/rfft', ref, got, 1e-12).reason).toMatch(/opposite sign convention/);
    // complex input: the e^{+i} convention reverses the spectrum, X[-k]
    const x = Float64Array.from([1, 0, 2, 1, 3, -1, 4, 2]);
    const reversed = Float64Array.from([1, 0, 4, 2, 3, -1, 2, 1]);
    expect(check('fft/fft', x, reversed, 1e-12).reason).toMatch(/opposite sign convention/);
  });
});

describe('Rng', () => {
  it('new Rng(seed) gives the same stream for the same seed and [lo, hi) values', () => {
    const a = new Rng(seedOf('linalg/matmul n=256')).uniform(1000);
    const b = new Rng(seedOf('linalg/matmul n=256')).uniform(1000);
    expect(a).toEqual(b);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...a)).toBeLessThan(1);
    expect(new Rng(seedOf('other')).uniform(4)).not.toEqual(a.subarray(0, 4));
  });
});
