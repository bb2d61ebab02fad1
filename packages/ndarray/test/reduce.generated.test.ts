// Checks that src/reduce/kernels.generated.ts is what scripts/gen-reduce.ts writes.
// Regenerate with: UPDATE_GENERATED=1 npx vitest run test/reduce.generated.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateReduceKernels } from '../scripts/gen-reduce.js';

describe('reduce kernels', () => {
  it('kernels.generated.ts matches scripts/gen-reduce.ts', () => {
    const text = generateReduceKernels();
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(GENERATED_PATH, text);
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(text);
  });
});
