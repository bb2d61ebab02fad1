/**
 * `einsum`: Einstein summation. Repeated labels become diagonal views, labels summed in one operand
 * become products with a ones vector, and operands are contracted pairwise, left to right, each
 * pair as one batched matrix product (transpose + reshape + matmul) or, with nothing to sum, one
 * broadcast multiplication.
 */
import { type DType, isArrayLike, isTypedArray } from '@stride/protocol';
import { type ArrayInput, asarray, emptyArray, isComplexScalar } from '../core/convert.js';
import { canCast, promoteTypes } from '../core/dtype.js';
import { DTypeError } from '../errors.js';
import { type NDArray, checkDType } from '../ndarray.js';
import { matmulCore } from './core.js';
import { binaryInto, onesColumn } from './elementwise.js';
import { parseEinsum } from './einsumParse.js';
import { castTo, merge, permute } from './layout.js';
import { checkOut, reshapeC, writeOut } from './result.js';
import { is, signature } from '../core/args.js';

/** Options of `einsum`, passed as the last argument after the operands. */
export interface EinsumOptions {
  /** dtype to compute in; every operand must cast to it safely. Default: the promoted operand dtype. */
  dtype?: DType;
  /** Array to write the result into (cast with the 'safe' rule); it is returned. */
  out?: NDArray;
  /** Accepted for NumPy compatibility and ignored: operands are always contracted left to right. */
  optimize?: boolean | string;
}

/** An operand on its way through the plan: one distinct label per axis, lengths already broadcast. */
interface Term {
  arr: NDArray;
  labels: number[];
}

/**
 * NumPy's `einsum`. Explicit mode (`'ij,jk->ik'`) names the output axes; implicit mode (`'ij,jk'`)
 * outputs the `...` axes and then the labels used exactly once, in ASCII order (uppercase first).
 * A label repeated within one operand takes its diagonal (`'ii->i'`, trace `'ii'`), labels absent
 * from the output are summed, `...` broadcasts, any number of operands is accepted (contracted
 * pairwise left to right). Sums run in the result dtype, so integers wrap and bool is or-of-ands.
 * Always returns an NDArray (0-d for a full contraction, where NumPy gives a scalar); with one
 * operand and nothing summed or cast the result is a view of it, as in NumPy.
 *
 * @param subscripts - the subscripts string.
 * @param operands - the arrays, optionally followed by an options object (`dtype`, `out`, `optimize`).
 * @returns the result (or `out`).
 * @throws {ValueError} for malformed subscripts or subscripts that do not fit the operands.
 * @throws {ShapeError} when an index has different lengths in different places.
 * @throws {DTypeError} when an operand cannot be cast safely to `dtype`.
 * @example
 * ```ts
 * einsum('ij,jk->ik', [[1, 2]], [[3], [4]]).toArray(); // [[11]]
 * einsum('ii', [[1, 2], [3, 4]]).toArray();             // 5
 * einsum('...ij,...jk', ones([8, 2, 3]), ones([3, 4])).shape; // [8, 2, 4]
 * ```
 */
export function einsum(subscripts: string, ...operands: (ArrayInput | EinsumOptions)[]): NDArray {
  let options: EinsumOptions = {};
  let inputs = operands;
  const last = operands[operands.length - 1];
  if (operands.length > 0 && isOptions(last)) {
    options = parseEinsumOptions([last], 'einsum');
    inputs = operands.slice(0, -1);
  }
  const arrays = inputs.map((x) => asarray(x as ArrayInput));
  const spec = parseEinsum(
    subscripts,
    arrays.map((a) => a.shape),
  );
  let dtype: DType;
  if (options.dtype !== undefined) {
    dtype = checkDType(options.dtype, 'einsum');
    arrays.forEach((a, i) => {
      if (!canCast(a.dtype, dtype, 'safe')) {
        throw new DTypeError(`einsum: cannot cast operand ${i} from ${a.dtype} to ${dtype} with casting rule 'safe'`);
      }
    });
  } else {
    dtype = arrays.map((a) => a.dtype).reduce(promoteTypes);
  }
  const outShape = spec.output.map((l) => spec.sizes.get(l) as number);
  if (options.out !== undefined) checkOut('einsum', options.out, outShape, dtype, 'safe');

  const sizes = spec.sizes;
  const terms = arrays.map((a, i) => prepare(a, spec.inputs[i] as readonly number[], sizes, dtype));
  const outLabels = new Set(spec.output);
  let cur = terms[0] as Term;
  for (let i = 1; i < terms.length; i++) {
    const keep = new Set(outLabels);
    for (let j = i + 1; j < terms.length; j++) for (const l of (terms[j] as Term).labels) keep.add(l);
    cur = contractPair(cur, terms[i] as Term, keep, sizes, dtype);
  }
  cur = sumOut(cur, outLabels, sizes, dtype);
  const result = permute(
    cur.arr,
    spec.output.map((l) => cur.labels.indexOf(l)),
  );
  return options.out === undefined ? result : writeOut(options.out, result);
}

const parseEinsumOptions = signature<EinsumOptions>('einsum', [], {
  dtype: is.orNone(is.dtype),
  out: is.orNone(is.protocolArray),
  optimize: is.any,
} as never);

/** A trailing plain object (not an array, TypedArray, protocol object or complex scalar) is the options. */
function isOptions(x: unknown): x is EinsumOptions {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    !isTypedArray(x) &&
    !isArrayLike(x) &&
    !isComplexScalar(x)
  );
}

/** Diagonal view for repeated labels, cast to `dtype`, length-1 axes stretched to the label's length. */
function prepare(a: NDArray, labels: readonly number[], sizes: ReadonlyMap<number, number>, dtype: DType): Term {
  const uniq: number[] = [];
  const shape: number[] = [];
  const strides: number[] = [];
  labels.forEach((l, ax) => {
    const at = uniq.indexOf(l);
    if (at < 0) {
      uniq.push(l);
      shape.push(a.shape[ax] as number);
      strides.push(a.strides[ax] as number);
    } else {
      strides[at] = (strides[at] as number) + (a.strides[ax] as number);
    }
  });
  const c = castTo(uniq.length === labels.length ? a : a.view(shape, strides, a.offset), dtype);
  const full = uniq.map((l) => sizes.get(l) as number);
  const bstrides = uniq.map((_, i) => ((c.shape[i] as number) === (full[i] as number) ? (c.strides[i] as number) : 0));
  const stretched = full.every((d, i) => d === c.shape[i]) ? c : c.view(full, bstrides, c.offset);
  return { arr: stretched, labels: uniq };
}

/** Sums a term over its labels not in `keep` (as a product with a ones vector). */
function sumOut(t: Term, keep: ReadonlySet<number>, sizes: ReadonlyMap<number, number>, dtype: DType): Term {
  const kept = t.labels.filter((l) => keep.has(l));
  if (kept.length === t.labels.length) return t;
  const summed = t.labels.filter((l) => !keep.has(l));
  const axes = [...kept, ...summed].map((l) => t.labels.indexOf(l));
  const rows = merge(permute(t.arr, axes), [kept.length, summed.length]);
  const r = matmulCore(rows, onesColumn(dtype, rows.shape[1] as number), []);
  return {
    arr: reshapeC(
      r,
      kept.map((l) => sizes.get(l) as number),
    ),
    labels: kept,
  };
}

/** Contracts two terms, keeping the labels in `keep` (the output's and later operands'). */
function contractPair(
  a: Term,
  b: Term,
  keep: ReadonlySet<number>,
  sizes: ReadonlyMap<number, number>,
  dtype: DType,
): Term {
  const inA = new Set(a.labels);
  const inB = new Set(b.labels);
  a = sumOut(a, new Set([...keep, ...inB]), sizes, dtype);
  b = sumOut(b, new Set([...keep, ...inA]), sizes, dtype);
  const batch = a.labels.filter((l) => inB.has(l) && keep.has(l));
  const summed = a.labels.filter((l) => inB.has(l) && !keep.has(l));
  const left = a.labels.filter((l) => !inB.has(l));
  const right = b.labels.filter((l) => !inA.has(l));
  const labels = [...batch, ...left, ...right];
  const shape = labels.map((l) => sizes.get(l) as number);
  const axisOf = (t: Term, l: number) => t.labels.indexOf(l);

  if (summed.length === 0) {
    // Nothing to sum: result[batch, left, right] = a[batch, left] · b[batch, right].
    const sa = labels.map((l) => (inA.has(l) ? (a.arr.strides[axisOf(a, l)] as number) : 0));
    const sb = labels.map((l) => (inB.has(l) ? (b.arr.strides[axisOf(b, l)] as number) : 0));
    const out = emptyArray(dtype, shape);
    binaryInto('mul', a.arr.view(shape, sa, a.arr.offset), b.arr.view(shape, sb, b.arr.offset), out);
    return { arr: out, labels };
  }
  const a3 = merge(
    permute(
      a.arr,
      [...batch, ...left, ...summed].map((l) => axisOf(a, l)),
    ),
    [batch.length, left.length, summed.length],
  );
  const b3 = merge(
    permute(
      b.arr,
      [...batch, ...summed, ...right].map((l) => axisOf(b, l)),
    ),
    [batch.length, summed.length, right.length],
  );
  const r = matmulCore(a3, b3, [a3.shape[0] as number]);
  return { arr: reshapeC(r, shape), labels };
}
