// Shared vitest settings: tests import sibling workspace packages from their sources, so a test run
// needs no prior build of the TypeScript (native artefacts are still built by `build`).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const alias: Record<string, string> = {};
for (const name of readdirSync(packagesDir)) {
  alias[`@stride/${name}`] = `${packagesDir}${name}/src/index.ts`;
}

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Lets tests check that the garbage collector returns ndarray-heap memory.
    poolOptions: { forks: { execArgv: ['--expose-gc'] } },
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
