// A kernel as its users see it: runs cells in an engine process (engine.ts), one at a time, with
// interrupt and restart. The supervisor itself never runs user code, so it stays responsive (the
// notebook server and the Jupyter kernel's heartbeat live here) whatever a cell does.
import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CellSyntaxError, compileCell } from './compile.js';
import type { MimeBundle } from './display.js';
import type { FigureAction, FigureView } from './figures.js';
import type { ErrorContent, FromEngine, ToEngine } from './messages.js';

/** Callbacks of one execution (all optional). */
export interface ExecuteHandlers {
  onStream?: (name: 'stdout' | 'stderr', text: string) => void;
  onDisplay?: (data: MimeBundle) => void;
  onResult?: (data: MimeBundle) => void;
  onError?: (error: ErrorContent) => void;
}

export interface ExecuteReply {
  status: 'ok' | 'error' | 'aborted';
  executionCount: number;
  defines: string[];
  uses: string[];
}

export interface KernelOptions {
  /** Working directory of the engine (the notebook's folder): relative imports resolve there. */
  cwd?: string;
  /** How long an interrupted cell may take to stop before the engine is restarted (ms). */
  interruptGraceMs?: number;
  /** The engine script (defaults to engine.js beside this module). */
  enginePath?: string;
  /**
   * Keep shown figures live for pan and zoom from a front end (`figure()`): their SVG carries an
   * id. Off for the headless runner and Jupyter, whose saved outputs stay byte-stable.
   */
  liveFigures?: boolean;
}

interface Running {
  id: string;
  handlers: ExecuteHandlers;
  resolve: (r: ExecuteReply) => void;
  count: number;
}

/** Jupyter's error content for a cell that does not compile (line and caret). */
function syntaxErrorContent(e: CellSyntaxError): ErrorContent {
  const caret = `${' '.repeat(Math.max(0, e.column - 1))}^`;
  const where = `  line ${e.line}: `;
  return {
    ename: 'SyntaxError',
    evalue: `${e.message} (line ${e.line}, column ${e.column})`,
    traceback: [`SyntaxError: ${e.message}`, `${where}${e.lineText}`, `${' '.repeat(where.length)}${caret}`],
  };
}

/** engine.js beside this module, or one folder up (the built CLI keeps shared code in dist/chunks/). */
function defaultEngine(): string {
  const candidates = ['./engine.js', '../engine.js'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** One notebook's kernel: an engine process plus a queue of executions. */
export class Kernel extends EventEmitter {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private running = new Map<string, Running>();
  private completions = new Map<string, (r: { matches: string[]; start: number; end: number }) => void>();
  private inspections = new Map<string, (text: string | null) => void>();
  private figureViews = new Map<string, (view: FigureView) => void>();
  private nextId = 0;
  /** Jupyter's execution_count: the number of executions so far. */
  executionCount = 0;
  /** Output of the last stream message of an execution that has finished (late output). */
  private lastId: string | null = null;
  private generation = 0;

  constructor(private readonly options: KernelOptions = {}) {
    super();
  }

  /** True while an execution is running or queued. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Starts the engine (idempotent); resolves when it is ready for cells. */
  start(): Promise<void> {
    if (this.ready !== null) return this.ready;
    const generation = ++this.generation;
    const child = fork(this.options.enginePath ?? defaultEngine(), this.options.liveFigures ? ['--live-figures'] : [], {
      cwd: this.options.cwd ?? process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: [],
      serialization: 'json',
    });
    this.child = child;
    // Native code writing to the real descriptors still reaches the person.
    child.stdout?.on('data', (b: Buffer) => this.stream(null, 'stdout', b.toString('utf8')));
    child.stderr?.on('data', (b: Buffer) => this.stream(null, 'stderr', b.toString('utf8')));
    this.ready = new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null): void =>
        reject(new Error(`the kernel's engine exited (${code}) before it was ready`));
      child.once('exit', onExit);
      child.on('message', (m: FromEngine) => {
        if (m.type === 'ready') {
          child.off('exit', onExit);
          resolve();
        } else this.onMessage(m);
      });
    });
    child.on('exit', (code, signal) => {
      if (generation !== this.generation) return;
      this.child = null;
      this.ready = null;
      this.failAll('KernelDied', `the kernel's process stopped (${signal ?? code}); its state is lost`);
      this.emit('exit', code, signal);
    });
    return this.ready;
  }

  private stream(id: string | null, name: 'stdout' | 'stderr', text: string): void {
    const r = this.running.get(id ?? '') ?? this.running.get(this.lastId ?? '') ?? this.first();
    if (r !== undefined) r.handlers.onStream?.(name, text);
    else this.emit('stream', name, text);
  }

  private first(): Running | undefined {
    return this.running.values().next().value;
  }

  private onMessage(m: FromEngine): void {
    switch (m.type) {
      case 'stream':
        this.stream(m.id, m.name, m.text);
        break;
      case 'display': {
        const r = this.running.get(m.id ?? '') ?? this.first();
        if (r !== undefined) r.handlers.onDisplay?.(m.data);
        else this.emit('display', m.data);
        break;
      }
      case 'result':
        this.running.get(m.id)?.handlers.onResult?.(m.data);
        break;
      case 'error':
        this.running.get(m.id)?.handlers.onError?.({ ename: m.ename, evalue: m.evalue, traceback: m.traceback });
        break;
      case 'done': {
        const r = this.running.get(m.id);
        if (r === undefined) break;
        this.running.delete(m.id);
        this.lastId = m.id;
        r.resolve({ status: m.status, executionCount: r.count, defines: m.defines, uses: m.uses });
        if (this.running.size === 0) this.emit('idle');
        break;
      }
      case 'inspection':
        this.inspections.get(m.id)?.(m.text);
        this.inspections.delete(m.id);
        break;
      case 'completions':
        this.completions.get(m.id)?.({ matches: m.matches, start: m.start, end: m.end });
        this.completions.delete(m.id);
        break;
      case 'figure-view':
        this.figureViews.get(m.id)?.({ known: m.known, svg: m.svg, readout: m.readout });
        this.figureViews.delete(m.id);
        break;
      default:
        break;
    }
  }

  private failAll(ename: string, evalue: string): void {
    const all = [...this.running.values()];
    this.running.clear();
    all.forEach((r, i) => {
      if (i === 0) {
        r.handlers.onError?.({ ename, evalue, traceback: [`${ename}: ${evalue}`] });
        r.resolve({ status: 'error', executionCount: r.count, defines: [], uses: [] });
      } else r.resolve({ status: 'aborted', executionCount: r.count, defines: [], uses: [] });
    });
    for (const done of this.completions.values()) done({ matches: [], start: 0, end: 0 });
    this.completions.clear();
    for (const done of this.inspections.values()) done(null);
    this.inspections.clear();
    for (const done of this.figureViews.values()) done({ known: false, svg: null, readout: null });
    this.figureViews.clear();
    if (all.length > 0) this.emit('idle');
  }

  /** Runs a cell (queued behind any running one). */
  async execute(code: string, handlers: ExecuteHandlers = {}): Promise<ExecuteReply> {
    await this.start();
    const id = String(++this.nextId);
    const count = ++this.executionCount;
    let message: ToEngine;
    try {
      const compiled = await compileCell(code, `cell[${id}]`);
      message = { type: 'execute', id, count, source: code, ...compiled };
    } catch (e) {
      if (!(e instanceof CellSyntaxError)) throw e;
      message = { type: 'fail', id, ...syntaxErrorContent(e) };
    }
    return new Promise<ExecuteReply>((resolve) => {
      this.running.set(id, { id, handlers, resolve, count });
      this.emit('busy');
      this.send(message);
    });
  }

  /** Completion candidates at `cursor` from the kernel's live names. */
  complete(code: string, cursor: number): Promise<{ matches: string[]; start: number; end: number }> {
    return this.ask(this.completions, 'complete', code, cursor, { matches: [], start: cursor, end: cursor });
  }

  /** A short description (type and value) of the name at `cursor`, or null. */
  inspect(code: string, cursor: number): Promise<string | null> {
    return this.ask(this.inspections, 'inspect', code, cursor, null);
  }

  /**
   * A pan/zoom/read-out gesture on a figure a cell showed (its SVG's `data-stride-figure` id): the
   * redrawn SVG when the view moved. Answered when the engine is free (a running cell delays it);
   * `known: false` after 10 s, or for a figure the engine no longer holds.
   */
  async figure(figure: string, action: FigureAction): Promise<FigureView> {
    if (this.child === null) return { known: false, svg: null, readout: null };
    await this.start();
    const id = `figure${++this.nextId}`;
    return new Promise((resolve) => {
      this.figureViews.set(id, resolve);
      this.send({ type: 'figure', id, figure, ...action });
      setTimeout(() => {
        if (this.figureViews.delete(id)) resolve({ known: false, svg: null, readout: null });
      }, 10_000).unref();
    });
  }

  /** A question to the engine about the code at a cursor; `fallback` when it has no answer in 2 s. */
  private async ask<T>(
    waiting: Map<string, (r: T) => void>,
    type: 'complete' | 'inspect',
    code: string,
    cursor: number,
    fallback: T,
  ): Promise<T> {
    await this.start();
    const id = `${type}${++this.nextId}`;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      this.send({ type, id, code, cursor });
      setTimeout(() => {
        if (waiting.delete(id)) resolve(fallback);
      }, 2000).unref();
    });
  }

  private send(m: ToEngine): void {
    this.child?.send(m);
  }

  /**
   * Interrupts the running cell (queued cells are aborted). Resolves 'interrupted' when the engine
   * stopped the cell itself (state kept) or 'restarted' when it had to be replaced (state lost).
   */
  async interrupt(): Promise<'idle' | 'interrupted' | 'restarted'> {
    const child = this.child;
    if (child === null || this.running.size === 0) return 'idle';
    const [current, ...queued] = [...this.running.values()];
    for (const q of queued) {
      this.running.delete(q.id);
      q.resolve({ status: 'aborted', executionCount: q.count, defines: [], uses: [] });
    }
    const stopped = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.options.interruptGraceMs ?? 1500);
      const check = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.once('idle', check);
    });
    child.kill('SIGINT');
    if (await stopped) return 'interrupted';
    this.removeAllListeners('idle');
    if (current !== undefined && this.running.has(current.id)) {
      current.handlers.onError?.({
        ename: 'KeyboardInterrupt',
        evalue: 'the cell did not stop, so the kernel was restarted: its state is lost',
        traceback: ['KeyboardInterrupt: the cell did not stop, so the kernel was restarted: its state is lost'],
      });
      this.running.delete(current.id);
      current.resolve({ status: 'error', executionCount: current.count, defines: [], uses: [] });
    }
    await this.restart();
    return 'restarted';
  }

  /** Replaces the engine with a fresh one (all names are gone; execution counts start over). */
  async restart(): Promise<void> {
    await this.stopEngine();
    this.executionCount = 0;
    await this.start();
    this.emit('restarted');
  }

  private async stopEngine(): Promise<void> {
    const child = this.child;
    this.generation++; // the old engine's exit is expected
    this.child = null;
    this.ready = null;
    this.failAll('KernelRestarted', 'the kernel was restarted');
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Stops the engine for good. */
  async shutdown(): Promise<void> {
    await this.stopEngine();
  }
}
