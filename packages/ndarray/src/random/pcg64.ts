/** PCG64 (O'Neill's PCG XSL-RR 128/64), NumPy's default bit generator, in exact 128-bit arithmetic. */
import { NDArray } from '../ndarray.js';
import { ValueError } from '../errors.js';
import type { BitGenerator } from './bitGenerator.js';
import { type SeedInput, SeedSequence } from './seedSequence.js';

const MASK128 = (1n << 128n) - 1n;
/** The 128-bit LCG multiplier (PCG's default for 128-bit state). */
const MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;
/** The step NumPy's `jumped` advances by per jump (2^128 divided by the golden ratio, made odd). */
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

// The 128-bit state lives in four uint32 words held in doubles. With s = sH*2^64 + sL and the
// multiplier M = MH*2^64 + ML, s*M mod 2^128 needs the full 128-bit sL*ML and only the low 64
// bits of sH*ML and sL*MH: six exact 32x32->64 products and four Math.imul. An exact product is
// lo = imul(a, b) >>> 0 and hi = round((a*b - lo) / 2^32): the double a*b is off by at most
// 2^11, far less than half of 2^32. Carries between words stay exact (all sums < 2^53).
const M0 = 0x9fccf645;
const M1 = 0x4385df64;
const M2 = 0x1fc65da4;
const M3 = 0x2360ed05;
const INV32 = 1 / 4294967296;
const TWO53_INV = 1 / 9007199254740992;
const TWO24_INV = 1 / 16777216;

function toWords(v: bigint, out: Float64Array, at: number): void {
  for (let i = 0; i < 4; i++) out[at + i] = Number((v >> BigInt(32 * i)) & 0xffffffffn);
}

function fromWords(src: Float64Array, at: number): bigint {
  let v = 0n;
  for (let i = 3; i >= 0; i--) v = (v << 32n) | BigInt(src[at + i] as number);
  return v;
}

/**
 * The state of a {@link PCG64}, as NumPy's `bit_generator.state` dict.
 *
 * @example
 * ```ts
 * const bg = new PCG64(0);
 * const saved: PCG64State = bg.state;
 * const x = bg.next64();
 * bg.state = saved; // bg.next64() === x again
 * ```
 */
export interface PCG64State {
  bitGenerator: 'PCG64';
  state: { state: bigint; inc: bigint };
  /** 1 when the high half of the last 64-bit word is waiting to serve the next 32-bit draw. */
  hasUint32: number;
  /** That waiting high half. */
  uinteger: number;
}

/**
 * NumPy's `PCG64` bit generator: a 128-bit LCG with the XSL-RR output function, seeded through a
 * {@link SeedSequence}. Streams are bit-identical to `np.random.PCG64(seed)`.
 *
 * @example
 * ```ts
 * const bg = new PCG64(0);
 * bg.next64(); // 11749869230777074271n (np.random.PCG64(0).random_raw())
 * bg.nextDouble(); // 0.2697867137638703
 * ```
 */
export class PCG64 implements BitGenerator {
  /** The seed sequence this generator was seeded from. */
  readonly seedSeq: SeedSequence;
  /** High 32 bits of the word produced by the last `step()`. */
  hi = 0;
  /** Low 32 bits of the word produced by the last `step()`. */
  lo = 0;
  // [state words 0..3, increment words 0..3], least significant first.
  private readonly s = new Float64Array(8);
  private hasUint32 = false;
  private uinteger = 0;

  /**
   * @param seed - anything {@link SeedSequence} accepts, or a SeedSequence; `undefined` seeds from
   *   OS entropy.
   * @throws {ValueError} for a negative or non-integer seed.
   */
  constructor(seed?: SeedInput | SeedSequence) {
    this.seedSeq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    const v = this.seedSeq.generateState(4, 'uint64');
    const initState = ((v[0] as bigint) << 64n) | (v[1] as bigint);
    const initSeq = ((v[2] as bigint) << 64n) | (v[3] as bigint);
    // PCG's srandom: state = 0, inc = 2*seq + 1; step; state += initstate; step.
    const inc = ((initSeq << 1n) | 1n) & MASK128;
    let state = inc; // one step from state 0
    state = (state + initState) & MASK128;
    state = (state * MULTIPLIER + inc) & MASK128;
    toWords(state, this.s, 0);
    toWords(inc, this.s, 4);
  }

  /**
   * Advances the LCG one step and leaves the 64-bit output's halves in `hi` and `lo`
   * (NumPy's `next_uint64`, without building a bigint).
   *
   * @example
   * ```ts
   * const bg = new PCG64(0);
   * bg.step();
   * [bg.hi, bg.lo]; // [2735729615, 3653403231]  (11749869230777074271 = hi * 2^32 + lo)
   * ```
   */
  step(): void {
    const s = this.s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const s2 = s[2] as number;
    const s3 = s[3] as number;
    const l00 = Math.imul(s0, M0) >>> 0;
    const h00 = Math.round((s0 * M0 - l00) * INV32);
    const l01 = Math.imul(s0, M1) >>> 0;
    const h01 = Math.round((s0 * M1 - l01) * INV32);
    const l10 = Math.imul(s1, M0) >>> 0;
    const h10 = Math.round((s1 * M0 - l10) * INV32);
    const l11 = Math.imul(s1, M1) >>> 0;
    const h11 = Math.round((s1 * M1 - l11) * INV32);
    const l20 = Math.imul(s2, M0) >>> 0;
    const h20 = Math.round((s2 * M0 - l20) * INV32);
    const l02 = Math.imul(s0, M2) >>> 0;
    const h02 = Math.round((s0 * M2 - l02) * INV32);
    let t = l00 + (s[4] as number);
    const w0 = t >>> 0;
    t = Math.floor(t * INV32) + (h00 + l01 + l10 + (s[5] as number));
    const w1 = t >>> 0;
    t = Math.floor(t * INV32) + (h01 + h10 + l11 + l20 + l02 + (s[6] as number));
    const w2 = t >>> 0;
    t =
      Math.floor(t * INV32) +
      (h11 +
        h20 +
        h02 +
        Math.imul(s3, M0) +
        Math.imul(s2, M1) +
        Math.imul(s1, M2) +
        Math.imul(s0, M3) +
        (s[7] as number));
    const w3 = t >>> 0;
    s[0] = w0;
    s[1] = w1;
    s[2] = w2;
    s[3] = w3;
    // XSL-RR: xor the 64-bit halves, rotate right by the state's top 6 bits. Branch-free: the
    // rotation is random, so branches on it would mispredict half the time.
    let a = w3 ^ w1;
    let b = w2 ^ w0;
    const rot = w3 >>> 26;
    const swap = (a ^ b) & -(rot >>> 5);
    a ^= swap;
    b ^= swap;
    const r = rot & 31;
    const q = 31 - r;
    this.hi = ((a >>> r) | ((b << 1) << q)) >>> 0;
    this.lo = ((b >>> r) | ((a << 1) << q)) >>> 0;
  }

  /**
   * The next 64-bit output as a bigint (NumPy's `random_raw()`).
   *
   * @example
   * ```ts
   * new PCG64(0).next64(); // 11749869230777074271n
   * ```
   */
  next64(): bigint {
    this.step();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /**
   * The next 32-bit output: the low half of a fresh 64-bit word, then its high half on the
   * following call (NumPy's buffered `next_uint32`).
   *
   * @example
   * ```ts
   * const bg = new PCG64(0);
   * [bg.next32(), bg.next32()]; // [3653403231, 2735729615]
   * ```
   */
  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.step();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /**
   * A double in [0, 1): `(next64 >> 11) * 2^-53`.
   *
   * @example
   * ```ts
   * new PCG64(0).nextDouble(); // 0.6369616873214543
   * ```
   */
  nextDouble(): number {
    this.step();
    return (this.hi * 2097152 + (this.lo >>> 11)) * TWO53_INV;
  }

  /**
   * A float32 value in [0, 1): `(next32 >> 8) * 2^-24`.
   *
   * @example
   * ```ts
   * new PCG64(0).nextFloat(); // 0.8506242036819458 = (3653403231 >> 8) / 2^24
   * ```
   */
  nextFloat(): number {
    return (this.next32() >>> 8) * TWO24_INV;
  }

  /**
   * Fills `out[start..end)` with doubles in [0, 1), exactly as `end - start` calls of `nextDouble`
   * but with the state kept in locals.
   *
   * @example
   * ```ts
   * const out = new Float64Array(3);
   * new PCG64(0).fillDouble(out, 0, 3); // out = [0.6369616873214543, 0.2697867137638703, 0.04097352393619469]
   * ```
   */
  fillDouble(out: Float64Array, start: number, end: number): void {
    // The body of step() with the state in locals: 20-25% faster than calling step() per element
    // (V8 keeps the words in registers instead of storing them back each time). Must stay in
    // lockstep with step(); the tests compare the two.
    const s = this.s;
    let s0 = s[0] as number;
    let s1 = s[1] as number;
    let s2 = s[2] as number;
    let s3 = s[3] as number;
    const i0 = s[4] as number;
    const i1 = s[5] as number;
    const i2 = s[6] as number;
    const i3 = s[7] as number;
    let hi = this.hi;
    let lo = this.lo;
    for (let i = start; i < end; i++) {
      const l00 = Math.imul(s0, M0) >>> 0;
      const h00 = Math.round((s0 * M0 - l00) * INV32);
      const l01 = Math.imul(s0, M1) >>> 0;
      const h01 = Math.round((s0 * M1 - l01) * INV32);
      const l10 = Math.imul(s1, M0) >>> 0;
      const h10 = Math.round((s1 * M0 - l10) * INV32);
      const l11 = Math.imul(s1, M1) >>> 0;
      const h11 = Math.round((s1 * M1 - l11) * INV32);
      const l20 = Math.imul(s2, M0) >>> 0;
      const h20 = Math.round((s2 * M0 - l20) * INV32);
      const l02 = Math.imul(s0, M2) >>> 0;
      const h02 = Math.round((s0 * M2 - l02) * INV32);
      let t = l00 + i0;
      const w0 = t >>> 0;
      t = Math.floor(t * INV32) + (h00 + l01 + l10 + i1);
      const w1 = t >>> 0;
      t = Math.floor(t * INV32) + (h01 + h10 + l11 + l20 + l02 + i2);
      const w2 = t >>> 0;
      t =
        Math.floor(t * INV32) +
        (h11 + h20 + h02 + Math.imul(s3, M0) + Math.imul(s2, M1) + Math.imul(s1, M2) + Math.imul(s0, M3) + i3);
      const w3 = t >>> 0;
      s0 = w0;
      s1 = w1;
      s2 = w2;
      s3 = w3;
      let a = w3 ^ w1;
      let b = w2 ^ w0;
      const rot = w3 >>> 26;
      const swap = (a ^ b) & -(rot >>> 5);
      a ^= swap;
      b ^= swap;
      const r = rot & 31;
      const q = 31 - r;
      hi = ((a >>> r) | ((b << 1) << q)) >>> 0;
      lo = ((b >>> r) | ((a << 1) << q)) >>> 0;
      out[i] = (hi * 2097152 + (lo >>> 11)) * TWO53_INV;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    this.hi = hi;
    this.lo = lo;
  }

  /**
   * Raw 64-bit outputs (NumPy's `random_raw`): a bigint, or a uint64 array of `size` words.
   * Does not touch the buffered 32-bit half.
   *
   * @example
   * ```ts
   * new PCG64(0).randomRaw(2).toArray(); // [11749869230777074271n, 4976686463289251617n]
   * ```
   */
  randomRaw(): bigint;
  randomRaw(size: number): NDArray;
  randomRaw(size?: number): bigint | NDArray {
    if (size === undefined) return this.next64();
    if (!Number.isInteger(size) || size < 0)
      throw new ValueError(`randomRaw: size must be a non-negative integer, got ${size}`);
    const out = new BigUint64Array(size);
    for (let i = 0; i < size; i++) out[i] = this.next64();
    return new NDArray('uint64', out, [size]);
  }

  /**
   * The full state, as NumPy's `bit_generator.state`.
   *
   * @example
   * ```ts
   * new PCG64(0).state.state.inc; // 87136372517582989555478159403783844777n
   * ```
   */
  get state(): PCG64State {
    return {
      bitGenerator: 'PCG64',
      state: { state: fromWords(this.s, 0), inc: fromWords(this.s, 4) },
      hasUint32: this.hasUint32 ? 1 : 0,
      uinteger: this.uinteger,
    };
  }

  /** Restores a state taken from `state` (or from NumPy's `state` dict, keys camelCased). */
  set state(v: PCG64State) {
    if (v === null || typeof v !== 'object' || v.bitGenerator !== 'PCG64') {
      throw new ValueError('PCG64.state: expected a PCG64 state object');
    }
    const st = BigInt(v.state.state);
    const inc = BigInt(v.state.inc);
    if (st < 0n || st > MASK128 || inc < 0n || inc > MASK128) {
      throw new ValueError('PCG64.state: state and inc must be 128-bit unsigned integers');
    }
    toWords(st, this.s, 0);
    toWords(inc, this.s, 4);
    this.hasUint32 = Boolean(v.hasUint32);
    this.uinteger = v.uinteger >>> 0;
  }

  /**
   * Jumps the LCG `delta` steps ahead (mod 2^128; negative goes back) in O(log delta), and drops
   * the buffered 32-bit half, as NumPy's `advance`.
   *
   * @example
   * ```ts
   * const a = new PCG64(1), b = new PCG64(1);
   * a.advance(3); b.next64(); b.next64(); b.next64();
   * a.next64() === b.next64(); // true
   * ```
   */
  advance(delta: number | bigint): this {
    if (typeof delta === 'number' && !Number.isSafeInteger(delta)) {
      throw new ValueError(`advance: delta must be an integer, got ${delta}`);
    }
    let d = ((BigInt(delta) % (MASK128 + 1n)) + MASK128 + 1n) & MASK128;
    let curMult = MULTIPLIER;
    let curPlus = fromWords(this.s, 4);
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    toWords((accMult * fromWords(this.s, 0) + accPlus) & MASK128, this.s, 0);
    this.hasUint32 = false;
    this.uinteger = 0;
    return this;
  }

  /**
   * A new generator whose state is this one's advanced by `jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`
   * steps (NumPy's `jumped`); this generator is unchanged.
   *
   * @example
   * ```ts
   * const bg = new PCG64(5);
   * const far = bg.jumped(); // an independent stream
   * ```
   */
  jumped(jumps: number | bigint = 1): PCG64 {
    const out = new PCG64(this.seedSeq);
    out.state = this.state;
    out.advance(JUMP_STEP * BigInt(jumps));
    return out;
  }

  /**
   * `n` independent PCG64 generators seeded from the children of this one's seed sequence.
   *
   * @example
   * ```ts
   * const [a, b] = new PCG64(0).spawn(2);
   * ```
   */
  spawn(n: number): PCG64[] {
    return this.seedSeq.spawn(n).map((ss) => new PCG64(ss));
  }
}
