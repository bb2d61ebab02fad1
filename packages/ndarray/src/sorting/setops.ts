/** Set routines on flattened arrays: isin, intersect1d, union1d, setdiff1d, setxor1d. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, assign, astype, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, promoteTypes } from '../core/dtype.js';
import { type Flat, flatValues, storageEqual } from './compare.js';
import { indexSorter, valueSorter } from './engine.js';
import { copyElement, gatherLane, ravel } from './lanes.js';
import { unique1d } from './unique.js';
import { is, noExtra, signature } from '../core/args.js';

const parseIntersect1d = signature<Intersect1dOptions>('intersect1d', ['assumeUnique', 'returnIndices'], {
  assumeUnique: is.boolean,
  returnIndices: is.boolean,
} as never);

const parseSetxor1d = signature<SetOptions>('setxor1d', ['assumeUnique'], { assumeUnique: is.boolean } as never);

const parseSetdiff1d = signature<SetOptions>('setdiff1d', ['assumeUnique'], { assumeUnique: is.boolean } as never);

const parseIsin = signature<IsinOptions>('isin', ['assumeUnique', 'invert'], {
  assumeUnique: is.boolean,
  invert: is.boolean,
  kind: is.string,
} as never);

/** Options of {@link isin}. */
export interface IsinOptions {
  /** Return the complement: true where an element is *not* in `testElements`. */
  invert?: boolean;
  /** Accepted for NumPy compatibility (the result does not depend on it). */
  assumeUnique?: boolean;
  /** Accepted for NumPy compatibility (`'sort'` | `'table'`); a hash set is always used. */
  kind?: 'sort' | 'table';
}

/** A hash of the non-NaN values of a flat (-0 and 0 hash alike), for membership tests. */
function memberSet(f: Flat): Set<number | bigint | string> {
  const set = new Set<number | bigint | string>();
  if (f.kind === 'num') {
    for (const x of f.v) if (!Number.isNaN(x)) set.add(x);
  } else if (f.kind === 'big') {
    for (const x of f.v) set.add(x);
  } else {
    for (let i = 0; i < f.re.length; i++) {
      const re = f.re[i] as number;
      const im = f.im[i] as number;
      if (!Number.isNaN(re) && !Number.isNaN(im)) set.add(`${re + 0},${im + 0}`);
    }
  }
  return set;
}

/** Membership of each element of `e` in `t` (both compared in their common dtype, NaN never a member). */
function membership(e: NDArray, t: NDArray): Uint8Array {
  const dt = promoteTypes(e.dtype, t.dtype);
  const E = flatValues(e.dtype === dt ? e : astype(e, dt));
  const set = memberSet(flatValues(t.dtype === dt ? t : astype(t, dt)));
  const n = e.size;
  const out = new Uint8Array(n);
  if (E.kind === 'cplx') {
    for (let i = 0; i < n; i++) out[i] = set.has(`${(E.re[i] as number) + 0},${(E.im[i] as number) + 0}`) ? 1 : 0;
  } else {
    const v = E.v;
    for (let i = 0; i < n; i++) out[i] = set.has(v[i] as number) ? 1 : 0;
  }
  return out;
}

/**
 * Whether each element of `element` is in `testElements` (`==` semantics: -0 matches 0, NaN matches
 * nothing), shaped like `element`.
 *
 * @param element - Values to test (any shape).
 * @param testElements - Values to test against (flattened).
 * @param options - `invert`.
 * @returns A bool array shaped like `element`.
 *
 * @example
 * ```ts
 * isin([[1, 2], [3, 4]], [2, 3]).toArray(); // [[false, true], [true, false]]
 * ```
 */
export function isin(
  element: ArrayInput,
  testElements: ArrayInput,
  assumeUnique?: boolean,
  invert?: boolean,
  options?: IsinOptions,
): NDArray;
export function isin(element: ArrayInput, testElements: ArrayInput, options?: IsinOptions): NDArray;
export function isin(element: ArrayInput, testElements: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseIsin(rest, 'isin') as IsinOptions;
  const e = asarray(element);
  const m = membership(e, asarray(testElements));
  if (options.invert === true) for (let i = 0; i < m.length; i++) m[i] = m[i] === 1 ? 0 : 1;
  const out = emptyArray('bool', e.shape);
  (out.data as Uint8Array).set(m);
  return out;
}

/** Flattened inputs concatenated into one 1-D array of `dtype`. */
function concat1d(parts: readonly NDArray[], dtype: NDArray['dtype']): NDArray {
  const total = parts.reduce((s, p) => s + p.size, 0);
  const out = emptyArray(dtype, [total]);
  let at = 0;
  for (const p of parts) {
    if (p.size > 0) assign(out.view([p.size], [1], at), ravel(p));
    at += p.size;
  }
  return out;
}

/** Elements of a 1-D contiguous array where `keep` is set. */
function compress(x: NDArray, keep: Uint8Array): NDArray {
  let u = 0;
  for (const k of keep) u += k;
  const out = emptyArray(x.dtype, [u]);
  const xd = x.data;
  const od = out.data;
  for (let i = 0, j = 0; i < keep.length; i++) if (keep[i] === 1) copyElement(x.dtype, xd, x.offset + i, od, j++);
  return out;
}

function int32(v: readonly number[]): NDArray {
  const out = emptyArray(DEFAULT_INT, [v.length]);
  (out.data as Int32Array).set(v);
  return out;
}

/** Options of {@link intersect1d}. */
export interface Intersect1dOptions {
  /** Treat both inputs as already unique (faster; results are wrong if they are not). */
  assumeUnique?: boolean;
  /** Also return the indices of the common values in each (flattened) input. */
  returnIndices?: boolean;
}

/**
 * The sorted values present in both arrays (flattened). With `returnIndices`, also the index of
 * each value's first occurrence in each input. NaN is never common (NaN != NaN).
 *
 * @param ar1 - First input.
 * @param ar2 - Second input.
 * @param options - `assumeUnique`, `returnIndices`.
 * @returns The values, or `{ values, indices1, indices2 }` with `returnIndices`.
 *
 * @example
 * ```ts
 * intersect1d([1, 3, 4, 3], [3, 1, 2, 1]).toArray(); // [1, 3]
 * ```
 */
export function intersect1d(
  ar1: ArrayInput,
  ar2: ArrayInput,
  options: Intersect1dOptions & { returnIndices: true },
): { values: NDArray; indices1: NDArray; indices2: NDArray };
export function intersect1d(
  ar1: ArrayInput,
  ar2: ArrayInput,
  options?: Intersect1dOptions & { returnIndices?: false },
): NDArray;
export function intersect1d(
  ar1: ArrayInput,
  ar2: ArrayInput,
  options?: Intersect1dOptions,
): NDArray | { values: NDArray; indices1: NDArray; indices2: NDArray };
export function intersect1d(
  ar1: ArrayInput,
  ar2: ArrayInput,
  assumeUnique?: boolean,
  returnIndices?: boolean,
  options?: Intersect1dOptions,
): NDArray | { values: NDArray; indices1: NDArray; indices2: NDArray };
export function intersect1d(
  ar1: ArrayInput,
  ar2: ArrayInput,
  ...rest: unknown[]
): NDArray | { values: NDArray; indices1: NDArray; indices2: NDArray } {
  const options = parseIntersect1d(rest, 'intersect1d') as Intersect1dOptions;
  const withIdx = options.returnIndices === true;
  const prep = (x: NDArray): { u: NDArray; ind: Int32Array | null } => {
    if (options.assumeUnique === true) return { u: ravel(x), ind: null };
    const r = unique1d(ravel(x), true, withIdx, false, false);
    return { u: r.values, ind: r.indices ?? null };
  };
  const a = prep(asarray(ar1));
  const b = prep(asarray(ar2));
  const dt = promoteTypes(a.u.dtype, b.u.dtype);
  const aux = concat1d([a.u, b.u], dt);
  const n = aux.size;
  const sorted = emptyArray(dt, [n]);
  let perm: Int32Array | null = null;
  if (n > 0) {
    perm = indexSorter(dt, n)(aux.data, 0, 1);
    gatherLane(dt, n, aux.data, 1, 0, perm, sorted.data);
  }
  const sd = sorted.data;
  const keep = new Uint8Array(n);
  const i1: number[] = [];
  const i2: number[] = [];
  const na = a.u.size;
  for (let i = 0; i + 1 < n; i++) {
    if (storageEqual(dt, sd, i, i + 1, false)) {
      keep[i] = 1;
      if (withIdx && perm !== null) {
        const p = perm[i] as number;
        const q = (perm[i + 1] as number) - na;
        i1.push(a.ind === null ? p : (a.ind[p] as number));
        i2.push(b.ind === null ? q : (b.ind[q] as number));
      }
    }
  }
  const values = compress(sorted, keep);
  if (!withIdx) return values;
  return { values, indices1: int32(i1), indices2: int32(i2) };
}

/**
 * The sorted union of two arrays (flattened), NaNs collapsed into one.
 *
 * @example
 * ```ts
 * union1d([-1, 0, 1], [-2, 0, 2]).toArray(); // [-2, -1, 0, 1, 2]
 * ```
 */
export function union1d(ar1: ArrayInput, ar2: ArrayInput): NDArray;
export function union1d(ar1: ArrayInput, ar2: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'union1d');
  const a = asarray(ar1);
  const b = asarray(ar2);
  return unique1d(concat1d([a, b], promoteTypes(a.dtype, b.dtype)), true, false, false, false).values;
}

/** Options of {@link setdiff1d} and {@link setxor1d}. */
export interface SetOptions {
  /** Treat the inputs as already unique (skips the `unique` step). */
  assumeUnique?: boolean;
}

/**
 * The sorted unique values of `ar1` that are not in `ar2` (dtype of `ar1`). With `assumeUnique`,
 * `ar1`'s order is kept.
 *
 * @example
 * ```ts
 * setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]).toArray(); // [1, 2]
 * ```
 */
export function setdiff1d(ar1: ArrayInput, ar2: ArrayInput, assumeUnique?: boolean, options?: SetOptions): NDArray;
export function setdiff1d(ar1: ArrayInput, ar2: ArrayInput, options?: SetOptions): NDArray;
export function setdiff1d(ar1: ArrayInput, ar2: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseSetdiff1d(rest, 'setdiff1d') as SetOptions;
  const a = ravel(asarray(ar1));
  const u = options.assumeUnique === true ? a : unique1d(a, true, false, false, false).values;
  const m = membership(u, asarray(ar2));
  for (let i = 0; i < m.length; i++) m[i] = m[i] === 1 ? 0 : 1;
  return compress(u, m);
}

/**
 * The sorted values in exactly one of the two arrays (flattened). As in NumPy, NaNs present in
 * both stay (NaN != NaN).
 *
 * @example
 * ```ts
 * setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]).toArray(); // [1, 4, 5, 7]
 * ```
 */
export function setxor1d(ar1: ArrayInput, ar2: ArrayInput, assumeUnique?: boolean, options?: SetOptions): NDArray;
export function setxor1d(ar1: ArrayInput, ar2: ArrayInput, options?: SetOptions): NDArray;
export function setxor1d(ar1: ArrayInput, ar2: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseSetxor1d(rest, 'setxor1d') as SetOptions;
  const prep = (x: NDArray): NDArray =>
    options.assumeUnique === true ? ravel(x) : unique1d(ravel(x), true, false, false, false).values;
  const a = prep(asarray(ar1));
  const b = prep(asarray(ar2));
  const dt = promoteTypes(a.dtype, b.dtype);
  const aux = concat1d([a, b], dt);
  const n = aux.size;
  if (n === 0) return aux;
  const sorted = emptyArray(dt, [n]);
  valueSorter(dt, n)(aux.data, 0, 1, sorted.data, 0, 1);
  const sd = sorted.data;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const left = i === 0 || !storageEqual(dt, sd, i, i - 1, false);
    const right = i === n - 1 || !storageEqual(dt, sd, i, i + 1, false);
    keep[i] = left && right ? 1 : 0;
  }
  return compress(sorted, keep);
}
