import { defineConfig } from 'vitest/config';

// Docs tests run against the built packages (what users install), not the sources.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
