// Checks that src/ufunc/loops.generated.ts is what scripts/gen-ufuncs.ts writes.
// Regenerate with: UPDATE_GENERATED=1 npx vitest run test/ufunc.generated.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/gen-ufuncs.js';

const TARGET = new URL('../src/ufunc/loops.generated.ts', import.meta.url);

describe('ufunc loops', () => {
  it('loops.generated.ts matches scripts/gen-ufuncs.ts', () => {
    const text = generate();
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(TARGET, text);
    expect(text.startsWith('// @generated — do not edit')).toBe(true);
    expect(readFileSync(TARGET, 'utf8')).toBe(text);
  });
});
