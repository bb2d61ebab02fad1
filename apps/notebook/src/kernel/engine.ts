// The kernel's engine: one Node process per notebook, started by a supervisor (the notebook server,
// the Jupyter kernel or the headless runner) with an IPC channel. It keeps the notebook's state
// (top-level names are properties of this process's global object, see compile.ts), runs cells one
// at a time, and reports streams, displays, results and errors as messages.
//
// Interrupt: the supervisor sends SIGINT. A cell's synchronous part runs with `breakOnSigint`, so
// a `while (true) {}` stops with an error and the state survives; a cell waiting on a promise is
// abandoned (its promise loses the race). Code spinning in a later microtask cannot be reached
// from inside: the supervisor then kills this process and starts a fresh one.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import * as vm from 'node:vm';
import { type DisplayOptions, type MimeBundle, displayBundle, mimeBundle, typed } from './display.js';
import { type Controls, FigureRegistry } from './figures.js';
import { type ErrorContent, type FromEngine, HELPER, type ToEngine } from './messages.js';

const send = (m: FromEngine): void => {
  process.send?.(m);
};

let currentId: string | null = null;
const maps = new Map<string, { map: SourceMap; count: number; lines: string[] }>();

// ---- streams -------------------------------------------------------------------------------------
for (const name of ['stdout', 'stderr'] as const) {
  const stream = process[name];
  stream.write = ((chunk: string | Uint8Array, encoding?: unknown, cb?: unknown): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    send({ type: 'stream', id: currentId, name, text });
    const callback = typeof encoding === 'function' ? encoding : cb;
    if (typeof callback === 'function') queueMicrotask(callback as () => void);
    return true;
  }) as typeof stream.write;
}

// ---- module loading ------------------------------------------------------------------------------
/** Finds `node_modules/<name>` walking up from `dir`, then its ESM entry (exports/module/main). */
function resolvePackage(spec: string, dir: string): string | null {
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  const sub = parts.slice(spec.startsWith('@') ? 2 : 1).join('/');
  for (let d = dir; ; d = dirname(d)) {
    const pkgDir = join(d, 'node_modules', name);
    if (existsSync(join(pkgDir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
        exports?: unknown;
        module?: string;
        main?: string;
      };
      const key = sub === '' ? '.' : `./${sub}`;
      let target: unknown = pkg.exports;
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const map = target as Record<string, unknown>;
        if (Object.keys(map).some((k) => k.startsWith('.'))) target = map[key];
        else if (key !== '.') target = undefined;
      } else if (key !== '.') target = undefined;
      for (let i = 0; i < 4 && typeof target === 'object' && target !== null; i++) {
        const t = target as Record<string, unknown>;
        target = t['import'] ?? t['node'] ?? t['default'];
      }
      if (typeof target === 'string') return join(pkgDir, target);
      if (sub !== '') return join(pkgDir, sub);
      return join(pkgDir, pkg.module ?? pkg.main ?? 'index.js');
    }
    if (dirname(d) === d) return null;
  }
}

const here = dirname(new URL(import.meta.url).pathname);

/** `import ... from spec` in a cell: the kernel's own packages (stride), then the notebook's folder. */
async function importModule(spec: string): Promise<unknown> {
  if (spec.startsWith('.') || spec.startsWith('/')) {
    return import(pathToFileURL(resolvePath(process.cwd(), spec)).href);
  }
  if (spec.startsWith('node:')) return import(spec);
  for (const base of [process.cwd(), here, strideDir()]) {
    if (base === null) continue;
    const path = resolvePackage(spec, base);
    if (path !== null) return import(pathToFileURL(path).href);
  }
  return import(spec); // built-ins without the node: prefix, or a clear ERR_MODULE_NOT_FOUND
}

/** The `stride` package's folder (its own dependencies, `@stride/*`, resolve from there). */
function strideDir(): string | null {
  const entry = resolvePackage('stride', here);
  return entry === null ? null : dirname(entry);
}

// ---- the helper object compiled cells call -------------------------------------------------------
const g = globalThis as Record<string, unknown>;

function declare(kind: string, names: string[]): void {
  for (const name of names) {
    const existing = Object.getOwnPropertyDescriptor(g, name);
    if (existing !== undefined && !existing.configurable) {
      throw new TypeError(`cannot declare '${name}': it is a built-in global that cannot be redefined`);
    }
    Object.defineProperty(g, name, {
      value: undefined,
      writable: true,
      configurable: true,
      enumerable: kind !== 'function',
    });
  }
}
function seal(names: string[]): void {
  for (const name of names) {
    Object.defineProperty(g, name, { writable: false });
  }
}
function define(name: string, value: unknown): void {
  declare('let', [name]);
  g[name] = value;
}

function emitDisplay(data: MimeBundle | null): void {
  if (data !== null) send({ type: 'display', id: currentId, data });
}

// Figures stay live for pan and zoom from the front end (figures.ts).
const figures = new FigureRegistry(`${process.pid.toString(36)}${Date.now().toString(36)}`, async () => {
  const st = (await importModule('stride').catch(() => null)) as { plot?: { figureControls?: unknown } } | null;
  const make = st?.plot?.figureControls;
  return typeof make === 'function' ? (make as (fig: object) => Controls) : null;
});

/** A value's rich bundle, a controllable figure's SVG tagged for pan and zoom. */
const live = process.argv.includes('--live-figures');
const shown = (value: unknown): MimeBundle | null => (live ? figures.tag(value, mimeBundle(value)) : mimeBundle(value));

/** Shows a value as a rich output now (a figure as SVG, or PNG with `{ format: 'png' }`). */
function display(value: unknown, options?: DisplayOptions): Promise<void> | undefined {
  if (options?.format === 'png') return displayBundle(value, options).then(emitDisplay);
  emitDisplay(shown(value));
  return undefined;
}
display.html = (s: string): void => emitDisplay(typed.html(s));
display.svg = (s: string): void => emitDisplay(typed.svg(s));
display.markdown = (s: string): void => emitDisplay(typed.markdown(s));
display.table = (rows: readonly object[]): void => emitDisplay(typed.table(rows));
display.png = (v: unknown): Promise<void> => displayBundle(v, { format: 'png' }).then(emitDisplay);

Object.defineProperty(g, HELPER, {
  value: Object.freeze({ d: declare, s: seal, v: define, import: importModule }),
  enumerable: false,
});
Object.defineProperty(g, 'display', { value: display, writable: true, configurable: true, enumerable: false });

// ---- errors --------------------------------------------------------------------------------------
const CELL_FRAME = /cell\[(\d+)\]:(\d+):(\d+)/;

/** Jupyter's error content: the message, then the cell lines the stack passes through. */
function errorContent(e: unknown): ErrorContent {
  if (!(e instanceof Error)) {
    const text = inspect(e);
    return { ename: 'Error', evalue: `Uncaught ${text}`, traceback: [`Uncaught ${text}`] };
  }
  const ename = e.name || 'Error';
  const traceback = [`${ename}: ${e.message}`];
  for (const frame of (e.stack ?? '').split('\n').slice(1)) {
    const m = CELL_FRAME.exec(frame);
    if (m === null) continue;
    const key = `cell[${m[1]}]`;
    const info = maps.get(key);
    if (info === undefined) continue;
    const entry = info.map.findEntry(Number(m[2]) - 1, Number(m[3]) - 1) as {
      originalLine?: number;
      originalColumn?: number;
    };
    if (entry.originalLine === undefined) continue;
    const line = entry.originalLine + 1;
    if (line > info.lines.length) continue; // the cell's wrapper, not the person's code
    traceback.push(`  at cell [${info.count}], line ${line}: ${(info.lines[line - 1] ?? '').trim()}`);
  }
  return { ename, evalue: e.message, traceback };
}

// ---- execution -----------------------------------------------------------------------------------
class Interrupted extends Error {
  constructor() {
    super('the cell was interrupted');
    this.name = 'KeyboardInterrupt';
  }
}
let interruptRunning: (() => void) | null = null;
process.on('SIGINT', () => {
  interruptRunning?.();
});

async function execute(m: Extract<ToEngine, { type: 'execute' }>): Promise<void> {
  const { id, count, defines, uses } = m;
  currentId = id;
  const filename = `cell[${id}]`;
  let status: 'ok' | 'error' = 'ok';
  try {
    maps.set(filename, { map: new SourceMap(JSON.parse(m.map)), count, lines: m.source.split('\n') });
    const interrupted = new Promise<never>((_, reject) => {
      interruptRunning = () => reject(new Interrupted());
    });
    let pending: Promise<unknown>;
    try {
      pending = vm.runInThisContext(m.code, { filename, breakOnSigint: true }) as Promise<unknown>;
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') throw new Interrupted();
      throw e;
    }
    const value = await Promise.race([pending, interrupted]);
    const data = shown(value);
    if (data !== null) send({ type: 'result', id, data });
  } catch (e) {
    status = 'error';
    send({ type: 'error', id, ...errorContent(e) });
  } finally {
    interruptRunning = null;
  }
  send({ type: 'done', id, status, defines, uses });
}

/** Follows `a.b.c` from the global scope (property reads only; nothing is evaluated). */
function walk(chain: string[]): unknown {
  let target: unknown = g;
  for (const key of chain) {
    if (target === null || target === undefined) return undefined;
    target = (target as Record<string, unknown>)[key];
  }
  return target;
}

const splitChain = (text: string): string[] =>
  text
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** What `name` or `a.b.name` at the cursor is: its type and a short view of its value. */
function inspectAt(id: string, code: string, cursor: number): void {
  const before = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*$/.exec(code.slice(0, cursor))?.[0] ?? '';
  const after = /^[\w$]*/.exec(code.slice(cursor))?.[0] ?? '';
  const chain = splitChain(`${before}${after}`);
  const parent = walk(chain.slice(0, -1));
  const last = chain[chain.length - 1];
  if (last === undefined || parent === null || parent === undefined || !(last in Object(parent))) {
    send({ type: 'inspection', id, text: null });
    return;
  }
  const value = (parent as Record<string, unknown>)[last];
  const kind = typeof value === 'function' ? `function ${value.name}, ${value.length} parameters` : typeof value;
  const text = `${chain.join('.')}: ${kind}\n${inspect(value, { depth: 1, colors: false, maxArrayLength: 20 })}`;
  send({ type: 'inspection', id, text: text.slice(0, 4000) });
}

/** Completions from the live scope: globals, or the properties of `a.b.` before the cursor. */
function complete(id: string, code: string, cursor: number): void {
  const before = code.slice(0, cursor);
  const m = /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*\.\s*)?([A-Za-z_$][\w$]*)?$/.exec(before);
  const chain = splitChain(m?.[1] ?? '');
  const prefix = m?.[2] ?? '';
  const target = walk(chain);
  const names = new Set<string>();
  for (let o: unknown = target; o !== null && o !== undefined && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Object.getOwnPropertyNames(o)) if (k.startsWith(prefix) && k !== HELPER) names.add(k);
    if (typeof o !== 'object' && typeof o !== 'function') break;
  }
  const matches = [...names].filter((k) => chain.length > 0 || !k.startsWith('__')).sort();
  send({ type: 'completions', id, matches, start: cursor - prefix.length, end: cursor });
}

// One cell at a time, in order.
let queue: Promise<void> = Promise.resolve();
process.on('message', (m: ToEngine) => {
  if (m.type === 'execute') queue = queue.then(() => execute(m));
  else if (m.type === 'fail') {
    queue = queue.then(() => {
      const { type: _, ...error } = m;
      send({ type: 'error', ...error });
      send({ type: 'done', id: m.id, status: 'error', defines: [], uses: [] });
    });
  } else if (m.type === 'complete') complete(m.id, m.code, m.cursor);
  else if (m.type === 'inspect') inspectAt(m.id, m.code, m.cursor);
  else if (m.type === 'figure') {
    const { type: _, id, figure, ...action } = m;
    void figures.act(figure, action).then(
      (view) => send({ type: 'figure-view', id, ...view }),
      () => send({ type: 'figure-view', id, known: false, svg: null, readout: null }),
    );
  }
});
process.on('unhandledRejection', (e) => {
  send({ type: 'stream', id: currentId, name: 'stderr', text: `Unhandled rejection: ${inspect(e)}\n` });
});
process.on('uncaughtException', (e) => {
  send({ type: 'stream', id: currentId, name: 'stderr', text: `Uncaught exception: ${e.stack ?? String(e)}\n` });
});
process.on('disconnect', () => process.exit(0));

// Load Stride ahead of the first cell (its WebAssembly compiles while the person types).
void importModule('stride').catch(() => undefined);
send({ type: 'ready', pid: process.pid });
