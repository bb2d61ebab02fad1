import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('demo', () => {
  it('runs every section against the built packages and finishes', () => {
    const script = fileURLToPath(new URL('../demo.mjs', import.meta.url));
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out).toContain('linspace(0, 1, 5):\narray([0.  , 0.25, 0.5 , 0.75, 1.  ])');
    expect(out).toContain('same buffer: true');
    expect(out).toContain('defaultRng(42).random(3):\narray([0.77395605, 0.43887844, 0.85859792])');
    expect(out).toContain('solve([[4, 1], [1, 3]], [1, 2]):\narray([0.09090909, 0.63636364])');
    expect(out).toContain('heap back to where it was after the loops: true');
    expect(out).toContain('Demo finished.');
  });
});
