/**
 * Introselect for partition/argpartition: median-of-three quickselect on NaN-free numbers (the
 * caller moves NaNs to the end first), an index payload moved alongside when given, and a sort
 * fallback when the recursion degrades.
 */
import { mergeArgsortNum } from './merge.js';

const SMALL = 12;

function swap(v: Float64Array, idx: Int32Array | null, i: number, j: number): void {
  const t = v[i] as number;
  v[i] = v[j] as number;
  v[j] = t;
  if (idx !== null) {
    const u = idx[i] as number;
    idx[i] = idx[j] as number;
    idx[j] = u;
  }
}

function insertion(v: Float64Array, idx: Int32Array | null, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = v[i] as number;
    const xi = idx === null ? 0 : (idx[i] as number);
    let j = i - 1;
    while (j >= lo && x < (v[j] as number)) {
      v[j + 1] = v[j] as number;
      if (idx !== null) idx[j + 1] = idx[j] as number;
      j--;
    }
    v[j + 1] = x;
    if (idx !== null) idx[j + 1] = xi;
  }
}

/** Sorts `v[lo..hi)` (and `idx` alongside) — the fallback when quickselect keeps picking bad pivots. */
function sortRange(v: Float64Array, idx: Int32Array | null, lo: number, hi: number): void {
  const m = hi - lo;
  const sv = v.slice(lo, hi);
  const perm = new Int32Array(m);
  mergeArgsortNum(m, sv, perm, new Float64Array(m), new Int32Array(m));
  v.set(sv, lo);
  if (idx !== null) {
    const si = idx.slice(lo, hi);
    for (let j = 0; j < m; j++) idx[lo + j] = si[perm[j] as number] as number;
  }
}

/**
 * Rearranges the NaN-free `v[lo..hi)` (and `idx` alongside, when given) so that `v[k]` holds the
 * value a full sort would put there, with no larger value before it and no smaller value after it.
 */
export function selectNum(v: Float64Array, idx: Int32Array | null, lo: number, hi: number, k: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 1)) + 4;
  while (hi - lo > SMALL) {
    if (budget-- === 0) {
      sortRange(v, idx, lo, hi);
      return;
    }
    const mid = (lo + hi) >>> 1;
    // Order v[lo] <= v[mid] <= v[hi-1], then park the median at lo+1 as the pivot.
    if ((v[mid] as number) < (v[lo] as number)) swap(v, idx, mid, lo);
    if ((v[hi - 1] as number) < (v[mid] as number)) {
      swap(v, idx, hi - 1, mid);
      if ((v[mid] as number) < (v[lo] as number)) swap(v, idx, mid, lo);
    }
    swap(v, idx, mid, lo + 1);
    const p = v[lo + 1] as number;
    let i = lo + 1;
    let j = hi - 1;
    for (;;) {
      do i++;
      while ((v[i] as number) < p);
      do j--;
      while (p < (v[j] as number));
      if (i >= j) break;
      swap(v, idx, i, j);
    }
    swap(v, idx, lo + 1, j);
    if (j === k) return;
    if (k < j) hi = j;
    else lo = j + 1;
  }
  insertion(v, idx, lo, hi);
}
