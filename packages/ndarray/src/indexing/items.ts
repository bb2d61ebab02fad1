/** Index items as users write them (`2`, `':'`, `'...'`, `null`, `[0, 2]`, masks) and their parsed form. */
import { type ArrayInput, asarray, emptyArray, isComplexScalar } from '../core/convert.js';
import { isInteger } from '../core/dtype.js';
import { IndexError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { type SliceSpec, sliceOf } from './slice.js';
import { isJsValue } from './value.js';

/**
 * One item of an index expression: an integer (negative counts from the end), a slice string
 * `'start:stop:step'`, `'...'`, `null` (a new axis), an integer array (fancy index) or a boolean
 * array (mask), as an NDArray, a TypedArray or nested JS arrays.
 */
export type IndexItem = number | bigint | boolean | string | null | ArrayInput;

/** A parsed index item. */
export type ParsedItem =
  | { readonly kind: 'int'; readonly value: number; readonly scalarArray: boolean }
  | { readonly kind: 'slice'; readonly spec: SliceSpec }
  | { readonly kind: 'newaxis' }
  | { readonly kind: 'ellipsis' }
  | { readonly kind: 'array'; readonly arr: NDArray }
  | { readonly kind: 'mask'; readonly arr: NDArray }
  | { readonly kind: 'bool0'; readonly value: boolean };

const STRING_ITEMS = new Map<string, ParsedItem>();

const INVALID =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`null`) and integer or boolean arrays are valid indices';

/**
 * Parses one index item; `op` prefixes error messages.
 *
 * @example
 * ```ts
 * parseItem(':', 'index');   // { kind: 'slice', spec: { start: null, stop: null, step: null } }
 * parseItem(null, 'index').kind; // 'newaxis'
 * ```
 */
export function parseItem(item: IndexItem, op: string): ParsedItem {
  if (item === null) return { kind: 'newaxis' };
  if (typeof item === 'number') {
    if (!Number.isSafeInteger(item)) throw new IndexError(`${INVALID}, got ${item}`);
    return { kind: 'int', value: item, scalarArray: false };
  }
  if (typeof item === 'bigint') return { kind: 'int', value: Number(item), scalarArray: false };
  if (typeof item === 'boolean') return { kind: 'bool0', value: item };
  if (typeof item === 'string') {
    // The same few strings recur in loops: one parsed (frozen) item each.
    const hit = STRING_ITEMS.get(item);
    if (hit !== undefined) return hit;
    const parsed: ParsedItem = Object.freeze(
      item.trim() === '...' ? { kind: 'ellipsis' as const } : { kind: 'slice' as const, spec: sliceOf(item, op) },
    );
    if (STRING_ITEMS.size >= 1024) STRING_ITEMS.clear();
    STRING_ITEMS.set(item, parsed);
    return parsed;
  }
  if (isComplexScalar(item)) throw new IndexError(`${INVALID}, got a complex number`);
  const fromJs = isJsValue(item);
  let arr: NDArray;
  try {
    arr = asarray(item as ArrayInput);
  } catch (e) {
    throw new IndexError(`${INVALID} (${(e as Error).message})`);
  }
  // NumPy turns an empty list into an empty integer index; an empty float array stays an error.
  if (fromJs && arr.size === 0 && arr.dtype === 'float64') arr = emptyArray('int32', arr.shape);
  if (arr.dtype === 'bool') {
    if (arr.ndim === 0) return { kind: 'bool0', value: arr.data[arr.offset] !== 0 };
    return { kind: 'mask', arr };
  }
  if (!isInteger(arr.dtype)) {
    throw new IndexError(`arrays used as indices must be of integer (or boolean) type, got ${arr.dtype}`);
  }
  if (arr.ndim === 0) {
    const v = arr.data[arr.offset] as number | bigint;
    return { kind: 'int', value: Number(v), scalarArray: true };
  }
  return { kind: 'array', arr };
}
