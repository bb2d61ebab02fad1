import { defineConfig } from 'vitest/config';

// The tests drive the built app (dist/, rebuilt once by the global setup: about a second), since
// kernels, servers and the Jupyter kernel run as separate Node processes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 10_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
