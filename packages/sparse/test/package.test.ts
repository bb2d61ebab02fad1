import { describe, expect, it } from 'vitest';
import * as sparse from '../src/index.js';

describe('@stride/sparse', () => {
  it('exposes the linalg and csgraph namespaces', () => {
    expect(typeof sparse.linalg).toBe('object');
    expect(typeof sparse.csgraph).toBe('object');
  });
});
