// Checks that src/reduce/kernels.generated.ts is what scripts/gen-reduce.ts writes.
// Regenerate with: UPDATE_GENERATED=1 npx vitest run test/reduce.generated.test.ts
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, staleGenerated, writeGenerated } from '../scripts/codegen.js';
import { generate } from '../scripts/gen-reduce.js';

describe('reduce kernels', () => {
  it('src/reduce/kernels.generated.ts matches scripts/gen-reduce.ts', () => {
    const files = generate();
    if (process.env.UPDATE_GENERATED === '1') writeGenerated(PACKAGE_ROOT, files);
    expect(staleGenerated(PACKAGE_ROOT, files, [])).toEqual([]);
  });
});
