// Checks that src/ufunc/loops/*.generated.ts are what scripts/gen-ufuncs.ts writes.
// Regenerate with: UPDATE_GENERATED=1 npx vitest run test/ufunc.generated.test.ts
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, staleGenerated, writeGenerated } from '../scripts/codegen.js';
import { LOOPS_DIR, generate } from '../scripts/gen-ufuncs.js';

describe('ufunc loops', () => {
  it('src/ufunc/loops/*.generated.ts match scripts/gen-ufuncs.ts', () => {
    const files = generate();
    if (process.env.UPDATE_GENERATED === '1') writeGenerated(PACKAGE_ROOT, files);
    for (const text of files.values()) expect(text.startsWith('// @generated — do not edit')).toBe(true);
    expect(staleGenerated(PACKAGE_ROOT, files, [LOOPS_DIR])).toEqual([]);
  });
});
