import * as ndarray from '@stride/ndarray';
import * as linalg from '@stride/linalg';
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

describe('stride umbrella', () => {
  it('re-exports every @stride/ndarray export at top level, as the same objects', () => {
    for (const [name, value] of Object.entries(ndarray)) {
      expect((st as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it('st.linalg is @stride/linalg', () => {
    for (const [name, value] of Object.entries(linalg)) {
      expect((st.linalg as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it('st.linalg.det(st.array([[4, 1], [2, 3]])) is 10', () => {
    expect(
      st.linalg.det(
        st.array([
          [4, 1],
          [2, 3],
        ]),
      ),
    ).toBeCloseTo(10, 12);
  });
});
