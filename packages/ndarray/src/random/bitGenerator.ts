/** The contract between a Generator and the bit generator that feeds it raw random bits. */

/**
 * A source of uniformly random 64-bit words, with NumPy's derived draws. Samplers call `step()`
 * and read the word's halves from `hi`/`lo`, which keeps the hot loops free of BigInt.
 *
 * @example
 * ```ts
 * const bg: BitGenerator = new PCG64(0);
 * bg.step();
 * const word = (BigInt(bg.hi) << 32n) | BigInt(bg.lo); // the next 64-bit output
 * ```
 */
export interface BitGenerator {
  /** High 32 bits (unsigned) of the word produced by the last `step()`. */
  readonly hi: number;
  /** Low 32 bits (unsigned) of the word produced by the last `step()`. */
  readonly lo: number;
  /** Draws the next 64-bit word into `hi`/`lo` (NumPy's `next_uint64`). */
  step(): void;
  /** The next 64-bit word as a bigint. */
  next64(): bigint;
  /** The next 32-bit word: each 64-bit word serves two 32-bit draws, low half first (NumPy's `next_uint32`). */
  next32(): number;
  /** A double in [0, 1) from the top 53 bits of a 64-bit word (NumPy's `next_double`). */
  nextDouble(): number;
  /** A float32 value in [0, 1) from the top 24 bits of a 32-bit draw (NumPy's `next_float`). */
  nextFloat(): number;
  /** Fills `out[start..end)` with `nextDouble()` draws (a fast path for bulk uniforms). */
  fillDouble(out: Float64Array, start: number, end: number): void;
  /** `n` independent bit generators of the same kind (from the seed sequence's children). */
  spawn(n: number): BitGenerator[];
}
