// Bundle sizes and the import graph, measured with esbuild as a browser application would bundle
// the package (see scripts/bundle-size.mjs and README.md, "Bundle size").
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CASES, CEILINGS, cycles, measure } from '../scripts/bundle-size.mjs';

const KB = 1024;

describe('bundle size (esbuild, minified + gzip)', () => {
  for (const c of CASES) {
    const ceiling = CEILINGS[c.name] as number;
    it(`${c.name} stays at most ${ceiling / KB} KB`, async () => {
      const m = await measure(c);
      expect(m.gzip).toBeLessThanOrEqual(ceiling);
      if (c.name.startsWith('all')) expect(cycles(m.metafile)).toEqual([]);
    }, 120_000);
  }

  it('the cycle finder reports a cycle and ignores modules outside the package', () => {
    const input = (imports: string[]): Metafile['inputs'][string] => ({
      bytes: 1,
      imports: imports.map((path) => ({ path, kind: 'import-statement' as const })),
    });
    const inputs: Metafile['inputs'] = {
      'src/a.ts': input(['src/b.ts', '../protocol/dist/index.js']),
      'src/b.ts': input(['src/c.ts']),
      'src/c.ts': input(['src/a.ts']),
      'src/d.ts': input(['src/a.ts']),
      '../protocol/dist/index.js': input(['src/d.ts']),
    };
    expect(cycles({ inputs })).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    expect(cycles({ inputs: { 'src/a.ts': input(['src/b.ts']), 'src/b.ts': input([]) } })).toEqual([]);
  });
});
