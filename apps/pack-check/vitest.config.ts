import { defineConfig } from 'vitest/config';

// Runs against packed tarballs installed by npm in a temporary app, never against the sources.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
