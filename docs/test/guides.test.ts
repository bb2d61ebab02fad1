// The guides are tested like the TSDoc examples: every relative link in the docs and the package
// READMEs points at a file (and heading) that exists, and every ```ts fence of the guides
// type-checks against the built packages' .d.ts and runs, its `// value` comments checked
// (the syntax of docs/README.md "Doc test"). A fence marked ```ts browser needs a page, and one
// marked ```ts clang runs only where clang-14 is installed: otherwise they are type-checked only.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { compileExample, repoRoot } from '../scripts/extract-examples.mjs';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const rel = (p: string) => relative(repoRoot, p).split('\\').join('/');

// ---------------------------------------------------------------------------------------------
// Markdown: fences and links.

interface Fence {
  file: string;
  line: number;
  info: string;
  code: string;
}

function fencesOf(file: string): Fence[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: Fence[] = [];
  let open: { info: string; start: number; body: string[]; marker: string } | undefined;
  lines.forEach((line, i) => {
    if (open) {
      if (line.trim() === open.marker) {
        out.push({ file, line: open.start, info: open.info, code: open.body.join('\n') });
        open = undefined;
      } else open.body.push(line);
      return;
    }
    const m = /^\s*(```+)\s*(.*)$/.exec(line);
    if (m) open = { marker: m[1] as string, info: (m[2] as string).trim(), start: i + 2, body: [] };
  });
  return out;
}

/** Text outside code fences (and, unless `keepCode`, outside inline code): where links and headings live. */
function proseOf(text: string, keepCode = false): string {
  let inFence = false;
  return text
    .split('\n')
    .map((l) => {
      if (/^\s*```/.test(l)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : keepCode ? l : l.replace(/`[^`]*`/g, '');
    })
    .join('\n');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const l of proseOf(fs.readFileSync(file, 'utf8'), true).split('\n')) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
    if (!h) continue;
    const base = slug(h[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

const mdIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(dir, f))
    : [];

const linkedFiles = [
  join(repoRoot, 'README.md'),
  ...mdIn(docsDir),
  ...mdIn(join(docsDir, 'guides')),
  ...fs
    .readdirSync(join(repoRoot, 'packages'))
    .sort()
    .map((p) => join(repoRoot, 'packages', p, 'README.md')),
  ...fs
    .readdirSync(join(repoRoot, 'apps'))
    .sort()
    .map((p) => join(repoRoot, 'apps', p, 'README.md')),
].filter((f) => fs.existsSync(f));

/** Relative links of a markdown file that lead nowhere: `file:line: target (why)`. */
function brokenLinks(file: string): string[] {
  const text = proseOf(fs.readFileSync(file, 'utf8'));
  const bad: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1] as string;
      if (/^[a-z][\w+.-]*:/i.test(target)) continue; // https:, mailto:, ...
      const [path = '', anchor] = target.split('#');
      const abs = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      const where = `${rel(file)}:${i + 1}: ${target}`;
      if (!fs.existsSync(abs)) bad.push(`${where} (no such file)`);
      else if (anchor && abs.endsWith('.md') && !anchorsOf(abs).has(anchor.toLowerCase()))
        bad.push(`${where} (no heading with that anchor)`);
    }
  });
  return bad;
}

describe('relative links in the docs and READMEs', () => {
  for (const file of linkedFiles) it(rel(file), () => expect(brokenLinks(file)).toEqual([]));
});

// ---------------------------------------------------------------------------------------------
// Guide code: type-check every fence, then run it.

const guideFiles = [
  join(docsDir, 'getting-started.md'),
  join(docsDir, 'plugins.md'),
  ...mdIn(join(docsDir, 'guides')),
].filter((f) => fs.existsSync(f));
const fences = guideFiles.flatMap(fencesOf).filter((f) => /^(ts|typescript)\b/.test(f.info));
const label = (f: Fence) => `${rel(f.file)}:${f.line}`;
const hasClang = spawnSync('clang-14', ['--version'], { stdio: 'ignore' }).status === 0;

// The fences are written as modules next to docs/node_modules (so that @stride/* resolves as it does
// for a user's project) and type-checked as one program.
const checkDir = join(docsDir, 'node_modules', '.guide-check');
// The `stride` umbrella only re-exports the packages docs depends on: its source is checked and run
// as it is (transpiled next to the fences), so the test needs no build of it.
const umbrella = join(repoRoot, 'packages', 'stride', 'src', 'index.ts');
function umbrellaModule(): string {
  const out = join(checkDir, 'stride-umbrella.mjs');
  if (!fs.existsSync(out)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(umbrella, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    fs.writeFileSync(out, outputText);
  }
  return out;
}

function typeErrors(): Map<string, string[]> {
  fs.rmSync(checkDir, { recursive: true, force: true });
  fs.mkdirSync(checkDir, { recursive: true });
  fs.writeFileSync(join(checkDir, 'package.json'), '{ "type": "module" }\n');
  const names = new Map<string, Fence>();
  fences.forEach((f, i) => {
    const name = join(checkDir, `fence${i}.ts`);
    // `export {}` makes every fence a module (top-level await, no shared names).
    fs.writeFileSync(name, `${f.code}\nexport {};\n`);
    names.set(name, f);
  });
  const program = ts.createProgram([...names.keys()], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(repoRoot, 'node_modules', '@types')],
    baseUrl: checkDir,
    paths: { stride: [umbrella] },
  });
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const fence = d.file ? names.get(resolve(d.file.fileName)) : undefined;
    const key = fence ? label(fence) : 'program';
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    errors.set(key, [...(errors.get(key) ?? []), `line ${pos} of the fence: TS${d.code} ${text}`]);
  }
  return errors;
}

// Values: what a `// value` comment says (a spec of extract-examples.mjs) against what the line gave.
type Spec = {
  kind: string;
  value?: unknown;
  exact?: boolean;
  dtype?: string;
  ctor?: string;
  items?: Spec | Spec[];
  entries?: [string, Spec][];
};
interface Check {
  kind: 'value' | 'throws';
  spec?: Spec;
  expected?: string;
  error?: string;
  source: string;
}
type Arrayish = { dtype: string; shape: number[]; toArray(): unknown; item(): unknown };
const ndarrayLike = (x: unknown): x is Arrayish =>
  typeof x === 'object' && x !== null && typeof (x as Arrayish).toArray === 'function' && 'dtype' in x;

/** True when `got` is what `want` describes (numbers to rtol 1e-12 unless written with 16+ digits). */
function agrees(want: Spec, got: unknown): boolean {
  if (want.kind === 'ndarray')
    return ndarrayLike(got) && (!want.dtype || got.dtype === want.dtype) && agrees(want.items as Spec, got.toArray());
  if (want.kind === 'typed')
    return (got as object | null)?.constructor?.name === want.ctor && agrees(want.items as Spec, Array.from(got as []));
  if (want.kind === 'array') {
    const list = ndarrayLike(got) ? got.toArray() : ArrayBuffer.isView(got) ? Array.from(got as unknown as []) : got;
    const items = want.items as Spec[];
    return Array.isArray(list) && list.length === items.length && items.every((s, i) => agrees(s, list[i]));
  }
  if (ndarrayLike(got) && got.shape.length === 0 && want.kind !== 'object') return agrees(want, got.item());
  if (want.kind === 'number') {
    const w = want.value as number;
    if (typeof got !== 'number') return false;
    if (Number.isNaN(w) || w === 0 || want.exact || !Number.isFinite(w))
      return Object.is(got, w) || (w === 0 && got === 0 && !Object.is(w, -0));
    return Math.abs(got - w) <= 1e-12 * Math.abs(w);
  }
  if (want.kind === 'object') {
    if (typeof got !== 'object' || got === null) return false;
    const entries = want.entries as [string, Spec][];
    return (
      Object.keys(got).length === entries.length &&
      entries.every(([k, s]) => k in got && agrees(s, (got as Record<string, unknown>)[k]))
    );
  }
  return got === want.value; // bigint, string, boolean, null, undefined
}

const describeValue = (x: unknown) =>
  ndarrayLike(x) ? `NDArray ${x.dtype} ${inspect(x.toArray(), { depth: 8, breakLength: Infinity })}` : inspect(x);

/** What `e` is called, walking its prototype chain: `ValueError` also matches a subclass of it. */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  if (typeof (e as Error | null)?.name === 'string') names.push((e as Error).name);
  for (let p = e === null || e === undefined ? null : Object.getPrototypeOf(e); p; p = Object.getPrototypeOf(p))
    if (p.constructor?.name) names.push(p.constructor.name);
  return names;
}

// A fence's relative file names (fs calls, savefig) land in a scratch folder.
const scratch = fs.mkdtempSync(join(tmpdir(), 'stride-guides-'));
function scratchFs(mod: Record<string, unknown>) {
  const inScratch = (p: unknown) => (typeof p === 'string' && !isAbsolute(p) ? join(scratch, p) : p);
  const wrapped: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(mod))
    wrapped[k] = typeof v === 'function' ? (p: unknown, ...rest: unknown[]) => v.call(mod, inScratch(p), ...rest) : v;
  return { ...wrapped, default: wrapped };
}

async function importForGuide(spec: string): Promise<unknown> {
  if (spec === 'node:fs' || spec === 'fs') return scratchFs((await import('node:fs')) as Record<string, unknown>);
  if (spec === 'node:fs/promises' || spec === 'fs/promises')
    return scratchFs((await import('node:fs/promises')) as Record<string, unknown>);
  if (spec === 'stride') return import(umbrellaModule());
  return import(spec);
}

async function runFence(f: Fence): Promise<string[]> {
  const { js, checks } = compileExample(f.code) as { js: string; checks: Check[] };
  const failures: string[] = [];
  const at = (c: Check) => `${label(f)}: ${c.source.split('\n').at(-1)?.trim()}`;
  const s = {
    check(k: number, got: unknown) {
      const c = checks[k] as Check;
      if (!agrees(c.spec as Spec, got))
        failures.push(`${at(c)}\n    comment says ${c.expected}, got ${describeValue(got)}`);
    },
    async throws(k: number, fn: () => Promise<void>) {
      const c = checks[k] as Check;
      try {
        await fn();
      } catch (e) {
        if (c.error && !errorNames(e).includes(c.error))
          failures.push(`${at(c)}\n    expected ${c.error}, threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
        return;
      }
      failures.push(`${at(c)}\n    expected to throw${c.error ? ` ${c.error}` : ''}, did not`);
    },
  };
  const quiet = { ...console, log: () => {}, info: () => {}, table: () => {} };
  const fn = new Function('console', `'use strict';\n${js}\nreturn __example;`)(quiet) as (
    s: unknown,
    scope: object,
    imp: (spec: string) => Promise<unknown>,
  ) => Promise<void>;
  await fn(s, {}, importForGuide);
  return failures;
}

describe('guide code', () => {
  const errors = fences.length ? typeErrors() : new Map<string, string[]>();

  it('every guide has at least one ```ts fence and the program type-checks', () => {
    expect(guideFiles.filter((g) => !fences.some((f) => f.file === g)).map(rel)).toEqual([]);
    expect(errors.get('program') ?? []).toEqual([]);
  });

  for (const f of fences) {
    // ```ts browser needs a page; ```ts clang needs clang with the wasm32 target (scripts/setup.sh installs it).
    const why = /\bbrowser\b/.test(f.info)
      ? 'needs a page'
      : /\bclang\b/.test(f.info) && !hasClang
        ? 'needs clang-14'
        : '';
    it(`${label(f)}${why ? ` (type-checked; ${why})` : ''}`, async () => {
      expect(errors.get(label(f)) ?? [], `${label(f)}\n${f.code}`).toEqual([]);
      if (!why) expect(await runFence(f), `${label(f)}\n${f.code}`).toEqual([]);
    });
  }

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(checkDir, { recursive: true, force: true });
  });
});
