import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('docs/migration.md', () => {
  it('is up to date with what the packages export', () => {
    const script = fileURLToPath(new URL('../scripts/gen-migration.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
