// The API reference (`pnpm run docs`, TypeDoc) documents every package: each packages/*/src/index.ts
// and each further entry a package exports (`@stride/ndarray/arrow`; not one the main entry also
// exports as a namespace, like `@stride/signal/fft`) is an entry point of typedoc.json, and every
// entry point exists. Building the reference itself is left to `pnpm run docs`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(docsDir, '..');
const config = JSON.parse(readFileSync(join(docsDir, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const entries = config.entryPoints.map((e) => relative(root, resolve(docsDir, e)).split('\\').join('/'));

/** Source files behind a package's exports: `./dist/x/y.js` is `src/x/y.ts`. */
function exportedSources(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as {
    private?: boolean;
    exports?: Record<string, string | Record<string, string>>;
  };
  if (manifest.private) return [];
  const indexFile = join(root, 'packages', pkg, 'src', 'index.ts');
  const index = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : '';
  const out: string[] = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    if (key === './package.json' || key === './lean') continue; // lean: the same functions as the main entry
    const js = typeof target === 'string' ? target : (target.import ?? target.default);
    const m = js && /^\.\/dist\/(.*)\.js$/.exec(js);
    if (!m) continue;
    // A subpath the main entry also exports as a namespace (`fft`, `kernels`) is documented there.
    const asNamespace = new RegExp(`export \\* as \\w+ from '\\./${m[1]}\\.js'`);
    if (key !== '.' && asNamespace.test(index)) continue;
    out.push(`packages/${pkg}/src/${m[1]}.ts`);
  }
  return out;
}

describe('docs/typedoc.json', () => {
  it('names every entry of every published package', () => {
    const packages = readdirSync(join(root, 'packages')).filter((p) =>
      existsSync(join(root, 'packages', p, 'package.json')),
    );
    const wanted = packages.flatMap(exportedSources).filter((f) => existsSync(join(root, f)));
    expect(wanted.filter((f) => !entries.includes(f))).toEqual([]);
  });

  it('names only files that exist', () => {
    expect(entries.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
