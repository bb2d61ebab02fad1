/**
 * The kernels of peak finding (SciPy's `_peak_finding_utils`, written from their definitions):
 * local maxima with plateaus, the distance rule, prominences and widths.
 * @module
 */

/** Local maxima of x, a plateau counted once (its middle, rounded down), with the plateau's edges. */
export function localMaxima(x: Float64Array): { peaks: Int32Array; left: Int32Array; right: Int32Array } {
  const n = x.length;
  const mids: number[] = [];
  const lefts: number[] = [];
  const rights: number[] = [];
  let i = 1;
  const iMax = n - 1;
  while (i < iMax) {
    if ((x[i - 1] as number) < (x[i] as number)) {
      let ahead = i + 1;
      while (ahead < iMax && x[ahead] === x[i]) ahead++;
      if ((x[ahead] as number) < (x[i] as number)) {
        lefts.push(i);
        rights.push(ahead - 1);
        mids.push((i + ahead - 1) >> 1);
        i = ahead;
      }
    }
    i++;
  }
  return { peaks: Int32Array.from(mids), left: Int32Array.from(lefts), right: Int32Array.from(rights) };
}

/**
 * Which peaks survive the distance rule: from the highest down, each kept peak removes the
 * lower ones closer than ceil(distance) samples (ties in height: the later one first, by a
 * stable order).
 */
export function selectByDistance(peaks: Int32Array, priority: Float64Array, distance: number): Uint8Array {
  const n = peaks.length;
  const d = Math.ceil(distance);
  const keep = new Uint8Array(n).fill(1);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const pa = priority[a] as number;
    const pb = priority[b] as number;
    return pa < pb ? -1 : pa > pb ? 1 : a - b;
  });
  for (let i = n - 1; i >= 0; i--) {
    const j = order[i] as number;
    if (keep[j] === 0) continue;
    for (let k = j - 1; k >= 0 && (peaks[j] as number) - (peaks[k] as number) < d; k--) keep[k] = 0;
    for (let k = j + 1; k < n && (peaks[k] as number) - (peaks[j] as number) < d; k++) keep[k] = 0;
  }
  return keep;
}

/** Prominences of peaks with their bases; `wlen` ≥ 2 limits the search to a window around each peak (−1: none). */
export function prominences(
  fn: string,
  x: Float64Array,
  peaks: Int32Array,
  wlen: number,
  error: (msg: string) => Error,
): { prominences: Float64Array; leftBases: Int32Array; rightBases: Int32Array } {
  const n = peaks.length;
  const prom = new Float64Array(n);
  const lb = new Int32Array(n);
  const rb = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const peak = peaks[p] as number;
    let iMin = 0;
    let iMax = x.length - 1;
    if (!(iMin <= peak && peak <= iMax))
      throw error(`${fn}: peak ${peak} is not a valid index for x (length ${x.length})`);
    if (wlen >= 2) {
      iMin = Math.max(peak - Math.floor(wlen / 2), iMin);
      iMax = Math.min(peak + Math.floor(wlen / 2), iMax);
    }
    const xp = x[peak] as number;
    let i = peak;
    lb[p] = peak;
    let leftMin = xp;
    while (iMin <= i && (x[i] as number) <= xp) {
      if ((x[i] as number) < leftMin) {
        leftMin = x[i] as number;
        lb[p] = i;
      }
      i--;
    }
    i = peak;
    rb[p] = peak;
    let rightMin = xp;
    while (i <= iMax && (x[i] as number) <= xp) {
      if ((x[i] as number) < rightMin) {
        rightMin = x[i] as number;
        rb[p] = i;
      }
      i++;
    }
    prom[p] = xp - Math.max(leftMin, rightMin);
  }
  return { prominences: prom, leftBases: lb, rightBases: rb };
}

/** Widths of peaks at `relHeight` of their prominence, with the interpolated crossing points. */
export function widths(
  fn: string,
  x: Float64Array,
  peaks: Int32Array,
  relHeight: number,
  prom: Float64Array,
  lb: Int32Array,
  rb: Int32Array,
  error: (msg: string) => Error,
): { widths: Float64Array; widthHeights: Float64Array; leftIps: Float64Array; rightIps: Float64Array } {
  const n = peaks.length;
  if (relHeight < 0) throw error(`${fn}: relHeight must be greater or equal to 0, got ${relHeight}`);
  if (!(prom.length === n && lb.length === n && rb.length === n)) {
    throw error(`${fn}: the arrays of prominenceData must have the same length as peaks (${n})`);
  }
  const w = new Float64Array(n);
  const h = new Float64Array(n);
  const li = new Float64Array(n);
  const ri = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const iMin = lb[p] as number;
    const iMax = rb[p] as number;
    const peak = peaks[p] as number;
    if (!(iMin >= 0 && iMin <= peak && peak <= iMax && iMax < x.length)) {
      throw error(`${fn}: prominence data is invalid for peak ${peak}`);
    }
    const height = (x[peak] as number) - (prom[p] as number) * relHeight;
    h[p] = height;
    let i = peak;
    while (iMin < i && height < (x[i] as number)) i--;
    let left = i;
    if ((x[i] as number) < height) left += (height - (x[i] as number)) / ((x[i + 1] as number) - (x[i] as number));
    i = peak;
    while (i < iMax && height < (x[i] as number)) i++;
    let right = i;
    if ((x[i] as number) < height) right -= (height - (x[i] as number)) / ((x[i - 1] as number) - (x[i] as number));
    w[p] = right - left;
    li[p] = left;
    ri[p] = right;
  }
  return { widths: w, widthHeights: h, leftIps: li, rightIps: ri };
}
