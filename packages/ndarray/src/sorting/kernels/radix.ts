/**
 * LSD radix sorts on unsigned 32- and 64-bit keys (11-bit digits), stable, with an optional
 * index payload. One counting pass builds every digit histogram; digits shared by all keys
 * (the exponent of data in [0, 1), the high words of small integers) cost nothing.
 */
import { HI, LO } from './keys.js';

/** Buckets per digit; `cnt` workspaces hold 3 (32-bit) or 6 (64-bit) histograms. */
export const BUCKETS = 2048;

const SHIFT = [0, 11, 22] as const;
const MASK = [0x7ff, 0x7ff, 0x3ff] as const;

/** Turns histogram `base` into start offsets; false when one bucket holds every key (pass skipped). */
function startOffsets(cnt: Int32Array, base: number, n: number): boolean {
  let sum = 0;
  for (let d = base, end = base + BUCKETS; d < end; d++) {
    const c = cnt[d] as number;
    if (c === n) return false;
    cnt[d] = sum;
    sum += c;
  }
  return true;
}

function hist32(n: number, k: Uint32Array, cnt: Int32Array, base: number, stride: number, off: number): void {
  for (let i = 0, j = off; i < n; i++, j += stride) {
    const v = k[j] as number;
    const d0 = base + (v & 0x7ff);
    const d1 = base + 2048 + ((v >>> 11) & 0x7ff);
    const d2 = base + 4096 + (v >>> 22);
    cnt[d0] = (cnt[d0] as number) + 1;
    cnt[d1] = (cnt[d1] as number) + 1;
    cnt[d2] = (cnt[d2] as number) + 1;
  }
}

/** Which of `passes` histograms (from `first`) actually reorder; turns those into offsets. */
function activePasses(cnt: Int32Array, passes: number, n: number): number[] {
  const active: number[] = [];
  for (let p = 0; p < passes; p++) if (startOffsets(cnt, p * BUCKETS, n)) active.push(p);
  return active;
}

/**
 * Sorts `n` 64-bit keys held as word pairs in `a` (2n words), using `b` (2n words) as scratch;
 * returns whichever of `a`, `b` holds the result. `cnt` needs 6 * BUCKETS entries.
 */
export function radixSort64(n: number, a: Uint32Array, b: Uint32Array, cnt: Int32Array): Uint32Array {
  cnt.fill(0, 0, 6 * BUCKETS);
  hist32(n, a, cnt, 0, 2, LO);
  hist32(n, a, cnt, 3 * BUCKETS, 2, HI);
  const active = activePasses(cnt, 6, n);
  let src = a;
  let dst = b;
  for (const p of active) {
    const base = p * BUCKETS;
    const w = p < 3 ? LO : HI;
    const sh = SHIFT[p % 3] as number;
    const mask = MASK[p % 3] as number;
    for (let j = 0, m = 2 * n; j < m; j += 2) {
      const d = base + (((src[j + w] as number) >>> sh) & mask);
      const c = cnt[d] as number;
      cnt[d] = c + 1;
      const q = 2 * c;
      dst[q] = src[j] as number;
      dst[q + 1] = src[j + 1] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/**
 * Stable index sort of `n` 64-bit keys given as halves `lo`, `hi` (both are clobbered, as are the
 * scratch arrays `lo2`, `hi2`). Returns the Int32Array (`idx` or `idx2`) holding the permutation.
 */
export function radixArgsort64(
  n: number,
  lo: Uint32Array,
  hi: Uint32Array,
  idx: Int32Array,
  lo2: Uint32Array,
  hi2: Uint32Array,
  idx2: Int32Array,
  cnt: Int32Array,
): Int32Array {
  cnt.fill(0, 0, 6 * BUCKETS);
  hist32(n, lo, cnt, 0, 1, 0);
  hist32(n, hi, cnt, 3 * BUCKETS, 1, 0);
  const active = activePasses(cnt, 6, n);
  let first = true;
  for (let t = 0; t < active.length; t++) {
    const p = active[t] as number;
    const base = p * BUCKETS;
    const key = p < 3 ? lo : hi;
    const sh = SHIFT[p % 3] as number;
    const mask = MASK[p % 3] as number;
    if (t === active.length - 1) {
      // The last pass only needs to move the indices.
      for (let i = 0; i < n; i++) {
        const d = base + (((key[i] as number) >>> sh) & mask);
        const q = cnt[d] as number;
        cnt[d] = q + 1;
        idx2[q] = first ? i : (idx[i] as number);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const d = base + (((key[i] as number) >>> sh) & mask);
        const q = cnt[d] as number;
        cnt[d] = q + 1;
        lo2[q] = lo[i] as number;
        hi2[q] = hi[i] as number;
        idx2[q] = first ? i : (idx[i] as number);
      }
      const tl = lo;
      lo = lo2;
      lo2 = tl;
      const th = hi;
      hi = hi2;
      hi2 = th;
    }
    const ti = idx;
    idx = idx2;
    idx2 = ti;
    first = false;
  }
  if (first) for (let i = 0; i < n; i++) idx[i] = i;
  return idx;
}

/** Sorts `n` 32-bit keys in `a` using scratch `b`; returns the array holding the result. `cnt`: 3 * BUCKETS. */
export function radixSort32(n: number, a: Uint32Array, b: Uint32Array, cnt: Int32Array): Uint32Array {
  cnt.fill(0, 0, 3 * BUCKETS);
  hist32(n, a, cnt, 0, 1, 0);
  const active = activePasses(cnt, 3, n);
  let src = a;
  let dst = b;
  for (const p of active) {
    const base = p * BUCKETS;
    const sh = SHIFT[p] as number;
    const mask = MASK[p] as number;
    for (let i = 0; i < n; i++) {
      const v = src[i] as number;
      const d = base + ((v >>> sh) & mask);
      const q = cnt[d] as number;
      cnt[d] = q + 1;
      dst[q] = v;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Stable index sort of `n` 32-bit keys (`k` and `k2` are clobbered); returns `idx` or `idx2`. */
export function radixArgsort32(
  n: number,
  k: Uint32Array,
  idx: Int32Array,
  k2: Uint32Array,
  idx2: Int32Array,
  cnt: Int32Array,
): Int32Array {
  cnt.fill(0, 0, 3 * BUCKETS);
  hist32(n, k, cnt, 0, 1, 0);
  const active = activePasses(cnt, 3, n);
  let first = true;
  for (let t = 0; t < active.length; t++) {
    const p = active[t] as number;
    const base = p * BUCKETS;
    const sh = SHIFT[p] as number;
    const mask = MASK[p] as number;
    if (t === active.length - 1) {
      for (let i = 0; i < n; i++) {
        const d = base + (((k[i] as number) >>> sh) & mask);
        const q = cnt[d] as number;
        cnt[d] = q + 1;
        idx2[q] = first ? i : (idx[i] as number);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = k[i] as number;
        const d = base + ((v >>> sh) & mask);
        const q = cnt[d] as number;
        cnt[d] = q + 1;
        k2[q] = v;
        idx2[q] = first ? i : (idx[i] as number);
      }
      const tk = k;
      k = k2;
      k2 = tk;
    }
    const ti = idx;
    idx = idx2;
    idx2 = ti;
    first = false;
  }
  if (first) for (let i = 0; i < n; i++) idx[i] = i;
  return idx;
}

/**
 * Stable counting sort of indices by small keys in [0, buckets) (bool, 8- and 16-bit integers):
 * writes the permutation to `idx`. `cnt` needs `buckets` entries.
 */
export function countingArgsort(n: number, keys: Uint32Array, buckets: number, idx: Int32Array, cnt: Int32Array): void {
  cnt.fill(0, 0, buckets);
  for (let i = 0; i < n; i++) {
    const d = keys[i] as number;
    cnt[d] = (cnt[d] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < buckets; d++) {
    const c = cnt[d] as number;
    cnt[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const d = keys[i] as number;
    const q = cnt[d] as number;
    cnt[d] = q + 1;
    idx[q] = i;
  }
}
