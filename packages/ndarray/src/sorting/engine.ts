/**
 * Per-dtype lane sorters: the dispatch from a dtype and lane length to the kernel that sorts one
 * lane (values or a stable permutation) in NumPy's order. Workspaces are allocated once per call
 * and reused for every lane.
 */
import { DTYPES, type DType, type TypedArray } from '@stride/protocol';
import { readLane, writeLane } from './lanes.js';
import { type Key32Kind, type Key64Kind, fromKeys32, fromKeys64, keys32, keys64, toKeys32, toKeys64, wordsOf } from './kernels/keys.js';
import { lessComplex, mergeArgsortBy, mergeArgsortNum } from './kernels/merge.js';
import { BUCKETS, countingArgsort, radixArgsort32, radixArgsort64, radixSort32, radixSort64 } from './kernels/radix.js';

/** Below this lane length comparison sorts beat radix passes (histogram setup dominates). */
const SMALL_SORT = 1024;
const SMALL_ARGSORT = 512;

/** Sorts the lane at (`x`, `offsetX`, `strideX`) into the lane at (`y`, `offsetY`, `strideY`). */
export type ValueSortFn = (x: TypedArray, offsetX: number, strideX: number, y: TypedArray, offsetY: number, strideY: number) => void;
/** Returns the stable permutation sorting the lane (a buffer owned by the sorter, valid until its next call). */
export type IndexSortFn = (x: TypedArray, offsetX: number, strideX: number) => Int32Array;

type Family = 'count' | 'k32' | 'k64' | 'complex';

function familyOf(dtype: DType): Family {
  switch (dtype) {
    case 'bool':
    case 'int8':
    case 'uint8':
    case 'int16':
    case 'uint16':
      return 'count';
    case 'int32':
    case 'uint32':
    case 'float32':
      return 'k32';
    case 'int64':
    case 'uint64':
    case 'float64':
      return 'k64';
    default:
      return 'complex';
  }
}

function keyKind(dtype: DType): Key32Kind & Key64Kind {
  const k = DTYPES[dtype].kind;
  return k === 'f' ? 'float' : k === 'i' ? 'int' : 'uint';
}

/** Bias and bucket count mapping a small integer dtype onto counting-sort keys. */
function countRange(dtype: DType): { min: number; buckets: number } {
  switch (dtype) {
    case 'bool':
      return { min: 0, buckets: 2 };
    case 'int8':
      return { min: -128, buckets: 256 };
    case 'uint8':
      return { min: 0, buckets: 256 };
    case 'int16':
      return { min: -32768, buckets: 65536 };
    default:
      return { min: 0, buckets: 65536 };
  }
}

/**
 * NumPy keeps -0.0 and 0.0 equal (their input order survives a sort); native and radix sorts put
 * every -0 first. Rewrites the zero run of a sorted float lane with the signs in input order.
 */
function restoreZeroOrder(s: Float64Array | Float32Array, n: number, x: TypedArray, offsetX: number, strideX: number): void {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((s[m] as number) < 0) lo = m + 1;
    else hi = m;
  }
  const z0 = lo;
  hi = n;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (s[m] === 0) lo = m + 1;
    else hi = m;
  }
  const z1 = lo;
  if (z1 - z0 < 2 || !Object.is(s[z0], -0) || !Object.is(s[z1 - 1], 0)) return;
  let j = z0;
  for (let i = 0, k = offsetX; i < n && j < z1; i++, k += strideX) {
    const v = x[k] as number;
    if (v === 0) s[j++] = v;
  }
}

/**
 * The value sorter for lanes of `n` elements of `dtype` (stable: equal values keep their input
 * order, which is observable for -0.0/0.0).
 */
export function valueSorter(dtype: DType, n: number): ValueSortFn {
  const fam = familyOf(dtype);
  const ctor = DTYPES[dtype].ctor;
  if (fam === 'complex') {
    const perm = indexSorter(dtype, n);
    return (x, ox, sx, y, oy, sy) => {
      const p = perm(x, ox, sx);
      for (let j = 0, b = 2 * oy; j < n; j++, b += 2 * sy) {
        const a = 2 * (ox + (p[j] as number) * sx);
        y[b] = x[a] as number;
        y[b + 1] = x[a + 1] as number;
      }
    };
  }
  const isFloat = DTYPES[dtype].kind === 'f';
  if (fam === 'count' && n >= SMALL_SORT) {
    const { min, buckets } = countRange(dtype);
    const cnt = new Uint32Array(buckets);
    return (x, ox, sx, y, oy, sy) => {
      cnt.fill(0);
      for (let i = 0, k = ox; i < n; i++, k += sx) {
        const d = (x[k] as number) - min;
        cnt[d] = (cnt[d] as number) + 1;
      }
      let j = oy;
      for (let d = 0; d < buckets; d++) {
        const v = d + min;
        for (let c = cnt[d] as number; c > 0; c--, j += sy) y[j] = v;
      }
    };
  }
  const buf = new ctor(n);
  if (fam === 'count' || n < SMALL_SORT) {
    return (x, ox, sx, y, oy, sy) => {
      readLane(dtype, n, x, sx, ox, buf);
      buf.sort();
      if (isFloat) restoreZeroOrder(buf as Float64Array, n, x, ox, sx);
      writeLane(dtype, n, buf, y, sy, oy);
    };
  }
  const kind = keyKind(dtype);
  if (fam === 'k32') {
    const w = wordsOf(buf as Float32Array);
    const tmp = new Uint32Array(n);
    const tmpTyped = new ctor(tmp.buffer) as Float32Array;
    const cnt = new Uint32Array(3 * BUCKETS);
    return (x, ox, sx, y, oy, sy) => {
      readLane(dtype, n, x, sx, ox, buf);
      toKeys32(kind, n, w);
      const r = radixSort32(n, w, tmp, cnt);
      fromKeys32(kind, n, r);
      const res = r === w ? (buf as Float32Array) : tmpTyped;
      if (isFloat) restoreZeroOrder(res, n, x, ox, sx);
      writeLane(dtype, n, res, y, sy, oy);
    };
  }
  const w = wordsOf(buf as Float64Array);
  const tmp = new Uint32Array(2 * n);
  const tmpTyped = new ctor(tmp.buffer) as Float64Array;
  const cnt = new Uint32Array(6 * BUCKETS);
  return (x, ox, sx, y, oy, sy) => {
    readLane(dtype, n, x, sx, ox, buf);
    toKeys64(kind, n, w);
    const r = radixSort64(n, w, tmp, cnt);
    fromKeys64(kind, n, r);
    const res = r === w ? (buf as Float64Array) : tmpTyped;
    if (isFloat) restoreZeroOrder(res, n, x, ox, sx);
    writeLane(dtype, n, res, y, sy, oy);
  };
}

/** Comparison index sort of lanes of plain numbers (short lanes). */
function numArgsort(n: number, idx: Int32Array, tmp: Int32Array): IndexSortFn {
  const vals = new Float64Array(n);
  const tv = new Float64Array(n);
  return (x, ox, sx) => {
    for (let i = 0, k = ox; i < n; i++, k += sx) vals[i] = x[k] as number;
    mergeArgsortNum(n, vals, idx, tv, tmp);
    return idx;
  };
}

/**
 * The stable index sorter for lanes of `n` elements of `dtype`: ties (including -0.0/0.0 and
 * NaNs) keep their input order, as NumPy's `kind='stable'`.
 */
export function indexSorter(dtype: DType, n: number): IndexSortFn {
  const fam = familyOf(dtype);
  const idx = new Int32Array(n);
  const tmp = new Int32Array(n);
  if (fam === 'complex') {
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    const less = (i: number, j: number): boolean => lessComplex(re[i] as number, im[i] as number, re[j] as number, im[j] as number);
    return (x, ox, sx) => {
      for (let i = 0, k = 2 * ox; i < n; i++, k += 2 * sx) {
        re[i] = x[k] as number;
        im[i] = x[k + 1] as number;
      }
      mergeArgsortBy(n, idx, tmp, less);
      return idx;
    };
  }
  if (fam === 'count') {
    const { min, buckets } = countRange(dtype);
    const keys = new Uint32Array(n);
    const cnt = new Uint32Array(buckets);
    if (n < SMALL_ARGSORT && buckets > 256) return numArgsort(n, idx, tmp);
    return (x, ox, sx) => {
      for (let i = 0, k = ox; i < n; i++, k += sx) keys[i] = (x[k] as number) - min;
      countingArgsort(n, keys, buckets, idx, cnt);
      return idx;
    };
  }
  if (n < SMALL_ARGSORT) {
    if (fam === 'k64' && dtype !== 'float64') {
      const vals = new (DTYPES[dtype].ctor as BigInt64ArrayConstructor)(n);
      const less = (i: number, j: number): boolean => (vals[i] as bigint) < (vals[j] as bigint);
      return (x, ox, sx) => {
        readLane(dtype, n, x, sx, ox, vals);
        mergeArgsortBy(n, idx, tmp, less);
        return idx;
      };
    }
    return numArgsort(n, idx, tmp);
  }
  const kind = keyKind(dtype);
  if (fam === 'k32') {
    const k = new Uint32Array(n);
    const k2 = new Uint32Array(n);
    const cnt = new Uint32Array(3 * BUCKETS);
    return (x, ox, sx) => {
      keys32(kind, true, n, wordsOf(x as Float32Array), sx, ox, k);
      const r = radixArgsort32(n, k, idx, k2, tmp, cnt);
      if (r !== idx) idx.set(r);
      return idx;
    };
  }
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  const lo2 = new Uint32Array(n);
  const hi2 = new Uint32Array(n);
  const cnt = new Uint32Array(6 * BUCKETS);
  return (x, ox, sx) => {
    keys64(kind, true, n, wordsOf(x as Float64Array), sx, ox, lo, hi);
    const r = radixArgsort64(n, lo, hi, idx, lo2, hi2, tmp, cnt);
    if (r !== idx) idx.set(r);
    return idx;
  };
}
