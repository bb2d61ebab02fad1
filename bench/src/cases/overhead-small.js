// Per-call overhead on small arrays: what a call costs when the arithmetic is nothing. Each run
// makes CALLS calls of one operation on 10-element (or 10x10) float64 arrays, so a run's time in
// milliseconds is the time of one call in microseconds. The result is the last call's.
// @ts-check
import { f64 } from './util.js';

/** Calls per run: a run's milliseconds are microseconds per call. */
export const CALLS = 1000;

/** The operations, by the `k` size parameter (NumPy spelling). */
export const SMALL_OPS = ['add(a, b)', 'add(a, 2)', 'zeros(10)', 'g[1:, ::2]', 'sum(a)'];

/** @type {import('../types.js').CaseDef} */
export default {
  op: 'overhead/small',
  name: (p) => `overhead/small ${SMALL_OPS[p.k ?? 0]} x${CALLS}`,
  sizes: {
    full: SMALL_OPS.map((_, k) => ({ k })),
    quick: SMALL_OPS.map((_, k) => ({ k })),
  },
  inputs: (_p, rng) => ({
    a: f64(rng.uniform(10), [10]),
    b: f64(rng.uniform(10), [10]),
    x: f64(rng.uniform(100), [10, 10]),
  }),
  tol: { float64: 1e-12, float32: 1e-5 },
  result: "the last call's result, flattened (sum: one value)",
};
