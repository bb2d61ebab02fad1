/**
 * Stable comparison index sorts (insertion runs + bottom-up merge) for short lanes and for the
 * dtypes radix keys do not cover (int64 on short lanes, complex). Ordering is NumPy's: NaN last,
 * -0 equal to +0.
 */

const RUN = 16;

/** NumPy's `a < b` for reals: NaN sorts after everything, two NaNs are equal. */
export function lessNum(a: number, b: number): boolean {
  return a < b || (Number.isNaN(b) && !Number.isNaN(a));
}

/**
 * Stable index sort of the reals `v[0..n)` (NaN last, -0 equal to +0): writes the permutation to
 * `idx` and leaves `v` sorted. Values move together with their indices, so the merge loops
 * compare plain numbers. `tv`, `ti` are scratch of length n.
 */
export function mergeArgsortNum(n: number, v: Float64Array, idx: Int32Array, tv: Float64Array, ti: Int32Array): void {
  // NaNs go last in input order; the rest is sorted with plain comparisons.
  let m = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i] as number;
    if (!Number.isNaN(x)) {
      v[m] = x;
      idx[m++] = i;
    } else ti[k++] = i;
  }
  for (let j = 0; j < k; j++) {
    idx[m + j] = ti[j] as number;
    v[m + j] = NaN;
  }
  for (let lo = 0; lo < m; lo += RUN) {
    const hi = Math.min(lo + RUN, m);
    for (let i = lo + 1; i < hi; i++) {
      const x = v[i] as number;
      const xi = idx[i] as number;
      let j = i - 1;
      while (j >= lo && x < (v[j] as number)) {
        v[j + 1] = v[j] as number;
        idx[j + 1] = idx[j] as number;
        j--;
      }
      v[j + 1] = x;
      idx[j + 1] = xi;
    }
  }
  let sv = v;
  let dv = tv;
  let si = idx;
  let di = ti;
  for (let w = RUN; w < m; w *= 2) {
    for (let lo = 0; lo < m; lo += 2 * w) {
      const mid = Math.min(lo + w, m);
      const hi = Math.min(lo + 2 * w, m);
      let i = lo;
      let j = mid;
      let q = lo;
      while (i < mid && j < hi) {
        const a = sv[i] as number;
        const b = sv[j] as number;
        if (b < a) {
          dv[q] = b;
          di[q++] = si[j++] as number;
        } else {
          dv[q] = a;
          di[q++] = si[i++] as number;
        }
      }
      while (i < mid) {
        dv[q] = sv[i] as number;
        di[q++] = si[i++] as number;
      }
      while (j < hi) {
        dv[q] = sv[j] as number;
        di[q++] = si[j++] as number;
      }
    }
    const t = sv;
    sv = dv;
    dv = t;
    const u = si;
    si = di;
    di = u;
  }
  if (sv !== v) {
    v.set(sv.subarray(0, m));
    idx.set(si.subarray(0, m));
  }
}

/**
 * Writes to `idx` the stable permutation of `0..n` ordered by `less(i, j)` (a strict weak order on
 * positions); `tmp` is scratch of length n.
 */
export function mergeArgsortBy(
  n: number,
  idx: Int32Array,
  tmp: Int32Array,
  less: (i: number, j: number) => boolean,
): void {
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = idx[i] as number;
      let j = i - 1;
      while (j >= lo && less(x, idx[j] as number)) {
        idx[j + 1] = idx[j] as number;
        j--;
      }
      idx[j + 1] = x;
    }
  }
  let src = idx;
  let dst = tmp;
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n);
      const hi = Math.min(lo + 2 * w, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = src[i] as number;
        const b = src[j] as number;
        if (less(b, a)) {
          dst[k++] = b;
          j++;
        } else {
          dst[k++] = a;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) idx.set(src.subarray(0, n));
}

/**
 * NumPy's complex order as a rank: finite-ordered numbers first, then those with a NaN imaginary
 * part, then NaN real part, then both NaN; within a class by real then imaginary part (NaN parts
 * ignored).
 */
export function complexClass(re: number, im: number): number {
  return (Number.isNaN(re) ? 2 : 0) + (Number.isNaN(im) ? 1 : 0);
}

/** NumPy's complex `a < b` (see {@link complexClass}). */
export function lessComplex(ar: number, ai: number, br: number, bi: number): boolean {
  const ca = complexClass(ar, ai);
  const cb = complexClass(br, bi);
  if (ca !== cb) return ca < cb;
  if (ca === 0) return ar < br || (ar === br && ai < bi);
  if (ca === 1) return ar < br;
  if (ca === 2) return ai < bi;
  return false;
}
