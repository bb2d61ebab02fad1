// `stride-notebook run file.ipynb`: executes every code cell top to bottom in a fresh kernel and
// writes the outputs and execution counts back, as `jupyter nbconvert --execute --inplace` does.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kernel } from '../kernel/supervisor.js';
import {
  type CodeCell,
  type Notebook,
  type Output,
  appendStream,
  parseNotebook,
  serializeNotebook,
  sourceText,
} from './ipynb.js';

export interface RunOptions {
  /** Seconds a cell may run before it is interrupted (default 120). */
  timeout?: number;
  /** Keep going after a cell fails (default false: stop, as nbclient does). */
  allowErrors?: boolean;
  /** Engine script (tests). */
  enginePath?: string;
}

export interface RunReport {
  cells: number;
  errors: { index: number; ename: string; evalue: string }[];
  seconds: number;
}

/** Runs one code cell into `cell.outputs`. */
export async function runCell(kernel: Kernel, cell: CodeCell, timeoutS = 120): Promise<'ok' | 'error' | 'aborted'> {
  const outputs: Output[] = [];
  cell.outputs = outputs;
  const timer = setTimeout(() => void kernel.interrupt(), timeoutS * 1000);
  try {
    const reply = await kernel.execute(sourceText(cell.source), {
      onStream: (name, text) => appendStream(outputs, name, text),
      onDisplay: (data) => outputs.push({ output_type: 'display_data', data, metadata: {} }),
      onResult: (data) => outputs.push({ output_type: 'execute_result', execution_count: null, data, metadata: {} }),
      onError: (e) => outputs.push({ output_type: 'error', ...e }),
    });
    cell.execution_count = reply.executionCount;
    for (const o of outputs) if (o.output_type === 'execute_result') o.execution_count = reply.executionCount;
    return reply.status;
  } finally {
    clearTimeout(timer);
  }
}

/** Executes a notebook object in place (fresh kernel in `cwd`). */
export async function executeNotebook(nb: Notebook, cwd: string, options: RunOptions = {}): Promise<RunReport> {
  const started = performance.now();
  const kernel = new Kernel({ cwd, ...(options.enginePath ? { enginePath: options.enginePath } : {}) });
  const report: RunReport = { cells: 0, errors: [], seconds: 0 };
  try {
    await kernel.start();
    for (const [index, cell] of nb.cells.entries()) {
      if (cell.cell_type !== 'code') continue;
      report.cells++;
      const status = await runCell(kernel, cell, options.timeout);
      if (status !== 'ok') {
        const err = cell.outputs.find((o) => o.output_type === 'error');
        report.errors.push({ index, ename: err?.ename ?? status, evalue: err?.evalue ?? '' });
        if (!options.allowErrors) break;
      }
    }
  } finally {
    await kernel.shutdown();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Reads, executes and rewrites an .ipynb file. */
export async function runNotebookFile(path: string, options: RunOptions = {}): Promise<RunReport> {
  const file = resolve(path);
  const nb = parseNotebook(readFileSync(file, 'utf8'));
  const report = await executeNotebook(nb, dirname(file), options);
  writeFileSync(file, serializeNotebook(nb));
  return report;
}
