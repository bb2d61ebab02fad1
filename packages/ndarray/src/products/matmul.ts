/** `matmul`: NumPy's `@`, stacked matrix products with broadcast batch dimensions. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { canCast, promoteTypes } from '../core/dtype.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { type NDArray, checkDType } from '../ndarray.js';
import { matmulCore } from './core.js';
import { castTo, fmtShape } from './layout.js';
import { reshapeC, writeOut } from './result.js';
import { is, signature } from '../core/args.js';

const parseMatmul = signature<MatmulOptions>('matmul', ['out'], {
  out: is.orNone(is.protocolArray),
  dtype: is.orNone(is.dtype),
} as never);

const SIGNATURE = '(n?,k),(k,m?)->(n?,m?)';

/** Options of `matmul`. */
export interface MatmulOptions {
  /** Array to write the result into (cast with the 'same_kind' rule); it is returned. */
  out?: NDArray;
  /** dtype to compute in (inputs cast with the 'same_kind' rule); default: the promoted input dtype. */
  dtype?: DType;
}

/**
 * Matrix product with NumPy's `matmul` rules: operands of shape `(..., M, K)` and `(..., K, N)`
 * give `(..., M, N)`, the batch dimensions broadcasting; a 1-D first operand is a row `(1, K)` and
 * a 1-D second operand a column `(K, 1)`, the added axis removed from the result. Integers wrap
 * around like NumPy's, `bool` gives the logical or of ands. Always returns an NDArray (0-d for two
 * 1-D operands, as NumPy's ufuncs give a 0-d result).
 *
 * @param x1 - first operand, at least 1-D.
 * @param x2 - second operand, at least 1-D.
 * @param options - `out`, `dtype`.
 * @returns the product (or `out`).
 * @throws {ValueError} when an operand is 0-d.
 * @throws {ShapeError} when the core dimensions differ or the batch dimensions do not broadcast.
 * @example
 * ```ts
 * matmul([[1, 2], [3, 4]], [[5], [6]]).toArray(); // [[17], [39]]
 * matmul(ones([4, 2, 3]), ones([3, 5])).shape;      // [4, 2, 5]
 * matmul([1, 2], [3, 4]).toArray();                  // 11 (a 0-d array)
 * ```
 */
export function matmul(x1: ArrayInput, x2: ArrayInput, out?: NDArray | null, options?: MatmulOptions): NDArray;
export function matmul(x1: ArrayInput, x2: ArrayInput, options?: MatmulOptions): NDArray;
export function matmul(x1: ArrayInput, x2: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseMatmul(rest, 'matmul') as MatmulOptions;
  const a = asarray(x1);
  const b = asarray(x2);
  for (const [i, x] of [a, b].entries()) {
    if (x.ndim === 0) {
      throw new ValueError(
        `matmul: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1)`,
      );
    }
  }
  let dtype = promoteTypes(a.dtype, b.dtype);
  if (options.dtype !== undefined) {
    dtype = checkDType(options.dtype, 'matmul');
    for (const [i, x] of [a, b].entries()) {
      if (!canCast(x.dtype, dtype, 'same_kind')) {
        throw new DTypeError(
          `matmul: cannot cast operand ${i} from ${x.dtype} to ${dtype} with casting rule 'same_kind'`,
        );
      }
    }
  }
  const aVec = a.ndim === 1;
  const bVec = b.ndim === 1;
  const a2 = aVec ? a.view([1, a.shape[0] as number], [0, a.strides[0] as number], a.offset) : a;
  const b2 = bVec ? b.view([b.shape[0] as number, 1], [b.strides[0] as number, 0], b.offset) : b;
  const m = a2.shape[a2.ndim - 2] as number;
  const ka = a2.shape[a2.ndim - 1] as number;
  const kb = b2.shape[b2.ndim - 2] as number;
  const n = b2.shape[b2.ndim - 1] as number;
  if (ka !== kb) {
    throw new ShapeError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${kb} is different from ${ka}); shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`,
    );
  }
  const aBatch = a2.shape.slice(0, -2);
  const bBatch = b2.shape.slice(0, -2);
  const core = [...(aVec ? [] : [m]), ...(bVec ? [] : [n])];
  const out = options.out;
  const outBatch = out === undefined ? [] : checkMatmulOut(out, core, dtype);
  const batch = broadcastBatch(aBatch, bBatch, outBatch, a.shape, b.shape, out);

  const r = matmulCore(castTo(a2, dtype), castTo(b2, dtype), batch);
  const result = reshapeC(r, [...batch, ...core]);
  return out === undefined ? result : writeOut(out, result);
}

/** Validates `out` against the output core dimensions and dtype; returns its batch shape. */
function checkMatmulOut(out: NDArray, core: readonly number[], dtype: DType): number[] {
  out.assertWritable('matmul');
  if (out.ndim < core.length) {
    throw new ValueError(
      `matmul: Output operand 0 does not have enough dimensions (has ${out.ndim}, gufunc core with signature ${SIGNATURE} requires ${core.length})`,
    );
  }
  const outCore = out.shape.slice(out.ndim - core.length);
  for (let i = 0; i < core.length; i++) {
    if (outCore[i] !== core[i]) {
      throw new ShapeError(
        `matmul: Output operand 0 has a mismatch in its core dimension ${i}, with gufunc signature ${SIGNATURE} (size ${outCore[i]} is different from ${core[i]})`,
      );
    }
  }
  if (!canCast(dtype, out.dtype, 'same_kind')) {
    throw new DTypeError(
      `matmul: cannot cast ufunc 'matmul' output from ${dtype} to ${out.dtype} with casting rule 'same_kind'`,
    );
  }
  return out.shape.slice(0, out.ndim - core.length);
}

/** Broadcasts the batch shapes of both inputs (and of `out`, which must already hold the result). */
function broadcastBatch(
  aBatch: readonly number[],
  bBatch: readonly number[],
  outBatch: readonly number[],
  aShape: readonly number[],
  bShape: readonly number[],
  out: NDArray | undefined,
): number[] {
  const nd = Math.max(aBatch.length, bBatch.length, outBatch.length);
  const res = new Array<number>(nd).fill(1);
  let ok = true;
  for (const s of [aBatch, bBatch, outBatch]) {
    for (let i = 0; i < s.length; i++) {
      const d = s[i] as number;
      const j = nd - s.length + i;
      if (d === res[j] || d === 1) continue;
      if (res[j] === 1) res[j] = d;
      else ok = false;
    }
  }
  if (!ok) {
    throw new ShapeError(
      `matmul: operands could not be broadcast together: shapes ${fmtShape(aShape)} and ${fmtShape(bShape)} have batch dimensions ${fmtShape(aBatch)} and ${fmtShape(bBatch)}`,
    );
  }
  if (out !== undefined && (res.length !== outBatch.length || res.some((d, i) => d !== outBatch[i]))) {
    throw new ShapeError(
      `matmul: out has shape ${fmtShape(out.shape)} but the result has batch dimensions ${fmtShape(res)}`,
    );
  }
  return res;
}
