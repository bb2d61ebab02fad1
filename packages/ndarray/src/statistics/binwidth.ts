/**
 * NumPy's automatic histogram bin-width estimators ('auto', 'fd', 'doane', 'scott', 'stone',
 * 'rice', 'sturges', 'sqrt'), from their published formulas: each returns a bin width (0 when
 * the data give none), turned into a bin count by `histogram`.
 */
import { quickSortNum } from '../sorting/kernels/quick.js';
import { pairwiseSum } from '../series/numeric.js';

/** The estimator names `histogram` accepts for `bins`. */
export type BinEstimator = 'auto' | 'fd' | 'doane' | 'scott' | 'stone' | 'rice' | 'sturges' | 'sqrt';

export const ESTIMATORS: readonly BinEstimator[] = ['auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'];

function ptp(x: Float64Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

function mean(x: Float64Array): number {
  return pairwiseSum(x, 0, x.length, 1) / x.length;
}

/** Population standard deviation, as `np.std` (two passes, pairwise sums). */
function std(x: Float64Array): number {
  const m = mean(x);
  const d = x.map((v) => (v - m) * (v - m));
  return Math.sqrt(mean(d));
}

/** `np.percentile(x, q)` with the default 'linear' method, for sorted NaN-free `s`. */
function percentile(s: Float64Array, q: number): number {
  const pos = (q / 100) * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  const t = pos - lo;
  const a = s[lo] as number;
  const b = s[hi] as number;
  const d = b - a;
  // NumPy's lerp: from the nearer end, so t = 1 lands exactly on b.
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

function sturges(x: Float64Array): number {
  return ptp(x) / (Math.log2(x.length) + 1);
}

function fd(x: Float64Array): number {
  const s = x.slice();
  quickSortNum(s, 0, s.length);
  const iqr = percentile(s, 75) - percentile(s, 25);
  return 2 * iqr * x.length ** (-1 / 3);
}

/** Counts of equal-width bins over [first, last] (no weights), for the 'stone' risk. */
function counts(x: Float64Array, nbins: number, first: number, last: number): Float64Array {
  const c = new Float64Array(nbins);
  const scale = nbins / (last - first);
  for (const v of x) {
    if (!(v >= first && v <= last)) continue;
    let i = Math.floor((v - first) * scale);
    if (i > nbins - 1) i = nbins - 1;
    // Edges as NumPy's linspace places them.
    const step = (last - first) / nbins;
    while (i > 0 && v < i * step + first) i--;
    while (i < nbins - 1 && v >= (i + 1) * step + first) i++;
    c[i] = (c[i] as number) + 1;
  }
  return c;
}

/** The bin width an estimator picks for the (range-filtered) data `x` over `[first, last]`. */
export function binWidth(name: BinEstimator, x: Float64Array, first: number, last: number): number {
  const n = x.length;
  switch (name) {
    case 'sqrt':
      return ptp(x) / Math.sqrt(n);
    case 'sturges':
      return sturges(x);
    case 'rice':
      return ptp(x) / (2 * n ** (1 / 3));
    case 'scott':
      return ((24 * Math.PI ** 0.5) / n) ** (1 / 3) * std(x);
    case 'fd':
      return fd(x);
    case 'auto': {
      // The Freedman-Diaconis width, kept from going below half the 'sqrt' width, or Sturges'.
      const f = Math.max(fd(x), ptp(x) / Math.sqrt(n) / 2);
      return Math.min(f, sturges(x));
    }
    case 'doane': {
      if (n <= 2) return 0;
      const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
      const sigma = std(x);
      if (!(sigma > 0)) return 0;
      const m = mean(x);
      const g1 = mean(x.map((v) => ((v - m) / sigma) ** 3));
      return ptp(x) / (1 + Math.log2(n) + Math.log2(1 + Math.abs(g1) / sg1));
    }
    case 'stone': {
      const p = ptp(x);
      if (n <= 1 || p === 0) return 0;
      const upper = Math.max(100, Math.floor(Math.sqrt(n)));
      let best = 1;
      let bestRisk = Infinity;
      for (let nb = 1; nb <= upper; nb++) {
        const c = counts(x, nb, first, last);
        let dot = 0;
        for (const v of c) dot += (v / n) * (v / n);
        const risk = (2 - (n + 1) * dot) / (p / nb);
        if (risk < bestRisk) {
          bestRisk = risk;
          best = nb;
        }
      }
      return p / best;
    }
  }
}
