// The Stride kernel driven by Debian's jupyter_client and nbclient (python3), as JupyterLab,
// VS Code and nbconvert drive it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from './helpers.js';

interface Report {
  nbclient: { count: number; outputs: Record<string, unknown>[] }[];
  valid: boolean;
  kernel_info: { protocol_version: string; implementation: string; language_info: { name: string } };
  complete: { matches: string[]; cursor_start: number; cursor_end: number };
  inspect: { found: boolean; data: Record<string, string> };
  is_complete: string[];
  interrupt: { status: string; ename: string; seconds: number };
  after_interrupt: string;
  state_kept: string[];
  after_restart: string[];
  alive_after_shutdown: boolean;
}

describe('Jupyter kernel (messaging v5.3 over ZeroMQ) through jupyter_client / nbclient', () => {
  let dir: string;
  let report: Report;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stride-jupyter-'));
    execFileSync(process.execPath, ['bin/stride-notebook.mjs', 'kernel', 'install', '--data-dir', join(dir, 'data')], {
      cwd: appDir,
    });
    const out = execFileSync('/usr/bin/python3', [join(appDir, 'test', 'jupyter_driver.py'), dir], {
      env: {
        ...process.env,
        JUPYTER_PATH: join(dir, 'data'),
        JUPYTER_RUNTIME_DIR: join(dir, 'runtime'),
        JUPYTER_PLATFORM_DIRS: '1',
      },
      timeout: 150_000,
      encoding: 'utf8',
    });
    const line = out.split('\n').find((l) => l.startsWith('REPORT ')) ?? '';
    report = JSON.parse(line.slice('REPORT '.length)) as Report;
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('nbclient executes a notebook: stream, execute_result, display_data (SVG, HTML), error', () => {
    const [c1, c2, c3, c4] = report.nbclient;
    expect(c1?.count).toBe(1);
    expect(c1?.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'sum 6\n' },
      { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '3' }, metadata: {} },
    ]);
    expect(c2?.outputs.map((o) => Object.keys(o['data'] as object)[0])).toEqual(['image/svg+xml', 'text/html']);
    expect((c3?.outputs[0]?.['data'] as Record<string, string> | undefined)?.['text/plain']).toBe('[ 2, 4, 6 ]');
    expect(c4?.outputs[0]).toMatchObject({ output_type: 'error', ename: 'RangeError', evalue: 'nope' });
    expect(((c4?.outputs[0]?.['traceback'] as string[] | undefined) ?? []).join('\n')).toMatch(
      /line 2: throw new RangeError/,
    );
    expect(report.valid).toBe(true);
  });

  it('kernel_info, complete, inspect, is_complete', () => {
    expect(report.kernel_info.protocol_version).toBe('5.3');
    expect(report.kernel_info.implementation).toBe('stride');
    expect(report.kernel_info.language_info.name).toBe('typescript');
    expect(report.complete).toMatchObject({ matches: ['alpha'], cursor_start: 6, cursor_end: 8 });
    expect(report.inspect.found).toBe(true);
    expect(report.inspect.data['text/plain']).toMatch(/table: object/);
    expect(report.is_complete).toEqual(['complete', 'incomplete', 'invalid']);
  });

  it('interrupt stops `while (true) {}` and keeps the state; restart clears it; shutdown ends the process', () => {
    expect(report.interrupt.status).toBe('error');
    expect(report.interrupt.ename).toBe('KeyboardInterrupt');
    expect(report.after_interrupt).toBe('ok');
    expect(report.state_kept).toEqual(['3']);
    expect(report.after_restart).toEqual(["'undefined'"]);
    expect(report.alive_after_shutdown).toBe(false);
  });

  it('jupyter nbconvert --execute --ExecutePreprocessor.kernel_name=stride runs an example notebook', () => {
    const nb = join(dir, 'tour.ipynb');
    copyFileSync(join(appDir, 'examples', '01-numpy-tour.ipynb'), nb);
    execFileSync(
      '/usr/bin/jupyter',
      ['nbconvert', '--to', 'notebook', '--execute', '--inplace', '--ExecutePreprocessor.kernel_name=stride', nb],
      {
        env: {
          ...process.env,
          JUPYTER_PATH: join(dir, 'data'),
          JUPYTER_RUNTIME_DIR: join(dir, 'runtime'),
          JUPYTER_PLATFORM_DIRS: '1',
        },
        timeout: 150_000,
        stdio: 'pipe',
      },
    );
    const done = JSON.parse(readFileSync(nb, 'utf8')) as {
      cells: { cell_type: string; execution_count?: number | null; outputs?: { output_type: string }[] }[];
    };
    const code = done.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThan(3);
    expect(code.every((c) => typeof c.execution_count === 'number')).toBe(true);
    expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
    expect(code.flatMap((c) => c.outputs ?? []).some((o) => o.output_type === 'execute_result')).toBe(true);
  }, 180_000);
});
