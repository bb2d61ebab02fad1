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

/** Storage slots per element (2 for complex). */
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
 */
export function indexOffsets(idx: NDArray, n: number, stride: number, mode: IndexMode, axis: number): OffsetPart {
  const out = new Float64Array(idx.size);
  const data = idx.data;
  const big = data instanceof BigInt64Array || data instanceof BigUint64Array;
  const fail = (v: number | bigint): never => {
    throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${n}`);
  };
  const inner = (len: number, i: number, si: number, j: number, sj: number): void => {
    for (let k = 0; k < len; k++, i += si, j += sj) {
      const raw = data[i] as number | bigint;
      let v = big ? Number(raw) : (raw as number);
      if (mode === 'raise') {
        if (v < 0) v += n;
        if (v < 0 || v >= n) fail(raw);
      } else if (mode === 'wrap') {
        v %= n;
        if (v < 0) v += n;
      } else if (v < 0) v = 0;
      else if (v >= n) v = n - 1;
      out[j] = v * stride;
    }
  };
  forEach2(idx.shape, idx.strides, idx.offset, cStrides(idx.shape), 0, inner);
  return { shape: idx.shape, offs: out };
}

/**
 * Offsets of the true elements of a boolean mask (C order), where mask axis `d` steps `strides[d]`
 * through the indexed array: what `nonzero` would give, already folded into offsets.
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

/** Sums broadcast offset parts into one C-contiguous offset array over `bshape`. */
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

/** Collects the runs of walking `shape` with two strided operands (one walk, no per-element work). */
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

/** Converts an element layout to slots for a dtype with `lanes` slots per element. */
export function toSlots(shape: readonly number[], strides: readonly number[], offset: number, lanes: number): SlotLayout {
  if (lanes === 1) return { shape: [...shape], strides: [...strides], offset };
  return { shape: [...shape, lanes], strides: [...strides.map((s) => s * lanes), 1], offset: offset * lanes };
}
