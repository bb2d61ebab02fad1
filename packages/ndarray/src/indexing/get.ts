/** `index(a, ...items)`: NumPy's `a[items]` — views for basic indices, copies for advanced ones. */
import { type ArrayInput, asarray, copy } from '../core/convert.js';
import { NDArray } from '../ndarray.js';
import { heapCompress } from '../core/heapops.js';
import { gatherFancy } from './fancy.js';
import type { IndexItem } from './items.js';
import { planIndex } from './plan.js';

/**
 * NumPy's `a[items]`. Items are integers (negative count from the end), slice strings
 * `'start:stop:step'` (any part optional: `':'`, `'::-1'`, `'1:'`), `'...'`, `null` (new axis),
 * integer arrays (fancy indexing) and boolean arrays (masks). Integers, slices, `'...'` and `null`
 * give a view sharing storage with `a` (a full integer index gives a 0-d view); any array index
 * gives a copy, with NumPy's placement of the broadcast index dimensions: in place when the
 * advanced indices (integers included) are adjacent, first otherwise.
 *
 * @param a - The array to index.
 * @param items - The index expression, one item per argument.
 * @returns A view (basic indexing) or a new array (advanced indexing).
 * @throws {IndexError} for out-of-bounds integers, too many indices, a second `'...'`,
 *   index arrays that do not broadcast, masks of the wrong shape, or non-integer indices.
 * @throws {ValueError} for a slice with step 0.
 *
 * @example
 * ```ts
 * const a = reshape(arange(12), [3, 4]);
 * index(a, 1).toArray();                       // [4, 5, 6, 7]
 * index(a, ':', '::-2').toArray();             // [[3, 1], [7, 5], [11, 9]]
 * index(a, [0, 2], [1, 3]).toArray();          // [1, 11]
 * index(a, [true, false, true], -1).toArray(); // [3, 11]
 * index(a, null, '...', 0).shape;              // [1, 3]
 * ```
 */
export function index(a: ArrayInput, ...items: IndexItem[]): NDArray {
  const x = asarray(a);
  const m = items[0];
  if (items.length === 1 && m instanceof NDArray && m.dtype === 'bool') {
    const fast = heapCompress(x, m);
    if (fast !== null) return fast;
  }
  const plan = planIndex(x, items, 'index');
  if (plan.kind === 'basic') return plan.copy ? copy(plan.view) : plan.view;
  return gatherFancy(plan);
}
