/** NumPy's SeedSequence: mixes user entropy into a pool and hashes it into seeds for bit generators. */
import { ValueError } from '../errors.js';

/**
 * What a seed may be: a non-negative integer (number or bigint) or a sequence of them.
 *
 * @example
 * ```ts
 * new SeedSequence(2n ** 100n); new SeedSequence([1, 2, 3]);
 * ```
 */
export type SeedInput = number | bigint | readonly (number | bigint)[];

/**
 * Options of {@link SeedSequence}.
 *
 * @example
 * ```ts
 * new SeedSequence(42, { spawnKey: [0] }); // the first child of SeedSequence(42)
 * ```
 */
export interface SeedSequenceOptions {
  /** Path of this sequence in a spawn tree (NumPy's `spawn_key`); default `[]`. */
  spawnKey?: readonly (number | bigint)[];
  /** Number of 32-bit words in the entropy pool (NumPy's `pool_size`); default 4. */
  poolSize?: number;
  /** Children already spawned from this sequence (NumPy's `n_children_spawned`); default 0. */
  nChildrenSpawned?: number;
}

// The hash and mixing constants of NumPy's SeedSequence (after Melissa O'Neill's seed_seq_fe).
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;
const DEFAULT_POOL_SIZE = 4;

/** Splits a non-negative integer into little-endian 32-bit words ([0] for zero). */
function intToWords(v: number | bigint, what: string): number[] {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new ValueError(`SeedSequence: ${what} must be an integer, got ${v}`);
    if (v < 0) throw new ValueError(`SeedSequence: ${what} must be non-negative, got ${v}`);
    if (!Number.isSafeInteger(v)) {
      throw new ValueError(`SeedSequence: ${what} ${v} is not a safe integer; pass a bigint`);
    }
    if (v === 0) return [0];
    const out: number[] = [];
    while (v > 0) {
      out.push(v % 0x100000000);
      v = Math.floor(v / 0x100000000);
    }
    return out;
  }
  if (typeof v !== 'bigint') throw new ValueError(`SeedSequence: ${what} must be an integer, got ${typeof v}`);
  if (v < 0n) throw new ValueError(`SeedSequence: ${what} must be non-negative, got ${v}`);
  if (v === 0n) return [0];
  const out: number[] = [];
  while (v > 0n) {
    out.push(Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return out;
}

/** NumPy's `_coerce_to_uint32_array`: an integer or a sequence of integers, each split into words. */
function toWords(x: SeedInput, what: string): number[] {
  if (typeof x === 'number' || typeof x === 'bigint') return intToWords(x, what);
  if (!Array.isArray(x)) throw new ValueError(`SeedSequence: ${what} must be an integer or an array of integers`);
  const out: number[] = [];
  for (const v of x as readonly (number | bigint)[]) out.push(...intToWords(v, what));
  return out;
}

/** The 128 bits of fresh OS entropy NumPy draws when no seed is given. */
function freshEntropy(): bigint {
  const w = new Uint32Array(4);
  globalThis.crypto.getRandomValues(w);
  let v = 0n;
  for (let i = 3; i >= 0; i--) v = (v << 32n) | BigInt(w[i] as number);
  return v;
}

/**
 * NumPy's `SeedSequence`: turns any amount of user entropy (an integer of any size, or a list of
 * them) into well-mixed 32-bit words, and spawns independent child sequences. The hash is NumPy's
 * exactly, so `generateState` equals `np.random.SeedSequence(entropy).generate_state(n)`.
 *
 * @example
 * ```ts
 * const ss = new SeedSequence(0);
 * ss.generateState(4); // Uint32Array [2968811710, 3677149159, 745650761, 2884920346]
 * ss.spawn(2).map((c) => c.spawnKey); // [[0], [1]]
 * ```
 */
export class SeedSequence {
  /** The user entropy (fresh 128-bit OS entropy when none was given). */
  readonly entropy: SeedInput;
  /** Path of this sequence in the spawn tree. */
  readonly spawnKey: readonly (number | bigint)[];
  /** Size of the entropy pool in 32-bit words. */
  readonly poolSize: number;
  /** How many children `spawn` has handed out so far. */
  nChildrenSpawned: number;
  /** The mixed entropy pool (`poolSize` words). */
  readonly pool: Uint32Array;

  /**
   * @param entropy - seed: non-negative integer (number or bigint) or array of them; `undefined`
   *   draws 128 bits from `crypto.getRandomValues`.
   * @param options - `spawnKey`, `poolSize`, `nChildrenSpawned` as in NumPy.
   * @throws {ValueError} for negative or non-integer entropy, or a pool smaller than 4 words.
   */
  constructor(entropy?: SeedInput, options: SeedSequenceOptions = {}) {
    const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
    if (!Number.isInteger(poolSize) || poolSize < DEFAULT_POOL_SIZE) {
      throw new ValueError(`SeedSequence: poolSize must be an integer >= ${DEFAULT_POOL_SIZE}, got ${poolSize}`);
    }
    this.entropy = entropy === undefined ? freshEntropy() : entropy;
    this.spawnKey = Object.freeze([...(options.spawnKey ?? [])]);
    this.poolSize = poolSize;
    this.nChildrenSpawned = options.nChildrenSpawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  /** Run entropy then spawn key; the run entropy is zero-padded to the pool size when a key follows. */
  private assembledEntropy(): number[] {
    const run = toWords(this.entropy, 'entropy');
    const spawn = toWords(this.spawnKey, 'spawnKey');
    if (spawn.length > 0 && run.length < this.poolSize) {
      while (run.length < this.poolSize) run.push(0);
    }
    return run.concat(spawn);
  }

  private mixEntropy(entropy: readonly number[]): void {
    let hashConst = INIT_A;
    const hashmix = (value: number): number => {
      value = (value ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_A) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      return (value ^ (value >>> XSHIFT)) >>> 0;
    };
    const mix = (x: number, y: number): number => {
      const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
      return (r ^ (r >>> XSHIFT)) >>> 0;
    };
    const pool = this.pool;
    const n = pool.length;
    for (let i = 0; i < n; i++) pool[i] = hashmix(i < entropy.length ? (entropy[i] as number) : 0);
    for (let src = 0; src < n; src++) {
      for (let dst = 0; dst < n; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst] as number, hashmix(pool[src] as number));
      }
    }
    for (let src = n; src < entropy.length; src++) {
      for (let dst = 0; dst < n; dst++) pool[dst] = mix(pool[dst] as number, hashmix(entropy[src] as number));
    }
  }

  /**
   * `nWords` words of seed material hashed from the pool (NumPy's `generate_state`).
   *
   * @param nWords - number of output words.
   * @param dtype - `'uint32'` (default) or `'uint64'` (pairs of words, low word first).
   * @returns a Uint32Array, or a BigUint64Array for `'uint64'`.
   * @throws {ValueError} for a negative or non-integer `nWords` or an unknown dtype.
   * @example
   * ```ts
   * new SeedSequence(0).generateState(2, 'uint64'); // BigUint64Array [15793235383387715774n, 12390638538380655177n]
   * ```
   */
  generateState(nWords: number, dtype?: 'uint32'): Uint32Array;
  generateState(nWords: number, dtype: 'uint64'): BigUint64Array;
  generateState(nWords: number, dtype: 'uint32' | 'uint64' = 'uint32'): Uint32Array | BigUint64Array {
    if (!Number.isInteger(nWords) || nWords < 0) {
      throw new ValueError(`generateState: nWords must be a non-negative integer, got ${nWords}`);
    }
    if (dtype !== 'uint32' && dtype !== 'uint64') {
      throw new ValueError(`generateState: dtype must be 'uint32' or 'uint64', got ${String(dtype)}`);
    }
    const n = dtype === 'uint64' ? 2 * nWords : nWords;
    const out = new Uint32Array(n);
    const pool = this.pool;
    let hashConst = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = ((pool[i % pool.length] as number) ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      out[i] = v ^ (v >>> XSHIFT);
    }
    if (dtype === 'uint32') return out;
    const res = new BigUint64Array(nWords);
    for (let i = 0; i < nWords; i++) {
      res[i] = (BigInt(out[2 * i + 1] as number) << 32n) | BigInt(out[2 * i] as number);
    }
    return res;
  }

  /**
   * `n` independent child sequences (NumPy's `spawn`): same entropy, spawn key extended by the
   * child's number.
   *
   * @throws {ValueError} for a negative or non-integer `n`.
   * @example
   * ```ts
   * const [a, b] = new SeedSequence(42).spawn(2);
   * a.spawnKey; // [0]
   * ```
   */
  spawn(n: number): SeedSequence[] {
    if (!Number.isInteger(n) || n < 0) throw new ValueError(`spawn: n must be a non-negative integer, got ${n}`);
    const out: SeedSequence[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        new SeedSequence(this.entropy, {
          spawnKey: [...this.spawnKey, this.nChildrenSpawned + i],
          poolSize: this.poolSize,
        }),
      );
    }
    this.nChildrenSpawned += n;
    return out;
  }
}
