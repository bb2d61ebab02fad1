// `stride-notebook run`: headless execution writes outputs back, as nbconvert --execute does, and
// what it writes validates with nbformat. The example notebooks all run top to bottom.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notebook } from '../src/notebook/ipynb.js';
import { appDir } from './helpers.js';

const cli = join(appDir, 'bin', 'stride-notebook.mjs');
const validate = (file: string): void => {
  execFileSync('/usr/bin/python3', [
    '-c',
    'import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))',
    file,
  ]);
};

describe('stride-notebook run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stride-run-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('executes every cell in order and writes outputs and counts; stops at an error with exit code 1', () => {
    const file = join(dir, 'nb.ipynb');
    writeFileSync(
      file,
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: {},
        cells: [
          { cell_type: 'markdown', metadata: {}, source: '# title' },
          {
            cell_type: 'code',
            metadata: {},
            source: 'let total = 0;\nfor (let i = 1; i <= 4; i++) total += i;',
            outputs: [],
            execution_count: null,
          },
          {
            cell_type: 'code',
            metadata: {},
            source: 'console.log("total is", total);\ntotal * 10',
            outputs: [],
            execution_count: null,
          },
          { cell_type: 'code', metadata: {}, source: 'undefinedName + 1', outputs: [], execution_count: null },
          { cell_type: 'code', metadata: {}, source: '"never runs"', outputs: [], execution_count: null },
        ],
      }),
    );
    const r = spawnSync(process.execPath, [cli, 'run', file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3 code cells .* 1 errors\n {2}cell 3: ReferenceError: undefinedName is not defined/);
    validate(file);
    const nb = JSON.parse(readFileSync(file, 'utf8')) as Notebook;
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    expect(code.map((c) => c.execution_count)).toEqual([1, 2, 3, null]);
    expect(code[1]?.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: ['total is 10\n'] },
      { output_type: 'execute_result', execution_count: 2, data: { 'text/plain': ['100'] }, metadata: {} },
    ]);
    expect(code[2]?.outputs[0]).toMatchObject({ output_type: 'error', ename: 'ReferenceError' });
  });

  it('--allow-errors runs past a failing cell', () => {
    const file = join(dir, 'nb.ipynb');
    const r = spawnSync(process.execPath, [cli, 'run', '--allow-errors', file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    const nb = JSON.parse(readFileSync(file, 'utf8')) as Notebook;
    const last = nb.cells[nb.cells.length - 1];
    expect(last?.cell_type === 'code' && last.execution_count).toBe(4);
  });
});

describe('example notebooks run top to bottom without an error', () => {
  const examples = readdirSync(join(appDir, 'examples')).filter((f) => f.endsWith('.ipynb'));
  let dir: string;
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stride-examples-'));
    for (const name of examples) copyFileSync(join(appDir, 'examples', name), join(dir, name));
    // One runner for all of them (the TypeScript parser loads once).
    const files = examples.map((name) => join(dir, name));
    run = spawnSync(process.execPath, [cli, 'run', ...files], { encoding: 'utf8', timeout: 240_000 });
  }, 250_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('there are examples, and the runner reports no error', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  for (const name of examples) {
    it(`${name}`, () => {
      const file = join(dir, name);
      validate(file);
      const nb = JSON.parse(readFileSync(file, 'utf8')) as Notebook;
      const code = nb.cells.flatMap((c) => (c.cell_type === 'code' ? [c] : []));
      expect(code.every((c) => c.execution_count !== null)).toBe(true);
      const outputs = code.flatMap((c) => c.outputs);
      expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
      // Every example shows at least one figure.
      expect(outputs.some((o) => 'data' in o && o.data['image/svg+xml'] !== undefined)).toBe(true);
    });
  }
});
