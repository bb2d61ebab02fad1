/**
 * Unstable in-place quicksort of NaN-free numbers (median of three, insertion sort below 17
 * elements, recursion on the smaller side). Used for short value lanes, where V8's native
 * TypedArray sort costs more per call than the sort itself.
 */

/** Sorts `v[lo..hi)` ascending; `v` must not contain NaN. */
export function quickSortNum(v: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    let a = v[lo] as number;
    let b = v[mid] as number;
    let c = v[hi - 1] as number;
    if (b < a) [a, b] = [b, a];
    if (c < b) {
      [b, c] = [c, b];
      if (b < a) [a, b] = [b, a];
    }
    // a <= b <= c: a and c become sentinels at the ends, b is the pivot parked at lo + 1.
    v[lo] = a;
    v[mid] = v[lo + 1] as number;
    v[lo + 1] = b;
    v[hi - 1] = c;
    let i = lo + 1;
    let j = hi - 1;
    for (;;) {
      do i++;
      while ((v[i] as number) < b);
      do j--;
      while (b < (v[j] as number));
      if (i >= j) break;
      const t = v[i] as number;
      v[i] = v[j] as number;
      v[j] = t;
    }
    v[lo + 1] = v[j] as number;
    v[j] = b;
    if (j - lo < hi - j) {
      quickSortNum(v, lo, j);
      lo = j + 1;
    } else {
      quickSortNum(v, j + 1, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i < hi; i++) {
    const x = v[i] as number;
    let j = i - 1;
    while (j >= lo && x < (v[j] as number)) {
      v[j + 1] = v[j] as number;
      j--;
    }
    v[j + 1] = x;
  }
}
