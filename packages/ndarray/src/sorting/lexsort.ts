/** `lexsort`: an indirect stable sort on several keys, the last key primary. */
import { DTYPES } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { ShapeError, ValueError } from '../errors.js';
import { type IndexSortFn, indexSorter } from './engine.js';
import { gatherLane, laneOffsets, writeLane } from './lanes.js';
import { fmtShape } from './options.js';
import { is, signature } from '../core/args.js';

const parseLexsort = signature<LexsortOptions>('lexsort', ['axis'], { axis: is.int } as never);

/** Options of {@link lexsort}. */
export interface LexsortOptions {
  /** Axis of the keys to sort along (default -1). */
  axis?: number;
}

/** Splits `keys` into key arrays: a JS list gives one key per entry, an array one key per row of its first axis. */
function keyArrays(keys: ArrayInput | readonly ArrayInput[]): NDArray[] {
  if (Array.isArray(keys)) return keys.map((k: ArrayInput) => asarray(k));
  const k = asarray(keys as ArrayInput);
  if (k.ndim === 0) throw new ValueError('lexsort: need a sequence of keys with length > 0');
  const out: NDArray[] = [];
  for (let i = 0; i < (k.shape[0] as number); i++) {
    out.push(k.view(k.shape.slice(1), k.strides.slice(1), k.offset + i * (k.strides[0] as number)));
  }
  return out;
}

/**
 * Indices that sort by several keys: `keys[keys.length - 1]` is the primary key, ties broken by
 * the key before it, and so on; remaining ties keep input order. Each key sorts in NumPy's order
 * (NaN last).
 *
 * @param keys - A list of same-shaped arrays, or an array whose first axis indexes the keys.
 * @param options - `axis` (default -1) of the keys to sort along.
 * @returns int32 indices shaped like one key.
 * @throws {ShapeError} when keys differ in shape; {ValueError} when there are none.
 *
 * @example
 * ```ts
 * const surnames = [3, 1, 3, 2];
 * const firstNames = [1, 2, 0, 5];
 * lexsort([firstNames, surnames]).toArray(); // [1, 3, 2, 0]
 * ```
 */
export function lexsort(keys: ArrayInput | readonly ArrayInput[], axis?: number, options?: LexsortOptions): NDArray;
export function lexsort(keys: ArrayInput | readonly ArrayInput[], options?: LexsortOptions): NDArray;
export function lexsort(keys: ArrayInput | readonly ArrayInput[], ...rest: unknown[]): NDArray {
  const options = parseLexsort(rest, 'lexsort') as LexsortOptions;
  const ks = keyArrays(keys);
  const first = ks[0];
  if (first === undefined) throw new ValueError('lexsort: need a sequence of keys with length > 0');
  const shape = first.shape;
  for (const k of ks) {
    if (k.ndim !== shape.length || k.shape.some((d, i) => d !== shape[i])) {
      throw new ShapeError(
        `lexsort: all keys need to be the same shape, got ${fmtShape(first.shape)} and ${fmtShape(k.shape)}`,
      );
    }
  }
  // Scalar keys (NumPy's `lexsort([3, 1, 2])`) sort a single element: the answer is index 0.
  if (shape.length === 0) return emptyArray(DEFAULT_INT, []);
  const axis = normalizeAxis(options.axis ?? -1, shape.length, 'lexsort');
  const out = emptyArray(DEFAULT_INT, shape);
  if (out.size === 0) return out;
  const n = shape[axis] as number;
  const od = out.data as Int32Array;
  const so = out.strides[axis] as number;
  const perm = new Int32Array(n);
  const next = new Int32Array(n);
  const sorters = ks.map((k) => indexSorter(k.dtype, n));
  const bufs = ks.map((k) => new DTYPES[k.dtype].ctor(n * DTYPES[k.dtype].lanes));
  const keyLanes = ks.map((k) => laneOffsets(shape, axis, k.strides, k.offset));
  const outLanes = laneOffsets(shape, axis, out.strides, out.offset);
  for (let lane = 0; lane < outLanes.length; lane++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    // Least significant key first; each stable pass keeps the order of the previous ones on ties.
    for (let q = 0; q < ks.length; q++) {
      const k = ks[q] as NDArray;
      const buf = bufs[q] as (typeof bufs)[number];
      gatherLane(k.dtype, n, k.data, k.strides[axis] as number, (keyLanes[q] as number[])[lane] as number, perm, buf);
      const p = (sorters[q] as IndexSortFn)(buf, 0, 1);
      for (let i = 0; i < n; i++) next[i] = perm[p[i] as number] as number;
      perm.set(next);
    }
    writeLane('int32', n, perm, od, so, outLanes[lane] as number);
  }
  return out;
}
