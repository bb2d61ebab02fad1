/**
 * Gustafsson's initial conditions for forward-backward filtering (F. Gustafsson, "Determining the
 * initial states in forward-backward filtering", IEEE Trans. Signal Processing 44(4), 1996),
 * SciPy's `filtfilt(..., method='gust')`: the states at both ends are chosen, by least squares,
 * so that filtering forward then backward gives the same result as backward then forward.
 * @module
 */
import { lfilterReal } from './kernels.js';

/** Filters n values of x with zero initial state (or `z`, consumed) into y. */
function run(
  n: number,
  b: Float64Array,
  a: Float64Array,
  m: number,
  x: Float64Array,
  y: Float64Array,
  z?: Float64Array,
) {
  lfilterReal(n, b, a, m, x, y, z ?? new Float64Array(m - 1));
}

function reversed(v: Float64Array): Float64Array {
  return v.slice().reverse();
}

/**
 * The least-squares solution of A·x = rhs for a full-column-rank A (rows × cols, given by
 * columns), by Householder QR; the columns are overwritten.
 */
function lstsq(cols: Float64Array[], rhs: Float64Array): Float64Array {
  const c = cols.length;
  const rows = rhs.length;
  if (rows < c) return minNorm(cols, rhs);
  const r = rhs.slice();
  const diag = new Float64Array(c);
  for (let j = 0; j < c; j++) {
    const v = cols[j] as Float64Array;
    let norm = 0;
    for (let i = j; i < rows; i++) norm += (v[i] as number) ** 2;
    norm = Math.sqrt(norm);
    const alpha = (v[j] as number) > 0 ? -norm : norm;
    diag[j] = alpha;
    if (norm === 0) continue;
    // v ← (v − α e_j) over rows j…, the Householder vector; reflect the later columns and rhs
    v[j] = (v[j] as number) - alpha;
    let vv = 0;
    for (let i = j; i < rows; i++) vv += (v[i] as number) ** 2;
    const reflect = (u: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < rows; i++) dot += (v[i] as number) * (u[i] as number);
      const f = (2 * dot) / vv;
      for (let i = j; i < rows; i++) u[i] = (u[i] as number) - f * (v[i] as number);
    };
    for (let k = j + 1; k < c; k++) reflect(cols[k] as Float64Array);
    reflect(r);
  }
  const x = new Float64Array(c);
  for (let j = c - 1; j >= 0; j--) {
    let s = r[j] as number;
    for (let k = j + 1; k < c; k++) s -= ((cols[k] as Float64Array)[j] as number) * (x[k] as number);
    x[j] = (diag[j] as number) === 0 ? 0 : s / (diag[j] as number);
  }
  return x;
}

/**
 * The minimum-norm solution of an underdetermined A·x = rhs (fewer rows than columns, full row
 * rank; a signal shorter than the filter's state): x = Aᵀ·y with (A·Aᵀ)·y = rhs, by Gaussian
 * elimination with partial pivoting on the small rows × rows system.
 */
function minNorm(cols: Float64Array[], rhs: Float64Array): Float64Array {
  const r = rhs.length;
  const g: Float64Array[] = Array.from({ length: r }, (_, i) => {
    const row = new Float64Array(r + 1);
    for (let j = 0; j < r; j++) {
      let s = 0;
      for (const col of cols) s += (col[i] as number) * (col[j] as number);
      row[j] = s;
    }
    row[r] = rhs[i] as number;
    return row;
  });
  for (let k = 0; k < r; k++) {
    let p = k;
    for (let i = k + 1; i < r; i++)
      if (Math.abs((g[i] as Float64Array)[k] as number) > Math.abs((g[p] as Float64Array)[k] as number)) p = i;
    [g[k], g[p]] = [g[p] as Float64Array, g[k] as Float64Array];
    const pk = g[k] as Float64Array;
    const piv = pk[k] as number;
    if (piv === 0) continue;
    for (let i = k + 1; i < r; i++) {
      const gi = g[i] as Float64Array;
      const f = (gi[k] as number) / piv;
      for (let j = k; j <= r; j++) gi[j] = (gi[j] as number) - f * (pk[j] as number);
    }
  }
  const y = new Float64Array(r);
  for (let i = r - 1; i >= 0; i--) {
    const gi = g[i] as Float64Array;
    let s = gi[r] as number;
    for (let j = i + 1; j < r; j++) s -= (gi[j] as number) * (y[j] as number);
    y[i] = (gi[i] as number) === 0 ? 0 : s / (gi[i] as number);
  }
  return Float64Array.from(cols, (col) => {
    let s = 0;
    for (let i = 0; i < r; i++) s += (col[i] as number) * (y[i] as number);
    return s;
  });
}

/**
 * Forward-backward filtering of one real line x (n values) with Gustafsson's initial states;
 * `bn`, `an` normalized (a[0] = 1), both of length `m`. `irlen`: the impulse response length
 * beyond which the end effects are neglected (the ends are then fitted separately).
 */
export function gustLine(
  x: Float64Array,
  bn: Float64Array,
  an: Float64Array,
  m: number,
  irlen: number | undefined,
): Float64Array {
  const n = x.length;
  const order = m - 1;
  if (order === 0) {
    const g = (bn[0] as number) ** 2;
    return x.map((v) => g * v);
  }
  const len = irlen === undefined || n <= 2 * irlen ? n : irlen;
  // O: the output (length len) of the zero-input filter from the unit state e_k; column k is
  // column 0 delayed by k. S: each column of O reversed and filtered again.
  const o0 = new Float64Array(len);
  const e0 = new Float64Array(order);
  e0[0] = 1;
  run(len, bn, an, m, new Float64Array(len), o0, e0);
  const O: Float64Array[] = [];
  const S: Float64Array[] = [];
  for (let k = 0; k < order; k++) {
    const col = new Float64Array(len);
    if (k < len) col.set(o0.subarray(0, len - k), k);
    O.push(col);
    const s = new Float64Array(len);
    run(len, bn, an, m, reversed(col), s);
    S.push(s);
  }
  // the naive forward-backward and backward-forward results (zero states)
  const yf = new Float64Array(n);
  run(n, bn, an, m, x, yf);
  const yfb = new Float64Array(n);
  run(n, bn, an, m, reversed(yf), yfb);
  yfb.reverse();
  const yb = new Float64Array(n);
  run(n, bn, an, m, reversed(x), yb);
  yb.reverse();
  const ybf = new Float64Array(n);
  run(n, bn, an, m, yb, ybf);
  // Least squares over [S^R − O, O^R − S]·ic = y_bf − y_fb (with a truncated response: the
  // first len rows use the start states, the last len rows the end states).
  const full = len === n;
  const rows = full ? n : 2 * len;
  const delta = new Float64Array(rows);
  if (full) for (let i = 0; i < n; i++) delta[i] = (ybf[i] as number) - (yfb[i] as number);
  else {
    for (let i = 0; i < len; i++) {
      delta[i] = (ybf[i] as number) - (yfb[i] as number);
      delta[len + i] = (ybf[n - len + i] as number) - (yfb[n - len + i] as number);
    }
  }
  const cols: Float64Array[] = [];
  for (let k = 0; k < order; k++) {
    const c = new Float64Array(rows);
    const o = O[k] as Float64Array;
    const s = S[k] as Float64Array;
    for (let i = 0; i < len; i++) c[i] = (s[len - 1 - i] as number) - (o[i] as number);
    cols.push(c);
  }
  for (let k = 0; k < order; k++) {
    const c = new Float64Array(rows);
    const o = O[k] as Float64Array;
    const s = S[k] as Float64Array;
    const at = full ? 0 : len;
    for (let i = 0; i < len; i++) c[at + i] = (o[len - 1 - i] as number) - (s[i] as number);
    cols.push(c);
  }
  const ic = lstsq(cols, delta);
  // y = y_fb + [S^R, O^R]·ic (at the two ends when the response is truncated)
  const y = yfb;
  for (let i = 0; i < len; i++) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < order; k++) {
      head += ((S[k] as Float64Array)[len - 1 - i] as number) * (ic[k] as number);
      tail += ((O[k] as Float64Array)[len - 1 - i] as number) * (ic[order + k] as number);
    }
    if (full) y[i] = (y[i] as number) + head + tail;
    else {
      y[i] = (y[i] as number) + head;
      y[n - len + i] = (y[n - len + i] as number) + tail;
    }
  }
  return y;
}
