/** `searchsorted`: insertion points into a sorted 1-D array, in NumPy's order (NaN last). */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, astype, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isInteger, promoteTypes } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import { type Flat, flatLength, flatValues, lessAt } from './compare.js';
import { lessNum } from './kernels/merge.js';
import { checkChoice, fmtShape } from './options.js';
import { is, signature } from '../core/args.js';

const parseSearchsorted = signature<SearchsortedOptions>('searchsorted', ['side', 'sorter'], {
  side: is.string,
  sorter: is.orNone(is.arrayLike),
} as never);

/** Options of {@link searchsorted}. */
export interface SearchsortedOptions {
  /** `'left'` (default): first suitable index; `'right'`: last suitable index. */
  side?: 'left' | 'right';
  /** Indices that sort `a` (as from `argsort`), when `a` itself is not sorted. */
  sorter?: ArrayInput;
}

/** Reorders a flat by a permutation (validated by the caller). */
function permute(f: Flat, p: Int32Array): Flat {
  const n = p.length;
  if (f.kind === 'cplx') {
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      re[i] = f.re[p[i] as number] as number;
      im[i] = f.im[p[i] as number] as number;
    }
    return { kind: 'cplx', re, im };
  }
  if (f.kind === 'big') {
    const v = f.v instanceof BigInt64Array ? new BigInt64Array(n) : new BigUint64Array(n);
    for (let i = 0; i < n; i++) v[i] = f.v[p[i] as number] as bigint;
    return { kind: 'big', v };
  }
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = f.v[p[i] as number] as number;
  return { kind: 'num', v };
}

/** Validates `sorter` and returns it as int32 positions. */
function sorterPerm(sorter: ArrayInput, n: number): Int32Array {
  const s = asarray(sorter);
  if (s.dtype === 'bool' || !isInteger(s.dtype)) {
    throw new DTypeError(`searchsorted: sorter must be an integer array, got dtype ${s.dtype}`);
  }
  if (s.ndim !== 1 || s.size !== n) {
    throw new ValueError(
      `searchsorted: sorter.size must equal a.size, got sorter shape ${fmtShape(s.shape)} for a of size ${n}`,
    );
  }
  const p = new Int32Array(n);
  const vals = s.toArray() as (number | bigint)[];
  for (let i = 0; i < n; i++) {
    const k = Number(vals[i]);
    if (k < 0 || k >= n) throw new ValueError(`searchsorted: sorter index ${k} out of range for a of size ${n}`);
    p[i] = k;
  }
  return p;
}

/**
 * Indices where elements of `v` would be inserted into the sorted 1-D array `a` to keep it
 * sorted. Both are compared in their common dtype, NaN sorting after everything (as NumPy).
 *
 * @param a - Sorted 1-D array (or unsorted with `sorter`).
 * @param v - Values to insert (any shape; a scalar gives a 0-d result).
 * @param options - `side` (`'left'` | `'right'`), `sorter`.
 * @returns int32 insertion indices shaped like `v`.
 * @throws {ValueError} when `a` is not 1-D (`searchsorted: a must be 1-D, got shape [2, 2]`), or for a bad `sorter`.
 *
 * @example
 * ```ts
 * searchsorted([1, 2, 3, 4, 5], 3).item();                    // 2
 * searchsorted([1, 2, 3, 4, 5], [-10, 3], { side: 'right' }).toArray(); // [0, 3]
 * ```
 */
export function searchsorted(
  a: ArrayInput,
  v: ArrayInput,
  side?: 'left' | 'right',
  sorter?: ArrayInput | null,
  options?: SearchsortedOptions,
): NDArray;
export function searchsorted(a: ArrayInput, v: ArrayInput, options?: SearchsortedOptions): NDArray;
export function searchsorted(a: ArrayInput, v: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseSearchsorted(rest, 'searchsorted') as SearchsortedOptions;
  const side = checkChoice(options.side ?? 'left', ['left', 'right'] as const, 'side', 'searchsorted');
  const aa = asarray(a);
  if (aa.ndim !== 1) throw new ValueError(`searchsorted: a must be 1-D, got shape ${fmtShape(aa.shape)}`);
  const vv = asarray(v);
  const dt = promoteTypes(aa.dtype, vv.dtype);
  const n = aa.size;
  let A = flatValues(aa.dtype === dt ? aa : astype(aa, dt));
  if (options.sorter !== undefined) A = permute(A, sorterPerm(options.sorter, n));
  const V = flatValues(vv.dtype === dt ? vv : astype(vv, dt));
  const out = emptyArray(DEFAULT_INT, vv.shape);
  const od = out.data as Int32Array;
  const m = flatLength(V);
  const right = side === 'right';
  if (A.kind === 'num' && V.kind === 'num') {
    const av = A.v;
    const vals = V.v;
    for (let i = 0; i < m; i++) {
      const x = vals[i] as number;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const y = av[mid] as number;
        if (right ? !lessNum(x, y) : lessNum(y, x)) lo = mid + 1;
        else hi = mid;
      }
      od[i] = lo;
    }
    return out;
  }
  for (let i = 0; i < m; i++) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (right ? !lessAt(V, i, A, mid) : lessAt(A, mid, V, i)) lo = mid + 1;
      else hi = mid;
    }
    od[i] = lo;
  }
  return out;
}
