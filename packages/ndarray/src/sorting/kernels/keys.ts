/**
 * Order-preserving unsigned keys for NumPy's sort order, so radix sorts can order floats and
 * signed integers as plain unsigned words: NaN after +Inf, and -0 either just before +0 (value
 * sorts, which restore the sign afterwards) or equal to it (index sorts, which must stay stable).
 */

const probe = new Uint8Array(new Uint32Array([1]).buffer);
/** Position of the low 32-bit word of a 64-bit element in a Uint32Array view (platform byte order). */
export const LO: 0 | 1 = probe[0] === 1 ? 0 : 1;
/** Position of the high 32-bit word of a 64-bit element in a Uint32Array view. */
export const HI: 0 | 1 = LO === 0 ? 1 : 0;

/** A Uint32Array over the same bytes as a 32- or 64-bit TypedArray. */
export function wordsOf(
  a: Float64Array | Float32Array | BigInt64Array | BigUint64Array | Int32Array | Uint32Array,
): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, (a.byteLength / 4) | 0);
}

/** The 32-bit key families: how a word maps to an order-preserving unsigned key. */
export type Key32Kind = 'uint' | 'int' | 'float';
/** The 64-bit key families. */
export type Key64Kind = 'uint' | 'int' | 'float';

/**
 * Turns `n` strided 32-bit words into keys in `out` (`x` is a Uint32Array view of the data).
 * `zeroEqual` gives -0 the key of +0.
 */
export function keys32(
  kind: Key32Kind,
  zeroEqual: boolean,
  n: number,
  x: Uint32Array,
  strideX: number,
  offsetX: number,
  out: Uint32Array,
): void {
  let ix = offsetX;
  if (kind === 'uint') {
    for (let i = 0; i < n; i++, ix += strideX) out[i] = x[ix] as number;
  } else if (kind === 'int') {
    for (let i = 0; i < n; i++, ix += strideX) out[i] = ((x[ix] as number) ^ 0x80000000) >>> 0;
  } else {
    for (let i = 0; i < n; i++, ix += strideX) out[i] = floatKey32(x[ix] as number, zeroEqual);
  }
}

/** The key of one float32 bit pattern. */
export function floatKey32(b: number, zeroEqual: boolean): number {
  if ((b & 0x7fffffff) > 0x7f800000) return 0xffffffff;
  if (b & 0x80000000) return zeroEqual && b === 0x80000000 ? 0x80000000 : ~b >>> 0;
  return (b | 0x80000000) >>> 0;
}

/** In-place key transform of `n` contiguous 32-bit words (value sorts: -0 stays before +0). */
export function toKeys32(kind: Key32Kind, n: number, x: Uint32Array): void {
  if (kind === 'int') for (let i = 0; i < n; i++) x[i] = ((x[i] as number) ^ 0x80000000) >>> 0;
  else if (kind === 'float') for (let i = 0; i < n; i++) x[i] = floatKey32(x[i] as number, false);
}

/** Inverse of {@link toKeys32} (NaN comes back as one canonical NaN). */
export function fromKeys32(kind: Key32Kind, n: number, x: Uint32Array): void {
  if (kind === 'int') for (let i = 0; i < n; i++) x[i] = ((x[i] as number) ^ 0x80000000) >>> 0;
  else if (kind === 'float') {
    for (let i = 0; i < n; i++) {
      const k = x[i] as number;
      x[i] = k & 0x80000000 ? (k ^ 0x80000000) >>> 0 : ~k >>> 0;
    }
  }
}

/**
 * Turns `n` strided 64-bit elements (`x` a Uint32Array view, element k at words 2k, 2k+1) into
 * key halves `lo`, `hi`.
 */
export function keys64(
  kind: Key64Kind,
  zeroEqual: boolean,
  n: number,
  x: Uint32Array,
  strideX: number,
  offsetX: number,
  lo: Uint32Array,
  hi: Uint32Array,
): void {
  let ix = 2 * offsetX;
  const s = 2 * strideX;
  if (kind === 'uint') {
    for (let i = 0; i < n; i++, ix += s) {
      lo[i] = x[ix + LO] as number;
      hi[i] = x[ix + HI] as number;
    }
  } else if (kind === 'int') {
    for (let i = 0; i < n; i++, ix += s) {
      lo[i] = x[ix + LO] as number;
      hi[i] = ((x[ix + HI] as number) ^ 0x80000000) >>> 0;
    }
  } else {
    for (let i = 0; i < n; i++, ix += s) {
      const l = x[ix + LO] as number;
      const h = x[ix + HI] as number;
      const ah = h & 0x7fffffff;
      if (ah > 0x7ff00000 || (ah === 0x7ff00000 && l !== 0)) {
        lo[i] = 0xffffffff;
        hi[i] = 0xffffffff;
      } else if (h & 0x80000000) {
        if (zeroEqual && ah === 0 && l === 0) {
          lo[i] = 0;
          hi[i] = 0x80000000;
        } else {
          lo[i] = ~l >>> 0;
          hi[i] = ~h >>> 0;
        }
      } else {
        lo[i] = l;
        hi[i] = (h | 0x80000000) >>> 0;
      }
    }
  }
}

/** In-place key transform of `n` contiguous 64-bit elements held as word pairs (value sorts). */
export function toKeys64(kind: Key64Kind, n: number, x: Uint32Array): void {
  if (kind === 'int') {
    for (let i = 0, j = HI; i < n; i++, j += 2) x[j] = ((x[j] as number) ^ 0x80000000) >>> 0;
  } else if (kind === 'float') {
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const l = x[j + LO] as number;
      const h = x[j + HI] as number;
      const ah = h & 0x7fffffff;
      if (ah > 0x7ff00000 || (ah === 0x7ff00000 && l !== 0)) {
        x[j + LO] = 0xffffffff;
        x[j + HI] = 0xffffffff;
      } else if (h & 0x80000000) {
        x[j + LO] = ~l >>> 0;
        x[j + HI] = ~h >>> 0;
      } else x[j + HI] = (h | 0x80000000) >>> 0;
    }
  }
}

/** Inverse of {@link toKeys64}. */
export function fromKeys64(kind: Key64Kind, n: number, x: Uint32Array): void {
  if (kind === 'int') {
    for (let i = 0, j = HI; i < n; i++, j += 2) x[j] = ((x[j] as number) ^ 0x80000000) >>> 0;
  } else if (kind === 'float') {
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const h = x[j + HI] as number;
      if (h & 0x80000000) x[j + HI] = (h ^ 0x80000000) >>> 0;
      else {
        x[j + HI] = ~h >>> 0;
        x[j + LO] = ~(x[j + LO] as number) >>> 0;
      }
    }
  }
}
