import { defineConfig } from 'vitest/config';

// Runs against the built packages (their dist/), as a user's bundler would see them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
