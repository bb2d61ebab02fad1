import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// One worker without per-file isolation: the test files share the transformed sources of
// @stride/ndarray instead of transforming them once per file (the suite is pure functions).
export default mergeConfig(
  shared,
  defineConfig({ test: { isolate: false, poolOptions: { forks: { singleFork: true } } } }),
);
