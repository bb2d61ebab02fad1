// Completion and hover types from TypeScript's language service: the notebook's code cells, in
// order, form one virtual module (so a cell sees the names earlier cells declare, with their
// types), `stride` resolves to its .d.ts, and the kernel's globals (`display`) are declared.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type TS from 'typescript';
import { typescriptModule } from './compile.js';

const GLOBALS = `
type MimeBundle = Record<string, string>;
interface DisplayFunction {
  /** Shows a value now: a figure as SVG (or PNG with { format: 'png' }), an array of records as a table. */
  (value: unknown, options?: { format?: 'svg' | 'png' }): Promise<void> | undefined;
  html(html: string): void;
  svg(svg: string): void;
  markdown(markdown: string): void;
  table(rows: readonly object[]): void;
  png(figureOrBytes: unknown): Promise<void>;
}
interface NotebookConsole {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
  table(data: unknown): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}
declare global {
  /** The notebook's rich display (see the notebook README). */
  var display: DisplayFunction;
  var console: NotebookConsole;
  function setTimeout(callback: (...args: unknown[]) => void, ms?: number): unknown;
  function clearTimeout(handle: unknown): void;
  var performance: { now(): number };
}
export {};
`;

/** The first `dir/rel`, `dir/../rel`, ... that exists. */
function findUp(dir: string, rel: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, rel))) return join(d, rel);
    if (dirname(d) === d) return null;
  }
}

export interface TypeCompletion {
  label: string;
  kind: string;
}

/** One notebook's language service (cells are given whole on each request). */
export class TypeService {
  private files = new Map<string, { text: string; version: number }>();
  private service: TS.LanguageService | null = null;
  private ts: typeof TS | null = null;

  /** @param dir the notebook's folder: `stride` and other packages resolve from there */
  constructor(private readonly dir: string) {}

  private async init(): Promise<{ ts: typeof TS; service: TS.LanguageService }> {
    if (this.service !== null && this.ts !== null) return { ts: this.ts, service: this.service };
    const ts = await typescriptModule();
    const options: TS.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      // ES2022 and the few host globals a notebook uses (GLOBALS): lib.dom would cost seconds.
      lib: ['lib.es2022.d.ts'],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      allowJs: false,
      types: [],
    };
    // Packages the notebook's folder does not have (stride, when the folder is elsewhere) come
    // from the notebook app's own dependencies.
    const modules = findUp(dirname(fileURLToPath(import.meta.url)), join('node_modules', 'stride'));
    if (modules !== null) options.paths = { '*': [join(dirname(modules), '*')] };
    this.files.set(this.path('globals.d.ts'), { text: GLOBALS, version: 1 });
    const host: TS.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...this.files.keys()],
      getScriptVersion: (f) => String(this.files.get(f)?.version ?? 0),
      getScriptSnapshot: (f) => {
        const mine = this.files.get(f);
        if (mine) return ts.ScriptSnapshot.fromString(mine.text);
        const text = ts.sys.readFile(f);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => this.dir,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (f) => this.files.has(f) || ts.sys.fileExists(f),
      readFile: (f) => this.files.get(f)?.text ?? ts.sys.readFile(f),
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    const service = ts.createLanguageService(host, ts.createDocumentRegistry());
    this.ts = ts;
    this.service = service;
    return { ts, service };
  }

  private path(name: string): string {
    return join(this.dir, `.stride-notebook-${name}`);
  }

  /** Puts the cells before `cell` and `cell` itself into the virtual module; returns its offset. */
  private update(cells: readonly string[], cell: number): { file: string; offset: number } {
    const before = cells.slice(0, cell).map((c) => `${c}\n;\n`);
    const text = `${before.join('')}${cells[cell] ?? ''}\nexport {};\n`;
    const file = this.path('cells.mts');
    const old = this.files.get(file);
    if (old?.text !== text) this.files.set(file, { text, version: (old?.version ?? 0) + 1 });
    return { file, offset: before.join('').length };
  }

  /** Completions at `cursor` in cell `cell` (0-based among code cells). */
  async complete(cells: readonly string[], cell: number, cursor: number): Promise<TypeCompletion[]> {
    const { service } = await this.init();
    const { file, offset } = this.update(cells, cell);
    const info = service.getCompletionsAtPosition(file, offset + cursor, {});
    if (info === undefined) return [];
    return info.entries
      .filter((e) => !e.name.startsWith('__'))
      .slice(0, 300)
      .map((e) => ({ label: e.name, kind: e.kind }));
  }

  /** The type of what is at `cursor` (TypeScript's quick info), or null. */
  async hover(cells: readonly string[], cell: number, cursor: number): Promise<string | null> {
    const { ts, service } = await this.init();
    const { file, offset } = this.update(cells, cell);
    const info = service.getQuickInfoAtPosition(file, offset + cursor);
    if (info === undefined) return null;
    const signature = ts.displayPartsToString(info.displayParts);
    const docs = ts.displayPartsToString(info.documentation);
    return docs ? `${signature}\n\n${docs}` : signature;
  }
}
