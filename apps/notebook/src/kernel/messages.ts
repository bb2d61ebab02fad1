// Messages between a kernel supervisor and its engine process (over Node's IPC channel).
import type { MimeBundle } from './display.js';
import type { FigureAction, FigureView } from './figures.js';

/** The name of the kernel's helper object inside compiled cells (compile.ts, engine.ts). */
export const HELPER = '__nb';

export type ToEngine =
  | {
      type: 'execute';
      id: string;
      /** The compiled cell (compile.ts), its source map and the cell's own text. */
      code: string;
      map: string;
      source: string;
      count: number;
      defines: string[];
      uses: string[];
    }
  /** A cell that failed to compile: reported in its turn, behind the cells queued before it. */
  | ({ type: 'fail'; id: string } & ErrorContent)
  | { type: 'complete'; id: string; code: string; cursor: number }
  | { type: 'inspect'; id: string; code: string; cursor: number }
  /** A pan/zoom/read-out gesture on a live figure (figures.ts). */
  | ({ type: 'figure'; id: string; figure: string } & FigureAction);

export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type FromEngine =
  | { type: 'ready'; pid: number }
  | { type: 'stream'; id: string | null; name: 'stdout' | 'stderr'; text: string }
  | { type: 'display'; id: string | null; data: MimeBundle }
  | { type: 'result'; id: string; data: MimeBundle }
  | ({ type: 'error'; id: string } & ErrorContent)
  | { type: 'done'; id: string; status: 'ok' | 'error'; defines: string[]; uses: string[] }
  | { type: 'completions'; id: string; matches: string[]; start: number; end: number }
  | { type: 'inspection'; id: string; text: string | null }
  | ({ type: 'figure-view'; id: string } & FigureView);
