/**
 * Gather/scatter kernels behind fancy indexing, take and put: storage offsets of index tuples,
 * and tight loops that copy strided runs between storage and a flat list of offsets. Offsets and
 * strides here are in storage slots (a complex element is two slots).
 */
import { DTYPES, type DType, type TypedArray, cStrides, shapeSize } from '@stride/protocol';
import { broadcastStrides, forEach1, forEach2 } from '../core/iter.js';
import { IndexError } from '../errors.js';
import type { NDArray } from '../ndarray.js';

/** How out-of-range indices are treated: NumPy's `mode` of take/put/choose. */
export type IndexMode = 'raise' | 'wrap' | 'clip';

/**
 * Storage slots per element (2 for complex).
 *
 * @example
 * ```ts
 * lanesOf('complex128'); // 2
 * ```
 */
export function lanesOf(dtype: DType): number {
  return DTYPES[dtype].lanes;
}

/** Offsets of the index tuples of one advanced index, laid out C-contiguous over `shape`. */
export interface OffsetPart {
  readonly shape: readonly number[];
  readonly offs: Float64Array;
}

/**
 * `norm(idx) * stride` for every element of an integer index array, in C order. `raise` wraps
 * negative indices once and throws an IndexError naming `axis` for the rest; `wrap` takes the
 * index modulo `n`; `clip` clamps to `[0, n - 1]` (negative indices become 0, as in NumPy).
 *
 * @example
 * ```ts
 * indexOffsets(array([0, -1]), 3, 4, 'raise', 0).offs; // Float64Array [0, 8]
 * ```
 */
export function indexOffsets(idx: NDArray, n: number, stride: number, mode: IndexMode, axis: number): OffsetPart {
  const out = new Float64Array(idx.size);
  const big = idx.data instanceof BigInt64Array || idx.data instanceof BigUint64Array;
  // BigInt indices are read once as numbers so the loops below stay monomorphic.
  const src = big ? Float64Array.from(idx.data as BigInt64Array, Number) : (idx.data as Float64Array);
  const fail = (k: number): never => {
    const raw = big ? (idx.data as BigInt64Array)[k] : src[k];
    throw new IndexError(`index ${raw} is out of bounds for axis ${axis} with size ${n}`);
  };
  let inner: (len: number, i: number, si: number, j: number, sj: number) => void;
  if (mode === 'raise') {
    inner = (len, i, si, j, sj) => {
      for (let k = 0; k < len; k++, i += si, j += sj) {
        let v = src[i] as number;
        if (v < 0) v += n;
        if (v < 0 || v >= n) fail(i);
        out[j] = v * stride;
      }
    };
  } else if (mode === 'wrap') {
    inner = (len, i, si, j, sj) => {
      for (let k = 0; k < len; k++, i += si, j += sj) {
        let v = (src[i] as number) % n;
        if (v < 0) v += n;
        out[j] = v * stride;
      }
    };
  } else {
    inner = (len, i, si, j, sj) => {
      for (let k = 0; k < len; k++, i += si, j += sj) {
        const v = src[i] as number;
        out[j] = (v < 0 ? 0 : v >= n ? n - 1 : v) * stride;
      }
    };
  }
  forEach2(idx.shape, idx.strides, idx.offset, cStrides(idx.shape), 0, inner);
  return { shape: idx.shape, offs: out };
}

/**
 * Offsets of the true elements of a boolean mask (C order), where mask axis `d` steps `strides[d]`
 * through the indexed array: what `nonzero` would give, already folded into offsets.
 *
 * @example
 * ```ts
 * maskOffsets(array([true, false, true]), [2]).offs; // Float64Array [0, 4]
 * ```
 */
export function maskOffsets(mask: NDArray, strides: readonly number[]): OffsetPart {
  const m = mask.data;
  let count = 0;
  forEach1(mask.shape, mask.strides, mask.offset, (len, i, si) => {
    for (let k = 0; k < len; k++, i += si) if (m[i] !== 0) count++;
  });
  const out = new Float64Array(count);
  let c = 0;
  forEach2(mask.shape, mask.strides, mask.offset, strides, 0, (len, i, si, o, so) => {
    for (let k = 0; k < len; k++, i += si, o += so) if (m[i] !== 0) out[c++] = o;
  });
  return { shape: [count], offs: out };
}

/**
 * Sums broadcast offset parts into one C-contiguous offset array over `bshape`.
 *
 * @example
 * ```ts
 * sumOffsets([2, 2], [
 *   { shape: [2, 1], offs: Float64Array.of(0, 10) },
 *   { shape: [2], offs: Float64Array.of(0, 1) },
 * ]); // Float64Array [0, 1, 10, 11]
 * ```
 */
export function sumOffsets(bshape: readonly number[], parts: readonly OffsetPart[]): Float64Array {
  const count = shapeSize(bshape);
  const first = parts[0];
  if (parts.length === 1 && first !== undefined && sameShape(first.shape, bshape)) return first.offs;
  const total = new Float64Array(count);
  const cs = cStrides(bshape);
  for (const p of parts) {
    const src = p.offs;
    const ps = broadcastStrides(p.shape, cStrides(p.shape), bshape);
    forEach2(bshape, ps, 0, cs, 0, (len, i, si, j, sj) => {
      for (let k = 0; k < len; k++, i += si, j += sj) total[j] = (total[j] as number) + (src[i] as number);
    });
  }
  return total;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The strided runs of a two-operand walk: every run has length `n` and steps `sa`/`sb`; only the
 * start slots differ. Lets a gather loop over index tuples reuse one walk of the sub-space.
 */
export interface Runs {
  n: number;
  sa: number;
  sb: number;
  startsA: number[];
  startsB: number[];
}

/**
 * Collects the runs of walking `shape` with two strided operands (one walk, no per-element work).
 *
 * @example
 * ```ts
 * collectRuns([2, 3], [3, 1], 0, [1, 2], 0); // { n: 3, sa: 1, sb: 2, startsA: [0, 3], startsB: [0, 1] }
 * ```
 */
export function collectRuns(
  shape: readonly number[],
  stridesA: readonly number[],
  offsetA: number,
  stridesB: readonly number[],
  offsetB: number,
): Runs {
  const r: Runs = { n: 0, sa: 0, sb: 0, startsA: [], startsB: [] };
  forEach2(shape, stridesA, offsetA, stridesB, offsetB, (n, a, sa, b, sb) => {
    r.n = n;
    r.sa = sa;
    r.sb = sb;
    r.startsA.push(a);
    r.startsB.push(b);
  });
  return r;
}

/**
 * `dst[startB + j * jStride + k * sb] = src[startA + offs[j] + k * sa]` for every run, index
 * tuple `j` and run position `k`: the gather of fancy indexing and take.
 *
 * @example
 * ```ts
 * const dst = new Float64Array(2);
 * gatherRuns(Float64Array.of(5, 6, 7), dst, collectRuns([], [], 0, [], 0), Float64Array.of(2, 0), 1);
 * dst; // Float64Array [7, 5]
 * ```
 */
export function gatherRuns(src: TypedArray, dst: TypedArray, runs: Runs, offs: Float64Array, jStride: number): void {
  const { n, sa, sb, startsA, startsB } = runs;
  const count = offs.length;
  const s = src as Float64Array;
  const d = dst as Float64Array;
  for (let r = 0; r < startsA.length; r++) {
    const a0 = startsA[r] as number;
    const b0 = startsB[r] as number;
    if (n === 1) {
      for (let j = 0, b = b0; j < count; j++, b += jStride) d[b] = s[a0 + (offs[j] as number)] as number;
    } else if (sa === 1 && sb === 1 && n >= 32) {
      // Contiguous runs on both sides: block copies.
      for (let j = 0; j < count; j++) {
        const a = a0 + (offs[j] as number);
        d.set(s.subarray(a, a + n), b0 + j * jStride);
      }
    } else if (jStride === 1) {
      for (let k = 0; k < n; k++) {
        const ak = a0 + k * sa;
        const bk = b0 + k * sb;
        for (let j = 0; j < count; j++) d[bk + j] = s[ak + (offs[j] as number)] as number;
      }
    } else {
      for (let j = 0; j < count; j++) {
        let a = a0 + (offs[j] as number);
        let b = b0 + j * jStride;
        for (let k = 0; k < n; k++, a += sa, b += sb) d[b] = s[a] as number;
      }
    }
  }
}

/**
 * `dst[startA + offs[j] + k * sa] = src[startB + j * jStride + k * sb]`: the scatter of fancy
 * assignment and put. For each destination position the index tuples are visited in increasing
 * order, so with repeated indices the last one wins, like NumPy.
 *
 * @example
 * ```ts
 * const dst = new Float64Array(3);
 * scatterRuns(dst, Float64Array.of(1, 2, 3), collectRuns([], [], 0, [], 0), Float64Array.of(2, 2, 0), 1);
 * dst; // Float64Array [3, 0, 2] (index 2 written twice: the last value wins)
 * ```
 */
export function scatterRuns(dst: TypedArray, src: TypedArray, runs: Runs, offs: Float64Array, jStride: number): void {
  const { n, sa, sb, startsA, startsB } = runs;
  const count = offs.length;
  const s = src as Float64Array;
  const d = dst as Float64Array;
  for (let r = 0; r < startsA.length; r++) {
    const a0 = startsA[r] as number;
    const b0 = startsB[r] as number;
    if (n === 1) {
      for (let j = 0, b = b0; j < count; j++, b += jStride) d[a0 + (offs[j] as number)] = s[b] as number;
    } else {
      for (let j = 0; j < count; j++) {
        let a = a0 + (offs[j] as number);
        let b = b0 + j * jStride;
        for (let k = 0; k < n; k++, a += sa, b += sb) d[a] = s[b] as number;
      }
    }
  }
}

/** A strided layout in storage slots: complex arrays gain a trailing axis of length 2 (re, im). */
export interface SlotLayout {
  shape: number[];
  strides: number[];
  offset: number;
}

/**
 * Converts an element layout to slots for a dtype with `lanes` slots per element.
 *
 * @example
 * ```ts
 * toSlots([3], [1], 2, 2); // { shape: [3, 2], strides: [2, 1], offset: 4 }
 * ```
 */
export function toSlots(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
  lanes: number,
): SlotLayout {
  if (lanes === 1) return { shape: [...shape], strides: [...strides], offset };
  return { shape: [...shape, lanes], strides: [...strides.map((s) => s * lanes), 1], offset: offset * lanes };
}
