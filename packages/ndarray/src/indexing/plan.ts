/**
 * Resolves an index expression against an array, NumPy's way: the basic part (integers, slices,
 * `...`, new axes) becomes a strided view; advanced indices (integer arrays, masks) become one
 * list of storage offsets over their broadcast shape, placed where NumPy places their dimensions.
 */
import { shapeSize } from '@stride/protocol';
import { broadcastShapes } from '../core/iter.js';
import { IndexError, ShapeError } from '../errors.js';
import { type NDArray, trustedView } from '../ndarray.js';
import { type IndexItem, type ParsedItem, parseItem } from './items.js';
import { type OffsetPart, indexOffsets, lanesOf, maskOffsets, sumOffsets } from './kernels.js';
import { resolveSlice } from './slice.js';

/** A basic index: a view (copied when a 0-d integer array took part, as NumPy does). */
export interface BasicPlan {
  readonly kind: 'basic';
  readonly view: NDArray;
  readonly copy: boolean;
}

/**
 * An advanced index over `view` (the basic part already applied): the axes in `advAxes` are
 * replaced by `bshape`, inserted at position `insertAt` among the remaining axes; `offs` holds, in
 * C order over `bshape`, the storage-slot offset (relative to the view's) of each index tuple.
 */
export interface FancyPlan {
  readonly kind: 'fancy';
  readonly view: NDArray;
  readonly advAxes: readonly number[];
  readonly bshape: readonly number[];
  readonly insertAt: number;
  readonly offs: Float64Array;
}

type Adv =
  | { kind: 'array'; axis: number; arr: NDArray; src: number }
  | { kind: 'mask'; axis: number; arr: NDArray }
  | { kind: 'bool0'; axis: number; value: boolean };

/**
 * Resolves `items` against `a`; the IndexError messages are NumPy's.
 *
 * @example
 * ```ts
 * planIndex(zeros([2, 3]), [0, '::-1'], 'index').kind; // 'basic'
 * planIndex(zeros([2, 3]), [[0, 1]], 'index').kind;     // 'fancy'
 * ```
 */
export function planIndex(a: NDArray, items: readonly IndexItem[], op: string): BasicPlan | FancyPlan {
  const parsed: ParsedItem[] = items.map((it) => parseItem(it, op));
  const ndim = a.ndim;
  let consumed = 0;
  let ellipses = 0;
  let fancy = false;
  let scalarArray = false;
  for (const p of parsed) {
    if (p.kind === 'int') {
      consumed++;
      if (p.scalarArray) scalarArray = true;
    } else if (p.kind === 'slice' || p.kind === 'array') consumed++;
    else if (p.kind === 'mask') consumed += p.arr.ndim;
    else if (p.kind === 'ellipsis') ellipses++;
    if (p.kind === 'array' || p.kind === 'mask' || p.kind === 'bool0') fancy = true;
  }
  if (ellipses > 1) throw new IndexError(`an index can only have a single ellipsis ('...')`);
  if (consumed > ndim) {
    throw new IndexError(`too many indices for array: array is ${ndim}-dimensional, but ${consumed} were indexed`);
  }
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a.offset;
  let src = 0;
  const adv: Adv[] = [];
  // NumPy's rule: integers count as advanced indices once any array index is present; the
  // broadcast dimensions stay in place only if no slice, new axis or ellipsis separates them.
  let status = -1;
  let insertAt = 0;
  let resultDims = 0;
  for (const p of parsed) {
    const advLike = fancy && (p.kind === 'int' || p.kind === 'array' || p.kind === 'mask' || p.kind === 'bool0');
    if (advLike) {
      if (status === -1) {
        insertAt = resultDims;
        status = 0;
      } else if (status === 1) {
        status = 2;
        insertAt = 0;
      }
    } else if (status === 0) status = 1;
    switch (p.kind) {
      case 'int': {
        const n = a.shape[src] as number;
        let i = p.value;
        if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${src} with size ${n}`);
        if (i < 0) i += n;
        offset += i * (a.strides[src] as number);
        src++;
        break;
      }
      case 'slice': {
        const st = a.strides[src] as number;
        const r = resolveSlice(p.spec, a.shape[src] as number);
        shape.push(r.length);
        strides.push(r.step * st);
        if (r.length > 0) offset += r.start * st;
        src++;
        resultDims++;
        break;
      }
      case 'newaxis':
        shape.push(1);
        strides.push(0);
        resultDims++;
        break;
      case 'ellipsis': {
        const k = ndim - consumed;
        for (let d = 0; d < k; d++, src++) {
          shape.push(a.shape[src] as number);
          strides.push(a.strides[src] as number);
        }
        resultDims += k;
        break;
      }
      case 'array':
        adv.push({ kind: 'array', axis: shape.length, arr: p.arr, src });
        shape.push(a.shape[src] as number);
        strides.push(a.strides[src] as number);
        src++;
        break;
      case 'mask': {
        const k = p.arr.ndim;
        for (let d = 0; d < k; d++) {
          const n = a.shape[src + d] as number;
          const m = p.arr.shape[d] as number;
          if (n !== m) {
            throw new IndexError(
              `boolean index did not match indexed array along axis ${src + d}; size of axis is ${n} but size of corresponding boolean axis is ${m}`,
            );
          }
        }
        adv.push({ kind: 'mask', axis: shape.length, arr: p.arr });
        for (let d = 0; d < k; d++, src++) {
          shape.push(a.shape[src] as number);
          strides.push(a.strides[src] as number);
        }
        break;
      }
      case 'bool0':
        adv.push({ kind: 'bool0', axis: shape.length, value: p.value });
        shape.push(1);
        strides.push(0);
        break;
    }
  }
  for (; src < ndim; src++) {
    shape.push(a.shape[src] as number);
    strides.push(a.strides[src] as number);
  }
  const view = trustedView(a, shape, strides, offset);
  if (!fancy) return { kind: 'basic', view, copy: scalarArray };

  const lanes = lanesOf(a.dtype);
  const parts: OffsetPart[] = [];
  const shapesForError: (readonly number[])[] = [];
  const advAxes: number[] = [];
  for (const x of adv) {
    if (x.kind === 'array') {
      advAxes.push(x.axis);
      shapesForError.push(x.arr.shape);
      parts.push({ shape: x.arr.shape, offs: new Float64Array(0) });
    } else if (x.kind === 'mask') {
      const k = x.arr.ndim;
      const st: number[] = [];
      for (let d = 0; d < k; d++) {
        advAxes.push(x.axis + d);
        st.push((strides[x.axis + d] as number) * lanes);
      }
      const part = maskOffsets(x.arr, st);
      for (let d = 0; d < k; d++) shapesForError.push(part.shape);
      parts.push(part);
    } else {
      advAxes.push(x.axis);
      const part = { shape: [x.value ? 1 : 0], offs: new Float64Array(x.value ? 1 : 0) };
      shapesForError.push(part.shape);
      parts.push(part);
    }
  }
  let bshape: number[];
  try {
    bshape = broadcastShapes(op, ...parts.map((p) => p.shape));
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    throw new IndexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${shapesForError.map(fmt).join(' ')}`,
    );
  }
  const at = status === 2 ? 0 : insertAt;
  // NumPy checks bounds while iterating the broadcast indices: none when they select nothing.
  if (shapeSize(bshape) === 0) return { kind: 'fancy', view, advAxes, bshape, insertAt: at, offs: new Float64Array(0) };
  adv.forEach((x, i) => {
    if (x.kind === 'array') {
      parts[i] = indexOffsets(x.arr, shape[x.axis] as number, (strides[x.axis] as number) * lanes, 'raise', x.src);
    }
  });
  const offs = sumOffsets(bshape, parts);
  return { kind: 'fancy', view, advAxes, bshape, insertAt: at, offs };
}

function fmt(s: readonly number[]): string {
  return `[${s.join(', ')}]`;
}
