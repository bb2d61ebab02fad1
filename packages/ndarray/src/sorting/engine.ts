/**
 * Per-dtype lane sorters: the dispatch from a dtype and lane length to the kernel that sorts one
 * lane (values or a stable permutation) in NumPy's order. Workspaces are allocated once per call
 * and reused for every lane.
 */
import { DTYPES, type DType, type TypedArray } from '@stride/protocol';
import { readLane, writeLane } from './lanes.js';
import {
  HI,
  LO,
  type Key32Kind,
  type Key64Kind,
  fromKeys32,
  fromKeys64,
  keys32,
  keys64,
  toKeys32,
  toKeys64,
  wordsOf,
} from './kernels/keys.js';
import { lessComplex, mergeArgsortBy, mergeArgsortNum } from './kernels/merge.js';
import { quickSortNum } from './kernels/quick.js';
import { BUCKETS, countingArgsort, radixArgsort32, radixArgsort64, radixSort32, radixSort64 } from './kernels/radix.js';

/** Below this lane length comparison sorts beat radix passes (histogram setup dominates). */
const SMALL_SORT = 1024;
const SMALL_ARGSORT = 512;

/** Sorts the lane at (`x`, `offsetX`, `strideX`) into the lane at (`y`, `offsetY`, `strideY`). */
export type ValueSortFn = (
  x: TypedArray,
  offsetX: number,
  strideX: number,
  y: TypedArray,
  offsetY: number,
  strideY: number,
) => void;
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
 * NumPy keeps -0.0 and 0.0 equal (their input order survives a stable sort); radix sorts put every
 * -0 first and quicksort mixes them. Rewrites the zero run of a sorted float lane (`s[0..m)`, NaNs excluded) with the
 * signs in the input order of the `n`-element source lane.
 */
function restoreZeroOrder(
  s: Float64Array | Float32Array,
  m: number,
  n: number,
  x: TypedArray,
  offsetX: number,
  strideX: number,
): void {
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s[mid] as number) < 0) lo = mid + 1;
    else hi = mid;
  }
  const z0 = lo;
  hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid] === 0) lo = mid + 1;
    else hi = mid;
  }
  const z1 = lo;
  if (z1 - z0 < 2) return;
  let neg = 0;
  for (let i = z0; i < z1; i++) if (Object.is(s[i], -0)) neg++;
  if (neg === 0 || neg === z1 - z0) return;
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
    const cnt = new Int32Array(buckets);
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
  if (fam === 'k64' && dtype !== 'float64' && n < SMALL_SORT) {
    const buf = new ctor(n);
    // int64/uint64: V8's native sort orders bigints numerically.
    return (x, ox, sx, y, oy, sy) => {
      readLane(dtype, n, x, sx, ox, buf);
      buf.sort();
      writeLane(dtype, n, buf, y, sy, oy);
    };
  }
  if (fam === 'count' || n < SMALL_SORT) {
    const v = new Float64Array(n);
    return (x, ox, sx, y, oy, sy) => {
      // NaNs go last; the rest is quicksorted, and -0/0 get their input order back.
      let m = 0;
      for (let i = 0, k = ox; i < n; i++, k += sx) {
        const t = x[k] as number;
        if (!Number.isNaN(t)) v[m++] = t;
      }
      for (let i = m; i < n; i++) v[i] = Number.NaN;
      quickSortNum(v, 0, m);
      if (isFloat) restoreZeroOrder(v, m, n, x, ox, sx);
      for (let i = 0, k = oy; i < n; i++, k += sy) y[k] = v[i] as number;
    };
  }
  const kind = keyKind(dtype);
  // Radix lanes sort in place in the output when it is contiguous there (no extra copy);
  // otherwise in a scratch lane written back afterwards.
  let scratch: TypedArray | null = null;
  const laneBuffer = (y: TypedArray, oy: number, sy: number): TypedArray => {
    if (sy === 1 && y.constructor === ctor) return y.subarray(oy, oy + n);
    if (scratch === null) scratch = new ctor(n);
    return scratch;
  };
  if (fam === 'k32') {
    const tmp = new Uint32Array(n);
    const tmpTyped = new ctor(tmp.buffer) as Float32Array;
    const cnt = new Int32Array(3 * BUCKETS);
    return (x, ox, sx, y, oy, sy) => {
      const lane = laneBuffer(y, oy, sy) as Float32Array;
      const w = wordsOf(lane);
      readLane(dtype, n, x, sx, ox, lane);
      toKeys32(kind, n, w);
      const r = radixSort32(n, w, tmp, cnt);
      fromKeys32(kind, n, r);
      if (r !== w) lane.set(tmpTyped);
      if (isFloat) restoreZeroOrder(lane, n, n, x, ox, sx);
      if (lane.buffer !== y.buffer) writeLane(dtype, n, lane, y, sy, oy);
    };
  }
  const tmp = new Uint32Array(2 * n);
  const cnt = new Int32Array(6 * BUCKETS);
  return (x, ox, sx, y, oy, sy) => {
    const lane = laneBuffer(y, oy, sy) as Float64Array;
    const w = wordsOf(lane);
    readLane(dtype, n, x, sx, ox, lane);
    toKeys64(kind, n, w);
    const r = radixSort64(n, w, tmp, cnt);
    fromKeys64(kind, n, r);
    if (r !== w) w.set(tmp);
    if (isFloat) restoreZeroOrder(lane, n, n, x, ox, sx);
    if (lane.buffer !== y.buffer) writeLane(dtype, n, lane, y, sy, oy);
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
  if (fam === 'complex' && n >= SMALL_ARGSORT) return complexRadixArgsort(dtype, n, idx, tmp);
  if (fam === 'complex') {
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    const less = (i: number, j: number): boolean =>
      lessComplex(re[i] as number, im[i] as number, re[j] as number, im[j] as number);
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
    const cnt = new Int32Array(buckets);
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
      const nums = new Float64Array(n);
      const tv = new Float64Array(n);
      const signed = dtype === 'int64';
      return (x, ox, sx) => {
        // Lanes whose values all fit in 53 bits sort as doubles (exact); others compare bigints.
        const w = wordsOf(x as BigInt64Array);
        let exact = true;
        for (let i = 0, k = 2 * ox; i < n; i++, k += 2 * sx) {
          const lo = w[k + LO] as number;
          const hi = signed ? (w[k + HI] as number) | 0 : (w[k + HI] as number);
          if (hi < -0x200000 || hi >= 0x200000) {
            exact = false;
            break;
          }
          nums[i] = hi * 4294967296 + lo;
        }
        if (exact) {
          mergeArgsortNum(n, nums, idx, tv, tmp);
          return idx;
        }
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
    const cnt = new Int32Array(3 * BUCKETS);
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
  const cnt = new Int32Array(6 * BUCKETS);
  return (x, ox, sx) => {
    keys64(kind, true, n, wordsOf(x as Float64Array), sx, ox, lo, hi);
    const r = radixArgsort64(n, lo, hi, idx, lo2, hi2, tmp, cnt);
    if (r !== idx) idx.set(r);
    return idx;
  };
}

/**
 * Complex index sort by three stable radix passes, least significant first: imaginary part, real
 * part, then the NaN class (both-finite-ordered, NaN imaginary, NaN real, both NaN). A NaN part
 * gets key 0 so it does not order within its class, which is NumPy's complex order.
 */
function complexRadixArgsort(dtype: DType, n: number, idx: Int32Array, tmp: Int32Array): IndexSortFn {
  const wide = dtype === 'complex128';
  const reLo = new Uint32Array(n);
  const reHi = new Uint32Array(n);
  const imLo = new Uint32Array(n);
  const imHi = new Uint32Array(n);
  const lo2 = new Uint32Array(n);
  const hi2 = new Uint32Array(n);
  const gLo = new Uint32Array(n);
  const gHi = new Uint32Array(n);
  const cls = new Uint32Array(n);
  const perm = new Int32Array(n);
  const cnt = new Int32Array(6 * BUCKETS);
  const ALL = 0xffffffff;
  return (x, ox, sx) => {
    const w = wordsOf(x as Float64Array);
    // A complex element is two floats: part p of element k is float 2k + p.
    if (wide) {
      keys64('float', true, n, w, 2 * sx, 2 * ox, reLo, reHi);
      keys64('float', true, n, w, 2 * sx, 2 * ox + 1, imLo, imHi);
    } else {
      keys32('float', true, n, w, 2 * sx, 2 * ox, reLo);
      keys32('float', true, n, w, 2 * sx, 2 * ox + 1, imLo);
    }
    for (let i = 0; i < n; i++) {
      // The all-ones key only comes from NaN.
      const reNan = reLo[i] === ALL && (!wide || reHi[i] === ALL);
      const imNan = imLo[i] === ALL && (!wide || imHi[i] === ALL);
      if (reNan) reLo[i] = reHi[i] = 0;
      if (imNan) imLo[i] = imHi[i] = 0;
      cls[i] = (reNan ? 2 : 0) + (imNan ? 1 : 0);
    }
    const p1 = wide
      ? radixArgsort64(n, imLo, imHi, idx, lo2, hi2, tmp, cnt)
      : radixArgsort32(n, imLo, idx, lo2, tmp, cnt);
    perm.set(p1);
    for (let i = 0; i < n; i++) {
      const j = perm[i] as number;
      gLo[i] = reLo[j] as number;
      gHi[i] = reHi[j] as number;
    }
    const p2 = wide ? radixArgsort64(n, gLo, gHi, idx, lo2, hi2, tmp, cnt) : radixArgsort32(n, gLo, idx, lo2, tmp, cnt);
    for (let i = 0; i < n; i++) gLo[i] = perm[p2[i] as number] as number;
    perm.set(gLo);
    for (let i = 0; i < n; i++) gHi[i] = cls[perm[i] as number] as number;
    countingArgsort(n, gHi, 4, idx, cnt);
    for (let i = 0; i < n; i++) tmp[i] = perm[idx[i] as number] as number;
    idx.set(tmp);
    return idx;
  };
}
