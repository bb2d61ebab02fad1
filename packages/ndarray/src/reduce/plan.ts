/**
 * How a reduction walks its input: axes ordered by memory stride, neighbours coalesced, and the
 * innermost run handed to a kernel either as a lane (reduced into one output slot) or as an
 * elementwise run (combined into a run of output slots). This mirrors the order in which NumPy's
 * iterator visits elements, which is what makes pairwise sums agree with NumPy bit for bit.
 */
import type { TypedArray } from '@stride/protocol';
import { NDArray } from '../ndarray.js';
import { emptyArray } from '../core/convert.js';
import { forEach2, stepIndex } from '../core/iter.js';
import { convertLoop } from '../core/convert.js';

/** Strided storage as the walkers need it (an NDArray fits, and so do raw views of its buffer). */
export interface Operand {
  /** The dtype name when known (complex storage holds two slots per element). */
  readonly dtype?: string;
  readonly data: TypedArray;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
}

/** A walk over one operand and one output: outer loops, then the innermost run. */
export interface LanePlan {
  /** Extents of the outer loops, outermost first. */
  readonly outer: number[];
  /** Input strides of the outer loops. */
  readonly outerIn: number[];
  /** Output strides of the outer loops (0 on reduced axes). */
  readonly outerOut: number[];
  /** Length of the innermost run. */
  readonly n: number;
  /** Input stride of the innermost run. */
  readonly sIn: number;
  /** Output stride of the innermost run: 0 when the run is reduced into one slot (a lane). */
  readonly sOut: number;
}

/**
 * The axes listed innermost first, by increasing |stride| (an insertion sort that moves an axis
 * inward past axes of larger stride; C order is kept where strides tie or a zero stride makes
 * the order ambiguous). `skipUnit` leaves out length-1 axes.
 */
function innermostFirst(shape: readonly number[], strides: readonly number[], skipUnit: boolean): number[] {
  const order: number[] = [];
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    if (skipUnit && shape[ax] === 1) continue;
    const s = Math.abs(strides[ax] as number);
    let pos = order.length;
    while (pos > 0) {
      const t = Math.abs(strides[order[pos - 1] as number] as number);
      if (s === 0 || t === 0 || s >= t) break;
      pos--;
    }
    order.splice(pos, 0, ax);
  }
  return order;
}

/**
 * Orders the axes by decreasing |input stride| (outermost first), keeping C order where strides
 * tie or where a zero stride makes the order ambiguous, then merges neighbours that both operands
 * step through as one. `inStrides`/`outStrides` are per input axis; `outStrides` is 0 on reduced axes.
 */
export function planLanes(
  shape: readonly number[],
  inStrides: readonly number[],
  outStrides: readonly number[],
): LanePlan {
  const order = innermostFirst(shape, inStrides, true);
  // Coalesce from the inside out.
  const ns: number[] = [];
  const si: number[] = [];
  const so: number[] = [];
  for (const ax of order) {
    const n = shape[ax] as number;
    const a = inStrides[ax] as number;
    const b = outStrides[ax] as number;
    const last = ns.length - 1;
    if (
      last >= 0 &&
      a === (si[last] as number) * (ns[last] as number) &&
      b === (so[last] as number) * (ns[last] as number)
    ) {
      ns[last] = (ns[last] as number) * n;
      continue;
    }
    ns.push(n);
    si.push(a);
    so.push(b);
  }
  if (ns.length === 0) return { outer: [], outerIn: [], outerOut: [], n: 1, sIn: 0, sOut: 0 };
  const outer = ns.slice(1).reverse();
  return {
    outer,
    outerIn: si.slice(1).reverse(),
    outerOut: so.slice(1).reverse(),
    n: ns[0] as number,
    sIn: si[0] as number,
    sOut: so[0] as number,
  };
}

/** Calls `fn(inIndex, outIndex)` at the start of every innermost run of a plan. */
export function walkLanes(
  plan: LanePlan,
  inOffset: number,
  outOffset: number,
  fn: (i: number, o: number) => void,
): void {
  const { outer, outerIn, outerOut } = plan;
  const nd = outer.length;
  if (nd === 0) {
    fn(inOffset, outOffset);
    return;
  }
  if (nd === 1) {
    const n = outer[0] as number;
    const a = outerIn[0] as number;
    const b = outerOut[0] as number;
    for (let k = 0, i = inOffset, o = outOffset; k < n; k++, i += a, o += b) fn(i, o);
    return;
  }
  const idx = new Array<number>(nd).fill(0);
  const off = [inOffset, outOffset];
  const steps = [outerIn, outerOut];
  do fn(off[0] as number, off[1] as number);
  while (stepIndex(idx, outer, steps, off));
}

/** C-order strides of a shape, with 0 on the axes flagged in `reduced`. */
export function keptStrides(keptShape: readonly number[], reduced: readonly boolean[]): number[] {
  const out = new Array<number>(keptShape.length).fill(0);
  let s = 1;
  for (let ax = keptShape.length - 1; ax >= 0; ax--) {
    out[ax] = reduced[ax] ? 0 : s;
    s *= keptShape[ax] as number;
  }
  return out;
}

/** Lane callback: reduce run d[i + k*s], k < n, into output slot o. */
export type LaneFn = (n: number, d: TypedArray, i: number, s: number, o: number) => void;
/** Elementwise callback: combine run d[i + k*s] into output run out[o + k*so]. */
export type ElemFn = (n: number, d: TypedArray, i: number, s: number, o: number, so: number) => void;

/** Elementwise callback over eight input runs `rs` apart, combined in order into one output run. */
export type Elem8Fn = (n: number, d: TypedArray, i: number, s: number, rs: number, o: number, so: number) => void;

/** NumPy's iterator buffer size in elements: it decides how casts and gathers are chunked. */
export const BUFSIZE = 8192;

/**
 * Walks `x` for a reduction over the flagged axes into a C-contiguous output of the kept shape
 * (reduced axes of length 1): lane mode when the innermost run is reduced, elementwise otherwise.
 * Empty inputs make no calls.
 *
 * With `gather`, lanes shorter than NumPy's buffer are merged the way NumPy's buffered iterator
 * merges them: when the next outer axes are reduced too but cannot be coalesced (negative or
 * gapped strides), as many whole inner blocks as fit in the buffer are copied into one contiguous
 * scratch lane. Pairwise sums depend on that grouping, so sums pass `gather`.
 */
export function reduceWalk(
  x: Operand,
  reduced: readonly boolean[],
  lane: LaneFn,
  elem: ElemFn,
  gather = false,
  elem8?: Elem8Fn,
): void {
  for (const d of x.shape) if (d === 0) return;
  const kept = x.shape.map((d, ax) => (reduced[ax] ? 1 : d));
  const plan = planLanes(x.shape, x.strides, keptStrides(kept, reduced));
  const { n, sIn, sOut } = plan;
  const data = x.data;
  if (sOut !== 0) {
    const last = plan.outer.length - 1;
    if (elem8 !== undefined && last >= 0 && plan.outerOut[last] === 0 && (plan.outer[last] as number) >= 8) {
      // Rows of a reduced axis fold into the same output run: take them eight at a time.
      const rows = plan.outer[last] as number;
      const rs = plan.outerIn[last] as number;
      const rest: LanePlan = {
        ...plan,
        outer: plan.outer.slice(0, last),
        outerIn: plan.outerIn.slice(0, last),
        outerOut: plan.outerOut.slice(0, last),
      };
      walkLanes(rest, x.offset, 0, (i, o) => {
        let r = 0;
        for (; r + 8 <= rows; r += 8) elem8(n, data, i + r * rs, sIn, rs, o, sOut);
        for (; r < rows; r++) elem(n, data, i + r * rs, sIn, o, sOut);
      });
      return;
    }
    walkLanes(plan, x.offset, 0, (i, o) => elem(n, data, i, sIn, o, sOut));
    return;
  }
  const g = gather ? gatherPlan(plan) : null;
  if (g === null) {
    walkLanes(plan, x.offset, 0, (i, o) => lane(n, data, i, sIn, o));
    return;
  }
  // Buffered lanes: the outer loops left after taking `g.full` whole axes and `g.k` steps of the next.
  const { outer, outerIn, outerOut } = plan;
  const nd = outer.length;
  const inner = nd - g.full; // outer[inner..] are merged whole; outer[inner - 1] in chunks of k
  const partial = g.k > 0 ? inner - 1 : -1;
  const keepAxes = partial >= 0 ? partial : inner;
  const rest: LanePlan = {
    outer: outer.slice(0, keepAxes),
    outerIn: outerIn.slice(0, keepAxes),
    outerOut: outerOut.slice(0, keepAxes),
    n: 1,
    sIn: 0,
    sOut: 0,
  };
  const wide = lanesOf(x);
  const scratch = new (data.constructor as new (len: number) => TypedArray)(BUFSIZE * wide);
  const blockShape = outer.slice(inner);
  const blockStrides = outerIn.slice(inner);
  const copyBlock = (start: number, pos: number): number => {
    // Copies one whole block (merged axes × the innermost run) in logical order; returns the new position.
    const idx = new Array<number>(blockShape.length).fill(0);
    const at = [start];
    const steps = [blockStrides];
    for (;;) {
      for (let k = 0, j = at[0] as number; k < n; k++, j += sIn) {
        if (wide === 2) {
          scratch[2 * pos] = data[2 * j] as number;
          scratch[2 * pos + 1] = data[2 * j + 1] as number;
        } else {
          (scratch as Float64Array)[pos] = data[j] as number;
        }
        pos++;
      }
      if (!stepIndex(idx, blockShape, steps, at)) return pos;
    }
  };
  walkLanes(rest, x.offset, 0, (i0, o) => {
    if (partial < 0) {
      const m = copyBlock(i0, 0);
      lane(m, scratch, 0, 1, o);
      return;
    }
    const steps = outer[partial] as number;
    const step = outerIn[partial] as number;
    for (let c = 0; c < steps; c += g.k) {
      let pos = 0;
      const end = Math.min(steps, c + g.k);
      for (let r = c; r < end; r++) pos = copyBlock(i0 + r * step, pos);
      lane(pos, scratch, 0, 1, o);
    }
  });
}

/** TypedArray slots per element of an operand (2 for complex storage). */
function lanesOf(x: Operand): number {
  return x.dtype?.startsWith('complex') ? 2 : 1;
}

/**
 * How NumPy's buffer would merge lanes of a plan: `full` outer axes taken whole (innermost first)
 * and `k` steps of the next one, or null when lanes stay as they are.
 */
function gatherPlan(plan: LanePlan): { full: number; k: number } | null {
  const { outer, outerOut } = plan;
  let core = plan.n;
  if (core >= BUFSIZE) return null;
  let full = 0;
  let k = 0;
  for (let j = outer.length - 1; j >= 0; j--) {
    if (outerOut[j] !== 0) break;
    const d = outer[j] as number;
    if (core * d <= BUFSIZE) {
      core *= d;
      full++;
      continue;
    }
    k = Math.floor(BUFSIZE / core);
    break;
  }
  if (full === 0 && k < 2) return null;
  return { full, k: k >= 1 ? k : 0 };
}

/**
 * Whether walking `x` in memory order is one run of unit stride: the case where NumPy's iterator
 * sees the same single run as it would in a fresh copy of `x`.
 */
export function isDense(x: Operand): boolean {
  for (const d of x.shape) if (d === 0) return true;
  const plan = planLanes(x.shape, x.strides, new Array<number>(x.shape.length).fill(0));
  return plan.outer.length === 0 && (plan.n === 1 || Math.abs(plan.sIn) === 1);
}

/**
 * A copy of `x` laid out like NumPy's order='K' copy: same axis order in memory as `x`, positive
 * strides, no gaps. NumPy's nan-functions and var work on such copies, so their summation order
 * follows the copy's layout.
 */
export function denseCopy(x: NDArray): NDArray {
  const nd = x.ndim;
  const order = innermostFirst(x.shape, x.strides, false);
  // strides grow outward from the innermost axis
  const strides = new Array<number>(nd).fill(0);
  let s = 1;
  for (const ax of order) {
    strides[ax] = s;
    s *= x.shape[ax] as number;
  }
  // Size-1 axes were skipped; give them any valid stride.
  for (let ax = 0; ax < nd; ax++) if (x.shape[ax] === 1) strides[ax] = s;
  const flat = emptyArray(x.dtype, [x.size]);
  const out = new NDArray(x.dtype, flat.data, x.shape, strides, 0);
  forEach2(x.shape, x.strides, x.offset, out.strides, 0, convertLoop(x.dtype, x.data, x.dtype, out.data));
  return out;
}
