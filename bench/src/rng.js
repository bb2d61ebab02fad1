// Seeded, platform-independent random inputs: every system reads the same bytes, so results compare.
// @ts-check

/**
 * xorshift128 (Marsaglia 2003) over four 32-bit words, seeded through a 32-bit mixing step so
 * that nearby seeds give unrelated streams. Deterministic across platforms (integer ops only).
 */
export class Rng {
  /** @param {number} seed */
  constructor(seed) {
    let s = seed >>> 0 || 0x9e3779b9;
    /** @type {number[]} */
    const st = [];
    for (let i = 0; i < 4; i++) {
      s = (s + 0x6d2b79f5) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 15), z | 1);
      z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
      st.push((z ^ (z >>> 14)) >>> 0 || 1);
    }
    this.x = st[0] ?? 1;
    this.y = st[1] ?? 2;
    this.z = st[2] ?? 3;
    this.w = st[3] ?? 4;
  }

  /** @returns {number} a uint32 */
  nextU32() {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w = (this.w ^ (this.w >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    return this.w;
  }

  /** @returns {number} a double in [0, 1) with 53 random bits */
  next() {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /**
   * @param {number} n
   * @param {number} [lo]
   * @param {number} [hi]
   * @returns {Float64Array} n doubles uniform in [lo, hi)
   */
  uniform(n, lo = -1, hi = 1) {
    const out = new Float64Array(n);
    const w = hi - lo;
    for (let i = 0; i < n; i++) out[i] = lo + w * this.next();
    return out;
  }
}

/**
 * Stable 32-bit seed from a string (FNV-1a), so each case id has its own stream.
 * @param {string} s
 */
export function seedOf(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
