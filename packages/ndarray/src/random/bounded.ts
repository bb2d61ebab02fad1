/**
 * Bounded integer kernels: NumPy's Lemire rejection samplers on [0, rng] for 64/32/16/8-bit and
 * bool draws (with its buffering of 32-bit words for the narrow widths), and the masked sampler
 * `random_interval` that shuffles use. Kernels do not validate; Generator does.
 */
import type { BitGenerator } from './bitGenerator.js';

const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Index of the low / high 32-bit word of a 64-bit element in a Uint32Array view. */
export const LO_WORD = LITTLE_ENDIAN ? 0 : 1;
export const HI_WORD = 1 - LO_WORD;

// Result of mul32: the 64-bit product of two uint32 as two uint32 halves.
let mulHi = 0;
let mulLo = 0;

/**
 * Exact 64-bit product of two uint32 values, into `mulHi`/`mulLo`: the low word from Math.imul,
 * the high word from the rounded double product, which is within 2^11 of the exact one.
 */
function mul32(a: number, b: number): void {
  const lo = Math.imul(a, b) >>> 0;
  mulHi = Math.round((a * b - lo) * INV_TWO32);
  mulLo = lo;
}

/**
 * One Lemire draw on [0, rngExcl) from a 32-bit word (NumPy's `buffered_bounded_lemire_uint32`,
 * whose buffer is unused): `threshold` is `2^32 mod rngExcl`.
 */
export function lemire32(bg: BitGenerator, rngExcl: number, threshold: number): number {
  if (rngExcl <= 0x200000) {
    // The product fits in 53 bits: no splitting needed.
    for (;;) {
      const m = bg.next32() * rngExcl;
      const hi = Math.floor(m * INV_TWO32);
      if (m - hi * TWO32 >= threshold) return hi;
    }
  }
  for (;;) {
    mul32(bg.next32(), rngExcl);
    if (mulLo >= threshold) return mulHi;
  }
}

// Result of lemire64: the draw as two uint32 halves.
let resHi = 0;
let resLo = 0;

/**
 * One Lemire draw on [0, rngExcl) from a 64-bit word (NumPy's `bounded_lemire_uint64`), into
 * `resHi`/`resLo`. `rngExcl` and `threshold` (= 2^64 mod rngExcl) come as uint32 halves.
 */
function lemire64(bg: BitGenerator, rh: number, rl: number, th: number, tl: number): void {
  for (;;) {
    bg.step();
    const xh = bg.hi;
    const xl = bg.lo;
    mul32(xl, rl);
    const w0 = mulLo;
    let t1 = mulHi;
    mul32(xl, rh);
    let t2 = mulHi;
    t1 += mulLo;
    mul32(xh, rl);
    t2 += mulHi;
    t1 += mulLo;
    mul32(xh, rh);
    t2 += mulLo;
    let w3 = mulHi;
    const c1 = Math.floor(t1 * INV_TWO32);
    const w1 = t1 - c1 * TWO32;
    t2 += c1;
    const c2 = Math.floor(t2 * INV_TWO32);
    const w2 = t2 - c2 * TWO32;
    w3 += c2;
    // Accept unless the low 64 bits fall below the threshold.
    if (w1 > th || (w1 === th && w0 >= tl)) {
      resHi = w3;
      resLo = w2;
      return;
    }
  }
}

/** Splits a uint64 bigint into uint32 halves. */
function halves(v: bigint): [number, number] {
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

/**
 * Fills `n` 64-bit draws `off + [0, rng]` (mod 2^64) into `out32`, a Uint32Array view of a
 * (Big)Int64 buffer (NumPy's `random_bounded_uint64_fill`, Lemire variant).
 */
export function fillBounded64(bg: BitGenerator, off: bigint, rng: bigint, out32: Uint32Array, n: number): void {
  const [oh, ol] = halves(off);
  const put = (i: number, hi: number, lo: number): void => {
    const l = lo + ol;
    out32[2 * i + LO_WORD] = l;
    out32[2 * i + HI_WORD] = hi + oh + (l >= TWO32 ? 1 : 0);
  };
  if (rng === 0n) {
    for (let i = 0; i < n; i++) put(i, 0, 0);
  } else if (rng <= 0xffffffffn) {
    const r = Number(rng);
    if (r === 0xffffffff) {
      for (let i = 0; i < n; i++) put(i, 0, bg.next32());
    } else {
      const rngExcl = r + 1;
      const thr = TWO32 % rngExcl;
      for (let i = 0; i < n; i++) put(i, 0, lemire32(bg, rngExcl, thr));
    }
  } else if (rng === 0xffffffffffffffffn) {
    for (let i = 0; i < n; i++) {
      bg.step();
      put(i, bg.hi, bg.lo);
    }
  } else {
    const rngExcl = rng + 1n;
    const [rh, rl] = halves(rngExcl);
    const [th, tl] = halves((1n << 64n) % rngExcl);
    for (let i = 0; i < n; i++) {
      lemire64(bg, rh, rl, th, tl);
      put(i, resHi, resLo);
    }
  }
}

/**
 * Fills `n` draws `off + [0, rng]` (mod 2^32) into an Int32Array/Uint32Array (NumPy's
 * `random_bounded_uint32_fill`); typed-array stores do the wrap-around.
 */
export function fillBounded32(
  bg: BitGenerator,
  off: number,
  rng: number,
  out: Int32Array | Uint32Array,
  n: number,
): void {
  if (rng === 0) {
    out.fill(off, 0, n);
  } else if (rng === 0xffffffff) {
    for (let i = 0; i < n; i++) out[i] = off + bg.next32();
  } else {
    const rngExcl = rng + 1;
    const thr = TWO32 % rngExcl;
    for (let i = 0; i < n; i++) out[i] = off + lemire32(bg, rngExcl, thr);
  }
}

/**
 * Fills `n` draws `off + [0, rng]` (mod 2^bits) for 16- or 8-bit dtypes (NumPy's
 * `random_bounded_uint16_fill` / `uint8_fill`): each 32-bit word serves 2 (or 4) narrow draws,
 * low bits first, and the buffer lives for one call only.
 */
export function fillBoundedNarrow(
  bg: BitGenerator,
  bits: 8 | 16,
  off: number,
  rng: number,
  out: Int8Array | Uint8Array | Int16Array | Uint16Array,
  n: number,
): void {
  if (rng === 0) {
    out.fill(off, 0, n);
    return;
  }
  const full = bits === 16 ? 0xffff : 0xff;
  const perWord = bits === 16 ? 1 : 3; // draws left in the buffer after refilling it
  let buf = 0;
  let bcnt = 0;
  const next = (): number => {
    if (bcnt === 0) {
      buf = bg.next32();
      bcnt = perWord;
    } else {
      buf >>>= bits;
      bcnt--;
    }
    return buf & full;
  };
  if (rng === full) {
    for (let i = 0; i < n; i++) out[i] = off + next();
    return;
  }
  const rngExcl = rng + 1;
  const threshold = (full - rng) % rngExcl;
  for (let i = 0; i < n; i++) {
    let m = next() * rngExcl;
    let leftover = m & full;
    if (leftover < rngExcl) {
      while (leftover < threshold) {
        m = next() * rngExcl;
        leftover = m & full;
      }
    }
    out[i] = off + (m >>> bits);
  }
}

/**
 * Fills `n` booleans `off + [0, rng]` with rng 0 or 1 (NumPy's `random_bounded_bool_fill`): one
 * bit per draw from buffered 32-bit words, lowest bit first.
 */
export function fillBoundedBool(bg: BitGenerator, off: number, rng: number, out: Uint8Array, n: number): void {
  if (rng === 0) {
    out.fill(off, 0, n);
    return;
  }
  let buf = 0;
  let bcnt = 0;
  for (let i = 0; i < n; i++) {
    if (bcnt === 0) {
      buf = bg.next32();
      bcnt = 31;
    } else {
      buf >>>= 1;
      bcnt--;
    }
    out[i] = buf & 1;
  }
}

/**
 * One draw on [0, rng] for a non-negative safe integer `rng` (NumPy's `random_bounded_uint64`
 * with offset 0, Lemire variant): used by `choice` without replacement and its index shuffle.
 */
export function boundedUint(bg: BitGenerator, rng: number): number {
  if (rng === 0) return 0;
  if (rng <= 0xffffffff) {
    if (rng === 0xffffffff) return bg.next32();
    const rngExcl = rng + 1;
    return lemire32(bg, rngExcl, TWO32 % rngExcl);
  }
  const ex = BigInt(rng) + 1n;
  const [rh, rl] = halves(ex);
  const [th, tl] = halves((1n << 64n) % ex);
  lemire64(bg, rh, rl, th, tl);
  return resHi * TWO32 + resLo;
}

/** Smallest all-ones mask >= v, for v a uint32. */
function mask32(v: number): number {
  v |= v >>> 1;
  v |= v >>> 2;
  v |= v >>> 4;
  v |= v >>> 8;
  v |= v >>> 16;
  return v >>> 0;
}

/**
 * A draw on [0, max] by masked rejection (NumPy's `random_interval`), for a non-negative safe
 * integer `max`: the sampler behind `shuffle` and `permutation`.
 */
export function randomInterval(bg: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = mask32(max);
    for (;;) {
      const v = (bg.next32() & mask) >>> 0;
      if (v <= max) return v;
    }
  }
  const maskHi = mask32(Math.floor(max / TWO32));
  for (;;) {
    bg.step();
    const v = ((bg.hi & maskHi) >>> 0) * TWO32 + bg.lo;
    if (v <= max) return v;
  }
}
