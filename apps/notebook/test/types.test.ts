// Completion and hover types from TypeScript's language service over the notebook's cells.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TypeService } from '../src/kernel/types.js';

describe('TypeService', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-types-'));
  const types = new TypeService(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cells = [
    'const xs = [1, 2, 3];\nlet label: string = "n";',
    'xs.',
    'display.',
    'const total = xs.reduce((a, b) => a + b, 0);\ntotal',
  ];

  it('a later cell completes the members of a name an earlier cell declared, with its type', async () => {
    const c = await types.complete(cells, 1, 3);
    expect(c.map((e) => e.label)).toEqual(expect.arrayContaining(['map', 'reduce', 'length']));
    expect(c.find((e) => e.label === 'map')?.kind).toBe('method');
  });

  it("the kernel's display() is typed", async () => {
    const c = await types.complete(cells, 2, 8);
    expect(c.map((e) => e.label)).toEqual(expect.arrayContaining(['html', 'svg', 'table', 'png']));
  });

  it('hover shows the inferred type', async () => {
    expect(await types.hover(cells, 3, 7)).toBe('const total: number');
    expect(await types.hover(cells, 0, 7)).toBe('const xs: number[]');
  });
});
