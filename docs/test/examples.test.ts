// Runs every TSDoc @example of packages/*/src against the built packages and checks the values its
// `// comments` claim (STYLE.md habit 5). Examples that cannot run are listed in examples.skip.json.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compileExample, extractExamples, repoRoot } from '../scripts/extract-examples.mjs';

type Module = Record<string, unknown>;
type Spec =
  | { kind: 'number'; value: number; exact: boolean; text: string }
  | { kind: 'bigint'; value: bigint; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'other'; value: boolean | null | undefined }
  | { kind: 'array'; items: Spec[] }
  | { kind: 'object'; entries: [string, Spec][] }
  | { kind: 'ndarray' | 'typed'; ctor: string; dtype: string | undefined; items: Spec & { kind: 'array' } };
interface Check {
  kind: 'value' | 'throws';
  spec?: Spec;
  expected?: string;
  error?: string;
  line: number;
  source: string;
}
interface Example {
  package: string;
  file: string;
  symbol: string;
  code: string;
  line: number;
  name: string;
}

const RTOL = 1e-12;
const here = fileURLToPath(new URL('.', import.meta.url));
const sandbox = fileURLToPath(new URL('../.doc-examples/', import.meta.url));
const distOf = (pkg: string, rel = 'index.js') => join(repoRoot, 'packages', pkg, 'dist', rel);

// The built packages, by name where docs depends on them, by workspace path otherwise (same files).
async function loadPackage(name: string): Promise<Module> {
  try {
    return await import(`@stride/${name}`);
  } catch {
    return import(distOf(name));
  }
}
const ndarray = await loadPackage('ndarray');
const publicApi: Record<string, Module> = {
  protocol: await loadPackage('protocol'),
  ndarray,
  wasm: await loadPackage('wasm'),
};
// Importing @stride/linalg loads LAPACK and hands ndarray's matmul to OpenBLAS, so it is loaded only
// when an example needs it (and its examples run last): the other examples see ndarray on its own.
async function linalg(): Promise<Module> {
  publicApi.linalg ??= await loadPackage('linalg');
  return publicApi.linalg;
}
// Its export names, read in a child process so that reading them loads nothing here.
const linalgNames = new Set<string>(
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        'console.log(JSON.stringify(Object.keys(await import(process.argv[1]))))',
        distOf('linalg'),
      ],
      { encoding: 'utf8' },
    ),
  ),
);
const NDArray = ndarray.NDArray as new (...args: never[]) => { dtype: string; shape: number[]; toArray(): unknown };

// Every built module of a package, for examples of internal helpers that use their siblings.
const internals = new Map<string, Promise<{ path: string; mod: Module }[]>>();
function internalModules(pkg: string) {
  let p = internals.get(pkg);
  if (!p) {
    const root = join(repoRoot, 'packages', pkg, 'dist');
    const files = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => join(root, f));
    p = Promise.all(files.map(async (path) => ({ path, mod: (await import(path)) as Module })));
    internals.set(pkg, p);
  }
  return p;
}

/**
 * The names an example can use: its own module's exports, then the public packages (ndarray wins over
 * linalg for names both export, except in linalg's own examples), then its package's internal modules.
 */
async function scopeFor(ex: Example, names: string[]): Promise<Module> {
  const own = distOf(ex.package, ex.file.replace(`packages/${ex.package}/src/`, '').replace(/\.ts$/, '.js'));
  const sources: Module[] = [(await import(own)) as Module];
  if (ex.package === 'linalg') sources.push(await linalg());
  sources.push(ndarray, publicApi.protocol as Module, publicApi.wasm as Module);
  const scope: Module = {};
  let missing = names.filter((n) => !sources.some((m) => Object.hasOwn(m, n)));
  if (ex.package !== 'linalg' && missing.some((n) => linalgNames.has(n))) {
    sources.push(await linalg());
    missing = missing.filter((n) => !linalgNames.has(n));
  }
  if (missing.length) for (const { mod } of await internalModules(ex.package)) sources.push(mod);
  for (const name of names) {
    const from = sources.find((m) => Object.hasOwn(m, name));
    if (from) scope[name] = from[name];
  }
  return scope;
}

// An example's `node:fs` reads and writes relative paths in its own folder under docs/.doc-examples/,
// which starts with the files in test/fixtures/ (written by scripts/gen_example_fixtures.py with NumPy).
const fixtures = join(here, 'fixtures');
function sandboxFs(dir: string) {
  const inDir = (p: unknown) => (typeof p === 'string' && !isAbsolute(p) ? join(dir, p) : p);
  const wrapped = new Proxy(fs, {
    get(target, key) {
      const v = Reflect.get(target, key);
      if (typeof v !== 'function' || !/Sync$/.test(String(key))) return v;
      return (p: unknown, ...rest: unknown[]) => v.call(target, inDir(p), ...rest);
    },
  });
  return { ...wrapped, default: wrapped };
}

/** `import(spec)` as the example's own package would resolve it. */
function importerFor(ex: Example) {
  const dir = join(sandbox, ex.name.replace(/[^\w-]+/g, '_'));
  const requireFromPackage = createRequire(join(repoRoot, 'packages', ex.package, 'package.json'));
  return async (spec: string): Promise<unknown> => {
    if (spec === 'node:fs' || spec === 'fs') {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
      return sandboxFs(dir);
    }
    if (spec === '@stride/linalg') return linalg();
    const m = /^@stride\/(\w+)$/.exec(spec);
    if (m?.[1] && publicApi[m[1]]) return publicApi[m[1]];
    if (spec.startsWith('node:')) return import(spec);
    return import(pathToFileURL(requireFromPackage.resolve(spec)).href);
  };
}

const isNDArray = (x: unknown): x is InstanceType<typeof NDArray> => x instanceof NDArray;

function show(x: unknown): string {
  if (isNDArray(x))
    return `NDArray ${x.dtype} ${inspect(x.toArray(), { depth: 8, breakLength: Number.POSITIVE_INFINITY })}`;
  return inspect(x, { depth: 8, breakLength: Number.POSITIVE_INFINITY });
}

/** Why `actual` does not match `spec` (undefined when it does). Numbers compare to rtol 1e-12 unless printed in full. */
function mismatch(spec: Spec, actual: unknown, at: string): string | undefined {
  const where = at ? ` at ${at}` : '';
  if (spec.kind === 'ndarray' || spec.kind === 'typed') {
    if (spec.kind === 'ndarray') {
      if (!isNDArray(actual)) return `expected an NDArray${where}, got ${show(actual)}`;
      if (spec.dtype && actual.dtype !== spec.dtype) return `dtype ${actual.dtype}, expected ${spec.dtype}${where}`;
      return mismatch(spec.items, actual.toArray(), at);
    }
    const name = (actual as object | null)?.constructor?.name;
    if (name !== spec.ctor) return `expected a ${spec.ctor}${where}, got ${name ?? show(actual)}`;
    return mismatch(spec.items, Array.from(actual as ArrayLike<unknown>), at);
  }
  if (spec.kind === 'array') {
    if (isNDArray(actual)) actual = actual.toArray();
    if (ArrayBuffer.isView(actual) && !(actual instanceof DataView)) actual = Array.from(actual as ArrayLike<unknown>);
    if (!Array.isArray(actual)) return `expected an array${where}, got ${show(actual)}`;
    if (actual.length !== spec.items.length) return `length ${actual.length}, expected ${spec.items.length}${where}`;
    for (let i = 0; i < actual.length; i++) {
      const d = mismatch(spec.items[i] as Spec, actual[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  // A 0-d array stands for its scalar.
  if (isNDArray(actual) && actual.shape.length === 0 && spec.kind !== 'object')
    actual = (actual as unknown as { item(): unknown }).item();
  switch (spec.kind) {
    case 'number': {
      if (typeof actual !== 'number') return `expected the number ${spec.text}${where}, got ${show(actual)}`;
      const e = spec.value;
      if (Number.isNaN(e)) return Number.isNaN(actual) ? undefined : `${actual}, expected NaN${where}`;
      if (e === 0) {
        const ok = spec.text.startsWith('-') ? Object.is(actual, -0) : actual === 0;
        return ok ? undefined : `${Object.is(actual, -0) ? '-0' : actual}, expected ${spec.text}${where}`;
      }
      const ok = spec.exact || !Number.isFinite(e) ? actual === e : Math.abs(actual - e) <= RTOL * Math.abs(e);
      return ok ? undefined : `${actual}, expected ${spec.text}${spec.exact ? ' exactly' : ` (rtol ${RTOL})`}${where}`;
    }
    case 'bigint':
      return actual === spec.value ? undefined : `expected ${spec.text}${where}, got ${show(actual)}`;
    case 'string':
      return actual === spec.value ? undefined : `expected ${inspect(spec.value)}${where}, got ${show(actual)}`;
    case 'other':
      return actual === spec.value ? undefined : `expected ${String(spec.value)}${where}, got ${show(actual)}`;
    case 'object': {
      if (typeof actual !== 'object' || actual === null) return `expected an object${where}, got ${show(actual)}`;
      const keys = Object.keys(actual);
      const want = spec.entries.map(([k]) => k);
      const extra = keys.filter((k) => !want.includes(k));
      const missing = want.filter((k) => !(k in actual));
      if (extra.length || missing.length) return `keys {${keys.join(', ')}}, expected {${want.join(', ')}}${where}`;
      for (const [k, v] of spec.entries) {
        const d = mismatch(v, (actual as Record<string, unknown>)[k], `${at}.${k}`);
        if (d) return d;
      }
      return undefined;
    }
  }
}

/** Whether `e` is (a subclass of) the error named `name`. */
function isErrorNamed(e: unknown, name: string): boolean {
  if ((e as Error | null)?.name === name) return true;
  for (let p = Object.getPrototypeOf(e); p; p = Object.getPrototypeOf(p)) if (p.constructor?.name === name) return true;
  return false;
}

const tally = { run: 0, passed: 0, values: 0, throws: 0 };

async function runExample(ex: Example) {
  const { js, names, checks } = compileExample(ex.code) as { js: string; names: string[]; checks: Check[] };
  const scope = await scopeFor(ex, names);
  const logged: unknown[][] = [];
  scope.console = { ...console, log: (...a: unknown[]) => logged.push(a), info: () => {}, warn: () => {} };
  const declared = Object.keys(scope);
  const make = new Function(
    '__scope',
    `'use strict';\nconst { ${declared.join(', ')} } = __scope;\n${js}\nreturn __example;`,
  );
  const example = make(scope) as (s: unknown, scope: Module, imp: (spec: string) => Promise<unknown>) => Promise<void>;
  const failures: string[] = [];
  const at = (c: Check) => `${ex.file}:${ex.line + c.line - 1}: ${c.source.split('\n').at(-1)?.trim()}`;
  const s = {
    check(k: number, actual: unknown) {
      const c = checks[k] as Check;
      const d = mismatch(c.spec as Spec, actual, '');
      if (d) failures.push(`${at(c)}\n    comment says ${c.expected}\n    got ${show(actual)}: ${d}`);
    },
    async throws(k: number, fn: () => Promise<void>) {
      const c = checks[k] as Check;
      try {
        await fn();
      } catch (e) {
        if (c.error && !isErrorNamed(e, c.error))
          failures.push(`${at(c)}\n    expected ${c.error}, threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
        return;
      }
      failures.push(`${at(c)}\n    expected to throw${c.error ? ` ${c.error}` : ''}, did not`);
    },
  };
  tally.run++;
  tally.values += checks.filter((c) => c.kind === 'value').length;
  tally.throws += checks.filter((c) => c.kind === 'throws').length;
  try {
    await example(s, scope, importerFor(ex));
  } catch (e) {
    const err = e as Error;
    const hint =
      err instanceof ReferenceError
        ? ' (a placeholder? make the example self-contained or list it in examples.skip.json)'
        : '';
    throw new Error(`${ex.file}:${ex.line}: example threw ${err?.name}: ${err?.message}${hint}\n${ex.code}`, {
      cause: e,
    });
  }
  expect(failures, `${ex.file}:${ex.line}\n${ex.code}`).toEqual([]);
  tally.passed++;
}

// In dependency order, so that linalg (loaded by its examples) comes last.
const packageOrder = ['protocol', 'ndarray', 'wasm', 'linalg'];
const rank = (p: string) => (packageOrder.includes(p) ? packageOrder.indexOf(p) : packageOrder.length);
const examples = (extractExamples() as Example[]).sort((a, b) => rank(a.package) - rank(b.package));
const skips = JSON.parse(fs.readFileSync(join(here, 'examples.skip.json'), 'utf8')) as Record<string, string>;

describe('TSDoc @example blocks', () => {
  it('examples.skip.json names only examples that exist, each with a reason', () => {
    const names = new Set(examples.map((e) => e.name));
    const stale = Object.keys(skips).filter((k) => !names.has(k) || !skips[k]?.trim());
    expect(stale).toEqual([]);
  });

  for (const ex of examples) {
    const reason = skips[ex.name];
    if (reason) it.skip(`${ex.name} (skipped: ${reason})`, () => {});
    else it(ex.name, () => runExample(ex));
  }

  afterAll(() => {
    fs.rmSync(sandbox, { recursive: true, force: true });
    const skipped = examples.filter((e) => skips[e.name]).length;
    console.log(
      `doc examples: ${examples.length} found, ${tally.run} run, ${tally.passed} passed, ${skipped} skipped; ` +
        `${tally.values} value lines and ${tally.throws} throwing lines checked`,
    );
  });
});
