/**
 * Average ranks with their tie groups (what the rank tests share), and small exact helpers.
 */

/** Ranks 1..n (ties get the average of the ranks they span) and the sizes of the tie groups. */
export interface Ranked {
  ranks: Float64Array;
  /** Size of every group of equal values (1 for an untied value). */
  ties: number[];
}

/** Indices of `v` in ascending order of value (stable). */
export function argsortValues(v: Float64Array): Uint32Array {
  const idx = new Uint32Array(v.length);
  for (let k = 0; k < idx.length; k++) idx[k] = k;
  const sorted = Array.from(idx).sort((i, j) => (v[i] as number) - (v[j] as number) || i - j);
  return Uint32Array.from(sorted);
}

/**
 * Average ranks of the values of `v` (NaN-free).
 *
 * @example
 * ```ts
 * Array.from(rankAverage(new Float64Array([10, 20, 10])).ranks); // [1.5, 3, 1.5]
 * ```
 */
export function rankAverage(v: Float64Array): Ranked {
  // sort a copy natively, then each value's average rank from the run of equal values it falls
  // in: (first + last) / 2 + 1, the run found by binary search — no index sort needed
  const n = v.length;
  const s = Float64Array.from(v).sort();
  const ties: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && s[j] === s[i]) j++;
    ties.push(j - i);
    i = j;
  }
  const ranks = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = v[k] as number;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((s[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    let end = lo + 1;
    if (end < n && s[end] === x) {
      let h = n;
      while (end < h) {
        const mid = (end + h) >>> 1;
        if ((s[mid] as number) <= x) end = mid + 1;
        else h = mid;
      }
    }
    ranks[k] = (lo + 1 + end) / 2;
  }
  return { ranks, ties };
}

/**
 * The sum of the average ranks each sample gets in the pooled ranking, and Σ (t³ − t) over the
 * pooled tie groups (all NaN when a sample holds a NaN): each sample sorted on its own, then merged — no pooled
 * array, no per-value rank search.
 *
 * @example
 * ```ts
 * rankSums([new Float64Array([1, 3]), new Float64Array([2, 3])]); // { sums: [4.5, 5.5], tieSum: 6 }
 * ```
 */
export function rankSums(samples: readonly Float64Array[]): { sums: number[]; tieSum: number } {
  const k = samples.length;
  const sorted = samples.map((v) => Float64Array.from(v).sort());
  const pos = new Array<number>(k).fill(0);
  const sums = new Array<number>(k).fill(0);
  const count = new Array<number>(k).fill(0);
  const total = sorted.reduce((acc, v) => acc + v.length, 0);
  let done = 0;
  let ties = 0;
  while (done < total) {
    let v = Number.NaN;
    for (let j = 0; j < k; j++) {
      const s = sorted[j] as Float64Array;
      const p = pos[j] as number;
      if (p < s.length && (Number.isNaN(v) || (s[p] as number) < v)) v = s[p] as number;
    }
    // only NaNs left (they sort last): no ranking
    if (Number.isNaN(v)) return { sums: sums.fill(Number.NaN), tieSum: Number.NaN };
    // the run of values equal to v in every sample: ranks done + 1 .. done + t, average done + (t + 1) / 2
    let t = 0;
    for (let j = 0; j < k; j++) {
      const s = sorted[j] as Float64Array;
      const p0 = pos[j] as number;
      let p = p0;
      while (p < s.length && s[p] === v) p++;
      pos[j] = p;
      count[j] = p - p0;
      t += p - p0;
    }
    const avg = done + (t + 1) / 2;
    for (let j = 0; j < k; j++) sums[j] = (sums[j] as number) + (count[j] as number) * avg;
    done += t;
    ties += t * t * t - t;
  }
  return { sums, tieSum: ties };
}

/** Σ (t³ − t) over the tie groups. */
export function tieSum(ties: readonly number[]): number {
  let s = 0;
  for (const t of ties) s += t * t * t - t;
  return s;
}

/** The concatenation of several lanes. */
export function concat(vs: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(vs.reduce((s, v) => s + v.length, 0));
  let o = 0;
  for (const v of vs) {
    out.set(v, o);
    o += v.length;
  }
  return out;
}

/** Sum of a lane. */
export function sum(v: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k] as number;
  return s;
}
