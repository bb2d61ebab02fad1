/**
 * Accurate roots of unity. Each value is computed from an exact integer index: the angle is
 * reduced to the first octant with integer arithmetic, so `sin`/`cos` only see arguments in
 * [0, π/4] and every root is within about one ulp, whatever the length (no error accumulates as
 * it does when roots are built by repeated multiplication).
 * @module
 */

const QUARTER_PI = Math.PI / 4;

/**
 * Writes cos(2π t / n) and sin(2π t / n) to `out[o]`, `out[o + 1]` for an integer `t`
 * (any sign) and a positive integer `n` with 8·n below 2^53.
 */
export function unitRoot(t: number, n: number, out: Float64Array, o: number): void {
  let r = t % n;
  if (r < 0) r += n;
  const a = 8 * r;
  const oct = Math.floor(a / n);
  let rem = a - oct * n; // in [0, n): angle = (oct + rem / n) · π/4
  const odd = (oct & 1) === 1;
  if (odd) rem = n - rem; // measured back from the next octant boundary
  const theta = QUARTER_PI * (rem / n);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  // Even octant: angle = q·π/2 + θ; odd octant: angle = q·π/2 − θ.
  let x = c;
  let y = odd ? -s : s;
  const q = odd ? (oct + 1) >> 1 : oct >> 1;
  for (let i = 0; i < (q & 3); i++) {
    const tmp = x;
    x = -y;
    y = tmp;
  }
  out[o] = x;
  out[o + 1] = y;
}

/**
 * The table exp(−2πi t / n) for t = 0 … count−1, interleaved (re, im), each entry computed
 * directly from its index.
 */
export function rootTable(n: number, count: number = n): Float64Array {
  const w = new Float64Array(2 * count);
  for (let t = 0; t < count; t++) {
    unitRoot(-t, n, w, 2 * t);
  }
  return w;
}
