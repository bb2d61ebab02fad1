/** Gathering and scattering through a resolved advanced index (shared by index, set, take, put). */
import { cStrides, shapeSize } from '@stride/protocol';
import { assign, copy, emptyArray, mayOverlap } from '../core/convert.js';
import { broadcastStrides } from '../core/iter.js';
import type { NDArray } from '../ndarray.js';
import { collectRuns, gatherRuns, lanesOf, scatterRuns, toSlots } from './kernels.js';

/** The advanced part of an index: axes of `view` replaced by `bshape` at `insertAt`, with slot offsets. */
export interface Fancy {
  readonly view: NDArray;
  readonly advAxes: readonly number[];
  readonly bshape: readonly number[];
  readonly insertAt: number;
  readonly offs: Float64Array;
}

interface Layout {
  subAxes: number[];
  outShape: number[];
  /** For each sub axis, its position in outShape. */
  outPos: number[];
  /** Elements between consecutive index tuples in a C-contiguous result. */
  jStride: number;
}

function layout(f: Fancy): Layout {
  const v = f.view;
  const adv = new Set(f.advAxes);
  const subAxes: number[] = [];
  for (let ax = 0; ax < v.ndim; ax++) if (!adv.has(ax)) subAxes.push(ax);
  const subShape = subAxes.map((ax) => v.shape[ax] as number);
  const at = f.insertAt;
  const outShape = [...subShape.slice(0, at), ...f.bshape, ...subShape.slice(at)];
  const outPos = subAxes.map((_, i) => (i < at ? i : i + f.bshape.length));
  const jStride = shapeSize(subShape.slice(at));
  return { subAxes, outShape, outPos, jStride };
}

/**
 * The shape the advanced index selects (what `index` returns).
 *
 * @example
 * ```ts
 * const p = planIndex(zeros([2, 3, 4]), [0, ':', [1, 2]], 'index') as FancyPlan;
 * fancyShape(p); // [2, 3] (integers count as advanced indices: the dims go first)
 * ```
 */
export function fancyShape(f: Fancy): number[] {
  return layout(f).outShape;
}

/**
 * Copies the selected elements into a new C-contiguous array.
 *
 * @example
 * ```ts
 * gatherFancy(planIndex(arange(5), [[4, 0]], 'index') as FancyPlan).toArray(); // [4, 0]
 * ```
 */
export function gatherFancy(f: Fancy): NDArray {
  const v = f.view;
  const L = layout(f);
  const out = emptyArray(v.dtype, L.outShape);
  if (out.size === 0) return out;
  const lanes = lanesOf(v.dtype);
  const cs = cStrides(L.outShape);
  const src = toSlots(
    L.subAxes.map((ax) => v.shape[ax] as number),
    L.subAxes.map((ax) => v.strides[ax] as number),
    v.offset,
    lanes,
  );
  const dst = toSlots(
    src.shape.slice(0, L.subAxes.length),
    L.outPos.map((p) => cs[p] as number),
    0,
    lanes,
  );
  const runs = collectRuns(src.shape, src.strides, src.offset, dst.strides, 0);
  gatherRuns(v.data, out.data, runs, f.offs, L.jStride * lanes);
  return out;
}

/**
 * Writes `value` (already of the view's dtype, broadcastable to the selected shape) to the
 * selected elements; with repeated index tuples the last one wins.
 *
 * @example
 * ```ts
 * const a = arange(5);
 * scatterFancy(planIndex(a, [[4, 0]], 'set') as FancyPlan, array([-1, -2]));
 * a.toArray(); // [-2, 1, 2, 3, -1]
 * ```
 */
export function scatterFancy(f: Fancy, value: NDArray): void {
  const v = f.view;
  const L = layout(f);
  if (shapeSize(L.outShape) === 0) return;
  const lanes = lanesOf(v.dtype);
  let val = value;
  if (mayOverlap(val, v)) val = copy(val);
  let vs = broadcastStrides(val.shape, val.strides, L.outShape);
  // The index tuples must step through the value with one stride; otherwise lay the value out first.
  let jStride = tupleStride(vs, f.insertAt, f.bshape);
  if (jStride === null) {
    const m = emptyArray(v.dtype, L.outShape);
    assign(m, val);
    val = m;
    vs = cStrides(L.outShape);
    jStride = L.jStride;
  }
  const dst = toSlots(
    L.subAxes.map((ax) => v.shape[ax] as number),
    L.subAxes.map((ax) => v.strides[ax] as number),
    v.offset,
    lanes,
  );
  const src = toSlots(
    dst.shape.slice(0, L.subAxes.length),
    L.outPos.map((p) => vs[p] as number),
    val.offset,
    lanes,
  );
  const runs = collectRuns(dst.shape, dst.strides, dst.offset, src.strides, src.offset);
  scatterRuns(v.data, val.data, runs, f.offs, jStride * lanes);
}

/** The single stride that walks axes `at .. at + bshape.length` of `strides` in C order, or null. */
function tupleStride(strides: readonly number[], at: number, bshape: readonly number[]): number | null {
  let stride: number | null = null;
  let span = 1;
  for (let k = bshape.length - 1; k >= 0; k--) {
    const n = bshape[k] as number;
    if (n === 1) continue;
    const s = strides[at + k] as number;
    if (stride === null) stride = s;
    else if (s !== stride * span) return null;
    span *= n;
  }
  return stride ?? 0;
}
