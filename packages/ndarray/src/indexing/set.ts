/** `set(a, value, ...items)`: NumPy's `a[items] = value`. */
import { assign, asarray, type ArrayInput } from '../core/convert.js';
import { broadcastShapes } from '../core/iter.js';
import { ShapeError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { fancyShape, scatterFancy } from './fancy.js';
import type { IndexItem } from './items.js';
import { planIndex } from './plan.js';
import { valueArray } from './value.js';

/**
 * NumPy's `a[items] = value`: writes `value`, broadcast to the indexed region and converted to
 * `a`'s dtype (unsafe cast for arrays; NumPy 2's range checks for JS scalars), through any index
 * `index` accepts. With repeated fancy indices the last value wins. The index and the value are
 * fully checked before anything is written, so a failed call leaves `a` unchanged.
 *
 * @param a - The array to write into (an NDArray or writable protocol object).
 * @param value - What to write; broadcast to the indexed shape.
 * @param items - The index expression, as for {@link index}.
 * @returns `a` as an NDArray.
 * @throws {ValueError} when `a` is read-only, or a JS value does not fit the dtype.
 * @throws {ShapeError} when `value` does not broadcast to the indexed shape.
 * @throws {IndexError} for a bad index (see {@link index}).
 *
 * @example
 * ```ts
 * const a = zeros([2, 3]);
 * set(a, 7, 0);                   // row 0 becomes 7
 * set(a, [1, 2], ':', [0, 2]);    // columns 0 and 2 of every row
 * a.toArray();                    // [[1, 7, 2], [1, 0, 2]]
 * set(a, [5, 6], [1, 1], [1, 1]); // repeated index: the last value wins
 * a.toArray();                    // [[1, 7, 2], [1, 6, 2]]
 * ```
 */
export function set(a: ArrayInput, value: ArrayInput, ...items: IndexItem[]): NDArray {
  const x = asarray(a);
  x.assertWritable('set');
  const plan = planIndex(x, items, 'set');
  let v = valueArray(value, x.dtype, 'set', plan.kind !== 'basic');
  const target = plan.kind === 'basic' ? plan.view.shape : fancyShape(plan);
  if (plan.kind === 'basic' && v.ndim > target.length && isNested(value)) {
    // NumPy converts a nested list for a basic index with at most the target's dimensions.
    throw new ShapeError(
      `set: setting an array element with a sequence: the value has ${v.ndim} dimensions but the indexed region [${target.join(', ')}] only ${target.length}`,
    );
  }
  v = fitValue(
    v,
    target,
    plan.kind === 'basic' ? 'could not broadcast input array from shape' : 'shape mismatch: value array of shape',
  );
  if (plan.kind === 'basic') assign(plan.view, v);
  else scatterFancy(plan, v);
  return x;
}

function isNested(value: ArrayInput): boolean {
  return Array.isArray(value);
}

/**
 * Drops leading length-1 axes beyond the target's rank (as NumPy's setitem does) and checks that
 * the value broadcasts to `target`; `what` starts the error message, `op` prefixes it.
 *
 * @example
 * ```ts
 * fitValue(array([[1, 2, 3]]), [3], 'shape mismatch: value array of shape').shape; // [3]
 * ```
 */
export function fitValue(v: NDArray, target: readonly number[], what: string, op = 'set'): NDArray {
  let x = v;
  if (x.ndim > target.length) {
    let k = 0;
    while (x.ndim - k > target.length && x.shape[k] === 1) k++;
    if (k > 0) x = x.view(x.shape.slice(k), x.strides.slice(k), x.offset);
  }
  const fail = (): ShapeError =>
    new ShapeError(
      `${op}: ${what} [${v.shape.join(', ')}] ${what.startsWith('shape') ? 'could not be broadcast to indexing result of shape' : 'into shape'} [${target.join(', ')}]`,
    );
  if (x.ndim > target.length) throw fail();
  let b: number[];
  try {
    b = broadcastShapes(op, target, x.shape);
  } catch {
    throw fail();
  }
  if (b.some((d, i) => d !== target[i])) throw fail();
  return x;
}
